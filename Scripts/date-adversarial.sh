#!/usr/bin/env bash
# Runs an adversarial set of date renderings (every ICU locale's formats, timestamps, CJK text;
# written by DateAdversarialSetTests) through `stegdiff diff --format json`; prints pass rates.
# Usage: Scripts/date-adversarial.sh [STEGDIFF_BINARY]   (default .build/debug/stegdiff)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/debug/stegdiff}
OUT=${ADVERSARIAL_DIR:-/tmp/stegdiff-date-adversarial}
mkdir -p "$OUT"
# The test binary is run directly when built (SwiftPM's lock may be held by another run).
XCTEST=$(ls -d .build/*/debug/stegdiffPackageTests.xctest 2>/dev/null | head -1 || true)
if [ -n "$XCTEST" ]; then
  STEGDIFF_ADVERSARIAL_OUT="$OUT" "$XCTEST" --testing-library swift-testing --filter DateAdversarialSetTests >/dev/null
else
  STEGDIFF_ADVERSARIAL_OUT="$OUT" swift test --filter DateAdversarialSetTests >/dev/null
fi
python3 - "$BIN" "$OUT" <<'PY'
import collections, json, os, subprocess, sys
binary, out = sys.argv[1], sys.argv[2]
rank = {"info": 0, "low": 1, "medium": 2, "high": 3}
totals, passes, failures = collections.Counter(), collections.Counter(), collections.defaultdict(list)
for line in open(os.path.join(out, "pairs.jsonl"), encoding="utf-8"):
    pair = json.loads(line)
    a, b = os.path.join(out, "a.txt"), os.path.join(out, "b.txt")
    open(a, "w", encoding="utf-8").write(pair["baseline"]); open(b, "w", encoding="utf-8").write(pair["candidate"])
    run = subprocess.run([binary, "diff", "--format", "json", a, b], capture_output=True)
    findings = json.loads(run.stdout)["findings"] if run.stdout else []
    if pair["expect"] == "format":
        ok = bool(findings) and all(f["kind"] == "date-format" and rank[f["severity"]] >= 2 for f in findings)
    else:
        ok = bool(findings) and all(f["kind"] == "date-value" for f in findings)
    key = pair["category"]
    totals[key] += 1
    if ok: passes[key] += 1
    else: failures[key].append((pair["form"], pair["baseline"].strip(), pair["candidate"].strip(), [(f["kind"], f.get("subkind"), f["severity"]) for f in findings]))
print("| category | pass | total | rate |\n|---|---:|---:|---:|")
for key in sorted(totals):
    print(f"| {key} | {passes[key]} | {totals[key]} | {100 * passes[key] / totals[key]:.1f} % |")
with open(os.path.join(out, "failures.txt"), "w", encoding="utf-8") as f:
    for key in sorted(failures):
        for item in failures[key]: f.write(f"{key}\t{item}\n")
print(f"failures: {os.path.join(out, 'failures.txt')}")
PY
