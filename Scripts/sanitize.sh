#!/usr/bin/env bash
# Runs the whole test suite under a sanitizer: Scripts/sanitize.sh address|thread
# (separate build folders, so the normal build is untouched). ASan needs an LSan suppression for
# XCTest's own leaks (ENGINEERING-NOTES); our code gets no suppression.
set -euo pipefail
cd "$(dirname "$0")/.."
KIND=${1:-address}
case $KIND in address|thread) ;; *) echo "usage: $0 address|thread" >&2; exit 2 ;; esac
bash Scripts/setup.sh --tests
source Scripts/swift-path.sh
SUPPRESSIONS=$(mktemp)
printf "leak:libXCTest.so\nleak:libFoundation.so\nleak:libFoundationEssentials.so\n" > "$SUPPRESSIONS"  # the test harness's own (Process, contentsOfFile), none in our code
export LSAN_OPTIONS="suppressions=$SUPPRESSIONS"
export TSAN_OPTIONS="halt_on_error=1"
export ASAN_OPTIONS="halt_on_error=1"
start=$SECONDS
swift build --build-tests --sanitize="$KIND" --scratch-path ".build-$KIND" >&2
swift test --skip-build --sanitize="$KIND" --scratch-path ".build-$KIND"
echo "sanitize: $KIND: whole suite passed in $((SECONDS - start)) s (build included)" >&2
