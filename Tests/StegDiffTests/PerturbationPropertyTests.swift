import Foundation
import Testing
import StegDiff

/// Injects random perturbations of every kind into the Corpus baselines and requires each to be
/// found with the right kind, offsets and code points, and nothing else. The expected findings
/// come from where this test put each perturbation.
@Suite("Random perturbations of the corpus baselines")
struct PerturbationPropertyTests {
    struct Planted {
        var baselineRange: Range<Int>
        var replacement: [UInt8]
        var summary: (Int) -> String  // given the candidate offset, the expected finding
    }

    static let baselines = ["terminal-agent.md", "ide-assistant.md", "review-bot.md"]

    @Test("every planted perturbation is found exactly, and nothing else", arguments: baselines)
    func plantedPerturbations(baselineName: String) throws {
        let baseline = Array(try Data(contentsOf: URL(fileURLWithPath: projectRoot + "/Corpus/baselines/" + baselineName)))
        let dateOffset = try #require(indexOf(Array("2026-07-04".utf8), in: baseline))
        var random = SeededGenerator(seed: UInt64(baselineName.utf8.count) &* 1_000_003)
        for round in 0..<25 {
            var planted: [Planted] = []
            var used: [Range<Int>] = []
            for _ in 0..<12 {
                for _ in 0..<50 {  // find a free spot for one perturbation
                    guard let perturbation = plant(in: baseline, using: &random) else { continue }
                    let guardBand = (perturbation.baselineRange.lowerBound - 8)..<(perturbation.baselineRange.upperBound + 8)
                    if used.contains(where: { $0.overlaps(guardBand) }) { continue }
                    if abs(perturbation.baselineRange.lowerBound - dateOffset) < 60 { continue }
                    used.append(guardBand)
                    planted.append(perturbation)
                    break
                }
            }
            #expect(planted.count >= 8, "too few free spots were found: the test would prove little")
            planted.sort { $0.baselineRange.lowerBound < $1.baselineRange.lowerBound }
            var candidate: [UInt8] = []
            var position = 0
            var expected: [String] = []
            for perturbation in planted {
                candidate += baseline[position..<perturbation.baselineRange.lowerBound]
                expected.append(perturbation.summary(candidate.count))
                candidate += perturbation.replacement
                position = perturbation.baselineRange.upperBound
            }
            candidate += baseline[position...]
            let report = Differ.diff(baseline: PromptText(bytes: baseline, source: baselineName),
                                       candidate: PromptText(bytes: candidate, source: "round \(round)"))
            #expect(report.findings.map(describe) == expected, "\(baselineName) round \(round)")
        }
    }

    private func indexOf(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    private func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    /// One random perturbation at a random suitable spot, or nil if the spot does not suit it.
    private func plant(in bytes: [UInt8], using random: inout SeededGenerator) -> Planted? {
        let p = Int.random(in: 2..<(bytes.count - 2), using: &random)
        let utf8 = { (scalars: [UInt32]) in Array(String(String.UnicodeScalarView(scalars.map { Unicode.Scalar($0)! })).utf8) }
        let points = { (scalars: [UInt32]) in scalars.map { "U+" + hex($0) }.joined(separator: " ") }
        switch Int.random(in: 0..<6, using: &random) {
        case 0:  // an invisible run inserted between two ASCII letters
            guard isLetter(bytes[p - 1]), isLetter(bytes[p]) else { return nil }
            let choices: [([UInt32], String)] = [
                ([0x200B], "zero-width"), ([0x200C], "zero-width"), ([0x2060], "zero-width"), ([0x200B, 0x2060], "zero-width"),
                ([0x202E], "bidi-control"), ([0x2066], "bidi-control"), ([0x200F], "bidi-control"),
                ([0xFE0F], "variation-selector"), ([0xE0100], "variation-selector"), ([0x00AD], "soft-hyphen"),
                ([0xFEFF], "bom"), ([0x2064], "other"), ([0x3164], "other"),
                ("hidden".unicodeScalars.map { $0.value + 0xE0000 }, "tag"),
            ]
            let (scalars, subkind) = choices.randomElement(using: &random)!
            let inserted = utf8(scalars)
            return Planted(baselineRange: p..<p, replacement: inserted) { c in
                "invisible/\(subkind) high b[\(p), \(p)) c[\(c), \(c + inserted.count)) -> \(points(scalars))"
            }
        case 1:  // a Latin letter replaced by its Cyrillic look-alike
            let lookAlikes: [UInt8: UInt32] = [0x61: 0x430, 0x65: 0x435, 0x6F: 0x43E, 0x70: 0x440, 0x63: 0x441, 0x78: 0x445, 0x69: 0x456]
            guard let replacement = lookAlikes[bytes[p]], bytes[p - 1] != bytes[p], bytes[p + 1] != bytes[p] else { return nil }
            return Planted(baselineRange: p..<(p + 1), replacement: utf8([replacement])) { c in
                "homoglyph high b[\(p), \(p + 1)) c[\(c), \(c + 2)) U+\(hex(UInt32(bytes[p]))) -> U+\(hex(replacement))"
            }
        case 2:  // a space between letters replaced by another space character
            guard bytes[p] == 0x20, isLetter(bytes[p - 1]), isLetter(bytes[p + 1]) else { return nil }
            let space = [UInt32(0xA0), 0x2009, 0x202F, 0x3000, 0x2002].randomElement(using: &random)!
            let inserted = utf8([space])
            return Planted(baselineRange: p..<(p + 1), replacement: inserted) { c in
                "whitespace/replaced medium b[\(p), \(p + 1)) c[\(c), \(c + inserted.count)) U+0020 -> U+\(hex(space))"
            }
        case 3:  // a letter replaced by its fullwidth form
            guard (0x61...0x7A).contains(bytes[p]), bytes[p - 1] != bytes[p], bytes[p + 1] != bytes[p] else { return nil }
            let fullwidth = UInt32(bytes[p]) - 0x61 + 0xFF41
            return Planted(baselineRange: p..<(p + 1), replacement: utf8([fullwidth])) { c in
                "compatibility medium b[\(p), \(p + 1)) c[\(c), \(c + 3)) U+\(hex(UInt32(bytes[p]))) -> U+\(hex(fullwidth))"
            }
        case 4:  // LF → CR LF
            guard bytes[p] == 0x0A, bytes[p - 1] != 0x0D, bytes[p - 1] != 0x0A else { return nil }
            return Planted(baselineRange: p..<(p + 1), replacement: [0x0D, 0x0A]) { c in
                "line-ending medium b[\(p), \(p + 1)) c[\(c), \(c + 2)) U+000A -> U+000D U+000A"
            }
        default:  // a stray invalid byte between letters
            guard isLetter(bytes[p - 1]), isLetter(bytes[p]) else { return nil }
            let junk: UInt8 = [0xFF, 0xC0, 0x80, 0xFE].randomElement(using: &random)!
            return Planted(baselineRange: p..<p, replacement: [junk]) { c in
                "invalid-encoding high b[\(p), \(p)) c[\(c), \(c + 1)) -> U+FFFD"
            }
        }
    }
}
