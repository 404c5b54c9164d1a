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
        var output = ""
        write(into: &output, indent: pretty ? 0 : nil)
        return output
    }

    private func write(into output: inout String, indent: Int?) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .number(let value): output += value.isFinite ? String(value) : "null"
        case .string(let value): JSONValue.writeString(value, into: &output)
        case .array(let values):
            if values.isEmpty { output += "[]"; return }
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                JSONValue.newline(&output, indent.map { $0 + 1 })
                value.write(into: &output, indent: indent.map { $0 + 1 })
            }
            JSONValue.newline(&output, indent)
            output += "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                JSONValue.newline(&output, indent.map { $0 + 1 })
                JSONValue.writeString(key, into: &output)
                output += indent == nil ? ":" : ": "
                value.write(into: &output, indent: indent.map { $0 + 1 })
            }
            JSONValue.newline(&output, indent)
            output += "}"
        }
    }

    private static func newline(_ output: inout String, _ indent: Int?) {
        guard let indent else { return }
        output += "\n" + String(repeating: "  ", count: indent)
    }

    private static func writeString(_ value: String, into output: inout String) {
        output += "\""
        // Most strings (names, code point listings, paths) have nothing to escape: appended
        // whole, since a scalar at a time was a tenth of a scan's time in writing its records.
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
            output += value
            output += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x22: output += "\\\""
            case 0x5C: output += "\\\\"
            case 0x0A: output += "\\n"
            case 0x0D: output += "\\r"
            case 0x09: output += "\\t"
            case 0x20...0x7E: output.unicodeScalars.append(scalar)
            case 0x10000...:
                let value = scalar.value - 0x10000
                output += "\\u" + hex4(0xD800 + (value >> 10)).lowercased() + "\\u" + hex4(0xDC00 + (value & 0x3FF)).lowercased()
            default: output += "\\u" + hex4(scalar.value).lowercased()
            }
        }
        output += "\""
    }
}
