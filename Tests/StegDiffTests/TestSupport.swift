import Foundation
import StegDiff

/// A compact, exact description of a finding for assertions:
/// `kind/subkind severity b[start,end) c[start,end) U+.. -> U+..`.
func describe(_ finding: Finding) -> String {
    let kind = finding.subkind.map { "\(finding.kind.rawValue)/\($0)" } ?? finding.kind.rawValue
    func points(_ side: FindingSide) -> String { side.codePoints.map { "U+" + hex($0) }.joined(separator: " ") }
    let before = points(finding.baseline), after = points(finding.candidate)
    return "\(kind) \(finding.severity.rawValue) b\(finding.baseline.range) c\(finding.candidate.range) "
        + (before.isEmpty ? "" : before + " ") + "->" + (after.isEmpty ? "" : " " + after)
}

func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

func diffDescriptions(_ baseline: String, _ candidate: String) -> [String] {
    Differ.diff(baseline: baseline, candidate: candidate).findings.map(describe)
}

func diffDescriptions(bytes baseline: [UInt8], _ candidate: [UInt8]) -> [String] {
    Differ.diff(baseline: PromptText(bytes: baseline, source: "a"), candidate: PromptText(bytes: candidate, source: "b")).findings.map(describe)
}

/// A small deterministic generator (SplitMix64) so property tests replay exactly from a seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// The project root (for Corpus/ and ../shared), found from this source file's path.
let projectRoot: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path
}()

/// A fresh, empty folder for one test (name it after the test); remove it with `defer`.
func temporaryFolder(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stegdiff-\(name)-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Runs Scripts/make-capture-archive.py with `arguments`, its one-line report discarded, and
/// returns its exit status.
@discardableResult
func makeCaptureArchive(_ arguments: [String]) throws -> Int32 {
    let generator = Process()
    generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    generator.arguments = ["python3", projectRoot + "/Scripts/make-capture-archive.py"] + arguments
    generator.standardOutput = FileHandle.nullDevice
    try generator.run()
    generator.waitUntilExit()
    return generator.terminationStatus
}
