import Foundation
import Testing

/// `stegdiff probe` end to end: the real executables (`stegdiff probe` execs `stegdiff-probe`,
/// which reports through `stegdiff scan`), real clients (the official SDKs in
/// Scripts/standin-assistant.py, a raw-socket client in Scripts/probe-test-client.py).
@Suite("stegdiff probe")
struct ProbeTests {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
        /// The `--format json` document, when the output is one.
        var document: [String: Any]? { (try? JSONSerialization.jsonObject(with: Data(output.utf8))) as? [String: Any] }
        var records: [[String: Any]] { document?["records"] as? [[String: Any]] ?? [] }
        var rules: [[String: Any]] { (document?["summary"] as? [String: Any])?["keyingRules"] as? [[String: Any]] ?? [] }
    }

    /// Runs `stegdiff probe ARGUMENTS`, standard output and error through files (no pipe to fill).
    func probe(_ arguments: [String], folder: URL, environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.executableURL = URL(fileURLWithPath: CommandLineTests.executable)
        process.arguments = ["probe"] + arguments
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: try String(contentsOf: out, encoding: .utf8),
                       errors: try String(contentsOf: err, encoding: .utf8))
    }

    /// The lines of a JSONL file of the archive, decoded.
    func jsonLines(_ path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    static let python = projectRoot + "/.build-python/bin/python"

    /// True when the official SDKs are installed in .build-python, or when CI requires them
    /// (STEGDIFF_REQUIRE_SDKS=1): the tests then run and fail without them instead of being skipped.
    static var sdksInstalled: Bool {
        if ProcessInfo.processInfo.environment["STEGDIFF_REQUIRE_SDKS"] == "1" { return true }
        guard FileManager.default.isExecutableFile(atPath: python) else { return false }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: python)
        check.arguments = ["-c", "import anthropic, openai"]
        check.standardError = FileHandle.nullDevice
        try? check.run()
        check.waitUntilExit()
        return check.terminationStatus == 0
    }

    static let standIn = projectRoot + "/Scripts/standin-assistant.py"

    @Test("Anthropic SDK, JSON and streamed: exactly the two keyed mechanisms, named by the matrix's labels; none on STREAM",
          .enabled(if: ProbeTests.sdksInstalled, "Scripts/setup.sh --tests installs the anthropic and openai SDKs into .build-python"))
    func anthropicKeyingRules() throws {
        let folder = try temporaryFolder("probe-anthropic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("archive").path
        let outcome = try probe(["--matrix", "TZ=UTC,Asia/Shanghai", "--matrix", "ANTHROPIC_BASE_URL={probe},http://dashscope-gw.example",
                                 "--matrix", "STREAM=0,1", "--timeout", "60", "--output", archive, "--format", "json",
                                 "--", ProbeTests.python, ProbeTests.standIn, "--sdk", "anthropic"], folder: folder)
        // Findings (the two markers) make the exit status 1, as scan's.
        #expect(outcome.status == 1, "\(outcome.errors)")
        #expect(outcome.errors.contains("8 cells × 2 + control = 17 runs"), "\(outcome.errors)")
        // Every run finished normally: the SDK accepted every JSON and SSE reply.
        let runs = try jsonLines(archive + "/runs.jsonl")
        #expect(runs.count == 17 && runs.allSatisfy { ($0["exitStatus"] as? Int) == 0 && ($0["requests"] as? Int) == 2 }, "\(runs)")
        let records = outcome.records
        #expect(records.count == 34 && records.allSatisfy { $0["type"] as? String == "capture" }, "\(records.map { $0["type"] ?? "" })")
        // Streamed runs really streamed.
        let archived = try jsonLines(archive + "/captures.jsonl")
        for line in archived {
            let labels = line["labels"] as! [String: String], request = line["request"] as! [String: Any]
            #expect((request["stream"] as? Bool ?? false) == (labels["STREAM"] == "1"), "\(labels)")
        }
        let rules = outcome.rules.map { rule in
            "\(rule["kind"]!) \(rule["variant"]!) @\(rule["baseline"]!) \(rule["baselineStart"]!)-\(rule["baselineEnd"]!) "
                + "\(rule["label"]!) \((rule["values"] as! [String]).joined(separator: ",")) \(rule["hits"]!)/\(rule["support"]!)/\(rule["captures"]!)"
        }
        #expect(Set(rules) == [
            "homoglyph U+2019 @control-1 67-68 ANTHROPIC_BASE_URL http://dashscope-gw.example 8/8/17",
            "date-format y/MM/dd @control-1 78-88 TZ Asia/Shanghai 8/8/16",
        ] && rules.count == 2, "\(rules)")
        // The candidate offsets point at the marker's bytes in the archive.
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: archive + "/captures.jsonl")))
        let homoglyphs = records.flatMap { ($0["findings"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "homoglyph" } }
        #expect(homoglyphs.count == 8)
        for finding in homoglyphs {
            let candidate = finding["candidate"] as! [String: Any]
            #expect(Array(bytes[(candidate["start"] as! Int)..<(candidate["end"] as! Int)]) == [0xE2, 0x80, 0x99])
        }
        // The API key the SDK sent (x-api-key) is nowhere: not a label, not in the archive.
        #expect(!outcome.output.contains("sk-ant-stegdiff-probe") && !bytes.split(separator: 0x0A).contains { String(decoding: $0, as: UTF8.self).contains("sk-ant-stegdiff-probe") })
    }

    /// Probes the stand-in on an OpenAI API, JSON and streamed, with the apostrophe keyed on the host.
    func openAI(_ sdk: String, path: String) throws {
        let folder = try temporaryFolder("probe-\(sdk)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("archive").path
        let outcome = try probe(["--matrix", "OPENAI_BASE_URL={probe}/v1,http://dashscope-gw.example/v1", "--matrix", "STREAM=0,1",
                                 "--repeat", "1", "--timeout", "60", "--output", archive, "--format", "json",
                                 "--", ProbeTests.python, ProbeTests.standIn, "--sdk", sdk], folder: folder)
        #expect(outcome.status == 1, "\(outcome.errors)")
        let runs = try jsonLines(archive + "/runs.jsonl")
        #expect(runs.count == 5 && runs.allSatisfy { ($0["exitStatus"] as? Int) == 0 && ($0["requests"] as? Int) == 2 }, "\(runs)")
        let records = outcome.records
        #expect(records.count == 10 && records.allSatisfy { $0["type"] as? String == "capture" }, "\(records)")
        var seen: [String] = []
        for record in records {
            let labels = record["labels"] as! [String: String], baseline = (record["baseline"] as! [String: Any])["id"] as! String
            #expect(labels["path"] == path && labels["host"] != nil)
            seen.append("\(labels["OPENAI_BASE_URL"] ?? "-") \(labels["STREAM"] ?? "-") \(baseline) \((record["signature"] as! [String]).joined())")
        }
        #expect(seen == [
            "{probe}/v1 - control-1 ", "{probe}/v1 - control-2 ",
            "{probe}/v1 0 control-1 ", "{probe}/v1 0 control-2 ",
            "{probe}/v1 1 control-1 ", "{probe}/v1 1 control-2 ",
            "http://dashscope-gw.example/v1 0 control-1 homoglyph @67-68 -> U+2019", "http://dashscope-gw.example/v1 0 control-2 ",
            "http://dashscope-gw.example/v1 1 control-1 homoglyph @67-68 -> U+2019", "http://dashscope-gw.example/v1 1 control-2 ",
        ], "\(seen)")
    }

    @Test("OpenAI Chat Completions SDK, JSON and SSE ([DONE]): every request captured, the marker where the host keys it",
          .enabled(if: ProbeTests.sdksInstalled, "Scripts/setup.sh --tests installs the anthropic and openai SDKs into .build-python"))
    func openAIChat() throws { try openAI("openai-chat", path: "/v1/chat/completions") }

    @Test("OpenAI Responses SDK, JSON and SSE: `instructions` captured as the system prompt",
          .enabled(if: ProbeTests.sdksInstalled, "Scripts/setup.sh --tests installs the anthropic and openai SDKs into .build-python"))
    func openAIResponses() throws { try openAI("openai-responses", path: "/v1/responses") }

    @Test("every bad behaviour of a client is a record: silence, exit status, signal, oversized or non-JSON body, unknown path, a request cut short, a TLS tunnel; concurrency and a connection left open are handled")
    func misbehaviour() throws {
        let folder = try temporaryFolder("probe-misbehaviour")
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("archive").path
        let outcome = try probe(["--matrix", "MODE=silent,exit3,crash,big,notjson,concurrent,keepopen,unknown,tls", "--repeat", "1",
                                 "--timeout", "5", "--max-input-bytes", "1000", "--output", archive, "--format", "json",
                                 "--", "python3", projectRoot + "/Scripts/probe-test-client.py"], folder: folder)
        // Errors and no findings: exit status 2, as scan's.
        #expect(outcome.status == 2, "\(outcome.errors)")
        let errors = outcome.records.filter { $0["type"] as? String == "error" }.map { "\($0["offset"]!) \($0["reason"]!)" }
        let lines = try String(contentsOfFile: archive + "/captures.jsonl", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var offsets: [String: Int] = [:]  // record id → byte offset of its line
        var offset = 0
        for line in lines {
            if let id = (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String { offsets[id] = offset }
            offset += line.utf8.count + 1
        }
        func at(_ id: String) -> Int { offsets[id] ?? -1 }
        #expect(errors == [
            "\(at("run-1/end")) line 2: run 1 (MODE=silent): sent no request before the timeout (5 s); its process group was killed",
            "\(at("run-2/end")) line 4: run 2 (MODE=exit3): the client exited with status 3 (its output: \(archive)/logs/run-2.txt)",
            "\(at("run-3/end")) line 6: run 3 (MODE=crash): the client was killed by signal 11 (SIGSEGV)",
            "\(at("run-4/request-1")) line 7: run 4 (MODE=big): POST /v1/messages: request body of 4014 bytes is over --max-input-bytes (1000)",
            "\(at("run-5/request-1")) line 8: run 5 (MODE=notjson): POST /v1/messages: request body is not JSON: byte 29: expected a member name",
            "\(at("run-7/request-2")) line 12: run 7 (MODE=keepopen): POST /v1/messages: connection closed before the request ended (10 body bytes received)",
            "\(at("run-8/request-1")) line 13: run 8 (MODE=unknown): GET /v1/models: not an API path the probe answers (answered 404)",
            "\(at("run-9/request-1")) line 14: run 9 (MODE=tls): TLS tunnel to api.anthropic.com:443: bodies cannot be read; use an http:// base URL",
        ], "\(errors)")
        let captures = outcome.records.filter { $0["type"] as? String == "capture" }.map { record in
            let labels = record["labels"] as! [String: String]
            return "\(labels["MODE"] ?? "control") \(labels["host"]!) \(labels["path"]!) \((record["findings"] as! [Any]).count)"
        }
        // The control, exit3 and crash (their request came before the end), both concurrent
        // requests, the finished request of keepopen; the host from the absolute-form target.
        #expect(captures == ["control", "exit3", "crash", "concurrent", "concurrent", "keepopen"].map { "\($0) api.test.example /v1/messages 0" },
                "\(captures)")
        let runs = try jsonLines(archive + "/runs.jsonl")
        #expect(runs.map { "\($0["run"]!) \($0["requests"]!) \($0["mostInFlight"]!) \($0["timedOut"]!)" } == [
            "0 1 1 0", "1 0 0 1", "2 1 1 0", "3 1 1 0", "4 1 1 0", "5 1 1 0", "6 2 2 0", "7 2 1 0", "8 1 1 0", "9 1 1 0",
        ], "\(runs)")
        // The client's x-api-key never became a label or reached the archive.
        #expect(!outcome.output.contains("sk-test-secret") && !lines.contains { $0.contains("sk-test-secret") })
    }

    @Test("a marker that changes from run to run but is keyed on no variable gives no rule: the run index never forms one")
    func runIndexIsNoKey() throws {
        let folder = try temporaryFolder("probe-run-index")
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("archive").path
        let outcome = try probe(["--matrix", "MODE=a,b", "--repeat", "8", "--timeout", "20", "--output", archive, "--format", "json",
                                 "--", "python3", projectRoot + "/Scripts/probe-test-client.py"],
                                folder: folder, environment: ["MARK_COUNTER": folder.appendingPathComponent("counter").path])
        #expect(outcome.status == 1, "\(outcome.errors)")
        // Thue-Morse over runs 0-16: the marker on 9 of the 16 cell runs, 5 with MODE=a, 4 with b.
        let marked = outcome.records.filter { !($0["signature"] as? [String] ?? []).isEmpty }.map { ($0["labels"] as! [String: String])["run"]! }
        #expect(marked == ["1", "2", "4", "7", "8", "11", "13", "14", "16"], "\(marked)")
        #expect(outcome.rules.isEmpty, "\(outcome.rules)")
    }

    @Test("an interrupted probe resumes after its last finished run; a folder holding an archive is never overwritten")
    func resume() throws {
        let folder = try temporaryFolder("probe-resume")
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("archive").path
        let arguments = ["--matrix", "MODE=a,b", "--repeat", "2", "--timeout", "20", "--output", archive, "--format", "jsonl",
                         "--label-salt", "s", "--", "python3", projectRoot + "/Scripts/probe-test-client.py"]
        let first = try probe(arguments, folder: folder)
        #expect(first.status == 0, "\(first.errors)")
        let whole = try String(contentsOfFile: archive + "/captures.jsonl", encoding: .utf8)
        // As if interrupted during run 3: runs 0-2 logged, run 3's record written, its log line cut.
        let runs = try String(contentsOfFile: archive + "/runs.jsonl", encoding: .utf8).split(separator: "\n")
        try (runs[0..<3].joined(separator: "\n") + "\n" + runs[3].prefix(20)).write(toFile: archive + "/runs.jsonl", atomically: true, encoding: .utf8)
        let kept = whole.split(separator: "\n").prefix(4).joined(separator: "\n") + "\n"
        try kept.write(toFile: archive + "/captures.jsonl", atomically: true, encoding: .utf8)
        let refused = try probe(arguments.filter { $0 != "--resume" }, folder: folder)
        #expect(refused.status == 2 && refused.errors.contains("holds an earlier probe's archive; give --resume"), "\(refused.errors)")
        let otherPlan = try probe(["--resume"] + arguments.map { $0 == "MODE=a,b" ? "MODE=a,c" : $0 }, folder: folder)
        #expect(otherPlan.status == 2 && otherPlan.errors.contains("--resume continues only the same plan"), "\(otherPlan.errors)")
        let resumed = try probe(["--resume"] + arguments, folder: folder)
        #expect(resumed.status == 0, "\(resumed.errors)")
        // Runs 3 and 4 done again, nothing else: the archive is the uninterrupted one, record for record.
        #expect(resumed.errors.contains("run 3/4") && resumed.errors.contains("run 4/4") && !resumed.errors.contains("run 2/4"), "\(resumed.errors)")
        let ids = { (text: String) in text.split(separator: "\n").map { String($0.prefix { $0 != "," }) } }
        #expect(ids(try String(contentsOfFile: archive + "/captures.jsonl", encoding: .utf8)) == ids(whole))
        #expect(resumed.output.split(separator: "\n").last?.contains("\"captures\":5") ?? false, "\(resumed.output)")
    }

    @Test("a malformed matrix or a missing command is trouble (exit 2) before anything runs")
    func badInvocation() throws {
        let folder = try temporaryFolder("probe-invocation")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (arguments, message) in [
            (["--matrix", "TZ", "--", "true"], "TZ: expected NAME=V1,V2,..."),
            (["--matrix", "1TZ=a", "--", "true"], "the name must be an environment variable name"),
            (["--matrix", "TZ=a", "--matrix", "TZ=b", "--", "true"], "--matrix TZ is given twice"),
            (["--matrix", "TZ=a"], "give the client command after --"),
            (["--repeat", "0", "--", "true"], "--repeat must be 1 or more"),
            (["--matrix", "host=a,b", "--", "true"], "--matrix host: the name is one of the probe's own labels (host, id, path, run)"),
        ] {
            let outcome = try probe(["--output", folder.appendingPathComponent("never").path] + arguments, folder: folder)
            #expect(outcome.status == 2 && outcome.errors.contains(message) && outcome.output.isEmpty, "\(arguments): \(outcome.errors)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("never").path))
        }
    }
}
