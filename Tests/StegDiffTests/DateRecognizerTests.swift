import Foundation
import StegDiff
import Testing

/// The date recognizer skips ICU wherever a pattern's shape (digit runs, month and weekday
/// names, literals) does not match. These tests hold that shortcut to ICU's own output.
@Suite("date recognizer")
struct DateRecognizerTests {
    /// Fixed-seed instants in the years a prompt's date may have, plus every day of 2026.
    static let instants: [Double] = {
        let day = 86_400_000.0
        var generator = SeededGenerator(seed: 0xDA7E)
        let start = -2_208_988_800_000.0, days = 109_572.0  // 1900-01-01, up to 2199-12-31
        let random = (0..<120).map { _ in start + (Double(generator.next() % UInt64(days))) * day }
        let year2026 = stride(from: 0, to: 365, by: 3).map { 1_767_225_600_000 + Double($0) * day }
        return random + year2026
    }()

    static let currentYear = ICU.gregorianComponents(millis: Date().timeIntervalSince1970 * 1000)!.year

    @Test("every rendering ICU makes of a tried pattern is found in a sentence, with that pattern")
    func prefilterLosesNoDate() {
        let recognizer = DateRecognizer()
        var checked = 0
        var missed: [String] = []
        // Every pattern of the named locales at every instant; the other locales' ~1,000 patterns
        // each at a few instants (every 40th pattern per instant, shifted by the instant's index).
        for (offset, instant) in Self.instants.enumerated() {
            for rendering in recognizer.renderings(millis: instant, every: 40, offset: offset) {
                // RFC 850's two-digit year with a weekday reads back only in ICU's century window
                // (80 years back, 20 ahead of today): outside it the weekday does not match.
                if rendering.pattern.hasSuffix("-yy"), let year = ICU.gregorianComponents(millis: instant)?.year,
                   !(Self.currentYear - 79...Self.currentYear + 19).contains(year) { continue }
                let prefix = Array("On ".unicodeScalars.map(\.value))
                let text = prefix + rendering.text + Array(" we met.".unicodeScalars.map(\.value))
                let range = prefix.count..<(prefix.count + rendering.text.count)
                let found = recognizer.dates(in: text).contains { $0.range == range && $0.patterns.contains(rendering.pattern) }
                if !found { missed.append("\(rendering.pattern) at \(instant)") }
                checked += 1
            }
        }
        #expect(missed.isEmpty, "\(missed.count) of \(checked) renderings missed, first: \(missed.prefix(5))")
        #expect(checked >= 40 * Self.instants.count)  // about 42 patterns are tried
    }

    @Test("digits-only dates read in Swift agree with ICU's parse and round trip, valid or not")
    func numericReadingAgreesWithICU() {
        let swift = DateRecognizer(), icu = DateRecognizer(readsDatesInSwift: false)
        var generator = SeededGenerator(seed: 0x2026_0704)
        var compared = 0, dates = 0
        for (offset, instant) in Self.instants.prefix(150).enumerated() {
            for rendering in swift.renderings(millis: instant, every: 20, offset: offset) {
                // ICU's own text, then mutated: a digit changed (2026-02-39, month 13), a zero
                // added or dropped, a space made a no-break space, a year moved out of range.
                var text = rendering.text
                for _ in 0..<Int(generator.next() % 3) {
                    let index = Int(generator.next() % UInt64(text.count))
                    switch generator.next() % 5 {
                    case 0, 1: if text[index] >= 0x30 && text[index] <= 0x39 { text[index] = 0x30 + UInt32(generator.next() % 10) }
                    case 2: text.insert(0x30, at: index)
                    case 3: if text[index] == 0x20 { text[index] = 0xA0 } else if text[index] == 0x30 { text.remove(at: index) }
                    default: if text.count > 3 { text[0] = 0x32; text[1] = 0x32 }  // 22xx
                    }
                }
                let sentence = Array("Date: ".unicodeScalars.map(\.value)) + text + [0x2E]
                let fast = swift.dates(in: sentence), slow = icu.dates(in: sentence)
                #expect(fast == slow, "\(rendering.pattern): \(String(String.UnicodeScalarView(sentence.compactMap(Unicode.Scalar.init))))")
                compared += 1
                dates += slow.count
            }
        }
        #expect(compared > 5_000 && dates > 1_000, "\(compared) texts, \(dates) dates")
    }

    @Test("all patterns but the separator-less one are prefiltered by shape")
    func shapes() {
        let unshaped = DateRecognizer().renderings(millis: 0).filter { !$0.hasShape }.map(\.pattern)
        #expect(unshaped == ["yyyyMMdd"])
    }

    @Test("the Gregorian arithmetic agrees with ICU's calendar from the reform on")
    func gregorianArithmetic() {
        var generator = SeededGenerator(seed: 0x1582)
        let reform = -12_219_292_800_000.0
        var samples: [Double] = [reform, reform + 1, 0, -1, 951_782_400_000, 4_107_542_400_000, 7_258_118_399_999]
        for _ in 0..<5_000 { samples.append(reform + Double(generator.next() % 40_000_000_000_000)) }
        for millis in samples {
            let fast = ICU.gregorianComponents(millis: millis), slow = ICU.icuGregorianComponents(millis: millis)
            #expect(fast?.year == slow?.year && fast?.month == slow?.month && fast?.day == slow?.day, "at \(millis)")
        }
        #expect(ICU.gregorianComponents(millis: 1_783_123_200_000).map { [$0.year, $0.month, $0.day] } == [2026, 7, 4])
    }
}

/// The tables embedded for ICU 72 must be what ICU computes; STEGDIFF_RECORD=1 regenerates them.
@Suite("date tables")
struct DateTablesTests {
    @Test("the embedded tables equal what the running ICU computes")
    func embeddedTablesMatchICU() throws {
        let tables = DateRecognizer.computedTables(), locales = DateRecognizer.computedPatternLocales()
        let patterns = tables.patterns
        if ProcessInfo.processInfo.environment["STEGDIFF_RECORD"] == "1" {
            let path = projectRoot + "/Sources/StegDiff/Dates/EmbeddedDateTables.swift"
            try DateTables.swiftSource(tables: tables, patternLocales: locales).write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("wrote \(path); build again and rerun without STEGDIFF_RECORD")
            return
        }
        guard DateTables.matchesRunningICU else {
            // Another ICU: the recognizer computes its tables; nothing embedded to check.
            print("date tables: running ICU \(ICU.versions.icu)/\(ICU.versions.cldr), embedded \(DateTables.embeddedVersion): computed at run time")
            return
        }
        // Compared entry by entry, so a stale table names what changed instead of printing it all.
        let embedded = DateTables.embeddedPatterns, embeddedLocales = DateTables.embeddedPatternLocales
        #expect(embedded.count == patterns.count)
        // The names the shapes point to, read back from the sorted embedded list.
        #expect(DateTables.embeddedNameLists == tables.nameLists)
        #expect(DateTables.embeddedLeadBeforeDigit == tables.leadBeforeDigit && tables.leadBeforeDigit > 10)
        for (old, new) in zip(embedded, patterns) where old != new { Issue.record("pattern \(new.pattern) (\(new.locale)) changed") }
        #expect(Set(embeddedLocales.keys) == Set(locales.keys))
        for (pattern, list) in locales where embeddedLocales[pattern] != list { Issue.record("locales of \(pattern) changed") }
        // The lookup the reports use (a binary search over the embedded list) finds every entry.
        for (pattern, list) in locales { #expect(DateRecognizer.locales(usingPattern: pattern) == list, "\(pattern)") }
        #expect(DateRecognizer.locales(usingPattern: "no such pattern").isEmpty)
        #expect(DateRecognizer.patterns == patterns)
        #expect(patterns.count > 40 && locales.count > 100)
        // The trie and flags the recognizer reads ready-made, and the line of every pattern.
        #expect(DateTables.embeddedPreparedDifferences(from: tables) == [])
    }

    @Test("a window holds a digit exactly when it has a decimal digit of some script, as Swift's Unicode data says")
    func holdsDigitMatchesTheDecimalNumericType() {
        // Every code point of the first two planes alone between letters, against the standard
        // library's numeric type (the gate's older form): the gate may skip no window with a digit.
        // Those of Unicode 16 (Garay, Kirat Rai…) are left out: ICU 72 is Unicode 15, and no
        // pattern it writes holds them.
        // Every decimal digit, and every 5th other code point (a debug build checks them all in a minute).
        var disagreements: [String] = []
        for value in UInt32(0x80)...0x1FFFF {
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age, age.major <= 15,
                  value % 5 == 0 || scalar.properties.numericType == .decimal else { continue }
            var bytes: [UInt8] = [0x61, 0x62]
            UTF8.encode(scalar) { bytes.append($0) }
            bytes += [0x63, 0x64]
            if DateRecognizer.holdsDigit(bytes[...]) != (scalar.properties.numericType == .decimal) {
                disagreements.append(String(value, radix: 16, uppercase: true))
            }
        }
        #expect(disagreements == [])
        #expect(DateRecognizer.holdsDigit(Array("٢٩ سبتمبر".utf8)[...]))
        #expect(DateRecognizer.holdsDigit(Array("२०२५".utf8)[...]))
        #expect(DateRecognizer.holdsDigit(Array("ｘ１ｘ".utf8)[...]))
        #expect(!DateRecognizer.holdsDigit(Array("二〇二五年九月".utf8)[...]))
        #expect(!DateRecognizer.holdsDigit(Array("Ⅻ ½ ²".utf8)[...]))
        // A slice that does not start at index 0 of its array, and bytes that are not UTF-8.
        let bytes: [UInt8] = Array("x٣".utf8) + [0xFF, 0xC3]
        #expect(DateRecognizer.holdsDigit(bytes[1...]))
        #expect(!DateRecognizer.holdsDigit(bytes[3...]))
    }
}
