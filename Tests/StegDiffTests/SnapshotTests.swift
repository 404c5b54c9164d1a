import Foundation
import Testing
import StegDiff

/// Golden files in Tests/StegDiffTests/Snapshots: a missing one is recorded and the test fails;
/// STEGDIFF_RECORD=1 re-records them all. Review a re-recorded file's diff before committing it.
@Suite("Report snapshots")
struct SnapshotTests {
    static let directory = projectRoot + "/Tests/StegDiffTests/Snapshots"

    func assertSnapshot(_ text: String, named name: String) throws {
        let path = SnapshotTests.directory + "/" + name
        let record = ProcessInfo.processInfo.environment["STEGDIFF_RECORD"] == "1"
        guard !record, let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("snapshot \(name) recorded; rerun to compare")
            return
        }
        #expect(text == expected, "snapshot \(name) differs; STEGDIFF_RECORD=1 re-records")
    }

    func diff(_ variant: String, _ baseline: String = "terminal-agent") throws -> (DiffReport, PromptText) {
        let old = PromptText(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: projectRoot + "/Corpus/baselines/\(baseline).md"))),
                             source: "Corpus/baselines/\(baseline).md")
        let new = PromptText(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: projectRoot + "/Corpus/variants/\(variant).md"))),
                             source: "Corpus/variants/\(variant).md")
        return (Differ.diff(baseline: old, candidate: new), new)
    }

    @Test("terminal table of the kitchen-sink variant")
    func kitchenSinkTable() throws {
        let (report, candidate) = try diff("ta-kitchen-sink")
        try assertSnapshot(report.table(colors: false, candidateText: candidate), named: "ta-kitchen-sink.table.txt")
    }

    @Test("JSON report of the headline marker")
    func headlineJSON() throws {
        let (report, _) = try diff("ta-headline-02bc-slash")
        try assertSnapshot(report.json.serialized() + "\n", named: "ta-headline-02bc-slash.json")
    }

    @Test("colours only when asked: ANSI codes around severities")
    func colors() throws {
        let (report, candidate) = try diff("ta-headline-02bc-slash")
        #expect(report.table(colors: true, candidateText: candidate).contains("\u{1B}[1;31mhigh"))
        #expect(!report.table(colors: false, candidateText: candidate).contains("\u{1B}"))
    }

    @Test("the table shows edited CJK words as written, but names a look-alike of ASCII hidden in an edit")
    func tableEscapesWhatHides() throws {
        let chinese = Differ.diff(baseline: "请帮助用户编写代码。", candidate: "请帮助用户审查代码。")
        #expect(chinese.findings.map(\.kind) == [.edit])
        let chineseTable = chinese.table(colors: false, candidateText: PromptText("请帮助用户审查代码。"))
        #expect(chineseTable.contains("编写 → 审查"), "\(chineseTable)")
        #expect(!chineseTable.contains("CJK UNIFIED IDEOGRAPH"))

        let latin = Differ.diff(baseline: "Please write code.", candidate: "Please r\u{0435}view code.")
        #expect(latin.findings.map(\.kind) == [.edit])
        let latinTable = latin.table(colors: false, candidateText: PromptText("Please r\u{0435}view code."))
        #expect(latinTable.contains("write → r⟨U+0435 CYRILLIC SMALL LETTER IE⟩view"), "\(latinTable)")
        // A line break, an invisible and a look-alike among kept ideographs are still named.
        #expect(VisibleText.escapeSuspicious([0x7F16, 0x0A, 0x200B, 0x0430, 0x5199]) ==
                "编⟨U+000A LINE FEED⟩⟨U+200B ZERO WIDTH SPACE⟩⟨U+0430 CYRILLIC SMALL LETTER A⟩写")
    }
}
