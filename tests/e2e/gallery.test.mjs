// The widget kit on its gallery page (?screen=kit): scrolling by wheel and by finger, combos,
// checkboxes, radios, disabled buttons, and redraws driven by a timer rather than input.
import { assert, test } from './lib.mjs';

test('phone: a finger drag scrolls the long page and does not click', async (t) => {
  const app = await t.open('/?screen=kit', t.devices.phone);
  const before = await app.item('gallery.bottom');
  assert.equal(before.visible, false);
  const title0 = (await app.item('gallery.title')).y;
  await app.touchDrag({ x: 200, y: 600 }, { x: 200, y: 200 }, { steps: 10 });
  await app.idle();
  const title1 = (await app.item('gallery.title')).y;
  assert.ok(title1 < title0 - 300, `page did not follow the finger: title y ${title0} -> ${title1}`);
  await app.tap('gallery.bottom');  // reveal() keeps dragging until it is in view
  assert.equal((await app.item('gallery.bottom')).visible, true);
  assert.match((await app.item('gallery.clicks')).label, /Clicks: 0/);
  await app.screenshot('gallery-phone-scrolled');
});

test('phone: a fling keeps scrolling after the finger lifts', async (t) => {
  const app = await t.open('/?screen=kit', t.devices.phone);
  await app.touchDrag({ x: 200, y: 700 }, { x: 200, y: 500 }, { steps: 4, stepMs: 16 });
  const yLift = (await app.item('gallery.title')).y;
  await app.idle();
  const yRest = (await app.item('gallery.title')).y;
  assert.ok(yRest < yLift - 20, `no fling: ${yLift} -> ${yRest}`);
});

test('desktop: wheel scrolling, combo, checkbox, radio, disabled button', async (t) => {
  const app = await t.open('/?screen=kit');
  await app.click('gallery.button.primary');
  await app.click('gallery.button.primary');
  assert.match((await app.item('gallery.clicks')).label, /Clicks: 2/);

  const off = await app.item('gallery.button.disabled');
  assert.equal(off.enabled, false);
  await app.page.mouse.click(off.x + off.w / 2, off.y + off.h / 2);
  await app.idle();
  assert.match((await app.item('gallery.clicks')).label, /Clicks: 2/);

  await app.click('gallery.agree');
  assert.equal((await app.item('gallery.agree')).checked, true);
  await app.click('gallery.radio.1');
  assert.equal((await app.item('gallery.radio.1')).checked, true);
  assert.equal((await app.item('gallery.radio.0')).checked, false);

  await app.click('gallery.combo');
  const snap = await app.snapshot();
  assert.equal(snap.filter((i) => i.kind === 'option').length, 4);
  await app.click('gallery.combo.2');
  assert.equal((await app.item('gallery.combo')).value, '大工业');
  assert.equal((await app.snapshot()).filter((i) => i.kind === 'option').length, 0, 'popup still open');

  await app.click('gallery.bottom');  // wheel-scrolled into view first
  assert.equal((await app.item('gallery.bottom')).visible, true);
  await app.screenshot('gallery-desktop-bottom');
});

test('idle pages draw nothing; a countdown draws once a second without input', async (t) => {
  const app = await t.open('/?screen=kit');
  const f0 = await app.frames();
  await app.page.waitForTimeout(1000);
  assert.equal(await app.frames(), f0, 'frames drawn while nothing happened');

  await app.click('gallery.countdown.start');
  await app.page.mouse.move(5, 5);  // a final pointer event, then hands off
  const f1 = await app.frames();
  assert.match((await app.item('gallery.countdown')).label, /Countdown: [45]/);
  await app.page.waitForTimeout(2600);
  const f2 = await app.frames();
  assert.match((await app.item('gallery.countdown')).label, /Countdown: [23]/);
  assert.ok(f2 - f1 >= 2 && f2 - f1 <= 12, `timer frames: ${f2 - f1}`);
  await app.page.waitForFunction(() => window.getpower.snapshot().some((i) => i.id === 'gallery.countdown.start'),
    null, { timeout: 6000 });
  await app.idle();
  const f3 = await app.frames();
  await app.page.waitForTimeout(800);
  assert.equal(await app.frames(), f3, 'still drawing after the countdown ended');
});

test('phone: when the on-screen keyboard shrinks the window, the field being edited stays in view', async (t) => {
  const app = await t.open('/?screen=kit', t.devices.phone);
  await app.focus('gallery.password');  // reveal() scrolls it into view first
  const f = await app.frames();
  // What interactive-widget=resizes-content does when the keyboard opens.
  await app.page.setViewportSize({ width: 390, height: 420 });
  await app.idle({ after: f });
  const it = await app.item('gallery.password');
  assert.ok(it.visible && it.y + it.h <= 420, `field hidden behind the keyboard: y=${it.y}`);
  await app.page.keyboard.insertText('secret1');
  await app.idle();
  assert.equal((await app.item('gallery.password')).value, '*******');
});
