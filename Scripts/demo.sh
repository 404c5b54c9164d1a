#!/usr/bin/env bash
# Sets up, builds, and diffs an embedded example from Corpus/: the 2026 apostrophe + date-format marker.
set -uo pipefail
cd "$(dirname "$0")/.."
source Scripts/swift-path.sh
bash Scripts/setup.sh || exit 2   # no Python needed: the demo only builds and runs stegdiff
# A static Swift runtime starts in 8 ms instead of 13 (no dynamic linking of the Swift libraries).
swift build -c release --static-swift-stdlib --product stegdiff >&2 || exit 2
baseline=Corpus/baselines/terminal-agent.md
candidate=${1:-Corpus/variants/ta-headline-02bc-slash.md}
echo "\$ stegdiff diff $baseline $candidate" >&2
.build/release/stegdiff diff "$baseline" "$candidate" "${@:2}"
status=$?
echo "(exit status $status: 0 no findings, 1 findings, 2 trouble)" >&2
[ "$status" -le 1 ]
