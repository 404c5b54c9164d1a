#!/usr/bin/env python3
"""Per-call instructions of diff+classify's stages from two callgrind files.

    callgrind_stages.py FEWER.out MORE.out CALLS

FEWER and MORE are callgrind outputs of the same run with CALLS more calls of Differ.diff in MORE
(Scripts/stage-profile.sh makes them); each stage's inclusive instructions in MORE minus those in
FEWER, divided by CALLS, is what one call costs in that stage, one-time costs left out.
"""
import re
import sys

# Stage label -> a piece of the Swift mangled name of the function doing it.
STAGES = [
    ("ByteDiff", "StegDiff04ByteB0V8baseline9candidate6limits"),
    ("HunkWidener.widen", "StegDiff11HunkWidenerV5widen_"),
    ("  dates around hunks", "StegDiff11HunkWidenerV13dateExtension"),
    ("    DateRecognizer.dates", "StegDiff14DateRecognizerC5dates2in10timesAlone14localizedZones"),
    ("Classifier.classify", "StegDiff10ClassifierV8classify0"),
    ("EditWidening.apply", "StegDiff12EditWideningO5apply_"),
    ("UniformSubstitution.group", "StegDiff19UniformSubstitutionO5group"),
    ("FindingBuilder.finding", "StegDiff14FindingBuilderV7finding4from"),
]


def profile(path):
    """(total instructions, inclusive instructions of the calls to each callee) of one file."""
    names, inclusive, total = {}, {}, 0
    current = pending = None
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        match = re.match(r"^(c?fn)=\((\d+)\)(?: (.*))?$", line)
        if match:
            kind, ident, name = match.groups()
            if name:
                names[ident] = name
            if kind == "fn":
                current = names[ident]
            else:
                pending = names[ident]
            continue
        if line.startswith(("summary:", "totals:")):
            total = int(line.split()[1])
        elif pending is not None and re.match(r"^[+-]?\d+ \d+", line):
            # The cost line after calls= is that call's inclusive cost. A function calling itself
            # is left out, and so are callgrind's cycle copies ('2), so nothing counts twice.
            if pending != current and not pending.endswith("'2"):
                inclusive[pending] = inclusive.get(pending, 0) + int(line.split()[1])
            pending = None
    return total, inclusive


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    (fewer_total, fewer), (more_total, more) = profile(sys.argv[1]), profile(sys.argv[2])
    calls = int(sys.argv[3])

    def stage(costs, fragment):
        return sum(cost for name, cost in costs.items() if fragment in name)

    print(f"instructions per Differ.diff call, inclusive ({calls} calls of difference):")
    print(f"  {'Differ.diff (whole call)':<28} {(more_total - fewer_total) / calls / 1000:10.1f} K")
    for label, fragment in STAGES:
        print(f"  {label:<28} {(stage(more, fragment) - stage(fewer, fragment)) / calls / 1000:10.1f} K")


if __name__ == "__main__":
    main()
