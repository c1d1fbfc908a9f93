// Issue 15, account security in the browser (账户安全): a staff member changes the password, turns
// on one-time codes (the key shown in groups of four, the otpauth:// link, recovery codes shown
// once), then logs in afresh: the password alone asks for the code, which node computes here
// from the key shown (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits).
import { createHmac } from 'node:crypto';

import { assert, test } from './lib.mjs';
import { enter, press, waitFor } from './customer_lib.mjs';
import { openAs, replaceText, staffOf, waitItem } from './staff_lib.mjs';

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0, value = 0;
  const out = [];
  for (const ch of text.replace(/[\s=]/g, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

function totpAt(secret, step) {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(msg).digest();
  const off = mac[mac.length - 1] & 0x0f;
  const bin = ((mac[off] & 0x7f) << 24) | (mac[off + 1] << 16) | (mac[off + 2] << 8) | mac[off + 3];
  return String(bin % 1000000).padStart(6, '0');
}
const stepNow = () => Math.floor(Date.now() / 1000 / 30);

test('staff: change the password, turn on one-time codes, log in with a code', async (t) => {
  // RFC 6238's own vector (SHA-1, T = 59 s): the helper above computes what the server checks.
  assert.equal(totpAt('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1), '287082');
  const cm = staffOf(t.server.dataDir, 'customer_manager', '邾安全');
  const app = await openAs(t, cm, '/?screen=security');
  await waitItem(app, 'security.title', /账户安全/);

  // The password: a common one is refused as it is typed (the shared list), then a good one.
  await enter(app, 'security.current', cm.password);
  await enter(app, 'security.new', 'woaini1314');
  await waitFor(app, 'security.new', /常见密码/, { field: 'error' });
  const fresh = 'Safer-Desk-2027!';
  await replaceText(app, 'security.new', fresh);
  await enter(app, 'security.new2', fresh);
  await press(app, 'security.change');
  await waitItem(app, 'security.notice', /密码已修改/);
  await app.screenshot('security-password-changed');

  // One-time codes.
  await press(app, 'security.totp.setup');
  const shown = await waitItem(app, 'security.totp.secret', /^[A-Z2-7]{4}( [A-Z2-7]{4})+$/);
  const secret = shown.label.replace(/ /g, '');
  assert.equal(secret.length, 32);
  const uri = await waitItem(app, 'security.totp.uri', /^otpauth:\/\/totp\//);
  assert.ok(uri.label.includes(`secret=${secret}`), uri.label);
  await app.screenshot('security-totp-setup');
  const confirmStep = stepNow();
  await enter(app, 'security.totp.code', totpAt(secret, confirmStep));
  await press(app, 'security.totp.confirm');
  const codes = await waitItem(app, 'security.recovery.codes', /[a-z2-9]{5}-[a-z2-9]{5}/);
  assert.equal(codes.label.match(/[a-z2-9]{5}-[a-z2-9]{5}/g).length, 10, codes.label);
  await waitItem(app, 'security.recovery.note', /只显示这一次/);
  await app.screenshot('security-recovery-codes');
  await press(app, 'security.recovery.done');
  await waitItem(app, 'security.totp.state', /已启用/);

  // A new browser: the new password, then the code asked for, then the queue.
  // The password alone is answered 401 otp_required: the browser logs that answer, as expected.
  const page = await t.open('/?screen=login', t.devices.desktop, { allowConsole: [/status of 401/] });
  await enter(page, 'login.login', cm.username);
  await enter(page, 'login.password', fresh);
  await press(page, 'login.submit');
  await waitItem(page, 'login.otp');
  // The confirming code's step is used up: the next step's code (one step of drift is allowed).
  await enter(page, 'login.otp', totpAt(secret, Math.max(stepNow(), confirmStep + 1)));
  await press(page, 'login.submit');
  await waitItem(page, 'queue.title', null, 20000);
  await page.screenshot('security-login-with-code');
}, { timeout: 150000 });
