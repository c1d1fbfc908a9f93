// The JavaScript half of the platform layer (linked with --js-library). Everything the browser
// does differently from a desktop lives here or in the C++ file of the same seam:
//   canvas sizing (canvas.cpp), pointer/wheel/key input (input.cpp), the hidden <input> that
//   brings phones' keyboards and Chinese IMEs to ImGui text fields (text_input.cpp), URL
//   parameters (url.cpp), and the window.getpower hooks for the loader and the tests (snapshot.cpp).
// Why we own input instead of Emscripten 3.1.6's GLFW: its listeners report canvas (device)
// pixels, map only the first touch to a mouse, deliver typed characters through window
// keypress (doubling what the hidden input delivers), and lose a press+release that happens
// between two frames. gp_js_init() detaches them; GLFW only creates the WebGL2 context.

mergeInto(LibraryManager.library, {
  $GP: {
    canvas: null,
    input: null,           // the hidden <input id="gp-text-input">
    cssW: 0, cssH: 0, dpr: 0,
    composing: false,
    heldKeys: {},          // key code -> true for keys we reported down (released on blur)
    touch: null,           // {id, x0, y0, x, y, dragging}
    lastTouchDragged: false,
    fieldActive: false,    // an ImGui text field was active in the last frame
    capture: null,         // pointerId of a press that draws (pointer_capture.h), or null
    files: {},             // handle -> File picked on the device (files.h)
    nextFile: 1,
    fileInput: null,       // the <input type=file> the chooser opens from
    // GLFW key codes, as imgui_impl_glfw maps them into io.KeysDown[].
    keyCodes: {
      'Tab': 258, 'ArrowLeft': 263, 'ArrowRight': 262, 'ArrowUp': 265, 'ArrowDown': 264,
      'PageUp': 266, 'PageDown': 267, 'Home': 268, 'End': 269, 'Insert': 260, 'Delete': 261,
      'Backspace': 259, 'Enter': 257, 'Escape': 256, ' ': 32
    },
    // Ctrl/Cmd shortcuts ImGui's InputText understands. C, X and V are not forwarded: the
    // browser's own copy/cut/paste events are used instead (they reach the system clipboard).
    shortcutKeys: { 'a': 65, 'z': 90, 'y': 89 },
    // Modifier keys themselves (GLFW codes). Forwarded so that releasing Ctrl after Ctrl+A clears
    // io.KeyCtrl at once: otherwise the modifier state of the last forwarded key stays, and ImGui
    // drops the characters typed next as if Ctrl were still held.
    modifierKeys: { 'Shift': 340, 'Control': 341, 'Alt': 342, 'Meta': 343 },
    sendModifier: function(e) {
      var code = GP.modifierKeys[e.key];
      if (code === undefined) return false;
      GP.sendKey(code, e.type === 'keydown', GP.mods(e));
      return true;
    },

    mods: function(e) {
      return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
    },
    pos: function(e) {
      var r = GP.canvas.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    },
    withString: function(s, fn) {
      var n = lengthBytesUTF8(s) + 1;
      var p = _malloc(n);
      stringToUTF8(s, p, n);
      fn(p);
      _free(p);
    },
    sendText: function(s) {
      if (s) GP.withString(s, function(p) { _gp_on_text(p); });
    },
    sendKey: function(code, down, mods) {
      if (down) GP.heldKeys[code] = true; else delete GP.heldKeys[code];
      _gp_on_key(code, down ? 1 : 0, mods);
    },
    tapKey: function(code, mods) {
      GP.sendKey(code, true, mods);
      GP.sendKey(code, false, mods);
    },
    releaseKeys: function() {
      for (var k in GP.heldKeys) _gp_on_key(+k, 0, 0);
      GP.heldKeys = {};
    },

    // A text field under (x, y) in the last frame? Then focus the hidden input now, inside the
    // user's gesture: iOS and Android open the on-screen keyboard only for a focus() made while
    // handling the tap, not for one made later from requestAnimationFrame.
    focusIfField: function(x, y) {
      var kind = _gp_hit_text_field(x, y);
      if (!kind) return false;
      GP.configureInput(kind - 1);
      GP.placeInput(x, y, 1, 20);
      if (document.activeElement !== GP.input) GP.input.focus({preventScroll: true});
      return true;
    },
    configureInput: function(kind) {
      // kind: 0 text, 1 number, 2 phone, 3 email, 4 password (TextKind in text_input.h)
      // Only on change: mobile keyboards may re-layout when these are written.
      var inp = GP.input;
      var type = kind === 4 ? 'password' : 'text';
      if (inp.type !== type) inp.type = type;
      var mode = ['text', 'decimal', 'tel', 'email', 'text'][kind] || 'text';
      if (inp.inputMode !== mode) inp.inputMode = mode;
    },
    placeInput: function(x, y, w, h) {
      var s = GP.input.style;
      s.left = Math.round(x) + 'px';
      s.top = Math.round(y) + 'px';
      s.width = Math.max(1, Math.round(w)) + 'px';
      s.height = Math.max(1, Math.round(h)) + 'px';
    },

    // A press inside a capture area (a signature pad) draws: every position goes to
    // pointer_capture.cpp, nothing to ImGui's mouse or the touch scroller.
    captureEvent: function(e, phase) {
      var evs = phase === 1 && e.getCoalescedEvents ? e.getCoalescedEvents() : [];
      if (!evs.length) evs = [e];
      for (var i = 0; i < evs.length; i++) {
        var p = GP.pos(evs[i]);
        _gp_on_capture(phase, p[0], p[1]);
      }
    },

    onPointerDown: function(e) {
      if (!e.isPrimary) return;
      var p = GP.pos(e);
      if (_gp_hit_capture(p[0], p[1])) {
        GP.capture = e.pointerId;
        GP.touch = null;
        try { GP.canvas.setPointerCapture(e.pointerId); } catch (err) {}
        GP.captureEvent(e, 0);
        return;
      }
      GP.downAt = p;  // a file button opens its chooser only when pressed and released on it
      if (e.pointerType === 'touch') {
        // Decide at pointerup whether this was a tap (click) or a drag (scroll).
        GP.touch = {id: e.pointerId, x0: p[0], y0: p[1], x: p[0], y: p[1], dragging: false};
        return;
      }
      GP.focusIfField(p[0], p[1]);
      try { GP.canvas.setPointerCapture(e.pointerId); } catch (err) {}
      _gp_on_pointer(0, p[0], p[1], 0, 0);
      _gp_on_pointer(1, p[0], p[1], e.button === 2 ? 1 : e.button === 1 ? 2 : 0, GP.mods(e));
    },
    onPointerMove: function(e) {
      if (GP.capture !== null && e.pointerId === GP.capture) { GP.captureEvent(e, 1); return; }
      if (!e.isPrimary) return;
      var p = GP.pos(e);
      var t = GP.touch;
      if (e.pointerType === 'touch') {
        if (!t || t.id !== e.pointerId) return;
        t.x = p[0]; t.y = p[1];
        if (!t.dragging && Math.hypot(t.x - t.x0, t.y - t.y0) > 8) {
          t.dragging = true;
          _gp_on_touch_drag(0, t.x0, t.y0, e.timeStamp);
        }
        if (t.dragging) _gp_on_touch_drag(1, t.x, t.y, e.timeStamp);
        return;
      }
      _gp_on_pointer(0, p[0], p[1], 0, 0);
    },
    onPointerUp: function(e) {
      if (GP.capture !== null && e.pointerId === GP.capture) {
        GP.capture = null;
        GP.lastTouchDragged = true;  // not a tap: the touchend handler must not focus anything
        GP.captureEvent(e, 2);
        return;
      }
      if (!e.isPrimary) return;
      var p = GP.pos(e);
      var t = GP.touch;
      if (e.pointerType === 'touch') {
        if (!t || t.id !== e.pointerId) return;
        GP.touch = null;
        GP.lastTouchDragged = t.dragging;
        if (t.dragging) { _gp_on_touch_drag(2, p[0], p[1], e.timeStamp); return; }
        if (e.type === 'pointercancel') return;
        GP.focusIfField(t.x0, t.y0);
        _gp_on_tap(t.x0, t.y0);
        return;
      }
      _gp_on_pointer(0, p[0], p[1], 0, 0);
      _gp_on_pointer(2, p[0], p[1], e.button === 2 ? 1 : e.button === 1 ? 2 : 0, GP.mods(e));
      // A click on a file button opens the chooser here, inside the gesture (files.h).
      if (e.button === 0 && GP.downAt) _gp_file_button_press(GP.downAt[0], GP.downAt[1], p[0], p[1]);
    },
    onPointerLeave: function(e) {
      if (e.pointerType === 'mouse' && !e.buttons) _gp_on_pointer(3, 0, 0, 0, 0);
    },
    onWheel: function(e) {
      if (e.ctrlKey) return;  // pinch/ctrl-zoom stays the browser's (it changes devicePixelRatio)
      e.preventDefault();
      // ImGui's unit is one wheel notch; browsers report pixels (~100 per notch), lines or pages.
      var k = e.deltaMode === 1 ? 1 / 3 : e.deltaMode === 2 ? 3 : 1 / 100;
      var p = GP.pos(e);
      _gp_on_pointer(0, p[0], p[1], 0, 0);
      _gp_on_wheel(-e.deltaX * k, -e.deltaY * k);
    },

    // Keys while no text field has the hidden input focused: navigation keys only.
    onWindowKey: function(e) {
      if (e.target === GP.input) return;  // the hidden input's own handlers took it
      if (GP.sendModifier(e)) return;
      var code = GP.keyCodes[e.key];
      if (code === undefined || code === 32) return;
      GP.sendKey(code, e.type === 'keydown', GP.mods(e));
    },

    onInputKeyDown: function(e) {
      // During IME composition the key belongs to the IME (keyCode 229 on Chrome and Android).
      if (e.isComposing || e.keyCode === 229 || GP.composing) return;
      if (GP.sendModifier(e)) return;  // no preventDefault: Ctrl+V must still paste
      var mods = GP.mods(e);
      var code = GP.keyCodes[e.key];
      if (code === 32) return;  // space is text: let the input event carry it
      if (code !== undefined) {
        e.preventDefault();  // the hidden input's own editing/tabbing must not happen
        GP.sendKey(code, true, mods);
        return;
      }
      if ((e.ctrlKey || e.metaKey) && !e.altKey) {
        var sc = GP.shortcutKeys[e.key.toLowerCase()];
        if (sc !== undefined) {
          e.preventDefault();
          GP.sendKey(sc, true, mods);
        }
      }
    },
    onInputKeyUp: function(e) {
      if (GP.modifierKeys[e.key] !== undefined) { GP.sendModifier(e); return; }
      var code = GP.keyCodes[e.key];
      if (code === undefined && e.key) code = GP.shortcutKeys[e.key.toLowerCase()];
      if (code !== undefined && GP.heldKeys[code]) GP.sendKey(code, false, GP.mods(e));
    },
    // Committed text arrives here: typed characters, paste, an IME commit on browsers that fire
    // input after compositionend, Playwright's keyboard.type() and insertText(). The input is
    // emptied after each event, so its value is exactly the new text.
    onInput: function(e) {
      if (e.isComposing || GP.composing) return;
      var t = e.inputType || '';
      if (t.indexOf('delete') === 0) {
        // Android keyboards edit the value instead of sending Backspace/Delete key events.
        GP.tapKey(t === 'deleteContentForward' ? 261 : 259, 0);
        GP.input.value = '';
        return;
      }
      var v = GP.input.value;
      GP.input.value = '';
      GP.sendText(v);
    },
    onCompositionStart: function(e) {
      GP.composing = true;
      GP.withString('', function(p) { _gp_on_composition(p); });
    },
    onCompositionUpdate: function(e) {
      GP.withString(e.data || '', function(p) { _gp_on_composition(p); });
    },
    onCompositionEnd: function(e) {
      GP.composing = false;
      GP.withString('', function(p) { _gp_on_composition(p); });
      GP.input.value = '';
      GP.sendText(e.data || '');
    },
    onCopyCut: function(e) {
      var text = UTF8ToString(_gp_text_selection());
      e.preventDefault();
      if (!text) return;
      e.clipboardData.setData('text/plain', text);
      if (e.type === 'cut') GP.tapKey(261, 0);  // Delete removes ImGui's selection
    },
    onInputBlur: function(e) {
      GP.composing = false;
      GP.releaseKeys();
      _gp_on_wake();  // redraw: the field may need to look inactive
    }
  },

  gp_js_init__deps: ['$GP', '$GLFW', 'malloc', 'free'],
  gp_js_init: function() {
    var canvas = Module['canvas'];
    GP.canvas = canvas;

    // Detach Emscripten GLFW's own input listeners (see the top of this file).
    var w = ['keydown', GLFW.onKeydown, 'keypress', GLFW.onKeyPress, 'keyup', GLFW.onKeyup,
             'blur', GLFW.onBlur];
    for (var i = 0; i < w.length; i += 2) window.removeEventListener(w[i], w[i + 1], true);
    var c = ['touchmove', GLFW.onMousemove, 'touchstart', GLFW.onMouseButtonDown,
             'touchcancel', GLFW.onMouseButtonUp, 'touchend', GLFW.onMouseButtonUp,
             'mousemove', GLFW.onMousemove, 'mousedown', GLFW.onMouseButtonDown,
             'mouseup', GLFW.onMouseButtonUp, 'wheel', GLFW.onMouseWheel,
             'mousewheel', GLFW.onMouseWheel, 'mouseenter', GLFW.onMouseenter,
             'mouseleave', GLFW.onMouseleave, 'drop', GLFW.onDrop, 'dragover', GLFW.onDragover];
    for (var j = 0; j < c.length; j += 2) canvas.removeEventListener(c[j], c[j + 1], true);

    canvas.addEventListener('pointerdown', GP.onPointerDown);
    canvas.addEventListener('pointermove', GP.onPointerMove);
    canvas.addEventListener('pointerup', GP.onPointerUp);
    canvas.addEventListener('pointercancel', GP.onPointerUp);
    canvas.addEventListener('pointerleave', GP.onPointerLeave);
    canvas.addEventListener('wheel', GP.onWheel, {passive: false});
    // The canvas must never take focus from the hidden input (focus is managed per frame), and
    // iOS opens the keyboard only for a focus() inside touchend: repeat the field check there.
    canvas.addEventListener('mousedown', function(e) { e.preventDefault(); });
    canvas.addEventListener('touchend', function(e) {
      var t = e.changedTouches && e.changedTouches[0];
      if (!t || GP.lastTouchDragged) return;  // pointerup (which runs first) saw a scroll
      var p = GP.pos(t);
      if (GP.focusIfField(p[0], p[1])) e.preventDefault();
      // iOS opens a file chooser only from touchend, like the keyboard (files.h).
      else if (_gp_file_button_press(p[0], p[1], p[0], p[1])) e.preventDefault();
    }, {passive: false});
    canvas.addEventListener('contextmenu', function(e) { e.preventDefault(); });
    window.addEventListener('keydown', GP.onWindowKey);
    window.addEventListener('keyup', GP.onWindowKey);
    window.addEventListener('blur', function() {
      GP.releaseKeys();
      _gp_on_window_blur();
    });

    var input = document.getElementById('gp-text-input');
    if (!input) {
      input = document.createElement('input');
      input.id = 'gp-text-input';
      document.body.appendChild(input);
    }
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('autocorrect', 'off');
    input.setAttribute('autocapitalize', 'off');
    input.setAttribute('spellcheck', 'false');
    input.setAttribute('aria-hidden', 'true');
    input.tabIndex = -1;  // focus is given by the app, never by tabbing through the page
    GP.input = input;
    input.addEventListener('keydown', GP.onInputKeyDown);
    input.addEventListener('keyup', GP.onInputKeyUp);
    input.addEventListener('input', GP.onInput);
    input.addEventListener('compositionstart', GP.onCompositionStart);
    input.addEventListener('compositionupdate', GP.onCompositionUpdate);
    input.addEventListener('compositionend', GP.onCompositionEnd);
    input.addEventListener('copy', GP.onCopyCut);
    input.addEventListener('cut', GP.onCopyCut);
    input.addEventListener('blur', GP.onInputBlur);

    var wake = function() { _gp_on_wake(); };
    window.addEventListener('resize', wake);
    if (window.visualViewport) window.visualViewport.addEventListener('resize', wake);
    if (typeof ResizeObserver !== 'undefined') {
      // device-pixel-content-box also reports devicePixelRatio changes (zoom, another screen).
      var ro = new ResizeObserver(wake);
      try { ro.observe(canvas, {box: 'device-pixel-content-box'}); } catch (err) { ro.observe(canvas); }
    }
    document.addEventListener('visibilitychange', wake);
    // devicePixelRatio changes (browser zoom, a window moved to another screen) need not resize
    // anything; a media query on the current ratio tells us.
    var watchDpr = function() {
      if (!window.matchMedia) return;
      var mq = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
      var onChange = function() {
        mq.removeEventListener('change', onChange);
        wake();
        watchDpr();
      };
      mq.addEventListener('change', onChange);
    };
    watchDpr();

    var g = window.getpower || (window.getpower = {});
    // The widget kit's record of the last presented frame (ui/record.h).
    g.snapshot = function() { return JSON.parse(UTF8ToString(_gp_snapshot())); };
    // The app's own state summary (platform/snapshot.h set_state_source).
    g.state = function() { return JSON.parse(UTF8ToString(_gp_state())); };
    // Font atlas and frame figures (platform/frame_loop.cpp), for measurements.
    g.stats = function() { return JSON.parse(UTF8ToString(_gp_stats())); };
    return /Mac|iPhone|iPad/.test(navigator.platform || '') ? 1 : 0;
  },

  // Canvas sizing, the one place (style.md #5): CSS size x devicePixelRatio. Writes
  // [css width, css height, dpr] to `out` and returns 1 when any of them changed.
  gp_js_canvas_measure__deps: ['$GP'],
  gp_js_canvas_measure: function(out) {
    var c = GP.canvas;
    var r = c.getBoundingClientRect();
    var dpr = window.devicePixelRatio || 1;
    var w = Math.max(1, r.width), h = Math.max(1, r.height);
    var pw = Math.max(1, Math.round(w * dpr)), ph = Math.max(1, Math.round(h * dpr));
    var changed = w !== GP.cssW || h !== GP.cssH || dpr !== GP.dpr;
    if (c.width !== pw) c.width = pw;
    if (c.height !== ph) c.height = ph;
    GP.cssW = w; GP.cssH = h; GP.dpr = dpr;
    HEAPF64[out >> 3] = w;
    HEAPF64[(out >> 3) + 1] = h;
    HEAPF64[(out >> 3) + 2] = dpr;
    return changed ? 1 : 0;
  },

  // Keeps the hidden input in step with ImGui: focused and placed at the caret while a text
  // field is active (IME candidate windows open next to it), blurred otherwise.
  gp_js_text_input__deps: ['$GP'],
  gp_js_text_input: function(active, kind, x, y, w, h) {
    var inp = GP.input;
    GP.fieldActive = !!active;
    if (active) {
      GP.configureInput(kind);
      GP.placeInput(x, y, w, h);
      if (document.activeElement !== inp) inp.focus({preventScroll: true});
    } else if (document.activeElement === inp) {
      inp.blur();
      inp.value = '';
    }
  },

  gp_js_set_cursor__deps: ['$GP'],
  gp_js_set_cursor: function(cursor) {
    // ImGuiMouseCursor_: Arrow, TextInput, ResizeAll, ResizeNS, ResizeEW, ResizeNESW, ResizeNWSE, Hand, NotAllowed
    var names = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize',
                 'pointer', 'not-allowed'];
    var n = cursor < 0 ? 'none' : (names[cursor] || 'default');
    if (GP.canvas.style.cursor !== n) GP.canvas.style.cursor = n;
  },

  // Reads ?name=value from the page URL; returns malloc'ed UTF-8 (caller frees) or 0.
  gp_js_url_param__deps: ['malloc'],
  gp_js_url_param: function(name) {
    var v = new URLSearchParams(window.location.search).get(UTF8ToString(name));
    if (v === null) return 0;
    var n = lengthBytesUTF8(v) + 1;
    var p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
  },

  // The kiosk's device token (issue 15): ?device=TOKEN is stored once in localStorage and removed
  // from the address bar; afterwards the stored one is used. Returns malloc'ed UTF-8 or 0.
  gp_js_kiosk_device_load__deps: ['malloc'],
  gp_js_kiosk_device_load: function() {
    var key = 'getpower.kiosk.device';
    var v = null;
    try {
      var url = new URL(window.location.href);
      var given = url.searchParams.get('device');
      if (given) {
        window.localStorage.setItem(key, given);
        url.searchParams.delete('device');
        window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
      }
      v = window.localStorage.getItem(key);
    } catch (e) {
      v = null;  // storage refused (private mode): the setup screen asks again
    }
    if (!v) return 0;
    var n = lengthBytesUTF8(v) + 1;
    var p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
  },

  gp_js_kiosk_device_store: function(token) {
    try {
      window.localStorage.setItem('getpower.kiosk.device', UTF8ToString(token));
    } catch (e) {
      // kept for this page only (the app holds it in memory)
    }
  },

  // One frame was presented: update the hooks the loader and the tests read.
  gp_js_frame_presented: function(frames, ready, frameMs) {
    var g = window.getpower || (window.getpower = {});
    g.frames = frames;
    g.lastFrameMs = frameMs;
    if (ready && !g.ready) {
      g.ready = true;
      g.readyAt = performance.now();
      if (typeof g.onReady === 'function') g.onReady();
    }
  },

  gp_js_status: function(code, detail) {
    var g = window.getpower || (window.getpower = {});
    if (typeof g.onStatus === 'function') g.onStatus(UTF8ToString(code), UTF8ToString(detail));
  },

  // files.h: opens the device's file chooser. Runs inside the frame that handled the user's tap,
  // within the browser's transient user activation, which <input type=file>.click() needs.
  gp_js_pick_files__deps: ['$GP'],
  gp_js_pick_files: function(request, accept, multiple) {
    var inp = GP.fileInput;
    if (!inp) {
      inp = document.createElement('input');
      inp.type = 'file';
      inp.hidden = true;
      inp.setAttribute('aria-hidden', 'true');
      document.body.appendChild(inp);
      GP.fileInput = inp;
    }
    var done = false;
    var finish = function() {
      if (done) return;
      done = true;
      var list = inp.files || [];
      for (var i = 0; i < list.length; i++) {
        var f = list[i], h = GP.nextFile++;
        GP.files[h] = f;
        var name = f.name || 'file', mime = f.type || '';
        GP.withString(name, function(pn) {
          GP.withString(mime, function(pm) { _gp_on_file_picked(request, h, pn, pm, f.size); });
        });
      }
      inp.value = '';  // the same file may be picked again later
      _gp_on_files_done(request);
    };
    inp.accept = UTF8ToString(accept);
    inp.multiple = !!multiple;
    inp.value = '';
    inp.onchange = finish;
    inp.oncancel = finish;  // no files: the app hears "nothing picked"
    inp.click();
  },

  // files.h: POSTs a picked file (multipart/form-data) with upload progress.
  gp_js_upload__deps: ['$GP'],
  gp_js_upload: function(upload, handle, url, fieldsJson, fileField) {
    var file = GP.files[handle];
    var fail = function() { GP.withString('', function(p) { _gp_on_upload_done(upload, 0, p); }); };
    if (!file) { fail(); return; }
    var form = new FormData();
    var fields = JSON.parse(UTF8ToString(fieldsJson));
    for (var i = 0; i < fields.length; i++) form.append(fields[i][0], fields[i][1]);
    form.append(UTF8ToString(fileField), file, file.name || 'file');
    var xhr = new XMLHttpRequest();
    xhr.upload.onprogress = function(e) { _gp_on_upload_progress(upload, e.loaded, e.lengthComputable ? e.total : file.size); };
    xhr.onload = function() { GP.withString(xhr.responseText || '', function(p) { _gp_on_upload_done(upload, xhr.status, p); }); };
    xhr.onerror = fail;
    xhr.ontimeout = fail;
    xhr.onabort = fail;
    xhr.open('POST', UTF8ToString(url));
    xhr.timeout = 120000;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.send(form);
  },

  gp_js_release_file__deps: ['$GP'],
  gp_js_release_file: function(handle) { delete GP.files[handle]; },

  // geolocation.h: the device's position, once (the browser asks the user's permission).
  gp_js_locate: function(request) {
    if (!navigator.geolocation) { _gp_on_location(request, 4, 0, 0, 0); return; }
    navigator.geolocation.getCurrentPosition(function(p) {
      _gp_on_location(request, 0, p.coords.latitude, p.coords.longitude, p.coords.accuracy || 0);
    }, function(e) {
      _gp_on_location(request, e && e.code ? e.code : 2, 0, 0, 0);
    }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
  },

  gp_js_open_url: function(url) {
    window.open(UTF8ToString(url), '_blank', 'noopener');
  },

  // media.h: a document image fetched with the session cookie, decoded by the browser, scaled to
  // at most maxPx on its longer side and handed over as RGBA (the app makes a texture of it).
  gp_js_load_image__deps: ['malloc', 'free'],
  gp_js_load_image: function(request, url, maxPx) {
    var fail = function() { _gp_on_image(request, 0, 0, 0); };
    fetch(UTF8ToString(url), {credentials: 'same-origin'}).then(function(r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.blob();
    }).then(function(blob) {
      return createImageBitmap(blob);
    }).then(function(bmp) {
      var k = Math.min(1, maxPx / Math.max(bmp.width, bmp.height, 1));
      var w = Math.max(1, Math.round(bmp.width * k)), h = Math.max(1, Math.round(bmp.height * k));
      var c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      var ctx = c.getContext('2d');
      ctx.drawImage(bmp, 0, 0, w, h);
      if (bmp.close) bmp.close();
      var data = ctx.getImageData(0, 0, w, h).data;
      var p = _malloc(data.length);
      HEAPU8.set(data, p);
      _gp_on_image(request, p, w, h);
      _free(p);
    }).catch(fail);
  },

  // media.h: a download by a link click (the browser keeps the session cookie and the server's
  // Content-Disposition file name).
  gp_js_download: function(url, filename) {
    var a = document.createElement('a');
    a.href = UTF8ToString(url);
    a.download = UTF8ToString(filename);
    a.rel = 'noopener';
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    setTimeout(function() { a.remove(); }, 0);
  },

  // media.h: pastes into a multi-line field keep their line breaks. The hidden <input> is
  // single-line (the browser would turn them into spaces), so the clipboard text is sent as is.
  gp_js_multiline_paste__deps: ['$GP'],
  gp_js_multiline_paste: function(active) {
    if (!active || GP.multilinePaste || !GP.input) return;
    GP.multilinePaste = true;
    GP.input.addEventListener('paste', function(e) {
      if (!_gp_multiline_active()) return;
      var t = e.clipboardData && e.clipboardData.getData('text/plain');
      if (!t || t.indexOf('\n') < 0) return;
      e.preventDefault();
      GP.sendText(t.replace(/\r\n?/g, '\n'));
      _gp_on_wake();
    });
  },

  // media.h: the text of a file picked through files.h (imports read on the device).
  gp_js_read_file_text__deps: ['$GP'],
  gp_js_read_file_text: function(request, handle) {
    var f = GP.files[handle];
    var done = function(ok, text) { GP.withString(text, function(p) { _gp_on_file_text(request, ok, p); }); };
    if (!f || !f.text) { done(0, ''); return; }
    f.text().then(function(t) { done(1, t); }, function() { done(0, ''); });
  }
});
