#!/usr/bin/env bash
# Sets up what is missing, then runs the whole test suite (Swift Testing) and the corpus self-check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
python3 Scripts/check-corpus-variants.py
python3 Scripts/check-doc-comments.py
swift test
