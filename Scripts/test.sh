#!/usr/bin/env bash
# Sets up what is missing, then runs the corpus, doc-comment and layer checks, the whole test suite
# (Swift Testing) and a consumer package build.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/swift-path.sh
bash Scripts/setup.sh --tests
python3 Scripts/check-corpus-variants.py
python3 Scripts/check-doc-comments.py
python3 Scripts/check-doc-comments.py Sources/StegDiffProbe
python3 Scripts/check-layers.py
swift test
bash Scripts/check-consumer.sh
