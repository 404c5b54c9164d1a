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
    /// Every baseline's shingles, sorted, with the baseline each comes from, and an open-addressing
    /// table over them: a capture's shingles are looked up one by one as they are hashed, so
    /// they need no sorting (sorting them was half of matching a capture) and thousands of
    /// baselines cost little more than a few. The shingles are already mixed: their top bits
    /// are the slot, with no further hashing (a standard `Set` and `Dictionary`, hashing each
    /// key again, were a third of a scan's time).
    private let postingBaselines: [Int32]
    private let table: ShingleTable
    /// For a corpus of a few baselines: what lets a capture that is a baseline with one changed
    /// stretch be matched from that stretch alone (nil for larger corpora).
    private let commonEnds: CommonEndsIndex?

    /// Each baseline's sampled windows in text order, how often each kept hash occurs in it, and
    /// how many distinct shingles each two baselines share.
    private struct CommonEndsIndex: Sendable {
        var positions: [[Int]]
        var hashes: [[UInt64]]
        var counts: [ShingleTable]
        var intersections: [[Int]]
    }

    /// Corpora up to this many baselines get a `CommonEndsIndex`: each capture's common ends are
    /// measured against every baseline, which costs little only while they are few.
    static let commonEndsBaselines = 16

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
        postingBaselines = postings.map(\.1)
        // One slot per distinct shingle: where its baselines start in `postingBaselines`, how many.
        var distinct: [(shingle: UInt64, start: Int32, count: Int32)] = []
        for (position, posting) in postings.enumerated() {
            if let last = distinct.last, last.shingle == posting.0 { distinct[distinct.count - 1].count += 1; continue }
            distinct.append((posting.0, Int32(position), 1))
        }
        var table = ShingleTable(capacityFor: distinct.count)
        for entry in distinct { table.insert(entry.shingle, value: UInt64(UInt32(entry.start)) << 32 | UInt64(UInt32(entry.count))) }
        self.table = table
        let lists = postings.map(\.1)
        commonEnds = self.baselines.count <= BaselineCorpus.commonEndsBaselines
            ? BaselineCorpus.commonEndsIndex(self.baselines, distinct.map { Array(lists[Int($0.start)..<Int($0.start + $0.count)]) }) : nil
    }

    private static func commonEndsIndex(_ baselines: [Baseline], _ postingLists: [[Int32]]) -> CommonEndsIndex {
        var index = CommonEndsIndex(positions: [], hashes: [], counts: [], intersections: Array(repeating: Array(repeating: 0, count: baselines.count), count: baselines.count))
        for baseline in baselines {
            let bytes = baseline.text.analysisBytes
            let windows: (positions: [Int], hashes: [UInt64]) = bytes.count >= width ? sampledWindows(bytes, from: 0, through: bytes.count - width) : ([], [])
            var counts = ShingleTable(capacityFor: windows.hashes.count)
            var sorted = windows.hashes.hashSorted()[...]
            while let first = sorted.first {
                let run = sorted.prefix { $0 == first }.count
                counts.insert(first, value: UInt64(run))
                sorted = sorted.dropFirst(run)
            }
            index.positions.append(windows.positions)
            index.hashes.append(windows.hashes)
            index.counts.append(counts)
        }
        for list in postingLists {
            for first in list { for second in list { index.intersections[Int(first)][Int(second)] += 1 } }
        }
        return index
    }

    /// The most similar baseline and its similarity (0…1), or nil when none reaches `minimumSimilarity`.
    /// Ties go to the baseline given first.
    public func nearest(to prompt: PromptText, minimumSimilarity: Double = 0.3) -> (baseline: Baseline, similarity: Double)? {
        nearest(to: prompt, minimumSimilarity: minimumSimilarity, usingCommonEnds: true)
    }

    /// `nearest(to:minimumSimilarity:)`, optionally without the common-ends shortcut (for tests,
    /// which compare the two).
    package func nearest(to prompt: PromptText, minimumSimilarity: Double, usingCommonEnds: Bool) -> (baseline: Baseline, similarity: Double)? {
        let bytes = prompt.analysisBytes
        let (shared, distinctCount) = (usingCommonEnds ? sharedByCommonEnds(bytes) : nil) ?? sharedBySampling(bytes)
        var best: (index: Int, similarity: Double)? = nil
        for (index, count) in shared.enumerated() where count > 0 {
            let baseline = baselines[index]
            let similarity = Double(count) / Double(distinctCount + baseline.fingerprint.count - count)
            if similarity >= minimumSimilarity, best == nil || similarity > best!.similarity
                || (similarity == best!.similarity && index < best!.index) {
                best = (index, similarity)
            }
        }
        if best == nil, bytes.count <= BaselineCorpus.shortPrompt {
            best = nearestShort(bytes, minimumSimilarity: minimumSimilarity)
        }
        return best.map { (baselines[$0.index], $0.similarity) }
    }

    /// The capture's distinct sampled shingles (their count) and how many of them each baseline
    /// has, when the capture is a baseline with one changed stretch: the baseline's counts
    /// corrected by the windows that stretch touches. Only those windows are hashed (sampling
    /// every byte of every capture was a fifth of a scan). Nil when the stretch is large or the
    /// corpus has no `CommonEndsIndex`.
    ///
    /// Exact: a window inside the common prefix, or inside the common suffix, is the same bytes
    /// in both texts, so it is kept or not alike and hashes alike; every other window of either
    /// text starts less than `width` bytes before its changed stretch or inside it.
    package func sharedByCommonEnds(_ bytes: [UInt8]) -> (shared: [Int], distinctCount: Int)? {
        guard let index = commonEnds, bytes.count >= BaselineCorpus.width else { return nil }
        let width = BaselineCorpus.width
        // The baseline with the longest common prefix and suffix.
        var chosen: (baseline: Int, prefix: Int, suffix: Int)? = nil
        bytes.withUnsafeBufferPointer { candidate in
            for (position, baseline) in baselines.enumerated() where baseline.text.analysisBytes.count >= width {
                baseline.text.analysisBytes.withUnsafeBufferPointer { base in
                    let prefix = commonPrefixLength(base, 0, base.count, candidate, 0, candidate.count)
                    let suffix = commonSuffixLength(base, prefix, base.count, candidate, prefix, candidate.count)
                    if chosen == nil || prefix + suffix > chosen!.prefix + chosen!.suffix { chosen = (position, prefix, suffix) }
                }
            }
        }
        guard let (k, prefix, suffix) = chosen else { return nil }
        let old = baselines[k].text.analysisBytes
        // Windows starting here (inclusive) touch the changed stretch: removed from the
        // baseline's sample, hashed anew in the capture's.
        let removed = (lower: max(0, prefix - width + 1), upper: min(old.count - width, old.count - suffix - 1))
        let added = (lower: max(0, prefix - width + 1), upper: min(bytes.count - width, bytes.count - suffix - 1))
        // Worth it only when the stretch is a small part of the capture.
        guard max(0, removed.upper - removed.lower + 1) + max(0, added.upper - added.lower + 1) <= bytes.count / 4 else { return nil }
        var change: [UInt64: Int] = [:]
        if removed.lower <= removed.upper {
            let positions = index.positions[k]
            var low = 0, high = positions.count
            while low < high {
                let middle = (low + high) / 2
                if positions[middle] < removed.lower { low = middle + 1 } else { high = middle }
            }
            while low < positions.count, positions[low] <= removed.upper {
                change[index.hashes[k][low], default: 0] -= 1
                low += 1
            }
        }
        if added.lower <= added.upper {
            for hash in BaselineCorpus.sampledWindows(bytes, from: added.lower, through: added.upper).hashes { change[hash, default: 0] += 1 }
        }
        var shared = index.intersections[k]
        var distinctCount = baselines[k].fingerprint.count
        for (hash, delta) in change where delta != 0 {
            let before = Int(index.counts[k].value(of: hash) ?? 0)
            let (wasIn, isIn) = (before > 0, before + delta > 0)
            guard wasIn != isIn else { continue }
            let step = isIn ? 1 : -1
            distinctCount += step
            guard let found = table.value(of: hash) else { continue }
            let start = Int(found >> 32), end = start + Int(found & 0xFFFF_FFFF)
            for position in start..<end { shared[Int(postingBaselines[position])] += step }
        }
        return (shared, distinctCount)
    }

    /// The capture's distinct sampled shingles (their count), each looked up once in the
    /// postings: how many of them each baseline has.
    package func sharedBySampling(_ bytes: [UInt8]) -> (shared: [Int], distinctCount: Int) {
        var shared = [Int](repeating: 0, count: baselines.count)
        var distinctCount = 0
        let sample = bytes.count >= BaselineCorpus.width ? BaselineCorpus.sampledShingles(bytes) : BaselineCorpus.fingerprint(bytes)
        var seen = ShingleTable(capacityFor: sample.count, withValues: false)
        postingBaselines.withUnsafeBufferPointer { postingBaselines in
            shared.withUnsafeMutableBufferPointer { shared in
                for shingle in sample where seen.insert(shingle) {
                    distinctCount += 1
                    guard let found = table.value(of: shingle) else { continue }
                    let start = Int(found >> 32), end = start + Int(found & 0xFFFF_FFFF)
                    for position in start..<end { shared[Int(postingBaselines[position])] += 1 }
                }
            }
        }
        return (shared, distinctCount)
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
        guard bytes.count >= width else { return bytes.isEmpty ? [] : [mix(bytes.reduce(UInt64(0)) { $0 &* 31 &+ UInt64($1) })] }
        return sampledShingles(bytes).hashSorted().uniqued()
    }

    /// The shingle width in bytes.
    static let width = 16

    /// The kept windows' mixed hashes in text order, repeats included (`bytes` holds at least
    /// one window).
    static func sampledShingles(_ bytes: [UInt8]) -> [UInt64] {
        let width = BaselineCorpus.width
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
        return result
    }

    /// The kept windows starting at `first` through `last` (each within `bytes`): their start
    /// offsets and mixed hashes, sampled as `sampledShingles` samples.
    static func sampledWindows(_ bytes: [UInt8], from first: Int, through last: Int) -> (positions: [Int], hashes: [UInt64]) {
        var positions: [Int] = [], hashes: [UInt64] = []
        bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!)
            for index in first...last {
                let low = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let high = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                let hash = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
                if hash >> 61 == 0 {
                    positions.append(index)
                    hashes.append(mix(hash))
                }
            }
        }
        return (positions, hashes)
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

/// An open-addressing set of shingle hashes, each with a value: hashes are mixed already, so
/// their top bits pick the slot, and linear probing finds the rest. Zero, the empty slot's
/// mark, is kept aside.
struct ShingleTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt64]
    private let shift: UInt64
    private let mask: Int
    private var zeroValue: UInt64?

    /// A table for up to `count` keys, at most half full; without values, a set.
    init(capacityFor count: Int, withValues: Bool = true) {
        var bits = 4
        while 1 << bits < 2 * count { bits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = withValues ? [UInt64](repeating: 0, count: 1 << bits) : []
        shift = UInt64(64 - bits)
        mask = (1 << bits) - 1
    }

    /// Adds `key` (with `value`, in a table with values) unless present; true when it was added.
    @discardableResult
    mutating func insert(_ key: UInt64, value: UInt64 = 0) -> Bool {
        if key == 0 {
            guard zeroValue == nil else { return false }
            zeroValue = value
            return true
        }
        let (shift, mask) = (self.shift, self.mask)
        let slot = keys.withUnsafeMutableBufferPointer { keys -> Int? in
            var slot = Int(key >> shift)
            while true {
                let present = keys[slot]
                if present == key { return nil }
                if present == 0 {
                    keys[slot] = key
                    return slot
                }
                slot = (slot + 1) & mask
            }
        }
        guard let slot else { return false }
        if !values.isEmpty { values[slot] = value }
        return true
    }

    /// The value of `key`, if present.
    func value(of key: UInt64) -> UInt64? {
        if key == 0 { return zeroValue }
        return keys.withUnsafeBufferPointer { keys in
            var slot = Int(key >> shift)
            while true {
                let present = keys[slot]
                if present == key { return values[slot] }
                if present == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
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
