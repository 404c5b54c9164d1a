import Foundation
import Testing
import StegDiff

/// Issue 13: what a newcomer meets first, through the executable: no credentials in any output,
/// exit statuses to gate on, diff(1) manners on pipes and FIFOs, self-describing JSON, small things.
@Suite("Newcomer: credentials, gates, pipes, identification")
struct NewcomerTests {
    let commandLine = CommandLineTests()
    let corpus = projectRoot + "/Corpus/baselines"
    let baseline = projectRoot + "/Corpus/baselines/terminal-agent.md"
    let headline = projectRoot + "/Corpus/variants/ta-headline-02bc-slash.md"

    /// Every secret value the HAR below carries; none may appear in any output.
    static let secrets = [
        "sk-ant-api03-AUTHORIZATIONSECRET", "PROXYAUTHSECRET", "COOKIESESSIONSECRET", "SETCOOKIESECRET",
        "sk-XAPIKEYSECRET", "APIKEYHEADERSECRET", "XAUTHTOKENSECRET", "CLIENTSECRETVALUE", "XSESSIONIDSECRET",
        "XPASSWORDSECRET", "QUERYAPIKEYSECRET", "QUERYACCESSTOKENSECRET", "QUERYSESSIONSECRET", "USERINFOPASSWORD",
        "CUSTOMBEARERSECRET", "WRAPPERTOKENSECRET",
    ]

    /// A HAR from a browser or a proxy: every credential header and query parameter, twice (the
    /// same token on both entries, so a hashed label still keys the captures together).
    func credentialArchive(in folder: URL) throws {
        let marked = try String(contentsOfFile: projectRoot + "/Corpus/variants/rb-headline-02bc-slash.md", encoding: .utf8)
        let body = String(decoding: try JSONSerialization.data(withJSONObject: ["model": "m", "system": marked]), as: UTF8.self)
        let headers: [[String: String]] = [
            ["name": "Authorization", "value": "Bearer sk-ant-api03-AUTHORIZATIONSECRET"],
            ["name": "Proxy-Authorization", "value": "Basic PROXYAUTHSECRET"],
            ["name": "Cookie", "value": "session=COOKIESESSIONSECRET; theme=dark"],
            ["name": "Set-Cookie", "value": "sid=SETCOOKIESECRET; HttpOnly"],
            ["name": "X-Api-Key", "value": "sk-XAPIKEYSECRET"],
            ["name": "api-key", "value": "APIKEYHEADERSECRET"],
            ["name": "X-Auth-Token", "value": "XAUTHTOKENSECRET"],
            ["name": "X-Client-Secret", "value": "CLIENTSECRETVALUE"],
            ["name": "X-Session-Id", "value": "XSESSIONIDSECRET"],
            ["name": "X-Password", "value": "XPASSWORDSECRET"],
            ["name": "X-Forwarded-Custom", "value": "Bearer CUSTOMBEARERSECRET"],
            ["name": "X-Tz", "value": "Asia/Shanghai"],
        ]
        let url = "https://alice:USERINFOPASSWORD@proxy.example/v1/messages?api_key=QUERYAPIKEYSECRET&access_token=QUERYACCESSTOKENSECRET&SessionId=QUERYSESSIONSECRET&region=eu"
        let entry: [String: Any] = ["startedDateTime": "2026-07-04T10:00:00.000+08:00",
                                    "request": ["method": "POST", "url": url, "headers": headers,
                                                "postData": ["mimeType": "application/json", "text": body]]]
        let har = try JSONSerialization.data(withJSONObject: ["log": ["version": "1.2", "entries": [entry, entry]]])
        try har.write(to: folder.appendingPathComponent("browser.har"))
        // A JSONL wrapper whose labels name a token too.
        let wrapper = try JSONSerialization.data(withJSONObject: ["id": "w1", "labels": ["proxy-token": "WRAPPERTOKENSECRET", "tz": "UTC"],
                                                                  "prompt": marked])
        try (wrapper + Data("\n".utf8)).write(to: folder.appendingPathComponent("wrapped.jsonl"))
    }

    @Test("credential headers, query parameters and URL passwords appear in no output format, only as salted hashes")
    func noCredentialsInOutput() throws {
        let folder = try temporaryFolder("credentials")
        defer { try? FileManager.default.removeItem(at: folder) }
        try credentialArchive(in: folder)
        for format in ["jsonl", "json", "table", "sarif"] {
            for salt in [[], ["--label-salt", "fixed"]] {
                let run = try commandLine.run(["scan", folder.path, "--corpus", corpus, "--format", format] + salt)
                #expect(run.status == 1, "\(format): \(run.error)")
                for secret in NewcomerTests.secrets {
                    #expect(!run.output.contains(secret) && !run.error.contains(secret), "\(format) shows \(secret)")
                }
                #expect(!run.output.contains("alice"), "\(format) shows the URL's user")
            }
        }
        // The labels themselves: names kept, values hashed with the given salt, equal tokens equal.
        let run = try commandLine.run(["scan", folder.path, "--corpus", corpus, "--label-salt", "fixed"])
        let records = run.output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let captures = records.filter { $0["type"] as? String == "capture" }
        #expect(captures.count == 3)
        let labels = try #require(captures.first?["labels"] as? [String: String])
        func hashed(_ value: String) -> String { "sha256:" + SHA256.hexDigest(of: Array("fixed".utf8) + Array(value.utf8)).prefix(12) }
        #expect(labels["header:authorization"] == hashed("Bearer sk-ant-api03-AUTHORIZATIONSECRET"))
        #expect(labels["header:cookie"] == hashed("session=COOKIESESSIONSECRET; theme=dark"))
        #expect(labels["query:api_key"] == hashed("QUERYAPIKEYSECRET"))
        #expect(labels["query:sessionid"] == hashed("QUERYSESSIONSECRET"))
        #expect(labels["header:x-forwarded-custom"] == hashed("Bearer CUSTOMBEARERSECRET"))
        #expect(labels["query:region"] == "eu" && labels["header:x-tz"] == "Asia/Shanghai" && labels["host"] == "proxy.example")
        for name in ["header:proxy-authorization", "header:set-cookie", "header:x-api-key", "header:api-key", "header:x-auth-token",
                     "header:x-client-secret", "header:x-session-id", "header:x-password", "query:access_token"] {
            #expect(labels[name]?.wholeMatch(of: /sha256:[0-9a-f]{12}/) != nil, "\(name): \(labels[name] ?? "missing")")
        }
        #expect(captures[1]["labels"] as? [String: String] == labels, "the same token hashes alike within a run")
        #expect((captures[2]["labels"] as? [String: String])?["proxy-token"] == hashed("WRAPPERTOKENSECRET"))
        // Without --label-salt the salt is random: two runs hash the same token differently.
        let first = try commandLine.run(["scan", folder.path, "--corpus", corpus]), second = try commandLine.run(["scan", folder.path, "--corpus", corpus])
        func authorization(_ output: String) -> String? {
            output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
                .compactMap { ($0["labels"] as? [String: String])?["header:authorization"] }.first
        }
        #expect(authorization(first.output) != nil && authorization(first.output) != authorization(second.output))
    }

    @Test("--fail-on for diff and scan: benign date drift at info fails only a gate at info (the default)")
    func failOn() throws {
        let drift = projectRoot + "/Corpus/variants/ta-date-drift-only.md"
        for (arguments, status) in [([String](), 1), (["--fail-on", "info"], 1), (["--fail-on", "low"], 0), (["--fail-on", "high"], 0)] {
            #expect(try commandLine.run(["diff", baseline, drift] + arguments).status == Int32(status), "diff \(arguments)")
        }
        #expect(try commandLine.run(["diff", baseline, headline, "--fail-on", "high"]).status == 1)
        #expect(try commandLine.run(["diff", baseline, baseline, "--fail-on", "info"]).status == 0)
        let bad = try commandLine.run(["diff", baseline, drift, "--fail-on", "severe"])
        #expect(bad.status == 2 && bad.error.contains("--fail-on takes info, low, medium or high"), "\(bad.error)")

        let folder = try temporaryFolder("fail-on")
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: drift, toPath: archive.appendingPathComponent("drift.md").path)
        for (arguments, status) in [([String](), 1), (["--fail-on", "info"], 1), (["--fail-on", "medium"], 0)] {
            #expect(try commandLine.run(["scan", archive.path, "--corpus", corpus] + arguments).status == Int32(status), "scan \(arguments)")
        }
        try FileManager.default.copyItem(atPath: headline, toPath: archive.appendingPathComponent("marked.md").path)
        #expect(try commandLine.run(["scan", archive.path, "--corpus", corpus, "--fail-on", "high"]).status == 1)
        // A resumed run counts the records of the first run too: the marker found then still fails the gate.
        let output = folder.appendingPathComponent("out.jsonl").path
        _ = try commandLine.run(["scan", archive.path, "--corpus", corpus, "--output", output])
        let resumed = try commandLine.run(["scan", archive.path, "--corpus", corpus, "--output", output, "--resume", "--fail-on", "high"])
        #expect(resumed.status == 1, "\(resumed.error)")
        try FileManager.default.removeItem(atPath: archive.appendingPathComponent("marked.md").path)
        #expect(try commandLine.run(["scan", archive.path, "--corpus", corpus, "--fail-on", "low"]).status == 0)
    }

    /// Runs `script` under bash with `$0` the executable and `$1`… the arguments; output and errors separate.
    func shell(_ script: String, _ arguments: [String]) throws -> CommandLineTests.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, CommandLineTests.executable] + arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile(), errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandLineTests.Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                                    error: String(decoding: errorData, as: UTF8.self))
    }

    @Test("'stegdiff diff a b | head -1' ends quietly, as diff(1) does: no message, killed by SIGPIPE, never exit 2")
    func closedPipe() throws {
        // Thousands of findings: far more output than a pipe holds, so the writes meet the closed pipe.
        var random = SeededGenerator(seed: 13)
        let junk = projectRoot + "/.build/stegdiff-pipe-junk-\(getpid()).bin"
        try Data((0..<30_000).map { _ in UInt8.random(in: 0...255, using: &random) }).write(to: URL(fileURLWithPath: junk))
        defer { try? FileManager.default.removeItem(atPath: junk) }
        for arguments in [["diff", baseline, junk], ["diff", baseline, junk, "--format", "json"], ["inspect", junk],
                          ["scan", projectRoot + "/Corpus/captures", "--corpus", corpus, "--format", "table"]] {
            let run = try shell(#""$0" "$@" | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}""#, arguments)
            #expect(run.output == "141\n", "\(arguments): status \(run.output)")
            #expect(!run.error.contains("stegdiff"), "\(arguments): \(run.error)")
        }
    }

    @Test("a FIFO is read once its writer comes (never as an empty file); diff and inspect read <(…)")
    func fifoAndProcessSubstitution() throws {
        let folder = try temporaryFolder("fifo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("candidate").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.executable)
        process.arguments = ["diff", baseline, fifo, "--format", "json"]
        // Output to a file, not a pipe: a report of everything deleted would fill a pipe no one
        // reads yet, and the process would look as if it were waiting.
        let outputPath = folder.appendingPathComponent("report.json").path
        #expect(FileManager.default.createFile(atPath: outputPath, contents: nil))
        process.standardOutput = try #require(FileHandle(forWritingAtPath: outputPath))
        process.standardError = FileHandle.nullDevice
        try process.run()
        // With no writer yet, stegdiff must not decide anything: it waits, as diff(1) does. The
        // writer is opened without blocking (ENXIO while no reader has the FIFO open), so a
        // stegdiff that read the FIFO as empty and ended fails the test instead of hanging it.
        Thread.sleep(forTimeInterval: 0.5)
        var writer: Int32 = -1
        while writer < 0 && process.isRunning {
            writer = open(fifo, O_WRONLY | O_NONBLOCK)
            if writer < 0 { Thread.sleep(forTimeInterval: 0.01) }
        }
        try #require(writer >= 0, "stegdiff read a FIFO with no writer as an empty file")
        let candidate = Array(try Data(contentsOf: URL(fileURLWithPath: headline)))
        _ = fcntl(writer, F_SETFL, fcntl(writer, F_GETFL) & ~O_NONBLOCK)
        #expect(candidate.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) } == candidate.count)
        close(writer)
        process.waitUntilExit()
        let text = try Data(contentsOf: URL(fileURLWithPath: outputPath))
        #expect(process.terminationStatus == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: text) as? [String: Any])
        #expect((report["findings"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["homoglyph", "date-format"])

        let diffed = try shell(#""$0" diff "$1" <(cat "$2") --format json"#, [baseline, headline])
        #expect(diffed.status == 1 && diffed.error.isEmpty, "\(diffed.error)")
        let diffReport = try #require(try JSONSerialization.jsonObject(with: Data(diffed.output.utf8)) as? [String: Any])
        #expect((diffReport["findings"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["homoglyph", "date-format"])
        let inspected = try shell(#""$0" inspect <(cat "$1") --format json --fail-on info"#, [headline])
        #expect(inspected.status == 1 && inspected.error.isEmpty, "\(inspected.error)")
        let inspectReport = try #require(try JSONSerialization.jsonObject(with: Data(inspected.output.utf8)) as? [String: Any])
        let direct = try commandLine.run(["inspect", headline, "--format", "json"])
        let directReport = try #require(try JSONSerialization.jsonObject(with: Data(direct.output.utf8)) as? [String: Any])
        func findings(_ document: [String: Any]) -> [[String: Any]] {
            let report = (document["reports"] as? [[String: Any]])?.first ?? document
            return report["findings"] as? [[String: Any]] ?? []
        }
        let starts = findings(inspectReport).compactMap { ($0["location"] as? [String: Any])?["start"] as? Int }
        #expect(!starts.isEmpty && starts == findings(directReport).compactMap { ($0["location"] as? [String: Any])?["start"] as? Int })
    }

    /// Runs the executable with standard output and standard error on one pseudo-terminal, as in
    /// an interactive shell (through Python's pty module); returns everything the terminal received.
    func runOnTerminal(_ arguments: [String]) throws -> (status: Int32, bytes: [UInt8]) {
        let script = """
            import os, pty, sys
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(sys.argv[1], sys.argv[1:])
            out = bytearray()
            while True:
                try:
                    data = os.read(fd, 4096)
                except OSError:
                    break  # EIO once the process and its terminal are gone
                if not data:
                    break
                out += data
            _, status = os.waitpid(pid, 0)
            sys.stdout.buffer.write(bytes(out))
            sys.exit(os.waitstatus_to_exitcode(status))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, CommandLineTests.executable] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let bytes = Array(output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        return (process.terminationStatus, bytes)
    }

    /// The lines a terminal shows for `bytes`: carriage return goes back to the line's start and
    /// overwrites, ESC [2K clears the line, line feed ends it.
    static func screenLines(_ bytes: [UInt8]) -> [String] {
        var lines: [String] = [], line: [Character] = [], column = 0
        let text = Array(String(decoding: bytes, as: UTF8.self))
        var index = 0
        while index < text.count {
            let character = text[index]
            if character == "\u{1B}", index + 3 < text.count, String(text[(index + 1)...(index + 3)]) == "[2K" {
                line = []
                index += 4
                continue
            }
            switch character {
            case "\r": column = 0
            case "\n", "\r\n":
                lines.append(String(line))
                (line, column) = ([], 0)
            default:
                if column < line.count { line[column] = character } else { line.append(character) }
                column += 1
            }
            index += 1
        }
        if !line.isEmpty { lines.append(String(line)) }
        return lines
    }

    @Test("progress on a terminal: drawn on standard error, cleared before every output line, never mixed into one")
    func progressOnTerminal() throws {
        let run = try runOnTerminal(["scan", projectRoot + "/Corpus/captures", "--corpus", corpus, "--format", "table"])
        #expect(run.status == 1)
        let raw = String(decoding: run.bytes, as: UTF8.self)
        #expect(raw.contains("15 files, ") && raw.contains(" s left"), "a progress line was drawn: \(raw)")
        let lines = NewcomerTests.screenLines(run.bytes)
        for line in lines { #expect(!line.contains(" s left"), "progress left on screen or mixed in: \(line)") }
        let records = lines.filter { $0.contains("Corpus/captures/") }
        #expect(records.count == 26, "\(lines)")
        for line in records { #expect(line.hasPrefix(projectRoot + "/Corpus/captures/") || line.hasPrefix("skipped "), "\(line)") }
        #expect(lines.contains { $0.hasPrefix("scan: 15 files, 26 inputs = 24 captures + 0 errors + 2 skipped") }, "\(lines)")
    }

    @Test("every JSON output names its schema version and the tool; inspect --format json is one document, jsonl one report a line")
    func selfIdentifyingJSON() throws {
        func identified(_ object: [String: Any], _ what: String) {
            #expect(object["schemaVersion"] as? Int == 2, "\(what)")
            let tool = object["tool"] as? [String: Any]
            #expect(tool?["name"] as? String == ToolInfo.name && tool?["version"] as? String == ToolInfo.version, "\(what): \(String(describing: tool))")
        }
        func document(_ text: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text.prefix(200))")
        }
        identified(try document(try commandLine.run(["diff", baseline, headline, "--format", "json"]).output), "diff")
        let inputs = [headline, projectRoot + "/Corpus/variants/ide-kitchen-sink.md"]
        let inspect = try document(try commandLine.run(["inspect"] + inputs + ["--format", "json"]).output)
        identified(inspect, "inspect document")
        let reports = try #require(inspect["reports"] as? [[String: Any]])
        #expect(reports.compactMap { ($0["input"] as? [String: Any])?["path"] as? String } == inputs)
        for report in reports { identified(report, "inspect report") }
        let lines = try commandLine.run(["inspect"] + inputs + ["--format", "jsonl"]).output.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines { identified(try document(String(line)), "inspect jsonl line") }
        let scanLines = try commandLine.run(["scan", projectRoot + "/Corpus/captures", "--corpus", corpus]).output.split(separator: "\n")
        #expect(scanLines.count == 27)
        for line in scanLines {
            let record = try document(String(line))
            identified(record, "scan \(record["type"] ?? "?") record")
        }
        let scanDocument = try document(try commandLine.run(["scan", projectRoot + "/Corpus/captures", "--corpus", corpus, "--format", "json"]).output)
        identified(scanDocument, "scan document")
        identified(try #require(scanDocument["summary"] as? [String: Any]), "scan document summary")
    }

    @Test("identifier labels (all values distinct) are left out everywhere; figures on fewer than 20 captures are flagged lowSample")
    func identifierLabelsAndLowSample() throws {
        // Corpus/captures: header:x-capture-id is on 6 captures with 6 values; every figure rests on fewer than 20.
        let run = try commandLine.run(["scan", projectRoot + "/Corpus/captures", "--corpus", corpus])
        let summary = try #require(run.output.split(separator: "\n").last.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
        let associations = (summary["labelAssociation"] as? [[String: Any]] ?? []) + (summary["labelAssociationByMarkerForm"] as? [[String: Any]] ?? [])
        #expect(!associations.isEmpty)
        #expect(!associations.contains { $0["label"] as? String == "header:x-capture-id" })
        for cluster in summary["clusters"] as? [[String: Any]] ?? [] {
            #expect((cluster["labels"] as? [String: Any])?["header:x-capture-id"] == nil)
        }
        let tz = try #require(associations.first { $0["label"] as? String == "tz" })
        #expect(tz["captures"] as? Int == 6 && tz["lowSample"] as? Bool == true, "\(tz)")
        #expect(associations.allSatisfy { $0["lowSample"] as? Bool == true && ($0["captures"] as? Int ?? 99) < 20 })
        let table = try commandLine.run(["scan", projectRoot + "/Corpus/captures", "--corpus", corpus, "--format", "table"]).output
        #expect(!table.contains("x-capture-id"), "\(table)")
        #expect(table.contains("label tz: Cramér's V 1.0, mutual information 1.46 bits (low sample: 6 captures, fewer than 20)"), "\(table)")

        // 24 labelled captures: tz decides the marker (24 captures, not flagged); request-id is an identifier.
        let folder = try temporaryFolder("identifiers")
        defer { try? FileManager.default.removeItem(at: folder) }
        let marked = try String(contentsOfFile: projectRoot + "/Corpus/variants/ide-headline-02bc-slash.md", encoding: .utf8)
        let clean = try String(contentsOfFile: projectRoot + "/Corpus/baselines/ide-assistant.md", encoding: .utf8)
        var lines: [String] = []
        for index in 0..<24 {
            let tz = ["Asia/Shanghai", "Europe/Paris", "America/New_York"][index % 3]
            let record: [String: Any] = ["labels": ["tz": tz, "request-id": "req-\(index)", "rare": index < 5 ? "r\(index)" : "common"],
                                         "prompt": tz == "Asia/Shanghai" ? marked : clean]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self))
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("captures.jsonl"))
        let labelled = try commandLine.run(["scan", folder.path, "--corpus", corpus])
        let labelledSummary = try #require(labelled.output.split(separator: "\n").last.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
        let figures = try #require(labelledSummary["labelAssociation"] as? [[String: Any]])
        #expect(figures.compactMap { $0["label"] as? String } == ["tz", "rare"], "\(figures)")
        #expect(figures.first?["cramersV"] as? Double == 1.0 && figures.first?["captures"] as? Int == 24 && figures.first?["lowSample"] as? Bool == false)
        let labelledTable = try commandLine.run(["scan", folder.path, "--corpus", corpus, "--format", "table"]).output
        #expect(labelledTable.contains("label tz: Cramér's V 1.0, mutual information 0.92 bits\n"), "\(labelledTable)")
        #expect(!labelledTable.contains("request-id") && !labelledTable.contains("low sample"), "\(labelledTable)")
    }

    @Test("small things: explain A and U+41, identical files in one line, the archive script's --help, README counts")
    func smallThings() throws {
        for query in ["A", "U+41", "u+0041", "0041"] {
            let run = try commandLine.run(["explain", query])
            #expect(run.status == 0 && run.output.hasPrefix("U+0041 LATIN CAPITAL LETTER A\n"), "\(query): \(run.output) \(run.error)")
        }
        #expect(try commandLine.run(["explain", "U+110000"]).status == 2)
        #expect(try commandLine.run(["explain", "U+12G"]).status == 2)

        let same = try commandLine.run(["diff", baseline, baseline])
        #expect(same.status == 0 && same.output == "stegdiff: \(baseline) → \(baseline): no findings\n", "\(same.output)")

        let folder = try temporaryFolder("archive-help")
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["--help"], ["-h"], ["OUT", "--help"]] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", projectRoot + "/Scripts/make-capture-archive.py"] + arguments
            process.currentDirectoryURL = folder
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0 && text.contains("Usage: make-capture-archive.py OUT"), "\(arguments): \(text)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "\(arguments) wrote files")
        }

        let readme = try String(contentsOfFile: projectRoot + "/README.md", encoding: .utf8)
        let variants = try FileManager.default.contentsOfDirectory(atPath: projectRoot + "/Corpus/variants").filter { $0.hasSuffix(".md") }.count
        let captures = try FileManager.default.contentsOfDirectory(atPath: projectRoot + "/Corpus/captures").count
        #expect(readme.contains("and \(variants) perturbed variants"), "README: \(variants) variants")
        #expect(readme.contains("`Corpus/captures/` holds 24 captures") && captures == 15)
        let kitchenSink = try commandLine.run(["diff", baseline, projectRoot + "/Corpus/variants/ta-kitchen-sink.md", "--format", "json"])
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(kitchenSink.output.utf8)) as? [String: Any])?["summary"] as? [String: Any])
        let kinds = (summary["byKind"] as? [String: Int] ?? [:]).filter { $0.value > 0 }.count
        #expect(readme.contains("(\(summary["total"] as? Int ?? 0) findings of \(kinds)\nkinds)") || readme.contains("(\(summary["total"] as? Int ?? 0) findings of \(kinds) kinds)"))
    }
}
