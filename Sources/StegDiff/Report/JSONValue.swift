/// A JSON value with ordered object keys, written deterministically with every non-ASCII
/// character escaped, so a report can never hide the characters it reports.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number written in Swift's shortest round-trip form (round it first for stable output).
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Keys are written in the order given.
    case object([(String, JSONValue)])

    /// Equal when they serialize to the same text (member order counts).
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    /// Hashes the serialized text, consistent with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// The JSON text: pretty-printed with two-space indents, or compact on one line.
    public func serialized(pretty: Bool = true) -> String {
        // Written as bytes and decoded once (the output is ASCII): appending each small piece to
        // a String cost a few hundred instructions a piece, most of writing a scan's records.
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        write(into: &output, indent: pretty ? 0 : nil)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(into output: inout [UInt8], indent: Int?) {
        switch self {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .int(let value): output += String(value).utf8
        case .number(let value): output += (value.isFinite ? String(value) : "null").utf8
        case .string(let value): JSONValue.writeString(value, into: &output)
        case .array(let values):
            if values.isEmpty { output += "[]".utf8; return }
            output.append(0x5B)
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(0x2C) }
                JSONValue.newline(&output, indent.map { $0 + 1 })
                value.write(into: &output, indent: indent.map { $0 + 1 })
            }
            JSONValue.newline(&output, indent)
            output.append(0x5D)
        case .object(let members):
            if members.isEmpty { output += "{}".utf8; return }
            output.append(0x7B)
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(0x2C) }
                JSONValue.newline(&output, indent.map { $0 + 1 })
                JSONValue.writeString(key, into: &output)
                output.append(0x3A)
                if indent != nil { output.append(0x20) }
                value.write(into: &output, indent: indent.map { $0 + 1 })
            }
            JSONValue.newline(&output, indent)
            output.append(0x7D)
        }
    }

    private static func newline(_ output: inout [UInt8], _ indent: Int?) {
        guard let indent else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    }

    private static let lowercaseHexDigits = Array("0123456789abcdef".utf8)

    /// A `\u` escape: four lowercase hex digits of a UTF-16 unit.
    private static func appendEscape(_ unit: UInt32, to bytes: inout [UInt8]) {
        bytes.append(0x5C)
        bytes.append(0x75)
        for shift in stride(from: 12, through: 0, by: -4) { bytes.append(lowercaseHexDigits[Int(unit >> UInt32(shift) & 0xF)]) }
    }

    private static func writeString(_ value: String, into output: inout [UInt8]) {
        output.append(0x22)
        // Most strings (names, code point listings, paths) have nothing to escape: appended
        // whole, since a scalar at a time was a tenth of a scan's time in writing its records.
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
            output += value.utf8
            output.append(0x22)
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x22: output.append(0x5C); output.append(0x22)
            case 0x5C: output.append(0x5C); output.append(0x5C)
            case 0x0A: output.append(0x5C); output.append(0x6E)
            case 0x0D: output.append(0x5C); output.append(0x72)
            case 0x09: output.append(0x5C); output.append(0x74)
            case 0x20...0x7E: output.append(UInt8(scalar.value))
            case 0x10000...:
                let value = scalar.value - 0x10000
                appendEscape(0xD800 + (value >> 10), to: &output)
                appendEscape(0xDC00 + (value & 0x3FF), to: &output)
            default: appendEscape(scalar.value, to: &output)
            }
        }
        output.append(0x22)
    }
}
