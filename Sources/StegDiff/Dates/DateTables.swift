/// One piece of a date pattern's shape, as its text appears: checked in Swift before ICU parses,
/// since most numbers and words in a text are no date.
package enum DateShapePart: Equatable, Sendable {
    /// A run of ASCII digits of one of these lengths.
    case digits(ClosedRange<Int>)
    /// One code point (spaces of any kind match each other).
    case literal(UInt32)
    /// Exactly one of these renderings of a month or weekday field, longest first (spaces folded
    /// to U+0020). Kept as strings and matched scalar by scalar: converting every name of every
    /// pattern to code point arrays at start-up cost more than a small diff.
    case name([String])

    /// `.name` from strings (the embedded table's spelling).
    static func names(_ names: [String]) -> DateShapePart { .name(names) }
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
}

/// What the date recognizer would otherwise compute from ICU's data at start-up, embedded for
/// one ICU version: opening every date formatter of every locale cost 30 ms of a 40 ms run.
///
/// `EmbeddedDateTables.swift` is generated (`STEGDIFF_RECORD=1 swift test --filter DateTables`)
/// and a test checks it against ICU. With any other ICU the tables are computed as before.
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

    /// Swift source of the embedded tables for the running ICU.
    package static func swiftSource(patterns: [DatePattern], patternLocales: [String: [String]]) -> String {
        var lines = [
            "// Generated from ICU \(ICU.versions.icu) (CLDR \(ICU.versions.cldr)) by",
            "// `STEGDIFF_RECORD=1 swift test --filter DateTables`: do not edit. See DateTables.swift.",
            "",
            "extension DateTables {",
            "    /// ICU and CLDR versions these tables come from.",
            "    package static let embeddedVersion = \(literal("\(ICU.versions.icu)/\(ICU.versions.cldr)"))",
            "",
            "    /// `DateRecognizer.computedPatterns()` for that version.",
            "    package static let embeddedPatterns: [DatePattern] = [",
        ]
        for pattern in patterns {
            let style = pattern.style.map { String($0) } ?? "nil"
            let space = pattern.formatSpace.map { "0x" + String($0, radix: 16, uppercase: true) } ?? "nil"
            let shape = pattern.shape.map { "[" + $0.map(literal).joined(separator: ", ") + "]" } ?? "nil"
            lines.append("        DatePattern(pattern: \(literal(pattern.pattern)), locale: \(literal(pattern.locale)), style: \(style), "
                + "formatSpace: \(space),")
            lines.append("                    shape: \(shape)),")
        }
        lines += [
            "    ]",
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

    private static func literal(_ part: DateShapePart) -> String {
        switch part {
        case .digits(let range): ".digits(\(range.lowerBound)...\(range.upperBound))"
        case .literal(let value): ".literal(0x\(String(value, radix: 16, uppercase: true)))"
        case .name(let names):
            ".names([" + names.map { literal($0) }.joined(separator: ", ") + "])"

        }
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
