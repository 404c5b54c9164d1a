import Foundation
import StegDiff
import Testing

/// What locales write between a date and its time (`، `, ` في `, ` ساعت `), from ICU, and
/// date-times of other digits and calendars.
@Suite("date-times: every locale's glue between date and time")
struct DateTimeGlueTests {
    @Test("the embedded glue equals what the running ICU gives")
    func embeddedGlue() throws {
        if ProcessInfo.processInfo.environment["STEGDIFF_RECORD"] == "1" {
            let path = projectRoot + "/Sources/StegDiff/Dates/EmbeddedDateTimeGlue.swift"
            try DateTimeGlue.swiftSource().write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("wrote \(path); build again and rerun without STEGDIFF_RECORD")
            return
        }
        guard DateTimeGlue.matchesRunningICU else { return }
        let computed = DateTimeGlue.computed(), embedded = DateTimeGlue.embedded
        #expect(embedded.afterDate == computed.afterDate && embedded.beforeDate == computed.beforeDate && embedded.afterTime == computed.afterTime
                && embedded.beforeTime == computed.beforeTime)
        #expect(computed.beforeTime.contains("'l\u{FA}c' "))
        // bg's hour mark, hi's word for o'clock.
        #expect(computed.afterTime.contains(" '\u{447}'.") && computed.afterTime.contains(" \u{92C}\u{91C}\u{947}"))
        // ar's medium glue, its long one (non-ASCII words go unquoted), fa's long one, en's;
        // vi writes the time first.
        #expect(computed.afterDate.contains("\u{060C} ") && computed.afterDate.contains(" \u{0641}\u{064A} "))
        #expect(computed.afterDate.contains(" \u{0633}\u{0627}\u{0639}\u{062A} ") && computed.afterDate.contains(" 'at' "))
        #expect(computed.beforeDate.contains(" "))
        #expect(DateTimeGlue.rendered(" 'at' ") == " at " && DateTimeGlue.rendered("'o''clock'") == "o'clock")
    }

    typealias Case = DateFormsTests.Case

    static let iso = "Current date: 2025-09-29T16:55:10.367Z. Be concise."

    static let cases: [Case] = [
        Case(name: "ar short date-time in Arabic-Indic digits, its comma and PM letter", baseline: iso,
             candidate: "Current date: \u{662}\u{669}\u{200F}/\u{669}\u{200F}/\u{662}\u{660}\u{662}\u{665}\u{60C} \u{664}:\u{665}\u{665}:\u{661}\u{660} \u{645}. Be concise.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29T16:55:10.367Z",
             candidateExpression: "\u{662}\u{669}\u{200F}/\u{669}\u{200F}/\u{662}\u{660}\u{662}\u{665}\u{60C} \u{664}:\u{665}\u{665}:\u{661}\u{660} \u{645}"),
        Case(name: "ar long date-time with its word for at, an hour later", baseline: iso,
             candidate: "Current date: \u{662}\u{669} \u{633}\u{628}\u{62A}\u{645}\u{628}\u{631} \u{662}\u{660}\u{662}\u{665} \u{641}\u{64A} \u{665}:\u{665}\u{665}:\u{661}\u{660} \u{645}. Be concise.",
             kind: .dateFormat, subkind: "time-zone", severity: .high, baselineExpression: "2025-09-29T16:55:10.367Z",
             candidateExpression: "\u{662}\u{669} \u{633}\u{628}\u{62A}\u{645}\u{628}\u{631} \u{662}\u{660}\u{662}\u{665} \u{641}\u{64A} \u{665}:\u{665}\u{665}:\u{661}\u{660} \u{645}"),
        Case(name: "bn date-time in Bengali digits, another day", baseline: "Current date: \u{9E8}\u{9EF}/\u{9EF}/\u{9E8}\u{9E6}\u{9E8}\u{9EB}, \u{9E7}\u{9EC}:\u{9EB}\u{9EB}:\u{9E7}\u{9E6}. Be concise.",
             candidate: "Current date: \u{9E9}\u{9E6}/\u{9EF}/\u{9E8}\u{9E6}\u{9E8}\u{9EB}, \u{9E7}\u{9EC}:\u{9EB}\u{9EB}:\u{9E7}\u{9E6}. Be concise.",
             kind: .dateValue, subkind: nil, severity: .info,
             baselineExpression: "\u{9E8}\u{9EF}/\u{9EF}/\u{9E8}\u{9E6}\u{9E8}\u{9EB}, \u{9E7}\u{9EC}:\u{9EB}\u{9EB}:\u{9E7}\u{9E6}",
             candidateExpression: "\u{9E9}\u{9E6}/\u{9EF}/\u{9E8}\u{9E6}\u{9E8}\u{9EB}, \u{9E7}\u{9EC}:\u{9EB}\u{9EB}:\u{9E7}\u{9E6}"),
        Case(name: "el long date-time with its word for at", baseline: iso,
             candidate: "Current date: 29 \u{3A3}\u{3B5}\u{3C0}\u{3C4}\u{3B5}\u{3BC}\u{3B2}\u{3C1}\u{3AF}\u{3BF}\u{3C5} 2025 \u{3C3}\u{3C4}\u{3B9}\u{3C2} 4:55:10 \u{3BC}.\u{3BC}.. Be concise.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29T16:55:10.367Z",
             candidateExpression: "29 \u{3A3}\u{3B5}\u{3C0}\u{3C4}\u{3B5}\u{3BC}\u{3B2}\u{3C1}\u{3AF}\u{3BF}\u{3C5} 2025 \u{3C3}\u{3C4}\u{3B9}\u{3C2} 4:55:10 \u{3BC}.\u{3BC}."),
        Case(name: "he long date-time with its word for at", baseline: iso,
             candidate: "Current date: 29 \u{5D1}\u{5E1}\u{5E4}\u{5D8}\u{5DE}\u{5D1}\u{5E8} 2025 \u{5D1}\u{5E9}\u{5E2}\u{5D4} 16:55:10. Be concise.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29T16:55:10.367Z",
             candidateExpression: "29 \u{5D1}\u{5E1}\u{5E4}\u{5D8}\u{5DE}\u{5D1}\u{5E8} 2025 \u{5D1}\u{5E9}\u{5E2}\u{5D4} 16:55:10"),
        Case(name: "vi time before its date", baseline: iso, candidate: "Current date: 16:55:10 29/9/2025. Be concise.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29T16:55:10.367Z", candidateExpression: "16:55:10 29/9/2025"),
        Case(name: "vi time before its long date, with its word for at", baseline: iso,
             candidate: "Current date: l\u{FA}c 16:55:10 29 th\u{E1}ng 9, 2025. Be concise.", kind: .dateFormat, subkind: nil, severity: .high,
             baselineExpression: "2025-09-29T16:55:10.367Z", candidateExpression: "l\u{FA}c 16:55:10 29 th\u{E1}ng 9, 2025"),
        Case(name: "vi time before its date, the next day", baseline: "Current date: 16:55:10 29/9/2025. Be concise.",
             candidate: "Current date: 16:55:10 30/9/2025. Be concise.", kind: .dateValue, subkind: nil, severity: .info,
             baselineExpression: "16:55:10 29/9/2025", candidateExpression: "16:55:10 30/9/2025"),
        // Words after the time, ko's 24-hour units, a time glued to a date that ends in 日.
        Case(name: "bg hour mark after the time", baseline: iso, candidate: "Current date: 29.09.2025\u{202F}\u{433}., 16:55:10 \u{447}.. Be concise.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29T16:55:10.367Z",
             candidateExpression: "29.09.2025\u{202F}\u{433}., 16:55:10 \u{447}."),
        Case(name: "hi long date-time with its words before and after the time", baseline: iso,
             candidate: "Current date: 29 \u{938}\u{93F}\u{924}\u{902}\u{92C}\u{930} 2025 \u{915}\u{94B} 4:55:10 pm \u{92C}\u{91C}\u{947}. Be concise.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29T16:55:10.367Z",
             candidateExpression: "29 \u{938}\u{93F}\u{924}\u{902}\u{92C}\u{930} 2025 \u{915}\u{94B} 4:55:10 pm \u{92C}\u{91C}\u{947}"),
        Case(name: "ko 24-hour units", baseline: iso, candidate: "Current date: 2025. 9. 29. 16\u{C2DC} 55\u{BD84} 10\u{CD08}. Be concise.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29T16:55:10.367Z",
             candidateExpression: "2025. 9. 29. 16\u{C2DC} 55\u{BD84} 10\u{CD08}"),
        Case(name: "yue time right after the date's 日, an hour later", baseline: "Current date: 2025\u{5E74}9\u{6708}29\u{65E5}16:55:10. Be concise.",
             candidate: "Current date: 2025\u{5E74}9\u{6708}29\u{65E5}17:55:10. Be concise.", kind: .dateValue, subkind: nil, severity: .info,
             baselineExpression: "2025\u{5E74}9\u{6708}29\u{65E5}16:55:10", candidateExpression: "2025\u{5E74}9\u{6708}29\u{65E5}17:55:10"),
        // The same pattern in other digits is another form; drift in those digits is drift.
        Case(name: "ISO date in Devanagari digits", baseline: "Current date: 2025-09-29. Be concise.",
             candidate: "Current date: \u{968}\u{966}\u{968}\u{96B}-\u{966}\u{96F}-\u{968}\u{96F}. Be concise.", kind: .dateFormat, subkind: nil,
             severity: .high, baselineExpression: "2025-09-29", candidateExpression: "\u{968}\u{966}\u{968}\u{96B}-\u{966}\u{96F}-\u{968}\u{96F}"),
        Case(name: "ISO date in Devanagari digits, the next day", baseline: "Current date: \u{968}\u{966}\u{968}\u{96B}-\u{966}\u{96F}-\u{968}\u{96F}. Be concise.",
             candidate: "Current date: \u{968}\u{966}\u{968}\u{96B}-\u{966}\u{96F}-\u{969}\u{966}. Be concise.", kind: .dateValue, subkind: nil,
             severity: .info, baselineExpression: "\u{968}\u{966}\u{968}\u{96B}-\u{966}\u{96F}-\u{968}\u{96F}",
             candidateExpression: "\u{968}\u{966}\u{968}\u{96B}-\u{966}\u{96F}-\u{969}\u{966}"),
        // A zone between a time and the date after it; a date's own period before the sentence's;
        // a thin space before 下午; a 2-digit year in other digits; a day far behind its hunk.
        Case(name: "vi time, zone and weekday before the date", baseline: iso,
             candidate: "Current date: l\u{FA}c 16:55:10 UTC Th\u{1EE9} Hai, 29 th\u{E1}ng 9, 2025. Be concise.", kind: .dateFormat, subkind: nil,
             severity: .high, baselineExpression: "2025-09-29T16:55:10.367Z",
             candidateExpression: "l\u{FA}c 16:55:10 UTC Th\u{1EE9} Hai, 29 th\u{E1}ng 9, 2025"),
        Case(name: "sr date with its period, then the sentence's", baseline: "Current date: 2025-09-29. Be concise.",
             candidate: "Current date: 29. 9. 2025.. Be concise.", kind: .dateFormat, subkind: nil, severity: .high,
             baselineExpression: "2025-09-29", candidateExpression: "29. 9. 2025."),
        Case(name: "zh_Hant thin space before the afternoon", baseline: "Current date: 2025-09-29T16:55Z. Be concise.",
             candidate: "Current date: 2025/9/29\u{2009}\u{4E0B}\u{5348}4:55. Be concise.", kind: .dateFormat, subkind: nil, severity: .high,
             baselineExpression: "2025-09-29T16:55Z", candidateExpression: "2025/9/29\u{2009}\u{4E0B}\u{5348}4:55"),
        Case(name: "bn short date, 2-digit year in Bengali digits", baseline: "Current date: 2025-09-29. Be concise.",
             candidate: "Current date: \u{9E8}\u{9EF}/\u{9EF}/\u{9E8}\u{9EB}. Be concise.", kind: .dateFormat, subkind: nil, severity: .high,
             baselineExpression: "2025-09-29", candidateExpression: "\u{9E8}\u{9EF}/\u{9EF}/\u{9E8}\u{9EB}"),
        Case(name: "ne long date, the next day (its year 50 bytes before the day)",
             baseline: "Current date: \u{968}\u{966}\u{968}\u{96B} \u{938}\u{947}\u{92A}\u{94D}\u{91F}\u{947}\u{92E}\u{94D}\u{92C}\u{930} \u{968}\u{96F}. Be concise.",
             candidate: "Current date: \u{968}\u{966}\u{968}\u{96B} \u{938}\u{947}\u{92A}\u{94D}\u{91F}\u{947}\u{92E}\u{94D}\u{92C}\u{930} \u{969}\u{966}. Be concise.",
             kind: .dateValue, subkind: nil, severity: .info,
             baselineExpression: "\u{968}\u{966}\u{968}\u{96B} \u{938}\u{947}\u{92A}\u{94D}\u{91F}\u{947}\u{92E}\u{94D}\u{92C}\u{930} \u{968}\u{96F}",
             candidateExpression: "\u{968}\u{966}\u{968}\u{96B} \u{938}\u{947}\u{92A}\u{94D}\u{91F}\u{947}\u{92E}\u{94D}\u{92C}\u{930} \u{969}\u{966}"),
        // Eras that stay the same over the years: th's Buddhist `พ.ศ.`, ar_SA's Islamic `هـ`.
        Case(name: "th full date with its era", baseline: "Current date: 2025-09-29. Be concise.",
             candidate: "Current date: \u{E27}\u{E31}\u{E19}\u{E08}\u{E31}\u{E19}\u{E17}\u{E23}\u{E4C}\u{E17}\u{E35}\u{E48} 29 \u{E01}\u{E31}\u{E19}\u{E22}\u{E32}\u{E22}\u{E19} \u{E1E}.\u{E28}. 2568. Be concise.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29",
             candidateExpression: "\u{E27}\u{E31}\u{E19}\u{E08}\u{E31}\u{E19}\u{E17}\u{E23}\u{E4C}\u{E17}\u{E35}\u{E48} 29 \u{E01}\u{E31}\u{E19}\u{E22}\u{E32}\u{E22}\u{E19} \u{E1E}.\u{E28}. 2568"),
        Case(name: "ar_SA Islamic date", baseline: "Current date: 2025-09-29. Be concise.",
             candidate: "Current date: \u{667} \u{631}\u{628}\u{64A}\u{639} \u{627}\u{644}\u{622}\u{62E}\u{631} \u{661}\u{664}\u{664}\u{667} \u{647}\u{640}. Be concise.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29",
             candidateExpression: "\u{667} \u{631}\u{628}\u{64A}\u{639} \u{627}\u{644}\u{622}\u{62E}\u{631} \u{661}\u{664}\u{664}\u{667} \u{647}\u{640}"),
        // Other calendars: th's Buddhist years in the numeric form (the same text as the
        // Gregorian `d/M/y`), fa's Persian months and years.
        Case(name: "th Buddhist year, numeric", baseline: iso, candidate: "Current date: 29/9/2568 16:55:10. Be concise.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29T16:55:10.367Z", candidateExpression: "29/9/2568 16:55:10"),
        Case(name: "th Buddhist year, the next day", baseline: "Current date: 29/9/2568 16:55:10. Be concise.",
             candidate: "Current date: 30/9/2568 16:55:10. Be concise.", kind: .dateValue, subkind: nil, severity: .info,
             baselineExpression: "29/9/2568 16:55:10", candidateExpression: "30/9/2568 16:55:10"),
        Case(name: "fa Persian long date and time", baseline: iso,
             candidate: "Current date: \u{6F7} \u{645}\u{647}\u{631} \u{6F1}\u{6F4}\u{6F0}\u{6F4} \u{633}\u{627}\u{639}\u{62A} \u{6F1}\u{6F6}:\u{6F5}\u{6F5}:\u{6F1}\u{6F0}. Be concise.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29T16:55:10.367Z",
             candidateExpression: "\u{6F7} \u{645}\u{647}\u{631} \u{6F1}\u{6F4}\u{6F0}\u{6F4} \u{633}\u{627}\u{639}\u{62A} \u{6F1}\u{6F6}:\u{6F5}\u{6F5}:\u{6F1}\u{6F0}"),
    ]

    @Test("each form is one finding of the right kind over the whole expression", arguments: cases)
    func form(_ item: Case) throws { try DateFormsTests.check(item) }

    @Test("a pattern in other digits names them")
    func digitsNamed() throws {
        let report = Differ.diff(baseline: "Current date: 2025-09-29. Be concise.",
                                 candidate: "Current date: \u{662}\u{660}\u{662}\u{665}-\u{660}\u{669}-\u{662}\u{669}. Be concise.")
        let date = try #require(report.findings.first?.date)
        #expect(report.findings.count == 1)
        #expect(date.baselinePattern == "y-MM-dd" && date.candidatePattern == "y-MM-dd (Arabic-Indic digits)")
        #expect(date.baselineValue == "2025-09-29" && date.candidateValue == "2025-09-29")
    }
}
