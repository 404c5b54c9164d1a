import Foundation
import StegDiff
import Testing

/// Every locale's AM/PM word after a time (`4:55:10 em`), and times with periods after a date
/// (`29.9.2025 16.55.10`): the time belongs to the date's expression, one finding.
@Suite("date-times: every locale's AM/PM, periods between the fields")
struct DayPeriodWordsTests {
    @Test("the embedded AM/PM words equal what the running ICU gives")
    func embeddedWords() throws {
        if ProcessInfo.processInfo.environment["STEGDIFF_RECORD"] == "1" {
            let path = projectRoot + "/Sources/StegDiff/Dates/EmbeddedDayPeriods.swift"
            try DayPeriodWords.swiftSource().write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("wrote \(path); build again and rerun without STEGDIFF_RECORD")
            return
        }
        guard DayPeriodWords.matchesRunningICU else { return }
        let computed = DayPeriodWords.computed(), embedded = DayPeriodWords.embedded
        #expect(embedded.am == computed.am && embedded.pm == computed.pm)
        #expect(computed.pm.contains("em") && computed.am.contains("fm") && computed.pm.contains("\u{03BC}.\u{03BC}."))
        #expect(!computed.am.contains("a") && !computed.pm.contains("p"))
    }

    typealias Case = DateFormsTests.Case

    static let cases: [Case] = [
        Case(name: "sv PM word", baseline: "Current date: 2025-09-29T16:55:10Z. Be concise.",
             candidate: "Current date: 29 sep. 2025 4:55:10\u{202F}em. Be concise.", kind: .dateFormat, subkind: nil, severity: .high,
             baselineExpression: "2025-09-29T16:55:10Z", candidateExpression: "29 sep. 2025 4:55:10\u{202F}em"),
        Case(name: "el PM word with periods", baseline: "Current date: 2025-09-29T16:55:10Z. Be concise.",
             candidate: "Current date: 29 \u{03A3}\u{03B5}\u{03C0} 2025, 4:55:10\u{202F}\u{03BC}.\u{03BC}.. Be concise.", kind: .dateFormat,
             subkind: nil, severity: .high, baselineExpression: "2025-09-29T16:55:10Z",
             candidateExpression: "29 \u{03A3}\u{03B5}\u{03C0} 2025, 4:55:10\u{202F}\u{03BC}.\u{03BC}."),
        Case(name: "pt words of two", baseline: "Current date: 2025-09-29T16:55:10Z. Be concise.",
             candidate: "Current date: 29/09/2025, 4:55:10\u{202F}da tarde. Be concise.", kind: .dateFormat, subkind: nil, severity: .high,
             baselineExpression: "2025-09-29T16:55:10Z", candidateExpression: "29/09/2025, 4:55:10\u{202F}da tarde"),
        Case(name: "hu PM word before the time", baseline: "Current date: 2025-09-29T16:55:10Z. Be concise.",
             candidate: "Current date: 2025. szept. 29. du.\u{202F}4:55:10. Be concise.", kind: .dateFormat, subkind: nil, severity: .high,
             baselineExpression: "2025-09-29T16:55:10Z", candidateExpression: "2025. szept. 29. du.\u{202F}4:55:10"),
        Case(name: "tr PM word before the time", baseline: "Current date: 2025-09-29T16:55:10Z. Be concise.",
             candidate: "Current date: 29 Eyl 2025 \u{00D6}S\u{202F}4:55:10. Be concise.", kind: .dateFormat, subkind: nil, severity: .high,
             baselineExpression: "2025-09-29T16:55:10Z", candidateExpression: "29 Eyl 2025 \u{00D6}S\u{202F}4:55:10"),
        Case(name: "zh_Hant medium time with its zone in brackets", baseline: "Current date: 2025-09-29T16:55:10.367Z. Be concise.",
             candidate: "Current date: 2025\u{5E74}9\u{6708}29\u{65E5} \u{4E0B}\u{5348}4:55:10 [UTC]. Be concise.", kind: .dateFormat, subkind: nil,
             severity: .high, baselineExpression: "2025-09-29T16:55:10.367Z",
             candidateExpression: "2025\u{5E74}9\u{6708}29\u{65E5} \u{4E0B}\u{5348}4:55:10 [UTC]"),
        Case(name: "zh_Hant time with an offset in brackets, same instant", baseline: "Current date: 2025-09-29T16:55:10Z. Be concise.",
             candidate: "Current date: 2025\u{5E74}9\u{6708}30\u{65E5} \u{51CC}\u{6668}12:55:10 [GMT+8]. Be concise.", kind: .dateFormat,
             subkind: "time-zone", severity: .high, baselineExpression: "2025-09-29T16:55:10Z",
             candidateExpression: "2025\u{5E74}9\u{6708}30\u{65E5} \u{51CC}\u{6668}12:55:10 [GMT+8]"),
        Case(name: "da periods between the fields", baseline: "Current date: 2025-09-29T16:55:10Z. Be concise.",
             candidate: "Current date: 29.9.2025 16.55.10. Be concise.", kind: .dateFormat, subkind: nil, severity: .high,
             baselineExpression: "2025-09-29T16:55:10Z", candidateExpression: "29.9.2025 16.55.10"),
        Case(name: "id periods, another instant", baseline: "Current date: 29/9/2025, 16.55.10. Be concise.",
             candidate: "Current date: 29/9/2025, 17.05.10. Be concise.", kind: .dateValue, subkind: nil, severity: .info,
             baselineExpression: "29/9/2025, 16.55.10", candidateExpression: "29/9/2025, 17.05.10"),
    ]

    @Test("each form is one finding of the right kind over the whole expression", arguments: cases)
    func form(_ item: Case) throws { try DateFormsTests.check(item) }

    @Test("a number with a period alone is no time, and a single letter after a time is no AM/PM")
    func prose() {
        #expect(Differ.diff(baseline: "Version 16.55 ships.", candidate: "Version 16.56 ships.").findings.map(\.kind) == [.edit])
        let report = Differ.diff(baseline: "At 16:55:10 a meeting.", candidate: "At 16:55:11 a meeting.")
        #expect(report.findings.map(\.kind) == [.dateValue])
        #expect(report.findings.first?.baseline.range == ByteRange(start: 3, end: 11))
    }
}
