/// One difference region of a byte diff: `baseline` bytes are replaced by `candidate` bytes.
///
/// Ranges are 0-based half-open offsets into the analysis bytes of each side. Between two hunks
/// the inputs are byte-for-byte equal, so both sides advance by the same amount.
public struct ByteHunk: Sendable, Hashable {
    /// The replaced bytes in the baseline.
    public var baseline: Range<Int>
    /// The replacing bytes in the candidate.
    public var candidate: Range<Int>
    /// Creates a hunk.
    public init(baseline: Range<Int>, candidate: Range<Int>) {
        self.baseline = baseline
        self.candidate = candidate
    }
}

/// How a byte diff was aligned.
public enum DiffAlignment: String, Sendable, Codable {
    /// A minimal (Myers O(ND)) alignment.
    case exact
    /// The cost cap was hit: unique-line anchors with exact diffs between them where affordable,
    /// otherwise whole-region replacements. Still correct (the hunks rebuild the candidate), not minimal.
    case coarse
}

/// Limits that keep a diff of pathological inputs bounded in time and memory.
public struct DiffLimits: Sendable, Hashable {
    /// Largest edit distance (bytes) the exact search explores before falling back.
    public var maxEditDistance: Int
    /// Total bytes compared along diagonals (snakes) before the exact search gives up, over the whole diff.
    public var maxComparisons: Int
    /// Creates limits.
    public init(maxEditDistance: Int = 2048, maxComparisons: Int = 50_000_000) {
        self.maxEditDistance = maxEditDistance
        self.maxComparisons = maxComparisons
    }
}

/// The result of a byte diff.
public struct ByteDiff: Sendable {
    /// Hunks in increasing order; applying them to the baseline gives the candidate.
    public var hunks: [ByteHunk]
    /// Whether the alignment is minimal or the bounded fallback.
    public var alignment: DiffAlignment

    /// Diffs two byte arrays: common prefix and suffix trimmed (8 bytes at a time), Myers O(ND)
    /// in between, and a bounded anchored fallback when `limits` are exceeded.
    public init(baseline: [UInt8], candidate: [UInt8], limits: DiffLimits = DiffLimits()) {
        var hunks: [ByteHunk] = []
        var alignment = DiffAlignment.exact
        baseline.withUnsafeBufferPointer { a in
            candidate.withUnsafeBufferPointer { b in
                var engine = MyersEngine(a: a, b: b, limits: limits)
                hunks = engine.diff()
                alignment = engine.usedFallback ? .coarse : .exact
            }
        }
        self.hunks = hunks
        self.alignment = alignment
    }

    /// Applies hunks to the baseline: the candidate, when the hunks came from this diff.
    public static func apply(_ hunks: [ByteHunk], to baseline: [UInt8], candidate: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var position = 0
        for hunk in hunks {
            output.append(contentsOf: baseline[position..<hunk.baseline.lowerBound])
            output.append(contentsOf: candidate[hunk.candidate])
            position = hunk.baseline.upperBound
        }
        output.append(contentsOf: baseline[position...])
        return output
    }
}

/// Length of the common prefix of a[aStart..<aEnd] and b[bStart..<bEnd], 8 bytes at a time.
@inline(__always)
func commonPrefixLength(_ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ aEnd: Int,
                        _ b: UnsafeBufferPointer<UInt8>, _ bStart: Int, _ bEnd: Int) -> Int {
    let limit = min(aEnd - aStart, bEnd - bStart)
    var n = 0
    if limit >= 8, let pa = a.baseAddress, let pb = b.baseAddress {
        let rawA = UnsafeRawPointer(pa + aStart), rawB = UnsafeRawPointer(pb + bStart)
        while n + 8 <= limit {
            let x = rawA.loadUnaligned(fromByteOffset: n, as: UInt64.self)
            let y = rawB.loadUnaligned(fromByteOffset: n, as: UInt64.self)
            if x != y { return n + (x ^ y).littleEndian.trailingZeroBitCount / 8 }
            n += 8
        }
    }
    while n < limit && a[aStart + n] == b[bStart + n] { n += 1 }
    return n
}

/// Length of the common suffix of a[aStart..<aEnd] and b[bStart..<bEnd].
@inline(__always)
func commonSuffixLength(_ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ aEnd: Int,
                        _ b: UnsafeBufferPointer<UInt8>, _ bStart: Int, _ bEnd: Int) -> Int {
    let limit = min(aEnd - aStart, bEnd - bStart)
    var n = 0
    if limit >= 8, let pa = a.baseAddress, let pb = b.baseAddress {
        let rawA = UnsafeRawPointer(pa), rawB = UnsafeRawPointer(pb)
        while n + 8 <= limit {
            let x = rawA.loadUnaligned(fromByteOffset: aEnd - n - 8, as: UInt64.self)
            let y = rawB.loadUnaligned(fromByteOffset: bEnd - n - 8, as: UInt64.self)
            if x != y { return n + (x ^ y).littleEndian.leadingZeroBitCount / 8 }
            n += 8
        }
    }
    while n < limit && a[aEnd - 1 - n] == b[bEnd - 1 - n] { n += 1 }
    return n
}

private struct MyersEngine {
    let a: UnsafeBufferPointer<UInt8>
    let b: UnsafeBufferPointer<UInt8>
    let limits: DiffLimits
    var comparisonsLeft: Int
    var usedFallback = false

    init(a: UnsafeBufferPointer<UInt8>, b: UnsafeBufferPointer<UInt8>, limits: DiffLimits) {
        self.a = a
        self.b = b
        self.limits = limits
        self.comparisonsLeft = limits.maxComparisons
    }

    mutating func diff() -> [ByteHunk] {
        var hunks: [ByteHunk] = []
        diffRegion(0, a.count, 0, b.count, depth: 0, into: &hunks)
        return hunks
    }

    /// Diffs a[aStart..<aEnd] against b[bStart..<bEnd], appending hunks in order.
    mutating func diffRegion(_ aStart: Int, _ aEnd: Int, _ bStart: Int, _ bEnd: Int, depth: Int, into hunks: inout [ByteHunk]) {
        let prefix = commonPrefixLength(a, aStart, aEnd, b, bStart, bEnd)
        let x0 = aStart + prefix, y0 = bStart + prefix
        let suffix = commonSuffixLength(a, x0, aEnd, b, y0, bEnd)
        let x1 = aEnd - suffix, y1 = bEnd - suffix
        if x0 == x1 && y0 == y1 { return }
        if x0 == x1 || y0 == y1 {
            hunks.append(ByteHunk(baseline: x0..<x1, candidate: y0..<y1))
            return
        }
        if let exact = myers(x0, x1, y0, y1) {
            hunks.append(contentsOf: exact)
            return
        }
        usedFallback = true
        anchored(x0, x1, y0, y1, depth: depth, into: &hunks)
    }

    /// Greedy forward Myers with a saved trace; nil when the edit distance or comparison budget runs out.
    mutating func myers(_ x0: Int, _ x1: Int, _ y0: Int, _ y1: Int) -> [ByteHunk]? {
        let n = x1 - x0, m = y1 - y0
        let maxD = min(limits.maxEditDistance, n + m)
        let offset = maxD + 1
        var v = [Int32](repeating: 0, count: 2 * maxD + 3)
        var trace: [Int32] = []
        var finalD = -1
        search: for d in 0...maxD {
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = Int(v[offset + k + 1])
                } else {
                    x = Int(v[offset + k - 1]) + 1
                }
                var y = x - k
                if x < n && y < m {
                    let run = commonPrefixLength(a, x0 + x, x1, b, y0 + y, y1)
                    comparisonsLeft -= run + 1
                    x += run
                    y += run
                }
                v[offset + k] = Int32(x)
                if x >= n && y >= m {
                    trace.append(contentsOf: v[(offset - d)...(offset + d)])
                    finalD = d
                    break search
                }
            }
            if comparisonsLeft < 0 { return nil }
            trace.append(contentsOf: v[(offset - d)...(offset + d)])
        }
        guard finalD >= 0 else { return nil }
        // Walk back through the trace collecting single-byte moves, then group them into hunks.
        var moves: [(fromX: Int, fromY: Int, toX: Int, toY: Int)] = []
        var x = n, y = m
        for d in stride(from: finalD, to: 0, by: -1) {
            let k = x - y
            let previous = (d - 1) * (d - 1)  // start of row d-1 in the trace: sum of (2j+1), j < d-1
            func value(_ kk: Int) -> Int { Int(trace[previous + kk + (d - 1)]) }
            let previousK = (k == -d || (k != d && value(k - 1) < value(k + 1))) ? k + 1 : k - 1
            let previousX = value(previousK)
            let previousY = previousX - previousK
            let moveX = previousK == k + 1 ? previousX : previousX + 1
            let moveY = moveX - k
            moves.append((previousX, previousY, moveX, moveY))
            x = previousX
            y = previousY
        }
        var hunks: [ByteHunk] = []
        for move in moves.reversed() {
            if let last = hunks.last, last.baseline.upperBound == x0 + move.fromX, last.candidate.upperBound == y0 + move.fromY {
                hunks[hunks.count - 1] = ByteHunk(baseline: last.baseline.lowerBound..<(x0 + move.toX),
                                                  candidate: last.candidate.lowerBound..<(y0 + move.toY))
            } else {
                hunks.append(ByteHunk(baseline: (x0 + move.fromX)..<(x0 + move.toX), candidate: (y0 + move.fromY)..<(y0 + move.toY)))
            }
        }
        return hunks
    }

    /// The bounded fallback: lines that occur once on each side are matched in order (patience),
    /// and the gaps between them are diffed again (exactly if the budget allows) or replaced whole.
    mutating func anchored(_ x0: Int, _ x1: Int, _ y0: Int, _ y1: Int, depth: Int, into hunks: inout [ByteHunk]) {
        let anchors = depth < 4 ? uniqueLineAnchors(x0, x1, y0, y1) : []
        guard !anchors.isEmpty else {
            hunks.append(ByteHunk(baseline: x0..<x1, candidate: y0..<y1))
            return
        }
        var aPosition = x0, bPosition = y0
        for anchor in anchors {
            gap(aPosition, anchor.a.lowerBound, bPosition, anchor.b.lowerBound, depth: depth, into: &hunks)
            aPosition = anchor.a.upperBound
            bPosition = anchor.b.upperBound
        }
        gap(aPosition, x1, bPosition, y1, depth: depth, into: &hunks)
    }

    mutating func gap(_ x0: Int, _ x1: Int, _ y0: Int, _ y1: Int, depth: Int, into hunks: inout [ByteHunk]) {
        if x0 == x1 && y0 == y1 { return }
        if comparisonsLeft <= 0 {
            let prefix = commonPrefixLength(a, x0, x1, b, y0, y1)
            let suffix = commonSuffixLength(a, x0 + prefix, x1, b, y0 + prefix, y1)
            if x0 + prefix != x1 - suffix || y0 + prefix != y1 - suffix {
                hunks.append(ByteHunk(baseline: (x0 + prefix)..<(x1 - suffix), candidate: (y0 + prefix)..<(y1 - suffix)))
            }
            return
        }
        diffRegion(x0, x1, y0, y1, depth: depth + 1, into: &hunks)
    }

    /// Matched unique lines, longest increasing run in both orders (patience sorting).
    func uniqueLineAnchors(_ x0: Int, _ x1: Int, _ y0: Int, _ y1: Int) -> [(a: Range<Int>, b: Range<Int>)] {
        func lines(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [(hash: UInt64, range: Range<Int>)] {
            var result: [(UInt64, Range<Int>)] = []
            var lineStart = start
            var hash: UInt64 = 0xcbf29ce484222325
            var index = start
            while index < end {
                let byte = buffer[index]
                hash = (hash ^ UInt64(byte)) &* 0x100000001b3
                index += 1
                if byte == 0x0A || index == end {
                    result.append((hash, lineStart..<index))
                    lineStart = index
                    hash = 0xcbf29ce484222325
                }
            }
            return result
        }
        let aLines = lines(a, x0, x1), bLines = lines(b, y0, y1)
        var counts: [UInt64: (a: Int, b: Int, aIndex: Int, bIndex: Int)] = [:]
        for (index, line) in aLines.enumerated() { counts[line.hash, default: (0, 0, 0, 0)].a += 1; counts[line.hash]!.aIndex = index }
        for (index, line) in bLines.enumerated() { counts[line.hash, default: (0, 0, 0, 0)].b += 1; counts[line.hash]!.bIndex = index }
        // Unique pairs in b order; keep those whose bytes really match (hashes can collide).
        var pairs: [(aIndex: Int, bIndex: Int)] = []
        for (bIndex, line) in bLines.enumerated() {
            guard let entry = counts[line.hash], entry.a == 1, entry.b == 1 else { continue }
            let aRange = aLines[entry.aIndex].range, bRange = line.range
            guard aRange.count == bRange.count, aRange.count > 1,
                  commonPrefixLength(a, aRange.lowerBound, aRange.upperBound, b, bRange.lowerBound, bRange.upperBound) == aRange.count
            else { continue }
            pairs.append((entry.aIndex, bIndex))
        }
        // Longest increasing subsequence of aIndex over pairs (already ordered by bIndex).
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[tails[middle]].aIndex < pair.aIndex { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chain: [Int] = []
        var cursor = tails.last ?? -1
        while cursor >= 0 { chain.append(cursor); cursor = previous[cursor] }
        return chain.reversed().map { (aLines[pairs[$0].aIndex].range, bLines[pairs[$0].bIndex].range) }
    }
}
