// Helpers of the customer-journey browser tests (issue 4): accounts, files picked through the
// browser's real file chooser, staff acting through the API, waiting for what the app shows.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { addStaff, Api, assert, SCREENSHOT_DIR, smsCode, unique } from './lib.mjs';

export const PASSWORD = 'Journey-2026!';

// GP_TRACE=1: how long each step took (to keep the suite lean).
const T0 = Date.now();
export const trace = process.env.GP_TRACE ? (...a) => console.log(`   +${Date.now() - T0} ms`, ...a) : () => {};

// A fresh mobile number per call (several tests share one server).
let seq = 0;
export function newPhone() {
  seq += 1;
  return `139${String((Date.now() * 10 + seq) % 100000000).padStart(8, '0')}`;
}

// A customer manager and a project manager of our own (names with rare characters the font
// must draw: 邾, 堃, 犇).
export function addManagers(t) {
  const u = unique();
  const tag = [...u.slice(-3)].map((d) => '零一二三四五六七八九'[Number(d)]).join('');  // names take no digits
  const cm = addStaff(t, { username: `cm.e2e${u}`, role: 'customer_manager', name: `邾堃${tag}`, phone: '13803759001', password: PASSWORD });
  const pm = addStaff(t, { username: `pm.e2e${u}`, role: 'project_manager', name: `刘犇${tag}`, phone: '13803759002', password: PASSWORD });
  return { cm, pm };
}

export async function staffApi(t, person) {
  const api = new Api(t.baseUrl);
  await api.login(person.username, person.password);
  return api;
}

export function act(api, number, action, fields = {}) {
  return api.post(`/applications/${number}/actions`, { action, fields });
}

// Today and now in China Standard Time, as the forms take them.
export function cstNow(offsetMinutes = 0) {
  const d = new Date(Date.now() + (8 * 60 + offsetMinutes) * 60000).toISOString();
  return { date: d.slice(0, 10), datetime: `${d.slice(0, 19)}+08:00` };
}

// Clicks (or taps) `id`, which opens the device's file chooser, and picks `file` in it.
export async function pickFile(app, id, file) {
  if (app.touch) await revealEdge(app, id);
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  if (app.touch) await app.tap(id); else await app.click(id);
  const fc = await chooser;
  const f = await app.frames();
  await fc.setFiles(file);
  await app.idle({ after: f });
}

export async function press(app, id) {
  trace('press', id);
  if (app.touch) {
    await revealEdge(app, id);
    await app.tap(id);
  } else {
    await app.click(id);
  }
}

// Text into a field: typed key by key on a desktop; on a phone committed at once, as phone
// keyboards and IMEs do (and fewer frames for the software-rendered browser).
export async function enter(app, id, text) {
  trace('enter', id);
  if (app.touch) {
    await revealEdge(app, id);
    await app.insertText(id, text);
  } else {
    await app.type(id, text);
  }
}

// Waits until the item's label (or value) matches `re`.
export async function waitFor(app, id, re, { timeout = 15000, field = 'label' } = {}) {
  trace('wait', id);
  let last = null;
  try {
    await app.until((snap) => {
      const it = snap.find((i) => i.id === id);
      last = it ? it[field] : undefined;
      return it && re.test(String(it[field] ?? ''));
    }, { timeout, what: `${id} ~ ${re}` });
  } catch (e) {
    await app.screenshot(`failed-${id}`).catch(() => {});  // for whoever reads the failure
    throw new Error(`${e.message} (last: ${JSON.stringify(last)})`);
  }
  return app.item(id);
}

// `server`: the server under test (its log holds the SMS code, issue 15).
export async function register(app, { phone, name, server }) {
  await enter(app, 'register.phone', phone);
  const code = await smsCode(server, phone, 'register', () => press(app, 'register.send_code'));
  await enter(app, 'register.sms_code', code);
  await app.insertText('register.name', name);  // as an IME commits it
  await enter(app, 'register.password', PASSWORD);
  await enter(app, 'register.password2', PASSWORD);
  await press(app, 'register.submit');
  await waitFor(app, 'my.title', /我的申请|My applications/);
}

export async function login(app, phone) {
  await enter(app, 'login.login', phone);
  await enter(app, 'login.password', PASSWORD);
  await press(app, 'login.submit');
  await waitFor(app, 'my.title', /我的申请|My applications/);
}

// A screenshot under build/screenshots/<name>.png at CSS pixel size (quick to take on a 3x phone,
// enough to review the layout).
export async function screenshot(app, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await app.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), scale: 'css' });
}

// Every recorded item lies within the viewport's width (one column on a phone).
export async function assertFitsWidth(app, width) {
  for (const i of await app.snapshot()) assert.ok(i.x >= -0.5 && i.x + i.w <= width + 0.5, `${i.id} overflows ${width} px (${i.x}+${i.w})`);
}

export { assert };

// The wizard from "new application" to the number, with two documents picked on the device and
// uploaded with progress. `shot(name)` saves a screenshot of each step. Returns the number.
export async function applyWithTwoFiles(app, { cm, shot, files, locate = false }) {
  await press(app, 'my.apply');
  await waitFor(app, 'apply.step', /1\/4|1 of 4/);
  assert.match((await app.item('apply.plan.limit')).label, /2/, 'LV resident: 2 working days (rule T1), shown live');
  await shot('apply-1-case');
  await press(app, 'apply.next');
  await waitFor(app, 'apply.step', /2\/4/);
  if (app.touch) await revealEdge(app, 'apply.address');
  await app.insertText('apply.address', '邾县城关镇堃园路8号');
  if (locate) {  // rule S3: the device's position as the intended meter location
    await press(app, 'apply.meter.locate');
    await waitFor(app, 'apply.meter.note', /已填入当前位置/);
    assert.match((await app.item('apply.meter.latitude')).value, /^33\.70/);
  }
  await press(app, 'apply.manager.choose');  // rule M3: choose from the public list
  await waitFor(app, 'managers.choosing', /新申请/);
  await shot('managers-choose');
  await press(app, `managers.${cm.id}.choose`);
  await waitFor(app, 'apply.manager', new RegExp(cm.name));
  await shot('apply-2-details');
  await press(app, 'apply.next');
  await waitFor(app, 'apply.step', /3\/4/);
  await pickFile(app, 'apply.doc.0.pick', files[0]);
  await waitFor(app, 'apply.doc.0.state', /已选择/);
  await pickFile(app, 'apply.doc.1.pick', files[1]);
  await waitFor(app, 'apply.doc.1.state', /已选择/);
  await shot('apply-3-documents');
  await press(app, 'apply.next');
  await waitFor(app, 'apply.step', /4\/4/);
  assert.match((await app.item('apply.confirm.documents')).label, /已选择 2 份，缺 0 份/);
  if (locate) assert.match((await app.item('apply.confirm.meter')).label, /33\.70/);
  await shot('apply-4-confirm');
  // Not waiting for the app to go quiet: the uploads that follow keep it drawing their progress.
  const it = await revealEdge(app, 'apply.submit');
  const c = { x: it.x + it.w / 2, y: it.y + it.h / 2 };
  if (app.touch) await app.page.touchscreen.tap(c.x, c.y); else await app.page.mouse.click(c.x, c.y);
  const num = await waitFor(app, 'apply.done.number', /^ZX-\d{8}-\d{4}$/);
  return num.label;
}

// A finger drag that rests before lifting (no fling to wait out), near the left edge: outside any
// signature pad, and quick to settle in the software-rendered browser.
async function restingDrag(app, from, to, steps = 8) {
  if (!app.__cdp) app.__cdp = await app.context.newCDPSession(app.page);
  const cdp = app.__cdp;
  const point = (x, y) => [{ x, y, id: 1, radiusX: 2, radiusY: 2, force: 1 }];
  let ts = Date.now() / 1000;
  const send = (type, touchPoints) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints, timestamp: ts });
  await send('touchStart', point(from.x, from.y));
  for (let i = 1; i <= steps; i++) {
    ts += 0.016;
    await send('touchMove', point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
  }
  ts += 0.2;
  await send('touchEnd', []);
}

// Scrolls until the item's centre is visible. On touch devices with the wheel near the left
// edge (one frame per step, where a finger drag costs several in the software-rendered browser;
// finger scrolling itself is checked by touchScroll()).
export async function revealEdge(app, id, { maxSteps = 30 } = {}) {
  if (!app.touch) return app.reveal(id);
  for (let step = 0; ; step++) {
    const it = await app.item(id);
    if (it.visible) return it;
    if (step >= maxSteps) throw new Error(`item "${id}" stays out of view`);
    const vp = app.page.viewportSize();
    const d = it.y + it.h / 2 - vp.height / 2;  // how far its centre is from the middle
    const f = await app.frames();
    await app.page.mouse.move(5, vp.height / 2);
    await app.page.mouse.wheel(0, Math.sign(d) * Math.min(2.5 * vp.height, Math.max(100, 2.8 * Math.abs(d))));
    await app.idle({ after: f });
  }
}

// A finger drag up by `dy` px; returns how far the page moved (an item's y before and after).
export async function touchScroll(app, id, dy) {
  const before = (await app.item(id)).y;
  const vp = app.page.viewportSize();
  const f = await app.frames();
  await restingDrag(app, { x: 5, y: vp.height * 0.7 }, { x: 5, y: vp.height * 0.7 - dy }, 4);
  await app.idle({ after: f });
  return before - (await app.item(id)).y;
}

// Signs on the pad with three strokes: one continuous finger drag each (touch), or mouse drags.
export async function drawSignature(app, id) {
  const pad = await revealEdge(app, id);
  const x0 = pad.x + 20, y0 = pad.y + 20, w = pad.w - 40, h = pad.h - 40;
  const strokes = [
    [[0.05, 0.7], [0.15, 0.2], [0.25, 0.8], [0.35, 0.3]],
    [[0.4, 0.5], [0.55, 0.2], [0.6, 0.8], [0.7, 0.4]],
    [[0.75, 0.6], [0.85, 0.3], [0.95, 0.7]],
  ];
  const f = await app.frames();
  for (const s of strokes) {
    const pts = s.map(([x, y]) => ({ x: x0 + x * w, y: y0 + y * h }));
    if (app.touch) {
      if (!app.__cdp) app.__cdp = await app.context.newCDPSession(app.page);
      let ts = Date.now() / 1000;
      const send = (type, p) => app.__cdp.send('Input.dispatchTouchEvent', {
        type, touchPoints: p ? [{ x: p.x, y: p.y, id: 1, radiusX: 2, radiusY: 2, force: 1 }] : [], timestamp: ts });
      await send('touchStart', pts[0]);
      for (let i = 1; i < pts.length; i++) {
        ts += 0.016;
        await send('touchMove', pts[i]);
      }
      ts += 0.05;
      await send('touchEnd', null);
    } else {
      await app.page.mouse.move(pts[0].x, pts[0].y);
      await app.page.mouse.down();
      for (let i = 1; i < pts.length; i++) await app.page.mouse.move(pts[i].x, pts[i].y, { steps: 2 });
      await app.page.mouse.up();
    }
  }
  await app.idle({ after: f });
}
