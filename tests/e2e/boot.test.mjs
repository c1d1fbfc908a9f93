// The loader explains, in Chinese and English, when the app cannot run.
import { assert, test } from './lib.mjs';

async function failureText(app) {
  await app.page.waitForFunction(() => window.getpower && window.getpower.failed, null, { timeout: 10000 });
  return app.page.evaluate(() => ({
    code: window.getpower.failed,
    visible: !document.getElementById('failure').hidden,
    loading: !document.getElementById('loading').hidden,
    zh: document.getElementById('failure-zh').textContent,
    en: document.getElementById('failure-en').textContent,
  }));
}

test('without WebGL 2 the page says so in both languages', async (t) => {
  const app = await t.open('/', t.devices.desktop, { ready: false, allowConsole: [/GetPower failed to start: webgl/] });
  // Reload with WebGL 2 removed before any script runs.
  await app.context.addInitScript(() => {
    const orig = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : orig.call(this, type, ...rest);
    };
  });
  await app.page.reload();
  const f = await failureText(app);
  assert.equal(f.code, 'webgl');
  assert.equal(f.visible, true);
  assert.equal(f.loading, false);
  assert.match(f.zh, /WebGL 2/);
  assert.match(f.en, /WebGL 2/);
  await app.screenshot('boot-no-webgl');
});

test('a wasm that fails to load shows the error screen, not an endless spinner', async (t) => {
  const app = await t.open('/', t.devices.desktop, {
    ready: false,
    allowConsole: [/GetPower failed to start/, /Failed to load resource/, /wasm|WebAssembly|abort|Aborted/i],
  });
  await app.context.route('**/getpower-app.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await app.page.reload();
  const f = await failureText(app);
  assert.equal(f.code, 'abort');
  assert.match(f.zh, /重新加载/);
  assert.match(f.en, /reload/i);
});

test('the loading screen shows until the first frame, then disappears', async (t) => {
  const app = await t.open('/', t.devices.desktop, { ready: false });
  const early = await app.page.evaluate(() => ({
    loading: !document.getElementById('loading').hidden,
    text: document.getElementById('loading').textContent,
  }));
  assert.match(early.text, /正在/);
  await app.waitReady();
  assert.equal(await app.page.evaluate(() => document.getElementById('loading').hidden), true);
});
