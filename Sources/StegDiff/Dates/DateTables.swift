/// One piece of a date pattern's shape, as its text appears: checked in Swift before ICU parses,
/// since most numbers and words in a text are no date.
package enum DateShapePart: Hashable, Sendable {
    /// A run of ASCII digits of one of these lengths.
    case digits(ClosedRange<Int>)
    /// One code point (spaces of any kind match each other).
    case literal(UInt32)
    /// A month or weekday name of the name list at this index (`DateTableSet.nameLists`).
    case name(Int)
}

/// A date pattern the recognizer tries, with what ICU says of it.
package struct DatePattern: Equatable, Sendable {
    /// The ICU pattern, as `DateFormat.pattern` gives it.
    package var pattern: String
    /// The locale the formatter opens in.
    package var locale: String
    /// For a locale's default format, its style (0 full … 3 short); nil for an explicit pattern.
    package var style: Int32?
    /// The no-break space ICU writes in this format (U+00A0 or U+202F), if any: strict parsing
    /// wants it, while people type U+0020, so such text is also parsed with spaces swapped.
    package var formatSpace: UInt32?
    /// The shape every ICU rendering of the pattern has, or nil when it cannot be modelled
    /// (adjacent digit fields, other fields): such a pattern is always left to ICU.
    package var shape: [DateShapePart]?
    /// True when the shape's digits and names give back the Gregorian date ICU formatted, on
    /// every sample instant, and every digit field is a 4-digit year, a month or a day: a text of
    /// this shape is then read and checked in Swift, and ICU is not asked.
    package var readsInSwift: Bool = false
    /// The zero of the digits ICU writes in this pattern (U+0030, or U+0660 Arabic-Indic, U+0966
    /// Devanagari…): a digit run of another script is not this pattern's.
    package var digitZero: UInt32 = 0x30
}

/// The patterns the recognizer tries and the month and weekday names their shapes refer to.
package struct DateTableSet: Equatable, Sendable {
    /// In preference order (numeric and machine forms, the named locales, then the others).
    package var patterns: [DatePattern]

    /// The most code points a shape that starts with a name or literal has before its first
    /// digit: a word farther than this from the next digit starts no date.
    package var leadBeforeDigit: Int {
        var lead = 0
        for shape in patterns.compactMap(\.shape) {
            guard let first = shape.first else { continue }
            if case .digits = first { continue }
            var count = 0
            scan: for part in shape {
                switch part {
                case .digits: break scan
                case .literal: count += 1
                case .name(let list): count += nameLists[list].map(\.unicodeScalars.count).max() ?? 0
                }
            }
            lead = max(lead, count)
        }
        return lead
    }
    /// Each list in value order: 12 month names from January or 7 weekday names from Sunday,
    /// spaces folded to U+0020.
    package var nameLists: [[String]]
}

/// What the date recognizer would otherwise compute from ICU's data at start-up, embedded for
/// one ICU version: opening every date formatter of every locale takes seconds.
///
/// `EmbeddedDateTables.swift` is generated (`STEGDIFF_RECORD=1 swift test --filter DateTables`)
/// and a test checks it against ICU. It holds string literals read from their bytes at first use
/// (a Swift literal of ~2,000 structs takes the compiler gigabytes): the patterns a line each, the
/// names a line each (searched in place), and the shapes' trie with the patterns' flags, ready
/// for matching. With any other ICU the tables are computed for the named locales only.
package enum DateTables {
    /// True when the running ICU and CLDR are the versions the embedded tables were made from.
    package static let matchesRunningICU: Bool = "\(ICU.versions.icu)/\(ICU.versions.cldr)" == embeddedVersion

    /// The embedded table's locales for one pattern (the list is sorted: a binary search, so a
    /// run that reports one date never builds the whole table).
    static func embeddedLocales(usingPattern pattern: String) -> [String]? {
        let list = embeddedPatternLocaleList
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].0 < pattern { low = middle + 1 } else { high = middle }
        }
        guard low < list.count, list[low].0 == pattern else { return nil }
        return list[low].1.split(separator: " ").map(String.init)
    }

    /// Pattern → locales of the embedded table.
    package static var embeddedPatternLocales: [String: [String]] {
        var table: [String: [String]] = [:]
        for (pattern, locales) in embeddedPatternLocaleList { table[pattern] = locales.split(separator: " ").map(String.init) }
        return table
    }

    /// The embedded patterns (read from their line format on first use).
    package static var embeddedPatterns: [DatePattern] { embeddedPatternsOnce }

    private static let embeddedPatternsOnce: [DatePattern] = decodePatterns(embeddedPatternText)

    /// The embedded name lists, rebuilt from the `name|entry entry…` lines (for the check
    /// against ICU; the recognizer searches the lines in place, `DateNameIndex`).
    package static var embeddedNameLists: [[String]] {
        nameLists(from: embeddedNameText.split(separator: "\n").map { line in
            let fields = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            return (fields[0].unicodeScalars.map(\.value), fields.count < 2 ? [] : fields[1].split(separator: " ").compactMap { UInt32($0, radix: 16) })
        })
    }

    /// Packs a list index and a value (month 0–11, weekday 0–6) into one entry.
    package static func entry(list: Int, value: Int) -> UInt32 { UInt32(list) << 4 | UInt32(value) }

    /// The sorted names with their entries, as the recognizer looks them up.
    package static func sortedNames(_ lists: [[String]]) -> [(name: [UInt32], entries: [UInt32])] {
        var byName: [[UInt32]: [UInt32]] = [:]
        for (list, names) in lists.enumerated() {
            for (value, name) in names.enumerated() { byName[name.unicodeScalars.map(\.value), default: []].append(entry(list: list, value: value)) }
        }
        return byName.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { ($0.key, $0.value) }
    }

    /// The lists (in value order) the sorted names' entries put them in.
    static func nameLists(from names: [(name: [UInt32], entries: [UInt32])]) -> [[String]] {
        var lists: [[String]] = []
        for (name, entries) in names {
            for entry in entries {
                let list = Int(entry >> 4), value = Int(entry & 0xF)
                while lists.count <= list { lists.append([]) }
                while lists[list].count <= value { lists[list].append("") }
                lists[list][value] = String(String.UnicodeScalarView(name.compactMap(Unicode.Scalar.init)))
            }
        }
        return lists
    }

    // MARK: line format

    /// The embedded patterns' shapes, flags and lines, ready for matching (read in one pass at
    /// the first date a process looks for), or nil when the text is damaged.
    static let embeddedPrepared: DatePreparedTables? = DatePreparedTables(decoding: embeddedPreparedText)

    /// What differs between the embedded ready-made tables and those `patterns` give (empty when
    /// they agree and every line start leads to its own pattern): the check against ICU.
    package static func embeddedPreparedDifferences(from tables: DateTableSet) -> [String] {
        guard let embedded = embeddedPrepared else { return ["embeddedPreparedText does not decode"] }
        var differences: [String] = []
        let patterns = tables.patterns
        let expected = DatePreparedTables(tables, lineStarts: embedded.lineStarts)
        if embedded.trie != expected.trie { differences.append("the shapes' trie differs") }
        if embedded != expected { differences.append("the flags, digits, name lists, unshaped patterns or weekday lists differ") }
        if embedded.lineStarts.count != patterns.count + 1 { differences.append("\(embedded.lineStarts.count) line starts for \(patterns.count) patterns") }
        for (index, pattern) in patterns.enumerated() where index + 1 < embedded.lineStarts.count {
            let line = Int(embedded.lineStarts[index])..<Int(embedded.lineStarts[index + 1]) - 1
            if embeddedPattern(line: line) != pattern { differences.append("line \(index) is not pattern \(pattern.pattern) (\(pattern.locale))") }
        }
        return differences
    }

    /// The embedded pattern on `line` (byte offsets in `embeddedPatternText`).
    static func embeddedPattern(line: Range<Int>) -> DatePattern? {
        var text = embeddedPatternText
        return text.withUTF8 { bytes in
            guard line.lowerBound >= 0, line.lowerBound < line.upperBound, line.upperBound <= bytes.count else { return nil }
            var found: DatePattern? = nil
            forEachLine(UnsafeBufferPointer(rebasing: bytes[line])) { _, fields in found = parseLine(UnsafeBufferPointer(rebasing: bytes[line]), fields) }
            return found
        }
    }

    /// Reads `pattern|locale|style|space|flags|shape` lines (see `swiftSource`) from the literal's
    /// UTF-8 bytes in place: String splitting cost 50 M instructions, more than a whole diff.
    static func decodePatterns(_ text: String) -> [DatePattern] {
        var text = text
        return text.withUTF8 { bytes in
            var patterns: [DatePattern] = []
            forEachLine(bytes) { _, fields in
                if let pattern = parseLine(bytes, fields) { patterns.append(pattern) }
            }
            return patterns
        }
    }

    /// Calls `body` with each line's range and its `|`-separated fields.
    private static func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, [Range<Int>]) -> Void) {
        var index = 0
        var fields: [Range<Int>] = []
        fields.reserveCapacity(6)
        while index < bytes.count {
            fields.removeAll(keepingCapacity: true)
            let lineStart = index
            var fieldStart = index
            while index < bytes.count, bytes[index] != 0x0A {
                if bytes[index] == 0x7C { fields.append(fieldStart..<index); fieldStart = index + 1 }
                index += 1
            }
            fields.append(fieldStart..<index)
            body(lineStart..<index, fields)
            index += 1
        }
    }

    /// One pattern line.
    private static func parseLine(_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [Range<Int>]) -> DatePattern? {
        guard fields.count == 6 else { return nil }
        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        func number(_ range: Range<Int>, radix: UInt32) -> UInt32? {
            guard !range.isEmpty else { return nil }
            var value: UInt32 = 0
            for byte in bytes[range] {
                let digit: UInt32 = byte >= 0x61 ? UInt32(byte) - 0x57 : byte >= 0x41 ? UInt32(byte) - 0x37 : UInt32(byte) - 0x30
                value = value * radix + digit
            }
            return value
        }
        var shape: [DateShapePart]? = nil
        let shapeField = fields[5]
        if !(shapeField.count == 1 && bytes[shapeField.lowerBound] == 0x2D) {
            var parts: [DateShapePart] = []
            parts.reserveCapacity(16)
            var tokenStart = shapeField.lowerBound
            for position in shapeField.lowerBound...shapeField.upperBound where position == shapeField.upperBound || bytes[position] == 0x20 {
                let body = (tokenStart + 1)..<position
                switch bytes[tokenStart] {
                case 0x64:  // d1,2
                    let comma = body.first { bytes[$0] == 0x2C } ?? body.upperBound
                    parts.append(.digits(Int(number(body.lowerBound..<comma, radix: 10) ?? 0)...Int(number((comma + 1)..<body.upperBound, radix: 10) ?? 0)))
                case 0x6C: parts.append(.literal(number(body, radix: 16) ?? 0))
                default: parts.append(.name(Int(number(body, radix: 10) ?? 0)))
                }
                tokenStart = position + 1
            }
            shape = parts
        }
        // Flags: `s` read in Swift, `z` and the hexadecimal zero of other digits.
        let flags = fields[4]
        let zed = flags.first { bytes[$0] == 0x7A }
        return DatePattern(pattern: string(fields[0]), locale: string(fields[1]),
                           style: number(fields[2], radix: 10).map { Int32($0) }, formatSpace: number(fields[3], radix: 16), shape: shape,
                           readsInSwift: !flags.isEmpty && bytes[flags.lowerBound] == 0x73,
                           digitZero: zed.flatMap { number(($0 + 1)..<flags.upperBound, radix: 16) } ?? 0x30)
    }

    /// The `name|entry entry…` lines of `lists`' names in code point order (entries in
    /// hexadecimal), as `DateNameIndex` searches them.
    static func nameLines(_ lists: [[String]]) -> [String] {
        sortedNames(lists).map { name, entries in
            precondition(!name.contains(0x0A) && !name.contains(0x7C), "a name holds the separator")
            return String(String.UnicodeScalarView(name.compactMap(Unicode.Scalar.init)))
                + "|" + entries.map { String($0, radix: 16, uppercase: true) }.joined(separator: " ")
        }
    }

    /// Swift source of the embedded tables for the running ICU.
    package static func swiftSource(tables: DateTableSet, patternLocales: [String: [String]]) -> String {
        var patternLines: [String] = []
        for pattern in tables.patterns {
            let style = pattern.style.map { String($0) } ?? ""
            let space = pattern.formatSpace.map { String($0, radix: 16, uppercase: true) } ?? ""
            let shape = pattern.shape.map { parts in
                parts.map { part -> String in
                    switch part {
                    case .digits(let range): "d\(range.lowerBound),\(range.upperBound)"
                    case .literal(let value): "l" + String(value, radix: 16, uppercase: true)
                    case .name(let list): "n\(list)"
                    }
                }.joined(separator: " ")
            } ?? "-"
            precondition(!pattern.pattern.contains("|") && !pattern.pattern.contains("\n"), "pattern \(pattern.pattern) holds the separator")
            let flags = (pattern.readsInSwift ? "s" : "") + (pattern.digitZero == 0x30 ? "" : "z" + String(pattern.digitZero, radix: 16, uppercase: true))
            patternLines.append([pattern.pattern, pattern.locale, style, space, flags, shape].joined(separator: "|"))
        }
        // Where each line starts in the literal's UTF-8 (the text as it runs, not as escaped).
        var lineStarts: [Int32] = [0]
        for line in patternLines { lineStarts.append(lineStarts.last! + Int32(line.utf8.count + 1)) }
        let prepared = DatePreparedTables(tables, lineStarts: lineStarts)
        let nameLines = nameLines(tables.nameLists)
        var lines = [
            "// Generated from ICU \(ICU.versions.icu) (CLDR \(ICU.versions.cldr)) by",
            "// `STEGDIFF_RECORD=1 swift test --filter DateTables`: do not edit. See DateTables.swift.",
            "// Letters and marks of every script are written as they are; anything else that is not",
            "// printable ASCII (spaces, format characters, punctuation) as a \\u{...} escape.",
            "",
            "extension DateTables {",
            "    /// ICU and CLDR versions these tables come from.",
            "    package static let embeddedVersion = \(literal("\(ICU.versions.icu)/\(ICU.versions.cldr)"))",
            "",
            "    /// `DateTableSet.leadBeforeDigit` of those tables (known without reading the names).",
            "    package static let embeddedLeadBeforeDigit = \(tables.leadBeforeDigit)",
            "",
            "    /// `DateRecognizer.computedTables()` patterns for that version, one a line:",
            "    /// pattern|locale|style|format space (hex)|`s` if read in Swift, `z` and the zero of other digits|shape",
            "    /// (`d1,2` digits, `l2D` literal, `n7` name list; `-` none).",
            "    static let embeddedPatternText = \"\"\"",
        ]
        lines += patternLines.map(multilineLiteral)
        lines += [
            "\"\"\"",
            "",
            "    /// Every name of those lists in code point order: name|entries (list << 4 | value, hex).",
            "    static let embeddedNameText = \"\"\"",
        ]
        lines += nameLines.map(multilineLiteral)
        lines += [
            "\"\"\"",
            "",
            "    /// `DatePreparedTables` of those patterns (the shapes' trie, flags, name lists and line",
            "    /// starts): labelled lists of hexadecimal numbers.",
            "    static let embeddedPreparedText = \"\"\"",
        ]
        lines.append(prepared.encoded)
        lines += [
            "\"\"\"",
            "",
            "    /// `DateRecognizer.computedPatternLocales()` for that version: pattern, locales.",
            "    static let embeddedPatternLocaleList: [(String, String)] = [",
        ]
        for pattern in patternLocales.keys.sorted() {
            lines.append("        (\(literal(pattern)), \(literal(patternLocales[pattern]!.joined(separator: " ")))),")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    /// One line of a multi-line string literal: printable ASCII and letters and marks of other
    /// scripts as they are, anything else (spaces, format characters, punctuation) escaped.
    private static func multilineLiteral(_ text: String) -> String { escaped(text, keepingLetters: true) }

    /// A Swift string literal; anything but printable ASCII is escaped, so the file shows no
    /// invisible or look-alike character (also for `DayPeriodWords.swiftSource()`).
    static func literal(_ text: String) -> String { "\"" + escaped(text, keepingLetters: false) + "\"" }

    /// `text` escaped for a Swift literal: `\`, `"` and everything outside printable ASCII as
    /// `\u{…}`, except, with `keepingLetters`, letters and spacing marks of other scripts.
    private static func escaped(_ text: String, keepingLetters: Bool) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case " "..."~": output.unicodeScalars.append(scalar)
            default:
                let letterOrMark: Bool = switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .spacingMark: true
                default: false
                }
                if keepingLetters && letterOrMark {
                    output.unicodeScalars.append(scalar)
                } else {
                    output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            }
        }
        return output
    }
}
