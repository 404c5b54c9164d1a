import Testing
import StegDiff

/// The whole pipeline on hostile input: random bytes mixing ASCII, multi-byte characters,
/// combining marks, joiners, CR/LF, dates and invalid bytes. No crash, and every finding's ranges
/// are in bounds, ordered and on character boundaries.
@Suite("Robustness on random input")
struct RobustnessTests {
    static let pieces: [[UInt8]] = [
        "a", "b", " ", "\n", "\r", "\r\n", "2026-07-04", "2026/07/04", "July 4, 2026", "é", "e\u{301}", "\u{200B}",
        "\u{200D}", "\u{200C}", "\u{202E}", "\u{FE0F}", "\u{1F469}", "\u{1F4BB}", "\u{E0041}", "\u{0430}", "中", "ی",
        "\u{00A0}", "ﬁ", "'", "\u{2019}", "4",
    ].map { Array($0.utf8) } + [[0xFF], [0xE2, 0x80], [0xC3], [0x80], [0xF0, 0x9F], [0xED, 0xA0, 0x80]]

    static func randomText(_ random: inout SeededGenerator, pieces count: Int) -> [UInt8] {
        (0..<count).flatMap { _ in pieces.randomElement(using: &random)! }
    }

    @Test("random inputs: no crash, valid and ordered ranges", arguments: 0..<8)
    func randomPairs(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &+ 1234)
        for _ in 0..<400 {
            let a = RobustnessTests.randomText(&random, pieces: Int.random(in: 0...60, using: &random))
            var b = a
            for _ in 0..<Int.random(in: 0...8, using: &random) {
                let piece = RobustnessTests.pieces.randomElement(using: &random)!
                let position = Int.random(in: 0...b.count, using: &random)
                if Bool.random(using: &random) || b.isEmpty {
                    b.insert(contentsOf: piece, at: position)
                } else {
                    b.removeSubrange(position..<min(b.count, position + Int.random(in: 1...4, using: &random)))
                }
            }
            let report = Differ.diff(baseline: PromptText(bytes: a, source: "a"), candidate: PromptText(bytes: b, source: "b"))
            if a == b { #expect(report.findings.isEmpty) } else { #expect(!report.findings.isEmpty) }
            // Findings account for every difference: replacing each baseline range by its
            // candidate range rebuilds the candidate, so the text between findings is shared.
            var rebuilt: [UInt8] = []
            var position = 0, consistent = true
            // A grouped finding (homoglyph/uniform) stands for each of its occurrences.
            let places = report.findings.flatMap { finding in
                finding.occurrences.isEmpty ? [(finding.baseline.range, finding.candidate.range)] : finding.occurrences.map { ($0.baseline, $0.candidate) }
            }
            for (old, new) in places.sorted(by: { ($0.0.start, $0.1.start) < ($1.0.start, $1.1.start) }) {
                guard old.start >= position else { consistent = false; break }
                rebuilt += a[position..<old.start]
                rebuilt += b[new.start..<new.end]
                position = old.end
            }
            rebuilt += a[min(position, a.count)...]
            #expect(consistent && rebuilt == b, "a=\(a) b=\(b) \(report.findings.map(describe))")
            var previous = -1
            for finding in report.findings {
                #expect(finding.baseline.range.start <= finding.baseline.range.end && finding.baseline.range.end <= a.count)
                #expect(finding.candidate.range.start <= finding.candidate.range.end && finding.candidate.range.end <= b.count)
                #expect(finding.candidate.range.start >= previous)
                previous = finding.candidate.range.start
                for (bytes, offset) in [(a, finding.baseline.range.start), (a, finding.baseline.range.end),
                                        (b, finding.candidate.range.start), (b, finding.candidate.range.end)] {
                    #expect(isBoundary(bytes, offset), "offset \(offset) splits a character; a=\(a) b=\(b) \(report.findings.map(describe))")
                }
            }
        }
    }

    @Test("binary junk: classification stops at the finding limit and the report says where")
    func findingLimit() {
        var random = SeededGenerator(seed: 5)
        let a = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let b = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let report = Differ.diff(baseline: PromptText(bytes: a, source: "a"), candidate: PromptText(bytes: b, source: "b"),
                                   options: DiffOptions(maxFindings: 500))
        // The limit counts findings as classified; edits that touch, with the line breaks and
        // indentation beside them, are joined afterwards, so a few fewer may remain.
        #expect(report.findings.count >= 480 && report.findings.count < 520, "\(report.findings.count)")
        #expect(report.notes.contains { $0.hasPrefix("Stopped after \(report.findings.count) findings (limit 500)") })
    }

    @Test("binary junk: every invalid sequence counted, the first 100,000 listed")
    func invalidSequenceCap() {
        let text = PromptText(bytes: [UInt8](repeating: 0xFF, count: 300_000), source: "junk")
        #expect(text.invalidSequenceCount == 300_000)
        #expect(text.invalidSequences.count == PromptText.maxListedInvalidSequences)
        #expect(text.invalidSequences.last?.range == ByteRange(start: 99_999, end: 100_000))
    }

    /// Short texts with many lines, and long lines (tens of kilobytes, where columns are counted
    /// from checkpoints rather than from the line start) with few.
    @Test("line and column of every offset, on random mixes of ASCII runs, line feeds, multibyte and invalid bytes",
          arguments: [(texts: 40, pieces: 200, lineFeedOneIn: 1), (texts: 4, pieces: 12_000, lineFeedOneIn: 2_000)])
    func linesAndColumns(texts: Int, pieces pieceCount: Int, lineFeedOneIn: Int) {
        var random = SeededGenerator(seed: 0x11E5)
        let pieces: [[UInt8]] = [Array("abcdefghijklmnop".utf8), [0x0A], [0x0A, 0x0A], Array("é".utf8), Array("日本".utf8),
                                 Array("😀".utf8), [0xFF], [0xE2, 0x80], [0x0D, 0x0A], Array("x\n".utf8)]
        for _ in 0..<texts {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % UInt64(pieceCount)) {
                let piece = pieces[Int(random.next() % UInt64(pieces.count))]
                // Long-line texts keep a piece with a line feed only one time in `lineFeedOneIn`.
                if piece.contains(0x0A), random.next() % UInt64(lineFeedOneIn) != 0 { continue }
                bytes += piece
            }
            let text = PromptText(bytes: bytes, source: "mix")
            // Expected: count line feeds before the offset; the column counts the code points
            // (and invalid sequences) since the last line feed, 1-based.
            let units = TextUnit.decode(bytes, 0..<bytes.count)
            var line = 1, column = 1, unit = 0
            for offset in 0...bytes.count {
                while unit < units.count, units[unit].end <= offset {
                    if units[unit].scalar == 0x0A || units[unit].isCRLF { line += 1; column = 1 } else { column += 1 }
                    unit += 1
                }
                guard unit == units.count || units[unit].start == offset else { continue }  // inside a sequence
                let got = text.lineAndColumn(atOriginalOffset: offset)
                #expect(got.line == line && got.column == column, "offset \(offset) of \(bytes.count): \(got) vs \(line):\(column)")
            }
        }
    }

    /// True when no valid UTF-8 sequence straddles `offset`.
    private func isBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
        var index = 0
        while index < offset {
            let lead = bytes[index]
            var length = 1
            if lead >= 0xC2 && lead <= 0xF4 {
                let expected = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                if index + expected <= bytes.count,
                   String(validating: bytes[index..<(index + expected)], as: UTF8.self) != nil {
                    length = expected
                }
            }
            if index + length > offset { return false }
            index += length
        }
        return true
    }
}
