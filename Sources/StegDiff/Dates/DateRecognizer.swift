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
    /// The zero of the digits the date is written in: U+0030, or U+0660 Arabic-Indic, U+0966
    /// Devanagari… (`२०२५-०९-२९` is `y-MM-dd` too, in another form than `2025-09-29`).
    package var digitZero: UInt32 = 0x30

    /// The local date and time as written, in milliseconds since 1970 as if it were UTC.
    package func localMillis(at index: Int = 0) -> Double { instants[index] + (time?.millis ?? 0) }

    /// The date part of the pattern at `index`.
    package func datePattern(at index: Int = 0) -> String { index < datePatterns.count ? datePatterns[index] : patterns[index] }

    /// The date of the pattern at `index` as ISO `yyyy-MM-dd`, or `--MM-dd` when the pattern
    /// writes no year (`Sep 29`, `9월 29일`: ISO 8601's form without a year, not the 1970 a
    /// yearless parse is compared in).
    package func isoValue(at index: Int = 0) -> String {
        guard let parts = ICU.gregorianComponents(millis: instants[index]) else { return "?" }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return (writesYear(at: index) ? pad(parts.year, 4) + "-" : "--") + "\(pad(parts.month, 2))-\(pad(parts.day, 2))"
    }

    /// Whether the date pattern at `index` has a year field (a `y` outside quoted text).
    package func writesYear(at index: Int = 0) -> Bool {
        var quoted = false
        for character in datePattern(at: index).unicodeScalars {
            if character == "'" { quoted.toggle() } else if !quoted && (character == "y" || character == "u" || character == "Y") { return true }
        }
        return false
    }
}

/// Recognizes dates: numeric forms (`2026-07-04`, `04.07.2026`, `20260704`, `2026年7月4日`…), the
/// forms programs write, and the default formats and common skeletons of every ICU locale.
///
/// A date is what ICU would parse strictly and format back to the exact text (a round trip), so
/// `2026-7-4` is `y-M-d`, never `y-MM-dd`. All patterns' shapes (digit runs, month and weekday
/// names, literals) sit in one trie walked once per position; where a shape ends, a pattern
/// whose digits and names read as a Gregorian date is checked in Swift (the same date ICU would
/// give, proven on samples by the tests), the others by ICU. ICU formatters are not
/// thread-safe: one recognizer per thread (see `DateRecognizer.pool`).
package final class DateRecognizer {
    /// The shared tables, ready for matching (built once per process, at the first recognizer):
    /// shapes and flags of every pattern; the pattern's text and locale are read when it matches.
    private final class Prepared: @unchecked Sendable {
        let tables: DatePreparedTables
        /// The zeros of the other digits some pattern writes (U+0660, U+06F0, U+0966…), ascending.
        let otherZeros: [UInt32]
        /// The patterns, when computed; nil when they are read from the embedded lines.
        private let decoded: [DatePattern]?
        /// Whether the tables are the embedded ones (their names too).
        var isEmbedded: Bool { decoded == nil }

        /// The zero of `code` if it is a digit some pattern writes, else 0.
        @inline(__always) func zero(of code: UInt32) -> UInt32 {
            if code >= 0x30 && code <= 0x39 { return 0x30 }
            if code < 0x660 { return 0 }
            for zero in otherZeros where code >= zero && code <= zero + 9 { return zero }
            return 0
        }

        /// Pattern `index` in full (read from its embedded line: call once and keep it).
        func pattern(_ index: Int) -> DatePattern {
            if let decoded { return decoded[index] }
            let starts = tables.lineStarts
            return (index + 1 < starts.count ? DateTables.embeddedPattern(line: Int(starts[index])..<Int(starts[index + 1]) - 1) : nil)
                ?? DatePattern(pattern: "", locale: "en_US_POSIX", style: nil, formatSpace: nil, shape: nil)
        }

        init(_ tables: DatePreparedTables, decoded patterns: [DatePattern]?) {
            self.tables = tables
            decoded = patterns
            var zeros: [UInt32] = []
            for zero in tables.digitZeros where zero != 0x30 && !zeros.contains(zero) { zeros.append(zero) }
            otherZeros = zeros.sorted()
        }

        static func make() -> Prepared {
            // The embedded tables, ready-made; computed ones when ICU is another version.
            if DateTables.matchesRunningICU, let embedded = DateTables.embeddedPrepared { return Prepared(embedded, decoded: nil) }
            let patterns = computedNamedTables.patterns
            return Prepared(DatePreparedTables(computedNamedTables, lineStarts: []), decoded: patterns)
        }
    }

    private static let prepared = Prepared.make()

    /// Every name of every pattern, loaded at the first name a text needs (a text without a
    /// number near a word never loads it).
    private static let names = DateNameIndex(
        lines: prepared.isEmbedded ? DateTables.embeddedNameText : DateTables.nameLines(computedNamedTables.nameLists).joined(separator: "\n"),
        weekdayLists: prepared.tables.weekdayLists)

    /// The most code points a shape that starts with a name or literal has before its first digit:
    /// a word farther than this from the next digit starts no date. Embedded, so a text whose
    /// dates have no names never loads the names.
    private static let leadBeforeDigit: Int = DateTables.matchesRunningICU ? DateTables.embeddedLeadBeforeDigit
                                                                            : computedNamedTables.leadBeforeDigit

    /// The shared tables, and their flat lists (the walk reads them without going through the class).
    private let shared: Prepared
    private let tables: DatePreparedTables
    private let readsInSwift: Bool
    /// ICU formatters, opened when a pattern is first asked.
    private var formats: [Int: ICU.DateFormat?] = [:]
    /// Patterns read in full when they first match, and their digit fields.
    private var infos: [Int: DatePattern] = [:]
    private var fieldsOf: [Int: [UInt8]] = [:]
    /// For each unshaped pattern (in `tables.unshaped` order), bit n set when a leading digit run
    /// of n digits fits (0: starts with a letter). An array, read at every start of every window.
    private lazy var unshapedLeading: [UInt16] = tables.unshaped.map { unshaped in
        DateRecognizer.leadingDigits(of: info(Int(unshaped)).pattern).map { $0.reduce(UInt16(0)) { $0 | (1 << $1) } } ?? 0
    }

    private func info(_ index: Int) -> DatePattern {
        if let known = infos[index] { return known }
        let found = shared.pattern(index)
        infos[index] = found
        return found
    }

    private func digitFields(_ index: Int) -> [UInt8] {
        if let known = fieldsOf[index] { return known }
        let found = tables.readsInSwift[index] ? DateRecognizer.digitFields(of: info(index).pattern) ?? [] : []
        fieldsOf[index] = found
        return found
    }
    /// For unshaped patterns that start with a name: those names' letters, lowercased.
    private var firstWordSets: [Int: Set<[UInt32]>?] = [:]

    /// One candidate date found at a start: the pattern, where it ends and the date.
    private struct Hit {
        var pattern: Int
        var end: Int
        var millis: Double
    }

    // Scratch space of one walk (a recognizer is used by one thread at a time).
    private var walkDigits: [(value: Int, count: Int, zero: UInt32)] = []
    private var walkNames: [Int] = []
    private var hits: [Hit] = []
    private var askedICU: Set<Int> = []
    private var spacedTexts: [UInt32: [UInt32]] = [:]

    /// A recognizer for `DateRecognizer.patterns`; formatters open when first needed.
    /// `readsDatesInSwift: false` leaves every check to ICU (tests compare the two).
    package init(readsDatesInSwift: Bool = true) {
        shared = DateRecognizer.prepared
        tables = shared.tables
        readsInSwift = readsDatesInSwift
    }

    /// The ICU formatter of pattern `index`, or nil if ICU cannot open it.
    private func format(_ index: Int) -> ICU.DateFormat? {
        if let known = formats[index] { return known }
        let info = info(index)
        let opened = info.style.map { ICU.DateFormat(locale: info.locale, style: $0) } ?? ICU.DateFormat(pattern: info.pattern, locale: info.locale)
        formats[index] = .some(opened)
        return opened
    }

    /// Digit field codes: a 4-digit year, a 2-digit month or day, or a 1–2 digit one written
    /// without a leading zero.
    private static let yearField: UInt8 = 1, monthField: UInt8 = 2, shortMonthField: UInt8 = 3, dayField: UInt8 = 4, shortDayField: UInt8 = 5

    /// The code of each digit field of a pattern in text order (y, M, MM, d, dd), or nil when a
    /// digit field is another (yy, D…).
    static func digitFields(of pattern: String) -> [UInt8]? {
        var fields: [UInt8] = []
        var quoted = false
        var previous: Unicode.Scalar? = nil
        var count = 0
        func flush() -> Bool {
            guard let letter = previous else { return true }
            defer { previous = nil; count = 0 }
            switch (letter, count) {
            case ("y", 1), ("y", 4): fields.append(yearField)
            case ("M", 1), ("L", 1): fields.append(shortMonthField)
            case ("M", 2), ("L", 2): fields.append(monthField)
            case ("d", 1): fields.append(shortDayField)
            case ("d", 2): fields.append(dayField)
            case ("M", _), ("L", _), ("E", _), ("c", 3...): break  // names
            default: return false
            }
            return true
        }
        for scalar in pattern.unicodeScalars {
            if scalar == "'" { guard flush() else { return nil }; quoted.toggle(); continue }
            if quoted { continue }
            let isLetter = (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
            if isLetter && scalar == previous { count += 1; continue }
            guard flush() else { return nil }
            if isLetter { previous = scalar; count = 1 }
        }
        return flush() ? fields : nil
    }

    /// Instants that exercise every field: each month on its 15th and each weekday of a week of
    /// July 2026, and the first and last years a prompt's date may have (`dates(in:)` keeps 1900–2199).
    static let sampleInstants: [Double] = {
        let day = 86_400_000.0
        let months = (1...12).map { Double(ICU.daysSinceEpoch(year: 2026, month: $0, day: 15)) * day }
        let weekdays = (0..<7).map { Double(ICU.daysSinceEpoch(year: 2026, month: 7, day: 5 + $0)) * day }  // Sunday first
        let edges: [Double] = [-2_208_988_800_000, 7_258_032_000_000]  // 1900-01-01, 2199-12-31
        return months + weekdays + edges
    }()

    /// The weekday of a day count since 1970 (0 is Sunday; 1970-01-01 was a Thursday).
    static func weekday(days: Int) -> Int { ((days % 7) + 7 + 4) % 7 }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Walks the trie from `node` at `position`, recording every pattern whose shape ends on the way.
    private func walk(_ node: Int, _ position: Int, _ text: [UInt32], start: Int) {
        let endsFrom = Int(tables.trie.endStarts[node]), endsTo = Int(tables.trie.endStarts[node + 1])
        if endsFrom < endsTo { shapeEnds(endsFrom..<endsTo, at: position, text, start: start) }
        guard position < text.count else { return }
        let c = text[position]
        let digitsFrom = Int(tables.trie.digitStarts[node]), digitsTo = Int(tables.trie.digitStarts[node + 1])
        let zero = digitsFrom == digitsTo ? 0 : shared.zero(of: c)
        if zero != 0 {
            var run = 0, value = 0
            while position + run < text.count, text[position + run] >= zero, text[position + run] <= zero + 9 {
                if run < 9 { value = value * 10 + Int(text[position + run] - zero) }
                run += 1
            }
            for edge in digitsFrom..<digitsTo where run >= Int(tables.trie.digitLows[edge]) && run <= Int(tables.trie.digitHighs[edge]) {
                walkDigits.append((value, run, zero))
                walk(Int(tables.trie.digitNexts[edge]), position + run, text, start: start)
                walkDigits.removeLast()
            }
        }
        let folded = DateRecognizer.foldSpace(c)
        for edge in Int(tables.trie.literalStarts[node])..<Int(tables.trie.literalStarts[node + 1]) where tables.trie.literalValues[edge] == folded {
            walk(Int(tables.trie.literalNexts[edge]), position + 1, text, start: start)
        }
        // A shape that starts with a name is tried at a word, not at a number (`1月` of ja `MMM`
        // leads no pattern tried).
        let nameNode = Int(tables.trie.nameNexts[node])
        if nameNode > 0, node != 0 || c < 0x30 || c > 0x39 {
            DateRecognizer.names.forEachMatch(in: text, at: position) { end, key in
                walkNames.append(key)
                walk(nameNode, end, text, start: start)
                walkNames.removeLast()
            }
        }
    }

    /// Checks the patterns whose shape ends at `end`: their names must be from their own lists,
    /// and the digits and names a date (in Swift), or ICU must parse and round-trip the text.
    private func shapeEnds(_ ends: Range<Int>, at end: Int, _ text: [UInt32], start: Int) {
        // ICU writes U+202F or U+00A0 inside some formats ("2026 г."); a text with a space of
        // another kind than the pattern's is left to ICU, which decides as before.
        var exactSpaces = true
        for index in start..<end where text[index] == 0xA0 || text[index] == 0x202F || text[index] == 0x2009 { exactSpaces = false; break }
        // Patterns read in Swift that matched here: the same pattern text of another calendar
        // (th's Buddhist `d/M/y`) is then not asked of ICU.
        var swiftHits: [Int] = []
        for endIndex in ends {
            let index = Int(tables.trie.endPatterns[endIndex])
            var month = 0, weekday = -1
            var namesFit = true
            let slots = Int(tables.nameSlotStarts[index])..<Int(tables.nameSlotStarts[index + 1])
            for (slot, list) in zip(walkNames, tables.nameSlotLists[slots]) {
                guard let value = DateRecognizer.names.value(ofKey: slot, inList: Int(list)) else { namesFit = false; break }
                if DateRecognizer.names.isWeekdayList(Int(list)) { weekday = value } else { month = value + 1 }
            }
            guard namesFit, walkDigits.allSatisfy({ $0.zero == tables.digitZeros[index] }) else { continue }
            let fields = digitFields(index)
            if readsInSwift, exactSpaces, !fields.isEmpty {
                var year = 1970, day = 0, hasYear = false
                var valid = true
                for (field, digits) in zip(fields, walkDigits) {
                    switch field {
                    case DateRecognizer.yearField: year = digits.value; hasYear = true
                    case DateRecognizer.monthField, DateRecognizer.dayField:
                        if field == DateRecognizer.monthField { month = digits.value } else { day = digits.value }
                    default:
                        // "07" for M: ICU writes "7", so the round trip fails.
                        if digits.count == 2 && digits.value < 10 { valid = false }
                        if field == DateRecognizer.shortMonthField { month = digits.value } else { day = digits.value }
                    }
                }
                guard valid, !hasYear || (1900...2199).contains(year), (1...12).contains(month), day >= 1,
                      day <= DateRecognizer.daysIn(month: month, year: year) else { continue }
                let days = ICU.daysSinceEpoch(year: year, month: month, day: day)
                if weekday >= 0 && DateRecognizer.weekday(days: days) != weekday { continue }
                hits.append(Hit(pattern: index, end: end, millis: Double(days) * 86_400_000))
                swiftHits.append(index)
            } else if let parsed = parsedByICU(index, text, start: start, besides: swiftHits) {
                hits.append(Hit(pattern: index, end: parsed.end, millis: parsed.millis))
            }
        }
    }

    /// `parseWithICU`, unless a pattern of `swiftHits` (read in Swift at the same place) has the
    /// same text: a Gregorian reading of it stands.
    private func parsedByICU(_ index: Int, _ text: [UInt32], start: Int, besides swiftHits: [Int]) -> (millis: Double, end: Int)? {
        if !swiftHits.isEmpty {
            let pattern = info(index).pattern
            if swiftHits.contains(where: { info($0).pattern == pattern }) { return nil }
        }
        return parseWithICU(index, text, start: start)
    }

    /// ICU's strict parse of pattern `index` at `start`, kept when it formats back to the text
    /// and its year is this era's; each pattern is asked once per start (a window of 160 code
    /// points: some weekday and month names are long).
    private func parseWithICU(_ index: Int, _ text: [UInt32], start: Int) -> (millis: Double, end: Int)? {
        guard askedICU.insert(index).inserted, let format = format(index) else { return nil }
        var parsed = format.parse(text, from: start, maxLength: 160)
        if parsed == nil, let space = info(index).formatSpace {
            if spacedTexts[space] == nil { spacedTexts[space] = text.map { $0 == 0x20 ? space : $0 } }
            parsed = format.parse(spacedTexts[space]!, from: start, maxLength: 160)
        }
        guard let parsed, parsed.end > start else { return nil }
        // ICU writes U+202F or U+00A0 inside some formats ("2026 г."); people type a space.
        guard format.format(millis: parsed.millis).map(DateRecognizer.foldSpace)
            .elementsEqual(text[start..<parsed.end].map(DateRecognizer.foldSpace)) else { return nil }
        // A prompt's dates are this era's: "2.1.236" is a version, not 2 January 236.
        guard let year = ICU.gregorianComponents(millis: parsed.millis)?.year, (1900...2199).contains(year) else { return nil }
        return parsed
    }

    /// Every pattern's date that starts at `start`, in preference order.
    private func candidates(in text: [UInt32], at start: Int, isDigit: Bool, digitRun: Int) -> [Hit] {
        // Emptied only when used: clearing a set costs its whole capacity, at every start.
        if !hits.isEmpty { hits.removeAll(keepingCapacity: true) }
        if !askedICU.isEmpty { askedICU.removeAll(keepingCapacity: true) }
        walk(0, start, text, start: start)
        // Patterns without a shape (yyyyMMdd): by their first digit run, or the name they start with.
        for (unshaped, leading) in zip(tables.unshaped, unshapedLeading) {
            let index = Int(unshaped)
            if isDigit {
                guard digitRun < 16, leading & (1 << digitRun) != 0 else { continue }
            } else {
                guard leading == 0, let words = firstWords(index), words.contains(DateRecognizer.lowercasedLetters(text[start...])) else { continue }
            }
            if let parsed = parseWithICU(index, text, start: start) { hits.append(Hit(pattern: index, end: parsed.end, millis: parsed.millis)) }
        }
        if hits.count > 1 { hits.sort { $0.pattern < $1.pattern } }
        return hits
    }

    /// Lowercased month or weekday names an unshaped pattern can start with, or nil.
    private func firstWords(_ index: Int) -> Set<[UInt32]>? {
        if let known = firstWordSets[index] { return known }
        let info = info(index)
        let field = String(info.pattern.prefix { $0.isLetter && $0.isASCII })
        var found: Set<[UInt32]>? = nil
        if !field.isEmpty, let names = ICU.DateFormat(pattern: field, locale: info.locale) {
            var words = Set<[UInt32]>()
            for instant in DateRecognizer.sampleInstants {
                let word = DateRecognizer.lowercasedLetters(names.format(millis: instant)[...])
                if !word.isEmpty { words.insert(word) }
            }
            found = words
        }
        firstWordSets[index] = .some(found)
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

    /// Each pattern tried (those of the named locales and machine forms, and of the others those
    /// whose index plus `offset` is a multiple of `every`), whether it has a shape, and ICU's
    /// rendering of `millis` with it: lets tests prove the trie never hides a date ICU would find.
    package func renderings(millis: Double, every: Int = 1, offset: Int = 0) -> [(pattern: String, hasShape: Bool, text: [UInt32])] {
        let named = Set(DateRecognizer.namedLocales + ["en_US_POSIX"])
        return (0..<tables.count).compactMap { index in
            let info = info(index)
            guard named.contains(info.locale) || (index + offset) % every == 0, let format = format(index) else { return nil }
            return (info.pattern, info.shape != nil, format.format(millis: millis))
        }
    }

    /// Whether UTF-8 `bytes` hold a decimal digit of any script (ASCII, Arabic-Indic,
    /// Devanagari…), for a caller that skips the search where no date can be. A superset of the
    /// digits the patterns write, decided without loading the pattern tables: a hunk's window
    /// with no digit must cost no table.
    package static func holdsDigit(_ bytes: ArraySlice<UInt8>) -> Bool {
        // Decoded in place with ICU's category (Nd is exactly the decimal numeric type): a String
        // and the standard library's property look-up cost more than the rest of a hunk's checks.
        bytes.withUnsafeBufferPointer { buffer in
            if ASCIIScan.firstDigit(buffer, from: 0) < buffer.count { return true }
            var index = 0
            while index < buffer.count {
                guard buffer[index] >= 0x80 else { index += 1; continue }
                let unit = UTF8Unit.decode(buffer, at: index)
                // U+0660 ARABIC-INDIC DIGIT ZERO is the first decimal digit after ASCII.
                if let scalar = unit.scalar, scalar >= 0x660, ICU.generalCategory(of: scalar) == decimalDigitCategory { return true }
                index += max(1, unit.length)
            }
            return false
        }
    }

    /// ICU's UCharCategory U_DECIMAL_DIGIT_NUMBER (Nd).
    private static let decimalDigitCategory: Int32 = 9

    /// `date` with the time written right before it and the glue some locale writes between
    /// them (`DateTimeGlue.beforeDate`: vi ` `, ks ` پٮ۪ٹھۍ `), or nil: vi `16:55:10 29/9/2025`.
    private static func timeBefore(_ date: RecognizedDate, in text: [UInt32]) -> RecognizedDate? {
        for glue in DateTimeGlue.beforeDate {
            let glueStart = date.range.lowerBound - glue.text.count
            guard glueStart > 0, text[glueStart..<date.range.lowerBound].elementsEqual(glue.text) else { continue }
            // The time's first digit: not glued to a number, a word or another time before it.
            for start in max(0, glueStart - 24)..<glueStart where text[start] >= 0x30 && text[start] <= 0x39 {
                if start > 0, text[start - 1] == 0x3A || text[start - 1] == 0x2E || (text[start - 1] < 0x80 && ICU.isWordCharacter(text[start - 1])) { continue }
                guard var time = DateTimeGrammar.readTime(text, from: start) else { continue }
                // A zone may sit between the time and the date (vi `16:55:10 UTC Thứ Hai, 29 tháng 9, 2025`).
                var zone: ZoneMark? = nil
                if time.end != glueStart, let read = DateTimeGrammar.readZone(text, from: time.end), read.end == glueStart {
                    zone = read.mark
                    time.patterns = time.patterns.map { $0 + read.pattern }
                    time.end = read.end
                }
                guard time.end == glueStart else { continue }
                // A word some locale writes before such a time (vi `lúc `) belongs to it.
                let lead = DateTimeGlue.beforeTime.first { word in
                    start >= word.text.count && text[(start - word.text.count)..<start].elementsEqual(word.text)
                        && (start == word.text.count || !ICU.isWordCharacter(text[start - word.text.count - 1]))
                }
                let first = start - (lead?.text.count ?? 0)
                var joined = RecognizedDate(range: first..<date.range.upperBound, patterns: [], instants: [], time: time.value, zone: zone,
                                            digitZero: date.digitZero)
                for index in date.patterns.indices {
                    for timePattern in time.patterns {
                        joined.patterns.append((lead?.pattern ?? "") + timePattern + glue.pattern + date.patterns[index])
                        joined.datePatterns.append(date.datePattern(at: index))
                        joined.instants.append(date.instants[index])
                    }
                }
                return joined
            }
        }
        return nil
    }

    /// A bare numeric month and day (`9/29`, `29.9.`, `09-29`, `29/09`) that overlaps `target`
    /// (or holds it, when empty) in `text` and reads as `month` and `day` (any, when nil), or nil.
    ///
    /// Alone such a form is a fraction, a score or a version as often as a date, so the
    /// recognizer never reads it; a caller asks only when the other side of a change writes
    /// that very day as a date (`9/29` → `9월 29일`). Month first is preferred where both fit.
    package static func numericMonthDay(in text: [UInt32], overlapping target: Range<Int>, month: Int?, day: Int?) -> RecognizedDate? {
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < text.count && text[index] >= 0x30 && text[index] <= 0x39 }
        func isSeparator(_ index: Int) -> Bool { index >= 0 && index < text.count && (text[index] == 0x2F || text[index] == 0x2E || text[index] == 0x2D) }
        var start = 0
        while start < text.count {
            guard isDigit(start), !isDigit(start - 1) else { start += 1; continue }
            defer { start += 1 }
            // Not the tail of a longer number or date (`2025/9/29`, `1.2.3`, `v2-9`).
            if isSeparator(start - 1) || (start > 0 && text[start - 1] < 0x80 && ICU.isWordCharacter(text[start - 1])) { continue }
            var firstEnd = start
            while isDigit(firstEnd) { firstEnd += 1 }
            guard firstEnd - start <= 2, isSeparator(firstEnd) else { continue }
            let separator = text[firstEnd]
            let secondStart = firstEnd + 1
            var end = secondStart
            while isDigit(end) { end += 1 }
            guard (1...2).contains(end - secondStart) else { continue }
            let secondEnd = end
            // A period after `d.M` closes the form (de `29.9.`); any other separator or digit
            // after it continues a longer one (`9/29/2025`).
            let closed = separator == 0x2E && end < text.count && text[end] == 0x2E && !isDigit(end + 1)
            if !closed && (isSeparator(end) && isDigit(end + 1)) { continue }
            if end < text.count, text[end] < 0x80, ICU.isWordCharacter(text[end]) { continue }
            if closed { end += 1 }
            let range = start..<end
            guard range.touches(target) else { continue }
            func value(_ from: Int, _ to: Int) -> Int { text[from..<to].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
            // `09/29` is `MM/dd`, `9/29` and `12/29` are `M/d`: a leading zero says the writer pads.
            let padded = (firstEnd - start == 2 && text[start] == 0x30) || (secondEnd - secondStart == 2 && text[secondStart] == 0x30)
            func field(_ letter: String, _ from: Int, _ to: Int) -> String { padded && to - from == 2 ? letter + letter : letter }
            let first = value(start, firstEnd), second = value(secondStart, secondEnd)
            let literal = separator == 0x2F ? "/" : separator == 0x2E ? "." : "-"
            // Any month and day that fit the calendar, when none is asked for.
            let month = month ?? (first <= 12 ? first : second), day = day ?? (first <= 12 ? second : first)
            guard (1...12).contains(month), (1...31).contains(day) else { continue }
            var pattern: String
            if first == month && second == day {
                pattern = field("M", start, firstEnd) + literal + field("d", secondStart, secondEnd)
            } else if first == day && second == month {
                pattern = field("d", start, firstEnd) + literal + field("M", secondStart, secondEnd)
            } else {
                continue
            }
            if closed { pattern += "." }
            // Yearless, as the recognizer's yearless forms are: in 1970.
            let millis = Double(ICU.daysSinceEpoch(year: 1970, month: month, day: day)) * 86_400_000
            return RecognizedDate(range: range, patterns: [pattern], instants: [millis], datePatterns: [pattern])
        }
        return nil
    }

    static func foldSpace(_ scalar: UInt32) -> UInt32 {
        scalar == 0xA0 || scalar == 0x202F || scalar == 0x2009 ? 0x20 : scalar
    }

    /// Numeric patterns in preference order; locale-independent (ASCII digits).
    package static let numericPatterns = [
        "y-MM-dd", "y-M-d", "y/MM/dd", "y/M/d", "y.MM.dd", "y.M.d", "y. M. d.", "yyyyMMdd",
        "y年M月d日", "y年MM月dd日", "y년 M월 d일",
        // Yearless in Chinese, Japanese and Korean (ICU's `MMMd` there writes its month name
        // with a digit, which no name shape reads); their literals make them no fraction.
        "M月d日", "M월 d일",
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

    /// The patterns tried, in preference order: from the table embedded for this ICU version,
    /// or computed from ICU's data for the named locales when the running ICU is another one.
    package static let patterns: [DatePattern] = DateTables.matchesRunningICU ? DateTables.embeddedPatterns : computedNamedTables.patterns

    private static let computedNamedTables = computedTables(locales: namedLocales)

    /// Builds the tables: each pattern with its shape, and the name lists shapes share.
    private struct TableBuilder {
        var patterns: [DatePattern] = []
        var nameLists: [[String]] = []
        var listIndex: [[String]: Int] = [:]
        /// `nameLists` as code points.
        var scalarLists: [[[UInt32]]] = []
        /// `locale|field` → name list (nil: the field's names cannot be modelled).
        var fieldLists: [String: Int?] = [:]
        var seen = Set<String>()

        /// The name list of a month or weekday field (`MMM`, `EEEE`, `LLLL`…) in a locale.
        mutating func nameList(_ field: String, locale: String) -> Int? {
            let key = locale + "|" + field
            if let known = fieldLists[key] { return known }
            var list: Int? = nil
            if let format = ICU.DateFormat(pattern: field, locale: locale) {
                let isWeekday = field.hasPrefix("E") || field.hasPrefix("c")
                let instants = DateRecognizer.sampleInstants
                let valued = isWeekday ? Array(instants[12..<19]) : Array(instants[0..<12])
                var names = valued.map { String(String.UnicodeScalarView(format.format(millis: $0).map(DateRecognizer.foldSpace).compactMap(Unicode.Scalar.init))) }
                // The edges (1900-01-01, 2199-12-31) must be named alike.
                let edgesAgree = instants[19...].allSatisfy { instant in
                    let days = Int((instant / 86_400_000).rounded(.down))
                    let value = isWeekday ? DateRecognizer.weekday(days: days) : ICU.civilDate(daysSinceEpoch: days).month - 1
                    return format.format(millis: instant).map(DateRecognizer.foldSpace).elementsEqual(names[value].unicodeScalars.map(\.value))
                }
                if !edgesAgree && !isWeekday {
                    // Another calendar's months (fa's Persian `مهر`, ar_SA's Islamic ones) do not
                    // fall on the Gregorian ones: every name it writes in a year, in the order met.
                    // Such patterns' dates are read by ICU (their digits are no Gregorian date).
                    names = []
                    for week in 0..<53 {
                        let name = String(String.UnicodeScalarView(format.format(millis: instants[0] + Double(week) * 7 * 86_400_000)
                            .map(DateRecognizer.foldSpace).compactMap(Unicode.Scalar.init)))
                        if !names.contains(name) { names.append(name) }
                    }
                    if names.count < 12 || names.count > 13 { names = [] }
                }
                if edgesAgree || !isWeekday, !names.isEmpty, !names.contains(where: \.isEmpty),
                   !names.contains(where: { $0.contains("|") || $0.contains("\n") }) {
                    if let known = listIndex[names] {
                        list = known
                    } else {
                        list = nameLists.count
                        listIndex[names] = nameLists.count
                        nameLists.append(names)
                        scalarLists.append(names.map { $0.unicodeScalars.map(\.value) })
                    }
                }
            }
            fieldLists[key] = .some(list)
            return list
        }

        /// The shape of `pattern` (digit runs, names and literals), or nil when it has a field this
        /// cannot model. The shape is checked against ICU's own rendering of every sample instant, so
        /// a text that ICU formats from this pattern always has this shape; with `readsInSwift`, the
        /// shape's digits and names also read back as each instant's Gregorian date.
        mutating func shape(of pattern: String, format: ICU.DateFormat, locale: String) -> (shape: [DateShapePart], readsInSwift: Bool, zero: UInt32)? {
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
                    guard let list = nameList(field, locale: locale) else { return nil }
                    // A name may hold digits (ko `7월`, vi `tháng 7`), but not right after a digit field:
                    // the digit run there would swallow them.
                    if previousWasDigits, nameLists[list].contains(where: { $0.unicodeScalars.contains { $0.properties.numericType == .decimal } }) { return nil }
                    parts.append(.name(list))
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
                case "G":
                    // An era that stays the same over the years a prompt's date has (th's Buddhist
                    // `พ.ศ.`, ar_SA's `هـ`, `AP`) is literal text; one that changes is left to ICU.
                    guard let eraFormat = ICU.DateFormat(pattern: field, locale: locale) else { return nil }
                    let eras = Set(DateRecognizer.sampleInstants.map { eraFormat.format(millis: $0).map(DateRecognizer.foldSpace) })
                    guard eras.count == 1, let era = eras.first, !era.isEmpty,
                          !era.contains(where: { Unicode.Scalar($0)?.properties.numericType != nil }) else { return nil }
                    parts += era.map { .literal($0) }
                    previousWasDigits = false
                default:
                    return nil  // another field (r, U…): leave to ICU
                }
            }
            let fields = DateRecognizer.digitFields(of: pattern)
            var readsInSwift = fields != nil
            let lists = scalarLists
            var zero: UInt32? = nil
            for instant in DateRecognizer.sampleInstants {
                // Digits of another script (ar, fa, hi-Deva…) are read as their values; one script a
                // pattern. A name may hold such digits (bo `ཟླ་༩`): those are tried as written first.
                var text = format.format(millis: instant).map(DateRecognizer.foldSpace)
                var readings = zero == nil || zero == 0x30 ? DateTableSet.readings(of: parts, lists: lists, text) : []
                if readings.isEmpty {
                    if zero == 0x30 { return nil }  // other samples read as written
                    for (position, code) in text.enumerated() {
                        guard let scalar = Unicode.Scalar(code), scalar.properties.numericType == .decimal,
                              let value = scalar.properties.numericValue, value >= 0, value <= 9 else { continue }
                        let digitZero = code - UInt32(value)
                        if zero == nil { zero = digitZero }
                        guard zero == digitZero else { return nil }
                        text[position] = 0x30 + UInt32(value)
                    }
                    readings = DateTableSet.readings(of: parts, lists: lists, text)
                } else {
                    zero = 0x30
                }
                guard !readings.isEmpty else { return nil }
                if readsInSwift, let fields {
                    let days = Int((instant / 86_400_000).rounded(.down))
                    let date = ICU.civilDate(daysSinceEpoch: days)
                    let hasYear = fields.contains(DateRecognizer.yearField)
                    readsInSwift = readings.contains { reading in
                        var year = 1970, month = 0, day = 0, weekday = -1
                        for (field, value) in zip(fields, reading.digits) {
                            switch field {
                            case DateRecognizer.yearField: year = value
                            case DateRecognizer.monthField, DateRecognizer.shortMonthField: month = value
                            default: day = value
                            }
                        }
                        for (list, value) in reading.names { if lists[list].count == 7 { weekday = value } else { month = value + 1 } }
                        return (!hasYear || year == date.year) && month == date.month && day == date.day
                            && (weekday < 0 || weekday == DateRecognizer.weekday(days: days))
                    }
                }
            }
            return (parts, readsInSwift, zero ?? 0x30)
        }

        /// Adds a pattern unless one with the same text and names is there; returns whether it did.
        /// Locale → its year of 2026-07-04 as it writes it (`2026`, `2569`, `۱۴۰۵`).
        var yearSamples: [String: [UInt32]] = [:]

        /// How `locale` writes the year of 2026-07-04: its digits and its calendar.
        mutating func yearSample(_ locale: String) -> [UInt32] {
            if let known = yearSamples[locale] { return known }
            let sample = ICU.DateFormat(pattern: "y", locale: locale)?.format(millis: 1_783_123_200_000) ?? []
            yearSamples[locale] = sample
            return sample
        }

        mutating func add(_ pattern: String, _ format: ICU.DateFormat, locale: String, style: Int32?, required: Bool) {
            let hasName = DateRecognizer.hasNameField(pattern)
            let sampleZero = format.format(millis: 1_783_123_200_000).first { Unicode.Scalar($0)?.properties.numericType == .decimal }.map { code in
                code - UInt32(Unicode.Scalar(code)?.properties.numericValue ?? 0)
            } ?? 0x30
            // The same numeric pattern in other digits is another pattern to try, and so is one
            // whose years are another calendar's (th's Buddhist `d/M/y`: `29/9/2568`).
            let year = yearSample(locale).map { code in Unicode.Scalar(code)?.properties.numericValue.map { UInt32(0x30 + Int($0)) } ?? code }
            let calendar = year.isEmpty || year == Array("2026".unicodeScalars.map(\.value)) ? "" : "|year " + String(String.UnicodeScalarView(year.compactMap(Unicode.Scalar.init)))
            let numericKey = (sampleZero == 0x30 ? pattern : pattern + "|\(sampleZero)") + calendar
            if !hasName, seen.contains(numericKey) { return }
            let sample = format.format(millis: 1_783_123_200_000)  // 2026-07-04
            let space = sample.first { $0 == 0xA0 || $0 == 0x202F }
            let described = shape(of: pattern, format: format, locale: locale)
            // Beyond the named locales only shaped patterns: a shapeless one is tried at every word.
            if !required && described == nil { return }
            let key: String
            if hasName, let described {
                key = pattern + "|\(described.zero)|" + described.shape.map { if case .name(let list) = $0 { "\(list)" } else { "" } }.joined(separator: ",")
            } else {
                key = hasName ? locale + "|" + pattern : numericKey
            }
            guard seen.insert(key).inserted else { return }
            patterns.append(DatePattern(pattern: pattern, locale: locale, style: style, formatSpace: space,
                                        shape: described?.shape, readsInSwift: described?.readsInSwift ?? false, digitZero: described?.zero ?? 0x30))
        }
    }

    /// The patterns tried and their names, as ICU describes them: the numeric and machine forms,
    /// then `locales` (default: the named locales, then every other ICU locale), each with its
    /// four default styles and the skeletons. Beyond the named locales, a form without a year, and
    /// one without a name that has a 2-digit year (`d.M.yy` reads versions like `1.2.34`) or puts
    /// the day before the month after the year (`y-dd-MM` would swap every ISO date), is left out.
    package static func computedTables(locales: [String]? = nil) -> DateTableSet {
        var builder = TableBuilder()
        for pattern in numericPatterns {
            guard let format = ICU.DateFormat(pattern: pattern, locale: "en_US_POSIX") else { continue }
            builder.add(pattern, format, locale: "en_US_POSIX", style: nil, required: true)
        }
        for pattern in machinePatterns {
            guard let format = ICU.DateFormat(pattern: pattern, locale: "en_US_POSIX") else { continue }
            builder.add(pattern, format, locale: "en_US_POSIX", style: nil, required: true)
        }
        let named = Set(namedLocales)
        let all = locales ?? (namedLocales + ICU.availableLocales.filter { !named.contains($0) }.sorted())
        for locale in all {
            let isNamed = named.contains(locale)
            // A 2-digit year in other digits (bn `২৯/৯/২৫`, mr, my, ne) reads no version number.
            let otherDigits = builder.yearSample(locale).first.map { $0 > 0x7F } ?? false
            func allowed(_ pattern: String) -> Bool {
                if isNamed { return true }
                let twoDigitYear = pattern.contains("yy") && !pattern.contains("yyy") && !otherDigits
                // `y-dd-MM` (ky) would read every ISO date with its day and month swapped.
                let yearDayMonth = pattern.firstIndex(of: "y").map { y in
                    pattern.firstIndex(of: "d").map { d in pattern.firstIndex(of: "M").map { y < d && d < $0 } ?? false } ?? false
                } ?? false
                return pattern.contains("y") && (hasNameField(pattern) || (!twoDigitYear && !yearDayMonth))
            }
            for style in Int32(0)...3 {
                guard let format = ICU.DateFormat(locale: locale, style: style) else { continue }
                let pattern = format.pattern
                guard allowed(pattern) else { continue }
                builder.add(pattern, format, locale: locale, style: style, required: isNamed)
            }
            for skeleton in skeletons {
                guard let pattern = ICU.bestPattern(skeleton: skeleton, locale: locale), allowed(pattern) else { continue }
                // Without a year a numeric form (`d/MM`) is a fraction or a score as often as a date.
                if !pattern.contains("y") && !hasNameField(pattern) { continue }
                guard let format = ICU.DateFormat(pattern: pattern, locale: locale) else { continue }
                // A month name that starts with a digit (ko `7월 4일`) fits neither start index.
                if leadingDigits(of: pattern) == nil, let first = format.format(millis: 1_783_123_200_000).first, first >= 0x30, first <= 0x39 { continue }
                builder.add(pattern, format, locale: locale, style: nil, required: isNamed)
            }
        }
        return DateTableSet(patterns: builder.patterns, nameLists: builder.nameLists)
    }

    fileprivate static func hasNameField(_ pattern: String) -> Bool {
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
        spacedTexts.removeAll()
        var nextDigit = -1  // the first digit at or after the current start
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
            // The nearest digit at or after this start: a word far from any digit starts no date.
            if !isDigit, nextDigit < start {
                nextDigit = start
                while nextDigit < text.count, shared.zero(of: text[nextDigit]) == 0 { nextDigit += 1 }
            }
            // Every expression read here (a date, a time, a zone before a time) holds a digit at
            // or after its start: past the last digit, no start is left to try.
            if nextDigit == text.count { break }
            // ctime and Unix `date` (`Mon Sep 29 16:55:10 UTC 2025`) have the day a few words in.
            if !isDigit, nextDigit - start <= 40, let machine = DateTimeGrammar.timeInsideDate(text, at: start) {
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
            if isDigit {
                if digitRun >= 16 { continue }
            } else {
                // A name-led date has a digit within a few words: prose far from any number costs
                // one comparison per word (and never loads the names).
                if nextDigit - start > 64 || nextDigit - start > DateRecognizer.leadBeforeDigit { continue }
            }
            for hit in candidates(in: text, at: start, isDigit: isDigit, digitRun: digitRun) {
                let candidate = info(hit.pattern)
                let parsed = (millis: hit.millis, end: hit.end)
                // A time (and zone) after the date belongs to the expression: `2026-07-04T01:30:00Z`.
                if tails[parsed.end] == nil {
                    tails[parsed.end] = .some(DateTimeGrammar.tail(after: parsed.end, in: text, localizedZones: localizedZones(),
                                                                   digitZero: tables.digitZeros[hit.pattern]))
                }
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
                    found[range] = RecognizedDate(range: range, patterns: [], instants: [], time: tail?.time, zone: tail?.zone,
                                                  digitZero: tables.digitZeros[hit.pattern])
                }
                for suffix in tail?.patterns ?? [""] where !found[range]!.patterns.contains(candidate.pattern + suffix) {
                    found[range]!.patterns.append(candidate.pattern + suffix)
                    found[range]!.datePatterns.append(candidate.pattern)
                    found[range]!.instants.append(parsed.millis)
                }
            }
        }
        // A time written before its date (vi `16:55:10 29/9/2025`) joins it: read back from
        // the glue some locale writes between them.
        for range in order where found[range]!.hasDate && found[range]!.time == nil {
            guard let joined = DateRecognizer.timeBefore(found[range]!, in: text), found[joined.range] == nil else { continue }
            order.append(joined.range)
            found[joined.range] = joined
        }
        // Keep the longest of overlapping expressions ("Saturday, July 4, 2026" over "July 4, 2026").
        // A final period that another reading leaves out ends the sentence when the text ends
        // there or the next word is not lowercase (`29.09.2025. Next.` of bs `dd.MM.y.`): the
        // shorter reading is kept. `29. 9. 2025. we met` keeps the period.
        // A period right after it is the sentence's (`29. 9. 2025.. Next`): the date keeps its own.
        let sentenceEnds = order.filter { range in
            guard range.count > 1, text[range.upperBound - 1] == 0x2E, found[range.lowerBound..<(range.upperBound - 1)] != nil else { return false }
            if range.upperBound < text.count, text[range.upperBound] == 0x2E { return false }
            var next = range.upperBound
            while next < text.count, text[next] == 0x20 || text[next] == 0x09 { next += 1 }
            guard next < text.count, let scalar = Unicode.Scalar(text[next]) else { return true }
            return !scalar.properties.isLowercase
        }
        if !sentenceEnds.isEmpty { order.removeAll { sentenceEnds.contains($0) } }
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
