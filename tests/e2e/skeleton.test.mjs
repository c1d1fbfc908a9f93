// The app shell: loads with no console errors, draws Chinese text, lists its items in the snapshot,
// takes typed and IME-committed text exactly once, works on a phone, and speaks English on request.
import { assert, test } from './lib.mjs';

const EXPECTED = ['app.title', 'app.lang', 'info.tab.guide', 'info.tab.process', 'info.tab.documents',
  'info.tab.fees', 'info.body', 'info.name', 'info.phone', 'info.submit'];

test('desktop: first frame, snapshot, Chinese text drawn', async (t) => {
  const app = await t.open('/', t.devices.desktop);
  const g = await app.page.evaluate(() => ({ ready: window.getpower.ready, frames: window.getpower.frames }));
  assert.equal(g.ready, true);
  assert.ok(g.frames >= 1);
  const snap = await app.snapshot();
  for (const id of EXPECTED) assert.ok(snap.some((i) => i.id === id), `snapshot lacks ${id}`);
  for (const i of snap) {
    for (const k of ['id', 'label', 'kind', 'x', 'y', 'w', 'h', 'enabled']) assert.ok(k in i, `${i.id} lacks ${k}`);
  }
  const title = snap.find((i) => i.id === 'app.title');
  assert.match(title.label, /国网邾县供电公司/);
  assert.equal((await app.item('info.name')).kind, 'input');
  assert.equal((await app.item('info.tab.guide')).checked, true);
  // The title is really drawn (ink in its rect), with no glyph missing from the font.
  assert.ok(await app.inkRatio('app.title') > 0.05, 'title area looks empty');
  const stats = await app.stats();
  assert.deepEqual(stats.absentGlyphs, [], 'glyphs drawn as U+FFFD');
  assert.equal(stats.pendingGlyphs, 0);
  await app.screenshot('skeleton-desktop');
});

test('desktop: tabs switch on click', async (t) => {
  const app = await t.open('/');
  await app.click('info.tab.documents');
  assert.equal((await app.item('info.tab.documents')).checked, true);
  assert.equal((await app.item('info.tab.guide')).checked, false);
  assert.match((await app.item('info.body')).label, /身份证明/);
});

test('desktop: typed ASCII and IME-committed hanzi arrive exactly once', async (t) => {
  const app = await t.open('/');
  await app.type('info.phone', '13800138000');
  assert.equal((await app.item('info.phone')).value, '13800138000');
  assert.equal((await app.item('info.phone')).error, undefined);

  await app.insertText('info.name', '邾县堃犇');
  assert.equal((await app.item('info.name')).value, '邾县堃犇');
  const stats = await app.stats();
  assert.deepEqual(stats.absentGlyphs, []);
  assert.ok(await app.inkRatio('info.name') > 0.02, 'the name field looks empty');
  await app.screenshot('skeleton-typed');
});

test('rare characters: font slice fetched on demand; text the font lacks is kept intact', async (t) => {
  const app = await t.open('/');
  const before = await app.stats();
  // 龘 (U+9F98) is in the font but not in the base subset; 𠀀 (U+20000, CJK Ext. B) is not in
  // WenQuanYi Micro Hei at all.
  await app.insertText('info.name', '龘𠀀');
  await app.page.waitForFunction(() => window.getpower.stats().pendingGlyphs === 0, null, { timeout: 10000 });
  await app.idle();
  const stats = await app.stats();
  assert.equal(stats.slicesLoaded, before.slicesLoaded + 1, 'exactly one slice fetched for 龘');
  assert.deepEqual(stats.absentGlyphs, [0x20000]);
  assert.equal((await app.item('info.name')).value, '龘𠀀');
  assert.ok(stats.atlasBuilds > before.atlasBuilds);
});

test('desktop: editing keys and validation message', async (t) => {
  const app = await t.open('/');
  await app.type('info.phone', '12ab');
  await app.press('Backspace');
  await app.press('Backspace');
  await app.keys('3');
  const phone = await app.item('info.phone');
  assert.equal(phone.value, '123');
  assert.ok(phone.error && phone.error.length > 0, 'no validation message for "123"');
  await app.press('Home');
  await app.keys('9');
  assert.equal((await app.item('info.phone')).value, '9123');
});

test('phone: loads, taps switch tabs, IME text in a field', async (t) => {
  const app = await t.open('/', t.devices.phone);
  const stats = await app.stats();
  assert.equal(stats.dpr, 3);
  assert.equal(stats.width, 390);
  const snap = await app.snapshot();
  for (const id of EXPECTED) assert.ok(snap.some((i) => i.id === id), `snapshot lacks ${id}`);
  for (const i of snap) assert.ok(i.x >= 0 && i.x + i.w <= 390 + 0.5, `${i.id} overflows the phone width`);
  await app.screenshot('skeleton-phone');
  await app.tap('info.tab.fees');
  assert.equal((await app.item('info.tab.fees')).checked, true);
  await app.insertText('info.name', '张堃');
  assert.equal((await app.item('info.name')).value, '张堃');
});

test('?lang=en shows English; the switch toggles back', async (t) => {
  const app = await t.open('/?lang=en');
  assert.match((await app.item('app.title')).label, /State Grid Zhuxian/);
  assert.equal((await app.item('info.tab.documents')).label, 'Documents');
  assert.equal((await app.item('app.lang')).label, '中文');
  await app.screenshot('skeleton-english');
  await app.click('app.lang');
  assert.equal((await app.item('info.tab.documents')).label, '所需资料');
});

test('a damaged or missing font slice leaves the app working (U+FFFD for its characters)', async (t) => {
  for (const [what, fulfill] of [
    ['damaged', { status: 200, contentType: 'font/ttf', body: 'not a font at all' }],
    ['missing', { status: 404, body: '' }],
  ]) {
    const app = await t.open('/', t.devices.desktop, { allowConsole: [/Failed to load resource/] });
    await app.context.route('**/fonts/slice-*.ttf', (route) => route.fulfill(fulfill));
    await app.insertText('info.name', '龘');
    await app.page.waitForFunction(() => window.getpower.stats().pendingGlyphs === 0, null, { timeout: 10000 });
    await app.idle();
    const stats = await app.stats();
    assert.deepEqual(stats.absentGlyphs, [0x9F98], what);
    assert.equal(stats.slicesLoaded, 0, what);
    await app.click('info.tab.fees');  // still alive
    assert.equal((await app.item('info.tab.fees')).checked, true, what);
    assert.equal((await app.item('info.name')).value, '龘', what);
  }
});
