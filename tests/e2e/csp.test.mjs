// The app runs under the product's strict Content-Security-Policy (no inline script, no eval).
import { assert, test } from './lib.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";

test('runs under the strict CSP (forced on every response)', async (t) => {
  const app = await t.open('/?screen=register', t.devices.desktop, { csp: CSP });
  assert.equal(app.response.headers()['content-security-policy'], CSP);
  await app.type('register.phone', '13800138000');
  await app.insertText('register.name', '龘');  // a font slice fetched under connect-src 'self'
  await app.page.waitForFunction(() => window.getpower.stats().pendingGlyphs === 0, null, { timeout: 10000 });
  // Violations are reported as console errors by the harness and fail the test.
});

test('the server sends a CSP for the page', async (t) => {
  const app = await t.open('/?screen=register');
  const csp = app.response.headers()['content-security-policy'] || '';
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
});
