/// Baseline prompts to compare captures against, with the nearest one chosen by content.
///
/// Similarity is the Jaccard index of content-sampled 16-byte shingles (about one in eight kept,
/// chosen by their hash so the same text always keeps the same ones): cheap to index and robust
/// to a handful of perturbed characters. A short prompt that no baseline matches so is compared
/// with baselines of similar length by a byte diff.
public struct BaselineCorpus: Sendable {
    /// One baseline prompt.
    public struct Baseline: Sendable {
        /// Its name (file name, or manifest id).
        public var id: String
        /// Its text.
        public var text: PromptText
        /// What the manifest says about it (`product`, `version`, `date`…), if anything.
        public var metadata: [String: String]
        /// Sampled shingle hashes, sorted, each once.
        let fingerprint: [UInt64]
    }

    /// The baselines, in the order given.
    public private(set) var baselines: [Baseline]
    /// Every baseline's shingles, sorted, with the baseline each comes from: a capture's sorted
    /// shingles are joined with them by galloping search, so thousands of baselines cost little
    /// more than a few, with no hashing (a hash set and table were a third of a scan's time).
    private let postingShingles: [UInt64]
    private let postingBaselines: [Int32]

    /// Indexes baselines.
    public init(_ baselines: [(id: String, text: PromptText)], metadata: [String: [String: String]] = [:]) {
        self.baselines = baselines.map {
            Baseline(id: $0.id, text: $0.text, metadata: metadata[$0.id] ?? [:], fingerprint: BaselineCorpus.fingerprint($0.text.analysisBytes))
        }
        var postings: [(UInt64, Int32)] = []
        for (index, baseline) in self.baselines.enumerated() {
            for shingle in baseline.fingerprint { postings.append((shingle, Int32(index))) }
        }
        postings.sort { $0 < $1 }
        postingShingles = postings.map(\.0)
        postingBaselines = postings.map(\.1)
    }

    /// The most similar baseline and its similarity (0…1), or nil when none reaches `minimumSimilarity`.
    /// Ties go to the baseline given first.
    public func nearest(to prompt: PromptText, minimumSimilarity: Double = 0.3) -> (baseline: Baseline, similarity: Double)? {
        let fingerprint = BaselineCorpus.fingerprint(prompt.analysisBytes)
        var shared = [Int](repeating: 0, count: baselines.count)
        postingShingles.withUnsafeBufferPointer { keys in
            var position = 0
            for shingle in fingerprint {
                // Gallop to the first key at or past the shingle, then binary search the last step.
                var step = 1
                while position + step < keys.count, keys[position + step] < shingle { position += step; step *= 2 }
                var low = position, high = min(position + step, keys.count)
                while low < high {
                    let middle = (low + high) / 2
                    if keys[middle] < shingle { low = middle + 1 } else { high = middle }
                }
                position = low
                while position < keys.count, keys[position] == shingle { shared[Int(postingBaselines[position])] += 1; position += 1 }
                if position >= keys.count { break }
            }
        }
        var best: (index: Int, similarity: Double)? = nil
        for (index, count) in shared.enumerated() where count > 0 {
            let baseline = baselines[index]
            let similarity = Double(count) / Double(fingerprint.count + baseline.fingerprint.count - count)
            if similarity >= minimumSimilarity, best == nil || similarity > best!.similarity
                || (similarity == best!.similarity && index < best!.index) {
                best = (index, similarity)
            }
        }
        if best == nil, prompt.analysisBytes.count <= BaselineCorpus.shortPrompt {
            best = nearestShort(prompt.analysisBytes, minimumSimilarity: minimumSimilarity)
        }
        return best.map { (baselines[$0.index], $0.similarity) }
    }

    /// Prompts up to this many bytes are also matched by their common ends when no sampled
    /// shingles reach the threshold.
    static let shortPrompt = 4096

    /// For a short prompt, the baseline of similar length with the most bytes in common (a byte
    /// diff: 2 × common bytes / both lengths). A 50-byte prompt has about 35 windows of 16 bytes
    /// and keeps four or five: one changed apostrophe alters half of the windows, so probe captures
    /// of `Today’s` against a baseline with `Today's` fell below any threshold and had no
    /// baseline. A marker is a few characters in a text otherwise the same, which the diff counts.
    private func nearestShort(_ bytes: [UInt8], minimumSimilarity: Double) -> (index: Int, similarity: Double)? {
        var best: (index: Int, similarity: Double)? = nil
        for (index, baseline) in baselines.enumerated() {
            let other = baseline.text.analysisBytes
            guard other.count <= 2 * BaselineCorpus.shortPrompt, other.count * 2 >= bytes.count, bytes.count * 2 >= other.count else { continue }
            // Bounded: a diff that would need more edits than half the text is no match anyway.
            let limits = DiffLimits(maxEditDistance: (bytes.count + other.count) / 2, maxComparisons: 1_000_000)
            let removed = ByteDiff(baseline: other, candidate: bytes, limits: limits).hunks.reduce(0) { $0 + $1.baseline.count }
            let similarity = Double(2 * (other.count - removed)) / Double(max(bytes.count + other.count, 1))
            if similarity >= minimumSimilarity, best == nil || similarity > best!.similarity { best = (index, similarity) }
        }
        return best
    }

    /// Content-defined sample of 16-byte shingles: every window's two 8-byte halves hashed by
    /// multiplication, the window kept when the top 3 bits of that hash are 0 (about one window
    /// in eight), so the same text yields the same sample wherever it sits; kept hashes are
    /// mixed. O(n), two loads and two multiplies per byte: a rolling hash mixed at every window
    /// was a third of matching a capture.
    static func fingerprint(_ bytes: [UInt8]) -> [UInt64] {
        let width = 16
        guard bytes.count >= width else { return bytes.isEmpty ? [] : [mix(bytes.reduce(UInt64(0)) { $0 &* 31 &+ UInt64($1) })] }
        var result: [UInt64] = []
        result.reserveCapacity(bytes.count / 6)
        bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!)
            var index = 0
            while index <= buffer.count - width {
                // Odd multipliers are bijections, so windows that differ in either half differ in
                // the hash but for a 2^-64 chance; the top bits depend on every byte of the window.
                let low = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let high = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                let hash = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
                if hash >> 61 == 0 { result.append(mix(hash)) }
                index += 1
            }
        }
        return result.hashSorted().uniqued()
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

extension Array where Element == UInt64 {
    /// Sorted, for shingle hashes (spread evenly over 64 bits): one counting pass on the top
    /// bits puts each value in a bucket of about two, and insertion sort finishes each bucket
    /// (a bucket of more than 32, from repeated text, is sorted by the standard sort, so the
    /// worst case stays n log n). The standard comparison sort of a capture's shingles was a
    /// fifth of a scan's time, and a full radix sort a quarter.
    package func hashSorted() -> [UInt64] {
        guard count > 64 else { return sorted() }
        let bits = Swift.min(20, Int.bitWidth - count.leadingZeroBitCount - 1)  // about log2(count)
        let shift = UInt64(64 - bits)
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        var output = [UInt64](repeating: 0, count: count)
        withUnsafeBufferPointer { input in
            starts.withUnsafeMutableBufferPointer { starts in
                output.withUnsafeMutableBufferPointer { output in
                    for value in input { starts[Int(value >> shift) + 1] += 1 }
                    for bucket in 0..<(1 << bits) { starts[bucket + 1] += starts[bucket] }
                    var next = [Int](starts)
                    for value in input {
                        let bucket = Int(value >> shift)
                        output[next[bucket]] = value
                        next[bucket] += 1
                    }
                    for bucket in 0..<(1 << bits) {
                        let (low, high) = (starts[bucket], starts[bucket + 1])
                        if high - low > 32 {
                            var bucketValues = UnsafeMutableBufferPointer(rebasing: output[low..<high])
                            bucketValues.sort()
                            continue
                        }
                        var index = low + 1
                        while index < high {
                            let value = output[index]
                            var position = index
                            while position > low, output[position - 1] > value { output[position] = output[position - 1]; position -= 1 }
                            output[position] = value
                            index += 1
                        }
                    }
                }
            }
        }
        return output
    }

    /// A sorted array without its repeats.
    fileprivate func uniqued() -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(count)
        for value in self where result.last != value { result.append(value) }
        return result
    }
}
