// Times of day, UTC offsets and zone names written after a date (`2025-09-29T16:55:10.367Z`,
// `Mon, 29 Sep 2025 16:55:10 GMT`, `29/09/2025, 16:55`), and the machine forms whose time sits
// inside the date (C `ctime`, Unix `date`). Read in Swift: these forms are fixed by programs, not
// by locales, and a time must cost nothing where no date was found first.

/// A time of day as written after (or inside) a date.
package struct TimeOfDay: Sendable, Hashable {
    /// Nanoseconds since local midnight (a fraction of up to 9 digits is kept exactly).
    package var nanoseconds: Int64
    /// Whether seconds were written (`16:55:10`, not `16:55`).
    package var hasSeconds: Bool

    /// Milliseconds since local midnight, for instant arithmetic.
    package var millis: Double { Double(nanoseconds / 1_000_000) }
}

/// A time-zone mark written after a time: an offset, an abbreviation, a name or an IANA ID.
package struct ZoneMark: Sendable, Hashable {
    /// The mark as written (`Z`, `+08:00`, `GMT+8`, `+0800 CST`, `Asia/Shanghai`).
    package var text: String
    /// The UTC offset in seconds when the text states it (`Z`, `+08:00`, `GMT`, `EST`), else nil.
    package var offsetSeconds: Int?
    /// A zone name whose offset ICU resolves at the instant (`China Standard Time`, `Asia/Shanghai`).
    package var name: String?
    /// The locale whose zone names hold `name` when it is not English (`zh` for `中国标准时间`).
    package var locale: String? = nil
}

/// Reads the time-and-zone tail of a date, and the machine forms with the time inside the date.
package enum DateTimeGrammar {
    /// What follows a date: where it ends, the time, the zone, and the tail's pattern, one per
    /// reading (`10:30` is both `HH:mm` and `H:mm`).
    package struct Tail: Sendable {
        package var end: Int
        package var time: TimeOfDay
        package var zone: ZoneMark?
        package var patterns: [String]
    }

    /// Words between a date and its time, longest first, with their pattern text: those people
    /// and programs write (`at`, `a las`, `, `, `T`, none), then every ICU locale's
    /// (`DateTimeGlue`: `، `, ` في `, ` στις `, ` בשעה `, ` ساعت `, ` रोजी `…).
    private static let connectors: [(text: [UInt32], pattern: String)] = {
        var list = [
            (" alle ore ", " 'alle' 'ore' "), (" a las ", " 'a las' "), (" kl. ", " 'kl'. "), (" om ", " 'om' "), (" klo ", " 'klo' "), (" at ", " 'at' "),
            (", at ", ", 'at' "), (" um ", " 'um' "), (" à ", " 'à' "), (", à ", ", 'à' "), (" às ", " 'às' "), (" в ", " 'в' "), (", ", ", "),
            ("\u{FF0C}", "\u{FF0C}"), (",", ","), (" ", " "), ("T", "'T'"), ("\u{A0}", "\u{A0}"), ("\u{202F}", "\u{202F}"), ("\u{2009}", "\u{2009}"), ("", ""),
        ].map { (text: Array($0.0.unicodeScalars.map(\.value)), pattern: $0.1) }
        var seen = Set(list.map(\.text))
        for glue in DateTimeGlue.afterDate where seen.insert(glue.text).inserted { list.append(glue) }
        // Longest first (`, at ` before `, `), the hand-written ones first among equals.
        return list.indices.sorted { (list[$0].text.count, $1) > (list[$1].text.count, $0) }.map { list[$0] }
    }()

    /// The time (and zone) written right after a date ending at `end`, or nil.
    /// With `localizedZones`, a zone name in another language may follow the time. A date
    /// written in other digits (`digitZero` U+0660 Arabic-Indic, U+09E6 Bengali…) has its time
    /// in them too (ar `٢٩\u{200F}/٩\u{200F}/٢٠٢٥، ٤:٥٥:١٠ م`).
    package static func tail(after end: Int, in text: [UInt32], localizedZones: Bool = false, digitZero: UInt32 = 0x30) -> Tail? {
        guard end < text.count else { return nil }
        if digitZero != 0x30 {
            // Read in a copy of the next few dozen code points with those digits as ASCII: one
            // code point each, so every position read holds for the text.
            var window = Array(text[end..<min(text.count, end + 96)])
            for index in window.indices where window[index] >= digitZero && window[index] <= digitZero + 9 { window[index] = window[index] - digitZero + 0x30 }
            guard var tail = tail(after: 0, in: window, localizedZones: localizedZones) else { return nil }
            tail.end += end
            return tail
        }
        for connector in connectors where matches(connector.text, in: text, at: end) {
            // No connector only before a leading AM/PM word (`2025年9月29日下午4:55`), or after a
            // date that ends in an ideograph (yue `2025年9月29日16:55:10`): digits glued to digits
            // are one number.
            if connector.text.isEmpty && isDigit(text[end]) && (end == 0 || text[end - 1] < 0x2E80) { continue }
            guard let time = readTime(text, from: end + connector.text.count, afterDate: true) else {
                // zh writes the zone before the time (`2025年9月29日 UTC 16:55:10`, `GMT+8 00:55:10`).
                if connector.text == [0x20], let before = zoneThenTime(text, from: end, localizedZones: localizedZones) {
                    return Tail(end: before.end, time: before.time, zone: before.zone, patterns: before.patterns)
                }
                continue
            }
            var tail = Tail(end: time.end, time: time.value, zone: nil, patterns: time.patterns.map { connector.pattern + $0 })
            if let zone = readZone(text, from: time.end, localizedZones: localizedZones) {
                tail.end = zone.end
                tail.zone = zone.mark
                tail.patterns = tail.patterns.map { $0 + zone.pattern }
            }
            // What some locales write after the time (bg `16:55:10 ч.`, hi `4:55:10 pm बजे`),
            // ending a word.
            for suffix in DateTimeGlue.afterTime where matches(suffix.text, in: text, at: tail.end) {
                let after = tail.end + suffix.text.count
                if after < text.count, isLetterOrDigit(text[after]), let last = suffix.text.last, isLetterOrDigit(last) { continue }
                tail.end = after
                tail.patterns = tail.patterns.map { $0 + suffix.pattern }
                break
            }
            return tail
        }
        return nil
    }

    /// A zone, a space and a time (`UTC 16:55:10`, `GMT+8 00:55:10`, `中国标准时间 00:55:10`),
    /// zh's long and full times. `start` is at the zone, or at the space before it (the space
    /// then belongs to the pattern). Patterns: one per reading of the hour.
    package static func zoneThenTime(_ text: [UInt32], from start: Int, localizedZones: Bool)
        -> (end: Int, time: TimeOfDay, zone: ZoneMark, patterns: [String])? {
        guard start < text.count, let zone = readZone(text, from: start, localizedZones: localizedZones),
              zone.end < text.count, text[zone.end] == 0x20, let time = readTime(text, from: zone.end + 1) else { return nil }
        return (time.end, time.value, zone.mark, time.patterns.map { zone.pattern + " " + $0 })
    }

    /// A time of day at `start`: `H:mm`, `HH:mm:ss`, `HH:mm:ss.SSS…`, 12-hour with AM/PM (a space,
    /// U+202F or U+00A0 before it, as ICU 72 writes it). Patterns: one per reading of the hour.
    /// `afterDate`: the time follows a date, where da, fi, id… separate its fields with a period
    /// (`29.9.2025 16.55.10`); alone, `16.55` is a number as often as a time.
    static func readTime(_ text: [UInt32], from start: Int, afterDate: Bool = false) -> (end: Int, value: TimeOfDay, patterns: [String])? {
        var position = start
        // zh, ja and ko write the half of the day before the time (`下午4:55`, `오후 4:55`).
        var leading: (period: LeadingPeriod, spaced: Bool)? = nil
        for period in leadingPeriods where position < text.count && canStartTime(text[position]) && matches(period.word, in: text, at: position) {
            position += period.word.count
            var spaced = false
            if position < text.count, text[position] == 0x20 { position += 1; spaced = true }
            leading = (period, spaced)
            break
        }
        // After a date, hu, tr… write their AM/PM word before the time, then a (no-break)
        // space: `2025. szept. 29. du. 4:55:10`, `29 Eyl 2025 ÖS 4:55:10`.
        if leading == nil, afterDate, position < text.count, !isDigit(text[position]), meridiemWordStarts.contains(text[position]) {
            for (word, isPM) in meridiemWords where matches(word, in: text, at: position) {
                let after = position + word.count
                guard after + 1 < text.count, [0x20, 0xA0, 0x202F].contains(text[after]), isDigit(text[after + 1]) else { continue }
                let hours = isPM ? 12..<24 : 0..<12
                leading = (LeadingPeriod(word: word, hours: hours, meridiemHours: hours, dayPeriodHours: nil), true)
                position = after + 1
                break
            }
        }
        guard let hour = digits(text, &position, 1...2) else { return nil }
        // The 24-hour hour of a 12-hour `hour` in the leading period, and that period's pattern
        // letters (`a`, `B`, or both for zh 上午/下午 inside the hours zh_Hant's B gives them).
        var leadingHour: Int? = nil
        var leadingPatterns: [String] = [""]
        if let leading {
            guard (1...12).contains(hour.value), let value = leading.period.hour(twelveHour: hour.value) else { return nil }
            leadingHour = value
            leadingPatterns = leading.period.letters(hour: value).map { $0 + (leading.spaced ? " " : "") }
        }
        // ja `16時55分10秒`: the units follow the numbers.
        if position < text.count, text[position] == 0x6642 {
            position += 1
            guard let minute = digits(text, &position, 1...2), minute.value <= 59, position < text.count, text[position] == 0x5206 else { return nil }
            position += 1
            var seconds: Int? = nil
            var rest = (minute.count == 1 ? "m" : "mm") + "\u{5206}"
            var probe = position
            if let second = digits(text, &probe, 1...2), second.value <= 60, probe < text.count, text[probe] == 0x79D2 {
                seconds = second.value
                position = probe + 1
                rest += (second.count == 1 ? "s" : "ss") + "\u{79D2}"
            }
            if position < text.count, isDigit(text[position]) { return nil }
            let hourValue = leadingHour ?? hour.value
            guard hourValue <= 23 else { return nil }
            let letter = leading == nil ? "H" : "h"
            let hours = hour.count == 1 ? [letter] : (hour.value < 10 ? [letter + letter] : [letter + letter, letter])
            let nanoseconds = Int64(hourValue * 3600 + minute.value * 60 + (seconds ?? 0)) * 1_000_000_000
            return (position, TimeOfDay(nanoseconds: nanoseconds, hasSeconds: seconds != nil),
                    leadingPatterns.flatMap { lead in hours.map { lead + $0 + "\u{6642}" + rest } })
        }
        // ko `4시 55분 10초` (after 오전/오후 in ICU's long time, or 24-hour `16시 55분 10초` in
        // its skeletons): units after the numbers, spaced.
        if position < text.count, text[position] == 0xC2DC {
            guard leading != nil || afterDate else { return nil }
            let hourValue = leadingHour ?? hour.value
            guard hourValue <= 23 else { return nil }
            position += 1
            guard space(text, &position), let minute = digits(text, &position, 1...2), minute.value <= 59,
                  position < text.count, text[position] == 0xBD84 else { return nil }
            position += 1
            var seconds: Int? = nil
            var rest = (minute.count == 1 ? "m" : "mm") + "\u{BD84}"
            var probe = position
            if space(text, &probe), let second = digits(text, &probe, 1...2), second.value <= 60, probe < text.count, text[probe] == 0xCD08 {
                seconds = second.value
                position = probe + 1
                rest += " " + (second.count == 1 ? "s" : "ss") + "\u{CD08}"
            }
            let letter = leading == nil ? "H" : "h"
            let hours = hour.count == 1 ? [letter] : (hour.value < 10 ? [letter + letter] : [letter + letter, letter])
            let nanoseconds = Int64(hourValue * 3600 + minute.value * 60 + (seconds ?? 0)) * 1_000_000_000
            return (position, TimeOfDay(nanoseconds: nanoseconds, hasSeconds: seconds != nil),
                    leadingPatterns.flatMap { lead in hours.map { lead + $0 + "\u{C2DC} " + rest } })
        }
        let separator: UInt32 = position < text.count && text[position] == 0x2E && afterDate ? 0x2E : 0x3A
        guard step(text, &position, over: separator), let minute = digits(text, &position, 2...2), minute.value <= 59 else { return nil }
        var second: (value: Int, count: Int)? = nil
        var fraction: (value: Int, count: Int, separator: UInt32)? = nil
        var probe = position
        if step(text, &probe, over: separator), let seconds = digits(text, &probe, 2...2), seconds.value <= 60 {
            second = seconds
            position = probe
            if position < text.count, text[position] == 0x2E || text[position] == 0x2C {
                let separator = text[position]
                var after = position + 1
                if let digitsRead = digits(text, &after, 1...9) {
                    fraction = (digitsRead.value, digitsRead.count, separator)
                    position = after
                }
            }
        }
        if position < text.count, isDigit(text[position]) || (text[position] == separator && position + 1 < text.count && isDigit(text[position + 1])) {
            return nil  // more digits: a version or a duration, not a time
        }
        var hourValue = leadingHour ?? hour.value
        var meridiem = ""
        if leading == nil {
            var after = position
            var space: UInt32? = nil
            if after < text.count, [0x20, 0xA0, 0x202F].contains(text[after]) { space = text[after]; after += 1 }
            // English, Spanish (`p. m.` with a no-break space inside, as ICU 72 writes it) and, after
            // a space, every locale's AM/PM word (`em`, `μ.μ.`, `odp.`, `da tarde`, `CH`, `م`).
            // A 24-hour time followed by a word some locale uses for AM/PM (`16:55 comme prévu`)
            // keeps its word outside; `16:55 PM` is no time.
            let localized = space != nil && after < text.count && !isDigit(text[after]) && (1...12).contains(hour.value)
                && meridiemWordStarts.contains(text[after])
            for (letters, isPM) in localized ? allMeridiems : englishMeridiems {
                guard matches(letters, in: text, at: after) else { continue }
                let next = after + letters.count
                if next < text.count, isLetterOrDigit(text[next]) { continue }
                guard (1...12).contains(hour.value) else { return nil }
                hourValue = hour.value % 12 + (isPM ? 12 : 0)
                meridiem = (space.map { String(Unicode.Scalar($0)!) } ?? "") + "a"
                position = next
                break
            }
        }
        guard hourValue <= 23 else { return nil }
        var nanoseconds = Int64(hourValue * 3600 + minute.value * 60 + (second?.value ?? 0)) * 1_000_000_000
        let mark = separator == 0x2E ? "." : ":"
        var rest = mark + "mm"
        if second != nil { rest += mark + "ss" }
        if let fraction {
            var scaled = Int64(fraction.value)
            for _ in fraction.count..<9 { scaled *= 10 }
            nanoseconds += scaled
            rest += String(Unicode.Scalar(fraction.separator)!) + String(repeating: "S", count: fraction.count)
        }
        rest += meridiem
        let letter = meridiem.isEmpty && leading == nil ? "H" : "h"
        // "10:30" reads as H and HH; "09:30" only as HH; "9:30" only as H.
        let hours: [String] = hour.count == 1 ? [letter] : (hour.value < 10 ? [letter + letter] : [letter + letter, letter])
        return (position, TimeOfDay(nanoseconds: nanoseconds, hasSeconds: second != nil),
                leadingPatterns.flatMap { lead in hours.map { lead + $0 + rest } })
    }

    /// AM/PM as English and Spanish write them, tried first.
    private static let englishMeridiems: [([UInt32], Bool)] = [
        ("AM", false), ("PM", true), ("am", false), ("pm", true), ("a.m.", false), ("p.m.", true),
        ("a.\u{A0}m.", false), ("p.\u{A0}m.", true), ("a. m.", false), ("p. m.", true),
    ].map { (Array($0.0.unicodeScalars.map(\.value)), $0.1) }

    /// English and Spanish first, then every locale's: made once, not per time read.
    private static let allMeridiems = englishMeridiems + meridiemWords

    /// Every ICU locale's AM and PM words (ICU's `a` at 04:00 and 16:00), longest first, without
    /// those two locales write for both halves; read after a time and a space.
    static let meridiemWords: [([UInt32], Bool)] = {
        var words: [([UInt32], Bool)]
        if DayPeriodWords.matchesRunningICU {
            words = DayPeriodWords.embeddedCodePoints
        } else {
            let table = DayPeriodWords.computed()
            words = (table.am.map { ($0, false) } + table.pm.map { ($0, true) }).map { (Array($0.0.unicodeScalars.map(\.value)), $0.1) }
        }
        // Longest first, so `p. m.` is tried before `p.`; a stable order otherwise.
        return words.sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0.lexicographicallyPrecedes($1.0) }
    }()

    /// The first code points of `meridiemWords`: most text after a time starts none, and the
    /// scan of every locale's words is then skipped.
    private static let meridiemWordStarts = Set(meridiemWords.compactMap(\.0.first))

    /// A word written before a 12-hour time for the part of the day: an AM/PM word (`a`) or one
    /// of zh_Hant's day periods (`B`), with the 24-hour hours it covers.
    private struct LeadingPeriod {
        var word: [UInt32]
        /// Hours of the day (0–23) the word stands for.
        var hours: Range<Int>
        /// Hours where ICU writes the word as `a` (AM/PM), if it is an AM/PM word.
        var meridiemHours: Range<Int>?
        /// Hours where zh_Hant writes the word as `B`, if it is one of its day periods.
        var dayPeriodHours: Range<Int>?

        /// The 24-hour hour of `twelveHour` (1–12) in this part of the day, or nil when neither
        /// reading falls in it (`晚上3:00`).
        func hour(twelveHour: Int) -> Int? {
            [twelveHour % 12, twelveHour % 12 + 12].first { hours.contains($0) }
        }

        /// The pattern letters that write `hour` with this word.
        func letters(hour: Int) -> [String] {
            (meridiemHours?.contains(hour) == true ? ["a"] : []) + (dayPeriodHours?.contains(hour) == true ? ["B"] : [])
        }
    }

    /// Words before the time: zh 上午/下午, ja 午前/午後, ko 오전/오후 (AM/PM), and zh_Hant's day
    /// periods (ICU 72's `Bh:mm`, the only default time pattern with `B`): 凌晨 before 5, 清晨 before 8,
    /// 上午 before 12, 中午 in the 12 o'clock hour, 下午 before 19, 晚上 after. Checked against ICU
    /// for every hour by `DateFormsTests`.
    private static let leadingPeriods: [LeadingPeriod] = {
        func period(_ word: String, _ hours: Range<Int>, meridiem: Range<Int>? = nil, dayPeriod: Range<Int>? = nil) -> LeadingPeriod {
            LeadingPeriod(word: word.unicodeScalars.map(\.value), hours: hours, meridiemHours: meridiem, dayPeriodHours: dayPeriod)
        }
        return [
            period("\u{4E0A}\u{5348}", 0..<12, meridiem: 0..<12, dayPeriod: 8..<12),
            period("\u{4E0B}\u{5348}", 12..<24, meridiem: 12..<24, dayPeriod: 13..<19),
            period("\u{5348}\u{524D}", 0..<12, meridiem: 0..<12), period("\u{5348}\u{5F8C}", 12..<24, meridiem: 12..<24),
            period("\u{C624}\u{C804}", 0..<12, meridiem: 0..<12), period("\u{C624}\u{D6C4}", 12..<24, meridiem: 12..<24),
            period("\u{51CC}\u{6668}", 0..<5, dayPeriod: 0..<5), period("\u{6E05}\u{6668}", 5..<8, dayPeriod: 5..<8),
            period("\u{4E2D}\u{5348}", 12..<13, dayPeriod: 12..<13), period("\u{665A}\u{4E0A}", 19..<24, dayPeriod: 19..<24),
        ]
    }()

    /// Whether a time can start at `c` (a digit, or the first letter of a word before the time).
    static func canStartTime(_ c: UInt32) -> Bool {
        isDigit(c) || c == 0x4E0A || c == 0x4E0B || c == 0x5348 || c == 0xC624 || c == 0x51CC || c == 0x6E05 || c == 0x4E2D || c == 0x665A
    }

    /// Zone abbreviations read without ICU, with their offset when they have one meaning (CST is
    /// US Central or China, IST India, Israel or Ireland: those keep no offset).
    private static let abbreviations: [String: Int?] = [
        "UTC": 0, "GMT": 0, "UT": 0, "WET": 0, "WEST": 3600, "BST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200,
        "EEST": 10800, "MSK": 10800, "EST": -18000, "EDT": -14400, "CDT": -18000, "MST": -25200, "MDT": -21600,
        "PST": -28800, "PDT": -25200, "AKST": -32400, "AKDT": -28800, "HST": -36000, "JST": 32400, "KST": 32400,
        "HKT": 28800, "SGT": 28800, "AWST": 28800, "ACST": 34200, "AEST": 36000, "AEDT": 39600, "NZST": 43200,
        "NZDT": 46800, "PKT": 18000, "WIB": 25200, "ICT": 25200, "PHT": 28800, "CST": nil, "IST": nil, "AST": nil,
    ]

    /// A zone mark right after a time: `Z`, `±hh:mm`, `±hhmm`, `±hh`, `GMT`/`UTC` with an optional
    /// offset (`GMT+8`, `GMT+0800`), an abbreviation (`EST`), a long name (`China Standard Time`),
    /// an IANA ID (`Asia/Shanghai`); Go's `+0800 CST` and JavaScript's `GMT+0800 (China Standard Time)`.
    /// With `localizedZones`, a name in another language (`中国标准时间`, `heure normale de la
    /// Chine`, ` (hora estándar de China)`, ` [中國標準時間]`) is asked of ICU.
    static func readZone(_ text: [UInt32], from start: Int, localizedZones: Bool = false) -> (end: Int, mark: ZoneMark, pattern: String)? {
        guard start < text.count else { return nil }
        if text[start] == 0x5A, !(start + 1 < text.count && isLetterOrDigit(text[start + 1])) {
            return (start + 1, ZoneMark(text: "Z", offsetSeconds: 0, name: nil), "'Z'")
        }
        var position = start
        var lead = ""
        if text[position] == 0x20 { lead = " "; position += 1 }
        var pattern = lead
        var offset: Int? = nil
        var name: String? = nil
        var locale: String? = nil
        var endsInCJK = false
        if let numeric = readOffset(text, &position, allowShortHour: false) {
            offset = numeric.seconds
            pattern += numeric.pattern
            // Go: `+0800 CST`; a zone without an abbreviation repeats the offset (`+0530 +0530`).
            var probe = position
            if probe < text.count, text[probe] == 0x20 {
                probe += 1
                let word = upperWord(text, &probe)
                if let word, abbreviations[word] != nil || word.count <= 5 && word.count >= 3 {
                    pattern += " z"
                    name = word
                    position = probe
                }
            }
        } else if case var probe = position, let word = upperWord(text, &probe), let known = abbreviations[word] {
            position = probe
            if ["GMT", "UTC", "UT"].contains(word), let numeric = readOffset(text, &position, allowShortHour: true) {
                offset = numeric.seconds
                pattern += "'\(word)'" + numeric.pattern
            } else {
                // An abbreviation with several meanings (`CST`: US Central or China, `IST`, `AST`)
                // gets no name to resolve: ICU would read the English one, while the shift of the
                // wall clock says which was meant.
                offset = known
                pattern += ["GMT", "UTC", "UT"].contains(word) ? "'\(word)'" : "z"
            }
        } else if lead == " ", let (end, zoneName, zonePattern) = readZoneName(text, from: position) {
            position = end
            name = zoneName
            pattern += zonePattern
        } else if lead == " ", position + 1 < text.count, text[position] == 0x5B || text[position] == 0x28,
                  let inner = readZone(text, from: position + 1), inner.end < text.count, text[inner.end] == (text[position] == 0x5B ? 0x5D : 0x29) {
            // An offset or abbreviation in brackets, as zh_Hant's times end (`下午4:55:10 [UTC]`,
            // `[GMT+8]`); a name in another language in brackets is read below.
            let open = String(Unicode.Scalar(text[position])!), close = String(Unicode.Scalar(text[inner.end])!)
            offset = inner.mark.offsetSeconds
            name = inner.mark.name
            pattern += open + inner.pattern + close
            position = inner.end + 1
        } else if let (end, reading, readPattern) = localizedName(text, from: position, spaced: lead == " ", anyLocale: localizedZones) {
            position = end
            name = reading.name
            locale = reading.locale
            pattern += readPattern
            endsInCJK = text[end - 1] >= 0x2E80
        } else {
            return nil
        }
        // JavaScript's `toString()` names the zone in parentheses after the offset.
        if offset != nil, position + 2 < text.count, text[position] == 0x20, text[position + 1] == 0x28 {
            var end = position + 2
            while end < text.count, end - position < 64, text[end] != 0x29, text[end] != 0x0A { end += 1 }
            // JavaScript names the zone (`(China Standard Time)`, `(中国标准时间)`); a lowercase
            // phrase (`(local time)`) is prose after the timestamp.
            let first = text[position + 2]
            if end < text.count, text[end] == 0x29, end > position + 2, !(first >= 0x61 && first <= 0x7A) {
                name = string(text[(position + 2)..<end])
                pattern += " (zzzz)"
                position = end + 1
            }
        }
        if position < text.count, isLetterOrDigit(text[position]), !endsInCJK { return nil }
        return (position, ZoneMark(text: string(text[(start + lead.count)..<position]), offsetSeconds: offset, name: name, locale: locale), pattern)
    }

    /// A localized zone name at `start`, bare or in brackets (`(hora estándar de China)`,
    /// `[中國標準時間]`); glued to the time only when it is CJK (`16時55分10秒日本標準時`).
    /// Without `anyLocale` (a text with no non-ASCII letter) only an all-ASCII name whose first
    /// word some locale's names start with is asked of ICU (`Koordinierte Weltzeit`).
    private static func localizedName(_ text: [UInt32], from start: Int, spaced: Bool, anyLocale: Bool)
        -> (Int, LocalizedZoneNames.Reading, String)? {
        guard start < text.count else { return nil }
        for (open, close) in [(0x28, 0x29), (0x5B, 0x5D)] as [(UInt32, UInt32)] where spaced && text[start] == open {
            guard let reading = LocalizedZoneNames.read(text, from: start + 1, anyLocale: anyLocale), reading.end < text.count,
                  text[reading.end] == close else { return nil }
            let o = String(Unicode.Scalar(open)!), c = String(Unicode.Scalar(close)!)
            return (reading.end + 1, reading, o + reading.pattern + c)
        }
        let first = text[start]
        guard first >= 0x80 || spaced, !(first < 0x80 && !isLetter(first)) else { return nil }
        if !spaced && first < 0x2E80 { return nil }
        guard let reading = LocalizedZoneNames.read(text, from: start, anyLocale: anyLocale) else { return nil }
        return (reading.end, reading, reading.pattern)
    }

    /// `±hh:mm`, `±hhmm`, `±hh` (and `±h`, `±h:mm` after GMT/UTC): seconds east of UTC and the pattern.
    private static func readOffset(_ text: [UInt32], _ position: inout Int, allowShortHour: Bool) -> (seconds: Int, pattern: String)? {
        guard position < text.count else { return nil }
        let sign: Int
        switch text[position] {
        case 0x2B: sign = 1
        case 0x2D, 0x2212: sign = -1
        default: return nil
        }
        var probe = position + 1
        guard let hours = digits(text, &probe, allowShortHour ? 1...4 : 2...4) else { return nil }
        var minutes = 0
        var pattern: String
        switch hours.count {
        case 4:
            minutes = hours.value % 100
            pattern = "xx"
        case 3:
            return nil
        default:
            pattern = hours.count == 1 ? "O" : "x"
            var afterColon = probe
            if colon(text, &afterColon), let minuteDigits = digits(text, &afterColon, 2...2) {
                minutes = minuteDigits.value
                probe = afterColon
                pattern = hours.count == 1 ? "OOOO" : "xxx"
            }
        }
        let hourValue = hours.count == 4 ? hours.value / 100 : hours.value
        guard hourValue <= 14, minutes <= 59 else { return nil }
        position = probe
        return (sign * (hourValue * 3600 + minutes * 60), pattern)
    }

    /// An IANA ID (`Asia/Shanghai`, `America/Argentina/Buenos_Aires`) or a name of capitalized
    /// words ending in `Time` (`China Standard Time`).
    private static func readZoneName(_ text: [UInt32], from start: Int) -> (Int, String, String)? {
        guard start < text.count, isUpperASCII(text[start]) else { return nil }
        var end = start
        while end < text.count, end - start < 48,
              isLetterOrDigit(text[end]) || text[end] == 0x2F || text[end] == 0x5F || (text[end] == 0x2D && end > start) {
            end += 1
        }
        let word = string(text[start..<end])
        if word.contains("/"), !word.hasSuffix("/") { return (end, word, "VV") }
        // Capitalized words ending in "Time", at most six.
        var words = [word]
        var position = end
        while words.count < 6, words.last != "Time", position + 1 < text.count, text[position] == 0x20, isUpperASCII(text[position + 1]) {
            var next = position + 1
            while next < text.count, isLetter(text[next]) || text[next] == 0x2D { next += 1 }
            words.append(string(text[(position + 1)..<next]))
            position = next
        }
        guard words.count >= 2, words.last == "Time" else { return nil }
        return (position, words.joined(separator: " "), "zzzz")
    }

    // MARK: Machine forms with the time inside the date

    // As code points once: converting them at every capitalized word near a digit was most of
    // this reader's cost.
    private static let weekdayAbbreviations = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].map { Array($0.unicodeScalars.map(\.value)) }
    private static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        .map { Array($0.unicodeScalars.map(\.value)) }

    /// C `ctime()`/`asctime()` and Python `ctime()` (`Mon Sep 29 16:55:10 2025`, day padded with a
    /// space) and Unix `date` (`Mon Sep 29 16:55:10 UTC 2025`, `Mon Sep 29 04:55:10 PM CST 2025`).
    package static func timeInsideDate(_ text: [UInt32], at start: Int)
        -> (end: Int, patterns: [String], dayMillis: Double, time: TimeOfDay, zone: ZoneMark?)? {
        guard start + 20 <= text.count, isUpperASCII(text[start]) else { return nil }
        var position = start
        guard let weekday = word(text, &position, from: weekdayAbbreviations), space(text, &position),
              let month = word(text, &position, from: monthAbbreviations), space(text, &position) else { return nil }
        var dayFields: [String]
        if position < text.count, text[position] == 0x20 {
            position += 1
            dayFields = ["ppd"]
        } else {
            dayFields = []
        }
        guard let day = digits(text, &position, dayFields.isEmpty ? 1...2 : 1...1), space(text, &position) else { return nil }
        if dayFields.isEmpty {
            dayFields = day.count == 1 ? ["d"] : (day.value < 10 ? ["dd"] : ["ppd", "dd", "d"])
        }
        guard let time = readTime(text, from: position) else { return nil }
        position = time.end
        var zone: (mark: ZoneMark, pattern: String)? = nil
        if let read = readZone(text, from: position), read.pattern.hasPrefix(" ") {
            zone = (read.mark, read.pattern)
            position = read.end
        }
        guard space(text, &position), let year = digits(text, &position, 4...4) else { return nil }
        if position < text.count, isLetterOrDigit(text[position]) { return nil }
        guard (1900...2199).contains(year.value), day.value >= 1, day.value <= daysIn(month: month + 1, year: year.value) else { return nil }
        let days = ICU.daysSinceEpoch(year: year.value, month: month + 1, day: day.value)
        // 1970-01-01 was a Thursday.
        guard ((days % 7) + 7 + 4) % 7 == weekday else { return nil }
        var patterns: [String] = []
        for dayField in dayFields {
            for timePattern in time.patterns {
                patterns.append("EEE MMM \(dayField) \(timePattern)\(zone?.pattern ?? "") y")
            }
        }
        return (position, patterns, Double(days) * 86_400_000, time.value, zone?.mark)
    }

    // MARK: A weekday beside a date

    /// Weekday names by day (0 Sunday), with the pattern field each stands for: English full
    /// and abbreviated, zh 星期一 and 周一, ja 月 (in brackets).
    private static let weekdayNames: [(names: [[UInt32]], field: String)] = [
        (["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], "EEEE"),
        (["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], "EEE"),
        (["\u{661F}\u{671F}\u{65E5}", "\u{661F}\u{671F}\u{4E00}", "\u{661F}\u{671F}\u{4E8C}", "\u{661F}\u{671F}\u{4E09}",
          "\u{661F}\u{671F}\u{56DB}", "\u{661F}\u{671F}\u{4E94}", "\u{661F}\u{671F}\u{516D}"], "EEEE"),
        (["\u{5468}\u{65E5}", "\u{5468}\u{4E00}", "\u{5468}\u{4E8C}", "\u{5468}\u{4E09}", "\u{5468}\u{56DB}", "\u{5468}\u{4E94}",
          "\u{5468}\u{516D}"], "EEE"),
        (["\u{65E5}", "\u{6708}", "\u{706B}", "\u{6C34}", "\u{6728}", "\u{91D1}", "\u{571F}"], "E"),
    ].map { ($0.0.map { Array($0.unicodeScalars.map(\.value)) }, $0.1) }

    /// What separates a weekday from the date after it: `, ` or a space.
    private static let weekdaySeparators: [[UInt32]] = [[0x2C, 0x20], [0x20]]

    /// Brackets around a weekday after a date (` (Monday)`, `（月）`), with their pattern text.
    private static let weekdayBrackets: [([UInt32], [UInt32], String, String)] = [
        ([0x20, 0x28], [0x29], " (", ")"), ([0x28], [0x29], "(", ")"), ([0xFF08], [0xFF09], "\u{FF08}", "\u{FF09}"),
        ([0x20], [], " ", ""), ([], [], "", ""),
    ]

    /// The date's range widened over its own weekday written right before it (`Monday `,
    /// `Mon, `) or, for a date without a time, right after it (` Mon`, ` (Monday)`, `（月）`,
    /// `星期一`), with the pattern text to put before and after; nil when none is there. Only the
    /// date's own weekday counts, and only inside `bounds` (up to the neighbouring dates).
    package static func weekday(around range: Range<Int>, in text: [UInt32], weekday: Int, within bounds: Range<Int>,
                                allowAfter: Bool) -> (range: Range<Int>, prefix: String, suffix: String)? {
        // Pieces matched one after another (concatenating them allocated at every date).
        // Fixed pieces, not a variadic list: that allocated an array at every try.
        func fits(_ first: [UInt32], _ second: [UInt32], _ third: [UInt32] = [], at position: Int) -> Bool {
            guard position >= bounds.lowerBound else { return false }
            var at = position
            func next(_ piece: [UInt32]) -> Bool {
                guard at + piece.count <= bounds.upperBound, matches(piece, in: text, at: at) else { return false }
                at += piece.count
                return true
            }
            return next(first) && next(second) && next(third)
        }
        func isWordEdge(_ position: Int) -> Bool { position < 0 || position >= text.count || !isLetterOrDigit(text[position]) }
        var lower = range.lowerBound, upper = range.upperBound, prefix = "", suffix = ""
        // Before: `Monday 2025-09-29`, `Mon, 2025-09-29` (CJK names only after the date).
        for (names, field) in weekdayNames.prefix(2) {
            let name = names[weekday]
            for separator in weekdaySeparators {
                let start = range.lowerBound - separator.count - name.count
                if start >= 0, fits(name, separator, at: start), isWordEdge(start - 1) {
                    lower = start
                    prefix = field + (separator.count == 2 ? ", " : " ")
                    break
                }
            }
            if !prefix.isEmpty { break }
        }
        if allowAfter {
            // After: ` Mon`, ` (Monday)`, `(Mon)`, `（月）`, `星期一`, ` 星期一`.
            search: for (open, close, openPattern, closePattern) in weekdayBrackets {
                for (index, (names, field)) in weekdayNames.enumerated() {
                    // Latin names need a space or a bracket; ja single-character names need brackets.
                    if index < 2 && open.isEmpty { continue }
                    if index == 4 && close.isEmpty { continue }
                    let start = range.upperBound, length = open.count + names[weekday].count + close.count
                    guard fits(open, names[weekday], close, at: start), close.isEmpty ? isWordEdge(start + length) || index >= 2 : true else { continue }
                    if index < 2, !isWordEdge(start + length) { continue }
                    upper = start + length
                    suffix = openPattern + field + closePattern
                    break search
                }
            }
        }
        guard lower != range.lowerBound || upper != range.upperBound else { return nil }
        return (lower..<upper, prefix, suffix)
    }

    // MARK: Small readers

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isUpperASCII(_ c: UInt32) -> Bool { c >= 0x41 && c <= 0x5A }
    private static func isLetter(_ c: UInt32) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0xC0 && ICU.isWordCharacter(c)) }
    private static func isLetterOrDigit(_ c: UInt32) -> Bool { isDigit(c) || isLetter(c) }

    private static func matches(_ literal: [UInt32], in text: [UInt32], at position: Int) -> Bool {
        guard position + literal.count <= text.count else { return false }
        for index in literal.indices where text[position + index] != literal[index] { return false }
        return true
    }

    /// A run of ASCII digits whose length is in `lengths` (the whole run: `123` is no 2-digit run).
    private static func digits(_ text: [UInt32], _ position: inout Int, _ lengths: ClosedRange<Int>) -> (value: Int, count: Int)? {
        var end = position, value = 0
        while end < text.count, isDigit(text[end]), end - position < 10 {
            value = value * 10 + Int(text[end] - 0x30)
            end += 1
        }
        guard lengths.contains(end - position), end >= text.count || !isDigit(text[end]) else { return nil }
        defer { position = end }
        return (value, end - position)
    }

    /// Steps over `scalar` at `position`, if it is there.
    private static func step(_ text: [UInt32], _ position: inout Int, over scalar: UInt32) -> Bool {
        guard position < text.count, text[position] == scalar else { return false }
        position += 1
        return true
    }

    private static func colon(_ text: [UInt32], _ position: inout Int) -> Bool {
        guard position < text.count, text[position] == 0x3A else { return false }
        position += 1
        return true
    }

    private static func space(_ text: [UInt32], _ position: inout Int) -> Bool {
        guard position < text.count, text[position] == 0x20 else { return false }
        position += 1
        return true
    }

    /// An uppercase ASCII word of 2–5 letters ending at a non-letter.
    private static func upperWord(_ text: [UInt32], _ position: inout Int) -> String? {
        var end = position
        while end < text.count, isUpperASCII(text[end]), end - position < 6 { end += 1 }
        guard (2...5).contains(end - position), end >= text.count || !isLetter(text[end]) else { return nil }
        defer { position = end }
        return string(text[position..<end])
    }

    /// The index in `words` of the word at `position` (followed by a non-letter).
    private static func word(_ text: [UInt32], _ position: inout Int, from words: [[UInt32]]) -> Int? {
        for (index, letters) in words.enumerated() {
            guard matches(letters, in: text, at: position) else { continue }
            let end = position + letters.count
            if end < text.count, isLetter(text[end]) { continue }
            position = end
            return index
        }
        return nil
    }

    private static func string(_ scalars: ArraySlice<UInt32>) -> String {
        String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }
}
