import Foundation
import Testing
import StegDiff

/// The library's scanner, as other audit tools call it, on hostile archives.
@Suite("ArchiveScanner")
struct ScannerTests {
    func corpus() throws -> BaselineCorpus { try ArchiveScanner.loadCorpus(projectRoot + "/Corpus/baselines") }

    @Test("records come out the same, in the same order, whatever the step of concurrent diffs", arguments: [1, 3, 256])
    func batchSizeKeepsOrder(batchSize: Int) throws {
        func describe(_ record: ScanRecord) -> String {
            switch record {
            case .capture(let capture, let baseline, let report):
                "capture \(capture.source)@\(capture.offset) \(capture.locator) -> \(baseline?.id ?? "none") "
                    + (report?.findings.map { "\($0.kind.rawValue)@\($0.candidate.range.start)" }.joined(separator: ",") ?? "")
            case .error(let source, let offset, let reason): "error \(source)@\(offset) \(reason)"
            case .skipped(let source, let offset, let reason): "skipped \(source)@\(offset) \(reason)"
            }
        }
        let folder = projectRoot + "/Corpus/captures"
        var reference: [String] = [], records: [String] = []
        try ArchiveScanner(corpus: try corpus()).scan([folder]) { reference.append(describe($0)) }
        try ArchiveScanner(corpus: try corpus(), options: ScanOptions(batchSize: batchSize)).scan([folder]) { records.append(describe($0)) }
        #expect(records == reference)
        #expect(reference.filter { $0.hasPrefix("capture") }.count >= 24)
    }

    @Test("files are parsed in groups bounded by count and by bytes, in order, every file once")
    func groupsOfFiles() {
        let mb = 1 << 20
        #expect(ArchiveScanner.groups(sizes: [], maxFiles: 8, maxBytes: 8 * mb).isEmpty)
        #expect(ArchiveScanner.groups(sizes: Array(repeating: 100, count: 20), maxFiles: 8, maxBytes: 8 * mb) == [0..<8, 8..<16, 16..<20])
        // Large JSON Lines files among small captures: each large one closes its group.
        #expect(ArchiveScanner.groups(sizes: [mb, 3 * mb, 3 * mb, 3 * mb, 100, 20 * mb, 100, 100], maxFiles: 8, maxBytes: 8 * mb)
            == [0..<3, 3..<5, 5..<6, 6..<8])
    }

    @Test("the shingle sort (buckets on the top bits) orders like the standard sort, repeated text included",
          arguments: [0, 1, 64, 65, 1_000, 20_000])
    func hashSort(count: Int) {
        var random = SeededGenerator(seed: UInt64(count) + 7)
        // Full-range values, with repeats and values that differ only in one byte.
        var values = (0..<count).map { _ in random.next() }
        for index in stride(from: 0, to: values.count, by: 7) { values[index] = values[values.count / 2] }
        for index in stride(from: 3, to: values.count, by: 11) { values[index] = values[index - 1] ^ (0xFF << (8 * (UInt64(index) % 8))) }
        #expect(values.hashSorted() == values.sorted())
        // Text that repeats with a short period: a few values, thousands of times each, which
        // share a bucket (insertion sort alone would take quadratic time there).
        let periodic = (0..<count).map { [UInt64.max - 1, UInt64.max - 3, UInt64.max - 2][$0 % 3] }
        #expect(periodic.hashSorted() == periodic.sorted())
    }

    @Test("nearest baseline: the similarity is the Jaccard index of the distinct sampled shingles, computed here window by window",
          arguments: [5_000, 5_001, 5_002, 5_003, 60_000])
    func shingleSimilarity(length: Int) throws {
        // The sample as documented: each 16-byte window's halves multiplied, kept when the top 3
        // bits are 0, mixed (MurmurHash3's finalizer); a plain loop over every window.
        func sample(_ bytes: [UInt8]) -> Set<UInt64> {
            var kept = Set<UInt64>()
            guard bytes.count >= 16 else { return kept }
            for index in 0...(bytes.count - 16) {
                var low: UInt64 = 0, high: UInt64 = 0
                for offset in 0..<8 {
                    low |= UInt64(bytes[index + offset]) << (8 * UInt64(offset))
                    high |= UInt64(bytes[index + 8 + offset]) << (8 * UInt64(offset))
                }
                var x = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
                guard x >> 61 == 0 else { continue }
                x ^= x >> 33; x = x &* 0xff51afd7ed558ccd; x ^= x >> 33; x = x &* 0xc4ceb9fe1a85ec53
                kept.insert(x ^ (x >> 33))
            }
            return kept
        }
        var random = SeededGenerator(seed: UInt64(length))
        let letters = Array("abcdefghij klmnop\n".utf8)
        func text(_ count: Int) -> [UInt8] { (0..<count).map { _ in letters[Int(random.next() % UInt64(letters.count))] } }
        let baselines = [text(length), text(length / 2), text(length * 2)]
        let corpus = BaselineCorpus(baselines.enumerated().map { ("b\($0.offset)", PromptText(bytes: $0.element, source: "b")) })
        // Candidates: a baseline with edits, one with a stretch repeated (shingles seen many
        // times), two baselines spliced, and text repeating a short phrase thousands of times.
        var edited = baselines[1]
        for _ in 0..<40 { edited[Int(random.next() % UInt64(edited.count))] = 0x2E }
        let repeated = baselines[0] + Array(baselines[0][0..<1_000]) + Array(baselines[0][0..<1_000])
        let spliced = Array(baselines[2][0..<(length / 2)]) + Array(baselines[0][(length / 3)...])
        let phrase = Array((0..<(length / 40)).map { _ in Array("the same words again, ".utf8) }.joined()) + baselines[1]
        for candidate in [edited, repeated, spliced, phrase, baselines[2]] {
            let mine = sample(candidate)
            let expected = baselines.enumerated().map { index, baseline -> (Int, Double) in
                let theirs = sample(baseline)
                return (index, Double(mine.intersection(theirs).count) / Double(mine.union(theirs).count))
            }.max { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }!
            let match = try #require(corpus.nearest(to: PromptText(bytes: candidate, source: "c"), minimumSimilarity: 0.01))
            #expect(match.baseline.id == "b\(expected.0)")
            #expect(match.similarity == expected.1, "\(match.similarity) against \(expected.1)")
        }
    }

    @Test("nearest baseline from the common ends: a capture that is a baseline with one changed stretch counts exactly what sampling counts",
          arguments: [3_000, 3_001, 20_007])
    func commonEndsSimilarity(length: Int) throws {
        var random = SeededGenerator(seed: UInt64(length) &+ 17)
        let letters = Array("abcdefghij klmnop\n".utf8)
        func text(_ count: Int) -> [UInt8] { (0..<count).map { _ in letters[Int(random.next() % UInt64(letters.count))] } }
        let first = text(length)
        // A second baseline sharing the first's opening half, a third unrelated, a fourth repeating a stretch.
        let baselines = [first, Array(first[..<(length / 2)]) + text(length / 2), text(length), first + Array(first[100..<600])]
        let corpus = BaselineCorpus(baselines.enumerated().map { ("b\($0.offset)", PromptText(bytes: $0.element, source: "b")) })
        var candidates: [[UInt8]] = [first, baselines[3]]
        for _ in 0..<40 {
            // One stretch replaced, inserted or removed, anywhere (ends included), up to 60 bytes.
            var edited = baselines[Int(random.next() % 4)]
            let start = Int(random.next() % UInt64(edited.count))
            let removed = min(Int(random.next() % 61), edited.count - start) * Int(random.next() % 2)
            let inserted = random.next() % 3 == 0 ? [] : Array(first[0..<Int(random.next() % 61)]) + text(Int(random.next() % 5))
            edited.replaceSubrange(start..<(start + removed), with: inserted)
            candidates.append(edited)
        }
        var taken = 0
        for candidate in candidates {
            let sampled = corpus.sharedBySampling(candidate)
            if let fromEnds = corpus.sharedByCommonEnds(candidate) {
                taken += 1
                #expect(fromEnds.shared == sampled.shared && fromEnds.distinctCount == sampled.distinctCount)
            }
            let prompt = PromptText(bytes: candidate, source: "c")
            let fast = corpus.nearest(to: prompt, minimumSimilarity: 0.01, usingCommonEnds: true)
            let slow = corpus.nearest(to: prompt, minimumSimilarity: 0.01, usingCommonEnds: false)
            #expect(fast?.baseline.id == slow?.baseline.id && fast?.similarity == slow?.similarity)
        }
        #expect(taken >= 38)  // every edit that keeps the ends is matched from them
    }

    @Test("faults: truncated JSON, binary junk, a symlink loop, a dangling link: each accounted for, nothing lost")
    func faults() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stegdiff-faults-\(getpid())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inner"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let marked = try Data(contentsOf: URL(fileURLWithPath: projectRoot + "/Corpus/variants/rb-headline-02bc-slash.md"))
        try marked.write(to: folder.appendingPathComponent("a-marked.md"))
        try Data("{\"system\": \"You are".utf8).write(to: folder.appendingPathComponent("b-truncated.json"))
        var random = SeededGenerator(seed: 11)
        try Data((0..<5000).map { _ in UInt8.random(in: 0...255, using: &random) }).write(to: folder.appendingPathComponent("c-junk.bin"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("inner/loop").path, withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("d-dangling").path, withDestinationPath: "/nonexistent/x")
        var records: [ScanRecord] = []
        try ArchiveScanner(corpus: try corpus()).scan([folder.path]) { records.append($0) }
        let kinds = records.map { record -> String in
            switch record {
            case .capture(_, let baseline, _): baseline == nil ? "no-baseline" : "capture"
            case .error(let source, _, _): "error:" + (source.split(separator: "/").last.map(String.init) ?? "")
            case .skipped: "skipped"
            }
        }
        // The folder walk is sorted: a-marked.md, b-truncated.json, c-junk.bin, d-dangling, inner/loop.
        #expect(kinds == ["capture", "error:b-truncated.json", "no-baseline", "error:d-dangling", "error:loop"])
        if case .capture(_, _, let report?) = records[0] { #expect(report.findings.map(\.kind) == [.homoglyph, .dateFormat]) }
        if case .error(_, let offset, let reason) = records[1] { #expect(offset == 11 && reason.hasPrefix("unterminated string")) }
    }

    @Test("records as an async sequence, for callers that prefer for-await")
    func asyncRecords() async throws {
        let scanner = ArchiveScanner(corpus: try corpus())
        var count = 0
        for try await record in scanner.records(of: [projectRoot + "/Corpus/variants/ta-kitchen-sink.md"]) {
            if case .capture(_, let baseline?, let report?) = record {
                #expect(baseline.id == "terminal-agent.md")
                #expect(report.findings.count == 14)
            }
            count += 1
        }
        #expect(count == 1)
    }
}

@Suite("Baseline corpus with a manifest")
struct ManifestTests {
    @Test("manifest ids and fields travel with the chosen baseline; many baselines, one right answer")
    func manifest() throws {
        let folder = try temporaryFolder("manifest")
        defer { try? FileManager.default.removeItem(at: folder) }
        let review = try Data(contentsOf: URL(fileURLWithPath: projectRoot + "/Corpus/baselines/review-bot.md"))
        try review.write(to: folder.appendingPathComponent("review-bot.md"))
        // 300 decoys: other prompts the index must not confuse with the right one.
        for index in 0..<300 {
            try Data("You are decoy assistant number \(index). Answer questions about topic \(index * 7919) politely.".utf8)
                .write(to: folder.appendingPathComponent("decoy-\(index).md"))
        }
        try Data(#"[{"file": "review-bot.md", "id": "patchwise", "product": "Patchwise", "version": "3.1", "date": "2026-07-01"}]"#.utf8)
            .write(to: folder.appendingPathComponent("manifest.json"))
        let corpus = try ArchiveScanner.loadCorpus(folder.path)
        #expect(corpus.baselines.count == 301)
        var records: [ScanRecord] = []
        try ArchiveScanner(corpus: corpus).scan([projectRoot + "/Corpus/variants/rb-headline-02bc-slash.md"]) { records.append($0) }
        guard case .capture(_, let baseline?, let report?) = records.first else { Issue.record("no capture"); return }
        #expect(baseline.id == "patchwise")
        #expect(baseline.metadata == ["product": "Patchwise", "version": "3.1", "date": "2026-07-01", "file": "review-bot.md"])
        #expect(report.findings.map(\.kind) == [.homoglyph, .dateFormat])
    }
}
