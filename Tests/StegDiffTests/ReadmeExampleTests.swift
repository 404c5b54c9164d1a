import Foundation
import Testing
import StegDiff

/// The README's library example, compiled and run here; the test also checks the README still
/// shows exactly this code, so the two cannot drift apart.
@Suite("README library example")
struct ReadmeExampleTests {
    static let example = """
        import StegDiff

        let report = StegDiff.diff(baseline: "Today's date is 2026-07-04", candidate: "Today\\u{2019}s date is 2026/07/04")
        for finding in report.findings {
            print(finding.kind, finding.candidate.range, finding.message)
        }
        """

    @Test("the README shows this code")
    func readmeMatches() throws {
        let readme = try String(contentsOfFile: projectRoot + "/README.md", encoding: .utf8)
        #expect(readme.contains("```swift\n" + ReadmeExampleTests.example + "\n```"))
    }

    @Test("the code works as the README says")
    func runs() {
        let report = StegDiff.diff(baseline: "Today's date is 2026-07-04", candidate: "Today\u{2019}s date is 2026/07/04")
        var lines: [String] = []
        for finding in report.findings {
            lines.append("\(finding.kind) \(finding.candidate.range) \(finding.message)")
        }
        #expect(lines == [
            "homoglyph [5, 8) U+0027 APOSTROPHE → U+2019 RIGHT SINGLE QUOTATION MARK (Common → Common)",
            "date-format [18, 28) date format y-MM-dd → y/MM/dd (2026-07-04 → 2026-07-04)",
        ])
    }
}
