#!/usr/bin/env bash
# Builds the DocC documentation of the StegDiff library into .build-docs/StegDiff.doccarchive
# with the toolchain's own docc (no package plugin needed), and fails on any DocC warning
# (a broken symbol link, a missing article). Optional: --serve-path PATH for static hosting.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
source Scripts/swift-path.sh
SYMBOLS=.build-docs/symbol-graphs
mkdir -p "$SYMBOLS"  # not emptied: an up-to-date build does not write them again
swift build --scratch-path .build-docs --target StegDiff \
  -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$SYMBOLS" >/dev/null
DOCC=$(command -v docc || echo "$(dirname "$(readlink -f "$(command -v swift)")")/docc")
LOG=.build-docs/docc.log
"$DOCC" convert Sources/StegDiff/StegDiff.docc \
  --additional-symbol-graph-dir "$SYMBOLS" \
  --fallback-display-name StegDiff --fallback-bundle-identifier org.stegdiff.StegDiff \
  --output-path .build-docs/StegDiff.doccarchive "$@" 2>&1 | tee "$LOG" | grep -v "^$" || true
if grep -q "warning:" "$LOG"; then
  echo "make-docs: DocC reported warnings (above)" >&2
  exit 1
fi
echo "make-docs: .build-docs/StegDiff.doccarchive" >&2
