/// One unit of decoded text inside a hunk: a scalar, an invalid sequence, or CR LF taken together
/// (so a line break is never split between findings).
package struct TextUnit: Sendable, Hashable {
    /// Comparison key: the scalar; 1<<32 | bytes for an invalid sequence; 2<<32 for CR LF.
    package let key: UInt64
    /// The start offset shifted left by 3, or'd with the length (1 to 4 bytes): 16 bytes a unit
    /// instead of 32, since `inspect` keeps one unit per character of the whole text.
    private let startAndLength: UInt64

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
        guard !range.isEmpty else { return [] }
        // At most one unit per byte: written in place into storage of that size, since `inspect`
        // decodes whole texts and appending unit by unit cost more than the checks.
        return bytes.withUnsafeBufferPointer { buffer in
            [TextUnit](unsafeUninitializedCapacity: range.count) { units, count in
                // Locals, not the closure's inout count and optional base, in the per-byte loop.
                let output = units.baseAddress!, input = buffer.baseAddress!
                var index = range.lowerBound, written = 0
                defer { count = written }
                while index < range.upperBound {
                    // Eight bytes at a time (prompts are mostly ASCII): every ASCII byte before the
                    // first non-ASCII byte or CR of the word is a unit of its own.
                    if index + 8 <= range.upperBound {
                        let word = UInt64(littleEndian: UnsafeRawPointer(input + index).loadUnaligned(as: UInt64.self))
                        let carriageReturns = word ^ 0x0D0D_0D0D_0D0D_0D0D
                        // High bits of non-ASCII bytes, and of CR bytes (the lowest one exactly:
                        // the zero-byte test can only misfire above a true zero byte).
                        let stops = word & 0x8080_8080_8080_8080
                            | (carriageReturns &- 0x0101_0101_0101_0101) & ~carriageReturns & 0x8080_8080_8080_8080
                        let plain = stops == 0 ? 8 : stops.trailingZeroBitCount / 8
                        if plain > 0 {
                            for offset in 0..<plain {
                                (output + (written &+ offset)).initialize(
                                    to: TextUnit(key: (word &>> UInt64(truncatingIfNeeded: offset &* 8)) & 0xFF, start: index &+ offset, end: index &+ offset &+ 1))
                            }
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
                    written += 1
                    index = unit.end
                }
            }
        }
    }
}

extension Array where Element == TextUnit {
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
    var v = [Int](repeating: 0, count: 2 * maxD + 3)
    var trace: [[Int]] = []
    var finalD = -1
    search: for d in 0...maxD {
        for k in stride(from: -d, through: d, by: 2) {
            var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
            var y = x - k
            while x < n && y < m && a[x] == b[y] { x += 1; y += 1 }
            v[offset + k] = x
            if x >= n && y >= m { trace.append(v); finalD = d; break search }
        }
        trace.append(v)
    }
    guard finalD >= 0 else { return nil }
    var moves: [(fromX: Int, fromY: Int, toX: Int, toY: Int)] = []
    var x = n, y = m
    for d in stride(from: finalD, to: 0, by: -1) {
        let row = trace[d - 1]
        let k = x - y
        let previousK = (k == -d || (k != d && row[offset + k - 1] < row[offset + k + 1])) ? k + 1 : k - 1
        let previousX = row[offset + previousK]
        let moveX = previousK == k + 1 ? previousX : previousX + 1
        moves.append((previousX, previousX - previousK, moveX, moveX - k))
        x = previousX
        y = previousX - previousK
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
