import StegDiff
import Testing

/// `inspect`'s date-format/inconsistent reads timestamps with the same recognizer as `diff`.
@Suite("inspect: dates and timestamps")
struct DateInspectTests {
    func describeInspect(_ text: String) -> [String] {
        Inspector.inspect(PromptText(text)).findings.filter { $0.kind == .dateFormat }.map {
            "\($0.subkind ?? "") \($0.severity.rawValue) [\($0.location.range.start), \($0.location.range.end)) \($0.date?.pattern ?? "")"
        }
    }

    @Test("a date and a timestamp with the same date part agree")
    func timestampAgreesWithDate() {
        #expect(describeInspect("Today's date: 2025-09-29\nCurrent time: 2025-09-29T16:55:10.367Z\nLast run 2025-09-28.").isEmpty)
    }

    @Test("an RFC 2822 timestamp among ISO dates is flagged over its whole expression")
    func rfcTimestampAmongISODates() {
        let text = "Today's date: 2025-09-29\nCurrent time: Tue, 30 Sep 2025 00:55:10 +0800\nLast run 2025-09-28."
        let start = "Today's date: 2025-09-29\nCurrent time: ".utf8.count
        #expect(describeInspect(text) == ["inconsistent low [\(start), \(start + "Tue, 30 Sep 2025 00:55:10 +0800".utf8.count)) EEE, dd MMM y"])
    }
}
