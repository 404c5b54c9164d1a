#!/usr/bin/env python3
"""Python peer diffs for Scripts/bench.sh: what a user would write with the standard library or
diff-match-patch. Each reads both files whole (UTF-8, line endings kept) and prints a one-line
summary, so the work cannot be skipped.

Usage:
  bench_peers.py difflib BASELINE CANDIDATE         difflib.SequenceMatcher(None, a, b, autojunk=False)
                                                    .get_opcodes() on characters
  bench_peers.py dmp BASELINE CANDIDATE [TIMEOUT]   diff_match_patch().diff_main(a, b) with
                                                    Diff_Timeout = TIMEOUT seconds (default 1.0, the
                                                    package default; 0 = no limit), then diff_cleanupSemantic
  bench_peers.py version                            versions of Python and diff-match-patch
"""
import sys


def read(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def run(tool, baseline, candidate, timeout=1.0):
    a, b = read(baseline), read(candidate)
    if tool == "difflib":
        import difflib
        opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        return sum(1 for op in opcodes if op[0] != "equal")
    import diff_match_patch
    engine = diff_match_patch.diff_match_patch()
    engine.Diff_Timeout = timeout
    diffs = engine.diff_main(a, b)
    engine.diff_cleanupSemantic(diffs)
    return sum(1 for op, _ in diffs if op != 0)


def main():
    args = sys.argv[1:]
    if args[:1] == ["version"]:
        import importlib.metadata
        try:
            dmp = importlib.metadata.version("diff-match-patch")
        except importlib.metadata.PackageNotFoundError:
            dmp = "not installed"
        print(f"Python {sys.version.split()[0]}; diff-match-patch {dmp}")
    elif len(args) >= 3 and args[0] in ("difflib", "dmp"):
        timeout = float(args[3]) if len(args) > 3 else 1.0
        print(f"{args[0]}: {run(args[0], args[1], args[2], timeout)} changed hunks")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
