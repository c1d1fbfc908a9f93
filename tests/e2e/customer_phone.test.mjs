// Issue 4, the same customer journey in a phone's web view (390 px, touch): one column, taps and
// finger scrolling, the phone keyboard through the hidden input, documents from the phone's file
// chooser, the contract signed by drawing with a finger.
import { assert, PDF_BYTES, PNG_BYTES, test } from './lib.mjs';
import {
  act, addManagers, applyWithTwoFiles, assertFitsWidth, cstNow, drawSignature, login, newPhone, press, register, revealEdge,
  screenshot, staffApi, touchScroll, waitFor,
} from './customer_lib.mjs';

const journey = {};
const W = 390;

test('customer phone: register, apply with two files from the phone, see it in the list', async (t) => {
  journey.staff = addManagers(t);
  journey.phone = newPhone();
  const app = await t.open('/?screen=register', t.devices.phone);
  const shot = async (n) => {
    await assertFitsWidth(app, W);
    return screenshot(app, `phone-${n}`);
  };
  await register(app, { phone: journey.phone, name: '朱堃', server: t.server });
  await shot('my-empty');
  journey.number = await applyWithTwoFiles(app, {
    cm: journey.staff.cm, shot,
    files: [{ name: 'IMG_0001.png', mimeType: 'image/png', buffer: PNG_BYTES }, { name: 'deed.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES }],
  });
  await waitFor(app, 'apply.upload.0.state', /已上传/);
  await waitFor(app, 'apply.upload.1.state', /已上传/);
  await shot('apply-6-done');
  await press(app, 'nav.menu');
  await press(app, 'nav.my');
  await waitFor(app, 'my.0.open', new RegExp(journey.number));
  await shot('my-applications');
});

test('customer phone: live timeline, contract signed with a finger, rating', async (t) => {
  assert.ok(journey.number, 'needs the application of the previous test');
  const { number } = journey;
  const app = await t.open('/?screen=login', t.devices.phone);
  const shot = async (n) => {
    await assertFitsWidth(app, W);
    return screenshot(app, `phone-${n}`);
  };
  await login(app, journey.phone);
  await press(app, 'my.0.open');
  await waitFor(app, 'detail.number', new RegExp(number));
  await shot('detail-submitted');
  const cm = await staffApi(t, journey.staff.cm);
  await act(cm, number, 'accept', {});
  await act(cm, number, 'site_survey', { survey_date: cstNow().date, findings: '具备接电条件' });
  await act(cm, number, 'complete_inspection', { result: 'passed', scope_checked: true });
  await act(cm, number, 'install_meter', { meter_number: 'ZX-MTR-3901', initial_reading: 0 });
  await waitFor(app, 'detail.timeline.2', /装表送电 · 办理中/);  // pushed to the open app
  await waitFor(app, 'detail.todo.0', /签订供用电合同/);
  await shot('detail-contract-ready');
  const moved = await touchScroll(app, 'detail.number', 300);  // a finger scrolls the page
  assert.ok(moved > 200, `the page followed the finger (${moved} px)`);

  await press(app, 'detail.contract');
  await waitFor(app, 'contract.sha', /SHA-256/);
  await press(app, 'contract.read');
  await press(app, 'contract.method.1');  // draw a signature
  await drawSignature(app, 'contract.pad');
  assert.ok(Number((await app.item('contract.pad')).value) >= 10, 'the finger strokes were recorded');
  await shot('contract-drawn');
  await revealEdge(app, 'contract.sign');
  await press(app, 'contract.sign');
  await waitFor(app, 'contract.signed', /手写签名/);
  await shot('contract-signed');

  await press(app, 'contract.back');
  await act(cm, number, 'energize', { energized_at: cstNow().datetime });
  await waitFor(app, 'detail.status', /已办结/);
  await press(app, 'detail.rate.service.4');
  await press(app, 'detail.rate.submit');
  await waitFor(app, 'detail.rating', /整体服务 4 分/);
  await shot('detail-rated');
});
