#!/usr/bin/env bash
# Builds and runs a consumer package, as README's "The library" shows it (path form), that imports
# Foundation and StegDiff in one file and uses the scanning API by its plain names.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/stegdiff-consumer.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/MyAudit"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "MyAudit",
    dependencies: [.package(path: "$root")],
    targets: [.executableTarget(name: "MyAudit", dependencies: [.product(name: "StegDiff", package: "main")])]
)
SWIFT
# The package's identity is its folder's name; CI clones into a folder of any name.
sed -i "s/package: \"main\"/package: \"$(basename "$root" | tr "[:upper:]" "[:lower:]")\"/" "$work/Package.swift"
cat > "$work/Sources/MyAudit/main.swift" <<'SWIFT'
import Foundation
import StegDiff

// Foundation's Scanner and StegDiff's ArchiveScanner side by side, each by its plain name.
let numbers = Scanner(string: "42")
guard numbers.scanInt() == 42 else { fatalError("Foundation's Scanner") }
let root = CommandLine.arguments[1]
let scanner = ArchiveScanner(corpus: try ArchiveScanner.loadCorpus(root + "/Corpus/baselines"))
let qualified: StegDiff.ArchiveScanner = scanner  // the module name qualifies again
var totals = ScanTotals()
try qualified.scan([root + "/Corpus/captures"]) { totals.add($0) }
let report = Differ.diff(baseline: "Today's date is 2026-07-04", candidate: "Today\u{2019}s date is 2026/07/04")
print("captures \(totals.captures), with findings \(totals.capturesWithFindings); diff kinds \(report.findings.map(\.kind.rawValue))")
SWIFT
swift build --package-path "$work" -q
output=$("$work/.build/debug/MyAudit" "$root")
echo "check-consumer: $output"
[ "$output" = 'captures 24, with findings 19; diff kinds ["homoglyph", "date-format"]' ]
