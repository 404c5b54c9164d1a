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
    /// Each list in value order: 12 month names from January or 7 weekday names from Sunday,
    /// spaces folded to U+0020.
    package var nameLists: [[String]]
}

/// What the date recognizer would otherwise compute from ICU's data at start-up, embedded for
/// one ICU version: opening every date formatter of every locale takes seconds.
///
/// `EmbeddedDateTables.swift` is generated (`STEGDIFF_RECORD=1 swift test --filter DateTables`)
/// and a test checks it against ICU. It holds two string literals in a line format read at first
/// use (a Swift literal of ~2,000 structs takes the compiler gigabytes): with any other ICU the
/// tables are computed for the named locales only.
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

    /// Every month and weekday name of the embedded lists, in code point order, with the lists
    /// and values it has: `name|list.value list.value…` a line.
    package static var embeddedNames: [(name: [UInt32], entries: [UInt32])] { embeddedNamesOnce }

    private static let embeddedNamesOnce: [(name: [UInt32], entries: [UInt32])] = decodeNames(embeddedNameText)

    /// The embedded name lists, rebuilt from the sorted names (for the check against ICU).
    package static var embeddedNameLists: [[String]] { nameLists(from: embeddedNames) }

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

    /// Reads `pattern|locale|style|space|s|shape` lines (see `swiftSource`).
    static func decodePatterns(_ text: String) -> [DatePattern] {
        var patterns: [DatePattern] = []
        for line in text.unicodeScalars.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count == 6 else { continue }
            var shape: [DateShapePart]? = nil
            if String(fields[5]) != "-" {
                shape = fields[5].split(separator: " ").map { part -> DateShapePart in
                    let body = String(part.dropFirst())
                    switch part.first {
                    case "d":
                        let bounds = body.split(separator: ",").compactMap { Int($0) }
                        return .digits(bounds[0]...bounds[1])
                    case "l": return .literal(UInt32(body, radix: 16) ?? 0)
                    default: return .name(Int(body) ?? 0)
                    }
                }
            }
            // Flags: `s` read in Swift, `z` and the hexadecimal zero of other digits.
            let flags = String(fields[4])
            let zero = flags.firstIndex(of: "z").flatMap { UInt32(flags[flags.index(after: $0)...], radix: 16) } ?? 0x30
            patterns.append(DatePattern(pattern: String(fields[0]), locale: String(fields[1]), style: Int32(String(fields[2])),
                                        formatSpace: UInt32(String(fields[3]), radix: 16), shape: shape, readsInSwift: flags.hasPrefix("s"),
                                        digitZero: zero))
        }
        return patterns
    }

    /// Reads `name|entry entry…` lines, entries in hexadecimal.
    static func decodeNames(_ text: String) -> [(name: [UInt32], entries: [UInt32])] {
        var names: [(name: [UInt32], entries: [UInt32])] = []
        for line in text.unicodeScalars.split(separator: "\n") {
            guard let bar = line.lastIndex(of: "|") else { continue }
            let entries = line[line.index(after: bar)...].split(separator: " ").compactMap { UInt32(String($0), radix: 16) }
            names.append((line[..<bar].map(\.value), entries))
        }
        return names
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
        var nameLines: [String] = []
        for (name, entries) in sortedNames(tables.nameLists) {
            precondition(!name.contains(0x0A) && !name.contains(0x7C), "a name holds the separator")
            nameLines.append(String(String.UnicodeScalarView(name.compactMap(Unicode.Scalar.init)))
                + "|" + entries.map { String($0, radix: 16, uppercase: true) }.joined(separator: " "))
        }
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
    private static func multilineLiteral(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case " "..."~": output.unicodeScalars.append(scalar)
            default:
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .spacingMark:
                    output.unicodeScalars.append(scalar)
                default: output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            }
        }
        return output
    }

    /// A Swift string literal; anything but printable ASCII is escaped, so the file shows no
    /// invisible or look-alike character.
    private static func literal(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case " "..."~": output.unicodeScalars.append(scalar)
            default: output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return output + "\""
    }
}
