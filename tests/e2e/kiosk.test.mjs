// Issue 4, the service-hall kiosk (?mode=kiosk): large touch targets, tracking with the on-screen
// keypad, a zero-document reservation, information; nothing personal persists — after the idle
// time (2 minutes; ?idle=6 shortens it for this test) it returns home and forgets everything.
import { Api, assert, registerApi, registerKiosk, test } from './lib.mjs';
import { newPhone, PASSWORD, screenshot, waitFor } from './customer_lib.mjs';

const kiosk = { viewport: { width: 800, height: 1200 }, deviceScaleFactor: 1, hasTouch: true };

// Taps keys as fast as a person would, then lets the app catch up (the keys do not move).
async function keypad(app, pad, keys) {
  const snap = await app.snapshot();
  const f = await app.frames();
  for (const k of keys) {
    const it = snap.find((i) => i.id === `${pad}.${k}`);
    assert.ok(it && it.visible, `key ${pad}.${k}`);
    await app.page.touchscreen.tap(it.x + it.w / 2, it.y + it.h / 2);
  }
  await app.idle({ after: f });
}

test('kiosk: track with the keypad, reserve without documents, forget everything when idle', async (t) => {
  // An application made online by a customer, to be tracked at the hall.
  const phone = newPhone();
  const me = await registerApi(t, { phone, password: PASSWORD, name: '邾堃' });
  const a = await me.post('/applications', { business: 'new_connection', customer_type: 'lv_residential', address: '邾县城关镇人民路9号' });

  // The terminal is a device the admin registered (issue 15); staff open it once with ?device=,
  // which the page keeps in localStorage and removes from the address bar.
  const device = await registerKiosk(t.server);
  const app = await t.open(`/?mode=kiosk&idle=6&device=${device}`, kiosk);
  const shot = (n) => screenshot(app, `kiosk-${n}`);
  assert.equal(app.page.url().includes(device), false, 'the token left the address bar');
  await app.page.waitForFunction(() => window.getpower.state().kiosk_device, null, { timeout: 10000, polling: 100 });
  assert.equal((await app.page.evaluate(() => window.getpower.state())).kiosk, true);
  await shot('home');
  await app.tap('nav.track');
  const key = await app.item('track.keypad.5');
  assert.ok(key.h >= 56 && key.w >= 56, `large keys (${key.w}x${key.h})`);
  await app.tap('track.number');
  await keypad(app, 'track.keypad', a.number.replace(/\D/g, ''));
  assert.equal((await app.item('track.number')).value, a.number);
  assert.equal((await app.item('track.phone')).checked, true, 'the keypad moved on to the phone');
  await keypad(app, 'track.keypad', [...phone.slice(0, 10), '0', 'back', phone[10]]);
  assert.equal((await app.item('track.phone')).value, phone);
  await app.tap('track.submit');
  await waitFor(app, 'track.result.number', new RegExp(a.number));
  assert.match((await app.item('track.timeline.1')).label, /用电申请 · 办理中/);
  await shot('track');

  // A reservation at the hall: name and address by the system keyboard/IME, phone on the keypad.
  await app.tap('nav.reserve');
  await app.insertText('reserve.name', '刘犇');
  await keypad(app, 'reserve.keypad', newPhone());
  await app.insertText('reserve.address', '邾县堃园路2号');
  await shot('reserve');
  await app.tap('reserve.submit');
  await waitFor(app, 'reserve.done.number', /\S+/);
  await shot('reserve-done');

  // Something typed, then nobody touches the kiosk: back home, all forgotten.
  await app.tap('nav.track');
  await app.tap('track.number');
  await keypad(app, 'track.keypad', ['clear', '2', '0', '2', '6']);
  assert.equal((await app.item('track.number')).value, 'ZX-2026');
  await app.page.waitForFunction(() => window.getpower.state().screen === 'home', null, { timeout: 12000, polling: 200 });
  await app.tap('nav.track');
  assert.equal((await app.item('track.number')).value, '');
  assert.equal((await app.snapshot()).some((i) => i.id === 'track.result.number'), false);
  await app.tap('nav.reserve');
  assert.equal((await app.item('reserve.name')).value, '');
  await shot('after-idle');
});

test('kiosk: an unregistered terminal shows the setup screen; staff enter the device token', async (t) => {
  const app = await t.open('/?mode=kiosk', kiosk);
  await waitFor(app, 'kiosk.setup.title', /\S/);
  assert.equal((await app.snapshot()).some((i) => i.id === 'nav.track'), false, 'no public screens before setup');
  await app.insertText('kiosk.setup.token', 'not-a-token');
  await app.tap('kiosk.setup.save');
  await waitFor(app, 'kiosk.setup.token', /64/, { field: 'error' });
  const device = await registerKiosk(t.server, '城关营业厅2号机');
  await app.page.reload();  // a fresh field
  await app.waitReady();
  await waitFor(app, 'kiosk.setup.title', /\S/);
  await app.insertText('kiosk.setup.token', device);
  await app.tap('kiosk.setup.save');
  await app.page.waitForFunction(() => window.getpower.state().kiosk_device, null, { timeout: 10000, polling: 100 });
  await app.item('nav.track');
  // Kept for the next start of the page (localStorage), never in the URL.
  await app.page.reload();
  await app.waitReady();
  await app.page.waitForFunction(() => window.getpower.state().kiosk_device, null, { timeout: 10000, polling: 100 });
  assert.equal(await app.page.evaluate(() => window.localStorage.getItem('getpower.kiosk.device')), device);
});
