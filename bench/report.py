#!/usr/bin/env python3
"""Writes a bench results file (build/bench/results*.json) into docs/performance.md, between the
markers <!-- bench:begin --> and <!-- bench:end -->; the rest of the document (analysis, fixes) is
written by hand and kept."""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(ROOT, "docs", "performance.md")
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def ok(flag):
    return "met" if flag else "**missed**"


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "| " + " | ".join("---" for _ in head) + " |"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def render(r):
    m, s, d = r["machine"], r["settings"], r["data"]
    L = [f"Run of {r['started']} on {m['cpus']} × {m['cpu']} (Linux {m['kernel']}); load average "
         f"{m['load_at_start']:.1f} at the start, {m.get('load_at_end', 0):.1f} at the end (other work shares this "
         f"machine: figures vary run to run, see the notes below)."]
    L.append("")
    lv = d["levels"]
    L.append(f"**Data set**: {d['applications']:,} open applications, {d['events']:,} events "
             f"({d['events'] / d['applications']:.1f} per application: {d['notes']:,} notes, "
             f"{d['information_cycles']:,} information requests, {d['simulated_sweeps']['marks']:,} SLA marks), "
             f"{d['customers']:,} customers, {d['customer_managers']} customer managers, {d['project_managers']} project "
             f"managers; now = {d['now']}. Levels: " +
             ", ".join(f"{k} {v:,}" for k, v in sorted(lv.items())) + ". "
             f"Generated in {d['seconds']['total']:.0f} s; `getpower-server verify`: "
             f"{'passed' if d['verify']['exit'] == 0 else 'FAILED'} in {d['verify']['seconds']} s "
             f"({'; '.join(d['verify']['output'])}).")
    if "http" in r:
        L += ["", f"**HTTP** — wrk, {s['connections']} keep-alive connections, {s['wrk_threads']} client threads on the "
              f"same machine, {s['seconds']} s per endpoint, one after the other against one server process:", ""]
        rows = []
        for h in r["http"]:
            errs = h["errors_connect"] + h["errors_read"] + h["errors_write"] + h["errors_status"] + h["errors_timeout"]
            rows.append([h["what"], f"{h['rps']:,.0f}", f"{h['p50_ms']:.2f}", f"{h['p90_ms']:.2f}", f"{h['p99_ms']:.2f}",
                         f"{h['max_ms']:.1f}", errs, h["threads_after"], h["rss_mb_after"]])
        L.append(table(rows, ["request", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors", "threads", "RSS MB"]))
        t = r["targets"]
        L += ["", f"Targets: progress lookup at **{100 * t['track_vs_health']:.0f} %** of the health endpoint's "
              f"throughput (target ≥ 50 %: {ok(t['track_vs_health'] >= 0.5)}); its p99 **{t['track_p99_ms']:.2f} ms** "
              f"(target < 20 ms: {ok(t['track_p99_ms'] < 20)})."]
        if "track_writes_vs_health" in t:
            L += ["", f"Kept answers last until the next commit. With {t['track_writes_per_second']:.0f} applications/s "
                  f"submitted during the run (most lookups then derive their answer afresh): "
                  f"**{100 * t['track_writes_vs_health']:.0f} %** of the health endpoint "
                  f"({ok(t['track_writes_vs_health'] >= 0.5)}), p99 **{t['track_writes_p99_ms']:.2f} ms** "
                  f"({ok(t['track_writes_p99_ms'] < 20)})."]
    if "sla" in r:
        L += ["", f"**SLA job** over {r['sla']['open_applications']:,} open applications (POST /api/v1/admin/sla/sweep "
              "with the test clock; `seconds` is the job's own timing):", ""]
        rows = [[w["label"], w["now"], f"{w['applications_checked']:,}", f"{w['marks_recorded']:,}", w.get("sweeps", 1),
                 f"{w['seconds']:.3f}", f"{w.get('max_seconds', w['seconds']):.3f}", ok(w.get("max_seconds", w["seconds"]) < 1)]
                for w in r["sla"]["sweeps"]]
        L.append(table(rows, ["situation", "now", "applications due", "marks recorded", "sweeps", "seconds in all",
                              "longest sweep", "< 1 s per sweep"]))
        if "day" in r["sla"]:
            d = r["sla"]["day"]
            b = d["busiest"]
            L += ["", f"**SLA job as it runs in service** (a fresh copy of the same data; a sweep every "
                  f"{d['period_seconds']} s of clock time for {d['hours']} h, as `--sla-period` does, and what a sweep "
                  f"leaves swept right after): {d['sweeps']:,} sweeps in {d['minutes']:,} minutes, "
                  f"{d['applications_checked']:,} applications due in all, {d['marks_recorded']:,} marks recorded. Per sweep: "
                  f"mean {d['mean_seconds'] * 1000:.1f} ms, p99 {d['p99_seconds'] * 1000:.1f} ms, longest **{d['max_seconds']:.3f} s** "
                  f"(target < 1 s per sweep: {ok(d['max_seconds'] < 1)}). Busiest minute {b['now']}: "
                  f"{b['applications_checked']:,} applications due at once, {b['marks_recorded']:,} marks, "
                  f"{b['sweeps']} sweeps back to back, {b['seconds']:.2f} s in all."]
    if "storage" in r:
        st = r["storage"]
        L += ["", f"**Storage**: database {st['db_bytes'] / 1e6:,.0f} MB at {st['applications']:,} applications = "
              f"**{st['bytes_per_application']:,} bytes per application** with its events "
              f"({st['bytes_per_event']:,} bytes per event, all tables and indexes included). Largest parts:", ""]
        rows = [[p["name"], f"{p['bytes'] / 1e6:,.1f}", f"{100 * p['bytes'] / st['db_bytes']:.1f} %"]
                for p in st["by_object"][:12]]
        L.append(table(rows, ["table / index", "MB", "share"]))
    b = r.get("browser")
    if b and "error" not in b:
        L += ["", "**Browser** (headless Chromium, software WebGL, localhost):", ""]
        rows = [["compressed transfer for the first frame (incl. font)", f"{b['transfer_bytes'] / 1e6:.2f} MB",
                 "≤ 3 MB", ok(b["transfer_bytes"] <= 3 * 1024 * 1024)],
                ["first interactive frame (median of runs)", f"{b['first_frame_ms']:.0f} ms", "≤ 1.5 s",
                 ok(b["first_frame_ms"] <= 1500)]]
        if b.get("queue_stub"):
            q = b["queue_stub"]
            rows.append([f"staff queue, {q['rows']:,} rows (pages answered by the harness): CPU time per frame while "
                         "scrolling (median / p95)", f"{q['median_ms']:.2f} / {q['p95_ms']:.2f} ms", "≤ 8 ms",
                         ok(q["median_ms"] <= 8)])
        if b.get("queue") and b["queue"] is not b.get("queue_stub") and b["queue"].get("who"):
            q = b["queue"]
            rows.append([f"staff queue, {q['rows']:,} rows ({q['who']}): the same", f"{q['median_ms']:.2f} / {q['p95_ms']:.2f} ms",
                         "≤ 8 ms", ok(q["median_ms"] <= 8)])
        L.append(table(rows, ["what", "measured", "target", ""]))
        if b.get("files"):
            L += ["", "Files of the first frame: " + ", ".join(f"{f['name']} {f['transfer']:,} B" for f in b["files"]) + "."]
        if b.get("note"):
            L += ["", b["note"]]
    elif b:
        L += ["", "**Browser**: the measurement failed in this run (see build/bench/results.json)."]
    return "\n".join(L)


def main():
    r = json.load(open(sys.argv[1]))
    block = BEGIN + "\n" + render(r) + "\n" + END
    doc = open(DOC).read() if os.path.exists(DOC) else "# Performance\n\n" + BEGIN + "\n" + END + "\n"
    if BEGIN in doc and END in doc:
        doc = doc[:doc.index(BEGIN)] + block + doc[doc.index(END) + len(END):]
    else:
        doc += "\n" + block + "\n"
    open(DOC, "w").write(doc)
    print(render(r))
    print(f"\nwritten to {os.path.relpath(DOC, ROOT)}")


if __name__ == "__main__":
    main()
