/// Finding ASCII bytes of one class in UTF-8 eight bytes at a time. An ASCII byte is always a unit
/// of its own (never inside a multi-byte sequence, valid or not), so what is found in the bytes is
/// what a walk over the decoded units finds, without the walk.
package enum ASCIIScan {
    /// The offset of the first ASCII digit (0-9) at or after `start`, or `bytes.count`.
    package static func firstDigit(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        var index = Swift.max(start, 0)
        let high: UInt64 = 0x8080_8080_8080_8080, low: UInt64 = 0x0101_0101_0101_0101
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // Per byte, exactly (each byte has its top bit set before subtracting, so no borrow
            // crosses bytes): at least 0x30, below 0x3A, and ASCII.
            let atLeastZero = ((word | high) &- low &* 0x30) & high
            let atLeastColon = ((word | high) &- low &* 0x3A) & high
            let digits = atLeastZero & ~atLeastColon & ~word & high
            if digits != 0 { return index + digits.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count, bytes[index] &- 0x30 >= 10 { index += 1 }
        return index
    }
}
