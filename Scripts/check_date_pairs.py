"""Runs date pairs through `stegdiff diff --format json` and prints a pass table by category.

Usage: python3 Scripts/check_date_pairs.py STEGDIFF_BINARY FOLDER
FOLDER/pairs.jsonl holds one pair a line: {"category", "form", "expect", "baseline", "candidate"}.
A pair that expects "format" passes when every finding is date-format at medium or above; one
that expects "value" when every finding is date-value (and there is at least one). Failures go
to FOLDER/failures.txt. Used by Scripts/date-adversarial.sh and Scripts/date-intl.sh.
"""
import collections
import json
import os
import subprocess
import sys

binary, out = sys.argv[1], sys.argv[2]
rank = {"info": 0, "low": 1, "medium": 2, "high": 3}
totals, passes, failures = collections.Counter(), collections.Counter(), collections.defaultdict(list)
for line in open(os.path.join(out, "pairs.jsonl"), encoding="utf-8"):
    pair = json.loads(line)
    a, b = os.path.join(out, "a.txt"), os.path.join(out, "b.txt")
    open(a, "w", encoding="utf-8").write(pair["baseline"])
    open(b, "w", encoding="utf-8").write(pair["candidate"])
    run = subprocess.run([binary, "diff", "--format", "json", a, b], capture_output=True)
    findings = json.loads(run.stdout)["findings"] if run.stdout else []
    if pair["expect"] == "format":
        ok = bool(findings) and all(f["kind"] == "date-format" and rank[f["severity"]] >= 2 for f in findings)
    else:
        ok = bool(findings) and all(f["kind"] == "date-value" for f in findings)
    key = pair["category"]
    totals[key] += 1
    if ok:
        passes[key] += 1
    else:
        failures[key].append((pair["form"], pair["baseline"].strip(), pair["candidate"].strip(),
                              [(f["kind"], f.get("subkind"), f["severity"], f["candidate"]["text"]) for f in findings]))
print("| category | pass | total | rate |\n|---|---:|---:|---:|")
for key in sorted(totals):
    print(f"| {key} | {passes[key]} | {totals[key]} | {100 * passes[key] / totals[key]:.1f} % |")
with open(os.path.join(out, "failures.txt"), "w", encoding="utf-8") as f:
    for key in sorted(failures):
        for item in failures[key]:
            f.write(f"{key}\t{item}\n")
print(f"failures: {os.path.join(out, 'failures.txt')}")
