// Browser figures for `make bench` (bench/run.py), with the e2e harness (tests/e2e/lib.mjs:
// Debian's headless Chromium, software WebGL, the real server on localhost):
//   - compressed transfer of everything the first frame needs (incl. the font), and the time to the
//     first interactive frame (navigation start -> window.getpower.ready), median of 5 loads;
//   - the staff queue's CPU time per frame while scrolling: (a) against the real server on the
//     bench data set, as the command center (every open application: 100,000 rows); (b) with
//     10,000 rows whose pages the harness answers (the drawing alone, as tests/e2e/staff_perf).
// Prints "BROWSER {json}" for run.py, and readable lines.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, SERVER_BIN, SITE_DIR, startServer, TestContext } from '../tests/e2e/lib.mjs';
import { openAs, staffOf, waitItem } from '../tests/e2e/staff_lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const B = join(ROOT, 'build', 'bench');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function serverOn(dataDir, extra = []) {
  const proc = spawn(SERVER_BIN, ['--port', '0', '--data', dataDir, '--site', SITE_DIR, '--sla-period', '86400', ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise((res, rej) => {
    let out = '';
    const timer = setTimeout(() => rej(new Error('server did not start')), 60000);
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) { clearTimeout(timer); res(m[1]); }
    });
    proc.on('exit', (c) => { clearTimeout(timer); rej(new Error(`server exited ${c}`)); });
  });
  proc.removeAllListeners('exit');
  return { url, dataDir, stop: () => new Promise((r) => { proc.once('exit', r); proc.kill('SIGTERM'); }) };
}

async function scrollFrames(app, steps = 60) {
  await app.page.evaluate(() => {
    window.__ft = [];
    const g = window.getpower;
    let last = g.frames;
    const poll = () => {
      if (g.frames !== last) { last = g.frames; window.__ft.push(g.lastFrameMs); }
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await app.page.mouse.move(640, 500);
  for (let i = 0; i < steps; i++) {
    await app.page.mouse.wheel(0, 2400);
    await app.page.waitForTimeout(16);
  }
  await app.idle({ quietMs: 300, timeout: 60000 });
  return app.page.evaluate(() => window.__ft);
}

function stubPage(url, total) {
  const u = new URL(url);
  const page = Number(u.searchParams.get('page') || 1);
  const size = Number(u.searchParams.get('page_size') || 100);
  const items = [];
  for (let i = (page - 1) * size; i < Math.min(total, page * size); i++) {
    const level = i < 2000 ? 'overdue' : i < 4000 ? 'warning' : 'normal';
    items.push({
      number: `ZX-20250618-${String(i).padStart(5, '0')}`, status: 'in_progress', level, escalation: level === 'overdue' ? 2 : 0,
      remaining_working_days: level === 'overdue' ? -1.5 : (i % 7) * 0.5, elapsed_working_days: 1.2, time_limit_working_days: 2,
      paused: false, stage: { code: 'connect', name_zh: '装表送电', name_en: 'Meter and energize' },
      business: { code: 'new_connection', name_zh: '新装', name_en: 'New connection' },
      customer_type: { code: 'lv_residential', name_zh: '低压居民', name_en: 'LV residential' },
      contact_name: `邾客户${i % 100}`, contact_phone: `1370375${String(i % 10000).padStart(4, '0')}`, address: `邾县城关镇人民路${i}号`,
      customer_manager: { id: 1, name: '王建国' }, project_manager: { id: 2, name: '孙立军' }, channel: 'online', waiting_for: '',
      submitted_at: '2025-06-16T09:00:00+08:00', deadline: '2025-06-18T09:00:00+08:00',
    });
  }
  return { items, total, page, page_size: size };
}

const out = {};
const browser = await launchBrowser();
try {
  // --- startup: transfer and first frame on a fresh server -------------------------------------
  const fresh = await startServer();
  try {
    const t = new TestContext({ name: 'bench startup', browser, baseUrl: fresh.url, server: fresh });
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const app = await t.open('/', t.devices.desktop);
      runs.push(await app.page.evaluate(() => {
        const entries = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
        return {
          ready: window.getpower.readyAt,
          files: entries.map((e) => ({ name: e.name.replace(location.origin, ''), transfer: e.transferSize || e.encodedBodySize || 0,
                                       decoded: e.decodedBodySize })),
        };
      }));
      await app.context.close();
    }
    const first = runs[0];  // a cold cache: everything transferred
    out.transfer_bytes = first.files.reduce((n, f) => n + f.transfer, 0);
    out.files = first.files;
    out.first_frame_runs_ms = runs.map((r) => Math.round(r.ready));
    out.first_frame_ms = median(runs.map((r) => r.ready));
    console.log(`  startup: ${(out.transfer_bytes / 1e6).toFixed(2)} MB compressed in ${first.files.length} files; ` +
                `first interactive frame ${out.first_frame_runs_ms.join(', ')} ms (median ${Math.round(out.first_frame_ms)})`);
    await t.close?.();

    // --- (b) 10,000 rows answered by the harness: the drawing alone ---------------------------
    const t2 = new TestContext({ name: 'bench queue stub', browser, baseUrl: fresh.url, server: fresh });
    const cm = staffOf(fresh.dataDir, 'customer_manager', '王堃');
    const app = await openAs(t2, cm, '/?screen=queue', {
      setup: (context) => context.route((u) => u.pathname === '/api/v1/applications', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(stubPage(route.request().url(), 10000)) })),
    });
    await waitItem(app, 'queue.row.0', /ZX-/, 30000);
    const ft = await scrollFrames(app);
    out.queue_stub = { rows: 10000, frames: ft.length, median_ms: median(ft), p95_ms: pct(ft, 0.95), max_ms: Math.max(...ft) };
    console.log(`  queue, 10,000 rows (pages answered by the harness): ${ft.length} frames, median ${median(ft).toFixed(2)} ms, ` +
                `p95 ${pct(ft, 0.95).toFixed(2)} ms`);
    await app.context.close();
  } finally {
    await fresh.stop();
  }

  // --- (a) the real server on the bench data set ---------------------------------------------------
  const seedFile = process.env.GP_BENCH_SEED_JSON;
  const runDir = process.env.GP_BENCH_RUN_DIR;
  if (seedFile && runDir && existsSync(seedFile) && existsSync(join(runDir, 'getpower.db'))) {
    const seed = JSON.parse(readFileSync(seedFile, 'utf8'));
    const srv = await serverOn(runDir, ['--test-clock', '--public-rate-limit', '0']);
    try {
      // The test clock is the admin's (issue 15).
      const login = await (await fetch(`${srv.url}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
                                                                      body: JSON.stringify({ login: seed.staff.admin, password: seed.staff_password }) })).json();
      await fetch(`${srv.url}/api/v1/test/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${login.token}` },
                                                   body: JSON.stringify({ now: seed.now }) });
      const t3 = new TestContext({ name: 'bench queue real', browser, baseUrl: srv.url, server: srv });
      const cc = { username: seed.staff.command_center, password: seed.staff_password };
      const app = await openAs(t3, cc, '/?screen=queue', { baseUrl: srv.url });
      const summary = await waitItem(app, 'queue.summary', /\d/, 60000);
      await waitItem(app, 'queue.row.0', /ZX-/, 60000);
      const total = Number((summary.label.match(/(\d[\d,]*)/) || ['', '0'])[1].replace(/,/g, ''));
      const ft = await scrollFrames(app);
      out.queue = { rows: total, frames: ft.length, median_ms: median(ft), p95_ms: pct(ft, 0.95), max_ms: Math.max(...ft),
                    who: 'command center, real server' };
      console.log(`  queue, ${total.toLocaleString('en')} rows (command center, the real server on the bench data): ${ft.length} frames, ` +
                  `median ${median(ft).toFixed(2)} ms, p95 ${pct(ft, 0.95).toFixed(2)} ms`);
      await app.context.close();
    } finally {
      await srv.stop();
    }
  } else if (out.queue_stub) {
    out.queue = out.queue_stub;
    out.note = 'The queue figure is from the harness-answered 10,000 rows (no bench data set given).';
  }
} finally {
  await browser.close();
}
console.log(`BROWSER ${JSON.stringify(out)}`);
process.exit(0);
