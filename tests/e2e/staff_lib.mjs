// Helpers of the staff-screen browser tests (issue 5): staff accounts, a page opened already
// logged in, a private server with a test clock, and small waits on what the app shows.
import { spawnSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { Api, AppPage, assert, SERVER_BIN, startServer, unique } from './lib.mjs';

export const STAFF_PASSWORD = 'Staff-Desk-2026!';

// A staff account in `dataDir` (the runner's server or a private one) via `getpower-server adduser`.
export function addStaffIn(dataDir, { username, role, name = username, phone = '', password = STAFF_PASSWORD }) {
  const args = ['adduser', '--data', dataDir, '--username', username, '--role', role, '--name', name];
  if (phone) args.push('--phone', phone);
  const r = spawnSync(SERVER_BIN, args, { input: `${password}\n`, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`adduser ${username}: ${r.stderr || r.stdout}`);
  const m = r.stdout.match(/id (\d+)/);
  return { username, role, name, phone, password, id: m ? Number(m[1]) : null };
}

// One account per role for this test (names with characters the font must fetch: 邾, 堃, 犇).
export function staffOf(dataDir, role, name) {
  const u = unique();
  const prefix = { customer_manager: 'cm', project_manager: 'pm', command_center: 'cc', admin: 'ad' }[role];
  return addStaffIn(dataDir, { username: `${prefix}.s${u}`, role, name });
}

export async function apiAs(baseUrl, person) {
  const api = new Api(baseUrl);
  await api.login(person.username, person.password);
  return api;
}

// The app at `path`, logged in as `person` (the session cookie set before the first load), in a
// fresh browser context registered with the test (errors collected, closed afterwards).
// `setup(context)` runs before the first load (e.g. context.route() to answer some requests).
export async function openAs(t, person, path, { device = t.devices.desktop, baseUrl = t.baseUrl, allowConsole = [], setup = null } = {}) {
  const context = await t.browser.newContext({ baseURL: baseUrl, ...device });
  t.contexts.push(context);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  const r = await context.request.post('/api/v1/auth/login', { data: { login: person.username, password: person.password } });
  assert.equal(r.status(), 200, `login ${person.username}: ${r.status()}`);
  if (setup) await setup(context);
  const page = await context.newPage();
  const app = new AppPage(page, context, { name: `${t.name} ${path}`, allowConsole });
  app.touch = !!device.hasTouch;
  t.pages.push(app);
  await app.goto(path);
  await app.waitReady();
  return app;
}

// A server of this test's own (e.g. --test-clock to make an application old), stopped by stop().
export async function privateServer(extraArgs = []) {
  return startServer({ extraArgs });
}

// Waits until the item exists (and its label matches `re`, if given).
export async function waitItem(app, id, re = null, timeout = 15000) {
  const snap = await app.until((s) => s.some((i) => i.id === id && (!re || re.test(i.label) || (i.value && re.test(i.value)))),
    { timeout, what: `${id}${re ? ` ~ ${re}` : ''}` });
  return snap.find((i) => i.id === id);
}

// The first item whose id starts with `prefix` and whose label matches `re`.
export async function findItem(app, prefix, re, timeout = 15000) {
  const snap = await app.until((s) => s.some((i) => i.id.startsWith(prefix) && re.test(i.label)), { timeout, what: `${prefix}* ~ ${re}` });
  return snap.find((i) => i.id.startsWith(prefix) && re.test(i.label));
}

// Share of the pixels in an item's rect that are clearly red (the overdue colour #C62828).
export async function redShare(app, item) {
  const img = await app.pixels({ x: Math.floor(item.x), y: Math.floor(item.y), w: Math.max(1, Math.ceil(item.w)), h: Math.max(1, Math.ceil(item.h)) });
  let red = 0;
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) if (d[i] > 150 && d[i + 1] < 90 && d[i + 2] < 90) red++;
  return red / (img.width * img.height);
}

// Pastes `text` into the field being edited the way a browser paste does (a ClipboardEvent on
// the hidden input, line breaks kept).
export async function paste(app, text) {
  const f = await app.frames();
  await app.page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.getElementById('gp-text-input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
  await app.idle({ after: f });
}

// The facts and customer of a simple hall application (LV resident, rule T1: 2 working days).
export function hallApplication(phone, name = '邾小犇') {
  return {
    business: 'new_connection', customer_type: 'lv_residential', address: '邾县城关镇人民路8号',
    customer: { phone, name },
  };
}

let phoneSeq = 0;
export function freshPhone() {
  phoneSeq += 1;
  return `137${String((Date.now() * 7 + phoneSeq * 13) % 100000000).padStart(8, '0')}`;
}

// A real, decodable PNG of w x h pixels (a colour gradient), so the app's preview shows it.
export function gradientPng(w = 48, h = 32) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 2;  // 8-bit RGB
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = (x * 255 / w) | 0; raw[o + 1] = (y * 255 / h) | 0; raw[o + 2] = 160;
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// Replaces the text of a field: click it, select all, commit the new text at once (as an IME does).
export async function replaceText(app, id, text) {
  await app.focus(id);
  await app.press('Control+A');
  const f = await app.frames();
  await app.page.keyboard.insertText(text);
  await app.idle({ after: f });
}
