import Foundation
import Testing
@testable import StegDiff

/// Marker sites, keying rules and mergeable summaries: units with hand-made findings and counts,
/// then two generated replays (Scripts/make-capture-archive.py --replay) scanned by the CLI.
@Suite("keying rules: sites and statistics")
struct KeyingRuleUnitTests {
    @Test("sites: covert findings only; date-value drift, edits and the line breaks and indentation touching them make none")
    func sites() {
        let baseline = "Intro.\n\nToday's date is 2026-07-04\nBe brief.\n"
        let candidate = "Intro.\n\nNew rule:\n    - keep it short\n\nToday\u{02BC}s date is 2026-07-05\nBe\u{00A0}brief.\r\n"
        let findings = Differ.diff(baseline: baseline, candidate: candidate).findings
        #expect(findings.map(\.kind).contains(.edit) && findings.map(\.kind).contains(.lineEnding) && findings.map(\.kind).contains(.dateValue))
        let sites = MarkerSite.sites(of: findings)
        // The apostrophe (13-14), the no-break space (37-38) and the CRLF at the end, which
        // touches no edit: line endings make no site by default, whitespace does.
        #expect(sites.map(\.part) == ["homoglyph @13-14 -> U+02BC", "whitespace/replaced @37-38 -> U+00A0"])
        #expect(MarkerSite.sites(of: findings, kinds: MarkerSite.defaultKinds.union([.lineEnding])).map(\.part)
                == ["homoglyph @13-14 -> U+02BC", "whitespace/replaced @37-38 -> U+00A0", "line-ending @44-45 -> U+000D U+000A"])
        for site in sites { #expect(MarkerSite(part: site.part) == site) }
        #expect(MarkerSite(part: "date-format/time-zone @4895-4905 -> y/MM/dd HH:mm zzzz")?.subkind == "time-zone")
        #expect(MarkerSite(part: "homoglyph 13-14 -> U+02BC") == nil)
    }

    @Test("Fisher's exact test, one-sided, against hand-computed tables")
    func fisher() {
        // 12 captures, 4 carry the variant, the rule names exactly those 4: 1 / C(12, 4) = 1/495.
        #expect(abs(KeyingStatistics.log10FisherUpperTail(hits: 4, support: 4, predicted: 4, total: 12) - log10(1.0 / 495)) < 1e-9)
        // 10 captures, 3 carry it, the rule names 3 with 2 right: (C(3,2)C(7,1) + C(3,3)C(7,0)) / C(10,3) = 22/120.
        #expect(abs(KeyingStatistics.log10FisherUpperTail(hits: 2, support: 3, predicted: 3, total: 10) - log10(22.0 / 120)) < 1e-9)
        #expect(abs(KeyingStatistics.log10FisherUpperTail(hits: 0, support: 3, predicted: 3, total: 10)) < 1e-9)
        #expect(KeyingStatistics.roundedPower(-60.3, digits: 2) == 5.0e-61)
        #expect(KeyingStatistics.roundedPower(-900, digits: 2) == 1e-300)
    }

    /// 200 captures of one baseline: a date variant on tz ∈ {A, B}, a space variant on tz = C
    /// and host = x together, an identifier label that differs on every capture.
    func statistics(range: Range<Int> = 0..<200) -> KeyingStatistics {
        var statistics = KeyingStatistics()
        for index in range {
            let tz = ["A", "B", "C", "D", "E"][index % 5], host = ["x", "y"][(index / 5) % 2]
            var sites: [String] = []
            if tz == "A" || tz == "B" { sites.append("date-format @10-20 -> y/MM/dd") }
            if tz == "C" && host == "x" { sites.append("whitespace/replaced @9-10 -> U+00A0") }
            statistics.add(baseline: "p", labels: ["tz": tz, "host": host, "request": "r\(index)"], sites: sites)
        }
        return statistics
    }

    @Test("one rule per variant with the right label and values; a pair where no label alone explains it; never an identifier")
    func rules() {
        let (rules, keyed) = statistics().analysis()
        #expect(rules.map(\.line) == [
            "date-format y/MM/dd @p 10-20  <= tz in {A, B}  80/80, 0 of 120 others, p=3e-57",
            "whitespace/replaced U+00A0 @p 9-10  <= host & tz in {x & C}  20/20, 0 of 180 others, p=3e-27",
        ])
        #expect(rules.allSatisfy { $0.precision == 1 && $0.recall == 1 })
        #expect(statistics().identifierLabels == ["id", "run", "header:content-length", "request"])
        #expect(keyed.map { "\($0.site.place) \($0.variants) \($0.bits)" } == [
            "whitespace/replaced @9-10 [\"U+00A0\", \"unchanged\"] 1.0", "date-format @10-20 [\"unchanged\", \"y/MM/dd\"] 1.0",
        ])
    }

    @Test("one fact under two names (a wrapper's tz, a HAR entry's header:x-tz) is read as one label")
    func twoNames() {
        var statistics = KeyingStatistics()
        for index in 0..<120 {
            let tz = ["A", "B", "C"][index % 3]
            let labels = index % 2 == 0 ? ["tz": tz, "host": "h\(index % 4)"] : ["header:x-tz": tz, "utcOffset": ["A": "+08:00", "B": "+08:00", "C": "+01:00"][tz]!]
            statistics.add(baseline: "p", labels: labels, sites: tz == "A" ? ["homoglyph @5-6 -> U+02BC"] : [])
        }
        let rules = statistics.analysis().rules
        #expect(rules.map(\.line) == ["homoglyph U+02BC @p 5-6  <= header:x-tz | tz in {A}  40/40, 0 of 80 others, p=9e-32"])
    }

    @Test("a tie between a label the user set and one read off the request goes to the user's, whatever its spelling")
    func userLabelBeforeRequestLabel() {
        // Before, the tie went to the label first in byte order: `zz` lost to `host`.
        // p = 2 labels tried × 1 / C(40, 20) = 1.45e-11.
        for name in ["base_url", "API_BASE", "zz"] {
            var statistics = KeyingStatistics()
            for index in 0..<40 {
                let gateway = index % 2 == 0
                statistics.add(baseline: "p", labels: [name: gateway ? "http://gw.example" : "http://api.example", "host": gateway ? "gw.example" : "api.example"],
                               sites: gateway ? ["homoglyph @5-6 -> U+2019"] : [])
            }
            #expect(statistics.analysis().rules.map(\.line) == ["homoglyph U+2019 @p 5-6  <= \(name) in {http://gw.example}  20/20, 0 of 20 others, p=1e-11"])
        }
    }

    @Test("statistics of two halves, merged, give the rules of the whole")
    func merge() {
        var merged = statistics(range: 0..<77)
        merged.merge(statistics(range: 77..<200))
        #expect(merged.counts == statistics().counts)
        #expect(merged.json == statistics().json)
        #expect(merged.analysis().rules == statistics().analysis().rules)
    }
}

/// A generated replay, made once per test run and scanned once.
final class Replay: @unchecked Sendable {
    let folder: String
    let expected: [String: [String: Any]]
    let mechanisms: [[String: Any]]
    let output: String
    let status: Int32

    var archive: String { folder + "/archive" }
    var corpus: String { folder + "/corpus" }
    var records: [[String: Any]] {
        output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    init(_ scenario: String) {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("stegdiff-replay-\(scenario)-\(getpid())").path
        try? FileManager.default.removeItem(atPath: folder)
        _ = try? makeCaptureArchive([folder, "--replay", scenario])
        expected = (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json")))) as? [String: [String: Any]] ?? [:]
        mechanisms = (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/mechanisms.json")))) as? [[String: Any]] ?? []
        let run = try? CommandLineTests().run(["scan", folder + "/archive", "--corpus", folder + "/corpus"])
        output = run?.output ?? ""
        status = run?.status ?? -1
    }

    static let keyed = Replay("keyed")
    static let products = Replay("products")

    /// Byte offsets of the apostrophe, the space before the date and the date in a corpus baseline.
    func offsets(_ baseline: String) throws -> (apostrophe: Int, space: Int, date: Int) {
        let text = try String(contentsOfFile: corpus + "/" + baseline + ".md", encoding: .utf8)
        let line = try #require(text.range(of: "Today's date is 2026-07-04"))
        let start = text.utf8.distance(from: text.startIndex, to: line.lowerBound)
        return (start + 5, start + 15, start + 16)
    }

    /// The `KEYING RULES` lines the generator's plan implies: labels and values from
    /// mechanisms.json, counts from expected.json, offsets from the corpus text; the p-value aside.
    func expectedRuleLines(baselines: [String]) throws -> [String] {
        let planted = expected.values.filter { ($0["malformed"] as? Bool) != true }
        var lines: [(support: Int, line: String)] = []
        for mechanism in mechanisms {
            let kind = mechanism["kind"] as! String, variant = mechanism["variant"] as! String
            let support = planted.filter { ($0["markers"] as? [String] ?? []).contains("\(kind) \(variant)") }.count
            let places = try baselines.map { baseline -> String in
                let offsets = try offsets(baseline)
                let start = kind == "homoglyph" ? offsets.apostrophe : kind == "whitespace" ? offsets.space : offsets.date
                return "@\(baseline) \(start)-\(start + (kind == "date-format" ? 10 : 1))"
            }.joined(separator: ", ")
            let name = kind == "whitespace" ? "whitespace/replaced" : kind
            lines.append((support, "\(name) \(variant) \(places)  <= \(mechanism["label"] as! String) in {\((mechanism["values"] as! [String]).joined(separator: ", "))}  "
                + "\(support)/\(support), 0 of \(planted.count - support) others"))
        }
        return lines.sorted { $0.support > $1.support }.map(\.line)
    }
}

@Suite("keying rules on generated replays", .serialized)
struct KeyingReplayTests {
    func summary(_ replay: Replay) throws -> [String: Any] {
        let summary = try #require(replay.records.last)
        #expect(summary["type"] as? String == "summary")
        return summary
    }

    func ruleLines(_ summary: [String: Any]) -> [String] {
        (summary["keyingRules"] as? [[String: Any]] ?? []).map { rule in
            let sites = (rule["sites"] as? [[String: Any]] ?? []).map { "@\($0["baseline"]!) \($0["baselineStart"]!)-\($0["baselineEnd"]!)" }
            let kind = (rule["subkind"] as? String).map { "\(rule["kind"]!)/\($0)" } ?? "\(rule["kind"]!)"
            let hits = rule["hits"] as! Int, support = rule["support"] as! Int
            return "\(kind) \(rule["variant"]!) \(sites.joined(separator: ", "))  <= \(rule["label"]!) in {\((rule["values"] as! [String]).joined(separator: ", "))}  "
                + "\(hits)/\(support), \((rule["predicted"] as! Int) - hits) of \((rule["captures"] as! Int) - support) others"
        }
    }

    @Test("600 captures: the / date is keyed on tz in {Asia/Shanghai, Asia/Urumqi}, the apostrophe on the host; one rule each")
    func keyedReplay() throws {
        let replay = Replay.keyed
        #expect(replay.status == 1)
        let summary = try summary(replay)
        #expect(summary["captures"] as? Int == 600 && summary["errors"] as? Int == 0)
        #expect(ruleLines(summary) == (try replay.expectedRuleLines(baselines: ["assistant-a"])))
        let rules = try #require(summary["keyingRules"] as? [[String: Any]])
        #expect(rules.map { $0["label"] as? String } == ["tz", "host"])
        #expect(rules.allSatisfy { $0["precision"] as? Double == 1 && $0["recall"] as? Double == 1 && ($0["pValue"] as? Double ?? 1) < 1e-100 })
        #expect(summary["capacityBits"] as? Double == 2.0)
        #expect((summary["keyedSites"] as? [[String: Any]])?.map { $0["bits"] as? Double } == [1.0, 1.0])
        // The clusters are the four combinations of the two markers, whatever the day drift.
        #expect((summary["clusters"] as? [[String: Any]])?.count == 4)
        let table = try CommandLineTests().run(["scan", replay.archive, "--corpus", replay.corpus, "--format", "table"])
        let section = table.output.components(separatedBy: "KEYING RULES\n")[1].components(separatedBy: "\nCLUSTER")[0].split(separator: "\n")
        #expect(section.map { $0.components(separatedBy: ", p=")[0] } == (try replay.expectedRuleLines(baselines: ["assistant-a"])))
    }

    @Test("2,000 captures, 3 products x 3 versions, day drift, 5 % malformed: one rule per mechanism, none from churn or identifiers")
    func productsReplay() throws {
        let replay = Replay.products
        #expect(replay.status == 1)
        let summary = try summary(replay)
        let malformed = replay.expected.values.filter { $0["malformed"] as? Bool == true }.count
        #expect(malformed == 96)
        #expect(summary["captures"] as? Int == 2000 - malformed && summary["errors"] as? Int == malformed && summary["inputs"] as? Int == 2000)
        #expect(ruleLines(summary) == (try replay.expectedRuleLines(baselines: ["assistant-a", "assistant-b", "assistant-c"])))
        let rules = try #require(summary["keyingRules"] as? [[String: Any]])
        #expect(rules.allSatisfy { $0["precision"] as? Double == 1 && $0["recall"] as? Double == 1 })
        #expect(!rules.contains { ["request_id", "captured_at", "id", "accept", "client"].contains($0["label"] as? String) })
        #expect(summary["capacityBits"] as? Double == 9.0)
        // Every capture: the right baseline (its product), and exactly the planted markers as sites.
        var seen = Set<String>()
        for record in replay.records where record["type"] as? String == "capture" {
            let id = try #require((record["labels"] as? [String: String])?["id"])
            let plan = try #require(replay.expected[id])
            seen.insert(id)
            #expect((record["baseline"] as? [String: Any])?["id"] as? String == plan["product"] as? String)
            let sites = (record["signature"] as? [String] ?? []).map { part -> String in
                let site = MarkerSite(part: part)!
                return "\(site.kind) \(site.variant)"
            }
            #expect(Set(sites) == Set(plan["markers"] as? [String] ?? []) && sites.count == (plan["markers"] as? [String] ?? []).count, "\(id): \(sites)")
            let findings = record["findings"] as? [[String: Any]] ?? []
            for marker in plan["markers"] as? [String] ?? [] {
                let kind = String(marker.split(separator: " ")[0])
                #expect(findings.contains { $0["kind"] as? String == kind && ["medium", "high"].contains($0["severity"] as? String) }, "\(id): \(marker)")
            }
        }
        #expect(seen.count == 2000 - malformed)
    }

    @Test("four shards' partial summaries merge into exactly the one-run summary; a partial validates against the schema")
    func shardsMerge() throws {
        let replay = Replay.products
        let folder = try temporaryFolder("shards")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try FileManager.default.contentsOfDirectory(atPath: replay.archive).sorted().map { replay.archive + "/" + $0 }
        var partials: [String] = []
        for shard in 0..<4 {
            let partial = folder.appendingPathComponent("partial-\(shard).json").path
            let run = try CommandLineTests().run(["scan"] + files.enumerated().filter { $0.offset % 4 == shard }.map(\.element)
                + ["--corpus", replay.corpus, "--output", folder.appendingPathComponent("shard-\(shard).jsonl").path, "--summary-out", partial])
            #expect(run.status == 1, "\(run.error)")
            partials.append(partial)
        }
        let merged = try CommandLineTests().run(["merge"] + partials)
        #expect(merged.status == 1)
        let single = String(replay.output.split(separator: "\n").last ?? "") + "\n"
        #expect(merged.output == single)
        // Merging is order-free and repeatable: merged partials merge again to the same summary.
        let again = folder.appendingPathComponent("merged.json").path
        _ = try CommandLineTests().run(["merge"] + partials.reversed() + ["--summary-out", again])
        #expect(try CommandLineTests().run(["merge", again]).output == single)
        // --fail-on gates a merge as it gates the one scan: on the highest severity of each capture.
        var highest: [Severity: Int] = [:]
        for line in replay.output.split(separator: "\n") where line.contains("\"type\":\"capture\"") {
            let severities = Severity.allCases.filter { line.contains("\"severity\":\"\($0.rawValue)\"") }
            if let top = severities.max() { highest[top, default: 0] += 1 }
        }
        #expect(highest[.high, default: 0] > 0, "\(highest)")
        for severity in Severity.allCases {
            let expected: Int32 = highest.contains { $0.key >= severity && $0.value > 0 } ? 1 : 2  // the archive has malformed lines
            #expect(try CommandLineTests().run(["merge", again, "--fail-on", severity.rawValue]).status == expected, "\(severity)")
        }
        let validation = try SchemaValidationTests().validate(SchemaValidationTests.reportSchema, partials + [again], definition: "scanPartial")
        #expect(validation.status == 0 && validation.output.contains("5 of 5 documents valid"), "\(validation.output)")
        let summaryFile = folder.appendingPathComponent("summary.json").path
        try single.write(toFile: summaryFile, atomically: true, encoding: .utf8)
        let summaryValidation = try SchemaValidationTests().validate(SchemaValidationTests.reportSchema, [summaryFile], definition: "scanRecord")
        #expect(summaryValidation.status == 0, "\(summaryValidation.output)")
        // A broken partial is trouble naming the file and the byte.
        let broken = folder.appendingPathComponent("broken.json").path
        try #"{"type": "scan-partial", "version": 1, "files": -3}"#.write(toFile: broken, atomically: true, encoding: .utf8)
        let refused = try CommandLineTests().run(["merge", broken])
        #expect(refused.status == 2 && refused.error.contains("broken.json: at byte 48: files must be a count"), "\(refused.error)")
    }

    @Test("mixed formats (bodies without labels, HAR with header:x-tz, wrappers with tz): one rule per marker, counted over the labelled captures")
    func mixedFormats() throws {
        let folder = try temporaryFolder("mixed")
        defer { try? FileManager.default.removeItem(at: folder) }
        try makeCaptureArchive([folder.path, "--captures", "600", "--seed", "3"])
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("expected.json"))) as? [String: [String: Any]])
        // Forms 2 (HAR, header:x-tz) and 3 (JSONL wrapper, tz) carry a time zone label; 0 and 1 (bare bodies) none.
        let labelled = expected.filter { Int($0.key.dropFirst(4))! % 4 >= 2 }.map(\.value)
        let run = try CommandLineTests().run(["scan", folder.appendingPathComponent("archive").path, "--corpus", folder.appendingPathComponent("corpus").path])
        let summary = try #require(run.output.split(separator: "\n").last.flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
        let rules = try #require(summary["keyingRules"] as? [[String: Any]])
        var lines: [String] = []
        for rule in rules {
            let sites = (rule["sites"] as? [[String: Any]] ?? []).map { "\($0["baseline"]!) \($0["baselineStart"]!)" }
            lines.append("\(rule["kind"]!) \(rule["variant"]!) \(sites) \(rule["label"]!) \(rule["values"] as? [String] ?? []) "
                + "\(rule["hits"]!)/\(rule["support"]!)/\(rule["predicted"]!)/\(rule["captures"]!) \(rule["precision"]!) \(rule["recall"]!)")
        }
        let shanghai = labelled.filter { $0["marker"] as? String == "U+02BC + y/MM/dd" }.count
        let berlin = labelled.filter { $0["marker"] as? String == "U+2019 + dd.MM.y" }.count
        let (apostrophes, dates) = ("[\"ide-assistant.md 465\", \"review-bot.md 370\", \"terminal-agent.md 1149\"]",
                                    "[\"ide-assistant.md 476\", \"review-bot.md 381\", \"terminal-agent.md 1160\"]")
        let expectedLines = [
            (berlin, "homoglyph U+2019 \(apostrophes) header:x-tz | tz [\"Europe/Berlin\"] \(berlin)/\(berlin)/\(berlin)/\(labelled.count) 1.0 1.0"),
            (berlin, "date-format dd.MM.y \(dates) header:x-tz | tz [\"Europe/Berlin\"] \(berlin)/\(berlin)/\(berlin)/\(labelled.count) 1.0 1.0"),
            (shanghai, "homoglyph U+02BC \(apostrophes) header:x-tz | tz [\"Asia/Shanghai\"] \(shanghai)/\(shanghai)/\(shanghai)/\(labelled.count) 1.0 1.0"),
            (shanghai, "date-format y/MM/dd \(dates) header:x-tz | tz [\"Asia/Shanghai\"] \(shanghai)/\(shanghai)/\(shanghai)/\(labelled.count) 1.0 1.0"),
        ].sorted { $0.0 > $1.0 }.map(\.1)
        #expect(Set(lines) == Set(expectedLines) && lines.count == 4, "\(lines)")
    }

    static let python = projectRoot + "/.build-python/bin/python"
    /// True when Dask is installed, or when CI requires it (STEGDIFF_REQUIRE_DASK=1): the test then
    /// runs and fails without it instead of being skipped.
    static var daskInstalled: Bool {
        if ProcessInfo.processInfo.environment["STEGDIFF_REQUIRE_DASK"] == "1" { return true }
        guard FileManager.default.isExecutableFile(atPath: python) else { return false }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: python)
        check.arguments = ["-c", "import dask.distributed"]
        check.standardError = Pipe()
        try? check.run()
        check.waitUntilExit()
        return check.terminationStatus == 0
    }

    @Test("a 4-shard scan under Dask (local cluster) merges into the one-run summary byte for byte",
          .enabled(if: KeyingReplayTests.daskInstalled, "Scripts/setup.sh installs dask into .build-python"))
    func daskShards() throws {
        let replay = Replay.products
        let folder = try temporaryFolder("dask")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: KeyingReplayTests.python)
        process.arguments = [projectRoot + "/Scripts/dask-shard-scan.py", CommandLineTests.executable, replay.archive, replay.corpus, folder.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let log = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(log)")
        #expect(log.contains("40 files in 4 shards on 2 Dask workers"), "\(log)")
        let merged = try String(contentsOfFile: folder.appendingPathComponent("merged-summary.jsonl").path, encoding: .utf8)
        #expect(merged == String(replay.output.split(separator: "\n").last ?? "") + "\n")
    }
}
