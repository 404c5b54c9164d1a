import Foundation
import StegDiff
import Testing

/// Renderings made by ICU and by programs (DateRenderings/renderings.json, written by
/// Scripts/make-date-renderings.py; see the README there), each diffed three ways.
@Suite("date renderings")
struct DateRenderingTests {
    struct Row: Decodable, CustomTestStringConvertible, Sendable {
        var form: String
        var same: String
        var drift: String
        var zone: String?
        var hasTime: Bool
        var testDescription: String { form }
    }

    struct Table: Decodable { var rows: [Row] }

    static let rows: [Row] = {
        let path = projectRoot + "/Tests/StegDiffTests/DateRenderings/renderings.json"
        guard let data = FileManager.default.contents(atPath: path),
              let table = try? JSONDecoder().decode(Table.self, from: data) else { return [] }
        return table.rows
    }()

    /// Forms not recognized yet, by the reason: they are listed in the README and skipped here.
    static let gaps: [String: String] = gapList()

    static func gapList() -> [String: String] {
        var gaps: [String: String] = [:]
        for row in rows {
            if let reason = knownGap(row) { gaps[row.form] = reason }
        }
        return gaps
    }

    /// Whether a form is a known gap (kept in one place, so the README and the test agree).
    static func knownGap(_ row: Row) -> String? {
        // Zone names in other languages are asked of ICU only where a non-ASCII letter is near
        // (ASCII prose must not pay for them): `Koordinierte Weltzeit` in an all-ASCII text is not read.
        let english = row.form.hasPrefix("en ") || row.form.hasPrefix("en_") || !row.form.contains(" time (")
        if !english, row.form.contains("zzzz"), row.same.unicodeScalars.allSatisfy(\.isASCII) {
            return "localized zone name in ASCII-only text"
        }
        // zh and ko long times: the zone before the time (`z HH:mm:ss`), ICU's flexible day
        // period (`B`, 下午 or 晚上 by the hour) and Korean unit words (`h시 m분 s초`).
        if row.form.contains("Bh") { return "flexible day period (B) before the time" }
        return nil
    }

    static let covered = rows.filter { gaps[$0.form] == nil }

    /// The sentence a rendering is put in, and the byte range of the rendering in it.
    static func sentence(_ rendering: String) -> (String, ByteRange) {
        let prefix = "Date: "
        return (prefix + rendering + ". Next.\n", ByteRange(start: prefix.utf8.count, end: prefix.utf8.count + rendering.utf8.count))
    }

    /// A baseline in another form at the same instant (or day): ISO 8601 at UTC, or en medium.
    static func otherForm(_ row: Row) -> String {
        // A time alone against a time alone in 12-hour form (24-hour for the 12-hour row).
        if row.form.hasPrefix("time of day alone") {
            return row.same.hasSuffix("PM") ? "16:55:10" : row.same.contains("+") ? "4:55:10 PM GMT" : "4:55:10 PM"
        }
        let seconds = row.same.contains(":10") || row.same.contains("10秒")
        let iso = row.hasTime ? (seconds ? "2025-09-29T16:55:10Z" : "2025-09-29T16:55Z") : "2025-09-29"
        return row.same == iso ? (row.hasTime ? "Mon, 29 Sep 2025 16:55:10 GMT" : "Sep 29, 2025") : iso
    }

    static func only(_ report: DiffReport) -> Finding? { report.findings.count == 1 ? report.findings[0] : nil }

    @Test("the same instant or day in another form is a date-format finding over the whole expression", arguments: covered)
    func sameInstantOtherForm(_ row: Row) throws {
        let (baseline, baselineRange) = Self.sentence(Self.otherForm(row)), (candidate, candidateRange) = Self.sentence(row.same)
        let report = Differ.diff(baseline: baseline, candidate: candidate)
        let finding = try #require(Self.only(report), "\(row.form): \(report.findings.map(describe))")
        #expect(finding.kind == .dateFormat && finding.subkind == nil && finding.severity == .high, "\(describe(finding))")
        #expect(finding.baseline.range == baselineRange && finding.candidate.range == candidateRange, "\(describe(finding))")
    }

    @Test("another day in the same form is date-value, info", arguments: covered)
    func anotherDay(_ row: Row) throws {
        let (baseline, baselineRange) = Self.sentence(row.same), (candidate, candidateRange) = Self.sentence(row.drift)
        let report = Differ.diff(baseline: baseline, candidate: candidate)
        let finding = try #require(Self.only(report), "\(row.form): \(report.findings.map(describe))")
        #expect(finding.kind == .dateValue && finding.subkind == nil && finding.severity == .info, "\(describe(finding))")
        #expect(finding.baseline.range == baselineRange && finding.candidate.range == candidateRange, "\(describe(finding))")
    }

    @Test("the same instant at another offset is date-format/time-zone with both offsets", arguments: covered.filter { $0.zone != nil })
    func anotherOffset(_ row: Row) throws {
        let (baseline, baselineRange) = Self.sentence(row.same), (candidate, candidateRange) = Self.sentence(row.zone!)
        let report = Differ.diff(baseline: baseline, candidate: candidate)
        let finding = try #require(Self.only(report), "\(row.form): \(report.findings.map(describe))")
        #expect(finding.kind == .dateFormat && finding.subkind == "time-zone" && finding.severity == .high, "\(describe(finding))")
        #expect(finding.baseline.range == baselineRange && finding.candidate.range == candidateRange, "\(describe(finding))")
        #expect(finding.date?.baselineOffset == "+00:00")
        #expect(finding.date?.candidateOffset?.hasPrefix("+08:00") == true)
        #expect(finding.date?.zonesWithCandidateOffset?.contains("Asia/Shanghai") == true)
        #expect(finding.date?.zonesWithCandidateOffset?.contains("Asia/Urumqi") == false)
    }

    @Test("the table has at least 80 covered renderings, with and without time and zone")
    func tableSize() {
        #expect(Self.covered.count >= 80, "\(Self.covered.count) covered of \(Self.rows.count)")
        #expect(Self.covered.filter(\.hasTime).count >= 30)
        #expect(Self.covered.filter { $0.zone != nil }.count >= 20)
    }
}
