#!/usr/bin/env python3
"""Hostile clients at scale against the real server, for `make soak` (docs/reliability.md).

For --seconds, all at once:
  - idle:     --idle connections opened and never used (reopened as the server drops them)
  - drip:     --drip connections sending headers or a body one byte every 2 s
  - bodies:   chunked 8 MB bodies and bodies declared 4 GB, back to back
  - ranges:   GETs with ~730 overlapping byte ranges of a 1 MB static file, a 1 MB document and an
              API route (must be 416, 416, 200: never a multi-range answer)
  - nested:   1 MB JSON bodies of nested `[`/`{` and of `[{},{},...]`, anonymously to login (413)
              and with a session to an import (400, parsed in linear time)
  - backup:   `getpower-server backup` of the live database every 10 s (each copy checked)
  - honest:   4 clients reading (health, progress lookup, detail, queue) and 1 writing (new
              applications), each request timed, on fresh connections
  - monitor:  the server's RSS, threads and CPU every second
Then the server is stopped and `getpower-server verify` must pass. Fails when an honest request
fails, the honest p99 exceeds 2 s, memory grows without bound, or the history does not verify.
"""
import argparse
import json
import os
import random
import re
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def status(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return -1


def cpu(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Api:
    def __init__(self, url):
        self.url = url

    def call(self, method, path, body=None, token=None, timeout=10):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=120)
    ap.add_argument("--idle", type=int, default=800)
    ap.add_argument("--drip", type=int, default=100)
    ap.add_argument("--server", default=os.path.join(ROOT, "build", "bin", "getpower-server"))
    args = ap.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

    tmp = tempfile.mkdtemp(prefix="gp-soak-hostile-")
    data = os.path.join(tmp, "data")
    admin_pw = "Soak-Admin-2025"
    subprocess.run([args.server, "adduser", "--data", data, "--username", "soak.admin", "--role", "admin"],
                   input=admin_pw + "\n", text=True, check=True, capture_output=True)
    site = os.path.join(tmp, "site")
    os.makedirs(site)
    with open(os.path.join(site, "index.html"), "w") as f:
        f.write("<!doctype html><title>soak</title>")
    with open(os.path.join(site, "big.bin"), "wb") as f:
        f.write(b"B" * (1 << 20))
    proc = subprocess.Popen([args.server, "--data", data, "--site", site, "--port", "0", "--sla-period", "30"],
                            stdout=subprocess.PIPE, stderr=open(os.path.join(tmp, "server.err"), "w"), text=True)
    m = re.search(r"listening on (http://[\d.]+:(\d+))", proc.stdout.readline())
    url, port = m.group(1), int(m.group(2))
    api = Api(url)
    pid = proc.pid
    st, j = api.call("POST", "/api/v1/auth/login", {"login": "soak.admin", "password": admin_pw})
    admin = j["token"]
    for role, name in [("customer_manager", "soak.cm"), ("project_manager", "soak.pm")]:
        api.call("POST", "/api/v1/admin/users", {"username": name, "password": "Soak-Staff-2025", "name": "测试", "role": role}, admin)
    st, j = api.call("POST", "/api/v1/auth/register", {"phone": "13712345678", "password": "Secret123", "name": "压测客户"})
    cust = j["token"]
    numbers = []
    for i in range(40):
        st, j = api.call("POST", "/api/v1/applications", {"business": "new_connection", "customer_type": "lv_residential",
                                                          "capacity_kw": 8, "address": f"邾县压测村{i}号"}, cust)
        numbers.append(j["number"])
    # A 1 MB document to download with many ranges.
    boundary = "soakboundary7f3a"
    pdf = b"%PDF-1.4\n%" + b"D" * (1 << 20) + b"\n%%EOF\n"
    form = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nother\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
            f"Content-Type: application/pdf\r\n\r\n").encode() + pdf + f"\r\n--{boundary}--\r\n".encode()
    up = urllib.request.Request(f"{url}/api/v1/applications/{numbers[0]}/documents", data=form, method="POST")
    up.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
    up.add_header("Authorization", "Bearer " + cust)
    with urllib.request.urlopen(up, timeout=30) as r:
        doc_path = f"/api/v1/applications/{numbers[0]}/documents/{json.loads(r.read())['id']}"

    stop = threading.Event()
    lock = threading.Lock()
    lat = []          # honest latencies (s)
    honest_fail = []  # (what, status/exception)
    counts = {"idle_opened": 0, "drip_opened": 0, "bodies": 0, "backups": 0, "backups_ok": 0, "writes": 0,
              "ranges": 0, "nested": 0}
    hostile_wrong = []  # (what, status): a hostile request answered otherwise than expected
    nested_times = []   # seconds per authenticated 1 MB nested body
    samples = []      # (t, rss kB, threads, cpu s)

    def connect():
        s = socket.socket()
        s.settimeout(5)
        s.connect(("127.0.0.1", port))
        return s

    def idle_worker():
        socks = []
        while not stop.is_set():
            while len(socks) < args.idle and not stop.is_set():
                try:
                    socks.append(connect())
                    counts["idle_opened"] += 1
                except OSError:
                    time.sleep(0.05)
                    break
            alive = []
            for s in socks:  # drop what the server closed
                s.setblocking(False)
                try:
                    if s.recv(1) == b"":
                        s.close()
                        continue
                except BlockingIOError:
                    pass
                except OSError:
                    s.close()
                    continue
                alive.append(s)
            socks = alive
            time.sleep(0.5)
        for s in socks:
            s.close()

    def drip_worker():
        conns = []
        head = b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"x" * 4000
        # Under the 64 KB limit of ordinary JSON routes, so the body really drips.
        post = b"POST /api/v1/rules/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n"
        while not stop.is_set():
            while len(conns) < args.drip:
                try:
                    s = connect()
                    counts["drip_opened"] += 1
                    body = len(conns) % 3 == 0
                    if body:
                        s.sendall(post)
                    conns.append([s, 0, body])
                except OSError:
                    break
            keep = []
            for c in conns:
                s, k, body = c
                try:
                    s.send(b" " if body else head[k:k + 1] if k < len(head) else b"x")
                    c[1] += 1
                    keep.append(c)
                except OSError:
                    s.close()
            conns = keep
            stop.wait(2)
        for c in conns:
            c[0].close()

    def bodies_worker():
        chunk = b"a" * 65536
        while not stop.is_set():
            for kind in (0, 1):
                try:
                    s = connect()
                    hdr = b"Transfer-Encoding: chunked\r\n\r\n" if kind == 0 else b"Content-Length: 4294967296\r\n\r\n"
                    s.sendall(b"POST /api/v1/rules/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + hdr)
                    for _ in range(128 if kind == 0 else 16):
                        s.sendall((b"10000\r\n" + chunk + b"\r\n") if kind == 0 else chunk)
                except OSError:
                    pass
                finally:
                    try:
                        s.close()
                    except Exception:
                        pass
                counts["bodies"] += 1
            stop.wait(0.1)

    def raw_status(req, timeout=15):
        s = connect()
        s.settimeout(timeout)
        try:
            s.sendall(req)
            got = b""
            while b"\r\n" not in got:
                b = s.recv(65536)
                if not b:
                    break
                got += b
            return int(got.split(b" ")[1]) if got.startswith(b"HTTP/1.1 ") else 0
        finally:
            s.close()

    def ranges_worker():
        ranges = "bytes=" + ",".join(["0-99999999"] * 730)
        targets = [("/big.bin", "", 416), (doc_path, cust, 416), ("/api/v1/health", "", 200)]
        while not stop.is_set():
            for path, token, want in targets:
                auth = f"Authorization: Bearer {token}\r\n" if token else ""
                try:
                    st = raw_status(f"GET {path} HTTP/1.1\r\nHost: x\r\n{auth}Range: {ranges}\r\nConnection: close\r\n\r\n".encode())
                except OSError as e:
                    st = repr(e)
                counts["ranges"] += 1
                if st != want:
                    with lock:
                        hostile_wrong.append(("ranges " + path, st))
            stop.wait(0.2)

    def nested_worker():
        objects = b"[" + b"{}," * 350000 + b"{}]"
        bodies = [objects, b"[" * (1 << 20), b"{\"a\":" * 200000]
        while not stop.is_set():
            for i, body in enumerate(bodies):
                for path, token, want in (("/api/v1/auth/login", "", 413), ("/api/v1/outages", admin, 400)):
                    auth = f"Authorization: Bearer {token}\r\n" if token else ""
                    t = time.time()
                    try:
                        st = raw_status(f"POST {path} HTTP/1.1\r\nHost: x\r\n{auth}Content-Type: application/json\r\n"
                                        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body, timeout=30)
                    except OSError as e:
                        st = repr(e)
                    counts["nested"] += 1
                    with lock:
                        if token:
                            nested_times.append(time.time() - t)
                        if st != want:
                            hostile_wrong.append(("nested " + path, st))
            stop.wait(0.5)

    def backup_worker():
        n = 0
        while not stop.wait(10):
            n += 1
            to = os.path.join(tmp, f"backup-{n}.db")
            r = subprocess.run([args.server, "backup", "--data", data, "--to", to], capture_output=True, text=True)
            counts["backups"] += 1
            if r.returncode == 0 and sqlite3.connect(to).execute("PRAGMA integrity_check").fetchone()[0] == "ok":
                counts["backups_ok"] += 1
            os.unlink(to) if os.path.exists(to) else None

    def honest_worker(kind):
        rnd = random.Random(kind)
        while not stop.is_set():
            n = rnd.choice(numbers)
            t = time.time()
            try:
                if kind == "write":
                    st, _ = api.call("POST", "/api/v1/applications", {"business": "new_connection", "customer_type": "lv_residential",
                                                                       "capacity_kw": 8, "address": "邾县诚实路1号"}, cust, timeout=15)
                    ok = st == 201
                    counts["writes"] += ok
                elif kind == "track":
                    st, _ = api.call("POST", "/api/v1/track", {"number": n, "phone": "13712345678"}, timeout=15)
                    ok = st in (200, 429)  # the lookup limit applies to this one address too
                elif kind == "detail":
                    st, _ = api.call("GET", f"/api/v1/applications/{n}", token=cust, timeout=15)
                    ok = st == 200
                elif kind == "queue":
                    st, _ = api.call("GET", "/api/v1/applications?status=open&page=1", token=admin, timeout=15)
                    ok = st == 200
                else:
                    st, _ = api.call("GET", "/api/v1/health", timeout=15)
                    ok = st == 200
            except Exception as e:  # noqa: BLE001 — any failure of an honest request counts
                st, ok = repr(e), False
            dt = time.time() - t
            with lock:
                lat.append(dt)
                if not ok:
                    honest_fail.append((kind, st))
            stop.wait(0.05)

    def monitor():
        t0 = time.time()
        while not stop.wait(1):
            samples.append((time.time() - t0, status(pid, "VmRSS"), status(pid, "Threads"), cpu(pid)))

    threads = [threading.Thread(target=f, daemon=True)
               for f in (idle_worker, drip_worker, bodies_worker, ranges_worker, nested_worker, backup_worker, monitor)]
    threads += [threading.Thread(target=honest_worker, args=(k,), daemon=True) for k in ("health", "track", "detail", "queue", "write")]
    rss0 = status(pid, "VmRSS")
    for t in threads:
        t.start()
    time.sleep(args.seconds)
    stop.set()
    for t in threads:
        t.join(30)
    proc.terminate()
    proc.wait(20)
    v = subprocess.run([args.server, "verify", "--data", data], capture_output=True, text=True)

    lat.sort()
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000 if lat else float("nan")
    rss_max = max(s[1] for s in samples)
    rss_end = samples[-1][1]
    thr_max = max(s[2] for s in samples)
    cpu_used = samples[-1][3]
    print(f"      {args.seconds} s: {counts['idle_opened']:,} idle connections opened (up to {args.idle} at once), "
          f"{counts['drip_opened']:,} drippers, {counts['bodies']:,} chunked/oversized bodies, "
          f"{counts['backups_ok']}/{counts['backups']} backups whole")
    nested_times.sort()
    print(f"      {counts['ranges']:,} many-range requests, {counts['nested']:,} 1 MB nested-JSON bodies "
          f"(authenticated parse: median {nested_times[len(nested_times) // 2] if nested_times else float('nan'):.2f} s, "
          f"max {nested_times[-1] if nested_times else float('nan'):.2f} s); {len(hostile_wrong)} answered unexpectedly")
    if hostile_wrong:
        print("      unexpected:", hostile_wrong[:10])
    print(f"      honest requests: {len(lat):,} ({counts['writes']:,} writes), {len(honest_fail)} failed; "
          f"p50 {p(0.5):.0f} ms, p99 {p(0.99):.0f} ms, max {p(1.0):.0f} ms")
    print(f"      server: RSS {rss0 // 1024} MB at start, {rss_max // 1024} MB at most, {rss_end // 1024} MB at the end; "
          f"threads at most {thr_max}; CPU {cpu_used:.0f} s")
    print(f"      verify: {'passed' if v.returncode == 0 else 'FAILED'} ({' / '.join(v.stdout.strip().splitlines())})")
    if honest_fail:
        print("      failures:", honest_fail[:10])
    bad = honest_fail or hostile_wrong or p(0.99) > 2000 or v.returncode != 0 or rss_max > 1024 * 1024 or counts["backups_ok"] != counts["backups"]
    shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
