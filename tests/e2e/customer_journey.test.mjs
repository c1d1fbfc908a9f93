// Issue 4, the customer's journey on a desktop browser against the real server: register, apply for
// an LV residential connection with two documents uploaded (with progress) from the device, see it
// in the list; staff complete the steps through the API while the customer's timeline updates
// without a page reload; sign the contract online; rate. Screenshots of every screen.
import { addStaff, assert, PDF_BYTES, PNG_BYTES, registerApi, test, unique } from './lib.mjs';
import { act, addManagers, applyWithTwoFiles, cstNow, login, newPhone, PASSWORD, press, register, screenshot, staffApi, waitFor } from './customer_lib.mjs';
import { Api } from './lib.mjs';

const journey = {};  // carried from the first test to the second (they run in order)

test('customer desktop: register, apply with two uploaded files, see it in the list', async (t) => {
  journey.staff = addManagers(t);
  journey.phone = newPhone();
  const app = await t.open('/?screen=register', t.devices.desktop,
    { permissions: ['geolocation'], geolocation: { latitude: 33.7012, longitude: 116.9502 } });
  const shot = (n) => screenshot(app, `customer-${n}`);
  await register(app, { phone: journey.phone, name: '邾小犇', server: t.server });
  await shot('my-empty');
  // A bigger picture goes out slowly enough to watch its progress bar move.
  const big = Buffer.concat([PNG_BYTES, Buffer.alloc(400 * 1024, 7)]);
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 100 * 1024 });
  const number = await applyWithTwoFiles(app, {
    cm: journey.staff.cm, shot, locate: true,
    files: [{ name: 'id-card.png', mimeType: 'image/png', buffer: big }, { name: '房产证.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES }],
  });
  journey.number = number;
  const moving = await waitFor(app, 'apply.upload.0.progress', /^([1-9]|[1-9]\d)$/, { field: 'value' });  // 1..99 %
  assert.ok(Number(moving.value) < 100);
  await shot('apply-5-uploading');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await waitFor(app, 'apply.upload.0.state', /已上传/);
  await waitFor(app, 'apply.upload.1.state', /已上传/);
  assert.equal((await app.item('apply.upload.1.progress')).value, '100');
  assert.match((await app.item('apply.done.next.0')).label, /下一步：用电申请/);
  await shot('apply-6-done');

  // The server has both files and the manager the customer chose (rule M3).
  const me = new Api(t.baseUrl);
  await me.login(journey.phone, PASSWORD);
  const a = await me.get(`/applications/${number}`);
  assert.equal(a.documents.length, 2);
  assert.deepEqual(a.checklist.map((c) => c.state), ['present', 'present']);
  assert.equal(a.customer_manager.id, journey.staff.cm.id);
  assert.equal(a.plan.survey_without_meeting, true, 'rule S3: the meter location was given online');

  await press(app, 'nav.my');
  await waitFor(app, 'my.0.open', new RegExp(number));
  assert.match((await app.item('my.0.status')).label, /办理中 · 用电申请/);
  assert.match((await app.item('my.0.deadline')).label, /办结期限 \d{4}-\d\d-\d\d/);
  await shot('my-applications');
});

test('customer desktop: the timeline follows staff live, the contract is signed, the service rated', async (t) => {
  assert.ok(journey.number, 'needs the application of the previous test');
  const { number } = journey;
  // The wrong password below is answered 400 by the server (the browser logs such answers).
  const app = await t.open('/?screen=login', t.devices.desktop, { allowConsole: [/status of 400/] });
  const shot = (n) => screenshot(app, `customer-${n}`);
  await login(app, journey.phone);
  await press(app, 'my.0.open');
  await waitFor(app, 'detail.number', new RegExp(number));
  await app.page.evaluate(() => { window.__sameDocument = true; });
  assert.match((await app.item('detail.timeline.1')).label, /用电申请 · 办理中/);
  assert.match((await app.item('detail.timeline.1.holder')).label, new RegExp(journey.staff.cm.name));
  await shot('detail-submitted');

  // Staff act through the API; the long poll brings the news and the timeline moves on.
  const cm = await staffApi(t, journey.staff.cm);
  await act(cm, number, 'accept', { note: '资料齐全' });
  await act(cm, number, 'site_survey', { survey_date: cstNow().date, findings: '具备接电条件' });
  await waitFor(app, 'detail.timeline.1', /已完成/);
  await waitFor(app, 'detail.timeline.2', /装表送电 · 办理中/);
  await waitFor(app, 'detail.contract', /签订/);
  await shot('detail-surveyed');
  await act(cm, number, 'complete_inspection', { result: 'passed', scope_checked: true });
  await act(cm, number, 'install_meter', { meter_number: 'ZX-MTR-2026', initial_reading: 0 });

  // The contract (rule P1): read, re-enter the password, signed with hash and time.
  await press(app, 'detail.contract');
  await waitFor(app, 'contract.sha', /SHA-256: [0-9a-f]{64}/);
  await shot('contract-unsigned');
  await press(app, 'contract.sign');
  assert.ok((await app.item('contract.read.error')).label.length > 0, 'must tick "read" first');
  await press(app, 'contract.read');
  await app.type('contract.password', 'wrong-password');
  await press(app, 'contract.sign');
  await waitFor(app, 'contract.password', /密码不正确/, { field: 'error' });  // the server's word, beside the field
  await app.focus('contract.password');
  await app.press('Control+A');
  await app.keys(PASSWORD);
  await press(app, 'contract.sign');
  await waitFor(app, 'contract.signed', /已于 .* 签订（密码确认）/);
  await shot('contract-signed');
  const me = new Api(t.baseUrl);
  await me.login(journey.phone, PASSWORD);
  const c = await me.get(`/applications/${number}/contract`);
  assert.equal(c.signed, true);
  assert.match((await app.item('contract.sha')).label, new RegExp(c.sha256));

  await press(app, 'contract.back');
  await waitFor(app, 'detail.contract.state', /已于 .* 在线签订/);
  await act(cm, number, 'energize', { energized_at: cstNow().datetime });
  await waitFor(app, 'detail.timeline.2', /已完成/);
  await waitFor(app, 'detail.status', /已办结/);

  // Rating once energized (rules P1, M3): once.
  await press(app, 'detail.rate.service.5');
  await press(app, 'detail.rate.manager.4');
  await app.insertText('detail.rate.comment', '不用跑腿，很方便');
  await shot('detail-rating');
  await press(app, 'detail.rate.submit');
  await waitFor(app, 'detail.rating', /整体服务 5 分 · 客户经理 4 分/);
  await shot('detail-rated');
  assert.equal(await app.page.evaluate(() => window.__sameDocument), true, 'no page reload happened');

  // The inbox kept the progress (rule P1).
  await press(app, 'nav.inbox');
  await waitFor(app, 'inbox.0.title', new RegExp(number));
  await shot('inbox');
  await press(app, 'inbox.mark_all');
  await waitFor(app, 'inbox.unread', /^0 条未读$/);
  const stats = await app.stats();
  assert.deepEqual(stats.absentGlyphs, [], 'every character drawn (邾 堃 犇 included)');
});

test('customer desktop: a failed submit keeps everything typed; public pages: managers, tracking, reservation', async (t) => {
  assert.ok(journey.number, 'needs the application of the first test');
  // Expected in the browser's log: the 404 of a wrong phone, the failed request while offline.
  const app = await t.open('/', t.devices.desktop, { allowConsole: [/status of 404/, /ERR_INTERNET_DISCONNECTED/] });
  const shot = (n) => screenshot(app, `customer-${n}`);
  await press(app, 'nav.managers');
  await waitFor(app, `managers.${journey.staff.cm.id}.satisfaction`, /4\.0 \/ 5/);  // the rating just given (M3)
  await shot('managers');
  // Tracking from the home page's quick box: the track screen takes it over.
  await press(app, 'nav.home');
  await app.type('home.track.number', journey.number);
  await app.type('home.track.phone', journey.phone);
  await press(app, 'home.track.go');
  await waitFor(app, 'track.result.status', /已办结/);
  await shot('track');
  await press(app, 'app.lang');  // the same screen in English
  await waitFor(app, 'track.result.status', /Completed/);
  assert.match((await app.item('track.timeline.1')).label, /Application · Done/);
  await shot('track-english');
  await press(app, 'app.lang');
  await app.focus('track.phone');
  await app.press('Control+A');
  await app.keys('13812345678');  // not the application's phone
  await press(app, 'track.submit');
  await waitFor(app, 'track.error', /未找到/);
  // Reservation (D4) while the connection is down: the message shows, what was typed stays.
  await press(app, 'nav.reserve');
  await app.insertText('reserve.name', '邾堃');
  await app.type('reserve.phone', newPhone());
  await app.insertText('reserve.address', '邾县犇牛镇1号');
  await app.context.setOffline(true);
  await press(app, 'reserve.submit');
  await waitFor(app, 'app.connection', /网络连接中断/);
  assert.equal((await app.item('reserve.address')).value, '邾县犇牛镇1号');
  await shot('reserve-offline');
  await app.context.setOffline(false);
  await press(app, 'reserve.submit');
  await waitFor(app, 'reserve.done.number', /\S+/);
  assert.match((await app.item('reserve.done.due')).label, /前与您联系/);
  await shot('reserve-done');
}, { timeout: 60000 });

// Issue 10, rules T4, W1, W2: "10千伏及以上项目不含配套工程办电时长不超过16个工作日". A 10 kV job with
// a 10 kV overhead line shows its customer two clocks: the application's 16 working days, which do
// not count the works, and the works' own 20-day limit with the agreed completion date.
test('customer: an HV job with supporting works shows two clocks', async (t) => {
  const { cm, pm } = addManagers(t);
  const cc = addStaff(t, { username: `cc.e2e${unique()}`, role: 'command_center', name: '值班长', password: PASSWORD });
  const phone = newPhone();
  const cust = await registerApi(t, { phone, password: PASSWORD, name: '邾县园区工厂' });
  const created = await cust.post('/applications', {
    business: 'new_connection', customer_type: 'hv', voltage_kv: 10, capacity_kw: 800, industry: 'industrial',
    in_provincial_park: true, address: '邾县经济开发区创业大道1号', supporting_works: [{ kind: 'overhead_line', voltage_kv: 10 }],
  });
  const number = created.number;
  const ccApi = await staffApi(t, cc);
  await act(ccApi, number, 'accept');
  const assign = (await ccApi.get(`/applications/${number}`)).next_actions.find((a) => a.action === 'assign_managers');
  const option = (name, who) => assign.fields.find((f) => f.name === name).options.find((o) => o.label_zh.includes(who.name)).value;
  await act(ccApi, number, 'assign_managers', { customer_manager: option('customer_manager', cm), project_manager: option('project_manager', pm) });
  const cmApi = await staffApi(t, cm);
  const { date } = cstNow();
  await act(cmApi, number, 'site_survey', { survey_date: date, findings: '具备接电条件', documents_collected: true });
  await act(cmApi, number, 'reply_supply_plan', { plan_summary: '10千伏架空线路T接，专用变压器', connection_point: '邾城线 8 号杆' });
  await act(cust, number, 'confirm_supply_plan', { agree: true });
  const pmApi = await staffApi(t, pm);
  const agreed = new Date(Date.now() + 8 * 3600e3 + 10 * 86400e3).toISOString().slice(0, 10);
  await act(pmApi, number, 'record_supporting_works', { kind: 'overhead_line', voltage_kv: '10', agreed_completion_date: agreed });

  const app = await t.open('/?screen=login', t.devices.desktop);
  await login(app, phone);
  await press(app, 'my.0.open');
  await waitFor(app, 'detail.number', new RegExp(number));
  assert.match((await app.item('detail.limit')).label, /16/);
  assert.match((await app.item('detail.limit.scope')).label, /不含配套工程/);
  await app.reveal('detail.works_clock.1');
  const works = await app.item('detail.works_clock.1');
  assert.match(works.label, /配套工程：新、改建架空线路/);
  assert.match(works.label, /时限 20 个工作日/);                // rule W1
  assert.match(works.label, new RegExp(`约定 ${agreed} 前完成`));  // rule W2
  await screenshot(app, 'customer-hv-two-clocks');

  // Rule W2: the works contract (服务契约) the project manager proposed, read and signed online.
  await app.reveal('detail.works_contract');
  assert.match((await app.item('detail.works_contract.state')).label, /请阅读后在线签订/);
  await press(app, 'detail.works_contract');
  await waitFor(app, 'contract.title', /配套工程服务契约/);
  await waitFor(app, 'contract.sha', /SHA-256: [0-9a-f]{64}/);
  const text = await cust.get(`/applications/${number}/works-contract`);
  assert.match(text.text, new RegExp(agreed));  // the agreed date is in what is signed
  await press(app, 'contract.read');
  await app.type('contract.password', PASSWORD);
  await press(app, 'contract.sign');
  await waitFor(app, 'contract.signed', /已于 .* 签订（密码确认）/);
  await screenshot(app, 'customer-works-contract-signed');
  const signed = await cust.get(`/applications/${number}/works-contract`);
  assert.equal(signed.signed, true);
  assert.equal(signed.sha256, text.sha256);  // the text signed is the text read
});
