#!/usr/bin/env bash
# Runs GetPower's suites. `make test` = deps + build + `scripts/test.sh all`.
#   scripts/test.sh all      every suite below, in order; fails if any fails
#   scripts/test.sh shared   domain tests, native (GoogleTest)
#   scripts/test.sh wasm     the same domain tests compiled to WASM, under node; counts must match native
#   scripts/test.sh state    the browser app's screen logic, native
#   scripts/test.sh server   HTTP integration tests against the real server on loopback (first: no SQL
#                            text outside server/src/store/, scripts/check_sql_layers.sh)
#   scripts/test.sh security one test per attack (issue 15), against the real server on loopback
#   scripts/test.sh e2e      headless Chromium against the real server (playwright-core)
#   scripts/test.sh fuzz     short libFuzzer runs of every parser of outside input (when built)
#   scripts/test.sh deploy   the production recipe: the server behind nginx with TLS (docs/deploy.md)
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
NATIVE=build/native
WASM=build/wasm
LOG=build/test-logs
mkdir -p "$LOG"
failed=()

# Prints "N" from GoogleTest's "[  PASSED  ] N tests." line of a log.
passed_count() { grep -Eo '\[  PASSED  \] [0-9]+ test' "$1" | grep -Eo '[0-9]+' | tail -1; }

run() {  # name, command...
  local name=$1; shift
  local t0=$SECONDS
  echo "== $name"
  if "$@" > "$LOG/$name.log" 2>&1; then
    echo "   ok ($((SECONDS - t0)) s) $(grep -E '\[  PASSED  \]|^e2e: .*passed|passed' "$LOG/$name.log" | tail -1)"
  else
    echo "   FAILED ($((SECONDS - t0)) s) — last lines of $LOG/$name.log:"
    tail -40 "$LOG/$name.log" | sed 's/^/   | /'
    failed+=("$name")
  fi
}

suite_shared() { run shared "$NATIVE/shared_tests"; }
suite_wasm() {
  run wasm node --no-experimental-fetch "$WASM/shared_tests.js"
  local n w
  n=$(passed_count "$LOG/shared.log" 2>/dev/null || true)
  w=$(passed_count "$LOG/wasm.log" 2>/dev/null || true)
  if [ -n "$n" ] && [ -n "$w" ]; then
    if [ "$n" = "$w" ]; then echo "   native and WASM ran the same $n domain tests"
    else echo "   MISMATCH: native passed $n domain tests, WASM $w"; failed+=("wasm-count"); fi
  fi
}
suite_state() { run state "$NATIVE/tests/wasm_state_tests"; }
suite_server() { run sql-layers scripts/check_sql_layers.sh; run server "$NATIVE/tests/server_tests"; }
suite_security() { run security "$NATIVE/tests/security_tests"; }
suite_e2e() { run e2e node tests/e2e/run.mjs; }
suite_fuzz() { [ -x scripts/fuzz.sh ] && run fuzz scripts/fuzz.sh short; }
suite_deploy() { run deploy tests/deploy/nginx_test.sh; }

case "${1:-all}" in
  all) suite_shared; suite_wasm; suite_state; suite_server; suite_security; suite_e2e; suite_fuzz; suite_deploy ;;
  shared) suite_shared ;;
  wasm) suite_shared; suite_wasm ;;
  state) suite_state ;;
  server) suite_server ;;
  security) suite_security ;;
  e2e) suite_e2e ;;
  fuzz) suite_fuzz ;;
  deploy) suite_deploy ;;
  *) echo "usage: $0 all|shared|wasm|state|server|security|e2e|fuzz|deploy" >&2; exit 2 ;;
esac

if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]} (logs in $LOG/)"
  exit 1
fi
echo "all suites passed"
