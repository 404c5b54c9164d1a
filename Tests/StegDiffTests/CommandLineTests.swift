import Foundation
import Testing
import StegDiff

/// The `stegdiff` executable as users run it: exit codes, standard input, errors, output formats.
@Suite("stegdiff command line")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    /// The executable built beside this test bundle (same build folder).
    static let executable: String = {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("stegdiff").path
    }()

    func run(_ arguments: [String], input: Data? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   error: String(decoding: errorData, as: UTF8.self))
    }

    let baseline = projectRoot + "/Corpus/baselines/terminal-agent.md"
    let headline = projectRoot + "/Corpus/variants/ta-headline-02bc-slash.md"

    @Test("the executable exists next to the tests")
    func executableExists() {
        #expect(FileManager.default.isExecutableFile(atPath: CommandLineTests.executable), "\(CommandLineTests.executable)")
    }

    @Test("--version prints the library's version; completion scripts cover every subcommand", arguments: ["bash", "zsh", "fish"])
    func versionAndCompletions(shell: String) throws {
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.output == ToolInfo.version + "\n")
        let completion = try run(["--generate-completion-script", shell])
        #expect(completion.status == 0, "\(completion.error)")
        for subcommand in ["diff", "scan", "inspect", "explain", "fail-on", "corpus", "sarif"] {
            #expect(completion.output.contains(subcommand), "\(shell) completion lacks \(subcommand)")
        }
    }

    @Test("exit 0 without findings, 1 with findings")
    func findingsExitStatus() throws {
        let same = try run(["diff", baseline, baseline])
        #expect(same.status == 0)
        #expect(same.output == "stegdiff: \(baseline) → \(baseline): no findings\n")
        let marked = try run(["diff", baseline, headline])
        #expect(marked.status == 1)
        #expect(marked.output.contains("⟨U+02BC MODIFIER LETTER APOSTROPHE⟩"))
        #expect(marked.output.contains("date format y-MM-dd → y/MM/dd"))
        #expect(!marked.output.contains("\u{1B}["), "no colour when standard output is not a terminal")
    }

    @Test("the plain 'diff A B' (which skips the argument parser) prints what the parsed command prints")
    func plainDiffMatchesParsed() throws {
        for candidate in [baseline, headline] {
            let plain = try run(["diff", baseline, candidate]), parsed = try run(["diff", baseline, candidate, "--format", "table"])
            #expect(plain.status == parsed.status && plain.output == parsed.output && plain.error == parsed.error)
        }
        let missing = try run(["diff", baseline, "/nonexistent/prompt.md"])
        #expect(missing.status == 2 && missing.error.contains("/nonexistent/prompt.md"))
    }

    @Test("exit 2 with a message naming the file for trouble", arguments: [
        (["diff", "/nonexistent/prompt.md", "x"], "/nonexistent/prompt.md: cannot open"),
        (["diff", "/tmp", "/tmp"], "/tmp: is a directory"),
        (["diff", "-", "-"], "only one side"),
        (["diff", "a"], "Missing expected argument"),
        (["diff", "a", "b", "--format", "xml"], "xml"),
        (["frobnicate"], "frobnicate"),
    ])
    func trouble(arguments: [String], message: String) throws {
        let result = try run(arguments)
        #expect(result.status == 2)
        #expect(result.error.contains(message), "\(result.error)")
    }

    @Test("inputs over --max-input-bytes are refused with the limit named")
    func inputLimit() throws {
        let result = try run(["diff", baseline, headline, "--max-input-bytes", "1000"])
        #expect(result.status == 2)
        #expect(result.error.contains("input limit of 1000 bytes"))
    }

    @Test("'-' reads one side from standard input")
    func standardInput() throws {
        let candidate = try Data(contentsOf: URL(fileURLWithPath: headline))
        let result = try run(["diff", baseline, "-", "--format", "json"], input: candidate)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((json["candidate"] as? [String: Any])?["path"] as? String == "-")
        #expect((json["findings"] as? [Any])?.count == 2)
    }

    @Test("JSON output is ASCII only, so it cannot hide the characters it reports")
    func asciiJSON() throws {
        let result = try run(["diff", baseline, projectRoot + "/Corpus/variants/ta-kitchen-sink.md", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.output.utf8.allSatisfy { $0 < 0x80 })
        #expect(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) is [String: Any])
    }

    @Test("binary junk and invalid UTF-8 are findings, not crashes")
    func binaryJunk() throws {
        var random = SeededGenerator(seed: 99)
        let junk = Data((0..<30_000).map { _ in UInt8.random(in: 0...255, using: &random) })
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stegdiff-junk-\(getpid()).bin").path
        try junk.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try run(["diff", baseline, path, "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let candidate = try #require(json["candidate"] as? [String: Any])
        #expect((candidate["invalidSequenceCount"] as? Int ?? 0) > 100)
    }
}

@Suite("stegdiff scan")
struct ScanCommandTests {
    @Test("every capture gives one record, errors name file and offset, a summary closes the output")
    func scanArchive() throws {
        let folder = try temporaryFolder("scan")
        defer { try? FileManager.default.removeItem(at: folder) }
        let marked = try String(contentsOfFile: projectRoot + "/Corpus/variants/rb-headline-02bc-slash.md", encoding: .utf8)
        let body = try JSONSerialization.data(withJSONObject: ["system": marked])
        try body.write(to: folder.appendingPathComponent("body.json"))
        try Data("{\"prompt\": \"unrelated soup recipe\"}\n{\"broken\": \n".utf8).write(to: folder.appendingPathComponent("more.jsonl"))
        let result = try CommandLineTests().run(["scan", folder.path, "--corpus", projectRoot + "/Corpus/baselines"])
        #expect(result.status == 1)
        let records = result.output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(records.map { $0["type"] as? String } == ["capture", "capture", "error", "summary"])
        #expect((records[0]["baseline"] as? [String: Any])?["id"] as? String == "review-bot.md")
        #expect((records[0]["findings"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["homoglyph", "date-format"])
        #expect(records[1]["status"] as? String == "no-baseline")
        #expect(records[2]["offset"] as? Int == 36 + 11)  // line 2 starts at 36; its input ends 11 bytes in
        #expect(records[3]["captures"] as? Int == 2 && records[3]["errors"] as? Int == 1)
    }
}

@Suite("stegdiff scan: clusters, labels, resume")
struct ScanClusterTests {
    /// 12 labelled captures: every tz=Asia/Shanghai capture carries the 2026 marker, the others
    /// are clean or only drifted a day.
    func archive(in folder: URL) throws -> URL {
        let marked = try String(contentsOfFile: projectRoot + "/Corpus/variants/ide-headline-02bc-slash.md", encoding: .utf8)
        let clean = try String(contentsOfFile: projectRoot + "/Corpus/baselines/ide-assistant.md", encoding: .utf8)
        var lines: [String] = []
        for index in 0..<12 {
            let tz = ["Asia/Shanghai", "Europe/Paris", "America/New_York"][index % 3]
            let text = tz == "Asia/Shanghai" ? marked : index % 2 == 0 ? clean : clean.replacingOccurrences(of: "2026-07-04", with: "2026-07-05")
            let record: [String: Any] = ["id": "c\(index)", "labels": ["tz": tz, "host": index < 6 ? "a" : "b"], "prompt": text]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
        }
        let file = folder.appendingPathComponent("captures.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        return file
    }

    func records(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test("the marker's cluster and the label that decides it are read off the summary")
    func clusters() throws {
        let folder = try temporaryFolder("clusters")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try archive(in: folder)
        let result = try CommandLineTests().run(["scan", file.path, "--corpus", projectRoot + "/Corpus/baselines"])
        let summary = try #require(records(result.output).last)
        let clusters = try #require(summary["clusters"] as? [[String: Any]])
        #expect(clusters.map { $0["size"] as? Int } == [8, 4])
        #expect(clusters[1]["marker"] as? String == "homoglyph @465-466 -> U+02BC + date-format @476-486 -> y/MM/dd")
        #expect((clusters[1]["labels"] as? [String: [String: Int]])?["tz"] == ["Asia/Shanghai": 4])
        let associations = try #require(summary["labelAssociation"] as? [[String: Any]])
        #expect(associations.first?["label"] as? String == "tz")
        #expect(associations.first?["cramersV"] as? Double == 1.0)
        #expect(associations.last?["cramersV"] as? Double == 0.0)
        #expect(summary["capacityBits"] as? Double == 2.0)
    }

    @Test("a run killed mid-record resumes with no duplicate and no missing record")
    func resume() throws {
        let folder = try temporaryFolder("resume")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try archive(in: folder)
        try Data("{\"broken\": \n".utf8).write(to: folder.appendingPathComponent("zz-broken.jsonl"))
        let output = folder.appendingPathComponent("out.jsonl").path
        let corpus = projectRoot + "/Corpus/baselines"
        _ = try CommandLineTests().run(["scan", folder.path, "--corpus", corpus, "--output", output])
        let complete = try String(contentsOfFile: output, encoding: .utf8)
        // Simulate a kill: keep five records and half of the sixth.
        let lines = complete.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines.prefix(5).joined(separator: "\n") + "\n" + lines[5].prefix(lines[5].count / 2)
        try cut.write(toFile: output, atomically: true, encoding: .utf8)
        let resumed = try CommandLineTests().run(["scan", folder.path, "--corpus", corpus, "--output", output, "--resume"])
        #expect(resumed.status == 1)
        let after = records(try String(contentsOfFile: output, encoding: .utf8))
        let before = records(complete)
        #expect(after.count == before.count)
        let keys = after.filter { $0["type"] as? String == "capture" }.map { "\($0["source"]!)|\($0["offset"]!)" }
        #expect(Set(keys).count == keys.count && keys.count == 12)
        #expect(after.filter { $0["type"] as? String == "error" }.count == 1)
        let summary = try #require(after.last)
        #expect(summary["captures"] as? Int == 12 && summary["errors"] as? Int == 1)
        #expect((summary["clusters"] as? [[String: Any]])?.map { $0["size"] as? Int } == [8, 4])
        #expect((summary["keyingRules"] as? [[String: Any]])?.map { "\($0["kind"]!) \($0["label"]!) \(($0["values"] as? [String]) ?? [])" }
                == ["homoglyph tz [\"Asia/Shanghai\"]", "date-format tz [\"Asia/Shanghai\"]"])
        let lastLine = { (text: String) in text.split(separator: "\n").last.map(String.init) }
        #expect(lastLine(try String(contentsOfFile: output, encoding: .utf8)) == lastLine(complete), "the resumed summary is the whole run's")
        _ = file
    }
}

@Suite("stegdiff scan on a generated archive")
struct GeneratedArchiveTests {
    @Test("every capture's marker matches what the generator planted for its time zone; tz decides the cluster")
    func generatedArchive() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stegdiff-archive-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try makeCaptureArchive([folder.path, "--captures", "120", "--seed", "7", "--only", "review-bot.md"]) == 0)
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("expected.json"))) as? [String: [String: Any]])
        let result = try CommandLineTests().run(["scan", folder.appendingPathComponent("archive").path, "--corpus", folder.appendingPathComponent("corpus").path])
        #expect(result.status == 1)
        let records = result.output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        var seen = Set<String>()
        for record in records where record["type"] as? String == "capture" {
            let labels = record["labels"] as? [String: String] ?? [:]
            let source = (record["source"] as? String ?? "").split(separator: "/").last.map(String.init) ?? ""
            let id = labels["id"] ?? labels["header:x-capture-id"] ?? String(source.prefix(10))
            let plan = try #require(expected[id], "unknown capture \(id)")
            seen.insert(id)
            let signature = (record["signature"] as? [String] ?? []).joined(separator: " + ")
            switch plan["marker"] as? String {
            case "U+02BC + y/MM/dd"?: #expect(signature.hasSuffix("-> U+02BC + date-format @381-391 -> y/MM/dd"), "\(id): \(signature)")
            case "U+2019 + dd.MM.y"?: #expect(signature.hasSuffix("-> U+2019 + date-format @381-391 -> dd.MM.y"), "\(id): \(signature)")
            default: #expect(signature.isEmpty, "\(id): \(signature)")
            }
        }
        #expect(seen.count == 120, "every capture accounted for exactly once")
        let summary = try #require(records.last)
        #expect(summary["captures"] as? Int == 120 && summary["errors"] as? Int == 0 && summary["skipped"] as? Int == 6)
        #expect((summary["clusters"] as? [[String: Any]])?.count == 3)
        let associations = summary["labelAssociation"] as? [[String: Any]] ?? []
        let tz = associations.first { $0["label"] as? String == "tz" }
        #expect(tz?["cramersV"] as? Double == 1.0)
        #expect(!associations.contains { $0["label"] as? String == "header:x-capture-id" })
        let forms = (summary["markerForms"] as? [[String: Any]] ?? []).compactMap { $0["marker"] as? String }
        #expect(Set(forms) == ["none", "homoglyph -> U+02BC + date-format -> y/MM/dd", "homoglyph -> U+2019 + date-format -> dd.MM.y"])
        let byForm = summary["labelAssociationByMarkerForm"] as? [[String: Any]] ?? []
        #expect(byForm.first { $0["label"] as? String == "tz" }?["cramersV"] as? Double == 1.0)
    }
}

@Suite("stegdiff scan: output safety")
struct ScanOutputSafetyTests {
    @Test("--output never overwrites a file that is not scan output; --resume matches files however the path is spelled")
    func outputSafety() throws {
        let folder = try temporaryFolder("safety")
        defer { try? FileManager.default.removeItem(at: folder) }
        let capture = folder.appendingPathComponent("capture.jsonl")
        let body = try String(contentsOfFile: projectRoot + "/Corpus/variants/rb-headline-02bc-slash.md", encoding: .utf8)
        let line = String(decoding: try JSONSerialization.data(withJSONObject: ["prompt": body]), as: UTF8.self) + "\n"
        try Data(line.utf8).write(to: capture)
        let corpus = projectRoot + "/Corpus/baselines"
        let refused = try CommandLineTests().run(["scan", folder.path, "--corpus", corpus, "--output", capture.path])
        #expect(refused.status == 2 && refused.error.contains("not stegdiff scan output"))
        #expect(try String(contentsOf: capture, encoding: .utf8) == line, "the input is untouched")
        let output = folder.appendingPathComponent("out.jsonl").path
        _ = try CommandLineTests().run(["scan", folder.path, "--corpus", corpus, "--output", output])
        let first = try String(contentsOfFile: output, encoding: .utf8)
        let resumed = try CommandLineTests().run(["scan", folder.path + "/./", "--corpus", corpus, "--output", output, "--resume"])
        #expect(resumed.status == 1)
        let records = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(records.count == first.split(separator: "\n").count, "no duplicate for ./ in the path")
    }
}
