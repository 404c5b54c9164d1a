// The date recognizer's tables prepared for matching: every month and weekday name of every
// locale in one sorted list, and every pattern's shape in one trie, so a text position is
// matched against all ~2,000 patterns at once instead of one pattern at a time.

/// Every month and weekday name, sorted by code points, with the lists (and values) it is in.
struct DateNameIndex {
    private let table: DateNameTable
    /// The keys starting with a code point: the first step of every lookup.
    private let firstRanges: [UInt32: Range<Int>]
    /// The longest name of each list.
    let longest: [Int]
    /// Whether each list names weekdays (7 names) rather than months (12).
    private let weekdayLists: [Bool]

    init(_ table: DateNameTable) {
        self.table = table
        var ranges: [UInt32: Range<Int>] = [:]
        var longest: [Int] = [], largestValue: [Int] = []
        var index = 0
        while index < table.count {
            let start = index == 0 ? 0 : Int(table.starts[index - 1])
            guard start < Int(table.starts[index]) else { index += 1; continue }
            let first = table.scalars[start]
            var end = index + 1
            while end < table.count, table.scalars[Int(table.starts[end - 1])] == first { end += 1 }
            ranges[first] = index..<end
            index = end
        }
        for key in 0..<table.count {
            let length = Int(table.starts[key]) - (key == 0 ? 0 : Int(table.starts[key - 1]))
            for entry in table.entries[(key == 0 ? 0 : Int(table.entryStarts[key - 1]))..<Int(table.entryStarts[key])] {
                let id = Int(entry >> 4)
                while longest.count <= id { longest.append(0); largestValue.append(0) }
                longest[id] = max(longest[id], length)
                largestValue[id] = max(largestValue[id], Int(entry & 0xF))
            }
        }
        weekdayLists = largestValue.map { $0 < 7 }
        firstRanges = ranges
        self.longest = longest
    }

    /// Whether `list` names weekdays.
    func isWeekdayList(_ list: Int) -> Bool { list < weekdayLists.count && weekdayLists[list] }

    /// The value of name `key` in `list`, or nil when the name is not in that list.
    func value(ofKey key: Int, inList list: Int) -> Int? {
        let start = key == 0 ? 0 : Int(table.entryStarts[key - 1])
        for entry in table.entries[start..<Int(table.entryStarts[key])] where Int(entry >> 4) == list { return Int(entry & 0xF) }
        return nil
    }

    /// Calls `body` with the end and key of every name that starts at `start` (spaces of any
    /// kind match a space), shortest first.
    func forEachMatch(in text: [UInt32], at start: Int, _ body: (_ end: Int, _ key: Int) -> Void) {
        guard start < text.count, let range = firstRanges[DateRecognizer.foldSpace(text[start])] else { return }
        table.scalars.withUnsafeBufferPointer { scalars in
            table.starts.withUnsafeBufferPointer { ends in
                @inline(__always) func begin(_ key: Int) -> Int { key == 0 ? 0 : Int(ends[key - 1]) }
                var low = range.lowerBound, high = range.upperBound, length = 1
                while true {
                    // The keys low..<high share `length` code points; one of exactly that length sorts first.
                    if Int(ends[low]) - begin(low) == length {
                        body(start + length, low)
                        low += 1
                    }
                    guard low < high, start + length < text.count else { return }
                    let next = DateRecognizer.foldSpace(text[start + length])
                    var a = low, b = high
                    while a < b {
                        let middle = (a + b) / 2
                        if scalars[begin(middle) + length] < next { a = middle + 1 } else { b = middle }
                    }
                    low = a
                    b = high
                    while a < b {
                        let middle = (a + b) / 2
                        if scalars[begin(middle) + length] <= next { a = middle + 1 } else { b = middle }
                    }
                    high = a
                    guard low < high else { return }
                    length += 1
                }
            }
        }
    }
}

/// Every shaped pattern's parts in one trie: patterns that begin alike (`d MMMM y`, `d MMM y`,
/// `d MMMM y 'г'.`) share the walk over the text they begin with.
struct DateShapeTrie {
    struct Edge {
        var literal: UInt32
        var next: Int32
    }
    struct DigitEdge {
        var range: ClosedRange<Int>
        var next: Int32
    }
    struct Node {
        var digits: [DigitEdge] = []
        var literals: [Edge] = []
        var name: Int32 = -1
        /// Patterns whose shape ends here, in preference order.
        var ends: [Int32] = []
    }

    private(set) var nodes: [Node] = [Node()]
    /// The shapes that start with a name or literal (their lead before the first digit bounds
    /// how far from a digit a date can start).
    private(set) var shapesStartingWithoutDigits: [[DateShapePart]] = []

    init(_ shapes: [[DateShapePart]?]) {
        for (index, shape) in shapes.enumerated() {
            guard let shape else { continue }
            if let first = shape.first, case .digits = first {} else { shapesStartingWithoutDigits.append(shape) }
            var node = 0
            for part in shape {
                switch part {
                case .digits(let range):
                    if let edge = nodes[node].digits.first(where: { $0.range == range }) {
                        node = Int(edge.next)
                    } else {
                        nodes.append(Node())
                        nodes[node].digits.append(DigitEdge(range: range, next: Int32(nodes.count - 1)))
                        node = nodes.count - 1
                    }
                case .literal(let value):
                    let folded = DateRecognizer.foldSpace(value)
                    if let edge = nodes[node].literals.first(where: { $0.literal == folded }) {
                        node = Int(edge.next)
                    } else {
                        nodes.append(Node())
                        nodes[node].literals.append(Edge(literal: folded, next: Int32(nodes.count - 1)))
                        node = nodes.count - 1
                    }
                case .name:
                    if nodes[node].name < 0 {
                        nodes.append(Node())
                        nodes[node].name = Int32(nodes.count - 1)
                    }
                    node = Int(nodes[node].name)
                }
            }
            nodes[node].ends.append(Int32(index))
        }
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
