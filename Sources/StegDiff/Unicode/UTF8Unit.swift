/// Decoding of one UTF-8 unit with the maximal-subpart rule, so any offset can be resolved locally.
package enum UTF8Unit {
    /// Decodes the unit starting at `index`: its scalar (nil if invalid) and its length in bytes (>= 1).
    @inline(__always)
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32?, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let needed: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: needed = 1
        case 0xE0: needed = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: needed = 2
        case 0xED: needed = 2; high = 0x9F
        case 0xF0: needed = 3; low = 0x90
        case 0xF1...0xF3: needed = 3
        case 0xF4: needed = 3; high = 0x8F
        default: return (nil, 1)
        }
        var value = UInt32(lead) & (needed == 1 ? 0x1F : needed == 2 ? 0x0F : 0x07)
        var position = index + 1
        for step in 0..<needed {
            guard position < bytes.count else { return (nil, position - index) }
            let byte = bytes[position]
            let (lower, upper) = step == 0 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= lower && byte <= upper else { return (nil, position - index) }
            value = value << 6 | UInt32(byte & 0x3F)
            position += 1
        }
        return (value, needed + 1)
    }

    /// Array convenience for `decode(_:at:)`.
    package static func decode(_ bytes: [UInt8], at index: Int) -> (scalar: UInt32?, length: Int) {
        bytes.withUnsafeBufferPointer { decode($0, at: index) }
    }

    /// The start of the unit that contains `offset` (offset itself when it is a boundary).
    package static func unitStart(_ bytes: UnsafeBufferPointer<UInt8>, containing offset: Int) -> Int {
        guard offset < bytes.count, offset > 0 else { return offset }
        var lead = offset
        // A unit is at most 4 bytes: its lead is at most 3 bytes back.
        while lead > 0, offset - lead < 3, (bytes[lead] & 0xC0) == 0x80 { lead -= 1 }
        guard lead < offset else { return offset }
        var position = lead
        while position < offset {
            let length = decode(bytes, at: position).length
            if position + length > offset { return position }
            position += length
        }
        return offset
    }
}
