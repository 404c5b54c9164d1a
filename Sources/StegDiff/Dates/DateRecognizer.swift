// Dates/ owns date recognition: which ICU patterns render a piece of text as a date, with the
// pattern tables embedded for ICU 72 (EmbeddedDateTables.swift, generated). It may call Support/,
// Unicode/ and Input/; Diff/ and Classify/ call it when a hunk touches a date.

import Dispatch
import Synchronization

/// A date expression found in text by ICU: where it is and which ICU patterns render it exactly.
package struct RecognizedDate: Sendable, Hashable {
    /// Code point indices of the expression in the searched text.
    package var range: Range<Int>
    /// Patterns that parse the text strictly and format the parsed date back to the same text,
    /// in preference order (ISO-like first).
    package var patterns: [String]
    /// The instant each pattern parsed (UTC midnight of the date as written), parallel to `patterns`.
    package var instants: [Double]
    /// The date part of each pattern (`d MMMM y` of `d MMMM y, HH:mm`), parallel to `patterns`:
    /// what locales' default formats are looked up by.
    package var datePatterns: [String] = []
    /// The time of day written with the date, if any (local to the zone, or floating).
    package var time: TimeOfDay? = nil
    /// The zone written after the time, if any.
    package var zone: ZoneMark? = nil
    /// False for a time of day written without a date (`16:55`, `下午4:55`): `instants` are 0
    /// and only the time and zone are compared.
    package var hasDate: Bool = true

    /// The local date and time as written, in milliseconds since 1970 as if it were UTC.
    package func localMillis(at index: Int = 0) -> Double { instants[index] + (time?.millis ?? 0) }

    /// The date part of the pattern at `index`.
    package func datePattern(at index: Int = 0) -> String { index < datePatterns.count ? datePatterns[index] : patterns[index] }

    /// The date of the first pattern as ISO `yyyy-MM-dd`.
    package func isoValue(at index: Int = 0) -> String {
        guard let parts = ICU.gregorianComponents(millis: instants[index]) else { return "?" }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))"
    }
}

/// Recognizes dates with ICU: numeric forms (`2026-07-04`, `04.07.2026`, `20260704`, `2026年7月4日`…)
/// and the default formats with month names of en, zh, ja, ko, de, fr, es, ru.
///
/// Candidates are parsed strictly and kept only when formatting the parsed date with the same
/// pattern gives back the exact text (a round trip), so `2026-7-4` is `y-M-d`, never `y-MM-dd`.
/// ICU formatters are not thread-safe: one recognizer per thread (see `DateRecognizer.pool`).
package final class DateRecognizer {
    /// A pattern being tried, with its ICU formatter opened on first use: most texts need only
    /// the few patterns whose shape some number in them has.
    private final class Candidate {
        let info: DatePattern
        /// Bit n set: a leading digit run of n digits fits; nil when the pattern starts with a name.
        let leadingDigits: UInt16?
        private var opened = false
        private var openedFormat: ICU.DateFormat?
        private var words: Set<[UInt32]>??

        private let readsNumericDates: Bool

        /// For a pattern made of a 4-digit year, a month and a day in digits and literals: the
        /// field of each digit run, so such a date is read in Swift without ICU. Nil otherwise (a
        /// 2-digit year's century depends on today's date in ICU: those stay with ICU).
        lazy var numericFields: [Unicode.Scalar]? = readsNumericDates ? DateRecognizer.numericFields(of: info) : nil


        init(_ info: DatePattern, readsNumericDates: Bool) {
            self.info = info
            self.readsNumericDates = readsNumericDates
            // The first digit run's lengths come with the shape; only a shapeless pattern
            // (yyyyMMdd) is read from its letters.
            switch info.shape?.first {
            case .digits(let range): leadingDigits = range.reduce(0) { $0 | (1 << $1) }
            case .name, .literal: leadingDigits = nil
            case nil: leadingDigits = DateRecognizer.leadingDigits(of: info.pattern).map { $0.reduce(0) { $0 | (1 << $1) } }
            }
        }

        /// The ICU formatter, or nil if ICU cannot open it.
        var format: ICU.DateFormat? {
            if !opened {
                openedFormat = info.style.map { ICU.DateFormat(locale: info.locale, style: $0) }
                    ?? ICU.DateFormat(pattern: info.pattern, locale: info.locale)
                opened = true
            }
            return openedFormat
        }

        /// For a pattern without a shape that starts with a month or weekday name: every such
        /// name's letters, lowercased, so a parse is only tried where one starts.
        var firstWords: Set<[UInt32]>? {
            if let words { return words }
            let computed = DateRecognizer.firstWords(of: info)
            words = .some(computed)
            return computed
        }
    }

    /// Instants that exercise every field: each month on its 15th and each weekday of July
    /// 2026, and the first and last years a prompt's date may have (`dates(in:)` keeps 1900–2199).
    private static let sampleInstants: [Double] = {
        let day = 86_400_000.0
        let january15: Double = 1_768_435_200_000, july4: Double = 1_783_123_200_000
        let months = (0..<12).map { january15 + Double($0) * 30.5 * day }
        let weekdays = (0..<7).map { july4 + Double($0) * day }
        let edges: [Double] = [-2_208_988_800_000, 7_258_032_000_000]  // 1900-01-01, 2199-12-31
        return months + weekdays + edges
    }()

    /// The shape of `pattern` (digit runs, names and literals), or nil when it has a field this
    /// cannot model. The shape is checked against ICU's own rendering of every sample instant, so
    /// a text that ICU formats from this pattern always has this shape and skipping ICU where
    /// the shape does not match loses no date.
    private static func shape(of pattern: String, format: ICU.DateFormat, locale: String) -> [DateShapePart]? {
        var parts: [DateShapePart] = []
        let characters = Array(pattern.unicodeScalars)
        var index = 0
        var previousWasDigits = false
        while index < characters.count {
            let character = characters[index]
            if character == "'" {
                // A quoted literal; '' is an apostrophe.
                var end = index + 1
                if end < characters.count, characters[end] == "'" {
                    parts.append(.literal(0x27))
                    index = end + 1
                    previousWasDigits = false
                    continue
                }
                while end < characters.count, characters[end] != "'" { parts.append(.literal(characters[end].value)); end += 1 }
                guard end < characters.count else { return nil }
                index = end + 1
                previousWasDigits = false
                continue
            }
            guard character.isASCII, character.properties.isAlphabetic else {
                parts.append(.literal(character.value))
                previousWasDigits = false
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end] == character { end += 1 }
            let count = end - index
            let field = String(repeating: String(character), count: count)
            index = end
            let isName = character == "E" || ((character == "M" || character == "L" || character == "c") && count >= 3)
            switch character {
            case _ where isName:
                guard let names = ICU.DateFormat(pattern: field, locale: locale) else { return nil }
                let renderings = Set(sampleInstants.map { names.format(millis: $0).map(foldSpace) })
                // A name may hold digits (ko `7월`, vi `tháng 7`), but not right after a digit field:
                // the digit run there would swallow them.
                guard !renderings.contains(where: { $0.isEmpty || (previousWasDigits && $0.contains { $0 >= 0x30 && $0 <= 0x39 }) }) else { return nil }
                // Longest first (see matchEnd), then in code point order, so the table is stable.
                parts.append(.name(renderings.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
                    .map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }))
                previousWasDigits = false
            case "y", "d", "M", "L":
                if previousWasDigits { return nil }  // adjacent fields (yyyyMMdd): no separator to anchor on
                let range: ClosedRange<Int> = switch (character, count) {
                case ("y", 2): 2...2
                case ("y", _): 4...4
                case (_, 1): 1...2
                default: count...count
                }
                parts.append(.digits(range))
                previousWasDigits = true
            default:
                return nil  // another field (G, r, U…): leave to ICU
            }
        }
        for instant in sampleInstants {
            let text = format.format(millis: instant)
            guard matchEnd(parts, text, from: 0) == text.count else { return nil }
        }
        return parts
    }

    /// Where the shape ends when `text` from `start` has its digit runs, names and literals
    /// (spaces of any kind stand for a space, as the parse allows), or nil.
    private static func matchEnd(_ shape: [DateShapePart], _ text: [UInt32], from start: Int) -> Int? {
        var position = start
        for part in shape {
            switch part {
            case .digits(let range):
                var count = 0
                while position < text.count, text[position] >= 0x30, text[position] <= 0x39 { count += 1; position += 1 }
                guard range.contains(count) else { return nil }
            case .literal(let literal):
                guard position < text.count, foldSpace(text[position]) == foldSpace(literal) else { return nil }
                position += 1
            case .name(let names):
                // Longest first; a shorter name that is a prefix would leave the rest to the next part.
                var matched: Int? = nil
                for name in names {
                    var end = position
                    var fits = true
                    for scalar in name.unicodeScalars {
                        guard end < text.count, foldSpace(text[end]) == scalar.value else { fits = false; break }
                        end += 1
                    }
                    if fits { matched = end; break }
                }
                guard let matched else { return nil }
                position = matched
            }
        }
        return position
    }

    /// What ICU says of one pattern: the space it writes and its shape.
    private static func describe(_ pattern: String, _ format: ICU.DateFormat, locale: String, style: Int32?) -> DatePattern {
        let sample = format.format(millis: 1_783_123_200_000)  // 2026-07-04
        let space = sample.first { $0 == 0xA0 || $0 == 0x202F }
        return DatePattern(pattern: pattern, locale: locale, style: style, formatSpace: space,
                           shape: shape(of: pattern, format: format, locale: locale))
    }

    /// Lowercased month or weekday names a shapeless pattern can start with, or nil.
    private static func firstWords(of info: DatePattern) -> Set<[UInt32]>? {
        let field = String(info.pattern.prefix { $0.isLetter && $0.isASCII })
        guard info.shape == nil, leadingDigits(of: info.pattern) == nil, !field.isEmpty,
              let names = ICU.DateFormat(pattern: field, locale: info.locale) else { return nil }
        var found = Set<[UInt32]>()
        for instant in sampleInstants {
            let word = lowercasedLetters(names.format(millis: instant)[...])
            if !word.isEmpty { found.insert(word) }
        }
        return found
    }

    /// The leading letters of `text`, lowercased (a month name up to its period or space).
    private static func lowercasedLetters(_ text: ArraySlice<UInt32>) -> [UInt32] {
        var word: [UInt32] = []
        for code in text.prefix(24) {
            guard let scalar = Unicode.Scalar(code), scalar.properties.isAlphabetic else { break }
            word += scalar.properties.lowercaseMapping.unicodeScalars.map(\.value)
        }
        return word
    }

    /// Numeric patterns in preference order; locale-independent (ASCII digits).
    package static let numericPatterns = [
        "y-MM-dd", "y-M-d", "y/MM/dd", "y/M/d", "y.MM.dd", "y.M.d", "y. M. d.", "yyyyMMdd",
        "y年M月d日", "y年MM月dd日", "y년 M월 d일",
        "dd.MM.y", "d.M.y", "dd.MM.yy", "dd/MM/y", "d/M/y", "dd/MM/yy", "d/M/yy",
        "MM/dd/y", "M/d/y", "M/d/yy", "dd-MM-y", "d-M-y", "MM-dd-y",
    ]
    /// Fixed English forms programs write (en_US_POSIX names): JavaScript `toDateString()`
    /// (`Mon Sep 29 2025`), the date of RFC 850 (`Monday, 29-Sep-25`), RFC 1123 / HTTP-date / `toUTCString()` (`Mon, 29 Sep 2025`)
    /// and of RFC 2822 (`Mon, 1 Sep 2025`); their times are read by `DateTimeGrammar`.
    package static let machinePatterns = [
        "EEE MMM dd y", "MMM dd y", "EEE MMM d y", "MMM d y", "EEE, dd MMM y", "EEE, d MMM y", "dd MMM y", "d MMM y",
        "EEEE d MMMM y", "EEE d MMM y",
        // RFC 850 (obsolete HTTP-date, still in cookies): `Monday, 29-Sep-25`.
        "EEEE, dd-MMM-yy",
    ]
    /// Skeletons whose patterns (ICU's generator, per named locale) are tried besides the four
    /// default styles: the common date forms with and without weekday and year.
    package static let skeletons = ["yMd", "yMMMd", "yMMMEd", "yMMMMEEEEd", "yMMMMd", "yMEd", "MMMd", "MMMMd"]
    /// Locales whose default formats with month names are recognized.
    package static let namedLocales = [
        "en", "zh", "ja", "ko", "de", "fr", "es", "ru", "en_GB", "en_AU", "en_CA", "en_IN", "pt", "pt_PT", "it", "nl",
        "pl", "tr", "sv", "da", "nb", "fi", "cs", "uk", "zh_Hant", "vi", "id",
    ]

    private let candidates: [Candidate]
    /// The candidates a start of n digits can begin (index n, up to 15): most numbers rule out
    /// most patterns by their length alone.
    private let digitStarts: [[Candidate]]
    /// The same, by the code point after the digit run when the pattern has a literal there
    /// (`-` of `y-MM-dd`, space of `d MMMM y`), with the candidates that have none: in a text
    /// full of numbers most patterns fail on that one character.
    private let digitStartsByNext: [[UInt32: [Candidate]]]
    /// Those of `digitStarts` with no literal right after the digit run.
    private let digitStartsWithoutLiteral: [[Candidate]]
    /// The candidates that begin with a month or weekday name (or a literal), by the code point
    /// the text starts with: with 27 locales, trying every name pattern at every word cost more
    /// than the rest of a small diff.
    private let letterStartsByScalar: [UInt32: [Candidate]]
    /// Candidates starting with a letter whose shape is unknown: tried at every word.
    private let unindexedLetterStarts: [Candidate]

    /// A recognizer for `DateRecognizer.patterns`; formatters open when first needed.
    /// `readsNumericDatesInSwift: false` leaves every parse to ICU (tests compare the two).
    package init(readsNumericDatesInSwift: Bool = true) {
        let candidates = DateRecognizer.patterns.map { Candidate($0, readsNumericDates: readsNumericDatesInSwift) }
        self.candidates = candidates
        let digitStarts = (0..<16).map { run in candidates.filter { ($0.leadingDigits ?? 0) & (1 << run) != 0 } }
        self.digitStarts = digitStarts
        digitStartsByNext = digitStarts.map { list in
            var byNext: [UInt32: [Candidate]] = [:]
            var literals = Set<UInt32>()
            for candidate in list {
                if let shape = candidate.info.shape, shape.count > 1, case .literal(let next) = shape[1] { literals.insert(DateRecognizer.foldSpace(next)) }
            }
            // Each list keeps the preference order of `digitStarts`.
            for next in literals {
                byNext[next] = list.filter { candidate in
                    guard let shape = candidate.info.shape, shape.count > 1, case .literal(let literal) = shape[1] else { return true }
                    return DateRecognizer.foldSpace(literal) == next
                }
            }
            return byNext
        }
        digitStartsWithoutLiteral = digitStarts.map { list in
            list.filter { candidate in
                guard let shape = candidate.info.shape, shape.count > 1, case .literal = shape[1] else { return true }
                return false
            }
        }
        var byScalar: [UInt32: [Candidate]] = Dictionary(minimumCapacity: 256)
        var unindexed: [Candidate] = []
        for candidate in candidates where candidate.leadingDigits == nil {
            switch candidate.info.shape?.first {
            case .name(let names):
                for first in names.compactMap({ $0.unicodeScalars.first?.value }) where byScalar[first]?.last !== candidate {
                    byScalar[first, default: []].append(candidate)
                }
            case .literal(let value): byScalar[value, default: []].append(candidate)
            case .digits, nil: unindexed.append(candidate)
            }
        }
        letterStartsByScalar = byScalar
        unindexedLetterStarts = unindexed
    }

    /// The y, M and d fields of a digits-only pattern with a 4-digit year, in text order, or nil.
    private static func numericFields(of info: DatePattern) -> [Unicode.Scalar]? {
        // A month or weekday name is no digit field: most patterns tried at a number have one.
        guard let shape = info.shape, !shape.contains(where: { if case .name = $0 { true } else { false } }) else { return nil }
        var fields: [(letter: Unicode.Scalar, count: Int)] = []
        for scalar in info.pattern.unicodeScalars {
            if scalar == "'" { return nil }
            guard (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A else { continue }
            if let last = fields.last, last.letter == scalar { fields[fields.count - 1].count += 1 } else { fields.append((scalar, 1)) }
        }
        let digitRuns = shape.filter { if case .digits = $0 { true } else { false } }.count
        let letters = fields.map(\.letter)
        guard fields.count == 3, digitRuns == 3, letters.contains("y"), letters.contains("M"), letters.contains("d"),
              fields.allSatisfy({ $0.letter == "y" ? $0.count != 2 : $0.count <= 2 }) else { return nil }
        return fields.map(\.letter)
    }

    /// What reading a digits-only date in Swift found.
    private enum NumericReading {
        case date(end: Int, millis: Double)
        case notADate
        /// A space of another kind stands where the pattern has one: ICU decides.
        case askICU
    }

    /// Reads a date of a digits-only pattern exactly as ICU's strict parse, its round trip and
    /// the year range would: the digit runs must be as ICU writes them (no leading zero in a
    /// one-letter field) and the date must exist.
    private static func readNumeric(_ shape: [DateShapePart], fields: [Unicode.Scalar], _ text: [UInt32], from start: Int) -> NumericReading {
        var position = start
        var year = 0, month = 0, day = 0, field = 0
        for part in shape {
            switch part {
            case .digits(let range):
                var value = 0, count = 0
                while position < text.count, text[position] >= 0x30, text[position] <= 0x39 {
                    value = value * 10 + Int(text[position] - 0x30)
                    count += 1
                    position += 1
                }
                guard range.contains(count) else { return .notADate }
                // "07" for M: ICU writes "7", so the round trip fails.
                if range.lowerBound == 1 && count == 2 && value < 10 { return .notADate }
                switch fields[field] {
                case "y": year = value
                case "M": month = value
                default: day = value
                }
                field += 1
            case .literal(let literal):
                guard position < text.count else { return .notADate }
                if text[position] != literal { return foldSpace(text[position]) == foldSpace(literal) ? .askICU : .notADate }
                position += 1
            case .name:
                return .askICU
            }
        }
        guard (1900...2199).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return .notADate }
        return .date(end: position, millis: Double(ICU.daysSinceEpoch(year: year, month: month, day: day)) * 86_400_000)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The patterns tried, in preference order: from the table embedded for this ICU version,
    /// or computed from ICU's data when the running ICU is another one.
    package static let patterns: [DatePattern] = DateTables.matchesRunningICU ? DateTables.embeddedPatterns : computedPatterns()

    /// The patterns tried, as ICU describes them (opens every formatter: milliseconds).
    package static func computedPatterns() -> [DatePattern] {
        var patterns: [DatePattern] = []
        var seen = Set<String>()
        for pattern in numericPatterns {
            guard let format = ICU.DateFormat(pattern: pattern, locale: "en_US_POSIX") else { continue }
            seen.insert(pattern)
            patterns.append(describe(pattern, format, locale: "en_US_POSIX", style: nil))
        }
        for pattern in machinePatterns {
            guard let format = ICU.DateFormat(pattern: pattern, locale: "en_US_POSIX") else { continue }
            seen.insert("en_US_POSIX|\(pattern)")
            patterns.append(describe(pattern, format, locale: "en_US_POSIX", style: nil))
        }
        for locale in namedLocales {
            for style in Int32(0)...3 {
                guard let format = ICU.DateFormat(locale: locale, style: style) else { continue }
                let pattern = format.pattern
                let key = hasNameField(pattern) ? "\(locale)|\(pattern)" : pattern
                guard !seen.contains(key) else { continue }
                seen.insert(key)
                patterns.append(describe(pattern, format, locale: locale, style: style))
            }
            for skeleton in skeletons {
                guard let pattern = ICU.bestPattern(skeleton: skeleton, locale: locale) else { continue }
                // Without a year a numeric form (`d/MM`) is a fraction or a score as often as a date.
                if !pattern.contains("y") && !hasNameField(pattern) { continue }
                let key = hasNameField(pattern) ? "\(locale)|\(pattern)" : pattern
                guard !seen.contains(key), let format = ICU.DateFormat(pattern: pattern, locale: locale) else { continue }
                // A month name that starts with a digit (ko `7월 4일`) fits neither start index.
                if leadingDigits(of: pattern) == nil, let first = format.format(millis: 1_783_123_200_000).first, first >= 0x30, first <= 0x39 { continue }
                seen.insert(key)
                patterns.append(describe(pattern, format, locale: locale, style: nil))
            }
        }
        return patterns
    }

    /// Each pattern tried, whether it is prefiltered by its shape in Swift, and ICU's rendering
    /// of `millis` with it: lets tests prove the prefilter never hides a date ICU would find.
    package func renderings(millis: Double) -> [(pattern: String, hasShape: Bool, text: [UInt32])] {
        candidates.compactMap { candidate in
            candidate.format.map { (candidate.info.pattern, candidate.info.shape != nil, $0.format(millis: millis)) }
        }
    }

    private static func hasNameField(_ pattern: String) -> Bool {
        pattern.contains("MMM") || pattern.contains("E") || pattern.contains("LLL") || pattern.contains("ccc")
    }

    /// Digit-run lengths a pattern's first field accepts (y: 4, yy/MM/dd: 2, M/d: 1–2, yyyyMMdd: 8).
    fileprivate static func leadingDigits(of pattern: String) -> Set<Int>? {
        // ASCII letters by code point: Character operations cost more than the rest of start-up.
        let field = Array(pattern.utf8.prefix { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
        guard let letter = field.first else { return nil }
        if field.allSatisfy({ $0 == UInt8(ascii: "y") || $0 == UInt8(ascii: "M") || $0 == UInt8(ascii: "d") }) {
            if field.count > 4 { return [field.count] }  // yyyyMMdd: one run of 8 digits
            if letter == UInt8(ascii: "y") { return field.count == 2 ? [2] : [4] }
            if letter == UInt8(ascii: "M"), field.count >= 3 { return nil }
            return field.count == 2 ? [2] : [1, 2]
        }
        return nil
    }

    /// All date expressions in `text`, the longest first where they overlap, in text order.
    /// With `timesAlone`, a time of day without a date (`16:55`, `4:55 PM UTC`) is one too: the
    /// diff wants it (a clock rewritten in another form), a text's date consistency does not.
    /// `localizedZones` says whether a zone name in another language may follow a time; nil
    /// asks whether `text` holds a non-ASCII letter.
    package func dates(in text: [UInt32], timesAlone: Bool = false, localizedZones allowLocalized: Bool? = nil) -> [RecognizedDate] {
        var spaced: [UInt32: [UInt32]] = [:]
        var tails: [Int: DateTimeGrammar.Tail?] = [:]
        var found: [Range<Int>: RecognizedDate] = [:]
        var order: [Range<Int>] = []
        // Zone names in other languages are asked of ICU only where the text holds a non-ASCII
        // letter: ASCII prose never pays for them. Looked for once, at the first time read.
        var holdsNonASCIILetter: Bool? = allowLocalized
        func localizedZones() -> Bool {
            if holdsNonASCIILetter == nil { holdsNonASCIILetter = text.contains { $0 >= 0x80 && ICU.isWordCharacter($0) } }
            return holdsNonASCIILetter!
        }
        for start in text.indices {
            let c = text[start]
            let isDigit = c >= 0x30 && c <= 0x39
            let isLetter = !isDigit && ICU.isWordCharacter(c)
            guard isDigit || isLetter else { continue }
            if start > 0 {
                let p = text[start - 1]
                let previousIsDigit = p >= 0x30 && p <= 0x39
                if previousIsDigit == isDigit && (previousIsDigit || ICU.isWordCharacter(p)) { continue }
                // Digits glued to a Latin letter are an identifier (`v20260704`), not a date.
                if isDigit && p < 0x80 && ICU.isWordCharacter(p) { continue }
            }
            if !isDigit, let machine = DateTimeGrammar.timeInsideDate(text, at: start) {
                let range = start..<machine.end
                if found[range] == nil {
                    order.append(range)
                    found[range] = RecognizedDate(range: range, patterns: machine.patterns, instants: machine.patterns.map { _ in machine.dayMillis },
                                                  datePatterns: machine.patterns, time: machine.time, zone: machine.zone)
                }
            }
            var digitRun = 0
            while start + digitRun < text.count, text[start + digitRun] >= 0x30, text[start + digitRun] <= 0x39 { digitRun += 1 }
            // A time alone: not after a colon or a period (`1:30:00:00`, `v1.16:55`), not glued to
            // more digits or Latin letters, and shorter than any date found at the same start.
            if timesAlone, digitRun <= 2, DateTimeGrammar.canStartTime(c), start == 0 || (text[start - 1] != 0x3A && text[start - 1] != 0x2E),
               let time = DateTimeGrammar.readTime(text, from: start) {
                var end = time.end
                var patterns = time.patterns
                var zone: ZoneMark? = nil
                if let read = DateTimeGrammar.readZone(text, from: end, localizedZones: localizedZones()) {
                    end = read.end
                    zone = read.mark
                    patterns = patterns.map { $0 + read.pattern }
                }
                let next = end < text.count ? text[end] : 0x20
                let glued = (next >= 0x30 && next <= 0x39) || (next < 0x80 && ICU.isWordCharacter(next))
                // `3:16` alone is as often a verse or a ratio as a time: a time alone needs a
                // two-digit hour, seconds, AM/PM or a zone.
                let first = time.patterns[0]
                let clearlyTime = first.hasPrefix("HH") || first.hasPrefix("hh") || first.contains("ss") || first.contains("a")
                    || first.contains("\u{6642}") || zone != nil
                let range = start..<end
                if !glued, clearlyTime, found[range] == nil {
                    order.append(range)
                    found[range] = RecognizedDate(range: range, patterns: patterns, instants: patterns.map { _ in 0 }, datePatterns: patterns,
                                                  time: time.value, zone: zone, hasDate: false)
                }
            }
            // A time alone with its zone before it (`GMT+8 16:55:10`, `中国标准时间 16:55:10`).
            if timesAlone, !isDigit, c < 0x80 ? (c >= 0x41 && c <= 0x5A) : localizedZones() {
                let spaced = start > 0 && text[start - 1] == 0x20
                if let before = DateTimeGrammar.zoneThenTime(text, from: spaced ? start - 1 : start, localizedZones: localizedZones()) {
                    let next = before.end < text.count ? text[before.end] : 0x20
                    let glued = (next >= 0x30 && next <= 0x39) || (next < 0x80 && ICU.isWordCharacter(next))
                    let range = start..<before.end
                    if !glued, found[range] == nil {
                        let patterns = before.patterns.map { spaced && $0.hasPrefix(" ") ? String($0.dropFirst()) : $0 }
                        order.append(range)
                        found[range] = RecognizedDate(range: range, patterns: patterns, instants: patterns.map { _ in 0 }, datePatterns: patterns,
                                                      time: before.time, zone: before.zone, hasDate: false)
                    }
                }
            }
            var word: [UInt32]? = nil  // lowercased, for the patterns without a shape
            let tried: [Candidate]
            if isDigit {
                if digitRun >= 16 {
                    tried = []
                } else if start + digitRun < text.count, let narrowed = digitStartsByNext[digitRun][DateRecognizer.foldSpace(text[start + digitRun])] {
                    tried = narrowed
                } else {
                    // No pattern has this character after the digits: only those without a literal there.
                    tried = digitStartsWithoutLiteral[digitRun]
                }
            } else {
                let indexed = letterStartsByScalar[c] ?? []
                if indexed.isEmpty && unindexedLetterStarts.isEmpty { continue }  // no name starts so
                tried = unindexedLetterStarts.isEmpty ? indexed : indexed + unindexedLetterStarts
            }
            for candidate in tried {
                if !isDigit, candidate.info.shape == nil, let names = candidate.firstWords {
                    if word == nil { word = DateRecognizer.lowercasedLetters(text[start...]) }
                    guard names.contains(word!) else { continue }  // no month or weekday name starts here
                }
                var reading = NumericReading.askICU
                if let shape = candidate.info.shape {
                    if let fields = candidate.numericFields {
                        reading = DateRecognizer.readNumeric(shape, fields: fields, text, from: start)
                        if case .notADate = reading { continue }
                    } else if DateRecognizer.matchEnd(shape, text, from: start) == nil {
                        continue
                    }
                }
                let parsed: (millis: Double, end: Int)
                if case .date(let end, let millis) = reading {
                    parsed = (millis, end)
                } else {
                    guard let format = candidate.format else { continue }
                    var icuParsed = format.parse(text, from: start)
                    if icuParsed == nil, let space = candidate.info.formatSpace {
                        if spaced[space] == nil { spaced[space] = text.map { $0 == 0x20 ? space : $0 } }
                        icuParsed = format.parse(spaced[space]!, from: start)
                    }
                    guard let icuParsed, icuParsed.end > start else { continue }
                    // ICU writes U+202F or U+00A0 inside some formats ("2026 г."); people type a space.
                    guard format.format(millis: icuParsed.millis).map(DateRecognizer.foldSpace)
                        .elementsEqual(text[start..<icuParsed.end].map(DateRecognizer.foldSpace)) else { continue }
                    // A prompt's dates are this era's: "2.1.236" is a version, not 2 January 236.
                    guard let year = ICU.gregorianComponents(millis: icuParsed.millis)?.year, (1900...2199).contains(year) else { continue }
                    parsed = icuParsed
                }
                // A time (and zone) after the date belongs to the expression: `2026-07-04T01:30:00Z`.
                if tails[parsed.end] == nil { tails[parsed.end] = .some(DateTimeGrammar.tail(after: parsed.end, in: text, localizedZones: localizedZones())) }
                let tail = tails[parsed.end]!
                let end = tail?.end ?? parsed.end
                // A date glued to more digits or letters is part of something else (an ID, a version).
                if end < text.count {
                    let next = text[end]
                    if (next >= 0x30 && next <= 0x39) || (ICU.isWordCharacter(next) && next < 0x2E80) { continue }
                }
                let range = start..<end
                if found[range] == nil {
                    order.append(range)
                    found[range] = RecognizedDate(range: range, patterns: [], instants: [], time: tail?.time, zone: tail?.zone)
                }
                for suffix in tail?.patterns ?? [""] where !found[range]!.patterns.contains(candidate.info.pattern + suffix) {
                    found[range]!.patterns.append(candidate.info.pattern + suffix)
                    found[range]!.datePatterns.append(candidate.info.pattern)
                    found[range]!.instants.append(parsed.millis)
                }
            }
        }
        // Keep the longest of overlapping expressions ("Saturday, July 4, 2026" over "July 4, 2026").
        let ranked = order.sorted { ($0.count, -$0.lowerBound) > ($1.count, -$1.lowerBound) }
        var kept: [Range<Int>] = []
        for range in ranked where !kept.contains(where: { $0.overlaps(range) }) { kept.append(range) }
        var result = kept.sorted { $0.lowerBound < $1.lowerBound }.map { found[$0]! }
        // The weekday written beside a date that has none (`Monday 2025-09-29`, `2025-09-29 (Mon)`,
        // `2025年9月29日（月）`) is part of the expression when it is that date's weekday: a day
        // change then moves both, and one finding must cover them.
        for index in result.indices where result[index].hasDate {
            let date = result[index]
            let days = Int((date.instants[0] / 86_400_000).rounded(.down))
            let weekday = ((days % 7) + 7 + 4) % 7  // 1970-01-01 was a Thursday; 0 is Sunday
            let lower = index > 0 ? result[index - 1].range.upperBound : 0
            let upper = index + 1 < result.count ? result[index + 1].range.lowerBound : text.count
            guard let around = DateTimeGrammar.weekday(around: date.range, in: text, weekday: weekday, within: lower..<upper,
                                                       allowAfter: date.time == nil) else { continue }
            result[index].range = around.range
            result[index].patterns = date.patterns.map { around.prefix + $0 + around.suffix }
        }
        return result
    }

    private static func foldSpace(_ scalar: UInt32) -> UInt32 {
        scalar == 0xA0 || scalar == 0x202F || scalar == 0x2009 ? 0x20 : scalar
    }

    /// Locales (ICU's available list) whose short, medium, long or full date pattern is `pattern`.
    package static func locales(usingPattern pattern: String) -> [String] {
        // Kept per pattern: a text with many changed timestamps asks for the same few lists.
        if let known = localeLists.withLock({ $0[pattern] }) { return known }
        let locales = DateTables.matchesRunningICU ? DateTables.embeddedLocales(usingPattern: pattern) ?? [] : computedPatternLocalesOnce[pattern] ?? []
        localeLists.withLock { lists in
            if lists.count >= 1024 { lists.removeAll(keepingCapacity: true) }
            lists[pattern] = locales
        }
        return locales
    }

    private static let localeLists = Mutex<[String: [String]]>([:])

    /// Pattern → locales when the running ICU is not the one the embedded table comes from.
    private static let computedPatternLocalesOnce = computedPatternLocales()

    /// Pattern → locales, from every ICU locale's four default date formats (~30 ms).
    package static func computedPatternLocales() -> [String: [String]] {
        // ICU's resource lookups are thread-safe: read the locales on all cores.
        let locales = ICU.availableLocales
        let patterns = Slots<[String]>(count: locales.count)
        DispatchQueue.concurrentPerform(iterations: locales.count) { patterns.set($0, ICU.defaultDatePatterns(locale: locales[$0])) }
        var table: [String: [String]] = [:]
        for (locale, found) in zip(locales, patterns.values) {
            for pattern in Set(found ?? []) where !pattern.isEmpty {
                table[pattern, default: []].append(locale)
            }
        }
        return table.mapValues { $0.sorted() }
    }

    /// Recognizers ready for reuse, so concurrent diffs each get their own without reopening ICU.
    package static func withPooled<T>(_ body: (DateRecognizer) -> T) -> T {
        let recognizer = pool.withLock { $0.popLast() } ?? DateRecognizer()
        defer { pool.withLock { $0.append(UncheckedBox(recognizer)) } }
        return body(recognizer)
    }

    private static let pool = Mutex<[UncheckedBox]>([])
}

/// Holds a recognizer inside the pool's lock; a recognizer is used by one thread at a time.
private struct UncheckedBox: @unchecked Sendable {
    let recognizer: DateRecognizer
    init(_ recognizer: DateRecognizer) { self.recognizer = recognizer }
}

extension Array where Element == UncheckedBox {
    fileprivate mutating func popLast() -> DateRecognizer? {
        guard let last = self.last else { return nil }
        removeLast()
        return last.recognizer
    }
}
