#!/usr/bin/env bash
# `make soak` (not part of `make test`): the long resilience runs behind docs/reliability.md.
#   1. kill -9 during write bursts: tests/server/crash_test.cpp, round after round (3 kills each)
#   2. the resilience suite (tests/server/resilience_test.cpp), repeated
#   3. hostile clients at scale: idle connections, slow drips, chunked/oversized bodies, and a
#      backup, against the server while honest clients are timed (tests/soak/hostile_mix.py)
#   4. long libFuzzer runs of every target (scripts/fuzz.sh long)
# Knobs: GP_SOAK_CRASH_ROUNDS (10), GP_SOAK_REPEAT (3), GP_SOAK_HOSTILE_SECONDS (120),
#        GP_SOAK_FUZZ_SECONDS (300 per target), GP_SOAK_ONLY="crash resilience hostile fuzz".
set -uo pipefail
cd "$(dirname "$0")/.."
LOG=build/soak
mkdir -p "$LOG"
NATIVE=${GP_NATIVE:-build/native}
only=${GP_SOAK_ONLY:-"crash resilience hostile fuzz"}
failed=()
summary=()

step() {  # name, command...
  local name=$1; shift
  local t0=$SECONDS
  echo "== soak: $name"
  if "$@" > "$LOG/$name.log" 2>&1; then
    summary+=("ok      $name ($((SECONDS - t0)) s)")
  else
    summary+=("FAILED  $name ($((SECONDS - t0)) s): see $LOG/$name.log")
    failed+=("$name")
    tail -30 "$LOG/$name.log" | sed 's/^/   | /'
  fi
  grep -E '^      |^  [a-z_]+ +[0-9]+s|^soak:|PASSED|FAILED' "$LOG/$name.log" | tail -40 | sed 's/^/   /'
}

[ -x "$NATIVE/tests/server_tests" ] || cmake --build "$NATIVE" --target server_tests -j "$(nproc)"
for part in $only; do
  case "$part" in
    crash) step crash "$NATIVE/tests/server_tests" --gtest_filter='Crash.*:Process.Kill9*' \
             --gtest_repeat="${GP_SOAK_CRASH_ROUNDS:-10}" --gtest_break_on_failure ;;
    resilience) step resilience "$NATIVE/tests/server_tests" --gtest_filter='Resilience.*' \
             --gtest_repeat="${GP_SOAK_REPEAT:-3}" ;;
    hostile) step hostile python3 tests/soak/hostile_mix.py --seconds "${GP_SOAK_HOSTILE_SECONDS:-120}" ;;
    fuzz) step fuzz scripts/fuzz.sh long "${GP_SOAK_FUZZ_SECONDS:-300}" ;;
    *) echo "soak: unknown part $part" >&2; exit 2 ;;
  esac
done
echo
printf '%s\n' "${summary[@]}" | tee "$LOG/summary.txt"
[ ${#failed[@]} -eq 0 ] || { echo "soak: FAILED: ${failed[*]}"; exit 1; }
echo "soak: all parts held"
