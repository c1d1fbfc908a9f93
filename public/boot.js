// GetPower loader: checks the browser, shows progress, starts the WebAssembly app and explains
// failures in Chinese and English. A separate file (not inline) so the strict CSP
// "script-src 'self' 'wasm-unsafe-eval'" allows it.
'use strict';
(function () {
  var gp = window.getpower = window.getpower || {};
  gp.ready = false;      // true after the first frame drawn with fonts loaded
  gp.frames = 0;         // frames presented so far
  gp.failed = null;      // failure code when the app cannot run
  gp.snapshot = function () { return []; };  // replaced by the app (platform/snapshot.h)

  var MESSAGES = {
    webgl: ['您的浏览器不支持或已关闭 WebGL 2，无法显示本页面。请使用最新版的 Chrome、Edge、Firefox、Safari 或手机自带浏览器，或到供电营业厅办理。',
            'Your browser does not support WebGL 2 (or it is turned off), which this page needs. Please use a current Chrome, Edge, Firefox or Safari, or visit our service hall.'],
    wasm: ['您的浏览器不支持 WebAssembly，无法运行本页面。请升级浏览器后再试，或到供电营业厅办理。',
           'Your browser does not support WebAssembly, which this page needs. Please update your browser, or visit our service hall.'],
    load: ['程序加载失败，请检查网络连接后重新加载页面。',
           'The application could not be loaded. Please check your connection and reload the page.'],
    font: ['字体加载失败，请检查网络连接后重新加载页面。',
           'The fonts could not be loaded. Please check your connection and reload the page.'],
    abort: ['程序运行出错，请重新加载页面。如问题持续，请拨打 95598 或到供电营业厅办理。',
            'The application stopped because of an error. Please reload the page; if it happens again, call 95598 or visit our service hall.']
  };

  function $(id) { return document.getElementById(id); }

  function hint(zh, en) {
    $('loading-hint').textContent = zh;
    $('loading-hint-en').textContent = en;
  }

  function fail(code) {
    if (gp.failed) return;
    gp.failed = code;
    var m = MESSAGES[code] || MESSAGES.abort;
    $('failure-zh').textContent = m[0];
    $('failure-en').textContent = m[1];
    $('loading').hidden = true;
    $('failure').hidden = false;
    $('canvas').style.visibility = 'hidden';
    console.error('GetPower failed to start: ' + code);
  }
  gp.fail = fail;
  $('failure-reload').addEventListener('click', function () { location.reload(); });

  // Called by the app (library_getpower.js).
  gp.onStatus = function (code, detail) {
    if (code === 'fonts') hint('正在加载字体…', 'Loading fonts…');
    else if (code === 'error') fail(detail);
  };
  gp.onReady = function () {
    $('loading').hidden = true;
  };

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return fail('wasm');
  var probe = document.createElement('canvas');
  var gl = null;
  try { gl = probe.getContext('webgl2'); } catch (e) { gl = null; }
  if (!gl) return fail('webgl');
  var lose = gl.getExtension('WEBGL_lose_context');
  if (lose) lose.loseContext();  // free the probe's context at once

  hint('正在下载程序…', 'Downloading the application…');
  var slow = setTimeout(function () {
    if (!gp.ready && !gp.failed) hint('网络较慢，仍在加载，请稍候…', 'Slow connection — still loading, please wait…');
  }, 8000);

  window.Module = {
    canvas: $('canvas'),
    print: function (text) { console.log(text); },
    // The app's stderr carries diagnostics (e.g. a font slice that failed), not failures.
    printErr: function (text) { console.warn(text); },
    onAbort: function () { clearTimeout(slow); fail('abort'); }
  };

  var script = document.createElement('script');
  script.src = 'getpower-app.js';
  script.async = true;
  script.onerror = function () { clearTimeout(slow); fail('load'); };
  document.body.appendChild(script);
})();
