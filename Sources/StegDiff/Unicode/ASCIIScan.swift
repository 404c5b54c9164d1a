/// Finding ASCII bytes of one class in UTF-8 eight bytes at a time. An ASCII byte is always a unit
/// of its own (never inside a multi-byte sequence, valid or not), so what is found in the bytes is
/// what a walk over the decoded units finds, without the walk.
package enum ASCIIScan {
    /// The offset of the first ASCII digit (0-9) at or after `start`, or `bytes.count`.
    package static func firstDigit(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        var index = Swift.max(start, 0)
        func word(at offset: Int) -> UInt64 { UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) }
        // Digits are sparse in prose: sixteen bytes a step, then the word that holds one.
        while index + 16 <= bytes.count, digits(word(at: index)) | digits(word(at: index + 8)) == 0 { index += 16 }
        while index + 8 <= bytes.count {
            let found = digits(word(at: index))
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count, bytes[index] &- 0x30 >= 10 { index += 1 }
        return index
    }

    /// The top bit of each byte of `word` that is an ASCII digit, exactly: at least 0x30, below
    /// 0x3A, and ASCII (each byte has its top bit set before subtracting, so no borrow crosses bytes).
    @inline(__always) private static func digits(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080, low: UInt64 = 0x0101_0101_0101_0101
        let atLeastZero = ((word | high) &- low &* 0x30) & high
        let atLeastColon = ((word | high) &- low &* 0x3A) & high
        return atLeastZero & ~atLeastColon & ~word & high
    }
}
