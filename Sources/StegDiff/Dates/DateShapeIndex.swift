// The date recognizer's tables prepared for matching: every month and weekday name of every
// locale in one sorted list, and every pattern's shape in one trie, so a text position is
// matched against all ~2,000 patterns at once instead of one pattern at a time.

import Glibc

/// Every month and weekday name, sorted by code points, with the lists (and values) it is in,
/// searched in place in its UTF-8 `name|entry entry…` lines (`DateTables.embeddedNameText`): UTF-8
/// sorts as code points do, and decoding the 100 KB of names into code points cost every process
/// 2.5 M instructions at its first name.
struct DateNameIndex {
    /// The lines, one per name in code point order.
    private let bytes: [UInt8]
    /// Where each name's line starts, and one past the last line's end (its line ends one byte
    /// before the next starts).
    private let lineStarts: [Int32]
    /// For each first byte b, the names starting with it: `firstByteStarts[b]..<firstByteStarts[b + 1]`.
    private let firstByteStarts: [Int32]
    /// Whether each list names weekdays (7 names) rather than months (12).
    private let weekdayLists: [Bool]

    /// The index of `lines` (`name|entries` a line, in code point order of the names; entries
    /// `list << 4 | value` in hexadecimal) over lists of which `weekdayLists` name weekdays.
    init(lines: String, weekdayLists: [Bool]) {
        bytes = Array(lines.utf8)
        self.weekdayLists = weekdayLists
        var lineStarts: [Int32] = []
        var firstByteStarts = [Int32](repeating: -1, count: 257)
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var index = 0
            while index < bytes.count {
                lineStarts.append(Int32(index))
                let first = Int(bytes[index])
                if firstByteStarts[first] < 0 { firstByteStarts[first] = Int32(lineStarts.count - 1) }
                guard let newline = memchr(base + index, 0x0A, bytes.count - index) else { index = bytes.count + 1; break }
                index = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
            }
            // One past the last line's end, as if it ended with a line break.
            lineStarts.append(Int32(max(index, bytes.count + 1)))
        }
        // A first byte no name starts with gets the empty range where the next one's starts.
        firstByteStarts[256] = Int32(max(0, lineStarts.count - 1))
        for byte in stride(from: 255, through: 0, by: -1) where firstByteStarts[byte] < 0 { firstByteStarts[byte] = firstByteStarts[byte + 1] }
        self.lineStarts = lineStarts
        self.firstByteStarts = firstByteStarts
    }

    /// Whether `list` names weekdays.
    func isWeekdayList(_ list: Int) -> Bool { list < weekdayLists.count && weekdayLists[list] }

    /// The value of name `key` in `list`, or nil when the name is not in that list.
    func value(ofKey key: Int, inList list: Int) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            var index = Int(lineStarts[key])
            let end = min(bytes.count, Int(lineStarts[key + 1]) - 1)
            while index < end, bytes[index] != 0x7C { index += 1 }
            index += 1
            var entry: UInt32 = 0
            while index <= end {
                let byte = index < end ? bytes[index] : 0x20
                index += 1
                if byte == 0x20 {
                    if Int(entry >> 4) == list { return Int(entry & 0xF) }
                    entry = 0
                } else {
                    entry = entry << 4 | (byte >= 0x41 ? UInt32(byte) - 0x37 : UInt32(byte) - 0x30)
                }
            }
            return nil
        }
    }

    /// Calls `body` with the end and key of every name that starts at `start` (spaces of any
    /// kind match a space), shortest first.
    func forEachMatch(in text: [UInt32], at start: Int, _ body: (_ end: Int, _ key: Int) -> Void) {
        guard start < text.count else { return }
        bytes.withUnsafeBufferPointer { bytes in
            lineStarts.withUnsafeBufferPointer { starts in
                // The text's UTF-8 from `start`, encoded as the walk deepens.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { encoded in
                    var encodedCount = 0, points = 0
                    func encodeNext() -> Bool {
                        guard start + points < text.count, encodedCount <= 252 else { return false }
                        let code = DateRecognizer.foldSpace(text[start + points])
                        points += 1
                        if code < 0x80 {
                            encoded[encodedCount] = UInt8(code)
                            encodedCount += 1
                        } else if code < 0x800 {
                            encoded[encodedCount] = UInt8(0xC0 | code >> 6)
                            encoded[encodedCount + 1] = UInt8(0x80 | code & 0x3F)
                            encodedCount += 2
                        } else if code < 0x10000 {
                            encoded[encodedCount] = UInt8(0xE0 | code >> 12)
                            encoded[encodedCount + 1] = UInt8(0x80 | code >> 6 & 0x3F)
                            encoded[encodedCount + 2] = UInt8(0x80 | code & 0x3F)
                            encodedCount += 3
                        } else {
                            encoded[encodedCount] = UInt8(0xF0 | code >> 18 & 0x07)
                            encoded[encodedCount + 1] = UInt8(0x80 | code >> 12 & 0x3F)
                            encoded[encodedCount + 2] = UInt8(0x80 | code >> 6 & 0x3F)
                            encoded[encodedCount + 3] = UInt8(0x80 | code & 0x3F)
                            encodedCount += 4
                        }
                        return true
                    }
                    _ = encodeNext()
                    let first = Int(encoded[0])
                    var low = Int(firstByteStarts[first]), high = Int(firstByteStarts[first + 1]), depth = 1
                    while low < high {
                        // The names low..<high share `depth` bytes with the text. One that ends
                        // there (a `|` follows) sorts first, and ends on a code point boundary.
                        if bytes[Int(starts[low]) + depth] == 0x7C {
                            body(start + points, low)
                            low += 1
                            guard low < high else { return }
                        }
                        if depth == encodedCount, !encodeNext() { return }
                        let next = encoded[depth]
                        // The others have a byte of their name at `depth`, ascending.
                        var a = low, b = high
                        while a < b {
                            let middle = (a + b) / 2
                            if bytes[Int(starts[middle]) + depth] < next { a = middle + 1 } else { b = middle }
                        }
                        low = a
                        b = high
                        while a < b {
                            let middle = (a + b) / 2
                            if bytes[Int(starts[middle]) + depth] <= next { a = middle + 1 } else { b = middle }
                        }
                        high = a
                        depth += 1
                    }
                }
            }
        }
    }
}

/// Every shaped pattern's parts in one trie: patterns that begin alike (`d MMMM y`, `d MMM y`,
/// `d MMMM y 'г'.`) share the walk over the text they begin with.
///
/// Stored flat (the edges of node n are `starts[n]..<starts[n + 1]` of each edge list) so the
/// trie of ICU 72 is embedded ready-made and read in one pass: building it from 1,350 shapes
/// cost every process about 6 M instructions at its first date.
struct DateShapeTrie: Equatable, Sendable {
    /// Per node (and one past the last): where its digit edges start.
    private(set) var digitStarts: [Int32] = [0, 0]
    /// Per digit edge: the shortest and longest run it takes, and the node it leads to.
    private(set) var digitLows: [UInt8] = [], digitHighs: [UInt8] = [], digitNexts: [Int32] = []
    /// Per node (and one past the last): where its literal edges start.
    private(set) var literalStarts: [Int32] = [0, 0]
    /// Per literal edge: the code point (spaces folded) and the node it leads to.
    private(set) var literalValues: [UInt32] = [], literalNexts: [Int32] = []
    /// Per node: the node a name leads to, or 0 for none (the root is no edge's end).
    private(set) var nameNexts: [Int32] = [0]
    /// Per node (and one past the last): where the patterns whose shape ends there start.
    private(set) var endStarts: [Int32] = [0, 0]
    /// Patterns whose shape ends at each node, in preference order.
    private(set) var endPatterns: [Int32] = []

    /// The number of nodes.
    var nodeCount: Int { nameNexts.count }

    /// The trie of `shapes` (nil: a pattern without a shape).
    init(_ shapes: [[DateShapePart]?]) {
        // Built as nodes of arrays, then laid out flat in node order.
        struct Node {
            var digits: [(range: ClosedRange<Int>, next: Int)] = []
            var literals: [(literal: UInt32, next: Int)] = []
            var name = 0
            var ends: [Int32] = []
        }
        var nodes = [Node()]
        func child(_ node: Int, _ existing: Int?, _ link: (inout Node, Int) -> Void) -> Int {
            if let existing { return existing }
            nodes.append(Node())
            link(&nodes[node], nodes.count - 1)
            return nodes.count - 1
        }
        for (index, shape) in shapes.enumerated() {
            guard let shape else { continue }
            var node = 0
            for part in shape {
                switch part {
                case .digits(let range):
                    node = child(node, nodes[node].digits.first { $0.range == range }?.next) { $0.digits.append((range, $1)) }
                case .literal(let value):
                    let folded = DateRecognizer.foldSpace(value)
                    node = child(node, nodes[node].literals.first { $0.literal == folded }?.next) { $0.literals.append((folded, $1)) }
                case .name:
                    node = child(node, nodes[node].name > 0 ? nodes[node].name : nil) { $0.name = $1 }
                }
            }
            nodes[node].ends.append(Int32(index))
        }
        digitStarts = [0]
        literalStarts = [0]
        endStarts = [0]
        nameNexts = []
        for node in nodes {
            for edge in node.digits {
                digitLows.append(UInt8(edge.range.lowerBound))
                digitHighs.append(UInt8(edge.range.upperBound))
                digitNexts.append(Int32(edge.next))
            }
            for edge in node.literals {
                literalValues.append(edge.literal)
                literalNexts.append(Int32(edge.next))
            }
            nameNexts.append(Int32(node.name))
            endPatterns += node.ends
            digitStarts.append(Int32(digitNexts.count))
            literalStarts.append(Int32(literalNexts.count))
            endStarts.append(Int32(endPatterns.count))
        }
    }

    /// The flat lists in the order `init(sections:)` takes them.
    var sections: [(label: String, values: [UInt32])] {
        [("digitStarts", digitStarts.map(UInt32.init)), ("digitLows", digitLows.map(UInt32.init)), ("digitHighs", digitHighs.map(UInt32.init)),
         ("digitNexts", digitNexts.map(UInt32.init)), ("literalStarts", literalStarts.map(UInt32.init)), ("literalValues", literalValues),
         ("literalNexts", literalNexts.map(UInt32.init)), ("nameNexts", nameNexts.map(UInt32.init)),
         ("endStarts", endStarts.map(UInt32.init)), ("endPatterns", endPatterns.map(UInt32.init))]
    }

    /// The trie from `sections`' lists, or nil when they do not fit together.
    init?(sections: [[UInt32]]) {
        guard sections.count == 10 else { return nil }
        func int32s(_ values: [UInt32]) -> [Int32] { values.map { Int32(bitPattern: $0) } }
        digitStarts = int32s(sections[0])
        digitLows = sections[1].map { UInt8(truncatingIfNeeded: $0) }
        digitHighs = sections[2].map { UInt8(truncatingIfNeeded: $0) }
        digitNexts = int32s(sections[3])
        literalStarts = int32s(sections[4])
        literalValues = sections[5]
        literalNexts = int32s(sections[6])
        nameNexts = int32s(sections[7])
        endStarts = int32s(sections[8])
        endPatterns = int32s(sections[9])
        // Every index the walk follows must be in range: a stale or damaged table is refused
        // here rather than trapping in the middle of a diff.
        let nodes = nameNexts.count
        func fits(_ starts: [Int32], _ count: Int) -> Bool {
            starts.count == nodes + 1 && starts.first == 0 && starts.last == Int32(count) && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
        }
        guard nodes > 0, fits(digitStarts, digitNexts.count), digitLows.count == digitNexts.count, digitHighs.count == digitNexts.count,
              fits(literalStarts, literalNexts.count), literalValues.count == literalNexts.count, fits(endStarts, endPatterns.count),
              [digitNexts, literalNexts, nameNexts].allSatisfy({ $0.allSatisfy { $0 >= 0 && Int($0) < nodes } }), endPatterns.allSatisfy({ $0 >= 0 })
        else { return nil }
    }
}

/// What the recognizer keeps of every pattern to match texts, without its text and locale (read
/// from the pattern's line when it first matches): the shapes' trie, and per pattern its flags,
/// digits, name lists and line. Embedded ready-made for ICU 72 (`DateTables.embeddedPreparedText`).
struct DatePreparedTables: Equatable, Sendable {
    /// The shapes of all patterns.
    private(set) var trie: DateShapeTrie
    /// Per pattern: whether it is read in Swift (see `DatePattern.readsInSwift`).
    private(set) var readsInSwift: [Bool]
    /// Per pattern: the zero of the digits it writes.
    private(set) var digitZeros: [UInt32]
    /// Per pattern (and one past the last): where its name lists start in `nameSlotLists`.
    private(set) var nameSlotStarts: [Int32]
    /// The name list of each name part, in text order, pattern after pattern.
    private(set) var nameSlotLists: [Int32]
    /// Patterns without a shape: always left to ICU.
    private(set) var unshaped: [Int32]
    /// Per pattern (and one past the last): where its line starts in the embedded pattern text
    /// (the line ends one byte before the next starts); empty for computed tables.
    private(set) var lineStarts: [Int32]
    /// Per name list: whether it names weekdays (7 names) rather than months (12).
    private(set) var weekdayLists: [Bool]

    /// The number of patterns.
    var count: Int { readsInSwift.count }

    /// The tables of `tables`' patterns, whose lines start at `lineStarts` (empty when not embedded).
    init(_ tables: DateTableSet, lineStarts: [Int32]) {
        let patterns = tables.patterns
        weekdayLists = tables.nameLists.map { $0.count <= 7 }
        trie = DateShapeTrie(patterns.map(\.shape))
        readsInSwift = patterns.map(\.readsInSwift)
        digitZeros = patterns.map(\.digitZero)
        nameSlotStarts = [0]
        nameSlotLists = []
        for pattern in patterns {
            for part in pattern.shape ?? [] { if case .name(let list) = part { nameSlotLists.append(Int32(list)) } }
            nameSlotStarts.append(Int32(nameSlotLists.count))
        }
        unshaped = patterns.indices.filter { patterns[$0].shape == nil }.map { Int32($0) }
        self.lineStarts = lineStarts
    }

    /// Labelled lists of hexadecimal numbers (`label` then values, separated by spaces or line
    /// breaks): what `DateTables.swiftSource` embeds.
    var encoded: String {
        let patternSections: [(label: String, values: [UInt32])] = [
            ("readsInSwift", readsInSwift.map { $0 ? 1 : 0 }), ("digitZeros", digitZeros), ("nameSlotStarts", nameSlotStarts.map(UInt32.init)),
            ("nameSlotLists", nameSlotLists.map(UInt32.init)), ("unshaped", unshaped.map(UInt32.init)), ("lineStarts", lineStarts.map(UInt32.init)),
            ("weekdayLists", weekdayLists.map { $0 ? 1 : 0 }),
        ]
        var lines: [String] = []
        for (label, values) in trie.sections + patternSections {
            lines.append(label)
            for row in stride(from: 0, to: values.count, by: 32) {
                lines.append(values[row..<min(values.count, row + 32)].map { String($0, radix: 16, uppercase: true) }.joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The labels of `encoded`'s lists, in order.
    private static let labels = ["digitStarts", "digitLows", "digitHighs", "digitNexts", "literalStarts", "literalValues", "literalNexts",
                                 "nameNexts", "endStarts", "endPatterns", "readsInSwift", "digitZeros", "nameSlotStarts", "nameSlotLists",
                                 "unshaped", "lineStarts", "weekdayLists"]

    /// The tables `encoded` wrote, read from its UTF-8 bytes in one pass; nil when the text is
    /// not such a table.
    init?(decoding text: String) {
        var text = text
        let sections: [[UInt32]]? = text.withUTF8 { bytes in
            // Every value into one buffer (a value takes at least two bytes with its separator),
            // cut into the labelled lists at the end: appending to nested arrays cost 2 M
            // instructions a process.
            let values = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: bytes.count / 2 + 1)
            defer { values.deallocate() }
            var valueCount = 0
            var labels: [String] = [], sectionStarts: [Int] = []
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x0A { index += 1; continue }
                if byte >= 0x61 {  // a label (lower case; the numbers' letters are upper case)
                    let start = index
                    while index < count, bytes[index] != 0x0A, bytes[index] != 0x20 { index += 1 }
                    labels.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    sectionStarts.append(valueCount)
                    continue
                }
                guard !labels.isEmpty else { return nil }
                var value: UInt32 = 0
                while index < count {
                    let digit = bytes[index]
                    if digit >= 0x30 && digit <= 0x39 {
                        value = value << 4 | UInt32(digit - 0x30)
                    } else if digit >= 0x41 && digit <= 0x46 {
                        value = value << 4 | UInt32(digit - 0x37)
                    } else {
                        break
                    }
                    index += 1
                }
                guard index == count || bytes[index] == 0x20 || bytes[index] == 0x0A else { return nil }
                values[valueCount] = value
                valueCount += 1
            }
            guard labels == DatePreparedTables.labels else { return nil }
            sectionStarts.append(valueCount)
            return (0..<labels.count).map { Array(values[sectionStarts[$0]..<sectionStarts[$0 + 1]]) }
        }
        guard let sections, let trie = DateShapeTrie(sections: Array(sections[0..<10])) else { return nil }
        self.trie = trie
        readsInSwift = sections[10].map { $0 != 0 }
        digitZeros = sections[11]
        nameSlotStarts = sections[12].map { Int32(bitPattern: $0) }
        nameSlotLists = sections[13].map { Int32(bitPattern: $0) }
        unshaped = sections[14].map { Int32(bitPattern: $0) }
        lineStarts = sections[15].map { Int32(bitPattern: $0) }
        weekdayLists = sections[16].map { $0 != 0 }
        let patterns = readsInSwift.count
        guard digitZeros.count == patterns, nameSlotStarts.count == patterns + 1, nameSlotStarts.last == Int32(nameSlotLists.count),
              lineStarts.isEmpty || lineStarts.count == patterns + 1, unshaped.allSatisfy({ $0 >= 0 && Int($0) < patterns }),
              trie.endPatterns.allSatisfy({ Int($0) < patterns }) else { return nil }
    }
}

extension DateTableSet {
    /// Every way `text` reads as a whole by `shape` (names from `lists`): the digit runs' values
    /// and each name's list and value. Used to check shapes against ICU's renderings.
    static func readings(of shape: [DateShapePart], lists: [[[UInt32]]], _ text: [UInt32]) -> [(digits: [Int], names: [(list: Int, value: Int)])] {
        var found: [(digits: [Int], names: [(list: Int, value: Int)])] = []
        var digits: [Int] = [], names: [(list: Int, value: Int)] = []
        func read(_ part: Int, _ position: Int) {
            guard part < shape.count else {
                if position == text.count { found.append((digits, names)) }
                return
            }
            switch shape[part] {
            case .digits(let range):
                var value = 0, count = 0
                while position + count < text.count, text[position + count] >= 0x30, text[position + count] <= 0x39 {
                    if count < 9 { value = value * 10 + Int(text[position + count] - 0x30) }
                    count += 1
                }
                guard range.contains(count) else { return }
                digits.append(value)
                read(part + 1, position + count)
                digits.removeLast()
            case .literal(let literal):
                guard position < text.count, DateRecognizer.foldSpace(text[position]) == DateRecognizer.foldSpace(literal) else { return }
                read(part + 1, position + 1)
            case .name(let list):
                for (value, name) in lists[list].enumerated() where text[position...].starts(with: name) {
                    names.append((list, value))
                    read(part + 1, position + name.count)
                    names.removeLast()
                }
            }
        }
        read(0, 0)
        return found
    }
}
