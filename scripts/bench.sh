#!/usr/bin/env bash
# `make bench` (never part of `make test`): GetPower's figures at scale — 100,000 applications with
# ~2 million events, HTTP at 32 keep-alive connections, the SLA job, storage, the browser — printed
# and written to docs/performance.md (bench/run.py; bench/README.md has the details).
#   scripts/bench.sh                       everything (the data set is generated once, then cached)
#   GP_BENCH_APPS=20000 scripts/bench.sh   a smaller data set
#   scripts/bench.sh --only http,sla --no-doc   a part, without touching the document
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in wrk sqlite3 node python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (scripts/deps.sh installs it)" >&2; exit 1; }
done
[ -x build/native/bench/getpower-bench-seed ] || cmake --build build/native --target getpower-bench-seed -j "$(nproc)"
exec python3 bench/run.py "$@"
