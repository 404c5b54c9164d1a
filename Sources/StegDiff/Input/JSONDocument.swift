#if canImport(Glibc)
import Glibc
#endif

/// A JSON document parsed from bytes, keeping the byte range of every value, so a prompt found
/// inside a captured request body can be reported at offsets of the original file.
///
/// Parsing is iterative (no recursion: a 100,000-deep nesting is an error, not a stack
/// overflow), bounded in depth, and records duplicate object keys, which can hide a second
/// system prompt from tools that keep only the first or only the last.
public struct JSONDocument: Sendable {
    /// What a node is.
    public enum Kind: Sendable, Hashable { case object, array, string, number, bool, null }

    /// One value of the document.
    public struct Node: Sendable, Hashable {
        /// What the value is.
        public var kind: Kind
        /// Byte range of the whole value in the source (for a string, quotes included).
        public var range: Range<Int>
        /// The member name, when the value is a member of an object.
        public var key: String?
        /// Index of the parent node, or -1 for the root.
        public var parent: Int
        /// Indices of child nodes, in document order.
        public var children: [Int]
        /// For a string: how many escapes it holds (a surrogate pair counts two), so decoding can
        /// size its runs without growing them.
        package var escapeCount = 0
    }

    /// A parse failure: what and where.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// Byte offset in the source where parsing failed.
        public var offset: Int
        /// What was wrong, in lowercase words.
        public var reason: String
        /// `invalid JSON at byte N: reason`.
        public var description: String { "invalid JSON at byte \(offset): \(reason)" }
    }

    /// A member name that occurs twice in one object.
    public struct DuplicateKey: Sendable, Hashable {
        /// The repeated name.
        public var key: String
        /// Byte offset of the first member's name.
        public var firstOffset: Int
        /// Byte offset of the repeated member's name.
        public var repeatedOffset: Int
    }

    /// All nodes; the root is node 0.
    public private(set) var nodes: [Node] = []
    /// Duplicate member names found while parsing.
    public private(set) var duplicateKeys: [DuplicateKey] = []
    /// The source bytes.
    public let source: [UInt8]

    /// Parses `bytes` (one JSON value, optional surrounding whitespace) with at most `maxDepth` nesting.
    public init(bytes: [UInt8], maxDepth: Int = 512) throws(ParseError) {
        source = bytes
        var parser = Parser(bytes: bytes, maxDepth: maxDepth)
        try parser.parseDocument()
        nodes = parser.nodes
        duplicateKeys = parser.duplicates
    }

    /// The child of an object node with member name `key` (the first, if repeated).
    public func member(_ node: Int, _ key: String) -> Int? {
        guard nodes[node].kind == .object else { return nil }
        return nodes[node].children.first { nodes[$0].key == key }
    }

    /// The decoded value of a string node as UTF-8, with, for every byte, the source offset it
    /// came from (plus one entry for the end). An escape (`\u200B`) maps all its output bytes to
    /// the escape's first byte; a lone surrogate escape becomes one invalid byte (FF).
    public func string(_ node: Int) -> (utf8: [UInt8], offsets: [Int])? {
        decodedString(node).map { ($0.utf8, $0.runs.denseOffsets) }
    }

    /// The decoded value of a string node as UTF-8, with where each byte came from as runs.
    package func decodedString(_ node: Int) -> (utf8: [UInt8], runs: SourceRuns)? {
        guard nodes[node].kind == .string else { return nil }
        let range = nodes[node].range
        let first = range.lowerBound + 1, end = range.upperBound - 1
        // Each escape is one run and so is each plain stretch around it: the parser counted the
        // escapes, so the runs are written in place, never copied as they grow (a capture has an
        // escape every 20 bytes or so; a guessed reserve cost 5 % of a scan in copies).
        let maxRuns = 2 * nodes[node].escapeCount + 1
        var runCount = 0
        // Decoded text is never longer than its source (an escape of 2, 6 or 12 bytes decodes to
        // at most 1, 3 or 4): written in place through a pointer, without an array per escape or
        // a closure over the output (an array each, and the exclusivity checks of the closures,
        // were half of reading a capture).
        var output: [UInt8] = []
        let runs = [SourceRuns.Run](unsafeUninitializedCapacity: maxRuns) { runBuffer, initialized in
            output = source.withUnsafeBufferPointer { buffer in
                [UInt8](unsafeUninitializedCapacity: max(end - first, 0)) { output, count in
                    let input = buffer.baseAddress!, out = output.baseAddress!
                    let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                    var index = first, written = 0
                    while index < end {
                        guard input[index] == 0x5C else {
                            // A plain stretch, copied a word at a time until its backslash (the
                            // stretches are short: memchr and memcpy per stretch cost more). A word
                            // may be written past the stretch: the output has room up to the
                            // source's length, which `written` never overtakes.
                            let start = index, origin = written
                            var found = false
                            while index + 8 <= end {
                                let word = UnsafeRawPointer(input + index).loadUnaligned(as: UInt64.self)
                                UnsafeMutableRawPointer(out + written).storeBytes(of: word, as: UInt64.self)
                                let backslash = word ^ (ones &* 0x5C)
                                // The lowest flagged byte is exactly the first backslash.
                                let flags = (backslash &- ones) & ~backslash & highs
                                if flags != 0 {
                                    let length = UInt64(littleEndian: flags).trailingZeroBitCount / 8
                                    (index, written, found) = (index + length, written + length, true)
                                    break
                                }
                                (index, written) = (index + 8, written + 8)
                            }
                            if !found {
                                while index < end, input[index] != 0x5C {
                                    out[written] = input[index]
                                    (index, written) = (index + 1, written + 1)
                                }
                            }
                            runBuffer[runCount] = SourceRuns.Run(start: origin, origin: start, sourceLength: index - start, isLiteral: true)
                            runCount += 1
                            continue
                        }
                        let (scalar, length) = JSONDocument.escape(buffer, at: index, end: end)
                        let added = JSONDocument.writeUTF8(scalar, to: out + written)
                        runBuffer[runCount] = SourceRuns.Run(start: written, origin: index, sourceLength: length, isLiteral: false)
                        runCount += 1
                        written += added
                        index += length
                    }
                    count = written
                }
            }
            initialized = runCount
        }
        return (output, SourceRuns(runs: runs, count: output.count, endOrigin: range.upperBound - 1))
    }

    /// The escape at `index` (validated by the parser): the scalar it stands for (0xFFFF_FFFF
    /// for a lone surrogate, written as one invalid byte FF) and its length in the source.
    private static func escape(_ source: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (UInt32, Int) {
        func hex(at position: Int) -> UInt32? {
            guard position + 4 <= end else { return nil }
            var value: UInt32 = 0
            for offset in 0..<4 {
                guard let digit = JSONDocument.hexValue(source[position + offset]) else { return nil }
                value = value << 4 | digit
            }
            return value
        }
        switch source[index + 1] {
        case 0x22, 0x5C, 0x2F: return (UInt32(source[index + 1]), 2)
        case 0x62: return (0x08, 2)
        case 0x66: return (0x0C, 2)
        case 0x6E: return (0x0A, 2)
        case 0x72: return (0x0D, 2)
        case 0x74: return (0x09, 2)
        default:  // \uXXXX
            let first = hex(at: index + 2) ?? 0xFFFD
            if (0xD800...0xDBFF).contains(first), source.count > index + 7, source[index + 6] == 0x5C, source[index + 7] == 0x75,
               let second = hex(at: index + 8), (0xDC00...0xDFFF).contains(second) {
                return (0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), 12)
            }
            // A lone surrogate: invalid text, reported as such.
            return (Unicode.Scalar(first) != nil ? first : 0xFFFF_FFFF, 6)
        }
    }

    /// Writes a scalar's UTF-8 (or the invalid byte FF for 0xFFFF_FFFF); returns its length.
    private static func writeUTF8(_ scalar: UInt32, to out: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case ..<0x80: out[0] = UInt8(scalar); return 1
        case ..<0x800:
            out[0] = UInt8(0xC0 | scalar >> 6); out[1] = UInt8(0x80 | scalar & 0x3F); return 2
        case ..<0x10000:
            out[0] = UInt8(0xE0 | scalar >> 12); out[1] = UInt8(0x80 | scalar >> 6 & 0x3F); out[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        case ..<0x110000:
            out[0] = UInt8(0xF0 | scalar >> 18); out[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(0x80 | scalar >> 6 & 0x3F); out[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        default: out[0] = 0xFF; return 1
        }
    }

    /// The decoded text of a string node (nil for no node, or a node of another kind).
    public func text(_ node: Int?) -> String? {
        node.flatMap { string($0) }.map { String(decoding: $0.utf8, as: UTF8.self) }
    }

    /// The string-valued members of an object node, by name (other members are left out).
    public func stringMembers(_ node: Int?) -> [String: String] {
        guard let node, nodes[node].kind == .object else { return [:] }
        var result: [String: String] = [:]
        for child in nodes[node].children {
            if let key = nodes[child].key, let value = text(child) { result[key] = value }
        }
        return result
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        let maxDepth: Int
        var position = 0
        var nodes: [Node] = []
        var duplicates: [DuplicateKey] = []
        /// Escapes in the string scanned last.
        var escapes = 0

        init(bytes: [UInt8], maxDepth: Int) {
            self.bytes = bytes
            self.maxDepth = maxDepth
        }

        func fail(_ reason: String, at offset: Int? = nil) -> ParseError { ParseError(offset: offset ?? position, reason: reason) }

        mutating func skipWhitespace() {
            while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        }

        mutating func parseDocument() throws(ParseError) {
            // An explicit stack of open containers (node index, key seen for objects) replaces recursion.
            var stack: [(node: Int, keys: [String: Int])] = []
            var pendingKey: (String, Int)? = nil
            skipWhitespace()
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw fail(stack.isEmpty ? "empty input" : "unexpected end of input") }
                // Inside an object and expecting a member: read "key":
                if let top = stack.last, nodes[top.node].kind == .object, pendingKey == nil,
                   !(bytes[position] == 0x7D && nodes[top.node].children.isEmpty) {  // `{}` closes below
                    do {
                        guard bytes[position] == 0x22 else { throw fail("expected a member name") }
                        let keyStart = position
                        let keyEnd = try scanString()
                        let key = String(decoding: Self.unescapedKey(bytes[(keyStart + 1)..<(keyEnd - 1)]), as: UTF8.self)
                        skipWhitespace()
                        guard position < bytes.count, bytes[position] == 0x3A else { throw fail("expected ':' after a member name") }
                        position += 1
                        skipWhitespace()
                        pendingKey = (key, keyStart)
                        continue
                    }
                }
                let byte = bytes[position]
                if byte == 0x7D || byte == 0x5D {  // a close right after an open: {} or []
                    guard let top = stack.last, nodes[top.node].children.isEmpty, pendingKey == nil,
                          (byte == 0x7D) == (nodes[top.node].kind == .object) else { throw fail("unexpected '\(Character(Unicode.Scalar(byte)))'") }
                    position += 1
                    nodes[top.node].range = nodes[top.node].range.lowerBound..<position
                    stack.removeLast()
                    if try closeAndContinue(&stack) { return }
                    continue
                }
                let parent = stack.last?.node ?? -1
                let start = position
                let kind: Kind
                switch byte {
                case 0x7B, 0x5B:
                    guard stack.count < maxDepth else { throw fail("nesting deeper than \(maxDepth)") }
                    kind = byte == 0x7B ? .object : .array
                    position += 1
                case 0x22:
                    kind = .string
                    escapes = 0
                    _ = try scanString()
                case 0x74: kind = .bool; try expect("true")
                case 0x66: kind = .bool; try expect("false")
                case 0x6E: kind = .null; try expect("null")
                case 0x2D, 0x30...0x39: kind = .number; try scanNumber()
                default: throw fail("expected a JSON value (string, number, object, array, true, false or null), found \(foundHere())")
                }
                let index = nodes.count
                nodes.append(Node(kind: kind, range: start..<position, key: pendingKey?.0, parent: parent, children: [],
                                  escapeCount: kind == .string ? escapes : 0))
                if parent >= 0 {
                    nodes[parent].children.append(index)
                    if let (key, keyOffset) = pendingKey {
                        if let first = stack[stack.count - 1].keys[key] {
                            duplicates.append(DuplicateKey(key: key, firstOffset: first, repeatedOffset: keyOffset))
                        } else {
                            stack[stack.count - 1].keys[key] = keyOffset
                        }
                    }
                }
                pendingKey = nil
                if kind == .object || kind == .array {
                    stack.append((index, [:]))
                    continue
                }
                if try closeAndContinue(&stack) { return }
            }
        }

        /// After a value: a ',' (more to come) or closes; true when the document is complete.
        mutating func closeAndContinue(_ stack: inout [(node: Int, keys: [String: Int])]) throws(ParseError) -> Bool {
            while true {
                skipWhitespace()
                guard let top = stack.last else {
                    guard position == bytes.count else { throw fail("unexpected data after the JSON value") }
                    return true
                }
                guard position < bytes.count else { throw fail("unexpected end of input") }
                let byte = bytes[position]
                if byte == 0x2C {
                    position += 1
                    return false
                }
                let closer: UInt8 = nodes[top.node].kind == .object ? 0x7D : 0x5D
                guard byte == closer else { throw fail("expected ',' or '\(Character(Unicode.Scalar(closer)))'") }
                position += 1
                nodes[top.node].range = nodes[top.node].range.lowerBound..<position
                stack.removeLast()
            }
        }

        mutating func expect(_ word: String) throws(ParseError) {
            let expected = Array(word.utf8)
            guard bytes.count - position >= expected.count, Array(bytes[position..<(position + expected.count)]) == expected
            else { throw fail("expected a JSON value (string, number, object, array, true, false or null), found \(foundHere())") }
            position += expected.count
        }

        /// What stands at `position`, for an error: the word there (`nope`) in quotes, or the byte in hex.
        func foundHere() -> String {
            var end = position
            while end < bytes.count, end - position < 24, bytes[end] > 0x20, bytes[end] < 0x7F, !",:]}".utf8.contains(bytes[end]) { end += 1 }
            guard end > position else { return position < bytes.count ? "byte 0x" + String(bytes[position], radix: 16, uppercase: true) : "the end of input" }
            return "'" + String(decoding: bytes[position..<end], as: UTF8.self) + "'"
        }

        mutating func scanNumber() throws(ParseError) {
            let start = position
            if bytes[position] == 0x2D { position += 1 }
            while position < bytes.count, (0x30...0x39).contains(bytes[position]) || [0x2E, 0x65, 0x45, 0x2B, 0x2D].contains(bytes[position]) {
                position += 1
            }
            guard position > start + (bytes[start] == 0x2D ? 1 : 0) else { throw fail("invalid number", at: start) }
        }

        /// Scans a string starting at the opening quote; returns the offset after the closing quote.
        /// Counts its escapes in `escapes`.
        mutating func scanString() throws(ParseError) -> Int {
            let start = position
            // One pass over the buffer: plain text is skipped a word at a time after the quote and
            // after each escape (a closure and an array literal per escape were half of parsing
            // a capture, which escapes a character every 20 bytes or so).
            let (end, failure, count) = bytes.withUnsafeBufferPointer { buffer -> (Int, String?, Int) in
                var position = Parser.skipPlain(buffer, from: start + 1)
                var count = 0
                while position < buffer.count {
                    let byte = buffer[position]
                    if byte == 0x22 { return (position + 1, nil, count) }
                    if byte < 0x20 { return (position, "control character in a string", count) }
                    if byte == 0x5C {
                        guard position + 1 < buffer.count else { break }
                        switch buffer[position + 1] {
                        case 0x75:
                            guard position + 6 <= buffer.count, JSONDocument.hexValue(buffer[position + 2]) != nil,
                                  JSONDocument.hexValue(buffer[position + 3]) != nil, JSONDocument.hexValue(buffer[position + 4]) != nil,
                                  JSONDocument.hexValue(buffer[position + 5]) != nil
                            else { return (position, "invalid \\u escape", count) }
                            position += 6
                        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
                            position += 2
                        default:
                            return (position, "invalid escape", count)
                        }
                        count += 1
                        position = Parser.skipPlain(buffer, from: position)
                        continue
                    }
                    position += 1
                }
                return (-1, "unterminated string", count)
            }
            escapes = count
            if let failure {
                if end < 0 { throw fail(failure, at: start) }
                position = end
                throw fail(failure)
            }
            position = end
            return end
        }

        /// The first position from `start` on where an 8-byte word holds a quote, a backslash or
        /// a control character (or where fewer than 8 bytes are left): a string's plain text is
        /// skipped a word at a time, a byte loop was most of the parse.
        static func skipPlain(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            guard let base = buffer.baseAddress else { return start }
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            var position = start
            while position + 8 <= buffer.count {
                let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                // Bytes below 0x20, equal to 0x22, or equal to 0x5C (no false negatives).
                let control = (word &- ones &* 0x20) & ~word & highs
                let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
                let special = control | ((quote &- ones) & ~quote & highs) | ((backslash &- ones) & ~backslash & highs)
                if special != 0 { break }
                position += 8
            }
            return position
        }

        /// A member name's text (escapes resolved simply; names are for matching, not offsets).
        static func unescapedKey(_ raw: ArraySlice<UInt8>) -> [UInt8] {
            guard raw.contains(0x5C) else { return Array(raw) }
            let quoted = [0x22] + Array(raw) + [0x22]
            guard let document = try? JSONDocument(bytes: quoted), let text = document.string(0) else { return Array(raw) }
            return text.utf8
        }
    }
}
