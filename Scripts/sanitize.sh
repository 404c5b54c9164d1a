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
# The library's tests and the CLI they run, not `stegdiff-probe`: the probe's endpoint is safe
# Swift on SwiftNIO (no pointer of ours), and building NIO under the sanitizer plus waiting on the
# Python SDK clients took longer than the rest of the suite. The probe suite, the generated
# 600-capture replays (the same scan code as the scan tests, at scale, in serial) and the set-up
# script's stubs run in the normal pass (Scripts/test.sh); the fuzzers run under ASan too.
swift build --sanitize="$KIND" --scratch-path ".build-$KIND" --product stegdiff >&2
swift build --sanitize="$KIND" --scratch-path ".build-$KIND" --product stegdiffPackageTests >&2
swift test --skip-build --sanitize="$KIND" --scratch-path ".build-$KIND" --skip "ProbeTests|KeyingReplayTests|SetupScriptTests"
echo "sanitize: $KIND: suite (but the probe, replays and set-up stubs) passed in $((SECONDS - start)) s (build included)" >&2
