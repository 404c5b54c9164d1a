import Testing
@testable import StegDiff

@Suite("Byte differ")
struct ByteDiffTests {
    @Test("hunks rebuild the candidate from the baseline, on random inputs", arguments: 0..<6)
    func rebuildsCandidate(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &* 7919 &+ 17)
        for _ in 0..<150 {
            // Small alphabets make many equal runs: the interesting case for an aligner.
            let alphabet = UInt8.random(in: 2...6, using: &random)
            let a = (0..<Int.random(in: 0...300, using: &random)).map { _ in 0x61 + UInt8.random(in: 0..<alphabet, using: &random) }
            var b = a
            for _ in 0..<Int.random(in: 0...20, using: &random) {
                let position = Int.random(in: 0...b.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: b.insert(0x61 + UInt8.random(in: 0..<alphabet, using: &random), at: position)
                case 1 where position < b.count: b.remove(at: position)
                default: if position < b.count { b[position] = 0x61 + UInt8.random(in: 0..<alphabet, using: &random) }
                }
            }
            let diff = ByteDiff(baseline: a, candidate: b)
            #expect(ByteDiff.apply(diff.hunks, to: a, candidate: b) == b)
            #expect(diff.alignment == .exact)
            // Hunks are ordered, non-overlapping, never empty on both sides, and the gaps are equal text.
            var previousEnd = (0, 0)
            for hunk in diff.hunks {
                #expect(!(hunk.baseline.isEmpty && hunk.candidate.isEmpty))
                #expect(hunk.baseline.lowerBound - previousEnd.0 == hunk.candidate.lowerBound - previousEnd.1)
                #expect(a[previousEnd.0..<hunk.baseline.lowerBound] == b[previousEnd.1..<hunk.candidate.lowerBound])
                previousEnd = (hunk.baseline.upperBound, hunk.candidate.upperBound)
            }
        }
    }

    @Test("the exact alignment is minimal: edit distance equals the LCS bound")
    func minimalOnSmallInputs() {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            let a = (0..<Int.random(in: 0...40, using: &random)).map { _ in UInt8.random(in: 0x61...0x63, using: &random) }
            let b = (0..<Int.random(in: 0...40, using: &random)).map { _ in UInt8.random(in: 0x61...0x63, using: &random) }
            let diff = ByteDiff(baseline: a, candidate: b)
            let cost = diff.hunks.reduce(0) { $0 + $1.baseline.count + $1.candidate.count }
            #expect(cost == a.count + b.count - 2 * lcsLength(a, b))
        }
    }

    private func lcsLength(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for j in 0..<b.count {
                let saved = row[j + 1]
                row[j + 1] = x == b[j] ? diagonal + 1 : max(row[j + 1], row[j])
                diagonal = saved
            }
        }
        return row[b.count]
    }

    @Test("two unrelated 1 MB inputs fall back to a coarse alignment that is still correct")
    func unrelatedMegabyteInputs() {
        var random = SeededGenerator(seed: 7)
        func text() -> [UInt8] {
            var bytes: [UInt8] = []
            while bytes.count < 1_000_000 {
                for _ in 0..<Int.random(in: 20...80, using: &random) { bytes.append(UInt8.random(in: 0x61...0x7A, using: &random)) }
                bytes.append(0x0A)
            }
            return bytes
        }
        let a = text(), b = text()
        let diff = ByteDiff(baseline: a, candidate: b)
        #expect(diff.alignment == .coarse)
        #expect(ByteDiff.apply(diff.hunks, to: a, candidate: b) == b)
    }

    @Test("shifted repetitive text (long diagonals) stays within the comparison budget and correct")
    func repetitiveText() {
        let a = Array(String(repeating: "ab", count: 200_000).utf8)
        var b = Array(String(repeating: "ba", count: 200_000).utf8)
        for index in stride(from: 1000, to: b.count, by: 997) { b[index] = 0x63 }
        let limits = DiffLimits(maxEditDistance: 4096, maxComparisons: 5_000_000)
        let diff = ByteDiff(baseline: a, candidate: b, limits: limits)
        #expect(ByteDiff.apply(diff.hunks, to: a, candidate: b) == b)
    }
}

@Suite("Changes on every line (past the exact cost cap)")
struct DenseChangeTests {
    @Test("LF → CRLF on 5,000 lines: one line-ending finding per line, none missed")
    func crlfEverywhere() {
        let lines = (0..<5000).map { "line \($0) of the prompt says something" }
        let report = Differ.diff(baseline: lines.joined(separator: "\n") + "\n", candidate: lines.joined(separator: "\r\n") + "\r\n")
        #expect(report.alignment == .coarse)
        #expect(report.findings.count == 5000)
        #expect(report.findings.allSatisfy { $0.kind == .lineEnding && $0.baseline.codePoints == [0x0A] && $0.candidate.codePoints == [0x0D, 0x0A] })
        #expect(report.notes.contains { $0.contains("coarser alignment") })
    }

    @Test("a zero-width space in each of 3,000 words: all found at their offsets")
    func zeroWidthEverywhere() {
        let words = (0..<3000).map { "w\($0)rd" }
        let marked = words.map { $0.prefix(1) + "\u{200B}" + $0.dropFirst() }
        let report = Differ.diff(baseline: words.joined(separator: " "), candidate: marked.joined(separator: " "))
        #expect(report.findings.count == 3000)
        var offset = 0
        var expected: [ByteRange] = []
        for word in words {
            expected.append(ByteRange(start: offset + 1 + 3 * expected.count, end: offset + 4 + 3 * expected.count))
            offset += word.utf8.count + 1
        }
        #expect(report.findings.map(\.candidate.range) == expected)
    }
}
