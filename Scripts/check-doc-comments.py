#!/usr/bin/env python3
"""Lists public or open declarations in Sources/StegDiff without a /// doc comment above them.

Usage: check-doc-comments.py [FOLDER]   (default Sources/StegDiff). Exit 1 when any is missing.
Attributes (@inlinable...) between the comment and the declaration are allowed; enum cases
declared `case a, b` count as documented by the comment above the line.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DECLARATION = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(public|open)\s")


def missing(folder):
    found = []
    for directory, _, files in os.walk(folder):
        for name in sorted(files):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(directory, name)
            with open(path, encoding="utf-8") as handle:
                lines = handle.read().split("\n")
            for number, line in enumerate(lines):
                if not DECLARATION.match(line):
                    continue
                previous = number - 1
                while previous >= 0 and lines[previous].strip().startswith("@"):
                    previous -= 1
                if previous < 0 or not lines[previous].strip().startswith("///"):
                    found.append(f"{os.path.relpath(path, ROOT)}:{number + 1}: {line.strip()[:100]}")
    return found


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Sources", "StegDiff")
    problems = missing(folder)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} public declarations without a doc comment", file=sys.stderr)
    sys.exit(1 if problems else 0)
