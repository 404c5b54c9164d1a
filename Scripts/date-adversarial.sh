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
python3 Scripts/check_date_pairs.py "$BIN" "$OUT"
