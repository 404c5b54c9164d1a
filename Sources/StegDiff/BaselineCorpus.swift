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
        let fingerprint: Set<UInt64>
    }

    /// The baselines, in the order given.
    public private(set) var baselines: [Baseline]

    /// Indexes baselines.
    public init(_ baselines: [(id: String, text: PromptText)]) {
        self.baselines = baselines.map { Baseline(id: $0.id, text: $0.text, fingerprint: BaselineCorpus.fingerprint($0.text.analysisBytes)) }
    }

    /// The most similar baseline and its similarity (0…1), or nil when none reaches `minimumSimilarity`.
    public func nearest(to prompt: PromptText, minimumSimilarity: Double = 0.3) -> (baseline: Baseline, similarity: Double)? {
        let fingerprint = BaselineCorpus.fingerprint(prompt.analysisBytes)
        var best: (Baseline, Double)? = nil
        for baseline in baselines {
            let shared = fingerprint.intersection(baseline.fingerprint).count
            let union = fingerprint.count + baseline.fingerprint.count - shared
            let similarity = union == 0 ? (prompt.analysisBytes == baseline.text.analysisBytes ? 1 : 0) : Double(shared) / Double(union)
            if similarity >= minimumSimilarity, similarity > (best?.1 ?? -1) { best = (baseline, similarity) }
        }
        return best
    }

    static func fingerprint(_ bytes: [UInt8]) -> Set<UInt64> {
        let width = 16
        guard bytes.count >= width else { return bytes.isEmpty ? [] : [hash(bytes[...])] }
        var result = Set<UInt64>()
        for start in 0...(bytes.count - width) {
            let value = hash(bytes[start..<(start + width)])
            if value & 7 == 0 { result.insert(value) }
        }
        return result
    }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf29ce484222325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100000001b3 }
        return value ^ (value >> 29)
    }
}
