#!/usr/bin/env bash
# libFuzzer runs of every parser of outside input (tests/fuzz/README.md).
#   scripts/fuzz.sh short            build, then every target for a few seconds (part of `make test`)
#   scripts/fuzz.sh long [SECONDS]   every target for SECONDS (default 600) on a persistent corpus
#   scripts/fuzz.sh build            only build (clang, ASan + UBSan, build/fuzz)
#   scripts/fuzz.sh run TARGET [SECONDS]   one target
# Seeds: tests/fuzz/corpus/<target>/ (read-only here; new inputs go to build/fuzz/corpus/<target>/).
# A crash leaves its input in build/fuzz/artifacts/ and fails the run; reproduce with
#   build/fuzz/fuzzers/fuzz_<target> build/fuzz/artifacts/<file>
set -uo pipefail
cd "$(dirname "$0")/.."
B=build/fuzz
TARGETS=(facts validate csv reserve_csv reserve_json outages_csv calendar service_config workflow json_body query upload)
mode=${1:-short}

build() {
  if [ ! -f "$B/CMakeCache.txt" ]; then
    cmake -S . -B "$B" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Fuzz \
      -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" -DGETPOWER_FUZZ=ON -DGETPOWER_TESTS=OFF >/dev/null || return 1
  fi
  cmake --build "$B" --target fuzzers -j "$(nproc)" 2>&1 | grep -E 'error|warning: unused|Error' || true
  local t  # not the caller's $t (run TARGET)
  for t in "${TARGETS[@]}"; do [ -x "$B/fuzzers/fuzz_$t" ] || { echo "fuzz: fuzz_$t was not built"; return 1; }; done
}

# run TARGET SECONDS CORPUS_DIR: prints one summary line; non-zero on a crash.
run_one() {
  local t=$1 secs=$2 corpus=$3
  mkdir -p "$corpus" "$B/artifacts" "$B/logs"
  local log="$B/logs/$t.log"
  local dict=()
  [ -f "tests/fuzz/dict/$t.dict" ] && dict=(-dict="tests/fuzz/dict/$t.dict")
  # The seeds are read as a second corpus: new inputs are written to the first one only.
  "$B/fuzzers/fuzz_$t" "$corpus" "tests/fuzz/corpus/$t" "${dict[@]}" -max_total_time="$secs" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$B/artifacts/$t-" >"$log" 2>&1
  local rc=$?
  local runs cov ft corp speed
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$')
  speed=$(grep -Eo 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -Eo '[0-9]+$')
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+')
  ft=$(grep -Eo 'ft: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+')
  corp=$(grep -Eo 'corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1 | cut -d' ' -f2)
  printf '  %-15s %4ss %10s runs %7s/s  cov %5s  ft %6s  corpus %s  %s\n' "$t" "$secs" "${runs:-?}" "${speed:-?}" \
    "${cov:-?}" "${ft:-?}" "${corp:-?}" "$([ $rc -eq 0 ] && echo ok || echo "CRASH (see $log)")"
  if [ $rc -ne 0 ]; then grep -E 'ERROR|fuzz property|SUMMARY|Test unit written' "$log" | head -8 | sed 's/^/      /'; fi
  return $rc
}

case "$mode" in
  build) build ;;
  short)
    t0=$SECONDS
    build || exit 1
    echo "fuzz: build $((SECONDS - t0)) s"
    # ≤ 60 s in all with the build: what is left, shared out, at least 2 s per target.
    per=$(( (55 - (SECONDS - t0)) / ${#TARGETS[@]} ))
    [ "$per" -lt 2 ] && per=2
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    failed=0
    for t in "${TARGETS[@]}"; do run_one "$t" "$per" "$tmp/$t" || failed=1; done
    echo "fuzz: ${#TARGETS[@]} targets, $((SECONDS - t0)) s in all; $([ $failed -eq 0 ] && echo 'no crash' || echo 'CRASHES: see build/fuzz/artifacts/')"
    exit $failed ;;
  long)
    secs=${2:-600}
    build || exit 1
    failed=0
    for t in "${TARGETS[@]}"; do run_one "$t" "$secs" "$B/corpus/$t" || failed=1; done
    exit $failed ;;
  run)
    t=${2:?target}; secs=${3:-60}
    build || exit 1
    run_one "$t" "$secs" "$B/corpus/$t" ;;
  *) echo "usage: $0 short | long [SECONDS] | build | run TARGET [SECONDS]" >&2; exit 2 ;;
esac
