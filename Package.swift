// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "stegdiff",
    products: [
        .library(name: "StegDiff", targets: ["StegDiff"]),
        .executable(name: "stegdiff", targets: ["stegdiff"]),
        .executable(name: "stegdiff-probe", targets: ["stegdiff-probe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
    ],
    targets: [
        // The only code that sees ICU's headers: a plain-C facade over system libicu (72).
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // The only code that sees OpenSSL's headers (libssl-dev): SHA-256 from system libcrypto,
        // which it opens on the first digest rather than linking it (see crypto_shim.c).
        .target(name: "CCryptoShim"),
        // Schemas/ holds the published JSON Schema of the reports (data, not code).
        .target(name: "StegDiff", dependencies: ["CICUShim", "CCryptoShim"], exclude: ["Schemas"]),
        .executableTarget(
            name: "stegdiff",
            dependencies: [
                "StegDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `stegdiff probe`: runs a client under an environment matrix behind a loopback HTTP
        // endpoint (SwiftNIO). Its own target and executable, so `import StegDiff` and the
        // `stegdiff` binary never link NIO (`stegdiff probe` execs the sibling `stegdiff-probe`).
        .target(
            name: "StegDiffProbe",
            dependencies: [
                "StegDiff",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "stegdiff-probe",
            dependencies: [
                "StegDiffProbe",
                "StegDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "StegDiffTests", dependencies: ["StegDiff"], exclude: ["Snapshots", "Schemas", "FuzzCorpus"]),
    ]
)
