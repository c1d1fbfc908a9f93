// Browser-test harness: the real server (build/bin/getpower-server on a free port with a fresh data
// directory, serving build/site) and Debian's chromium driven by playwright-core.
//
//   import { test, assert } from './lib.mjs';
//   test('name', async (t) => {
//     const app = await t.open('/?lang=en', t.devices.phone);
//     await app.tap('info.tab.fees');
//     assert.equal((await app.item('info.tab.fees')).checked, true);
//   });
//
// Every page opened through t.open() collects console errors, uncaught exceptions and CSP
// violations; any of them fails the test (unless it matches one of the `allowConsole` patterns).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export { assert };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_BIN = process.env.GP_SERVER_BIN || join(ROOT, 'build/bin/getpower-server');
// GP_SITE_DIR: another packed site (e.g. a private build directory while others use build/site).
export const SITE_DIR = process.env.GP_SITE_DIR || join(ROOT, 'build/site');
export const SCREENSHOT_DIR = join(ROOT, 'build/screenshots');
export const CHROMIUM = process.env.GP_CHROMIUM || '/usr/bin/chromium';

// toolchain.md: software WebGL in headless mode (playwright adds --headless itself).
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export const devices = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  narrow: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

// --- test registry ----------------------------------------------------------------------------
export const registry = [];
export function test(name, fn, { timeout = 90000 } = {}) {
  registry.push({ name, fn, timeout });
}

// --- server -----------------------------------------------------------------------------------
export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

// Starts the real server and resolves once it prints "listening on http://127.0.0.1:P".
export async function startServer({ site = SITE_DIR, extraArgs = [], timeoutMs = 20000 } = {}) {
  if (!existsSync(SERVER_BIN)) throw new Error(`${SERVER_BIN} is missing: run make native`);
  if (!existsSync(join(site, 'index.html'))) throw new Error(`${site}/index.html is missing: run make site`);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'getpower-e2e-'));
  // Every customer of every test registers from 127.0.0.1: the per-address SMS limit (30 an hour, a
  // company setting for one real client address) would stop the suite, not an attacker.
  const limits = extraArgs.includes('--sms-address-limit') ? [] : ['--sms-address-limit', '100000'];
  const proc = spawn(SERVER_BIN, ['--port', String(port), '--data', dataDir, '--site', site, ...limits, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stderr.on('data', (d) => { log += d; });
  const url = await new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`server not listening after ${timeoutMs} ms\n${log}`)), timeoutMs);
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:(\d+))/);
      if (m) { clearTimeout(timer); res(m[1]); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); rej(new Error(`server exited (${code}) before listening\n${log}`)); });
  });
  proc.removeAllListeners('exit');
  return {
    url,
    dataDir,
    log: () => log,
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(t);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

// --- one app page -----------------------------------------------------------------------------
export class AppPage {
  constructor(page, context, { name, allowConsole = [] }) {
    this.page = page;
    this.context = context;
    this.name = name;
    this.allowConsole = allowConsole;
    this.errors = [];
    this.touch = false;
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      const text = m.text();
      if (!this.allowConsole.some((re) => re.test(text))) this.errors.push(`console.error: ${text}`);
    });
    page.on('pageerror', (e) => {
      if (!this.allowConsole.some((re) => re.test(e.message))) this.errors.push(`uncaught: ${e.message}`);
    });
  }

  async goto(path) {
    this.response = await this.page.goto(path);
    return this.response;
  }

  // Waits for the first frame drawn with fonts (window.getpower.ready).
  async waitReady(timeout = 20000) {
    await this.page.waitForFunction(() => window.getpower && (window.getpower.ready || window.getpower.failed),
      null, { timeout, polling: 20 });
    const failed = await this.page.evaluate(() => window.getpower.failed);
    if (failed) throw new Error(`app failed to start: ${failed}`);
    await this.idle();
  }

  // Waits until the app stops drawing (it draws only after events, then settles): no new frame
  // for `quietMs`. With `after` (a frame count taken before an action), first waits for a frame
  // beyond it, so an action whose events have not been drawn yet is not mistaken for idleness.
  // With `optional`, an action that may draw nothing (e.g. Ctrl+C) waits at most 1 s for that frame.
  async idle({ quietMs = 150, timeout = 15000, after = null, optional = false } = {}) {
    if (after !== null) {
      try {
        await this.page.waitForFunction((n) => window.getpower.frames > n, after,
          { timeout: optional ? 1000 : timeout, polling: 10 });
      } catch (e) {
        if (!optional) throw e;
      }
    }
    await this.page.evaluate(() => {
      const g = window.getpower;
      g.__idleFrames = g.frames;
      g.__idleSince = performance.now();
    });
    await this.page.waitForFunction((quiet) => {
      const g = window.getpower;
      const now = performance.now();
      if (g.__idleFrames !== g.frames) { g.__idleFrames = g.frames; g.__idleSince = now; return false; }
      return now - g.__idleSince >= quiet;
    }, quietMs, { timeout, polling: 25 });
  }

  // Waits until `fn(snapshot)` is truthy (polling frames), returning the snapshot.
  async until(fn, { timeout = 10000, what = 'condition' } = {}) {
    const t0 = Date.now();
    for (;;) {
      const snap = await this.snapshot();
      if (fn(snap)) return snap;
      if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
      await this.page.waitForTimeout(30);
    }
  }

  snapshot() { return this.page.evaluate(() => window.getpower.snapshot()); }
  stats() { return this.page.evaluate(() => window.getpower.stats()); }
  frames() { return this.page.evaluate(() => window.getpower.frames); }

  async item(id) {
    const snap = await this.snapshot();
    const it = snap.find((i) => i.id === id);
    if (!it) throw new Error(`no item "${id}" in snapshot: ${snap.map((i) => i.id).join(', ')}`);
    return it;
  }

  // Scrolls the page (mouse wheel, or a finger drag on touch devices) until the item's centre is
  // visible, and returns the item.
  async reveal(id, { maxSteps = 40 } = {}) {
    for (let step = 0; ; step++) {
      const it = await this.item(id);
      if (it.visible) return it;
      if (step >= maxSteps) throw new Error(`item "${id}" stays out of view`);
      const vp = this.page.viewportSize();
      const below = it.y + it.h / 2 > vp.height / 2;
      const amount = Math.min(vp.height * 0.6, Math.max(40, Math.abs(it.y + it.h / 2 - vp.height / 2)));
      const f = await this.frames();
      if (this.touch) {
        const x = vp.width / 2, y0 = vp.height / 2;
        await this.touchDrag({ x, y: y0 }, { x, y: below ? y0 - amount : y0 + amount }, { steps: 8 });
      } else {
        await this.page.mouse.move(vp.width / 2, vp.height / 2);
        await this.page.mouse.wheel(0, below ? amount : -amount);
      }
      await this.idle({ after: f });
    }
  }

  // A one-finger drag through CDP touch events (playwright has tap() but no touch drag).
  // Events carry timestamps `stepMs` apart, as a real 60 Hz touchscreen would send them, even
  // when the software-rendered headless browser delivers them more slowly.
  async touchDrag(from, to, { steps = 10, stepMs = 16 } = {}) {
    const cdp = await this.context.newCDPSession(this.page);
    const point = (x, y) => [{ x, y, id: 1, radiusX: 2, radiusY: 2, force: 1 }];
    let ts = Date.now() / 1000;
    const send = (type, touchPoints) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints, timestamp: ts });
    await send('touchStart', point(from.x, from.y));
    for (let i = 1; i <= steps; i++) {
      const k = i / steps;
      ts += stepMs / 1000;
      await send('touchMove', point(from.x + (to.x - from.x) * k, from.y + (to.y - from.y) * k));
    }
    ts += stepMs / 1000;
    await send('touchEnd', []);
    await cdp.detach();
  }

  async center(id) {
    const it = await this.reveal(id);
    if (!it.enabled) throw new Error(`item "${id}" is disabled`);
    return { x: it.x + it.w / 2, y: it.y + it.h / 2 };
  }

  // A real mouse click at the item's centre.
  async click(id) {
    const { x, y } = await this.center(id);
    const f = await this.frames();
    await this.page.mouse.click(x, y);
    await this.idle({ after: f });
  }

  // A touch tap at the item's centre (context with hasTouch).
  async tap(id) {
    const { x, y } = await this.center(id);
    const f = await this.frames();
    await this.page.touchscreen.tap(x, y);
    await this.idle({ after: f });
  }

  // Clicks (or taps) a text field and waits until the hidden input has the keyboard focus.
  async focus(id) {
    if (this.touch) await this.tap(id); else await this.click(id);
    await this.page.waitForFunction(() => document.activeElement && document.activeElement.id === 'gp-text-input',
      null, { timeout: 5000 });
  }

  // Types like a keyboard (keydown/keypress/input/keyup per character).
  async type(id, text) {
    await this.focus(id);
    await this.keys(text);
  }

  // Types into whatever has the focus now.
  async keys(text) {
    const f = await this.frames();
    await this.page.keyboard.type(text);
    await this.idle({ after: f });
  }

  // Commits text the way an IME does (one input event, no key events).
  async insertText(id, text) {
    await this.focus(id);
    const f = await this.frames();
    await this.page.keyboard.insertText(text);
    await this.idle({ after: f });
  }

  // Presses a key (combination); some (Ctrl+C) change nothing on screen.
  async press(key) {
    const f = await this.frames();
    await this.page.keyboard.press(key);
    await this.idle({ after: f, optional: true });
  }

  async screenshot(name) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    const png = await this.page.screenshot({ path });
    return { path, png };
  }

  // Pixels of a CSS-pixel rectangle of the page: { width, height, data: RGBA Uint8Array }.
  async pixels({ x, y, w, h }) {
    const png = await this.page.screenshot({ clip: { x, y, width: w, height: h }, scale: 'css' });
    return decodePng(png);
  }

  // Fraction of pixels in the item's rect that differ clearly from the rect's corner colour
  // (i.e. are ink): text drawn there has some, an empty or missing rendering has none.
  async inkRatio(id) {
    const it = await this.item(id);
    const img = await this.pixels({ x: Math.floor(it.x), y: Math.floor(it.y), w: Math.ceil(it.w), h: Math.ceil(it.h) });
    const d = img.data;
    const [r0, g0, b0] = [d[0], d[1], d[2]];
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs(d[i] - r0) + Math.abs(d[i + 1] - g0) + Math.abs(d[i + 2] - b0) > 120) ink++;
    }
    return ink / (img.width * img.height);
  }

  assertNoErrors() {
    if (this.errors.length) throw new Error(`${this.name}: browser errors:\n  ${this.errors.join('\n  ')}`);
  }
}

// Decodes the PNGs chromium writes (8-bit RGB/RGBA, not interlaced) into RGBA.
export function decodePng(buf) {
  assert.equal(buf.readUInt32BE(0), 0x89504e47, 'not a PNG');
  let pos = 8;
  let width = 0, height = 0, colorType = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0); height = body.readUInt32BE(4);
      assert.equal(body[8], 8, 'PNG bit depth');
      colorType = body[9];
      assert.equal(body[12], 0, 'interlaced PNG');
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  assert.ok(bpp, `PNG colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const cur = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
      let v = line[i];
      if (f === 1) v += a;
      else if (f === 2) v += b;
      else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      cur[i] = v & 255;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      out[o] = cur[x * bpp]; out[o + 1] = cur[x * bpp + 1]; out[o + 2] = cur[x * bpp + 2];
      out[o + 3] = bpp === 4 ? cur[x * bpp + 3] : 255;
    }
    prev.set(cur);
  }
  return { width, height, data: out };
}

// --- per-test context -------------------------------------------------------------------------
// What a test function receives: the server's URL, the browser, and open() for app pages.
export class TestContext {
  constructor({ name, browser, baseUrl, server = null }) {
    this.name = name;
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.server = server;  // {url, dataDir} of the server the runner started (null with GP_E2E_BASE_URL)
    this.devices = devices;
    this.pages = [];
    this.contexts = [];
  }

  // Opens the app at `path` in a fresh browser context (device options as in `devices`) and
  // waits for its first frame. opts.allowConsole: RegExps of console errors to tolerate;
  // opts.ready=false: do not wait for the first frame; opts.csp: force this CSP on every response.
  async open(path = '/', device = devices.desktop, opts = {}) {
    const { allowConsole = [], ready = true, csp = null, ...ctxOpts } = opts;
    const context = await this.browser.newContext({ baseURL: this.baseUrl, ...device, ...ctxOpts });
    this.contexts.push(context);
    // CSP violations surface as console errors, which fail the test.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
      });
    });
    if (csp) {
      await context.route('**/*', async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers(), 'content-security-policy': csp };
        delete headers['content-encoding'];  // route.fetch() hands over the decoded body
        delete headers['content-length'];
        await route.fulfill({ response, headers, body: await response.body() });
      });
    }
    const page = await context.newPage();
    const app = new AppPage(page, context, { name: `${this.name} ${path}`, allowConsole });
    app.touch = !!device.hasTouch;
    this.pages.push(app);
    await app.goto(path);
    if (ready) await app.waitReady();
    return app;
  }

  async close() {
    for (const c of this.contexts) await c.close().catch(() => {});
  }

  assertNoErrors() {
    for (const p of this.pages) p.assertNoErrors();
  }
}

// --- talking to the server directly (staff actions, set-up) ------------------------------------
// A JSON client of /api/v1 in node, with a bearer token after login (no browser, no cookie).
export class Api {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.token = null;
  }

  async call(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    const r = await fetch(`${this.baseUrl}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    if (!r.ok) {
      const e = new Error(`${method} ${path}: ${r.status} ${text.slice(0, 300)}`);
      e.status = r.status;
      e.body = json;
      throw e;
    }
    return json;
  }
  get(path) { return this.call('GET', path); }
  post(path, body = {}) { return this.call('POST', path, body); }

  async login(login, password) {
    const r = await this.post('/auth/login', { login, password });
    this.token = r.token;
    return r.user;
  }
}

// The one way browser tests get an SMS code (issue 15). The runner's server has no SMS gateway, so
// its development outbox writes every code to its log; `send` makes the request (an API call, or a
// tap on "send code" in the app) and the code that shows up after it is returned. `server` is any
// object with log(): the runner's server, or one a test started itself.
export async function smsCode(server, phone, purpose, send) {
  if (!server || !server.log) throw new Error('smsCode needs a server whose log it can read (not GP_E2E_BASE_URL)');
  const marker = `to ${phone} purpose ${purpose} code `;
  const count = () => server.log().split(marker).length - 1;
  const before = count();
  await send();
  for (let i = 0; i < 1000; i += 1) {
    if (count() > before) {
      const log = server.log();
      return log.slice(log.lastIndexOf(marker) + marker.length).slice(0, 6);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no SMS code for ${phone} (${purpose}) in the server's log`);
}

// Registers a customer through the API (the SMS code from the log); returns an Api logged in as them.
export async function registerApi(t, { phone, password, name }) {
  const api = new Api(t.baseUrl);
  const code = await smsCode(t.server, phone, 'register', () => api.post('/auth/sms-code', { phone, purpose: 'register' }));
  const reg = await api.post('/auth/register', { phone, password, name, sms_code: code });
  api.token = reg.token;
  return api;
}

// Creates a staff account in the test server's data directory with the server's own command
// (`getpower-server adduser`, password on standard input), next to the running server.
export function addStaff(t, { username, role, name = username, phone = '', password }) {
  if (!t.server || !t.server.dataDir) throw new Error('addStaff needs the runner-started server (not GP_E2E_BASE_URL)');
  const args = ['adduser', '--data', t.server.dataDir, '--username', username, '--role', role, '--name', name];
  if (phone) args.push('--phone', phone);
  const r = spawnSync(SERVER_BIN, args, { input: `${password}\n`, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`adduser ${username}: ${r.stderr || r.stdout}`);
  const m = r.stdout.match(/id (\d+)/);
  return { username, role, name, phone, password, id: m ? Number(m[1]) : null };
}

// An admin's API client on `server` ({url, dataDir}), one per data directory (created with
// `getpower-server adduser` the first time), logged in again when a clock jump ended its session.
const admins = new Map();
async function adminApi(server) {
  let a = admins.get(server.dataDir);
  if (!a) {
    const username = `ad.e2e${unique()}`;
    const password = 'E2e-Admin-2026!';
    const r = spawnSync(SERVER_BIN, ['adduser', '--data', server.dataDir, '--username', username, '--role', 'admin', '--name', '邾管理'],
                        { input: `${password}\n`, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`adduser ${username}: ${r.stderr || r.stdout}`);
    a = { api: new Api(server.url), username, password };
    await a.api.login(username, password);
    admins.set(server.dataDir, a);
  }
  return a;
}

// POST /api/v1/test/clock as an admin (issue 15: admin only, even under --test-clock); `now` an
// ISO date-time or null (real time again).
export async function setTestClock(server, now) {
  const a = await adminApi(server);
  try {
    return await a.api.post('/test/clock', { now });
  } catch (e) {
    if (e.status !== 401) throw e;
    await a.api.login(a.username, a.password);  // the jump ended the admin's session
    return a.api.post('/test/clock', { now });
  }
}

// Registers a kiosk device as an admin (issue 15: the kiosk channel needs one); returns its
// token, which the kiosk page takes once from ?device= and keeps.
export async function registerKiosk(server, name = '城关营业厅1号机') {
  const a = await adminApi(server);
  const r = await a.api.post('/admin/kiosks', { name });
  return r.token;
}

// A unique suffix for names and numbers within one run (several tests share one server).
let uniq = 0;
export function unique() {
  uniq += 1;
  return `${Date.now() % 100000}${uniq}`;
}

// Small real files for uploads: a 1x1 PNG and a minimal PDF (the server recognises both by content).
export const PNG_BYTES = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
  '1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e5273fc60000000049454e44ae426082', 'hex');
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
  '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
