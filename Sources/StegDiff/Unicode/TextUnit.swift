/// One unit of decoded text inside a hunk: a scalar, an invalid sequence, or CR LF taken together
/// (so a line break is never split between findings).
package struct TextUnit: Sendable, Hashable {
    /// Comparison key: the scalar; 1<<32 | bytes for an invalid sequence; 2<<32 for CR LF.
    package var key: UInt64
    /// Analysis-byte range of the unit.
    package var start: Int
    package var end: Int
    /// The scalar (U+FFFD for an invalid sequence, U+000D for CR LF).
    package var scalar: UInt32

    package var isInvalid: Bool { key >> 32 == 1 }
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
        var units: [TextUnit] = []
        bytes.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            while index < range.upperBound {
                if buffer[index] == 0x0D, index + 1 < range.upperBound, buffer[index + 1] == 0x0A {
                    units.append(TextUnit(key: 2 << 32, start: index, end: index + 2, scalar: 0x0D))
                    index += 2
                    continue
                }
                let decoded = UTF8Unit.decode(buffer, at: index)
                let length = min(decoded.length, range.upperBound - index)
                if let scalar = decoded.scalar, length == decoded.length {
                    units.append(TextUnit(key: UInt64(scalar), start: index, end: index + length, scalar: scalar))
                } else {
                    var packed: UInt64 = 0
                    for offset in 0..<length { packed = packed << 8 | UInt64(buffer[index + offset]) }
                    units.append(TextUnit(key: 1 << 32 | packed, start: index, end: index + length, scalar: 0xFFFD))
                }
                index += length
            }
        }
        return units
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
