// What every ICU locale writes between a date and its time (`, `, ` 'at' `, `، `, ` في `,
// ` ساعت `), after the time (bg ` 'ч'.`, hi ` बजे`) and between a time and the date after it
// (vi `HH:mm:ss d/M/y`): read from ICU's
// best patterns of date and date-time skeletons, embedded for one ICU version
// (EmbeddedDateTimeGlue.swift, generated and checked against ICU by DateTimeGlueTests).

/// The glue between dates and times of every ICU locale, as ICU pattern text (quotes kept).
package enum DateTimeGlue {
    /// True when the running ICU and CLDR are the versions the embedded glue comes from.
    package static let matchesRunningICU = embeddedVersion == "\(ICU.versions.icu)/\(ICU.versions.cldr)"

    /// Date skeletons and the date-time skeletons that extend them: the glue of the medium
    /// (`, `), long and full (` 'at' `) date-time formats.
    private static let skeletonPairs = [
        ("yMd", "yMdHm"), ("yMd", "yMdHms"), ("yMd", "yMdhms"), ("yMMMd", "yMMMdHms"), ("yMMMd", "yMMMdhms"),
        ("yMMMMd", "yMMMMdjms"), ("yMMMMd", "yMMMMdHms"), ("yMMMMEEEEd", "yMMMMEEEEdjms"),
    ]

    /// Pattern letters of a time and its zone.
    private static let timeLetters = Set("HhkKmsSabBzZvVOXx".unicodeScalars)

    /// The glue after dates and before them, from ICU (opens a pattern generator per locale and
    /// skeleton: seconds). Glue that holds a pattern letter outside quotes is left out.
    package static func computed() -> (afterDate: [String], beforeDate: [String], afterTime: [String], beforeTime: [String]) {
        var after = Set<String>(), before = Set<String>(), afterTime = Set<String>(), beforeTime = Set<String>()
        for locale in ICU.availableLocales {
            for (dateSkeleton, dateTimeSkeleton) in skeletonPairs {
                guard let date = ICU.bestPattern(skeleton: dateSkeleton, locale: locale),
                      let dateTime = ICU.bestPattern(skeleton: dateTimeSkeleton, locale: locale), dateTime != date else { continue }
                if dateTime.hasPrefix(date), let glue = leadingGlue(String(dateTime.dropFirst(date.count))) {
                    after.insert(glue)
                    // What some write after the time (bg ` 'ч'.`, hi ` बजे`, te `కి`).
                    // Not punctuation alone (eu's `)`) nor one Latin letter (fr_CA's ` 's'`): prose
                    // after a time has those.
                    if let trailing = trailingGlue(String(dateTime.dropFirst(date.count))) {
                        let letters = rendered(trailing).unicodeScalars.filter(\.properties.isAlphabetic)
                        if letters.count >= 2 || letters.contains(where: { !$0.isASCII }) { afterTime.insert(trailing) }
                    }
                } else if dateTime.hasSuffix(date), let glue = trailingGlue(String(dateTime.dropLast(date.count))) {
                    before.insert(glue)
                    // A word before such a time (vi `'lúc' HH:mm:ss d MMMM, y`).
                    if let leading = leadingGlue(String(dateTime.dropLast(date.count))) { beforeTime.insert(leading) }
                }
            }
        }
        // No glue at all (`2025年9月29日16:55`) is the hand-written connectors' case.
        after.remove("")
        before.remove("")
        afterTime.remove("")
        beforeTime.remove("")
        return (after.sorted(), before.sorted(), afterTime.sorted(), beforeTime.sorted())
    }

    /// The text of `pattern` up to its first time field, when it holds no other field.
    private static func leadingGlue(_ pattern: String) -> String? {
        var glue = "", quoted = false
        for scalar in pattern.unicodeScalars {
            if scalar == "'" { quoted.toggle() } else if !quoted && timeLetters.contains(scalar) { return isLiteral(glue) ? glue : nil }
            glue.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// The text of `pattern` after its last time field, when it holds no other field.
    private static func trailingGlue(_ pattern: String) -> String? {
        var quoted = false, lastField: String.UnicodeScalarView.Index? = nil
        let scalars = pattern.unicodeScalars
        for index in scalars.indices {
            if scalars[index] == "'" { quoted.toggle() } else if !quoted && timeLetters.contains(scalars[index]) { lastField = index }
        }
        guard let lastField else { return nil }
        let glue = String(scalars[scalars.index(after: lastField)...])
        return isLiteral(glue) ? glue : nil
    }

    /// Whether `glue` is literal text only: no ASCII letter outside quotes, no digit.
    private static func isLiteral(_ glue: String) -> Bool {
        var quoted = false
        for scalar in glue.unicodeScalars {
            if scalar == "'" { quoted.toggle(); continue }
            if scalar.properties.numericType != nil { return false }
            if !quoted && ((scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")) { return false }
        }
        return !quoted
    }

    /// The text ICU renders for the pattern text `glue` (quotes removed, `''` as `'`).
    package static func rendered(_ glue: String) -> String {
        var text = "", quoted = false, previousQuote = false
        for scalar in glue.unicodeScalars {
            if scalar == "'" {
                if previousQuote { text.unicodeScalars.append("'"); previousQuote = false } else { previousQuote = true }
                quoted.toggle()
                continue
            }
            previousQuote = false
            text.unicodeScalars.append(scalar)
        }
        return text
    }

    /// The four lists for the running ICU: embedded, or computed (once) when ICU is another version.
    private static let current = matchesRunningICU ? embedded : computed()

    /// The glue after dates, as ICU renders it and as pattern text.
    static let afterDate = parsed(current.afterDate)

    /// The glue before dates, alike, longest first.
    static let beforeDate = parsed(current.beforeDate)

    /// The text before a time written before its date, alike, longest first.
    static let beforeTime = parsed(current.beforeTime)

    /// The text after a time, alike, longest first.
    static let afterTime = parsed(current.afterTime)

    /// Each piece of glue's rendered code points and itself, longest first (the order the
    /// readers try them in; equal lengths keep their order).
    private static func parsed(_ glue: [String]) -> [(text: [UInt32], pattern: String)] {
        let pieces = glue.map { (text: rendered($0).unicodeScalars.map(\.value), pattern: $0) }
        return pieces.indices.sorted { (pieces[$0].text.count, $1) > (pieces[$1].text.count, $0) }.map { pieces[$0] }
    }

    /// The embedded glue.
    package static var embedded: (afterDate: [String], beforeDate: [String], afterTime: [String], beforeTime: [String]) {
        (lines(embeddedAfterDate), lines(embeddedBeforeDate), lines(embeddedAfterTime), lines(embeddedBeforeTime))
    }

    /// The non-empty lines of `text`, read from its UTF-8 bytes (String splitting cost a diff
    /// 0.7 M instructions at its first date-time).
    private static func lines(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var found: [String] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if end > start { found.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                start = end + 1
            }
            return found
        }
    }

    /// Swift source of EmbeddedDateTimeGlue.swift for the running ICU (anything but printable
    /// ASCII escaped).
    package static func swiftSource() -> String {
        let glue = computed()
        func literal(_ list: [String]) -> String { DateTables.literal(list.joined(separator: "\n")) }
        return """
            // Generated from ICU \(ICU.versions.icu) (CLDR \(ICU.versions.cldr)) by
            // `STEGDIFF_RECORD=1 swift test --filter DateTimeGlueTests`: do not edit.

            extension DateTimeGlue {
                /// ICU and CLDR versions the glue comes from.
                static let embeddedVersion = "\(ICU.versions.icu)/\(ICU.versions.cldr)"
                /// Glue between a date and the time after it, ICU pattern text, one per line.
                static let embeddedAfterDate = \(literal(glue.afterDate))
                /// Glue between a time and the date after it, one per line.
                static let embeddedBeforeDate = \(literal(glue.beforeDate))
                /// Text after a time (after its AM/PM word), one per line.
                static let embeddedAfterTime = \(literal(glue.afterTime))
                /// Text before a time written before its date, one per line.
                static let embeddedBeforeTime = \(literal(glue.beforeTime))
            }

            """
    }
}
