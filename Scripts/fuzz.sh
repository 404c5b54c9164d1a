#!/usr/bin/env bash
# Builds the libFuzzer targets (Scripts/Fuzz) with AddressSanitizer and runs them.
#
#   Scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s each, all five targets)
#
# Targets: decode captures diff classify inspect. Each starts from its seed folder
# (Tests/StegDiffTests/FuzzCorpus/TARGET: the kept regression inputs) plus the Corpus/ prompts
# and captures, and grows a working corpus in .build-fuzz/corpus/TARGET. A crash writes
# .build-fuzz/crashes/TARGET/crash-*; copy it into Tests/StegDiffTests/FuzzCorpus/TARGET after
# fixing, and `swift test` replays it from then on. Exit 1 if any target crashed.
# FUZZ_MAX_LEN=4096 FUZZ_CORPUS_SUFFIX=-small: short inputs only, no big seeds, own corpus folder.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(decode captures diff classify inspect)
bash Scripts/setup.sh
source Scripts/swift-path.sh
BUILD=.build-fuzz
# Two separate --sanitize flags would silently drop ASan for the Swift code (ENGINEERING-NOTES).
FLAGS=(--package-path Scripts/Fuzz --scratch-path "$BUILD" -c release --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=address)
# FUZZ_SKIP_BUILD=1: reuse the build (for several runs side by side).
[ "${FUZZ_SKIP_BUILD:-0}" = 1 ] || swift build "${FLAGS[@]}" >&2
BIN=$(swift build "${FLAGS[@]}" --show-bin-path)
status=0
for target in "${TARGETS[@]}"; do
  corpus="$BUILD/corpus${FUZZ_CORPUS_SUFFIX:-}/$target"; crashes="$BUILD/crashes/$target"; seeds="Tests/StegDiffTests/FuzzCorpus/$target"
  mkdir -p "$corpus" "$crashes" "$seeds"
  if [ "${FUZZ_MAX_LEN:-65536}" -ge 65536 ]; then
    case $target in
      captures) cp -n Corpus/captures/* "$corpus/" 2>/dev/null || true ;;
      decode|inspect) cp -n Corpus/baselines/* "$corpus/" 2>/dev/null || true ;;
    esac
  fi
  log="$BUILD/fuzz-$target.log"
  echo "fuzz: $target for ${SECONDS_PER_TARGET}s (log $log)" >&2
  # FUZZ_MAX_LEN (default 65536): smaller inputs run many times faster through inspect and captures.
  if ! ASAN_OPTIONS=detect_leaks=0 "$BIN/fuzz-$target" "$corpus" "$seeds" -max_total_time="$SECONDS_PER_TARGET" \
       -max_len="${FUZZ_MAX_LEN:-65536}" -timeout=20 -rss_limit_mb=4096 -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1; then
    echo "fuzz: $target CRASHED — see $log and $crashes/" >&2
    status=1
  fi
  runs=$(grep -o "stat::number_of_executed_units: *[0-9]*" "$log" | grep -o "[0-9]*$" || echo "?")
  echo "fuzz: $target: $runs executions in ${SECONDS_PER_TARGET}s, corpus $(ls "$corpus" | wc -l) inputs" >&2
done
exit $status
