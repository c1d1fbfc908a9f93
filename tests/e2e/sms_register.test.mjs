// Issue 15, hole 1, end to end in the browser: a server configured with an SMS gateway (a gateway
// on loopback in this test) sends the registration code; the customer types it in the app. Then
// staff take an application at the hall for another number, and that number's holder registers,
// claims it with the receipt's claim code plus an SMS code, and finds it under "My applications".
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { assert, startServer, test } from './lib.mjs';
import { addManagers, enter, newPhone, PASSWORD, press, screenshot, staffApi, waitFor } from './customer_lib.mjs';

// The provider's side: records every message, answers 200.
function startGateway() {
  const messages = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      try {
        messages.push({ body: JSON.parse(body), signature: req.headers['x-sms-signature'] });
      } catch { /* a bad body is simply not recorded */ }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, messages, port: server.address().port })));
}

async function codeFor(gw, phone, purpose, count) {
  for (let i = 0; i < 1500; i += 1) {
    const got = gw.messages.filter((m) => m.body.phone === phone && m.body.purpose === purpose);
    if (got.length > count) return got[got.length - 1].body.params.code;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the gateway got no ${purpose} code for ${phone}`);
}

// Taps "send code" and returns the code the gateway received for it.
async function sendCode(app, gw, id, phone, purpose) {
  const before = gw.messages.filter((m) => m.body.phone === phone && m.body.purpose === purpose).length;
  await press(app, id);
  return codeFor(gw, phone, purpose, before);
}

async function registerInApp(t, gw, phone, name) {
  const app = await t.open('/?screen=register', t.devices.desktop);
  await enter(app, 'register.phone', phone);
  const code = await sendCode(app, gw, 'register.send_code', phone, 'register');
  assert.match(code, /^\d{6}$/);
  await waitFor(app, 'register.send_code', /秒后可重新发送|New code in/);  // the resend countdown runs
  await enter(app, 'register.sms_code', code);
  await app.insertText('register.name', name);
  await enter(app, 'register.password', PASSWORD);
  await enter(app, 'register.password2', PASSWORD);
  await press(app, 'register.submit');
  await waitFor(app, 'my.title', /我的申请|My applications/);
  return app;
}

test('sms: register with the code from the gateway; claim a hall application with the receipt code', async (t) => {
  const gw = await startGateway();
  const keyDir = mkdtempSync(join(tmpdir(), 'gp-e2e-sms-'));
  writeFileSync(join(keyDir, 'sms.key'), 'e2e-signing-key-0123456789abcdef\n');
  const srv = await startServer({
    extraArgs: ['--sms-gateway', `http://127.0.0.1:${gw.port}/sms`, '--sms-provider', 'loopback', '--sms-template', 'T-E2E',
      '--sms-key-file', join(keyDir, 'sms.key')],
  });
  const saved = { server: t.server, baseUrl: t.baseUrl };
  t.server = srv;
  t.baseUrl = srv.url;
  const pages = [];  // closed before this test's own server stops (else their streams log refused reconnects)
  try {
    // 1. A customer registers with the code the gateway received.
    const first = await registerInApp(t, gw, newPhone(), '邾一');
    pages.push(first);
    assert.ok(gw.messages.every((m) => /^[0-9a-f]{64}$/.test(m.signature || '')), 'every message is signed');
    await screenshot(first, 'sms-registered');

    // 2. Staff take an application at the hall for another number: the claim code is for the receipt.
    const { cm } = addManagers(t);
    const staff = await staffApi(t, cm);
    const phone = newPhone();
    const created = await staff.post('/applications', {
      business: 'new_connection', customer_type: 'lv_residential', address: '邾县城关镇解放路18号',
      customer: { phone, name: '邾二' },
    });
    assert.ok(created.claim && /^[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(created.claim.code), JSON.stringify(created.claim));

    // 3. The number's holder registers: the hall application is not simply there.
    const app = await registerInApp(t, gw, phone, '邾二');
    pages.push(app);
    await waitFor(app, 'my.empty', /./);
    // 4. ...and claims it with the receipt's code and an SMS code to the same number.
    await press(app, 'claim.toggle');
    await enter(app, 'claim.claim_code', created.claim.code.toLowerCase());  // as typed off the paper
    const code = await sendCode(app, gw, 'claim.send_code', phone, 'claim');
    await enter(app, 'claim.sms_code', code);
    await press(app, 'claim.submit');
    await waitFor(app, 'claim.done', new RegExp(created.number));
    await waitFor(app, 'my.0.open', new RegExp(created.number));
    await screenshot(app, 'sms-claimed');
  } finally {
    for (const p of pages) await p.page.close().catch(() => {});
    t.server = saved.server;
    t.baseUrl = saved.baseUrl;
    await srv.stop();
    gw.server.close();
    rmSync(keyDir, { recursive: true, force: true });
  }
});
