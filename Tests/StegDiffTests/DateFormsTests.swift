import StegDiff
import Testing

/// Forms issue 14 listed as missed: a time alone, AM/PM before the time, 時分秒, RFC 850, a zone
/// renamed with no digit changed, and a parenthesized phrase after a timestamp.
@Suite("date forms: times alone, zones renamed, RFC 850")
struct DateFormsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var baseline: String
        var candidate: String
        /// The one finding expected: kind, subkind, severity, and the byte ranges as text to find.
        var kind: FindingKind
        var subkind: String?
        var severity: Severity
        var baselineExpression: String
        var candidateExpression: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "24-hour time to 12-hour, same clock", baseline: "At 16:55 the job ran.", candidate: "At 4:55 PM the job ran.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "16:55", candidateExpression: "4:55 PM"),
        Case(name: "time alone, another time in another form", baseline: "At 16:55 the job ran.", candidate: "At 5:02 PM the job ran.",
             kind: .dateValue, subkind: nil, severity: .info, baselineExpression: "16:55", candidateExpression: "5:02 PM"),
        Case(name: "zone renamed with the clock kept", baseline: "At 16:55:10 UTC the job ran.", candidate: "At 16:55:10 CST the job ran.",
             kind: .dateFormat, subkind: "time-zone", severity: .high, baselineExpression: "16:55:10 UTC", candidateExpression: "16:55:10 CST"),
        Case(name: "zone renamed after a date-time", baseline: "Now: 2025-09-29 16:55:10 UTC.", candidate: "Now: 2025-09-29 16:55:10 CST.",
             kind: .dateFormat, subkind: "time-zone", severity: .high, baselineExpression: "2025-09-29 16:55:10 UTC",
             candidateExpression: "2025-09-29 16:55:10 CST"),
        Case(name: "zh afternoon before the time", baseline: "今天是2025年9月29日 16:55。", candidate: "今天是2025年9月29日 下午4:55。",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025年9月29日 16:55", candidateExpression: "2025年9月29日 下午4:55"),
        Case(name: "zh afternoon glued to the date", baseline: "今天是2025年9月29日 16:55。", candidate: "今天是2025年9月29日下午4:55。",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025年9月29日 16:55", candidateExpression: "2025年9月29日下午4:55"),
        Case(name: "ko afternoon before the time", baseline: "지금 2025. 9. 29. 16:55 입니다", candidate: "지금 2025. 9. 29. 오후 4:55 입니다",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025. 9. 29. 16:55", candidateExpression: "2025. 9. 29. 오후 4:55"),
        Case(name: "ja 時分秒", baseline: "現在 2025年9月29日 16:55:10 です", candidate: "現在 2025年9月29日 16時55分10秒 です",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025年9月29日 16:55:10", candidateExpression: "2025年9月29日 16時55分10秒"),
        Case(name: "RFC 1123 to RFC 850", baseline: "Expires: Mon, 29 Sep 2025 16:55:10 GMT\n", candidate: "Expires: Monday, 29-Sep-25 16:55:10 GMT\n",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "Mon, 29 Sep 2025 16:55:10 GMT",
             candidateExpression: "Monday, 29-Sep-25 16:55:10 GMT"),
        Case(name: "RFC 850 drift", baseline: "Expires: Monday, 29-Sep-25 16:55:10 GMT\n", candidate: "Expires: Monday, 06-Oct-25 16:55:10 GMT\n",
             kind: .dateValue, subkind: nil, severity: .info, baselineExpression: "Monday, 29-Sep-25 16:55:10 GMT",
             candidateExpression: "Monday, 06-Oct-25 16:55:10 GMT"),
        Case(name: "(local time) after a timestamp is prose", baseline: "T: 2025-09-29T16:55:10+00:00 (local time)",
             candidate: "T: 2025-09-30T00:55:10+08:00 (local time)", kind: .dateFormat, subkind: "time-zone", severity: .high,
             baselineExpression: "2025-09-29T16:55:10+00:00", candidateExpression: "2025-09-30T00:55:10+08:00"),
        Case(name: "weekday before an ISO date", baseline: "Monday 2025-09-29: release.", candidate: "Tuesday 2025-09-30: release.",
             kind: .dateValue, subkind: nil, severity: .info, baselineExpression: "Monday 2025-09-29", candidateExpression: "Tuesday 2025-09-30"),
        Case(name: "weekday in brackets after an ISO date", baseline: "Date: 2025-09-29 (Mon).", candidate: "Date: 2025-09-30 (Tue).",
             kind: .dateValue, subkind: nil, severity: .info, baselineExpression: "2025-09-29 (Mon)", candidateExpression: "2025-09-30 (Tue)"),
        Case(name: "ja weekday in brackets", baseline: "今日は2025年9月29日（月）です。", candidate: "今日は2025年9月30日（火）です。",
             kind: .dateValue, subkind: nil, severity: .info, baselineExpression: "2025年9月29日（月）", candidateExpression: "2025年9月30日（火）"),
        Case(name: "weekday added beside the same date", baseline: "Date: 2025-09-29.", candidate: "Date: 2025-09-29 Mon.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29", candidateExpression: "2025-09-29 Mon"),
        Case(name: "es p. m. after the time", baseline: "Fecha: 29 sept 2025, 16:55:10 listo", candidate: "Fecha: 29 sept 2025, 4:55:10\u{202F}p.\u{A0}m. listo",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "29 sept 2025, 16:55:10",
             candidateExpression: "29 sept 2025, 4:55:10\u{202F}p.\u{A0}m."),
        Case(name: "weekday and day change together", baseline: "Date: Monday, September 29, 2025.", candidate: "Date: Tuesday, September 30, 2025.",
             kind: .dateValue, subkind: nil, severity: .info, baselineExpression: "Monday, September 29, 2025",
             candidateExpression: "Tuesday, September 30, 2025"),
        // A form with no milliseconds against an ISO timestamp with them (Claude Code writes
        // `2025-09-29T16:55:10.367Z`): the same instant at the written precision.
        Case(name: "RFC 2822 at +0800 against ISO with milliseconds", baseline: "Now: 2025-09-29T16:55:10.367Z.",
             candidate: "Now: Tue, 30 Sep 2025 00:55:10 +0800.", kind: .dateFormat, subkind: "time-zone", severity: .high,
             baselineExpression: "2025-09-29T16:55:10.367Z", candidateExpression: "Tue, 30 Sep 2025 00:55:10 +0800"),
        Case(name: "JavaScript toString at +0800 against ISO with milliseconds", baseline: "Now: 2025-09-29T16:55:10.367Z.",
             candidate: "Now: Tue Sep 30 2025 00:55:10 GMT+0800 (China Standard Time).", kind: .dateFormat, subkind: "time-zone", severity: .high,
             baselineExpression: "2025-09-29T16:55:10.367Z", candidateExpression: "Tue Sep 30 2025 00:55:10 GMT+0800 (China Standard Time)"),
        // The first byte hunk (`Mon` → `Tue`) is 50 bytes before the zone names: the search
        // around it cannot see them, and the hunk widened to its date is searched again.
        Case(name: "JavaScript toString in two zones, names past the first window", baseline: "Current time: Mon Sep 29 2025 16:55:10 GMT+0000 (Coordinated Universal Time)\nBe concise.",
             candidate: "Current time: Tue Sep 30 2025 00:55:10 GMT+0800 (China Standard Time)\nBe concise.", kind: .dateFormat, subkind: "time-zone",
             severity: .high, baselineExpression: "Mon Sep 29 2025 16:55:10 GMT+0000 (Coordinated Universal Time)",
             candidateExpression: "Tue Sep 30 2025 00:55:10 GMT+0800 (China Standard Time)"),
        // Four byte hunks inside one date on a line of its own: one finding over the whole date.
        Case(name: "a date on its own line changed in four places", baseline: "Shell: bash\nToday's date is 2026-07-04 16:55\nTheme: dark",
             candidate: "Shell: bash\nToday's date is 2026/07/05 17:55\nTheme: dark", kind: .dateFormat, subkind: nil, severity: .high,
             baselineExpression: "2026-07-04 16:55", candidateExpression: "2026/07/05 17:55"),
        // `CST` is US Central or China: the wall clock's shift of +8 h says China.
        Case(name: "Unix date with CST against ISO with milliseconds", baseline: "Now: 2025-09-29T16:55:10.367Z.",
             candidate: "Now: Tue Sep 30 00:55:10 CST 2025.", kind: .dateFormat, subkind: "time-zone", severity: .high,
             baselineExpression: "2025-09-29T16:55:10.367Z", candidateExpression: "Tue Sep 30 00:55:10 CST 2025"),
        Case(name: "a second later is drift at any precision", baseline: "Now: 2025-09-29T16:55:10.367Z.",
             candidate: "Now: 2025-09-29T16:55:11.367Z.", kind: .dateValue, subkind: nil, severity: .info,
             baselineExpression: "2025-09-29T16:55:10.367Z", candidateExpression: "2025-09-29T16:55:11.367Z"),
        // Dates in other digits through `diff`: the window holds no ASCII digit, only Arabic-Indic
        // or Devanagari ones (ar `d MMMM y`, mr `d MMMM, y` as ICU writes them).
        Case(name: "ar date in Arabic-Indic digits, same day", baseline: "Current date: 2025-09-29. Be concise.",
             candidate: "Current date: \u{0662}\u{0669} \u{0633}\u{0628}\u{062A}\u{0645}\u{0628}\u{0631} \u{0662}\u{0660}\u{0662}\u{0665}. Be concise.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "2025-09-29",
             candidateExpression: "\u{0662}\u{0669} \u{0633}\u{0628}\u{062A}\u{0645}\u{0628}\u{0631} \u{0662}\u{0660}\u{0662}\u{0665}"),
        Case(name: "mr date in Devanagari digits, another day", baseline: "Current date: \u{0968}\u{096F} \u{0938}\u{092A}\u{094D}\u{091F}\u{0947}\u{0902}\u{092C}\u{0930}, \u{0968}\u{0966}\u{0968}\u{096B}. Be concise.",
             candidate: "Current date: \u{096C} \u{0911}\u{0915}\u{094D}\u{091F}\u{094B}\u{092C}\u{0930}, \u{0968}\u{0966}\u{0968}\u{096B}. Be concise.",
             kind: .dateValue, subkind: nil, severity: .info,
             baselineExpression: "\u{0968}\u{096F} \u{0938}\u{092A}\u{094D}\u{091F}\u{0947}\u{0902}\u{092C}\u{0930}, \u{0968}\u{0966}\u{0968}\u{096B}",
             candidateExpression: "\u{096C} \u{0911}\u{0915}\u{094D}\u{091F}\u{094B}\u{092C}\u{0930}, \u{0968}\u{0966}\u{0968}\u{096B}"),
    ]

    @Test("CST after a clock shifted by +8 h is read as +08:00, with ICU's zones at that offset")
    func ambiguousAbbreviation() throws {
        let report = Differ.diff(baseline: "Now: 2025-09-29T16:55:10.367Z.", candidate: "Now: Tue Sep 30 00:55:10 CST 2025.")
        let date = try #require(report.findings.first?.date)
        #expect(date.candidateOffset == "+08:00 (implied)" && date.baselineOffset == "+00:00")
        #expect(date.zonesWithCandidateOffset?.contains("Asia/Shanghai") == true)
    }

    static func range(of expression: String, in text: String) -> ByteRange {
        let bytes = Array(text.utf8), needle = Array(expression.utf8)
        for start in 0...(bytes.count - needle.count) where Array(bytes[start..<(start + needle.count)]) == needle {
            return ByteRange(start: start, end: start + needle.count)
        }
        return ByteRange(start: -1, end: -1)
    }

    @Test("each form is one finding of the right kind over the whole expression", arguments: cases)
    func form(_ item: Case) throws { try Self.check(item) }

    /// The diff of a case gives exactly its one finding, of its kind, over its two expressions.
    static func check(_ item: Case) throws {
        let report = Differ.diff(baseline: item.baseline, candidate: item.candidate)
        #expect(report.findings.count == 1, "\(report.findings.map(describe))")
        let finding = try #require(report.findings.first)
        #expect(finding.kind == item.kind && finding.subkind == item.subkind && finding.severity == item.severity, "\(describe(finding))")
        #expect(finding.baseline.range == range(of: item.baselineExpression, in: item.baseline), "\(describe(finding))")
        #expect(finding.candidate.range == range(of: item.candidateExpression, in: item.candidate), "\(describe(finding))")
    }

    @Test("a weekday that is not the date's own stays outside the expression")
    func wrongWeekday() {
        let report = Differ.diff(baseline: "Friday 2025-09-29: release.", candidate: "Friday 2025-09-30: release.")
        #expect(report.findings.map(\.kind) == [.dateValue])
        #expect(report.findings.first?.baseline.range == ByteRange(start: 7, end: 17))
    }

    @Test("zh_Hant day periods (B): ICU's rendering of every hour is the same clock in another form, one hour later is drift",
          arguments: 0..<24)
    func zhHantDayPeriod(hour: Int) throws {
        let format = try #require(ICU.DateFormat(pattern: "y\u{5E74}M\u{6708}d\u{65E5} Bh:mm:ss", locale: "zh_Hant"))
        let instant = 1_759_104_000_000.0 + Double(hour * 3600 + 55 * 60 + 10) * 1000  // 2025-09-29 hh:55:10 UTC
        let rendered = String(String.UnicodeScalarView(format.format(millis: instant).compactMap(Unicode.Scalar.init)))
        let later = String(String.UnicodeScalarView(format.format(millis: instant + 3_600_000).compactMap(Unicode.Scalar.init)))
        let clock = (hour < 10 ? "0" : "") + "\(hour):55:10"
        let baseline = "\u{73FE}\u{5728}\u{662F} 2025\u{5E74}9\u{6708}29\u{65E5} \(clock)\u{3002}"
        try Self.check(Case(name: "B \(hour)", baseline: baseline, candidate: "\u{73FE}\u{5728}\u{662F} \(rendered)\u{3002}",
                            kind: .dateFormat, subkind: nil, severity: .high,
                            baselineExpression: "2025\u{5E74}9\u{6708}29\u{65E5} \(clock)", candidateExpression: rendered))
        guard hour < 23 else { return }  // one hour later is the next day: drift too, but of the date
        try Self.check(Case(name: "B \(hour) + 1 h", baseline: "\u{73FE}\u{5728}\u{662F} \(rendered)\u{3002}",
                            candidate: "\u{73FE}\u{5728}\u{662F} \(later)\u{3002}", kind: .dateValue, subkind: nil, severity: .info,
                            baselineExpression: rendered, candidateExpression: later))
    }

    @Test("a day period that does not hold the hour is no time (晚上3:00)")
    func dayPeriodOutsideItsHours() {
        let report = Differ.diff(baseline: "\u{6642}\u{9593} 15:00 \u{7D50}\u{675F}", candidate: "\u{6642}\u{9593} \u{665A}\u{4E0A}3:00 \u{7D50}\u{675F}")
        #expect(report.findings.map(\.kind) == [.edit])
    }

    @Test("a verse or ratio with a one-digit hour is no time alone")
    func verseIsNoTime() {
        let report = Differ.diff(baseline: "John 3:16 says", candidate: "John 3:17 says")
        #expect(report.findings.map(\.kind) == [.edit])
    }
}
