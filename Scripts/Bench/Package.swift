// swift-tools-version:6.0
// In-process benchmark of the StegDiff library (Scripts/bench.sh runs it): diff+classify
// throughput in MB/s of candidate text, beside the whole-process figures. A package of its own,
// so the library gains no dependency.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which a clone may choose: compute it.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "stegdiff-bench",
    dependencies: [.package(path: root.path)],
    targets: [
        .executableTarget(
            name: "stegdiff-bench",
            dependencies: [.product(name: "StegDiff", package: root.lastPathComponent.lowercased())]
        ),
    ]
)
