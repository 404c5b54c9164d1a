/// Baseline prompts to compare captures against, with the nearest one chosen by content.
///
/// Similarity is the Jaccard index of content-sampled 16-byte shingles (about one in eight kept,
/// chosen by their hash so the same text always keeps the same ones): cheap to index and robust
/// to a handful of perturbed characters.
public struct BaselineCorpus: Sendable {
    /// One baseline prompt.
    public struct Baseline: Sendable {
        /// Its name (file name, or manifest id).
        public var id: String
        /// Its text.
        public var text: PromptText
        /// What the manifest says about it (`product`, `version`, `date`…), if anything.
        public var metadata: [String: String]
        let fingerprint: Set<UInt64>
    }

    /// The baselines, in the order given.
    public private(set) var baselines: [Baseline]
    /// Shingle → the baselines that contain it: a capture is compared only with baselines it
    /// shares shingles with, so thousands of baselines cost little more than a few.
    private let postings: [UInt64: [Int32]]

    /// Indexes baselines.
    public init(_ baselines: [(id: String, text: PromptText)], metadata: [String: [String: String]] = [:]) {
        self.baselines = baselines.map {
            Baseline(id: $0.id, text: $0.text, metadata: metadata[$0.id] ?? [:], fingerprint: BaselineCorpus.fingerprint($0.text.analysisBytes))
        }
        var postings: [UInt64: [Int32]] = [:]
        for (index, baseline) in self.baselines.enumerated() {
            for shingle in baseline.fingerprint { postings[shingle, default: []].append(Int32(index)) }
        }
        self.postings = postings
    }

    /// The most similar baseline and its similarity (0…1), or nil when none reaches `minimumSimilarity`.
    /// Ties go to the baseline given first.
    public func nearest(to prompt: PromptText, minimumSimilarity: Double = 0.3) -> (baseline: Baseline, similarity: Double)? {
        let fingerprint = BaselineCorpus.fingerprint(prompt.analysisBytes)
        var shared: [Int32: Int] = [:]
        for shingle in fingerprint {
            for index in postings[shingle] ?? [] { shared[index, default: 0] += 1 }
        }
        var best: (index: Int, similarity: Double)? = nil
        for (index, count) in shared {
            let baseline = baselines[Int(index)]
            let similarity = Double(count) / Double(fingerprint.count + baseline.fingerprint.count - count)
            if similarity >= minimumSimilarity, best == nil || similarity > best!.similarity
                || (similarity == best!.similarity && Int(index) < best!.index) {
                best = (Int(index), similarity)
            }
        }
        if best == nil, fingerprint.isEmpty {
            // Too short to fingerprint: only an identical baseline matches.
            if let index = baselines.firstIndex(where: { $0.text.analysisBytes == prompt.analysisBytes }) { best = (index, 1) }
        }
        return best.map { (baselines[$0.index], $0.similarity) }
    }

    /// Content-defined sample of 16-byte shingles: a rolling (Rabin–Karp) hash over every
    /// window, mixed, and kept when its low 3 bits are 0 (about one window in eight), so the same
    /// text yields the same sample wherever it sits. O(n), one multiply-add per byte.
    static func fingerprint(_ bytes: [UInt8]) -> Set<UInt64> {
        let width = 16
        guard bytes.count >= width else { return bytes.isEmpty ? [] : [mix(bytes.reduce(UInt64(0)) { $0 &* 31 &+ UInt64($1) })] }
        let base: UInt64 = 0x100000001b3
        var power: UInt64 = 1
        for _ in 0..<width { power = power &* base }  // base^width: what the leaving byte weighs
        var result = Set<UInt64>(minimumCapacity: bytes.count / 6)
        bytes.withUnsafeBufferPointer { buffer in
            var value: UInt64 = 0
            for index in 0..<buffer.count {
                value = value &* base &+ UInt64(buffer[index]) &+ 1
                if index >= width { value = value &- power &* (UInt64(buffer[index - width]) &+ 1) }
                if index >= width - 1 {
                    let mixed = mix(value)
                    if mixed & 7 == 0 { result.insert(mixed) }
                }
            }
        }
        return result
    }

    /// A 64-bit finalizer (from MurmurHash3), so the kept sample is spread evenly.
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xff51afd7ed558ccd
        x ^= x >> 33
        x = x &* 0xc4ceb9fe1a85ec53
        return x ^ (x >> 33)
    }
}
