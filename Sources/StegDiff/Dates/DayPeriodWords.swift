// The words every ICU locale writes for AM and PM (`a`), read after a time (`4:55:10 em`,
// `4:55:10 μ.μ.`, `4:55:10 da tarde`): embedded for one ICU version (EmbeddedDayPeriods.swift,
// generated and checked against ICU by DayPeriodWordsTests), computed from ICU for another.

/// AM and PM words of every ICU locale.
package enum DayPeriodWords {
    /// True when the running ICU and CLDR are the versions the embedded words come from.
    package static let matchesRunningICU = embeddedVersion == "\(ICU.versions.icu)/\(ICU.versions.cldr)"

    /// The embedded words.
    package static var embedded: (am: [String], pm: [String]) {
        func strings(_ words: [[UInt32]]) -> [String] { words.map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) } }
        return (strings(codePoints(embeddedAM)), strings(codePoints(embeddedPM)))
    }

    /// The embedded words as code points, AM then PM with the flag `isPM`: read from the
    /// literals' UTF-8 bytes (String splitting cost 1.8 M instructions, more than the diff of
    /// the time they are looked for in).
    package static var embeddedCodePoints: [([UInt32], Bool)] {
        codePoints(embeddedAM).map { ($0, false) } + codePoints(embeddedPM).map { ($0, true) }
    }

    /// The lines of `text` as code points.
    private static func codePoints(_ text: String) -> [[UInt32]] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [[UInt32]] = [[]]
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A { lines.append([]); index += 1; continue }
                let unit = UTF8Unit.decode(bytes, at: index)
                if let scalar = unit.scalar { lines[lines.count - 1].append(scalar) }
                index += unit.length
            }
            return lines.filter { !$0.isEmpty }
        }
    }

    /// The words from ICU: each locale's `a` at 04:00 and at 16:00 (opens a formatter per
    /// locale: tens of milliseconds). A word some locale writes for both halves, or one of a
    /// single Latin letter (`a`, `p`: English prose after a time), is left out; a single letter
    /// of another script stays (ar `م` and `ص`).
    package static func computed() -> (am: [String], pm: [String]) {
        var am = Set<String>(), pm = Set<String>()
        func text(_ scalars: [UInt32]) -> String { String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init))) }
        for locale in ICU.availableLocales {
            guard let format = ICU.DateFormat(pattern: "a", locale: locale) else { continue }
            am.insert(text(format.format(millis: 4 * 3_600_000)))
            pm.insert(text(format.format(millis: 16 * 3_600_000)))
        }
        let both = am.intersection(pm)
        func kept(_ words: Set<String>) -> [String] {
            words.subtracting(both).filter { word in
                let scalars = word.unicodeScalars
                let latinLetter = scalars.count == 1 && (scalars.first!.value < 0x370 || (0x1E00...0x1EFF).contains(scalars.first!.value))
                return !scalars.isEmpty && !latinLetter && !scalars.contains { $0.properties.numericType != nil }
            }.sorted()
        }
        return (kept(am), kept(pm))
    }

    /// Swift source of EmbeddedDayPeriods.swift for the running ICU (anything but printable
    /// ASCII escaped, so the file shows no invisible or look-alike character).
    package static func swiftSource() -> String {
        let words = computed()
        func literal(_ list: [String]) -> String { DateTables.literal(list.joined(separator: "\n")) }
        return """
            // Generated from ICU \(ICU.versions.icu) (CLDR \(ICU.versions.cldr)) by
            // `STEGDIFF_RECORD=1 swift test --filter DayPeriodWordsTests`: do not edit.

            extension DayPeriodWords {
                /// ICU and CLDR versions the words come from.
                static let embeddedVersion = "\(ICU.versions.icu)/\(ICU.versions.cldr)"
                /// AM words, one per line.
                static let embeddedAM = \(literal(words.am))
                /// PM words, one per line.
                static let embeddedPM = \(literal(words.pm))
            }

            """
    }
}
