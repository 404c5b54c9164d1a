import Foundation
import StegDiff
import Testing

/// Dates of locales beyond the 27 named ones, in many scripts and digits (ICU 72's renderings of
/// 2025-09-29 and 2025-10-06, copied from the adversarial set): each against ISO 8601 (the same day in
/// another form) and against another day in its own form, with exact byte ranges.
@Suite("dates of every locale")
struct DateLocaleTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var form: String
        var same: String
        var drift: String
        var pattern: String
        /// The locale whose default format this is, if it is one (reports list it).
        var defaultOf: String?
        var testDescription: String { form }
    }

    static let rows: [Row] = [
        Row(form: "el style 1", same: "29 \u{3A3}\u{3B5}\u{3C0}\u{3C4}\u{3B5}\u{3BC}\u{3B2}\u{3C1}\u{3AF}\u{3BF}\u{3C5} 2025", drift: "6 \u{39F}\u{3BA}\u{3C4}\u{3C9}\u{3B2}\u{3C1}\u{3AF}\u{3BF}\u{3C5} 2025",
            pattern: "d MMMM y", defaultOf: "el"),
        Row(form: "he yMMMEd", same: "\u{5D9}\u{5D5}\u{5DD} \u{5D1}\u{5F3}, 29 \u{5D1}\u{5E1}\u{5E4}\u{5D8}\u{5F3} 2025", drift: "\u{5D9}\u{5D5}\u{5DD} \u{5D1}\u{5F3}, 6 \u{5D1}\u{5D0}\u{5D5}\u{5E7}\u{5F3} 2025",
            pattern: "EEE, d \u{5D1}MMM y", defaultOf: nil),
        Row(form: "th style 2", same: "29 \u{E01}.\u{E22}. 2568", drift: "6 \u{E15}.\u{E04}. 2568",
            pattern: "d MMM y", defaultOf: "th"),
        Row(form: "hi style 1", same: "29 \u{938}\u{93F}\u{924}\u{902}\u{92C}\u{930} 2025", drift: "6 \u{905}\u{915}\u{94D}\u{924}\u{942}\u{92C}\u{930} 2025",
            pattern: "d MMMM y", defaultOf: "hi"),
        Row(form: "hu style 1", same: "2025. szeptember 29.", drift: "2025. okt\u{F3}ber 6.",
            pattern: "y. MMMM d.", defaultOf: "hu"),
        Row(form: "ka style 1", same: "29 \u{10E1}\u{10D4}\u{10E5}\u{10E2}\u{10D4}\u{10DB}\u{10D1}\u{10D4}\u{10E0}\u{10D8}, 2025", drift: "6 \u{10DD}\u{10E5}\u{10E2}\u{10DD}\u{10DB}\u{10D1}\u{10D4}\u{10E0}\u{10D8}, 2025",
            pattern: "d MMMM, y", defaultOf: "ka"),
        Row(form: "hy style 1", same: "29 \u{57D}\u{565}\u{57A}\u{57F}\u{565}\u{574}\u{562}\u{565}\u{580}\u{56B}, 2025 \u{569}.", drift: "06 \u{570}\u{578}\u{56F}\u{57F}\u{565}\u{574}\u{562}\u{565}\u{580}\u{56B}, 2025 \u{569}.",
            pattern: "dd MMMM, y \u{569}.", defaultOf: "hy"),
        Row(form: "mn style 1", same: "2025\u{202F}\u{43E}\u{43D}\u{44B} \u{435}\u{441}\u{434}\u{4AF}\u{433}\u{44D}\u{44D}\u{440} \u{441}\u{430}\u{440}\u{44B}\u{43D} 29", drift: "2025\u{202F}\u{43E}\u{43D}\u{44B} \u{430}\u{440}\u{430}\u{432}\u{434}\u{443}\u{433}\u{430}\u{430}\u{440} \u{441}\u{430}\u{440}\u{44B}\u{43D} 6",
            pattern: "y\u{202F}'\u{43E}\u{43D}\u{44B}' MMMM'\u{44B}\u{43D}' d", defaultOf: "mn"),
        Row(form: "sw yMMMEd", same: "Jumatatu, 29 Sep 2025", drift: "Jumatatu, 6 Okt 2025",
            pattern: "EEE, d MMM y", defaultOf: nil),
        Row(form: "uz style 1", same: "29-sentabr, 2025", drift: "6-oktabr, 2025",
            pattern: "d-MMMM, y", defaultOf: "uz"),
        Row(form: "ta yMMMEd", same: "\u{BA4}\u{BBF}\u{B99}\u{BCD}., 29 \u{B9A}\u{BC6}\u{BAA}\u{BCD}., 2025", drift: "\u{BA4}\u{BBF}\u{B99}\u{BCD}., 6 \u{B85}\u{B95}\u{BCD}., 2025",
            pattern: "EEE, d MMM, y", defaultOf: nil),
        Row(form: "kk style 1", same: "2025\u{202F}\u{436}. 29 \u{49B}\u{44B}\u{440}\u{43A}\u{4AF}\u{439}\u{435}\u{43A}", drift: "2025\u{202F}\u{436}. 6 \u{49B}\u{430}\u{437}\u{430}\u{43D}",
            pattern: "y\u{202F}'\u{436}'. d MMMM", defaultOf: "kk"),
        Row(form: "bg style 1", same: "29 \u{441}\u{435}\u{43F}\u{442}\u{435}\u{43C}\u{432}\u{440}\u{438} 2025\u{202F}\u{433}.", drift: "6 \u{43E}\u{43A}\u{442}\u{43E}\u{43C}\u{432}\u{440}\u{438} 2025\u{202F}\u{433}.",
            pattern: "d MMMM y\u{202F}'\u{433}'.", defaultOf: "bg"),
        Row(form: "lt style 1", same: "2025 m. rugs\u{117}jo 29 d.", drift: "2025 m. spalio 6 d.",
            pattern: "y 'm'. MMMM d 'd'.", defaultOf: "lt"),
        Row(form: "ar_MA style 1", same: "29 \u{634}\u{62A}\u{646}\u{628}\u{631} 2025", drift: "6 \u{623}\u{643}\u{62A}\u{648}\u{628}\u{631} 2025",
            pattern: "d MMMM y", defaultOf: "ar_MA"),
        Row(form: "km style 1", same: "29 \u{1780}\u{1789}\u{17D2}\u{1789}\u{17B6} 2025", drift: "6 \u{178F}\u{17BB}\u{179B}\u{17B6} 2025",
            pattern: "d MMMM y", defaultOf: "km"),
        Row(form: "si style 1", same: "2025 \u{DC3}\u{DD0}\u{DB4}\u{DCA}\u{DAD}\u{DD0}\u{DB8}\u{DCA}\u{DB6}\u{DBB}\u{DCA} 29", drift: "2025 \u{D94}\u{D9A}\u{DCA}\u{DAD}\u{DDD}\u{DB6}\u{DBB}\u{DCA} 6",
            pattern: "y MMMM d", defaultOf: "si"),
        Row(form: "am style 1", same: "29 \u{1234}\u{1355}\u{1274}\u{121D}\u{1260}\u{122D} 2025", drift: "6 \u{12A6}\u{12AD}\u{1276}\u{1260}\u{122D} 2025",
            pattern: "d MMMM y", defaultOf: "am"),
        Row(form: "az style 2", same: "29 sen 2025", drift: "6 okt 2025",
            pattern: "d MMM y", defaultOf: "az"),
        Row(form: "ro yMMMEd", same: "lun., 29 sept. 2025", drift: "lun., 6 oct. 2025",
            pattern: "EEE, d MMM y", defaultOf: nil),
    ]

    /// Dates in other digits: Arabic-Indic (with U+200F marks), Devanagari, Bengali, Myanmar.
    /// The diff searches a hunk for dates only where its window holds an ASCII digit
    /// (`HunkWidener`, outside Dates/), so these are checked on the recognizer itself.
    static let otherDigits: [Row] = [
        Row(form: "ar style 1", same: "\u{662}\u{669} \u{633}\u{628}\u{62A}\u{645}\u{628}\u{631} \u{662}\u{660}\u{662}\u{665}", drift: "\u{666} \u{623}\u{643}\u{62A}\u{648}\u{628}\u{631} \u{662}\u{660}\u{662}\u{665}",
            pattern: "d MMMM y", defaultOf: "ar"),
        Row(form: "ar style 3", same: "\u{662}\u{669}\u{200F}/\u{669}\u{200F}/\u{662}\u{660}\u{662}\u{665}", drift: "\u{666}\u{200F}/\u{661}\u{660}\u{200F}/\u{662}\u{660}\u{662}\u{665}",
            pattern: "d\u{200F}/M\u{200F}/y", defaultOf: "ar"),
        Row(form: "ne style 1", same: "\u{968}\u{966}\u{968}\u{96B} \u{938}\u{947}\u{92A}\u{94D}\u{91F}\u{947}\u{92E}\u{94D}\u{92C}\u{930} \u{968}\u{96F}", drift: "\u{968}\u{966}\u{968}\u{96B} \u{905}\u{915}\u{94D}\u{91F}\u{94B}\u{92C}\u{930} \u{96C}",
            pattern: "y MMM d", defaultOf: "ne"),
        Row(form: "bn style 1", same: "\u{9E8}\u{9EF} \u{9B8}\u{9C7}\u{9AA}\u{9CD}\u{99F}\u{9C7}\u{9AE}\u{9CD}\u{9AC}\u{9B0}, \u{9E8}\u{9E6}\u{9E8}\u{9EB}", drift: "\u{9EC} \u{985}\u{995}\u{9CD}\u{99F}\u{9CB}\u{9AC}\u{9B0}, \u{9E8}\u{9E6}\u{9E8}\u{9EB}",
            pattern: "d MMMM, y", defaultOf: "bn"),
        Row(form: "my style 1", same: "\u{1042}\u{1040}\u{1042}\u{1045}\u{104A} \u{1005}\u{1000}\u{103A}\u{1010}\u{1004}\u{103A}\u{1018}\u{102C} \u{1042}\u{1049}", drift: "\u{1042}\u{1040}\u{1042}\u{1045}\u{104A} \u{1021}\u{1031}\u{102C}\u{1000}\u{103A}\u{1010}\u{102D}\u{102F}\u{1018}\u{102C} \u{1046}",
            pattern: "y\u{104A} MMMM d", defaultOf: "my"),
        Row(form: "mr style 2", same: "\u{968}\u{96F} \u{938}\u{92A}\u{94D}\u{91F}\u{947}\u{902}, \u{968}\u{966}\u{968}\u{96B}", drift: "\u{96C} \u{911}\u{915}\u{94D}\u{91F}\u{94B}, \u{968}\u{966}\u{968}\u{96B}",
            pattern: "d MMM, y", defaultOf: "mr"),
    ]

    @Test("dates in other digits are read whole, with the pattern and the day", arguments: otherDigits)
    func otherDigitDates(_ row: Row) throws {
        let recognizer = DateRecognizer()
        for (text, day) in [(row.same, "2025-09-29"), (row.drift, "2025-10-06")] {
            let prefix = Array("Today: ".unicodeScalars.map(\.value)), date = text.unicodeScalars.map(\.value)
            let found = recognizer.dates(in: prefix + date + Array(" is the day.".unicodeScalars.map(\.value)))
            try #require(found.count == 1, "\(row.form): \(found.map { "\($0.range) \($0.patterns)" })")
            #expect(found[0].range == prefix.count..<(prefix.count + date.count), "\(row.form)")
            let index = try #require(found[0].patterns.firstIndex(of: row.pattern), "\(row.form): \(found[0].patterns)")
            #expect(found[0].isoValue(at: index) == day, "\(row.form)")
            #expect(DateRecognizer.locales(usingPattern: row.pattern).contains(row.defaultOf ?? ""), "\(row.form)")
        }
    }

    /// The prompt a rendering is put in, and the byte range of the rendering in it.
    static func prompt(_ date: String) -> (String, ByteRange) {
        let prefix = "You are Claude Code.\nToday's date: "
        return (prefix + date + "\nBe concise.\n", ByteRange(start: prefix.utf8.count, end: prefix.utf8.count + date.utf8.count))
    }

    @Test("the same day as ISO 8601 is one high date-format finding over the whole date", arguments: rows)
    func sameDay(_ row: Row) throws {
        let (baseline, baselineRange) = Self.prompt("2025-09-29"), (candidate, candidateRange) = Self.prompt(row.same)
        let report = Differ.diff(baseline: baseline, candidate: candidate)
        try #require(report.findings.count == 1, "\(report.findings.map(describe))")
        let finding = report.findings[0]
        #expect(finding.kind == .dateFormat && finding.subkind == nil && finding.severity == .high, "\(describe(finding))")
        #expect(finding.baseline.range == baselineRange && finding.candidate.range == candidateRange, "\(describe(finding))")
        #expect(finding.date?.candidatePattern == row.pattern)
        #expect(finding.date?.candidateValue == "2025-09-29")
        if let locale = row.defaultOf { #expect(finding.date?.localesUsingCandidatePattern.contains(locale) == true) }
    }

    @Test("another day in the same form is one info date-value finding", arguments: rows)
    func anotherDay(_ row: Row) throws {
        let (baseline, baselineRange) = Self.prompt(row.same), (candidate, candidateRange) = Self.prompt(row.drift)
        let report = Differ.diff(baseline: baseline, candidate: candidate)
        try #require(report.findings.count == 1, "\(report.findings.map(describe))")
        let finding = report.findings[0]
        #expect(finding.kind == .dateValue && finding.subkind == nil && finding.severity == .info, "\(describe(finding))")
        #expect(finding.baseline.range == baselineRange && finding.candidate.range == candidateRange, "\(describe(finding))")
        #expect(finding.date?.baselineValue == "2025-09-29" && finding.date?.candidateValue == "2025-10-06")
    }

    @Test("a narrow no-break space typed as a space still reads (mn, kk, bg)")
    func typedSpace() throws {
        for row in Self.rows where row.same.unicodeScalars.contains("\u{202F}") {
            let typed = String(String.UnicodeScalarView(row.same.unicodeScalars.map { $0 == "\u{202F}" ? " " : $0 }))
            let (baseline, _) = Self.prompt("2025-09-29"), (candidate, candidateRange) = Self.prompt(typed)
            let report = Differ.diff(baseline: baseline, candidate: candidate)
            try #require(report.findings.count == 1, "\(row.form): \(report.findings.map(describe))")
            #expect(report.findings[0].kind == .dateFormat && report.findings[0].candidate.range == candidateRange, "\(row.form)")
        }
    }

    @Test("numbers beside words in prose are no dates, though ~370 languages' month names are known")
    func proseIsNoDate() {
        let recognizer = DateRecognizer()
        let prose = [
            "Use 3 to 5 items per list, and 2 or 3 examples.", "Chapter 2 and 3 of the May 2026 release notes.",
            "Version 2.1.236 and 1.2.34 fix the build; see PR 4521.", "Read John 3:16 and score 3:16 at half time.",
            "In 1999 or 2000 we had 10 more or 12 fewer rows.", "Set 5 sets of 10 reps; do 2 more on day 3.",
            "Build 20260704a and id v20260704 are identifiers.", "Python 3.12 and Swift 6.3.1 are in use since 2023.",
            "The 2 of us left at 5; it was 12 degrees.", "Mi 4 de ti, la 2 de mo: nonsense words 7 tu 9.",
        ]
        for sentence in prose {
            let found = recognizer.dates(in: sentence.unicodeScalars.map(\.value))
            #expect(found.isEmpty, "\(sentence): \(found.map { "\($0.range) \($0.patterns)" })")
        }
    }
}
