/// One unit of decoded text inside a hunk: a scalar, an invalid sequence, or CR LF taken together
/// (so a line break is never split between findings).
package struct TextUnit: Sendable, Hashable {
    /// Comparison key: the scalar; 1<<32 | bytes for an invalid sequence; 2<<32 for CR LF.
    package let key: UInt64
    /// The start offset shifted left by 3, or'd with the length (1 to 4 bytes): 16 bytes a unit
    /// instead of 32, since `inspect` keeps one unit per character of the whole text.
    private let startAndLength: UInt64

    /// A unit whose start and length are already packed (the decoder's eight-byte path).
    @inline(__always) private init(key: UInt64, startAndLength: UInt64) {
        (self.key, self.startAndLength) = (key, startAndLength)
    }

    /// A unit of `end - start` (at most 7) bytes.
    @inline(__always) init(key: UInt64, start: Int, end: Int) {
        self.key = key
        startAndLength = UInt64(truncatingIfNeeded: start) &<< 3 | UInt64(truncatingIfNeeded: end &- start)
    }

    /// Analysis-byte range of the unit.
    package var start: Int { Int(startAndLength >> 3) }
    package var end: Int { Int(startAndLength >> 3) + Int(startAndLength & 7) }
    /// The scalar (U+FFFD for an invalid sequence, U+000D for CR LF).
    package var scalar: UInt32 { key >> 32 == 0 ? UInt32(truncatingIfNeeded: key) : key >> 32 == 1 ? 0xFFFD : 0x0D }

    package var isInvalid: Bool { key >> 32 == 1 }
    /// True for an ASCII letter (A-Z, a-z), read from the key alone.
    @inline(__always) package var isASCIILetter: Bool { (key | 0x20) &- 0x61 < 26 }
    /// True for a unit no single-text check looks at: printable ASCII, tab, LF, or CR / CR LF.
    @inline(__always) package var isPlainASCII: Bool { (key &- 0x20) < 0x5F || key == 0x09 || key == 0x0A || key == 0x0D || key == 2 << 32 }
    package var isCRLF: Bool { key >> 32 == 2 }
    /// The code points this unit stands for (CR LF is two).
    package var codePoints: [UInt32] { isCRLF ? [0x0D, 0x0A] : [scalar] }

    /// True for line breaks: LF, CR, CR LF, VT, FF, NEL, U+2028, U+2029.
    package var isLineBreak: Bool {
        isCRLF || scalar == 0x0A || scalar == 0x0D || scalar == 0x0B || scalar == 0x0C
            || scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029
    }

    /// Decodes analysis bytes [start, end) into units.
    package static func decode(_ bytes: [UInt8], _ range: Range<Int>) -> [TextUnit] {
        decode(bytes, range, listing: false).units
    }

    /// The code points of `decode(bytes, range)` (CR LF as U+000D U+000A, each invalid
    /// sequence, one cut at the range's end too, as U+FFFD), read straight off the bytes without
    /// an array of units, and whether the range is valid UTF-8: a finding's side needs only these.
    package static func codePoints(_ bytes: [UInt8], _ range: Range<Int>) -> (codePoints: [UInt32], isValidUTF8: Bool) {
        var codePoints: [UInt32] = []
        codePoints.reserveCapacity(range.count)  // at most one code point a byte
        var valid = true
        bytes.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            let upper = range.upperBound
            while index < upper {
                let lead = buffer[index]
                if lead < 0x80 {
                    codePoints.append(UInt32(lead))
                    if lead == 0x0D, index + 1 < upper, buffer[index + 1] == 0x0A {
                        codePoints.append(0x0A)
                        index += 2
                    } else {
                        index += 1
                    }
                    continue
                }
                let decoded = UTF8Unit.decode(buffer, at: index)
                let length = min(decoded.length, upper - index)
                if let scalar = decoded.scalar, length == decoded.length {
                    codePoints.append(scalar)
                } else {
                    codePoints.append(0xFFFD)
                    valid = false
                }
                index += length
            }
        }
        return (codePoints, valid)
    }

    /// Decodes a whole text into units, and lists the indices of the units that are not plain
    /// ASCII (`isPlainASCII` false), in order: `inspect` walks that list for every per-character
    /// check, and finding them while decoding costs a few instructions per eight bytes where a
    /// second pass over a million units cost about ten per unit.
    package static func decodeListingSpecial(_ bytes: [UInt8]) -> (units: [TextUnit], special: [Int]) {
        decode(bytes, 0..<bytes.count, listing: true)
    }

    /// Eight bytes, each 0x80: the top bit of every byte.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// Eight bytes, each 0x01.
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// The top bit of each byte of `word` that equals `byte`, exactly (no borrow crosses bytes,
    /// since every byte has its top bit set before the subtraction).
    @inline(__always) private static func bytesEqual(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        ~(((word ^ (lowBits &* UInt64(byte))) | highBits) &- lowBits) & highBits
    }

    /// The top bit of each ASCII byte of `word` that is not plain ASCII (a control character
    /// other than tab, LF and CR, or DEL). Only the bytes before the first non-ASCII byte or CR
    /// are read by the caller; CR is never a plain byte in the fast path.
    @inline(__always) private static func controlBytes(_ word: UInt64) -> UInt64 {
        let belowSpace = ~((word | highBits) &- lowBits &* 0x20) & highBits
        return (belowSpace & ~bytesEqual(word, 0x09) & ~bytesEqual(word, 0x0A)) | bytesEqual(word, 0x7F)
    }

    /// The top bits of a word's non-ASCII bytes and of its lowest CR (exactly: the zero-byte test
    /// can only misfire above a true zero byte): the bytes the eight-byte paths stop at.
    @inline(__always) private static func stops(_ word: UInt64) -> UInt64 {
        let carriageReturns = word ^ 0x0D0D_0D0D_0D0D_0D0D
        return word & highBits | (carriageReturns &- lowBits) & ~carriageReturns & highBits
    }

    /// True when an ASCII word may hold a control character or DEL (also for a tab or LF, which
    /// `controlBytes` then leaves out).
    @inline(__always) private static func mayHoldControls(_ word: UInt64) -> Bool {
        (~((word | highBits) &- lowBits &* 0x20) & highBits) | bytesEqual(word, 0x7F) != 0
    }

    /// Appends the unit index of each byte flagged in `flags` (top bits), the word's first byte
    /// being unit `first`.
    @inline(never) private static func list(_ flags: UInt64, from first: Int, in listed: inout [Int]) {
        var flags = flags
        while flags != 0 {
            listed.append(first &+ flags.trailingZeroBitCount / 8)
            flags &= flags &- 1
        }
    }

    /// `decode(_:_:)`, and with `listing` the indices of the units that are not plain ASCII.
    private static func decode(_ bytes: [UInt8], _ range: Range<Int>, listing: Bool) -> (units: [TextUnit], special: [Int]) {
        guard !range.isEmpty else { return ([], []) }
        var listed: [Int] = []
        // At most one unit per byte: written in place into storage of that size, since `inspect`
        // decodes whole texts and appending unit by unit cost more than the checks.
        let units = bytes.withUnsafeBufferPointer { buffer in
            [TextUnit](unsafeUninitializedCapacity: range.count) { units, count in
                // Locals, not the closure's inout count and optional base, in the per-byte loop.
                let output = units.baseAddress!, input = buffer.baseAddress!, upper = range.upperBound
                var index = range.lowerBound, written = 0
                defer { count = written }
                while index < upper {
                    // Whole words of eight plain ASCII bytes (most of a prompt) in a loop of their
                    // own, which keeps its state in registers: eight one-byte units each, written
                    // with constant shifts and offsets.
                    while index &+ 8 <= upper {
                        let word = UInt64(littleEndian: UnsafeRawPointer(input + index).loadUnaligned(as: UInt64.self))
                        guard stops(word) == 0 else { break }
                        let first = UInt64(truncatingIfNeeded: index) &<< 3 | 1, out = output + written, bytes = input + index
                        // Each key read as its own byte (one load each, where shifting the word
                        // took two instructions a unit).
                        (out + 0).initialize(to: TextUnit(key: UInt64(bytes[0]), startAndLength: first))
                        (out + 1).initialize(to: TextUnit(key: UInt64(bytes[1]), startAndLength: first &+ 8))
                        (out + 2).initialize(to: TextUnit(key: UInt64(bytes[2]), startAndLength: first &+ 16))
                        (out + 3).initialize(to: TextUnit(key: UInt64(bytes[3]), startAndLength: first &+ 24))
                        (out + 4).initialize(to: TextUnit(key: UInt64(bytes[4]), startAndLength: first &+ 32))
                        (out + 5).initialize(to: TextUnit(key: UInt64(bytes[5]), startAndLength: first &+ 40))
                        (out + 6).initialize(to: TextUnit(key: UInt64(bytes[6]), startAndLength: first &+ 48))
                        (out + 7).initialize(to: TextUnit(key: UInt64(bytes[7]), startAndLength: first &+ 56))
                        // Control characters are rare: a cheap test first (a tab or LF passes it).
                        if listing, mayHoldControls(word) { list(controlBytes(word), from: written, in: &listed) }
                        index &+= 8
                        written &+= 8
                    }
                    if index == upper { break }  // the text ended on a whole word
                    // A word with a non-ASCII byte or a CR: every ASCII byte before the first of
                    // those is a unit of its own.
                    if index + 8 <= upper {
                        let word = UInt64(littleEndian: UnsafeRawPointer(input + index).loadUnaligned(as: UInt64.self))
                        let plain = stops(word).trailingZeroBitCount / 8
                        if plain > 0 {
                            let first = UInt64(truncatingIfNeeded: index) &<< 3 | 1
                            for offset in 0..<plain {
                                (output + (written &+ offset)).initialize(
                                    to: TextUnit(key: (word &>> UInt64(truncatingIfNeeded: offset &* 8)) & 0xFF,
                                                 startAndLength: first &+ UInt64(truncatingIfNeeded: offset &* 8)))
                            }
                            if listing { list(controlBytes(word) & ((1 &<< UInt64(plain &* 8)) &- 1), from: written, in: &listed) }
                            written &+= plain
                            index &+= plain
                            continue
                        }
                    }
                    let unit: TextUnit
                    if buffer[index] == 0x0D, index + 1 < range.upperBound, buffer[index + 1] == 0x0A {
                        unit = TextUnit(key: 2 << 32, start: index, end: index + 2)
                    } else {
                        let decoded = UTF8Unit.decode(buffer, at: index)
                        let length = min(decoded.length, range.upperBound - index)
                        if let scalar = decoded.scalar, length == decoded.length {
                            unit = TextUnit(key: UInt64(scalar), start: index, end: index + length)
                        } else {
                            var packed: UInt64 = 0
                            for offset in 0..<length { packed = packed << 8 | UInt64(buffer[index + offset]) }
                            unit = TextUnit(key: 1 << 32 | packed, start: index, end: index + length)
                        }
                    }
                    (output + written).initialize(to: unit)
                    if listing && !unit.isPlainASCII { listed.append(written) }
                    written += 1
                    index = unit.end
                }
            }
        }
        return (units, listed)
    }
}

extension Array where Element == TextUnit {
    /// The index of the first unit from `lower` that starts at or after byte `offset` (`count`
    /// when none does), by binary search: the checks that look for one ASCII byte (a digit, an
    /// apostrophe) find it in the bytes and only then need its unit.
    package func index(ofUnitAt offset: Int, from lower: Int = 0) -> Int {
        withUnsafeBufferPointer { buffer in
            var low = Swift.max(lower, 0), high = buffer.count
            // A unit is at least one byte, so the answer is at most `offset - start` units past
            // `low`: the search costs the log of the gap, not of the text (a text of numbers
            // has a digit run every few bytes).
            if low < high { high = Swift.min(high, low + Swift.max(offset - buffer[low].start, 0) + 1) }
            while low < high {
                let middle = (low + high) / 2
                if buffer[middle].start < offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// The first index from `start` whose unit fails `test` (or `count`): a scan over a whole
    /// text's units without a bounds check per unit, for the loops that skip plain ASCII.
    @inline(__always) package func skip(from start: Int, while test: (TextUnit) -> Bool) -> Int {
        withUnsafeBufferPointer { buffer in
            var index = Swift.max(start, 0)
            while index < buffer.count, test(buffer[index]) { index += 1 }
            return index
        }
    }
}

/// Minimal-edit alignment of two short key arrays (Myers), as pairs of differing runs.
/// Returns nil when the arrays are too long or too different to align cheaply.
package func alignKeys(_ a: [UInt64], _ b: [UInt64], maxEditDistance: Int = 512) -> [(a: Range<Int>, b: Range<Int>)]? {
    let n = a.count, m = b.count
    if n + m > 20_000 { return nil }
    let maxD = min(maxEditDistance, n + m)
    let offset = maxD + 1
    let width = 2 * maxD + 3
    var v = [Int](repeating: 0, count: width)
    // The frontier after each step, one row of `width` per step in one flat array: an array per
    // step cost more than the search on the few units a hunk's piece has.
    var trace: [Int] = []
    var finalD = -1
    search: for d in 0...maxD {
        var k = -d
        while k <= d {
            var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
            var y = x - k
            while x < n && y < m && a[x] == b[y] { x += 1; y += 1 }
            v[offset + k] = x
            if x >= n && y >= m { trace.append(contentsOf: v); finalD = d; break search }
            k += 2
        }
        trace.append(contentsOf: v)
    }
    guard finalD >= 0 else { return nil }
    // Back from the end, each step's move; the moves come out last first.
    var moves: [(fromX: Int, fromY: Int, toX: Int, toY: Int)] = []
    moves.reserveCapacity(finalD)
    var x = n, y = m
    var d = finalD
    while d > 0 {
        let row = (d - 1) * width
        let k = x - y
        let previousK = (k == -d || (k != d && trace[row + offset + k - 1] < trace[row + offset + k + 1])) ? k + 1 : k - 1
        let previousX = trace[row + offset + previousK]
        let moveX = previousK == k + 1 ? previousX : previousX + 1
        moves.append((previousX, previousX - previousK, moveX, moveX - k))
        x = previousX
        y = previousX - previousK
        d -= 1
    }
    var runs: [(a: Range<Int>, b: Range<Int>)] = []
    for move in moves.reversed() {
        if let last = runs.last, last.a.upperBound == move.fromX, last.b.upperBound == move.fromY {
            runs[runs.count - 1] = (last.a.lowerBound..<move.toX, last.b.lowerBound..<move.toY)
        } else {
            runs.append((move.fromX..<move.toX, move.fromY..<move.toY))
        }
    }
    return runs
}
