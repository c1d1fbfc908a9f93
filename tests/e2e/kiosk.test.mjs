// Issue 4, the service-hall kiosk (?mode=kiosk): large touch targets, tracking with the on-screen
// keypad, a zero-document reservation, information; nothing personal persists — after the idle
// time (2 minutes; ?idle=6 shortens it for this test) it returns home and forgets everything.
import { assert, registerApi, test } from './lib.mjs';
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

  const app = await t.open('/?mode=kiosk&idle=6', kiosk);
  const shot = (n) => screenshot(app, `kiosk-${n}`);
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
