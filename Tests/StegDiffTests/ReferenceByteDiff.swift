// The byte differ as it was at c052289, before its speed-up: kept only here, as the reference the
// equivalence tests compare today's ByteDiff against (same hunks, same alignment, for every input).
// Do not change it to follow the library: its worth is that it is the old code, verbatim apart
// from the names.
import StegDiff
#if canImport(Glibc)
import Glibc
#endif

/// The old ByteDiff's result for two byte arrays: its hunks and whether it fell back.
func referenceByteDiff(baseline: [UInt8], candidate: [UInt8], limits: DiffLimits = DiffLimits()) -> (hunks: [ByteHunk], alignment: DiffAlignment) {
    var hunks: [ByteHunk] = []
    var alignment = DiffAlignment.exact
    baseline.withUnsafeBufferPointer { a in
        candidate.withUnsafeBufferPointer { b in
            var engine = ReferenceMyersEngine(a: a, b: b, limits: limits)
            hunks = engine.diff()
            alignment = engine.usedFallback ? .coarse : .exact
        }
    }
    return (hunks, alignment)
}

/// Length of the common prefix of a[aStart..<aEnd] and b[bStart..<bEnd], 8 bytes at a time.
func referencePrefixLength(_ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ aEnd: Int,
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
func referenceSuffixLength(_ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ aEnd: Int,
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

struct ReferenceMyersEngine {
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
        let prefix = referencePrefixLength(a, aStart, aEnd, b, bStart, bEnd)
        let x0 = aStart + prefix, y0 = bStart + prefix
        let suffix = referenceSuffixLength(a, x0, aEnd, b, y0, bEnd)
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
        if !usedFallback {
            // The failed exact attempt may have spent the budget: the coarse stage gets its own,
            // so the whole diff costs at most twice the limit.
            usedFallback = true
            comparisonsLeft = limits.maxComparisons
        }
        anchored(x0, x1, y0, y1, depth: depth, into: &hunks)
    }

    /// Greedy forward Myers with a saved trace; nil when the edit distance or comparison budget runs out.
    mutating func myers(_ x0: Int, _ x1: Int, _ y0: Int, _ y1: Int, maxEditDistance: Int? = nil) -> [ByteHunk]? {
        let n = x1 - x0, m = y1 - y0
        let maxD = min(maxEditDistance ?? limits.maxEditDistance, n + m)
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
                    let run = referencePrefixLength(a, x0 + x, x1, b, y0 + y, y1)
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
            windowed(x0, x1, y0, y1, into: &hunks)
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
            let prefix = referencePrefixLength(a, x0, x1, b, y0, y1)
            let suffix = referenceSuffixLength(a, x0 + prefix, x1, b, y0 + prefix, y1)
            if x0 + prefix != x1 - suffix || y0 + prefix != y1 - suffix {
                hunks.append(ByteHunk(baseline: (x0 + prefix)..<(x1 - suffix), candidate: (y0 + prefix)..<(y1 - suffix)))
            }
            return
        }
        diffRegion(x0, x1, y0, y1, depth: depth + 1, into: &hunks)
    }

    /// Linear-cost alignment of a long region with many scattered changes (every line's ending
    /// changed, a joiner removed from every emoji): bounded Myers on successive windows, each
    /// window's hunks committed up to a safe distance from where the window was cut.
    mutating func windowed(_ x0: Int, _ x1: Int, _ y0: Int, _ y1: Int, into hunks: inout [ByteHunk]) {
        let largestWindow = 8192, smallestWindow = 256
        var window = largestWindow
        var x = x0, y = y0
        while true {
            let margin = window / 2  // the two windows may cover text skewed by up to this much
            let common = referencePrefixLength(a, x, x1, b, y, y1)
            x += common
            y += common
            if x == x1 || y == y1 || comparisonsLeft <= 0 {
                // Done, or out of budget: what is left is one replacement.
                let suffix = referenceSuffixLength(a, x, x1, b, y, y1)
                if x < x1 - suffix || y < y1 - suffix {
                    hunks.append(ByteHunk(baseline: x..<(x1 - suffix), candidate: y..<(y1 - suffix)))
                }
                return
            }
            if let (skipA, skipB) = resynchronize(x, x1, y, y1) {
                // A small local change: take it as one hunk and continue after it.
                hunks.append(ByteHunk(baseline: x..<(x + skipA), candidate: y..<(y + skipB)))
                x += skipA
                y += skipB
                continue
            }
            let xEnd = min(x1, x + window), yEnd = min(y1, y + window)
            guard let local = myers(x, xEnd, y, yEnd, maxEditDistance: window <= 2048 ? window / 2 : window / 4), !local.isEmpty else {
                // Dense changes: try a smaller window before giving up on this stretch.
                if window > smallestWindow { window /= 2; continue }
                // Too different to align here: replace half a window on each side and go on.
                let xStep = min(x1, x + largestWindow / 2), yStep = min(y1, y + largestWindow / 2)
                window = largestWindow
                hunks.append(ByteHunk(baseline: x..<xStep, candidate: y..<yStep))
                x = xStep
                y = yStep
                continue
            }
            if xEnd == x1 && yEnd == y1 {
                hunks.append(contentsOf: local)
                return
            }
            // Near a cut end the alignment may be an artefact of the cut: keep only what lies before it.
            var kept = local.prefix { $0.baseline.upperBound <= xEnd - margin && $0.candidate.upperBound <= yEnd - margin }
            if kept.isEmpty { kept = local.prefix(1) }
            window = min(largestWindow, window * 2)
            hunks.append(contentsOf: kept)
            x = kept.last!.baseline.upperBound
            y = kept.last!.candidate.upperBound
        }
    }

    /// The nearest point after a mismatch at (x, y) where the inputs agree again for 16 bytes (or,
    /// failing that, 8 then 4), within 128 bytes on each side: (bytes skipped in a, bytes skipped
    /// in b) with the smallest total, or nil. Linear in the radius, so dense small changes (a
    /// joiner in every word) stay cheap.
    mutating func resynchronize(_ x: Int, _ x1: Int, _ y: Int, _ y1: Int) -> (Int, Int)? {
        let radius = 128
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return nil }
        func key(_ base: UnsafePointer<UInt8>, _ offset: Int, _ length: Int) -> UInt64 {
            var hash: UInt64 = 0xcbf29ce484222325
            for index in 0..<length { hash = (hash ^ UInt64(base[offset + index])) &* 0x100000001b3 }
            return hash
        }
        for anchor in [16, 8, 4] {
            let aLimit = min(radius, x1 - x - anchor), bLimit = min(radius, y1 - y - anchor)
            guard aLimit >= 0, bLimit >= 0 else { continue }
            var firstInB: [UInt64: Int] = [:]
            firstInB.reserveCapacity(bLimit + 1)
            for j in 0...bLimit {
                let hash = key(pb, y + j, anchor)
                if firstInB[hash] == nil { firstInB[hash] = j }
            }
            comparisonsLeft -= 2 * radius * anchor
            var best: (Int, Int)? = nil
            for i in 0...aLimit {
                if let current = best, i >= current.0 + current.1 { break }
                guard let j = firstInB[key(pa, x + i, anchor)], i + j > 0,
                      memcmp(pa + x + i, pb + y + j, anchor) == 0 else { continue }
                if best == nil || i + j < best!.0 + best!.1 { best = (i, j) }
            }
            if best != nil { return best }
        }
        return nil
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
                  referencePrefixLength(a, aRange.lowerBound, aRange.upperBound, b, bRange.lowerBound, bRange.upperBound) == aRange.count
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
