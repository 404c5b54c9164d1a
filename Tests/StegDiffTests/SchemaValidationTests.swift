import Foundation
import Testing
import StegDiff

/// Every report format checked against a published schema: stegdiff's own JSON Schema
/// (Sources/StegDiff/Schemas) for diff, inspect and scan, and the OASIS SARIF 2.1.0 schema for
/// `--format sarif`. Validation runs Python's jsonschema through Scripts/validate-json.py.
@Suite("reports against their schemas")
struct SchemaValidationTests {
    static let reportSchema = projectRoot + "/Sources/StegDiff/Schemas/stegdiff-report.schema.json"
    static let sarifSchema = projectRoot + "/Tests/StegDiffTests/Schemas/sarif-schema-2.1.0.json"
    let commandLine = CommandLineTests()
    let baseline = projectRoot + "/Corpus/baselines/terminal-agent.md"
    let headline = projectRoot + "/Corpus/variants/ta-headline-02bc-slash.md"

    /// Runs the validator on files; returns its exit status and everything it printed.
    func validate(_ schema: String, _ files: [String], definition: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", projectRoot + "/Scripts/validate-json.py", schema] + files + (definition.map { ["--def", $0] } ?? [])
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Writes a command's standard output to a file in `folder` and returns the file's path.
    func save(_ arguments: [String], as name: String, in folder: URL, expecting statuses: Set<Int32> = [0, 1]) throws -> String {
        let run = try commandLine.run(arguments)
        #expect(statuses.contains(run.status), "\(arguments): \(run.error)")
        let path = folder.appendingPathComponent(name).path
        try run.output.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func object(_ path: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    @Test("diff, inspect and scan JSON validate against the published schema")
    func reportsValidate() throws {
        let folder = try temporaryFolder("schema-json")
        defer { try? FileManager.default.removeItem(at: folder) }
        let variants = projectRoot + "/Corpus/variants/"
        var diffs: [String] = []
        for (index, name) in ["ta-headline-02bc-slash.md", "ide-kitchen-sink.md", "rb-invalid-two.md", "rb-emoji-zwj-removed-and-tag.md",
                                   "ide-tag-short.md", "rb-date-drift-and-edit.md"].enumerated() {
            let base = name.hasPrefix("ta-") ? baseline : projectRoot + (name.hasPrefix("rb-") ? "/Corpus/baselines/review-bot.md" : "/Corpus/baselines/ide-assistant.md")
            diffs.append(try save(["diff", base, variants + name, "--format", "json"], as: "diff-\(index).json", in: folder))
        }
        let markdown = try FileManager.default.contentsOfDirectory(atPath: variants).filter { $0.hasSuffix(".md") }.sorted().map { variants + $0 }
        #expect(markdown.count == 71)
        let inspect = try save(["inspect"] + markdown + ["--format", "jsonl"], as: "inspect.jsonl", in: folder)
        let inspectDocument = try save(["inspect"] + markdown + ["--format", "json"], as: "inspect.json", in: folder)
        let scanLines = try save(["scan", projectRoot + "/Corpus/captures", "--corpus", projectRoot + "/Corpus/baselines"], as: "scan.jsonl", in: folder)
        let scanDocument = try save(["scan", projectRoot + "/Corpus/captures", "--corpus", projectRoot + "/Corpus/baselines", "--format", "json"],
                                    as: "scan.json", in: folder)
        for (files, definition, documents) in [(diffs, "diffReport", diffs.count), ([inspect], "inspectReport", 71),
                                               ([inspectDocument], "inspectDocument", 1),
                                               ([scanLines], "scanRecord", 27), ([scanDocument], "scanDocument", 1)] {
            let result = try validate(SchemaValidationTests.reportSchema, files, definition: definition)
            #expect(result.status == 0, "\(definition): \(result.output)")
            #expect(result.output.contains("\(documents) of \(documents) documents valid"), "\(definition): \(result.output)")
        }
    }

    @Test("issue 15's new findings validate: homoglyph/uniform with occurrences, stacked marks, odd ones out")
    func precisionFindingsValidate() throws {
        let folder = try temporaryFolder("schema-precision")
        defer { try? FileManager.default.removeItem(at: folder) }
        let uniform = Differ.diff(baseline: "\u{201C}A\u{201D} and \u{201C}B\u{201D}\n", candidate: "\"A\" and \"B\" caf\u{E9}\u{0301}\n")
        #expect(uniform.findings.contains { $0.subkind == "uniform" && $0.occurrences.count == 2 })
        let inspected = Inspector.inspect(PromptText("Don't. It's. Today\u{02BC}s \u{FB01}le, file, first; caf\u{E9}\u{0301}"))
        #expect(Set(inspected.findings.compactMap(\.subkind)) == ["odd-one-out", "stacked-marks"])
        let diffPath = folder.appendingPathComponent("diff.json").path, inspectPath = folder.appendingPathComponent("inspect.json").path
        try uniform.json.serialized(pretty: true).write(toFile: diffPath, atomically: true, encoding: .utf8)
        try inspected.json.serialized(pretty: true).write(toFile: inspectPath, atomically: true, encoding: .utf8)
        for (path, definition) in [(diffPath, "diffReport"), (inspectPath, "inspectReport")] {
            let result = try validate(SchemaValidationTests.reportSchema, [path], definition: definition)
            #expect(result.status == 0 && result.output.contains("1 of 1 documents valid"), "\(definition): \(result.output)")
        }
        var sarif = SARIFLog()
        sarif.add(uniform)
        let sarifPath = folder.appendingPathComponent("diff.sarif").path
        let sarifText = sarif.json.serialized(pretty: true)
        try sarifText.write(toFile: sarifPath, atomically: true, encoding: .utf8)
        #expect(sarifText.contains("\"occurrences\""))
        let result = try validate(SchemaValidationTests.sarifSchema, [sarifPath])
        #expect(result.status == 0 && result.output.contains("1 of 1 documents valid"), "sarif: \(result.output)")
    }

    @Test("issue 14's date findings validate: date-format/time-zone with offsets and zones, date-value inside a timestamp")
    func dateFindingsValidate() throws {
        let folder = try temporaryFolder("schema-dates")
        defer { try? FileManager.default.removeItem(at: folder) }
        let zone = Differ.diff(baseline: "Sent 2025-09-29T16:55:10.367Z.\n", candidate: "Sent 2025-09-30T00:55:10.367+08:00.\n")
        #expect(zone.findings.map { "\($0.kind.rawValue)/\($0.subkind ?? "-")" } == ["date-format/time-zone"])
        let message = try #require(zone.findings.first?.message)
        #expect(message.hasPrefix("same instant written at UTC offset +00:00 → +08:00; zones at +08:00 then: ")
            && message.contains("Asia/Shanghai, Asia/Singapore") && !message.contains("Asia/Urumqi"), "\(message)")
        let drift = Differ.diff(baseline: "At 2026-07-04T01:30:00Z.\n", candidate: "At 2026-07-31T01:30:00Z.\n")
        #expect(drift.findings.map(\.kind) == [.dateValue])
        #expect(drift.findings.first?.message == "date moved on: 2026-07-04T01:30:00 → 2026-07-31T01:30:00 (same format \(drift.findings.first?.date?.candidatePattern ?? ""))")
        // Only the offset rewritten, the wall clock kept: a zone change, not drift.
        let relabelled = Differ.diff(baseline: "Sent 2025-09-29T16:55:10+08:00.\n", candidate: "Sent 2025-09-29T16:55:10+09:00.\n")
        #expect(relabelled.findings.map { "\($0.kind.rawValue)/\($0.subkind ?? "-") \($0.severity.rawValue) \($0.baseline.range) \($0.candidate.range)" }
                == ["date-format/time-zone high [5, 30) [5, 30)"], "\(relabelled.findings.map(\.message))")
        #expect(relabelled.findings.first?.date?.zonesWithCandidateOffset?.contains("Asia/Tokyo") == true)
        #expect(relabelled.findings.first?.message.hasPrefix("same wall clock 2025-09-29T16:55:10 with UTC offset +08:00 → +09:00; zones at +09:00 then: ") == true)
        let second = Differ.diff(baseline: "Sent Mon, 29 Sep 2025 16:55:10 +0000.\n", candidate: "Sent Mon, 29 Sep 2025 16:55:11 +0000.\n")
        #expect(second.findings.map(\.kind) == [.dateValue])
        #expect(second.findings.first?.message.hasPrefix("date moved on: 2025-09-29T16:55:10 → 2025-09-29T16:55:11 (same format") == true,
                "\(second.findings.map(\.message))")
        for (name, report) in [("zone", zone), ("drift", drift)] {
            let path = folder.appendingPathComponent(name + ".json").path
            try report.json.serialized(pretty: true).write(toFile: path, atomically: true, encoding: .utf8)
            let result = try validate(SchemaValidationTests.reportSchema, [path], definition: "diffReport")
            #expect(result.status == 0 && result.output.contains("1 of 1 documents valid"), "\(name): \(result.output)")
        }
    }

    @Test("scan error and no-baseline records validate")
    func scanProblemsValidate() throws {
        let folder = try temporaryFolder("schema-scan-errors")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"model": "x", "system": "Today's date is"#.utf8).write(to: folder.appendingPathComponent("truncated.json"))
        try Data([0xFF, 0x00, 0x7B, 0x22]).write(to: folder.appendingPathComponent("junk.bin"))
        let output = try save(["scan", folder.path, "--corpus", projectRoot + "/Corpus/baselines"], as: "out.jsonl", in: folder, expecting: [1, 2])
        let result = try validate(SchemaValidationTests.reportSchema, [output], definition: "scanRecord")
        #expect(result.status == 0, "\(result.output)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains(#""type":"error","source":"\#(folder.path)/truncated.json","offset":25,"reason":"unterminated string"#), "\(text)")
    }

    @Test("the schema rejects reports that break the contract", arguments: [
        (#""line": 16,"#, #""line": 0,"#),                       // lines are 1-based
        (#""kind": "homoglyph""#, #""kind": "lookalike""#),      // unknown kind
        (#""alignment": "exact""#, #""alignment": "fuzzy""#),
        (#""schemaVersion": 2"#, #""schemaVersion": 3"#),
        (#""name": "stegdiff","#, #""name": "other","#),                  // tool named
        (#""scripts""#, #""script""#),                           // renamed key
    ])
    func schemaCanFail(original: String, replacement: String) throws {
        let folder = try temporaryFolder("schema-negative-\(abs(replacement.hashValue))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try save(["diff", baseline, headline, "--format", "json"], as: "diff.json", in: folder)
        let valid = try validate(SchemaValidationTests.reportSchema, [path], definition: "diffReport")
        #expect(valid.status == 0, "\(valid.output)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(original))
        try text.replacingOccurrences(of: original, with: replacement).write(toFile: path, atomically: true, encoding: .utf8)
        let broken = try validate(SchemaValidationTests.reportSchema, [path], definition: "diffReport")
        #expect(broken.status == 1, "\(original) → \(replacement) should not validate: \(broken.output)")
    }

    @Test("diff --format sarif: valid SARIF 2.1.0 with exact regions, the baseline related, rules with help")
    func diffSARIF() throws {
        let folder = try temporaryFolder("sarif-diff")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try save(["diff", baseline, headline, "--format", "sarif"], as: "diff.sarif", in: folder)
        let result = try validate(SchemaValidationTests.sarifSchema, [path])
        #expect(result.status == 0, "\(result.output)")
        let log = try object(path)
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == SARIFLog.schemaURI)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == FindingKind.allCases.map(\.rawValue))
        #expect(rules.allSatisfy { (($0["help"] as? [String: Any])?["text"] as? String)?.isEmpty == false })
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["homoglyph", "date-format"])
        #expect(results.map { $0["level"] as? String } == ["error", "error"])
        func region(_ location: [String: Any]?) -> [String: Int] {
            ((location?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]) ?? [:]
        }
        func uri(_ location: [String: Any]?) -> String? {
            ((location?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        }
        let homoglyph = results[0]
        let location = (homoglyph["locations"] as? [[String: Any]])?.first
        #expect(region(location) == ["startLine": 16, "startColumn": 6, "endLine": 16, "endColumn": 7, "byteOffset": 1149, "byteLength": 2])
        #expect(uri(location) == "file://" + headline)
        let related = (homoglyph["relatedLocations"] as? [[String: Any]])?.first
        #expect(region(related) == ["startLine": 16, "startColumn": 6, "endLine": 16, "endColumn": 7, "byteOffset": 1149, "byteLength": 1])
        #expect(uri(related) == "file://" + baseline)
        let date = (results[1]["locations"] as? [[String: Any]])?.first
        #expect(region(date) == ["startLine": 16, "startColumn": 17, "endLine": 16, "endColumn": 27, "byteOffset": 1161, "byteLength": 10])
        let fingerprints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["stegdiffFindingHash/v1"] }
        #expect(fingerprints.count == 2 && Set(fingerprints).count == 2)
    }

    @Test("inspect and scan --format sarif validate; scan regions count lines and columns in the capture file")
    func inspectAndScanSARIF() throws {
        let folder = try temporaryFolder("sarif-scan")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inspect = try save(["inspect", projectRoot + "/Corpus/variants/ide-kitchen-sink.md", projectRoot + "/Corpus/variants/rb-invalid-two.md",
                                "--format", "sarif"], as: "inspect.sarif", in: folder)
        let scan = try save(["scan", projectRoot + "/Corpus/captures", "--corpus", projectRoot + "/Corpus/baselines", "--format", "sarif"],
                            as: "scan.sarif", in: folder)
        let result = try validate(SchemaValidationTests.sarifSchema, [inspect, scan])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("2 of 2 documents valid"))

        let run = try #require((try object(scan)["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        // 9 captures carry the apostrophe and date marker; every one of their findings is located.
        #expect(results.filter { $0["ruleId"] as? String == "homoglyph" }.count == 9)
        #expect(results.filter { $0["ruleId"] as? String == "date-format" }.count == 9)
        let notifications = try #require(((run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"]) as? [[String: Any]])
        #expect(notifications.count == 2, "the two HAR entries without a body are skipped notes")
        #expect(notifications.allSatisfy { $0["level"] as? String == "note" })
        // The code-point columns of each region select exactly the bytes its offsets select.
        for result in results {
            let physical = try #require(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
            let region = try #require(physical["region"] as? [String: Int])
            let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
            let bytes = try Data(contentsOf: URL(string: uri)!)
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            let line = Array(String(decoding: lines[region["startLine"]! - 1], as: UTF8.self).unicodeScalars)
            #expect(region["startLine"] == region["endLine"])
            let byColumns = String(String.UnicodeScalarView(line[(region["startColumn"]! - 1)..<(region["endColumn"]! - 1)]))
            let byOffsets = String(decoding: bytes[region["byteOffset"]!..<(region["byteOffset"]! + region["byteLength"]!)], as: UTF8.self)
            #expect(byColumns == byOffsets, "\(uri) \(region)")
        }
    }

    @Test("reports of random hostile inputs decode against the published schema")
    func randomReportsValidate() throws {
        let folder = try temporaryFolder("schema-random")
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SeededGenerator(seed: 99)
        var diffs: [String] = [], inspections: [String] = []
        for _ in 0..<150 {
            let a = RobustnessTests.randomText(&random, pieces: Int.random(in: 0...40, using: &random))
            let b = RobustnessTests.randomText(&random, pieces: Int.random(in: 0...40, using: &random))
            let report = Differ.diff(baseline: PromptText(bytes: a, source: "a"), candidate: PromptText(bytes: b, source: "b"))
            diffs.append(report.json.serialized(pretty: false))
            inspections.append(Inspector.inspect(PromptText(bytes: b, source: "b")).json.serialized(pretty: false))
        }
        for (lines, definition) in [(diffs, "diffReport"), (inspections, "inspectReport")] {
            let path = folder.appendingPathComponent(definition + ".jsonl").path
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            let result = try validate(SchemaValidationTests.reportSchema, [path], definition: definition)
            #expect(result.status == 0, "\(definition): \(result.output)")
            #expect(result.output.contains("150 of 150 documents valid"), "\(result.output)")
        }
    }
}
