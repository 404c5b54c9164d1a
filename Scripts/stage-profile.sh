#!/usr/bin/env bash
# Instructions per in-process diff+classify call, stage by stage (valgrind callgrind, so the
# numbers repeat exactly from run to run where wall time on this VM varies by 25 %).
#
#   Scripts/stage-profile.sh [BASELINE CANDIDATE]    default: pair a of Scripts/bench_inputs.py
#
# Builds Scripts/Bench in release (.build-bench-inprocess) and runs `stegdiff-bench --pair` under
# callgrind twice, collecting inside Differ.diff only (BENCH_DIFF_ONLY=1: no decode loop), with 1
# and with 11 timed calls after the warm-up (BENCH_ITERATIONS). The difference, divided by ten,
# is what one call costs with every one-time cost (tables, formatters) left out; it is printed
# for the whole call and for each stage (Scripts/callgrind_stages.py).
set -euo pipefail
cd "$(dirname "$0")/.."
BASELINE=${1:-/tmp/stegdiff-bench/inputs/a/baseline.md}
CANDIDATE=${2:-/tmp/stegdiff-bench/inputs/a/candidate.md}
if [ $# = 0 ] && [ ! -f "$BASELINE" ]; then
  python3 Scripts/bench_inputs.py pairs /tmp/stegdiff-bench/inputs --seed 20260704 >&2
fi
command -v valgrind >/dev/null || { echo "stage-profile: needs valgrind (sudo apt-get install -y valgrind)" >&2; exit 2; }
swift build -c release --package-path Scripts/Bench --scratch-path .build-bench-inprocess >&2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Valgrind gives up on the DWARF of Swift release binaries; symbols are enough.
cp .build-bench-inprocess/release/stegdiff-bench "$WORK/bench"
objcopy --strip-debug "$WORK/bench"
for calls in 1 11; do
  BENCH_DIFF_ONLY=1 BENCH_ITERATIONS=$calls valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.$calls" \
    '--toggle-collect=$s8StegDiff6DifferO4diff8baseline9candidate7optionsAA0B6ReportVAA10PromptTextV_AkA0B7OptionsVtFZ' \
    "$WORK/bench" --pair p "$BASELINE" "$CANDIDATE" >/dev/null 2>"$WORK/valgrind.log" \
    || { cat "$WORK/valgrind.log" >&2; exit 1; }
done
python3 Scripts/callgrind_stages.py "$WORK/cg.1" "$WORK/cg.11" 10
