// Issue 2's walking skeleton in the browser: the public information page loads from the real
// server, draws its first frame in Chinese with no console errors, lists its items in the
// snapshot, works at phone width and in English, and "what applies to me?" gives exactly the plan
// the server's POST /api/v1/rules/evaluate gives for the same facts (one rule, one place).
import { assert, test } from './lib.mjs';

const EXPECTED = ['app.title', 'app.lang', 'nav.home', 'nav.track', 'home.intro', 'home.apply', 'home.reserve',
  'home.tab.online', 'home.tab.steps', 'home.tab.documents', 'home.tab.fees', 'home.tab.works', 'home.tab.what',
  'home.tab.contact', 'home.online.connection', 'home.online.change', 'home.track.number', 'home.track.phone',
  'home.track.go', 'home.footer'];

test('desktop: first frame, snapshot of the information page, Chinese text drawn', async (t) => {
  const app = await t.open('/', t.devices.desktop);
  const g = await app.page.evaluate(() => ({ ready: window.getpower.ready, frames: window.getpower.frames }));
  assert.equal(g.ready, true);
  assert.ok(g.frames >= 1);
  const snap = await app.snapshot();
  for (const id of EXPECTED) assert.ok(snap.some((i) => i.id === id), `snapshot lacks ${id}`);
  for (const i of snap) {
    for (const k of ['id', 'label', 'kind', 'x', 'y', 'w', 'h', 'enabled']) assert.ok(k in i, `${i.id} lacks ${k}`);
  }
  assert.match((await app.item('app.title')).label, /国网邾县供电公司/);  // 邾 is not in ImGui's common range
  assert.match((await app.item('home.online.change')).label, /过户/);      // rule G1: every business online
  assert.match((await app.item('home.footer')).label, /95598/);            // rule G7: supervision phone
  assert.ok(await app.inkRatio('app.title') > 0.05, 'title area looks empty');
  const stats = await app.stats();
  assert.deepEqual(stats.absentGlyphs, [], 'glyphs drawn as U+FFFD');
  await app.screenshot('home-desktop');
});

test('public information: documents, steps and limits, fees, supporting works, supervision', async (t) => {
  const app = await t.open('/');
  await app.click('home.tab.documents');
  assert.equal((await app.item('home.tab.documents')).checked, true);
  assert.match((await app.item('home.doc.0.name')).label, /身份证明/);  // rule D5, LV residential
  await app.screenshot('home-documents');
  await app.click('home.tab.steps');
  const snap = await app.snapshot();
  assert.ok(snap.some((i) => i.id === 'home.limit.T4' && /16/.test(i.label)), 'T4: 16 working days published');
  await app.screenshot('home-steps');
  await app.click('home.tab.fees');
  assert.match((await app.item('home.fees.none')).label, /不收取任何服务费/);  // rule F1
  await app.click('home.tab.works');
  assert.ok((await app.snapshot()).some((i) => i.id === 'home.works.contract'));  // rule W2
  await app.click('home.tab.contact');
  assert.match((await app.item('home.supervision.phone')).label, /95598/);
  await app.screenshot('home-contact');
});

async function serverPlan(app, facts) {
  return app.page.evaluate(async (f) => {
    const r = await fetch('/api/v1/rules/evaluate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(f) });
    return r.json();
  }, facts);
}

test('what applies to me: rules run in the browser as the user types, same plan as the server', async (t) => {
  const app = await t.open('/');
  await app.click('home.tab.what');
  let st = await app.page.evaluate(() => window.getpower.state());
  assert.equal(st.what.plan.time_limit_working_days, 2);  // rule T1, LV resident by default
  assert.deepEqual(st.what.plan, await serverPlan(app, st.what.facts));
  // An HV customer of 1200 kW: choose the type, type the capacity, tick "important".
  await app.click('what.customer_type');
  await app.click('what.customer_type.2');  // hv
  await app.type('what.capacity', '1200');
  await app.click('what.important');
  st = await app.page.evaluate(() => window.getpower.state());
  assert.equal(st.what.facts.customer_type, 'hv');
  assert.equal(st.what.facts.capacity_kw, 1200);
  assert.equal(st.what.plan.time_limit_working_days, 21);  // rule T5
  assert.deepEqual(st.what.plan, await serverPlan(app, st.what.facts));
  assert.match((await app.item('what.plan.limit')).label, /21/);
  // A wrong capacity gets a message beside the field (shared/ validation: 0 kW is out of range).
  await app.focus('what.capacity');
  await app.press('End');
  for (let i = 0; i < 4; i++) await app.press('Backspace');
  await app.keys('0');
  assert.equal((await app.item('what.capacity')).value, '0');
  const cap = await app.item('what.capacity');
  assert.ok(cap.error && cap.error.length > 0, 'no message beside the capacity field');
  await app.screenshot('home-what-applies');
});

test('phone width (390 px): one column, nothing overflows', async (t) => {
  const app = await t.open('/', t.devices.phone);
  for (const i of await app.snapshot()) assert.ok(i.x >= 0 && i.x + i.w <= 390.5, `${i.id} overflows 390 px`);
  await app.screenshot('home-phone');
});

test('English via ?lang=en and via the switch', async (t) => {
  const app = await t.open('/?lang=en');
  assert.match((await app.item('app.title')).label, /GetPower/);
  assert.equal((await app.item('app.lang')).label, '中文');
  await app.click('app.lang');
  assert.match((await app.item('app.title')).label, /邾县/);
  await app.screenshot('home-english-switched-back');
});

test('rare characters: a font slice is fetched on demand; text the font lacks is kept intact', async (t) => {
  const app = await t.open('/?screen=register');
  const before = await app.stats();
  // 龘 (U+9F98) is in the font but not in the base subset; 𠀀 (U+20000, CJK Ext. B) is not in
  // WenQuanYi Micro Hei at all.
  await app.insertText('register.name', '龘𠀀');
  await app.page.waitForFunction(() => window.getpower.stats().pendingGlyphs === 0, null, { timeout: 10000 });
  await app.idle();
  const stats = await app.stats();
  assert.equal(stats.slicesLoaded, before.slicesLoaded + 1, 'exactly one slice fetched for 龘');
  assert.deepEqual(stats.absentGlyphs, [0x20000]);
  assert.equal((await app.item('register.name')).value, '龘𠀀');
});
