#!/usr/bin/env bash
# Benchmarks stegdiff against peer diff tools on the same inputs, in one run, and prints one
# Markdown table (also written to $BENCH_DIR/results/report.md).
#
#   Scripts/bench.sh            everything except the 10x archive (~15-25 min on 2 cores)
#   Scripts/bench.sh --quick    smoke check (< 2 min once built): fewer runs, 500-capture archive,
#                               5 s peer timeout, small peer samples
#   Scripts/bench.sh --scale 10 also scans a 10x archive (100,000 captures, ~5.5 GB) once, for peak
#                               RSS independent of archive size (same as BENCH_SCAN_SCALE=10)
#
# Environment: BENCH_DIR (work folder, default /tmp/stegdiff-bench), BENCH_SCAN_SCALE (see --scale),
# BENCH_SKIP_BUILD=1 (use the existing .build-bench/release/stegdiff), BENCH_TIMEOUT (seconds a
# single peer run may take, default 60), BENCH_SCAN_RUNS (hyperfine runs for each whole-archive
# scan, default 2).
#
# Inputs (Scripts/bench_inputs.py, fixed seed, regenerated only when their stamp changes):
#   a  100 KB pair: the corpus baselines repeated; candidate with 10 perturbations of 10 kinds
#   b  1 MB pair, likewise        c  two unrelated 1 MB texts (corpus words, two shuffles)
#   d  archive of 10,000 captures of 20-100 KB (Scripts/make-capture-archive.py --large)
# Peers: GNU diff, git diff --no-index --word-diff=porcelain (word, and character level with
# --word-diff-regex=.), Python difflib SequenceMatcher on characters, diff-match-patch diff_main
# (Diff_Timeout 1 s, the package default, and 0 = unlimited); see Scripts/bench_peers.py.
# `inspect` (input i, the 1 MB candidate of b) against single-text scanners: heckler, disarm,
# confusable_homoglyphs, homoglyphs (Python packages, start-up included).
# On d, each peer runs pair by pair in a shell loop over the first captures of the archive (their
# system prompts extracted to text files beforehand, untimed, and each given its right baseline,
# both of which favour the peers); the per-capture time is extrapolated to the whole archive.
#
# In-process benchmark: Scripts/Bench (a package of its own, so the library gains no dependency)
# is built into .build-bench-inprocess and run as
#   stegdiff-bench --pair a BASELINE CANDIDATE --pair b BASELINE CANDIDATE --archive d ARCHIVE CORPUS
# and each JSON line it prints, {"input":"a","bytes":N,"seconds":S,"iterations":K}, is reported as
# N*K/S/1e6 MB/s (diff+classify on decoded texts, one thread).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
START_SECONDS=$SECONDS

QUICK=0
SCALE=${BENCH_SCAN_SCALE:-1}
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --scale) SCALE=${2:?--scale needs a number}; shift ;;
    --scale=*) SCALE=${1#--scale=} ;;
    -h|--help) sed -n '2,31p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ $SCALE =~ ^[1-9][0-9]*$ ]] || { echo "bench: --scale wants a positive integer, not '$SCALE'" >&2; exit 2; }

BENCH_DIR=${BENCH_DIR:-/tmp/stegdiff-bench}
SEED=20260704
if [ $QUICK = 1 ]; then
  RUNS=3 WARMUP=1 HEAVY=1 HEAVY_RUNS=1 CAPTURES=500 PEER_SAMPLE=30 PY_SAMPLE=5
  TIMEOUT=${BENCH_TIMEOUT:-5} SCAN_RUNS=${BENCH_SCAN_RUNS:-1} MODE="quick"
else
  RUNS=10 WARMUP=2 HEAVY=2 HEAVY_RUNS=3 CAPTURES=10000 PEER_SAMPLE=300 PY_SAMPLE=30
  TIMEOUT=${BENCH_TIMEOUT:-60} SCAN_RUNS=${BENCH_SCAN_RUNS:-2} MODE="full"
fi
LOOP_TIMEOUT=1800  # a whole peer loop or archive scan

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 2; }

# --- tools ------------------------------------------------------------------------------------
missing=()
for tool in hyperfine valgrind; do command -v $tool >/dev/null || missing+=("$tool"); done
[ -x /usr/bin/time ] || missing+=("time")
[ ${#missing[@]} = 0 ] || die "missing ${missing[*]}: sudo apt-get install -y hyperfine valgrind time"
for tool in swift python3 git diff taskset timeout strip; do
  command -v $tool >/dev/null || die "missing '$tool' (swift: the Swift 6 toolchain; taskset: util-linux; strip: binutils)"
done
if ! python3 -c 'import diff_match_patch' 2>/dev/null; then
  say "installing the diff-match-patch Python package (pip install diff-match-patch)"
  python3 -m pip install --quiet diff-match-patch >&2 || say "could not install diff-match-patch; its rows will say so"
fi
HAVE_DMP=0; python3 -c 'import diff_match_patch' 2>/dev/null && HAVE_DMP=1
# The single-text scanners `inspect` is compared with (versions pinned, as measured in the README).
if ! command -v heckler >/dev/null || ! python3 -c 'import disarm, confusable_homoglyphs, homoglyphs' 2>/dev/null; then
  say "installing the inspect peers (pip install heckler==1.0.0 disarm==0.17.2 confusable-homoglyphs==3.3.1 homoglyphs==2.0.4)"
  python3 -m pip install --quiet heckler==1.0.0 disarm==0.17.2 confusable-homoglyphs==3.3.1 homoglyphs==2.0.4 >&2 \
    || say "could not install the inspect peers; their rows will say so"
fi

# --- build ------------------------------------------------------------------------------------
BIN=$ROOT/.build-bench/release/stegdiff
if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -x "$BIN" ]; then
  say "BENCH_SKIP_BUILD=1: using the existing $BIN"
else
  say "building: swift build -c release --static-swift-stdlib --scratch-path .build-bench --product stegdiff"
  if ! swift build -c release --static-swift-stdlib --scratch-path .build-bench --product stegdiff >&2; then
    say "build failed; retrying once (a source file may have changed during the build)"
    swift build -c release --static-swift-stdlib --scratch-path .build-bench --product stegdiff >&2 || die "build failed"
  fi
fi
[ -x "$BIN" ] || die "no binary at $BIN"
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain -- Sources Package.swift 2>/dev/null)" ]; then COMMIT="$COMMIT + uncommitted changes in Sources/Package.swift"; fi

RESULTS=$BENCH_DIR/results-$MODE
rm -rf "$RESULTS"; mkdir -p "$RESULTS/hyperfine"
LOG=$RESULTS/log.txt; : > "$LOG"
say "work folder $BENCH_DIR; log $LOG"

{
  echo "stegdiff	$COMMIT (release build, .build-bench)"
  echo "GNU diff	$(diff --version | head -1)"
  echo "git	$(git --version)"
  echo "Python	$(python3 --version 2>&1)"
  echo "diff-match-patch	$(python3 -c 'import importlib.metadata as m; print(m.version("diff-match-patch"))' 2>/dev/null || echo 'not installed')"
  echo "hyperfine	$(hyperfine --version)"
  echo "valgrind	$(valgrind --version)"
  echo "swift	$(swift --version 2>&1 | head -1)"
  echo "machine	$(nproc) cores, $(uname -srm), $(awk '/MemTotal/ {printf "%.0f GB RAM", $2/1048576}' /proc/meminfo)"
} > "$RESULTS/versions.tsv"
sed 's/\t/: /' "$RESULTS/versions.tsv" >&2

# --- inputs (fixed seed; reused while the stamp matches) ---------------------------------------
stamp_of() {  # what the inputs depend on, hashed
  { cat Scripts/bench_inputs.py Scripts/make-capture-archive.py Corpus/baselines/*.md; echo "$*"; } | sha256sum | cut -c1-16
}
PAIRS=$BENCH_DIR/pairs
key=$(stamp_of pairs $SEED)
if [ "$(cat "$PAIRS/.stamp" 2>/dev/null)" != "$key" ]; then
  say "generating pairs a, b, c in $PAIRS"
  rm -rf "$PAIRS"; python3 Scripts/bench_inputs.py pairs "$PAIRS" --seed $SEED; echo "$key" > "$PAIRS/.stamp"
else
  say "reusing pairs in $PAIRS (stamp $key)"
fi

make_archive() {  # captures sample -> prints the folder
  local captures=$1 sample=$2 dir=$BENCH_DIR/archive-$1 key
  key=$(stamp_of archive "$captures" $SEED "$sample")
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$key" ]; then
    say "generating archive of $captures captures in $dir (make-capture-archive.py --captures $captures --large --seed $SEED)"
    rm -rf "$dir"
    python3 Scripts/bench_inputs.py archive "$dir" --captures "$captures" --seed $SEED --sample "$sample" >&2
    echo "$key" > "$dir/.stamp"
  else
    say "reusing archive in $dir (stamp $key)"
  fi
  echo "$dir"
}
ARCHIVE=$(make_archive $CAPTURES $PEER_SAMPLE)
meta() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1/meta.json" "$2"; }
head -n $PEER_SAMPLE "$ARCHIVE/peer-sample/list.tsv" > "$RESULTS/sample.tsv"
head -n $PY_SAMPLE "$ARCHIVE/peer-sample/list.tsv" > "$RESULTS/sample-py.tsv"
head -n 1 "$ARCHIVE/peer-sample/list.tsv" > "$RESULTS/sample-1.tsv"
TINY=Corpus/baselines/review-bot.md

{
  echo "mode	$MODE"
  echo "captures	$CAPTURES"
  echo "archiveFiles	$(meta "$ARCHIVE" files)"
  echo "archiveBytes	$(meta "$ARCHIVE" archiveBytes)"
  echo "promptBytes	$(meta "$ARCHIVE" promptBytes)"
  echo "peerSample	$PEER_SAMPLE"
  echo "pySample	$PY_SAMPLE"
  echo "timeout	$TIMEOUT"
  echo "runs	$RUNS"
  echo "heavy	$HEAVY"
  echo "heavyRuns	$HEAVY_RUNS"
  echo "scanRuns	$SCAN_RUNS"
  echo "loadStart	$(cut -d' ' -f1-3 /proc/loadavg)"
  for p in a b c; do echo "bytes_$p	$(stat -c %s "$PAIRS/$p/candidate.md")"; done
  echo "bytes_tiny	$(stat -c %s $TINY)"
} > "$RESULTS/env.tsv"

# --- measuring ---------------------------------------------------------------------------------
# measure INPUT TOOL ROLE SAMPLE TIMEOUT NOTE -- COMMAND...
# One probe run under /usr/bin/time (peak RSS, and a timeout), then hyperfine -N for the median:
# RUNS runs after WARMUP warm-ups, or HEAVY_RUNS runs without warm-up when the probe took more
# than HEAVY seconds (the probe then warms the caches). ROLE: stegdiff (the row peers are compared
# with), peer, or info. SAMPLE: for archive loops, how many captures the command covers (else 0).
# Exit status 0 and 1 (differences found) count as success.
ROW=0
measure() {
  local input=$1 tool=$2 role=$3 sample=$4 limit=$5 note=$6; shift 7
  local id probe status median runs rss rc seconds warm n
  ROW=$((ROW + 1)); id=$(printf '%02d' $ROW)
  probe=$RESULTS/probe-$id.txt
  say "[$input] $tool"
  printf '\n### [%s] %s\n$ %s\n' "$input" "$tool" "$*" >> "$LOG"
  /usr/bin/time -o "$probe" -f '%e %M %x' timeout "$limit" "$@" > /dev/null 2>> "$LOG" || true
  seconds="" rss="" rc=""
  read -r seconds rss rc < <(grep -E '^[0-9.]+ [0-9]+ [0-9]+$' "$probe" | tail -1) || true
  median=""; runs=0
  if [ "$rc" = 124 ]; then
    status="timeout"; rss=""
  elif [ "$rc" != 0 ] && [ "$rc" != 1 ]; then
    status="failed (exit ${rc:-unknown}, see log)"
  else
    status="ok"
    if awk -v s="$seconds" -v h="$HEAVY" 'BEGIN { exit !(s > h) }'; then warm=0; n=$HEAVY_RUNS; else warm=$WARMUP; n=$RUNS; fi
    [[ $tool == "stegdiff scan"* ]] && { warm=0; n=$SCAN_RUNS; }
    if [ "$n" = 0 ]; then
      median=$seconds; runs=1
    elif hyperfine -N -i --style basic --warmup $warm --runs $n \
        --export-json "$RESULTS/hyperfine/$id.json" -- "$(printf '%q ' "$@")" >> "$LOG" 2>&1; then
      read -r median runs < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["median"], len(r["times"]))' "$RESULTS/hyperfine/$id.json")
    else
      median=$seconds; runs=1; note="${note:+$note; }hyperfine failed, probe time"
    fi
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$input" "$tool" "$role" "$median" "$runs" "$rss" "$status" "$sample" "$note" >> "$RESULTS/runs.tsv"
}
skip() {  # INPUT TOOL ROLE STATUS NOTE
  say "[$1] $2: $4"
  printf '%s\t%s\t%s\t\t0\t\t%s\t0\t%s\n' "$1" "$2" "$3" "$4" "$5" >> "$RESULTS/runs.tsv"
}
timed_out() { awk -F'\t' -v i="$1" -v t="$2" '$1 == i && $2 == t && $7 == "timeout" { found = 1 } END { exit !found }' "$RESULTS/runs.tsv"; }

PEERS=$ROOT/Scripts/bench_peers.py
# peer_rows INPUT BASELINE CANDIDATE SMALLER: every peer on one pair; a Python peer that timed out
# on the smaller input SMALLER is not run again on this one.
peer_rows() {
  local input=$1 a=$2 b=$3 smaller=${4:-}
  measure "$input" "GNU diff" peer 0 "$TIMEOUT" "" -- diff "$a" "$b"
  measure "$input" "git word-diff" peer 0 "$TIMEOUT" "" -- git diff --no-index --word-diff=porcelain "$a" "$b"
  measure "$input" "git word-diff, characters" peer 0 "$TIMEOUT" "" -- git diff --no-index --word-diff=porcelain --word-diff-regex=. "$a" "$b"
  if [ -n "$smaller" ] && timed_out "$smaller" "difflib (characters)"; then
    skip "$input" "difflib (characters)" peer "timeout" "not run: timed out on the smaller input $smaller"
  else
    measure "$input" "difflib (characters)" peer 0 "$TIMEOUT" "" -- python3 "$PEERS" difflib "$a" "$b"
  fi
  if [ $HAVE_DMP = 1 ]; then
    measure "$input" "diff-match-patch (Diff_Timeout 1 s)" peer 0 "$TIMEOUT" "" -- python3 "$PEERS" dmp "$a" "$b" 1
    measure "$input" "diff-match-patch (Diff_Timeout 0)" peer 0 "$TIMEOUT" "" -- python3 "$PEERS" dmp "$a" "$b" 0
  else
    skip "$input" "diff-match-patch" peer "not installed" "pip install diff-match-patch failed"
  fi
}

measure tiny "stegdiff diff (startup: 6 KB file vs itself)" info 0 "$TIMEOUT" "" -- "$BIN" diff $TINY $TINY
for p in a b c; do
  smaller=""; [ $p != a ] && smaller=a
  measure "$p" "stegdiff diff" stegdiff 0 "$TIMEOUT" "" -- "$BIN" diff "$PAIRS/$p/baseline.md" "$PAIRS/$p/candidate.md"
  peer_rows "$p" "$PAIRS/$p/baseline.md" "$PAIRS/$p/candidate.md" "$smaller"
done

# --- d: the archive ------------------------------------------------------------------------------
measure d "stegdiff scan" stegdiff "$CAPTURES" "$LOOP_TIMEOUT" "all $CAPTURES captures, all cores" -- \
  "$BIN" scan "$ARCHIVE/archive" --corpus "$ARCHIVE/corpus"
measure d "stegdiff scan, 1 core (taskset -c 0)" info "$CAPTURES" "$LOOP_TIMEOUT" "all $CAPTURES captures" -- \
  taskset -c 0 "$BIN" scan "$ARCHIVE/archive" --corpus "$ARCHIVE/corpus"

# A peer on the archive: a shell loop over the sample, one process per capture, as a user would
# write it. One capture is tried first with the single-run timeout, so a peer that cannot finish
# one capture is not run on hundreds.
loop_script() {  # NAME COMMAND-PREFIX... -> path of a script taking the list file
  local name=$1; shift
  local script=$RESULTS/loop-$name.sh
  {
    echo '#!/usr/bin/env bash'
    echo "while IFS=\$'\\t' read -r baseline capture; do"
    echo "  $(printf '%q ' "$@")\"\$baseline\" \"\$capture\" > /dev/null"
    echo '  [ $? -le 1 ] || exit 2'
    echo "done < \"\$1\""
  } > "$script"
  chmod +x "$script"; echo "$script"
}
archive_peer() {  # TOOL LIST SAMPLE NAME COMMAND-PREFIX...
  local tool=$1 list=$2 sample=$3 name=$4; shift 4
  local script; script=$(loop_script "$name" "$@")
  /usr/bin/time -o "$RESULTS/one-$name.txt" -f '%e %M %x' timeout "$TIMEOUT" bash "$script" "$RESULTS/sample-1.tsv" > /dev/null 2>> "$LOG" || true
  if grep -q ' 124$' "$RESULTS/one-$name.txt"; then
    skip d "$tool" peer "timeout" "first capture alone took over ${TIMEOUT} s"
  else
    measure d "$tool" peer "$sample" "$LOOP_TIMEOUT" "shell loop over the first $sample captures" -- bash "$script" "$list"
  fi
}
S=$RESULTS/sample.tsv P=$RESULTS/sample-py.tsv
archive_peer "stegdiff diff (shell loop)" "$S" $PEER_SAMPLE stegdiff "$BIN" diff
archive_peer "GNU diff" "$S" $PEER_SAMPLE diff diff
archive_peer "git word-diff" "$S" $PEER_SAMPLE gitw git diff --no-index --word-diff=porcelain
archive_peer "git word-diff, characters" "$S" $PEER_SAMPLE gitc git diff --no-index --word-diff=porcelain --word-diff-regex=.
if timed_out a "difflib (characters)"; then
  skip d "difflib (characters)" peer "timeout" "not run: timed out on the 100 KB pair a (captures are 20-100 KB)"
else
  archive_peer "difflib (characters)" "$P" $PY_SAMPLE difflib python3 "$PEERS" difflib
fi
if [ $HAVE_DMP = 1 ]; then
  archive_peer "diff-match-patch (Diff_Timeout 1 s)" "$P" $PY_SAMPLE dmp python3 "$PEERS" dmp
else
  skip d "diff-match-patch" peer "not installed" "pip install diff-match-patch failed"
fi

# --- the 10x archive: one scan, for peak RSS -----------------------------------------------------
if [ "$SCALE" -gt 1 ]; then
  BIG=$(make_archive $((CAPTURES * SCALE)) 0)
  echo "bigCaptures	$((CAPTURES * SCALE))" >> "$RESULTS/env.tsv"
  echo "bigArchiveBytes	$(meta "$BIG" archiveBytes)" >> "$RESULTS/env.tsv"
  echo "bigPromptBytes	$(meta "$BIG" promptBytes)" >> "$RESULTS/env.tsv"
  saved_runs=$SCAN_RUNS; SCAN_RUNS=0  # the probe alone: one run
  measure "d×$SCALE" "stegdiff scan" info "$((CAPTURES * SCALE))" 7200 "all $((CAPTURES * SCALE)) captures, all cores, 1 run" -- \
    "$BIN" scan "$BIG/archive" --corpus "$BIG/corpus"
  SCAN_RUNS=$saved_runs
fi

# --- inspect: one text, against single-text scanners ---------------------------------------------
# The 1 MB candidate of b (prose with 10 perturbations); every peer starts its interpreter.
I1=$PAIRS/b/candidate.md
measure i "stegdiff inspect" stegdiff 0 "$TIMEOUT" "" -- "$BIN" inspect "$I1"
if command -v heckler >/dev/null; then
  measure i "heckler --all-text" peer 0 "$TIMEOUT" "" -- heckler --all-text --format json "$I1"
else
  skip i "heckler" peer "not installed" "pip install heckler"
fi
for peer in disarm confusable_homoglyphs homoglyphs; do
  if python3 -c "import $peer" 2>/dev/null; then
    measure i "$peer" peer 0 "$TIMEOUT" "" -- python3 "$PEERS" inspect "$peer" "$I1"
  else
    skip i "$peer" peer "not installed" "pip install $peer"
  fi
done

# --- instructions (callgrind) on pair a ----------------------------------------------------------
# Valgrind 3.19 cannot read the Swift release binary's debug info ("Possibly corrupted debuginfo
# file"); when that happens, a stripped copy is measured instead, and the table says so.
callgrind() {  # TOOL COMMAND...
  local tool=$1; shift
  local out=$RESULTS/callgrind-$ROW-$RANDOM err total status
  err=$out.err
  say "[callgrind] $tool"
  if timeout 600 valgrind --tool=callgrind --callgrind-out-file="$out" "$@" > /dev/null 2> "$err" || [ -s "$out" ]; then
    total=$(sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$err" | tail -1)
    [ -n "$total" ] || total=$(sed -n 's/^totals: \([0-9]*\).*/\1/p' "$out" | tail -1)
  fi
  if [ -n "${total:-}" ]; then status=ok; else status="failed: $(grep -E 'debuginfo|Giving up|rror' "$err" | head -2 | sed 's/^==[0-9]*== //; s/^Valgrind: //' | tr '\n' ' ')"; fi
  printf '%s\t%s\t%s\n' "$tool" "${total:-}" "$status" >> "$RESULTS/callgrind.tsv"
}
A0=$PAIRS/a/baseline.md A1=$PAIRS/a/candidate.md
callgrind "stegdiff diff (release binary as built)" "$BIN" diff "$A0" "$A1"
STRIPPED=$RESULTS/stegdiff-stripped
cp "$BIN" "$STRIPPED"; strip "$STRIPPED"
callgrind "stegdiff diff (stripped copy)" "$STRIPPED" diff "$A0" "$A1"
callgrind "stegdiff diff, startup only (6 KB file vs itself, stripped)" "$STRIPPED" diff $TINY $TINY
callgrind "stegdiff diff, pair b (1 MB, stripped)" "$STRIPPED" diff "$PAIRS/b/baseline.md" "$PAIRS/b/candidate.md"
callgrind "stegdiff diff --format json, pair b (1 MB, digests included, stripped)" "$STRIPPED" diff --format json "$PAIRS/b/baseline.md" "$PAIRS/b/candidate.md"
callgrind "stegdiff inspect, 1 MB candidate of b (stripped)" "$STRIPPED" inspect "$PAIRS/b/candidate.md"
callgrind "GNU diff" diff "$A0" "$A1"
callgrind "git word-diff" git diff --no-index --word-diff=porcelain "$A0" "$A1"
callgrind "git word-diff, characters" git diff --no-index --word-diff=porcelain --word-diff-regex=. "$A0" "$A1"

# --- in-process hook -----------------------------------------------------------------------------
: > "$RESULTS/inprocess.jsonl"
INPROCESS=$ROOT/.build-bench-inprocess/release/stegdiff-bench
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -x "$INPROCESS" ]; then
  say "building the in-process benchmark: swift build -c release --package-path Scripts/Bench --scratch-path .build-bench-inprocess"
  # SwiftPM keeps a path dependency's list of source files from the last build: a file added to
  # the library since then is missing ("cannot find type"). Dropping the build plan refreshes it.
  rm -f "$ROOT/.build-bench-inprocess/release.yaml" "$ROOT/.build-bench-inprocess/release/description.json"
  swift build -c release --package-path Scripts/Bench --scratch-path .build-bench-inprocess >&2 || say "in-process benchmark build failed"
fi
if [ -x "$INPROCESS" ]; then
  say "running $INPROCESS"
  "$INPROCESS" --pair a "$PAIRS/a/baseline.md" "$PAIRS/a/candidate.md" \
    --pair b "$PAIRS/b/baseline.md" "$PAIRS/b/candidate.md" --inspect i "$PAIRS/b/candidate.md" --archive d "$ARCHIVE/archive" "$ARCHIVE/corpus" \
    > "$RESULTS/inprocess.jsonl" 2>> "$LOG" || say "stegdiff-bench failed (exit $?); see $LOG"
fi

echo "loadEnd	$(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/env.tsv"
echo "totalSeconds	$((SECONDS - START_SECONDS))" >> "$RESULTS/env.tsv"
python3 "$PEERS" report "$RESULTS" | tee "$RESULTS/report.md"
say "report in $RESULTS/report.md; raw results in $RESULTS (log.txt, runs.tsv, hyperfine/*.json)"
