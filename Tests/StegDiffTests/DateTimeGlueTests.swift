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
        #expect(embedded.afterDate == computed.afterDate && embedded.beforeDate == computed.beforeDate && embedded.afterTime == computed.afterTime)
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
}
