// swift-tools-version:6.0
// libFuzzer targets for stegdiff: one executable per target, each a one-line call into
// `FuzzChecks` (the invariants live in the library, so `swift test` replays kept inputs).
// Build and run with Scripts/fuzz.sh.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which a clone may choose: compute it.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let identity = root.lastPathComponent.lowercased()
let targets = ["decode", "captures", "diff", "classify", "inspect"]

let package = Package(
    name: "stegdiff-fuzz",
    dependencies: [.package(path: root.path)],
    targets: targets.map { name in
        .executableTarget(
            name: "fuzz-\(name)",
            dependencies: [.product(name: "StegDiff", package: identity)],
            path: "Targets/\(name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    }
)
