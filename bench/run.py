#!/usr/bin/env python3
"""`make bench` (scripts/bench.sh): GetPower's figures at scale, written to docs/performance.md.

1. Data: getpower-bench-seed fills a data directory with 100,000 open applications and ~2 million
   events through the server's own library (cached in build/bench/seed-N; `getpower-server verify`
   must pass on it).
2. HTTP: the real server on a copy of it; wrk with 32 keep-alive connections against /health, progress
   lookup, application detail, queue pages and creation, one after the other in the same run.
3. The SLA job: catch-up sweeps after a day and a week without any (many due at once), and, on a
   fresh copy, the job as it runs in service: a sweep every minute of clock time for 24 hours.
4. Storage: bytes per application with its events, database size, by table and index.
5. Browser: bench/browser.mjs (headless Chromium) for transfer size, first frame, queue frame time.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(ROOT, "build", "bench")


def log(msg):
    print(msg, flush=True)


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


class Server:
    def __init__(self, binary, data, site, extra):
        self.proc = subprocess.Popen(
            [binary, "--data", data, "--port", "0", "--site", site, "--test-clock", "--public-rate-limit", "0",
             "--sla-period", "86400"] + extra,
            stdout=subprocess.PIPE, stderr=open(os.path.join(B, "server.log"), "w"), text=True)
        line = self.proc.stdout.readline()
        m = re.search(r"listening on (http://[\d.]+:(\d+))", line)
        if not m:
            raise RuntimeError("server did not start: " + line + open(os.path.join(B, "server.log")).read())
        self.url = m.group(1)

    def call(self, method, path, body=None, token=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(req, timeout=600) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")

    def login(self, login, password):
        st, j = self.call("POST", "/api/v1/auth/login", {"login": login, "password": password})
        if st != 200:
            raise RuntimeError(f"login {login}: {st} {j}")
        return j["token"]

    def set_clock(self, now, seed):
        """POST /api/v1/test/clock as the seed's admin (admin only, issue 15); logs in again when a
        jump ended the session."""
        for _ in range(2):
            if getattr(self, "_admin", None) is None:
                self._admin = self.login(seed["staff"]["admin"], seed["staff_password"])
            st, j = self.call("POST", "/api/v1/test/clock", {"now": now}, token=self._admin)
            if st != 401:
                return st, j
            self._admin = None
        return st, j

    def rss_kb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def threads(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("Threads:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def sweep_until_done(server, token):
    """Sweeps back to back until nothing is left due, as the job's loop does; the sweeps' own timing."""
    reps = []
    while True:
        st, rep = server.call("POST", "/api/v1/admin/sla/sweep", token=token)
        assert st == 200, (st, rep)
        reps.append(rep)
        if rep["applications_left"] == 0:
            break
    return {"sweeps": len(reps), "applications_checked": sum(r["applications_checked"] for r in reps),
            "marks_recorded": sum(r["marks_recorded"] for r in reps),
            "seconds": round(sum(r["seconds"] for r in reps), 4), "max_seconds": round(max(r["seconds"] for r in reps), 4)}


def sla_day(server, seed, period=60, hours=24):
    """The SLA job as it runs in service: a sweep every `period` seconds of (test) clock time."""
    start = datetime.datetime.fromisoformat(seed["now"])
    sweeps, cc = [], None
    for i in range(1, hours * 3600 // period + 1):
        at = start + datetime.timedelta(seconds=i * period)
        server.set_clock(at.isoformat(), seed)
        if i % 60 == 1:  # sessions end 12 h after login even when used: a fresh one every hour
            cc = server.login(seed["staff"]["command_center"], seed["staff_password"])
        while True:  # what one sweep leaves is swept right after, as the job's loop does
            st, rep = server.call("POST", "/api/v1/admin/sla/sweep", token=cc)
            assert st == 200, (st, rep)
            sweeps.append(rep)
            if rep["applications_left"] == 0:
                break
    secs = sorted(r["seconds"] for r in sweeps)
    # The busiest minute: its sweeps back to back (same "now").
    minutes = {}
    for r in sweeps:
        m = minutes.setdefault(r["now"], {"now": r["now"], "sweeps": 0, "applications_checked": 0, "marks_recorded": 0, "seconds": 0.0})
        m["sweeps"] += 1
        m["applications_checked"] += r["applications_checked"]
        m["marks_recorded"] += r["marks_recorded"]
        m["seconds"] = round(m["seconds"] + r["seconds"], 4)
    busiest = max(minutes.values(), key=lambda m: m["seconds"])
    return {"period_seconds": period, "hours": hours, "sweeps": len(sweeps), "minutes": len(minutes),
            "applications_checked": sum(r["applications_checked"] for r in sweeps),
            "marks_recorded": sum(r["marks_recorded"] for r in sweeps),
            "mean_seconds": round(sum(secs) / len(secs), 5), "p99_seconds": round(secs[int(0.99 * (len(secs) - 1))], 5),
            "max_seconds": round(secs[-1], 4), "busiest": busiest}


class Writes:
    """Submits an application every 1/rate seconds in the background until stop()."""

    def __init__(self, server, token, rate):
        self.server, self.token, self.period = server, token, 1.0 / rate
        self.count, self.failed, self.halt = 0, 0, threading.Event()
        self.started = time.time()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        due = time.time()
        while not self.halt.is_set():
            st, _ = self.server.call("POST", "/api/v1/applications", {
                "business": "new_connection", "customer_type": "lv_residential", "capacity_kw": 8,
                "address": f"邾县城关镇并发写入路{self.count + self.failed + 1}号"}, token=self.token)
            if st == 201 or st == 200:
                self.count += 1
            else:
                self.failed += 1
            due += self.period
            self.halt.wait(max(0.0, due - time.time()))

    def stop(self):
        self.halt.set()
        self.thread.join()
        if self.failed:
            raise RuntimeError(f"{self.failed} background submissions failed")
        return round(self.count / (time.time() - self.started), 1)


def wrk(server, script, seconds, connections, env):
    e = dict(os.environ, GP_BENCH_LUA=os.path.join(ROOT, "bench", "wrk"), **env)
    load0 = loadavg()
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s",
                          os.path.join(ROOT, "bench", "wrk", script), server.url], env=e, text=True,
                         capture_output=True, check=True).stdout
    m = re.search(r"^BENCH (\{.*\})$", out, re.M)
    if not m:
        raise RuntimeError("wrk gave no summary:\n" + out)
    r = json.loads(m.group(1))
    r["load_before"] = load0
    r["threads_after"] = server.threads()
    r["rss_mb_after"] = round(server.rss_kb() / 1024, 1)
    return r


def storage(db_path, apps, events):
    sh(["sqlite3", db_path, "PRAGMA wal_checkpoint(TRUNCATE);"])
    size = os.path.getsize(db_path)
    rows = sh(["sqlite3", "-separator", "\t", db_path,
               "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC;"]).stdout.split("\n")
    parts = [{"name": n, "bytes": int(b)} for n, b in (r.split("\t") for r in rows if r.strip())]
    return {"db_bytes": size, "applications": apps, "events": events,
            "bytes_per_application": round(size / apps), "bytes_per_event": round(size / max(events, 1)),
            "by_object": parts}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--applications", type=int, default=int(os.environ.get("GP_BENCH_APPS", 100000)))
    ap.add_argument("--seconds", type=int, default=int(os.environ.get("GP_BENCH_SECONDS", 15)))
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--server", default=os.path.join(ROOT, "build", "bin", "getpower-server"))
    ap.add_argument("--seed-bin", default=os.path.join(ROOT, "build", "native", "bench", "getpower-bench-seed"))
    ap.add_argument("--site", default=os.path.join(ROOT, "build", "site"))
    ap.add_argument("--skip-browser", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated subset: http,sla,storage,browser")
    ap.add_argument("--label", default="", help="a name for this run in the results file")
    ap.add_argument("--no-doc", action="store_true", help="do not rewrite docs/performance.md")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    want = lambda part: not only or part in only
    os.makedirs(B, exist_ok=True)
    results = {"started": datetime.datetime.now().isoformat(timespec="seconds"),
               "machine": {"cpus": os.cpu_count(), "cpu": cpu_model(), "kernel": platform.release(),
                           "load_at_start": loadavg()},
               "settings": {"applications": args.applications, "seconds": args.seconds,
                            "connections": args.connections, "wrk_threads": 2}}

    # --- 1. data -----------------------------------------------------------------------------
    seed_dir = os.path.join(B, f"seed-{args.applications}")
    seed_json = seed_dir + ".json"
    if not (os.path.exists(seed_json) and os.path.exists(os.path.join(seed_dir, "getpower.db"))):
        shutil.rmtree(seed_dir, ignore_errors=True)
        log(f"bench: generating {args.applications:,} applications (once; cached in {seed_dir}) ...")
        t = time.time()
        with open(seed_dir + ".log", "w") as lf:
            subprocess.run([args.seed_bin, "--data", seed_dir, "--applications", str(args.applications), "--out",
                            seed_json], check=True, stdout=lf, stderr=lf)
        log(f"bench: generated in {time.time() - t:.0f} s")
    seed = json.load(open(seed_json))
    results["data"] = {k: seed[k] for k in ("applications", "events", "notes", "information_cycles", "levels",
                                            "customers", "customer_managers", "project_managers", "now",
                                            "seconds", "simulated_sweeps")}
    t = time.time()
    v = subprocess.run([args.server, "verify", "--data", seed_dir], text=True, capture_output=True)
    results["data"]["verify"] = {"exit": v.returncode, "seconds": round(time.time() - t, 1),
                                 "output": v.stdout.strip().splitlines()}
    log(f"bench: verify {'passed' if v.returncode == 0 else 'FAILED'} in {time.time() - t:.1f} s: "
        + " / ".join(v.stdout.strip().splitlines()))
    if v.returncode != 0:
        sys.exit("bench: the generated data does not verify:\n" + v.stdout + v.stderr)

    run_dir = os.path.join(B, "run")
    shutil.rmtree(run_dir, ignore_errors=True)
    shutil.copytree(seed_dir, run_dir)
    if want("storage"):
        results["storage"] = storage(os.path.join(run_dir, "getpower.db"), seed["applications"], seed["events"])
        s = results["storage"]
        log(f"bench: storage {s['db_bytes'] / 1e6:.0f} MB for {s['applications']:,} applications: "
            f"{s['bytes_per_application']:,} bytes per application with its events")

    # Samples for the load scripts.
    track_file = os.path.join(B, "track-samples.txt")
    with open(track_file, "w") as f:
        for number, phone in seed["track_samples"]:
            f.write(f"{number} {phone}\n")
    detail_file = os.path.join(B, "detail-samples.txt")
    with open(detail_file, "w") as f:
        for number in seed["cm1_numbers"]:
            f.write(number + "\n")

    server = Server(args.server, run_dir, args.site, [])
    try:
        st, _ = server.set_clock(seed["now"], seed)
        assert st == 200, st
        cm = server.login(seed["staff"]["customer_manager"], seed["staff_password"])
        cc = server.login(seed["staff"]["command_center"], seed["staff_password"])
        cust = server.login(seed["customer_phone_example"], seed["customer_password"])
        results["server"] = {"rss_mb_start": round(server.rss_kb() / 1024, 1), "threads_start": server.threads()}

        # --- 2. HTTP ---------------------------------------------------------------------------
        if want("http"):
            st, q = server.call("GET", "/api/v1/applications?status=open&page_size=1", token=cm)
            cm_open = q["total"]
            st, q = server.call("GET", "/api/v1/applications?status=open&page_size=1", token=cc)
            all_open = q["total"]
            runs = [
                ("health", "GET /api/v1/health", "health.lua", {}),
                ("track", "POST /api/v1/track {number, phone}", "track.lua", {"GP_TRACK_SAMPLES": track_file}),
                ("detail", "GET /api/v1/applications/{number} (customer manager)", "detail.lua",
                 {"GP_DETAIL_SAMPLES": detail_file, "GP_TOKEN": cm}),
                ("queue_cm", f"GET /api/v1/applications?status=open&page=1..10 (customer manager: {cm_open:,} open)",
                 "queue.lua", {"GP_TOKEN": cm, "GP_PAGES": "10"}),
                ("queue_all", f"GET /api/v1/applications?status=open&page=1..10 (command center: {all_open:,} open)",
                 "queue.lua", {"GP_TOKEN": cc, "GP_PAGES": "10"}),
                ("create", "POST /api/v1/applications (customer)", "create.lua", {"GP_TOKEN": cust}),
            ]
            # Kept progress answers last until the next commit: the same lookups again while a
            # customer submits an application every 50 ms, so most answers are derived afresh.
            runs.insert(2, ("track_writes", "POST /api/v1/track while 20 applications/s are submitted",
                            "track.lua", {"GP_TRACK_SAMPLES": track_file}))
            wrk(server, "track.lua", 3, args.connections, {"GP_TRACK_SAMPLES": track_file})  # warm the page cache
            results["http"] = []
            for key, what, script, env in runs:
                writer = Writes(server, cust, 20) if key == "track_writes" else None
                r = wrk(server, script, args.seconds, args.connections, env)
                if writer:
                    r["writes_per_second"] = writer.stop()
                r.update({"key": key, "what": what})
                results["http"].append(r)
                errs = r["errors_connect"] + r["errors_read"] + r["errors_write"] + r["errors_status"] + r["errors_timeout"]
                log(f"bench: {what:<78} {r['rps']:>9,.0f} req/s  p50 {r['p50_ms']:7.2f} ms  p99 {r['p99_ms']:7.2f} ms"
                    f"  errors {errs}  (load {r['load_before']:.1f})")
            health = next(r for r in results["http"] if r["key"] == "health")
            track = next(r for r in results["http"] if r["key"] == "track")
            busy = next(r for r in results["http"] if r["key"] == "track_writes")
            results["targets"] = {"track_vs_health": round(track["rps"] / health["rps"], 3),
                                  "track_p99_ms": track["p99_ms"],
                                  "track_writes_vs_health": round(busy["rps"] / health["rps"], 3),
                                  "track_writes_p99_ms": busy["p99_ms"],
                                  "track_writes_per_second": busy["writes_per_second"]}
            log(f"bench: track at {100 * track['rps'] / health['rps']:.0f} % of health (target >= 50 %), "
                f"p99 {track['p99_ms']:.2f} ms (target < 20 ms)")

        # --- 3. SLA job --------------------------------------------------------------------------
        if want("sla"):
            sweeps = []
            now = datetime.datetime.fromisoformat(seed["now"])
            for label, at in [("quiet (at now, all settled)", now),
                              ("after a day without sweeps (catch-up)", now + datetime.timedelta(days=1)),
                              ("right after (quiet again)", now + datetime.timedelta(days=1, seconds=60)),
                              ("after a week without sweeps (catch-up)", now + datetime.timedelta(days=7))]:
                server.set_clock(at.isoformat(), seed)
                # A jump of days ends the sessions (idle limit): log in at the new "now".
                cc = server.login(seed["staff"]["command_center"], seed["staff_password"])
                t = time.time()
                rep = sweep_until_done(server, cc)
                rep.update({"label": label, "now": at.isoformat(), "wall_seconds": round(time.time() - t, 3)})
                sweeps.append(rep)
                log(f"bench: SLA {label:<40} {rep['applications_checked']:>7,} checked, "
                    f"{rep['marks_recorded']:>7,} marks in {rep['sweeps']} sweeps: {rep['seconds']:.3f} s, "
                    f"longest sweep {rep['max_seconds']:.3f} s")
            results["sla"] = {"open_applications": sum(v for k, v in seed["levels"].items()
                                                      if k.endswith("in_progress") or k.endswith("waiting_customer")),
                              "sweeps": sweeps}
        results["server"]["rss_mb_end"] = round(server.rss_kb() / 1024, 1)
        results["server"]["threads_end"] = server.threads()
    finally:
        server.stop()

    # --- 4. SLA job at its own period over a day, on a fresh copy ----------------------------------
    if want("sla"):
        shutil.rmtree(run_dir, ignore_errors=True)
        shutil.copytree(seed_dir, run_dir)
        server = Server(args.server, run_dir, args.site, [])
        try:
            day = sla_day(server, seed)
            results["sla"]["day"] = day
            b = day["busiest"]
            log(f"bench: SLA job every {day['period_seconds']} s for {day['hours']} h: {day['sweeps']:,} sweeps, "
                f"{day['applications_checked']:,} checked, {day['marks_recorded']:,} marks; per sweep mean "
                f"{day['mean_seconds']:.4f} s, p99 {day['p99_seconds']:.4f} s, max {day['max_seconds']:.3f} s; busiest "
                f"minute {b['now']}: {b['applications_checked']:,} due, {b['sweeps']} sweeps, {b['seconds']:.2f} s")
        finally:
            server.stop()

    # --- 5. browser --------------------------------------------------------------------------------
    if want("browser") and not args.skip_browser:
        out = subprocess.run(["node", os.path.join(ROOT, "bench", "browser.mjs")], text=True, capture_output=True,
                             env=dict(os.environ, NODE_PATH="/usr/share/nodejs", GP_BENCH_SEED_JSON=seed_json,
                                      GP_BENCH_RUN_DIR=run_dir))
        m = re.search(r"^BROWSER (\{.*\})$", out.stdout, re.M)
        if out.returncode != 0 or not m:
            log("bench: browser measurement failed:\n" + out.stdout[-3000:] + out.stderr[-3000:])
            results["browser"] = {"error": (out.stdout + out.stderr)[-2000:]}
        else:
            results["browser"] = json.loads(m.group(1))
            for line in out.stdout.splitlines():
                if line.startswith("  "):
                    log("bench: browser" + line)

    results["finished"] = datetime.datetime.now().isoformat(timespec="seconds")
    results["machine"]["load_at_end"] = loadavg()
    res_file = os.path.join(B, f"results{('-' + args.label) if args.label else ''}.json")
    json.dump(results, open(res_file, "w"), indent=1, ensure_ascii=False)
    log(f"bench: results in {os.path.relpath(res_file, ROOT)}")
    if not args.no_doc:
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "report.py"), res_file], check=True)


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


if __name__ == "__main__":
    main()
