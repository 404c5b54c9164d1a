#!/usr/bin/env bash
# Instructions per in-process diff+classify call, stage by stage (valgrind callgrind, so the
# numbers repeat exactly from run to run where wall time on this VM varies by 25 %).
#
#   Scripts/stage-profile.sh [BASELINE CANDIDATE]    default: pair a of Scripts/bench_inputs.py
#
# Builds Scripts/Bench in release (.build-bench-inprocess), runs `stegdiff-bench --pair` under
# callgrind with collection on inside Differ.diff only (BENCH_DIFF_ONLY=1: no decode loop), and
# prints, per call of Differ.diff, the inclusive instructions of each stage. The first call (the
# warm-up, which builds tables) is included in the totals, so the per-call figure is slightly high.
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
BENCH_DIFF_ONLY=1 valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" \
  '--toggle-collect=$s8StegDiff6DifferO4diff8baseline9candidate7optionsAA0B6ReportVAA10PromptTextV_AkA0B7OptionsVtFZ' \
  "$WORK/bench" --pair p "$BASELINE" "$CANDIDATE" >/dev/null 2>"$WORK/valgrind.log" \
  || { cat "$WORK/valgrind.log" >&2; exit 1; }
python3 - "$WORK/cg.out" <<'EOF'
import re, sys
# Stage name -> a substring of the Swift mangled name of the function that does it.
STAGES = [
    ("Differ.diff (whole call)", "StegDiff6DifferO4diff8baseline9candidate7optionsAA0B6ReportVAA10PromptTextV_AkA0B7OptionsVtFZ"),
    ("ByteDiff", "StegDiff04ByteB0V8baseline9candidate6limits"),
    ("HunkWidener.widen", "StegDiff11HunkWidenerV5widen_"),
    ("  dates around hunks", "StegDiff11HunkWidenerV13dateExtension"),
    ("    DateRecognizer.dates", "StegDiff14DateRecognizerC5dates2in10timesAlone14localizedZonesSayAA010RecognizedC0VGSays6UInt32VG_S2bSgtF"),
    ("Classifier.classify", "StegDiff10ClassifierV8classify0"),
    ("EditWidening.apply", "StegDiff12EditWideningO5apply_"),
    ("UniformSubstitution.group", "StegDiff19UniformSubstitutionO5group"),
    ("FindingBuilder.finding", "StegDiff14FindingBuilderV7finding4from"),
]
names, inclusive, calls = {}, {}, {}
current = None
pending_call = None
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    m = re.match(r"^(c?fn)=\((\d+)\)(?: (.*))?$", line)
    if m:
        kind, ident, name = m.groups()
        if name: names[ident] = name
        if kind == "fn": current = names[ident]
        else: pending_call = names[ident]
        continue
    if line.startswith("calls="):
        calls[pending_call] = calls.get(pending_call, 0) + int(line.split()[0][6:])
        continue
    if pending_call is not None and re.match(r"^[+-]?\d+ \d+", line):
        # The line after calls= holds the inclusive cost of that call site; recursive calls of a
        # function to itself are left out so that they are not counted twice.
        if pending_call != current:
            inclusive[pending_call] = inclusive.get(pending_call, 0) + int(line.split()[1])
        pending_call = None
def total(fragment):
    cost = sum(v for k, v in inclusive.items() if fragment in k and not k.endswith("'2"))
    count = sum(v for k, v in calls.items() if fragment in k and not k.endswith("'2"))
    return cost, count
whole, diff_calls = total(STAGES[0][1])
# The outer Differ.diff is the toggle point; its own cost is the program's total.
for line in open(sys.argv[1]):
    if line.startswith("summary:") or line.startswith("totals:"):
        whole = int(line.split()[1]); break
diff_calls = max(1, sum(v for k, v in calls.items() if STAGES[0][1] in k and "Tf4nnnd_n" not in k))
print(f"{diff_calls} calls of Differ.diff; instructions per call (inclusive):")
for label, fragment in STAGES:
    cost = whole if label.startswith("Differ.diff") else total(fragment)[0]
    print(f"  {label:<28} {cost / diff_calls / 1000:10.1f} K")
EOF
