#!/usr/bin/env python3
"""Checks that the library's folders depend one way: a file may use names declared in its own
folder or in folders below it (support -> unicode -> input -> dates -> diff -> classify ->
report -> inspect, scan -> api -> fuzzing), never names declared above it or in a sibling.
Unicode/ sits below Input/ although data enters through Input/: decoding and path display need
character facts, and character facts need no input."""
import os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "StegDiff")
# Lower layers first; folders in one tuple are siblings that must not use each other.
LAYERS = [("Support",), ("Unicode",), ("Input",), ("Dates",), ("Diff",), ("Classify",), ("Report",),
          ("Inspect", "Scan"), ("API",), ("Fuzzing",)]
LEVEL = {folder: level for level, folders in enumerate(LAYERS) for folder in folders}
DECLARATION = re.compile(r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate|final)\s+)*"
                         r"(?:struct|enum|class|protocol|typealias|func|let|var|actor)\s+([A-Za-z_]\w*)", re.M)

def swift_files():
    for folder in sorted(os.listdir(ROOT)):
        path = os.path.join(ROOT, folder)
        if not os.path.isdir(path) or folder.endswith(".docc") or folder == "Schemas":
            continue
        if folder not in LEVEL:
            sys.exit(f"check-layers: folder Sources/StegDiff/{folder} is not in the layer list of {__file__}")
        for directory, _, names in os.walk(path):
            for name in sorted(names):
                if name.endswith(".swift"):
                    yield folder, os.path.join(directory, name)

def strip(text):
    text = re.sub(r"//[^\n]*", "", text)              # comments (doc comments may name anything)
    return re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)   # string literals

owner = {}
sources = []
for folder, path in swift_files():
    text = open(path, encoding="utf-8").read()
    sources.append((folder, path, text))
    for name in DECLARATION.findall(text):  # top-level declarations only (column 0)
        owner.setdefault(name, folder)
problems = []
for folder, path, text in sources:
    body = strip(text)
    for name, home in owner.items():
        if home == folder:
            continue
        above = LEVEL[home] > LEVEL[folder] or (LEVEL[home] == LEVEL[folder])
        if above and re.search(r"(?<![\w.])" + re.escape(name) + r"\b", body):
            problems.append(f"{os.path.relpath(path, os.path.join(ROOT, '..', '..'))}: uses {name} from {home}/, which is not below {folder}/")
# SwiftNIO stays in the probe: the library and the `stegdiff` executable never import it (nor the
# probe's target), so `import StegDiff` and `stegdiff diff` start-up do not carry it.
SOURCES = os.path.join(ROOT, "..")
NIO_FREE = ["StegDiff", "stegdiff", "CICUShim", "CCryptoShim"]
for target in NIO_FREE:
    for directory, _, names in os.walk(os.path.join(SOURCES, target)):
        for name in sorted(names):
            if name.endswith(".swift"):
                path = os.path.join(directory, name)
                for module in re.findall(r"^\s*(?:@\w+\s+)*import\s+(?:\w+\s+)?(\w+)", open(path, encoding="utf-8").read(), re.M):
                    if module.startswith("NIO") or module == "StegDiffProbe":
                        problems.append(f"{os.path.relpath(path, os.path.join(SOURCES, '..'))}: imports {module}; only Sources/StegDiffProbe and Sources/stegdiff-probe may")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"check-layers: {len(sources)} files in {len({f for f, _, _ in sources})} folders; every dependency points down; no NIO outside the probe")
