// Diff/ owns alignment: the byte-level diff of two prompts (Myers with cost limits and a coarse
// fallback) and the widening of its hunks to whole characters, line breaks and date expressions.
// It may call Support/, Unicode/, Input/ and Dates/; it names nothing (that is Classify/).

#if canImport(Glibc)
import Glibc
#endif

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
    public init(maxEditDistance: Int = 2048, maxComparisons: Int = 30_000_000) {
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

/// Length of the common prefix of a[aStart..<aEnd] and b[bStart..<bEnd].
@inline(__always)
func commonPrefixLength(_ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ aEnd: Int,
                        _ b: UnsafeBufferPointer<UInt8>, _ bStart: Int, _ bEnd: Int) -> Int {
    let limit = min(aEnd - aStart, bEnd - bStart)
    guard limit > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return 0 }
    return commonPrefixLength(UnsafeRawPointer(pa + aStart), UnsafeRawPointer(pb + bStart), limit: limit)
}

/// Length of the common prefix of the `limit` bytes at rawA and rawB.
///
/// Inlined because most calls (a Myers diagonal that mismatches at once) end at the first 8-byte
/// word; a run that survives it continues out of line in `matchingPrefix`.
@inline(__always)
func commonPrefixLength(_ rawA: UnsafeRawPointer, _ rawB: UnsafeRawPointer, limit: Int) -> Int {
    if limit >= 8 {
        let x = rawA.loadUnaligned(as: UInt64.self), y = rawB.loadUnaligned(as: UInt64.self)
        if x != y { return (x ^ y).littleEndian.trailingZeroBitCount &>> 3 }
        return matchingPrefix(rawA, rawB, from: 8, limit: limit)
    }
    var n = 0
    while n < limit && rawA.load(fromByteOffset: n, as: UInt8.self) == rawB.load(fromByteOffset: n, as: UInt8.self) { n &+= 1 }
    return n
}

/// Length of the common suffix of a[aStart..<aEnd] and b[bStart..<bEnd].
@inline(__always)
func commonSuffixLength(_ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ aEnd: Int,
                        _ b: UnsafeBufferPointer<UInt8>, _ bStart: Int, _ bEnd: Int) -> Int {
    let limit = min(aEnd - aStart, bEnd - bStart)
    guard limit > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return 0 }
    return matchingSuffix(UnsafeRawPointer(pa + aEnd), UnsafeRawPointer(pb + bEnd), limit: limit)
}

/// Runs shorter than this are compared in Swift (16-byte vectors); longer ones with memcmp, whose
/// glibc version uses the widest vectors the CPU has but only answers equal or not.
private let shortRun = 256
/// The largest block one memcmp call checks: a mismatch inside it costs about its size again to
/// locate by halving, so bigger blocks save calls on long runs but lose on runs of a few KB.
private let largestBlock = 2048

/// The common prefix of pa[0..<limit] and pb[0..<limit], given that the first `start` bytes match.
/// Blocks of doubling size are checked with memcmp; the block holding the first mismatch is then
/// halved until it is short, and the rest is found 64 then 8 bytes at a time.
@inline(never)
func matchingPrefix(_ pa: UnsafeRawPointer, _ pb: UnsafeRawPointer, from start: Int, limit: Int) -> Int {
    let shortEnd = min(limit, shortRun)
    var n = vectorPrefix(pa, pb, from: start, to: shortEnd)
    if n < shortEnd || n == limit { return n }
    var block = shortRun
    while block <= limit &- n {
        if memcmp(pa + n, pb + n, block) != 0 { break }
        n &+= block
        if block < largestBlock { block &<<= 1 }
    }
    // The first mismatch, or the limit, now lies in n..<n + block.
    while block > shortRun {
        block &>>= 1
        if block <= limit &- n && memcmp(pa + n, pb + n, block) == 0 { n &+= block }
    }
    return vectorPrefix(pa, pb, from: n, to: limit)
}

/// The first n in start..<end where pa[n] != pb[n], or end.
@inline(__always)
private func vectorPrefix(_ pa: UnsafeRawPointer, _ pb: UnsafeRawPointer, from start: Int, to end: Int) -> Int {
    typealias Vector = SIMD16<UInt8>
    var n = start
    while n &+ 64 <= end {
        let d0: Vector = pa.loadUnaligned(fromByteOffset: n, as: Vector.self) ^ pb.loadUnaligned(fromByteOffset: n, as: Vector.self)
        let d1: Vector = pa.loadUnaligned(fromByteOffset: n &+ 16, as: Vector.self) ^ pb.loadUnaligned(fromByteOffset: n &+ 16, as: Vector.self)
        let d2: Vector = pa.loadUnaligned(fromByteOffset: n &+ 32, as: Vector.self) ^ pb.loadUnaligned(fromByteOffset: n &+ 32, as: Vector.self)
        let d3: Vector = pa.loadUnaligned(fromByteOffset: n &+ 48, as: Vector.self) ^ pb.loadUnaligned(fromByteOffset: n &+ 48, as: Vector.self)
        let lanes = unsafeBitCast((d0 | d1) | (d2 | d3), to: SIMD2<UInt64>.self)
        if lanes[0] | lanes[1] != 0 { break }
        n &+= 64
    }
    while n &+ 8 <= end {
        let x = pa.loadUnaligned(fromByteOffset: n, as: UInt64.self)
        let y = pb.loadUnaligned(fromByteOffset: n, as: UInt64.self)
        if x != y { return n &+ (x ^ y).littleEndian.trailingZeroBitCount &>> 3 }
        n &+= 8
    }
    while n < end && pa.load(fromByteOffset: n, as: UInt8.self) == pb.load(fromByteOffset: n, as: UInt8.self) { n &+= 1 }
    return n
}

/// The common suffix of the `limit` bytes before aEnd and bEnd: `matchingPrefix` run backwards.
@inline(never)
func matchingSuffix(_ aEnd: UnsafeRawPointer, _ bEnd: UnsafeRawPointer, limit: Int) -> Int {
    let shortEnd = min(limit, shortRun)
    var n = vectorSuffix(aEnd, bEnd, from: 0, to: shortEnd)
    if n < shortEnd || n == limit { return n }
    var block = shortRun
    while block <= limit &- n {
        if memcmp(aEnd - n - block, bEnd - n - block, block) != 0 { break }
        n &+= block
        if block < largestBlock { block &<<= 1 }
    }
    while block > shortRun {
        block &>>= 1
        if block <= limit &- n && memcmp(aEnd - n - block, bEnd - n - block, block) == 0 { n &+= block }
    }
    return vectorSuffix(aEnd, bEnd, from: n, to: limit)
}

/// The first n in start..<end where the bytes n + 1 before aEnd and bEnd differ, or end.
@inline(__always)
private func vectorSuffix(_ aEnd: UnsafeRawPointer, _ bEnd: UnsafeRawPointer, from start: Int, to end: Int) -> Int {
    typealias Vector = SIMD16<UInt8>
    var n = start
    while n &+ 64 <= end {
        let d0: Vector = aEnd.loadUnaligned(fromByteOffset: -n &- 16, as: Vector.self) ^ bEnd.loadUnaligned(fromByteOffset: -n &- 16, as: Vector.self)
        let d1: Vector = aEnd.loadUnaligned(fromByteOffset: -n &- 32, as: Vector.self) ^ bEnd.loadUnaligned(fromByteOffset: -n &- 32, as: Vector.self)
        let d2: Vector = aEnd.loadUnaligned(fromByteOffset: -n &- 48, as: Vector.self) ^ bEnd.loadUnaligned(fromByteOffset: -n &- 48, as: Vector.self)
        let d3: Vector = aEnd.loadUnaligned(fromByteOffset: -n &- 64, as: Vector.self) ^ bEnd.loadUnaligned(fromByteOffset: -n &- 64, as: Vector.self)
        let lanes = unsafeBitCast((d0 | d1) | (d2 | d3), to: SIMD2<UInt64>.self)
        if lanes[0] | lanes[1] != 0 { break }
        n &+= 64
    }
    while n &+ 8 <= end {
        let x = aEnd.loadUnaligned(fromByteOffset: -n &- 8, as: UInt64.self)
        let y = bEnd.loadUnaligned(fromByteOffset: -n &- 8, as: UInt64.self)
        if x != y { return n &+ (x ^ y).littleEndian.leadingZeroBitCount &>> 3 }
        n &+= 8
    }
    while n < end && aEnd.load(fromByteOffset: -n &- 1, as: UInt8.self) == bEnd.load(fromByteOffset: -n &- 1, as: UInt8.self) { n &+= 1 }
    return n
}

/// The Myers trace: one growable buffer of Int, freed by its owner (no copy-on-write, no bounds
/// checks in the search loop; the search writes only below the capacity it reserved).
private struct Trace {
    private(set) var base: UnsafeMutablePointer<Int>
    private var capacity: Int

    /// Where row d begins: [-1, -1, row 0, -1, row 1 (2 values), -1, row 2 (3 values), ...].
    /// Row -1 is empty, its two -1s make row 0 start at x = -1 + 1 = 0.
    @inline(__always)
    static func start(_ d: Int) -> Int { 2 &+ d &* (d &+ 3) / 2 }

    init() {
        capacity = Trace.start(32)
        base = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        base.initialize(repeating: -1, count: 2)
    }

    /// Makes room for `count` values, keeping the first `written`.
    mutating func reserve(_ count: Int, keeping written: Int) {
        guard count > capacity else { return }
        let grown = max(count, 2 * capacity)
        let moved = UnsafeMutablePointer<Int>.allocate(capacity: grown)
        moved.initialize(from: base, count: written)
        base.deallocate()
        base = moved
        capacity = grown
    }

    func deallocate() { base.deallocate() }
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
        if !usedFallback {
            // The failed exact attempt may have spent the budget: the coarse stage gets its own,
            // so the whole diff costs at most twice the limit.
            usedFallback = true
            comparisonsLeft = limits.maxComparisons
        }
        anchored(x0, x1, y0, y1, depth: depth, into: &hunks)
    }

    /// Greedy forward Myers with a saved trace; nil when the edit distance or comparison budget runs out.
    ///
    /// Row d of the trace holds the furthest x reached on diagonals k = -d, -d+2, ..., d (only
    /// those are written in row d, and the walk back reads only those): d + 1 values from
    /// `Trace.start(d)`, so the row being filled reads the one before it in place, nothing is
    /// copied, and the buffer grows with the d actually reached instead of being sized for the cap.
    /// A -1 before and after each row stands for the diagonals outside it, which makes k = -d take
    /// diagonal k + 1 and k = d take k - 1 with the same comparison as the diagonals between.
    mutating func myers(_ x0: Int, _ x1: Int, _ y0: Int, _ y1: Int, maxEditDistance: Int? = nil) -> [ByteHunk]? {
        let n = x1 - x0, m = y1 - y0
        let maxD = min(maxEditDistance ?? limits.maxEditDistance, n + m)
        guard maxD >= 0, let pa = a.baseAddress, let pb = b.baseAddress else { return nil }
        let rawA = UnsafeRawPointer(pa + x0), rawB = UnsafeRawPointer(pb + y0)
        var trace = Trace()
        defer { trace.deallocate() }
        let lastWordA = n &- 8, lastWordB = m &- 8  // the last x and y where 8 bytes can be read
        // Wrapping arithmetic below: the budget only falls by run + 1 <= n + 1 per diagonal.
        var budget = comparisonsLeft
        var finalD = -1
        search: for d in 0...maxD {
            let rowStart = Trace.start(d)
            trace.reserve(rowStart + d + 1, keeping: rowStart)
            let row = trace.base + rowStart
            let previous = trace.base + Trace.start(d - 1)
            row[-1] = -1
            var i = 0, k = -d
            var left = previous[-1]  // diagonal k - 1 in row d - 1; previous[i] is k + 1
            while true {
                // The common visit: its snake ends inside its first 8 bytes, which lie inside both
                // inputs, so there is nothing to call and no limit to compute. Any other visit
                // leaves this loop for the general case below.
                var x = 0
                while i <= d {
                    let right = previous[i]
                    x = left < right ? right : left &+ 1
                    guard x <= lastWordA && x &- k <= lastWordB else { break }
                    let word = rawA.loadUnaligned(fromByteOffset: x, as: UInt64.self)
                        ^ rawB.loadUnaligned(fromByteOffset: x &- k, as: UInt64.self)
                    guard word != 0 else { break }
                    // The snake stops before x + 8 <= n, so this diagonal is not the end.
                    let run = word.littleEndian.trailingZeroBitCount &>> 3
                    budget &-= run &+ 1
                    row[i] = x &+ run
                    left = right
                    i &+= 1
                    k &+= 2
                }
                guard i <= d else { break }
                let y = x &- k
                if x < n && y < m {
                    let run = commonPrefixLength(rawA + x, rawB + y, limit: min(n &- x, m &- y))
                    budget &-= run &+ 1
                    x &+= run
                    if x >= n && x &- k >= m {
                        row[i] = x
                        finalD = d
                        break search
                    }
                } else if x >= n && y >= m {
                    row[i] = x
                    finalD = d
                    break search
                }
                row[i] = x
                left = previous[i]
                i &+= 1
                k &+= 2
            }
            if budget < 0 {
                comparisonsLeft = budget
                return nil
            }
        }
        comparisonsLeft = budget
        guard finalD >= 0 else { return nil }
        // Walk back through the trace one edit at a time. Edits that touch (no equal bytes between
        // them) make one hunk; walking backwards, an edit joins the hunk after it.
        var hunks: [ByteHunk] = []
        var x = n, y = m
        for d in stride(from: finalD, to: 0, by: -1) {
            let k = x &- y
            let previous = trace.base + Trace.start(d - 1)
            let index = (k &+ d) &>> 1  // diagonal k + 1 in row d - 1; k - 1 is the one before
            let previousK = (k == -d || (k != d && previous[index &- 1] < previous[index])) ? k &+ 1 : k &- 1
            let previousX = previousK == k &+ 1 ? previous[index] : previous[index &- 1]
            let previousY = previousX &- previousK
            let moveX = previousK == k &+ 1 ? previousX : previousX &+ 1
            let moveY = moveX &- k
            if let next = hunks.last, next.baseline.lowerBound == x0 + moveX, next.candidate.lowerBound == y0 + moveY {
                hunks[hunks.count - 1] = ByteHunk(baseline: (x0 + previousX)..<next.baseline.upperBound,
                                                  candidate: (y0 + previousY)..<next.candidate.upperBound)
            } else {
                hunks.append(ByteHunk(baseline: (x0 + previousX)..<(x0 + moveX), candidate: (y0 + previousY)..<(y0 + moveY)))
            }
            x = previousX
            y = previousY
        }
        hunks.reverse()
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
            let prefix = commonPrefixLength(a, x0, x1, b, y0, y1)
            let suffix = commonSuffixLength(a, x0 + prefix, x1, b, y0 + prefix, y1)
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
            let common = commonPrefixLength(a, x, x1, b, y, y1)
            x += common
            y += common
            if x == x1 || y == y1 || comparisonsLeft <= 0 {
                // Done, or out of budget: what is left is one replacement.
                let suffix = commonSuffixLength(a, x, x1, b, y, y1)
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
