import Foundation
import Testing
@testable import StegDiff

/// ByteDiff against the engine it replaced (ReferenceByteDiff.swift): the speed-up must not move a
/// single hunk, so every case asserts the same hunks and the same alignment, exactly.
///
/// The default sizes keep this quick in a debug build. For the one-off large comparison, set
/// STEGDIFF_EQUIVALENCE_PAIRS (random pairs per generator, default 60), STEGDIFF_EQUIVALENCE_CORPUS=all
/// (every Corpus/ variant against every baseline, not only its own) and STEGDIFF_EQUIVALENCE_DIRS
/// (colon-separated folders each holding baseline.md and candidate.md, such as the bench pairs).
@Suite("Byte differ equals the reference engine")
struct ByteDiffEquivalenceTests {
    static let environment = ProcessInfo.processInfo.environment
    static let pairsPerGenerator = Int(environment["STEGDIFF_EQUIVALENCE_PAIRS"] ?? "") ?? 60

    /// Compares one pair; returns a description of the first difference, or nil. `coarse` counts
    /// the pairs the reference aligned coarsely, so a test can show it reached the fallback.
    static func mismatch(_ a: [UInt8], _ b: [UInt8], _ limits: DiffLimits, coarse: inout Int) -> String? {
        let reference = referenceByteDiff(baseline: a, candidate: b, limits: limits)
        if reference.alignment == .coarse { coarse += 1 }
        let today = ByteDiff(baseline: a, candidate: b, limits: limits)
        if reference.hunks == today.hunks && reference.alignment == today.alignment { return nil }
        let first = zip(reference.hunks, today.hunks).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(reference.hunks.count, today.hunks.count)
        return "sizes \(a.count)/\(b.count), limits \(limits.maxEditDistance)/\(limits.maxComparisons): "
            + "reference \(reference.hunks.count) hunks \(reference.alignment), today \(today.hunks.count) hunks \(today.alignment), "
            + "first difference at hunk \(first)"
    }

    /// Text pieces: ASCII words, multi-byte characters (2, 3 and 4 bytes), joiners, NBSP, digits.
    static let pieces: [[UInt8]] = [
        "the ", "a ", "and ", "prompt ", "tool", "\n", "\n\n", "  ", "- ", "# ", "2026-07-04", "12:30",
        "caf\u{E9} ", "na\u{EF}ve ", "\u{4E2D}\u{6587}", "\u{65E5}\u{672C}", "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
        "\u{200B}", "\u{200C}", "\u{00A0}", "\u{2019}", "\u{0430}", "\u{0440}", "\u{FEFF}", "\u{1F600}",
        "{\"type\": \"string\"}", "ab", "abab", "aaaa", "    ",
    ].map { Array($0.utf8) }

    enum Base: CaseIterable { case smallAlphabet, anyByte, text, repeats }

    static func base(_ kind: Base, length: Int, _ random: inout SeededGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(length + 64)
        switch kind {
        case .smallAlphabet:
            let alphabet = UInt8.random(in: 1...4, using: &random)
            while bytes.count < length { bytes.append(0x61 + UInt8.random(in: 0..<alphabet, using: &random)) }
        case .anyByte:
            while bytes.count < length { bytes.append(UInt8.random(in: 0...255, using: &random)) }
        case .text:
            while bytes.count < length { bytes += pieces.randomElement(using: &random)! }
        case .repeats:
            // A short unit repeated, with occasional other pieces: many equal diagonals, many ties.
            let unit = (0..<Int.random(in: 1...6, using: &random)).flatMap { _ in pieces.randomElement(using: &random)! }
            while bytes.count < length {
                bytes += Int.random(in: 0..<8, using: &random) == 0 ? pieces.randomElement(using: &random)! : unit
            }
        }
        return bytes
    }

    /// A near-identical copy: insertions, deletions and replacements of bytes, pieces and blocks.
    static func perturb(_ a: [UInt8], edits: Int, _ random: inout SeededGenerator) -> [UInt8] {
        var b = a
        for _ in 0..<edits {
            let position = Int.random(in: 0...b.count, using: &random)
            let piece: [UInt8] = Int.random(in: 0..<3, using: &random) == 0
                ? (0..<Int.random(in: 1...8, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                : pieces.randomElement(using: &random)!
            let length = min(b.count - position, Int.random(in: 1...(Int.random(in: 0..<10, using: &random) == 0 ? 64 : 4), using: &random))
            switch Int.random(in: 0..<4, using: &random) {
            case 0: b.insert(contentsOf: piece, at: position)
            case 1: b.removeSubrange(position..<(position + length))
            case 2: b.replaceSubrange(position..<(position + length), with: piece)
            default:
                // Copy a block from elsewhere: repeats that give the aligner equal-cost choices.
                guard !b.isEmpty else { continue }
                let source = Int.random(in: 0..<b.count, using: &random)
                let block = Array(b[source..<min(b.count, source + Int.random(in: 1...40, using: &random))])
                b.insert(contentsOf: block, at: position)
            }
        }
        return b
    }

    static func limits(_ random: inout SeededGenerator) -> DiffLimits {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return DiffLimits(maxEditDistance: Int.random(in: 0...24, using: &random), maxComparisons: 30_000_000)
        case 1: return DiffLimits(maxEditDistance: 2048, maxComparisons: Int.random(in: 0...4000, using: &random))
        default: return DiffLimits()
        }
    }

    @Test("random near-identical pairs, default and small limits", arguments: Base.allCases)
    func randomPairs(kind: Base) {
        var random = SeededGenerator(seed: 0x5EED_0017 &+ UInt64(Base.allCases.firstIndex(of: kind)!))
        var failures: [String] = []
        var coarse = 0
        for index in 0..<Self.pairsPerGenerator {
            let length = Int.random(in: 0...(index % 10 == 0 ? 6000 : 600), using: &random)
            let a = Self.base(kind, length: length, &random)
            let b = Self.perturb(a, edits: Int.random(in: 0...(index % 3 == 0 ? 60 : 12), using: &random), &random)
            let limits = index % 2 == 0 ? DiffLimits() : Self.limits(&random)
            if let problem = Self.mismatch(a, b, limits, coarse: &coarse) { failures.append("pair \(index): \(problem)") }
        }
        #expect(failures.isEmpty, "\(failures.count) mismatches, first: \(failures.first ?? "")")
        // Both paths taken: mostly exact, and some pairs past the small limits.
        #expect(coarse > 0 && coarse < Self.pairsPerGenerator / 2, "\(coarse) coarse")
    }

    @Test("unrelated and shifted inputs, where the fallback and the windows decide")
    func fallbackPairs() {
        var random = SeededGenerator(seed: 0xFA11_BAC)
        var failures: [String] = []
        var coarse = 0
        let count = max(8, Self.pairsPerGenerator / 4)
        for index in 0..<count {
            let kind = Base.allCases[index % Base.allCases.count]
            let a = Self.base(kind, length: Int.random(in: 0...3000, using: &random), &random)
            let b = index % 2 == 0
                ? Self.base(kind, length: Int.random(in: 0...3000, using: &random), &random)
                : Self.perturb(a, edits: 200, &random)
            let limits = DiffLimits(maxEditDistance: Int.random(in: 0...300, using: &random),
                                    maxComparisons: Int.random(in: 0...200_000, using: &random))
            if let problem = Self.mismatch(a, b, limits, coarse: &coarse) { failures.append("pair \(index): \(problem)") }
        }
        #expect(failures.isEmpty, "\(failures.count) mismatches, first: \(failures.first ?? "")")
        #expect(coarse >= count / 2, "\(coarse) of \(count) coarse")
    }

    @Test("every Corpus/ variant against its baseline (all baselines with STEGDIFF_EQUIVALENCE_CORPUS=all)")
    func corpusPairs() throws {
        let root = projectRoot + "/Corpus"
        let baselines = try FileManager.default.contentsOfDirectory(atPath: root + "/baselines").filter { $0.hasSuffix(".md") }.sorted()
        let variants = try FileManager.default.contentsOfDirectory(atPath: root + "/variants").filter { $0.hasSuffix(".md") }.sorted()
        #expect(baselines.count == 3 && variants.count > 60)
        let every = Self.environment["STEGDIFF_EQUIVALENCE_CORPUS"] == "all"
        let shortNames = ["ide": "ide-assistant.md", "rb": "review-bot.md", "ta": "terminal-agent.md"]
        var compared = 0, coarse = 0
        for variant in variants {
            let own = shortNames[String(variant.prefix { $0 != "-" })]
            let candidate = try Array(Data(contentsOf: URL(fileURLWithPath: root + "/variants/" + variant)))
            for baseline in baselines where every || baseline == own {
                let a = try Array(Data(contentsOf: URL(fileURLWithPath: root + "/baselines/" + baseline)))
                for limits in [DiffLimits(), DiffLimits(maxEditDistance: 4, maxComparisons: 30_000_000)] {
                    #expect(Self.mismatch(a, candidate, limits, coarse: &coarse) == nil, "\(baseline) -> \(variant)")
                    compared += 1
                }
            }
        }
        #expect(compared >= 2 * variants.count && coarse > 0)
    }

    @Test("pairs named in STEGDIFF_EQUIVALENCE_DIRS (skipped when unset)")
    func namedPairs() throws {
        guard let folders = Self.environment["STEGDIFF_EQUIVALENCE_DIRS"] else { return }
        for folder in folders.split(separator: ":") {
            let a = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/baseline.md")))
            let b = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/candidate.md")))
            var coarse = 0
            #expect(Self.mismatch(a, b, DiffLimits(), coarse: &coarse) == nil, "\(folder)")
            #expect(Self.mismatch(b, a, DiffLimits(), coarse: &coarse) == nil, "\(folder) reversed")
            print("\(folder): \(coarse) of 2 directions coarse")
        }
    }

    @Test("common prefix and suffix lengths equal a byte-by-byte count, around every block size")
    func prefixAndSuffixLengths() {
        let boundaries = [0, 1, 7, 8, 9, 63, 64, 65, 255, 256, 257, 511, 512, 513, 767, 768, 1023, 1024, 1025,
                          1535, 1536, 2047, 2048, 2049, 2303, 2304, 3840, 4095, 4096, 4097, 6144, 8191, 8192, 8193, 20_000]
        var random = SeededGenerator(seed: 0xC0DE)
        var checked = 0
        for length in Array(0...80) + boundaries {
            let base = (0..<(length + 3)).map { _ in UInt8.random(in: 0...255, using: &random) }
            for mismatch in Set([-1] + boundaries + [length / 2, length - 1, length - 8]) where mismatch < length {
                for shift in [0, 3] {  // unaligned starts too
                    var a = base, b = base
                    let position = shift + mismatch
                    if mismatch >= 0 { b[position] &+= 1 }
                    let expectedPrefix = mismatch >= 0 ? mismatch : length
                    let gotPrefix = a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in
                        commonPrefixLength(pa, shift, shift + length, pb, shift, shift + length) } }
                    #expect(gotPrefix == expectedPrefix, "prefix: length \(length), mismatch \(mismatch), shift \(shift)")
                    // The same mismatch counted from the end.
                    a = base
                    b = base
                    let fromEnd = shift + length - 1 - max(mismatch, 0)
                    if mismatch >= 0 { b[fromEnd] &+= 1 }
                    let gotSuffix = a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in
                        commonSuffixLength(pa, shift, shift + length, pb, shift, shift + length) } }
                    #expect(gotSuffix == expectedPrefix, "suffix: length \(length), mismatch \(mismatch), shift \(shift)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
    }
}
