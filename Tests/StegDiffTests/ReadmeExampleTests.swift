import Foundation
import Testing
import StegDiff

/// The library examples of README.md and of the DocC getting-started article, compiled and run
/// here; the tests also check that the documents still show exactly this code, so the two cannot
/// drift apart. (The scan example's relative paths are prefixed with the project root here.)
@Suite("README and DocC library examples")
struct ReadmeExampleTests {
    static let diffExample = """
        import StegDiff

        let report = Differ.diff(baseline: "Today's date is 2026-07-04", candidate: "Today\\u{2019}s date is 2026/07/04")
        for finding in report.findings {
            print(finding.kind, finding.candidate.range, finding.message)
        }
        """

    static let scanExample = """
        import StegDiff

        let scanner = ArchiveScanner(corpus: try ArchiveScanner.loadCorpus("Corpus/baselines"))
        var totals = ScanTotals()
        try scanner.scan(["Corpus/captures"]) { record in
            totals.add(record)
            if case .capture(let capture, _, let report?) = record, !report.findings.isEmpty {
                print(capture.source, capture.locator, report.summaryLine)
            }
        }
        print(totals.captures, "captures,", totals.capturesWithFindings, "with findings")
        """

    static let inspectExample = """
        import StegDiff

        let report = Inspector.inspect(PromptText("Please p\\u{0430}y the invoice\\u{200B}"))
        for finding in report.findings {
            print(finding.kind, finding.subkind ?? "-", finding.location.range, finding.message)
        }
        """

    static let readme = projectRoot + "/README.md"
    static let gettingStarted = projectRoot + "/Sources/StegDiff/StegDiff.docc/GettingStarted.md"

    @Test("the documents show this code", arguments: [
        (readme, diffExample), (readme, scanExample),
        (gettingStarted, diffExample), (gettingStarted, scanExample), (gettingStarted, inspectExample),
    ])
    func documentsMatch(document: String, example: String) throws {
        let text = try String(contentsOfFile: document, encoding: .utf8)
        #expect(text.contains("```swift\n" + example + "\n```"), "\(document)")
    }

    @Test("the diff example prints what the documents say")
    func diffRuns() throws {
        let report = Differ.diff(baseline: "Today's date is 2026-07-04", candidate: "Today\u{2019}s date is 2026/07/04")
        var lines: [String] = []
        for finding in report.findings {
            lines.append("\(finding.kind) \(finding.candidate.range) \(finding.message)")
        }
        let expected = [
            "homoglyph [5, 8) U+0027 APOSTROPHE → U+2019 RIGHT SINGLE QUOTATION MARK (Common → Common)",
            "date-format [18, 28) date format y-MM-dd → y/MM/dd (2026-07-04 → 2026-07-04)",
        ]
        #expect(lines == expected)
        let article = try String(contentsOfFile: ReadmeExampleTests.gettingStarted, encoding: .utf8)
        #expect(article.contains("```\n" + expected.joined(separator: "\n") + "\n```"))
    }

    @Test("the scan example runs over the embedded captures")
    func scanRuns() throws {
        let scanner = ArchiveScanner(corpus: try ArchiveScanner.loadCorpus(projectRoot + "/Corpus/baselines"))
        var totals = ScanTotals()
        var lines: [String] = []
        try scanner.scan([projectRoot + "/Corpus/captures"]) { record in
            totals.add(record)
            if case .capture(let capture, _, let report?) = record, !report.findings.isEmpty {
                lines.append("\(capture.source) \(capture.locator) \(report.summaryLine)")
            }
        }
        #expect(totals.captures == 24 && totals.capturesWithFindings == 19)
        #expect(lines.count == 19)
        #expect(lines.filter { $0.contains("homoglyph 1, date-format 1") }.count == 9, "\(lines)")
    }

    @Test("the inspect example finds the Cyrillic letter and the zero-width space")
    func inspectRuns() {
        let report = Inspector.inspect(PromptText("Please p\u{0430}y the invoice\u{200B}"))
        let lines = report.findings.map { "\($0.kind) \($0.subkind ?? "-") \($0.location.range)" }
        #expect(lines == ["homoglyph mixed-script [8, 10)", "invisible zero-width [23, 26)"])
    }
}
