// Issue 5, the customer manager's day in the browser: hall intake with only the subject proof
// (rule D3, 容缺), the documents brought uploaded; the queue finds the application, which opens
// with the staff's panels (image preview, archive checklist D7) and takes an action through the
// form built from next_actions; a phone reservation with its live 20-minute clock (rule D4).
import { assert, test } from './lib.mjs';
import { pickFile } from './customer_lib.mjs';
import { apiAs, findItem, freshPhone, gradientPng, openAs, staffOf, waitItem } from './staff_lib.mjs';

const shot = (app, name) => app.screenshot(`staff-${name}`);

test('customer manager: hall intake with only the subject proof, upload, queue, detail panels, an action', async (t) => {
  const cm = staffOf(t.server.dataDir, 'customer_manager', '邾堃');
  const app = await openAs(t, cm, '/?screen=intake');
  const phone = freshPhone();
  await app.insertText('intake.phone', phone);
  await app.insertText('intake.name', '邾犇公司');
  await app.click('intake.facts.customer_type');
  await app.click('intake.facts.customer_type.1');  // LV non-residential: subject proof + property proof (D5)
  await app.insertText('intake.address', '邾县城关镇人民路88号');
  // Nothing brought yet: the hall guides to a reservation (D3 -> D4).
  assert.match((await app.item('intake.decision')).label, /零证预约/);
  await app.click('intake.doc.subject_proof');
  assert.match((await app.item('intake.decision')).label, /容缺受理/);
  await shot(app, 'intake');
  await app.click('intake.submit');
  const done = await waitItem(app, 'intake.done.title', /ZX-\d{8}-\d{4}/);
  const number = done.label.match(/ZX-\d{8}-\d{4}/)[0];
  // The subject proof brought to the counter, uploaded for the customer.
  await pickFile(app, 'intake.upload.subject_proof.pick', { name: 'licence.png', mimeType: 'image/png', buffer: gradientPng(48, 32) });
  await app.click('intake.upload.all');
  await waitItem(app, 'intake.upload.subject_proof.state', /已上传/);
  await shot(app, 'intake-accepted');

  const api = await apiAs(t.baseUrl, cm);
  const a = await api.get(`/applications/${number}`);
  assert.equal(a.channel, 'service_hall');                 // rule D2
  assert.equal(a.customer_manager.id, cm.id);              // the taker keeps it
  assert.deepEqual(a.checklist.map((c) => c.state), ['present', 'missing']);

  // The queue: search by number, open it.
  await app.click('nav.queue');
  await app.insertText('queue.search', number);
  // The search is applied after a pause in typing: on a slow machine a prefix of the number may be
  // applied first (showing the same row), then the whole number reloads the list. Wait for the
  // whole number's results, or the click can land on the row while it reloads.
  await waitItem(app, 'queue.summary', new RegExp(`共 1 件.*${number}`));
  await waitItem(app, 'queue.row.0', new RegExp(number));
  await app.until((s) => s.filter((i) => i.id.startsWith('queue.row.') && i.kind === 'row').length === 1, { what: 'one row' });
  await shot(app, 'queue-search');
  await app.click('queue.row.0');
  await waitItem(app, 'detail.number', new RegExp(number));
  // Staff panels: the image decoded in the app; what the archive still lacks (D7).
  await waitItem(app, 'sd.doc.0.thumb', null);
  await app.until((s) => s.some((i) => i.id === 'sd.doc.0.thumb' && i.value === '48x32'), { what: 'image decoded' });
  assert.match((await app.item('sd.archive.identity_or_subject_proof')).label, /已归档/);
  assert.match((await app.item('sd.archive.property_proof')).label, /尚缺/);
  assert.match((await app.item('sd.archive.summary')).label, /尚缺 \d+ 项/);
  // An action through the form built from next_actions.
  await app.click('detail.action.accept');
  await app.insertText('detail.form.accept.note', '容缺受理，产权证明现场勘查时收取');
  await app.click('detail.form.accept.submit');
  await app.until((s) => !s.some((i) => i.id === 'detail.action.accept'), { what: 'accept done' });
  const after = await api.get(`/applications/${number}`);
  assert.ok(after.events.some((e) => e.type === 'accept'), 'accept recorded');
  await app.reveal('sd.archive.title');
  await shot(app, 'detail-panels');
});

test('customer manager: a phone reservation runs a live 20-minute clock, then is dispatched', async (t) => {
  const cm = staffOf(t.server.dataDir, 'customer_manager', '刘堃');
  const app = await openAs(t, cm, '/?screen=reservations');
  await app.click('reservations.new_phone');
  await app.insertText('reservations.phone.name', '马犇');
  await app.insertText('reservations.phone.phone', freshPhone());
  await app.insertText('reservations.phone.address', '邾县城关镇人民路46号');
  await app.click('reservations.phone.submit');
  const notice = await waitItem(app, 'reservations.notice', /YY-\d{8}-\d{4}/);
  const number = notice.label.match(/YY-\d{8}-\d{4}/)[0];
  const row = await findItem(app, 'reservations.row.', new RegExp(number));
  const clockId = `${row.id}.clock`;
  const first = (await app.item(clockId)).label;
  assert.match(first, /派单剩 (19|20):\d\d/);
  // The clock moves without input, one frame a second (only while a clock is on screen).
  const f0 = await app.frames();
  await app.page.waitForTimeout(2300);
  const frames = (await app.frames()) - f0;
  // Drawing continuously would be ~140 frames; a busy CI machine adds a few for late replies.
  assert.ok(frames >= 2 && frames <= 20, `${frames} frames in 2.3 s`);
  assert.notEqual((await app.item(clockId)).label, first);
  await shot(app, 'reservations');
  await app.click(row.id);
  await app.click('reservations.act.dispatch');
  await app.click('reservations.panel.submit');  // a customer manager takes it themselves
  await waitItem(app, 'reservations.notice', /已派单/);
  const api = await apiAs(t.baseUrl, cm);
  const r = await api.get(`/reservations/${number}`);
  assert.equal(r.customer_manager.id, cm.id);
  assert.notEqual(r.status, 'open');
});
