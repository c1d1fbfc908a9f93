// Runs every tests/e2e/*.test.mjs (or the files given as arguments) against the real server and
// headless chromium; exits non-zero when any test fails.
//   node tests/e2e/run.mjs                  all tests
//   node tests/e2e/run.mjs skeleton         files whose name contains "skeleton"
//   GP_E2E_GREP=typing node tests/e2e/run.mjs    tests whose name contains "typing"
//   GP_E2E_BASE_URL=http://127.0.0.1:8080   use an already running server instead of starting one
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser, registry, startServer, TestContext } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`e2e: no test files match ${filters.join(' ')}`);
  process.exit(2);
}

const grep = process.env.GP_E2E_GREP || '';
const results = [];
let server = null;
let browser = null;

function withTimeout(promise, ms, name) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`${name}: timed out after ${ms} ms`)), ms); }),
  ]);
}

try {
  for (const f of files) {
    const before = registry.length;
    await import(pathToFileURL(join(here, f)).href);
    for (const t of registry.slice(before)) t.file = f;
  }
  const selected = registry.filter((t) => !grep || t.name.includes(grep));
  let baseUrl = process.env.GP_E2E_BASE_URL;
  if (!baseUrl) {
    server = await startServer();
    baseUrl = server.url;
  }
  browser = await launchBrowser();
  console.log(`e2e: ${selected.length} tests from ${files.length} files against ${baseUrl}`);

  for (const t of selected) {
    const ctx = new TestContext({ name: t.name, browser, baseUrl, server });
    const t0 = Date.now();
    let error = null;
    try {
      await withTimeout(t.fn(ctx), t.timeout, t.name);
      ctx.assertNoErrors();
    } catch (e) {
      error = e;
    } finally {
      await ctx.close();
    }
    const ms = Date.now() - t0;
    results.push({ name: t.name, file: t.file, ok: !error, ms, error });
    console.log(`${error ? '  FAIL' : '  ok  '} ${t.name} (${t.file}, ${ms} ms)`);
    if (error) console.log(`       ${String(error.stack || error).split('\n').join('\n       ')}`);
  }
} catch (e) {
  console.error(`e2e: harness error: ${e.stack || e}`);
  if (server) console.error(server.log());
  results.push({ name: 'harness', ok: false, error: e });
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
}

const failed = results.filter((r) => !r.ok);
console.log(`\ne2e: ${results.length - failed.length} passed, ${failed.length} failed`);
for (const r of failed) console.log(`  FAILED: ${r.name}${r.file ? ` (${r.file})` : ''}: ${String(r.error && r.error.message).split('\n')[0]}`);
process.exit(failed.length ? 1 : 0);
