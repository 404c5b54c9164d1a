import Foundation
import StegDiff
import Testing

/// The six renderings of issue 14, through `stegdiff diff --format json` as a user runs it, in a
/// prompt shaped like a Claude Code capture (a date line and a timestamp line).
@Suite("dates through the command line")
struct DateCommandLineTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var baseline: String
        var candidate: String
        /// The expression's text on each side (its byte range is where it first occurs).
        var baselineExpression: String
        var candidateExpression: String
        var kind: String
        var subkind: String?
        var severity: String
        var candidatePatterns: Set<String>
        var locale: String?
        var testDescription: String { name }
    }

    static func prompt(date: String, now: String) -> String {
        "You are Claude Code.\nToday's date: \(date)\nCurrent time: \(now)\nBe concise.\n"
    }

    static let cases: [Case] = [
        Case(name: "en_GB long", baseline: prompt(date: "2025-09-29", now: "2025-09-29T16:55:10.367Z"),
             candidate: prompt(date: "29 September 2025", now: "2025-09-29T16:55:10.367Z"),
             baselineExpression: "2025-09-29", candidateExpression: "29 September 2025", kind: "date-format", subkind: nil,
             severity: "high", candidatePatterns: ["d MMMM y"], locale: "en_GB"),
        Case(name: "en_GB medium", baseline: prompt(date: "2025-09-29", now: "2025-09-29T16:55:10.367Z"),
             candidate: prompt(date: "29 Sep 2025", now: "2025-09-29T16:55:10.367Z"),
             baselineExpression: "2025-09-29", candidateExpression: "29 Sep 2025", kind: "date-format", subkind: nil,
             severity: "high", candidatePatterns: ["d MMM y"], locale: "en_AU"),
        Case(name: "JavaScript toDateString() without weekday", baseline: prompt(date: "2025-09-29", now: "2025-09-29T16:55:10.367Z"),
             candidate: prompt(date: "Sep 29 2025", now: "2025-09-29T16:55:10.367Z"),
             baselineExpression: "2025-09-29", candidateExpression: "Sep 29 2025", kind: "date-format", subkind: nil,
             severity: "high", candidatePatterns: ["MMM dd y", "MMM d y"], locale: nil),
        Case(name: "JavaScript toDateString()", baseline: prompt(date: "2025-09-29", now: "2025-09-29T16:55:10.367Z"),
             candidate: prompt(date: "Mon Sep 29 2025", now: "2025-09-29T16:55:10.367Z"),
             baselineExpression: "2025-09-29", candidateExpression: "Mon Sep 29 2025", kind: "date-format", subkind: nil,
             severity: "high", candidatePatterns: ["EEE MMM dd y", "EEE MMM d y"], locale: nil),
        Case(name: "en_GB full", baseline: prompt(date: "2026-07-04", now: "2026-07-04T01:30:00Z"),
             candidate: prompt(date: "Saturday 4 July 2026", now: "2026-07-04T01:30:00Z"),
             baselineExpression: "2026-07-04", candidateExpression: "Saturday 4 July 2026", kind: "date-format", subkind: nil,
             severity: "high", candidatePatterns: ["EEEE d MMMM y"], locale: "fr"),
        Case(name: "ISO 8601, same instant at +08:00", baseline: prompt(date: "2025-09-29", now: "2025-09-29T16:55:10.367Z"),
             candidate: prompt(date: "2025-09-29", now: "2025-09-30T00:55:10.367+08:00"),
             baselineExpression: "2025-09-29T16:55:10.367Z", candidateExpression: "2025-09-30T00:55:10.367+08:00",
             kind: "date-format", subkind: "time-zone", severity: "high", candidatePatterns: ["y-MM-dd'T'HH:mm:ss.SSSxxx"], locale: nil),
        Case(name: "RFC 1123 / 2822, same instant", baseline: prompt(date: "2025-09-29", now: "Mon, 29 Sep 2025 16:55:10 GMT"),
             candidate: prompt(date: "2025-09-29", now: "Tue, 30 Sep 2025 00:55:10 +0800"),
             baselineExpression: "Mon, 29 Sep 2025 16:55:10 GMT", candidateExpression: "Tue, 30 Sep 2025 00:55:10 +0800",
             kind: "date-format", subkind: "time-zone", severity: "high", candidatePatterns: ["EEE, dd MMM y HH:mm:ss xx"], locale: nil),
        Case(name: "day drift inside a timestamp", baseline: prompt(date: "2026-07-04", now: "2026-07-04T01:30:00Z"),
             candidate: prompt(date: "2026-07-04", now: "2026-07-31T01:30:00Z"),
             baselineExpression: "2026-07-04T01:30:00Z", candidateExpression: "2026-07-31T01:30:00Z",
             kind: "date-value", subkind: nil, severity: "info", candidatePatterns: ["y-MM-dd'T'HH:mm:ss'Z'"], locale: nil),
    ]

    /// Byte range of `expression` in `text`, on the first line where the two prompts differ.
    static func range(of expression: String, in text: String, other: String) -> (Int, Int) {
        let bytes = Array(text.utf8), needle = Array(expression.utf8), otherBytes = Array(other.utf8)
        var differ = 0
        while differ < min(bytes.count, otherBytes.count), bytes[differ] == otherBytes[differ] { differ += 1 }
        var lineStart = differ
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        for start in lineStart...(bytes.count - needle.count) where Array(bytes[start..<(start + needle.count)]) == needle {
            return (start, start + needle.count)
        }
        return (-1, -1)
    }

    @Test("each rendering is one finding of the right kind over the whole expression", arguments: cases)
    func row(_ row: Case) throws {
        let folder = try temporaryFolder("dates-cli-" + String(row.name.unicodeScalars.filter { $0.properties.isAlphabetic }))
        defer { try? FileManager.default.removeItem(at: folder) }
        let baselinePath = folder.appendingPathComponent("baseline.md").path, candidatePath = folder.appendingPathComponent("candidate.md").path
        try row.baseline.write(toFile: baselinePath, atomically: true, encoding: .utf8)
        try row.candidate.write(toFile: candidatePath, atomically: true, encoding: .utf8)
        let result = try CommandLineTests().run(["diff", baselinePath, candidatePath, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.error)")
        let findings = try #require(json["findings"] as? [[String: Any]])
        try #require(findings.count == 1, "\(findings.map { "\($0["kind"] ?? "") \($0["message"] ?? "")" })")
        let finding = findings[0]
        #expect(finding["kind"] as? String == row.kind)
        #expect(finding["subkind"] as? String == row.subkind)
        #expect(finding["severity"] as? String == row.severity)
        let baseline = try #require(finding["baseline"] as? [String: Any]), candidate = try #require(finding["candidate"] as? [String: Any])
        let (baselineStart, baselineEnd) = Self.range(of: row.baselineExpression, in: row.baseline, other: row.candidate)
        let (candidateStart, candidateEnd) = Self.range(of: row.candidateExpression, in: row.candidate, other: row.baseline)
        #expect(baseline["start"] as? Int == baselineStart && baseline["end"] as? Int == baselineEnd, "\(baseline["text"] ?? "")")
        #expect(candidate["start"] as? Int == candidateStart && candidate["end"] as? Int == candidateEnd, "\(candidate["text"] ?? "")")
        let date = try #require(finding["date"] as? [String: Any])
        #expect(row.candidatePatterns.contains(date["candidatePattern"] as? String ?? ""), "\(date["candidatePattern"] ?? "")")
        if let locale = row.locale {
            #expect((date["localesUsingCandidatePattern"] as? [String])?.contains(locale) == true)
        }
        if row.subkind == "time-zone" {
            #expect(date["baselineOffset"] as? String == "+00:00")
            #expect(date["candidateOffset"] as? String == "+08:00")
            let zones = try #require(date["zonesWithCandidateOffset"] as? [String])
            #expect(zones.contains("Asia/Shanghai") && zones.contains("Asia/Singapore") && !zones.contains("Asia/Urumqi"))
            #expect((date["timeZoneDataVersion"] as? String)?.isEmpty == false)
        }
        if row.kind == "date-value" {
            #expect(date["baselineDateTime"] as? String == "2026-07-04T01:30:00")
            #expect(date["candidateDateTime"] as? String == "2026-07-31T01:30:00")
        }
    }

    /// A month and day without a year: Chinese, Japanese and Korean forms are dates alone; a
    /// bare numeric one (`9/29`) only where the other side writes that day as a date.
    struct MonthDayCase: CustomTestStringConvertible, Sendable {
        var baseline: String
        var candidate: String
        /// Kind, severity, patterns and ISO values of the one finding; nil: no date finding at all.
        var expected: (kind: String, severity: String, patterns: [String], values: [String])?
        var testDescription: String { "\(baseline) → \(candidate)" }
    }

    static let monthDayCases: [MonthDayCase] = [
        MonthDayCase(baseline: "9/29", candidate: "9월 29일", expected: ("date-format", "high", ["M/d", "M월 d일"], ["--09-29", "--09-29"])),
        MonthDayCase(baseline: "29.9.", candidate: "9월 29일", expected: ("date-format", "high", ["d.M.", "M월 d일"], ["--09-29", "--09-29"])),
        MonthDayCase(baseline: "2025-09-29", candidate: "09/29", expected: ("date-format", "high", ["y-MM-dd", "MM/dd"], ["2025-09-29", "--09-29"])),
        MonthDayCase(baseline: "2025年9月29日", candidate: "9月29日", expected: ("date-format", "high", ["y年M月d日", "M月d日"], ["2025-09-29", "--09-29"])),
        MonthDayCase(baseline: "9月29日", candidate: "9月30日", expected: ("date-value", "info", ["M月d日", "M月d日"], ["--09-29", "--09-30"])),
        MonthDayCase(baseline: "9월 29일", candidate: "9월 30일", expected: ("date-value", "info", ["M월 d일", "M월 d일"], ["--09-29", "--09-30"])),
        // Both numeric: a fraction or a score as often as a date.
        MonthDayCase(baseline: "1/2", candidate: "1/3", expected: nil),
        // Another day: the numeric side is not read as a date.
        MonthDayCase(baseline: "9/28", candidate: "9월 29일", expected: nil),
        // Part of a version, not a month and day.
        MonthDayCase(baseline: "1.2.3", candidate: "1월 2일", expected: nil),
    ]

    @Test("a month and day without a year", arguments: monthDayCases)
    func monthDay(_ row: MonthDayCase) throws {
        let folder = try temporaryFolder("dates-cli-month-day-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = "You are Claude Code.\nThe release is due on "
        let baselineText = prefix + row.baseline + " this year.\n", candidateText = prefix + row.candidate + " this year.\n"
        let baselinePath = folder.appendingPathComponent("baseline.md").path, candidatePath = folder.appendingPathComponent("candidate.md").path
        try baselineText.write(toFile: baselinePath, atomically: true, encoding: .utf8)
        try candidateText.write(toFile: candidatePath, atomically: true, encoding: .utf8)
        let result = try CommandLineTests().run(["diff", baselinePath, candidatePath, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.error)")
        let findings = try #require(json["findings"] as? [[String: Any]])
        let kinds = findings.map { $0["kind"] as? String ?? "" }
        guard let expected = row.expected else {
            #expect(!findings.isEmpty && kinds.allSatisfy { !$0.hasPrefix("date") }, "\(kinds)")
            return
        }
        try #require(findings.count == 1, "\(findings.map { "\($0["kind"] ?? "") \($0["message"] ?? "")" })")
        let finding = findings[0]
        #expect(finding["kind"] as? String == expected.kind)
        #expect(finding["severity"] as? String == expected.severity)
        let start = prefix.utf8.count
        let baseline = try #require(finding["baseline"] as? [String: Any]), candidate = try #require(finding["candidate"] as? [String: Any])
        #expect(baseline["start"] as? Int == start && baseline["end"] as? Int == start + row.baseline.utf8.count)
        #expect(candidate["start"] as? Int == start && candidate["end"] as? Int == start + row.candidate.utf8.count)
        let date = try #require(finding["date"] as? [String: Any])
        #expect([date["baselinePattern"] as? String ?? "", date["candidatePattern"] as? String ?? ""] == expected.patterns)
        #expect([date["baselineValue"] as? String ?? "", date["candidateValue"] as? String ?? ""] == expected.values)
    }
}
