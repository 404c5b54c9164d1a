import Dispatch
import Synchronization

/// A date expression found in text by ICU: where it is and which ICU patterns render it exactly.
package struct RecognizedDate: Sendable, Hashable {
    /// Code point indices of the expression in the searched text.
    package var range: Range<Int>
    /// Patterns that parse the text strictly and format the parsed date back to the same text,
    /// in preference order (ISO-like first).
    package var patterns: [String]
    /// The instant each pattern parsed (UTC midnight), parallel to `patterns`.
    package var instants: [Double]

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
    private struct Candidate {
        let pattern: String
        let format: ICU.DateFormat
        /// Accepted lengths of the leading digit run, or nil when the pattern starts with a name.
        let leadingDigits: Set<Int>?
        /// The no-break space ICU writes in this format (U+00A0 or U+202F), if any: strict parsing
        /// wants it, while people type U+0020, so such text is also parsed with spaces swapped.
        let formatSpace: UInt32?
        /// For a pattern that starts with a month or weekday name: every such name's letters,
        /// lowercased, so a parse is only tried where one starts (most words are no month, and a
        /// failed ICU parse costs microseconds of case folding).
        let firstWords: Set<[UInt32]>?
        /// For a numeric pattern: its shape (digit runs and the literals between them), checked
        /// in Swift before ICU is asked, since most numbers in a text are no date of this pattern.
        let shape: [ShapePart]?
    }

    /// One piece of a numeric pattern's shape.
    private enum ShapePart {
        case digits(ClosedRange<Int>)
        case literal(UInt32)
    }

    /// The shape of a pattern made only of y, M and d fields and literal characters, or nil.
    private static func shape(of pattern: String) -> [ShapePart]? {
        var parts: [ShapePart] = []
        let characters = Array(pattern.unicodeScalars)
        var index = 0
        var previousWasField = false
        while index < characters.count {
            let character = characters[index]
            if character == "'" { return nil }  // quoted literals: leave to ICU
            if ["y", "M", "d"].contains(character) {
                var end = index
                while end < characters.count, characters[end] == character { end += 1 }
                if previousWasField { return nil }  // adjacent fields (yyyyMMdd): no separator to anchor on
                let count = end - index
                if character == "M" && count >= 3 { return nil }  // a month name, not digits
                let range: ClosedRange<Int> = switch (character, count) {
                case ("y", 2): 2...2
                case ("y", _): 4...4
                case (_, 1): 1...2
                default: count...count
                }
                parts.append(.digits(range))
                previousWasField = true
                index = end
                continue
            }
            if character.properties.isAlphabetic && character.isASCII { return nil }  // another field (E, G…)
            parts.append(.literal(character.value))
            previousWasField = false
            index += 1
        }
        return parts
    }

    /// True when `text` from `start` has the digit runs and literals of `shape` (spaces of any
    /// kind stand for a space, as the parse allows).
    private static func matches(_ shape: [ShapePart], _ text: [UInt32], from start: Int) -> Bool {
        var position = start
        for part in shape {
            switch part {
            case .digits(let range):
                var count = 0
                while position < text.count, text[position] >= 0x30, text[position] <= 0x39 { count += 1; position += 1 }
                guard range.contains(count) else { return false }
            case .literal(let literal):
                guard position < text.count, foldSpace(text[position]) == foldSpace(literal) else { return false }
                position += 1
            }
        }
        return true
    }

    private static func make(_ pattern: String, _ format: ICU.DateFormat, locale: String) -> Candidate {
        let sample = format.format(millis: 1_783_123_200_000)  // 2026-07-04
        let space = sample.first { $0 == 0xA0 || $0 == 0x202F }
        let digits = leadingDigits(of: pattern)
        var words: Set<[UInt32]>? = nil
        let field = String(pattern.prefix { $0.isLetter && $0.isASCII })
        if digits == nil, !field.isEmpty, let names = ICU.DateFormat(pattern: field, locale: locale) {
            var found = Set<[UInt32]>()
            // Each month (on its 15th) and each weekday of July 2026, in the field's own form.
            let day = 86_400_000.0
            let january15: Double = 1_768_435_200_000, july4: Double = 1_783_123_200_000
            let months: [Double] = (0..<12).map { january15 + Double($0) * 30.5 * day }
            let weekdays: [Double] = (0..<7).map { july4 + Double($0) * day }
            let instants = months + weekdays
            for instant in instants {
                let word = lowercasedLetters(names.format(millis: instant)[...])
                if !word.isEmpty { found.insert(word) }
            }
            words = found
        }
        return Candidate(pattern: pattern, format: format, leadingDigits: digits, formatSpace: space, firstWords: words,
                         shape: shape(of: pattern))
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
    /// Locales whose default formats with month names are recognized.
    package static let namedLocales = ["en", "zh", "ja", "ko", "de", "fr", "es", "ru"]

    private let candidates: [Candidate]

    /// Opens the ICU formatters (a few milliseconds; reuse the recognizer).
    package init() {
        var candidates: [Candidate] = []
        var seen = Set<String>()
        for pattern in DateRecognizer.numericPatterns {
            guard let format = ICU.DateFormat(pattern: pattern, locale: "en_US_POSIX") else { continue }
            seen.insert(pattern)
            candidates.append(DateRecognizer.make(pattern, format, locale: "en_US_POSIX"))
        }
        for locale in DateRecognizer.namedLocales {
            for style in Int32(0)...3 {
                guard let format = ICU.DateFormat(locale: locale, style: style) else { continue }
                let pattern = format.pattern
                let key = DateRecognizer.hasNameField(pattern) ? "\(locale)|\(pattern)" : pattern
                guard !seen.contains(key) else { continue }
                seen.insert(key)
                candidates.append(DateRecognizer.make(pattern, format, locale: locale))
            }
        }
        self.candidates = candidates
    }

    private static func hasNameField(_ pattern: String) -> Bool {
        pattern.contains("MMM") || pattern.contains("E") || pattern.contains("LLL")
    }

    /// Digit-run lengths a pattern's first field accepts (y: 4, yy/MM/dd: 2, M/d: 1–2, yyyyMMdd: 8).
    private static func leadingDigits(of pattern: String) -> Set<Int>? {
        let field = pattern.prefix { $0.isLetter && $0.isASCII }
        if field.isEmpty { return nil }
        if field.allSatisfy({ $0 == "y" || $0 == "M" || $0 == "d" }) {
            if field.count > 4 { return [field.count] }  // yyyyMMdd: one run of 8 digits
            let letter = field.first!
            if letter == "y" { return field.count == 2 ? [2] : [4] }
            if letter == "M", field.count >= 3 { return nil }
            return field.count == 2 ? [2] : [1, 2]
        }
        return nil
    }

    /// All date expressions in `text`, the longest first where they overlap, in text order.
    package func dates(in text: [UInt32]) -> [RecognizedDate] {
        var spaced: [UInt32: [UInt32]] = [:]
        var found: [Range<Int>: RecognizedDate] = [:]
        var order: [Range<Int>] = []
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
            var digitRun = 0
            while start + digitRun < text.count, text[start + digitRun] >= 0x30, text[start + digitRun] <= 0x39 { digitRun += 1 }
            let word = isLetter ? DateRecognizer.lowercasedLetters(text[start...]) : []
            for candidate in candidates {
                if let accepted = candidate.leadingDigits {
                    guard accepted.contains(digitRun) else { continue }
                } else if isDigit {
                    continue  // the pattern starts with a month or weekday name
                } else if let names = candidate.firstWords, !names.contains(word) {
                    continue  // no month or weekday name starts here
                }
                if let shape = candidate.shape, !DateRecognizer.matches(shape, text, from: start) { continue }
                var parsed = candidate.format.parse(text, from: start)
                if parsed == nil, let space = candidate.formatSpace {
                    if spaced[space] == nil { spaced[space] = text.map { $0 == 0x20 ? space : $0 } }
                    parsed = candidate.format.parse(spaced[space]!, from: start)
                }
                guard let parsed, parsed.end > start else { continue }
                let range = start..<parsed.end
                // ICU writes U+202F or U+00A0 inside some formats ("2026 г."); people type a space.
                guard candidate.format.format(millis: parsed.millis).map(DateRecognizer.foldSpace)
                    .elementsEqual(text[range].map(DateRecognizer.foldSpace)) else { continue }
                // A prompt's dates are this era's: "2.1.236" is a version, not 2 January 236.
                guard let year = ICU.gregorianComponents(millis: parsed.millis)?.year, (1900...2199).contains(year) else { continue }
                // A date glued to more digits or letters is part of something else (an ID, a version).
                if parsed.end < text.count {
                    let next = text[parsed.end]
                    if (next >= 0x30 && next <= 0x39) || (ICU.isWordCharacter(next) && next < 0x2E80) { continue }
                }
                if found[range] == nil { order.append(range); found[range] = RecognizedDate(range: range, patterns: [], instants: []) }
                if !found[range]!.patterns.contains(candidate.pattern) {
                    found[range]!.patterns.append(candidate.pattern)
                    found[range]!.instants.append(parsed.millis)
                }
            }
        }
        // Keep the longest of overlapping expressions ("Saturday, July 4, 2026" over "July 4, 2026").
        let ranked = order.sorted { ($0.count, -$0.lowerBound) > ($1.count, -$1.lowerBound) }
        var kept: [Range<Int>] = []
        for range in ranked where !kept.contains(where: { $0.overlaps(range) }) { kept.append(range) }
        return kept.sorted { $0.lowerBound < $1.lowerBound }.map { found[$0]! }
    }

    private static func foldSpace(_ scalar: UInt32) -> UInt32 {
        scalar == 0xA0 || scalar == 0x202F || scalar == 0x2009 ? 0x20 : scalar
    }

    /// Locales (ICU's available list) whose short, medium, long or full date pattern is `pattern`.
    package static func locales(usingPattern pattern: String) -> [String] {
        defaultPatternLocales[pattern] ?? []
    }

    /// Pattern → locales, built once from every ICU locale's four default date formats (~30 ms).
    private static let defaultPatternLocales: [String: [String]] = {
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
    }()

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
