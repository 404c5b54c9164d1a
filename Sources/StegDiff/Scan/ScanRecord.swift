// Scan/ owns the pieces of a batch scan: the baseline corpus and nearest-baseline matching, scan
// options, one record per input (with its JSON and SARIF), running totals and the summary across
// captures. It may call every folder up to Report/; ArchiveScanner in API/ drives it.

/// One result of a scan: every capture, error and skipped part yields exactly one.
public enum ScanRecord: Sendable {
    /// A capture and its diff against the nearest baseline (nil baseline: none was similar enough).
    case capture(Capture, baseline: (id: String, similarity: Double, metadata: [String: String])?, report: DiffReport?)
    /// Part of the input that could not be read: file, byte offset, reason.
    case error(source: String, offset: Int, reason: String)
    /// Part of the input that is not a capture (a HAR entry without a request body).
    case skipped(source: String, offset: Int, reason: String)

    /// What identifies the record across runs, so an interrupted scan can resume without duplicates.
    public var key: String {
        switch self {
        case .capture(let capture, _, _): "capture|\(ScanRecord.fileKey(capture.source))|\(capture.offset)|\(capture.locator)"
        case .error(let source, let offset, let reason): "error|\(ScanRecord.fileKey(source))|\(offset)|\(reason)"
        case .skipped(let source, let offset, let reason): "skipped|\(ScanRecord.fileKey(source))|\(offset)|\(reason)"
        }
    }

    /// The file's device and inode when it exists, so `./a/b` and `a/b` are one file across runs.
    static func fileKey(_ path: String) -> String { FileSystem.identity(path) ?? path }

    /// The record as one JSON object (one line of `scan` output).
    public var json: JSONValue {
        switch self {
        case .error(let source, let offset, let reason), .skipped(let source, let offset, let reason):
            let type = if case .error = self { "error" } else { "skipped" }
            return .object(ToolInfo.identification() + [("type", .string(type)), ("source", .string(source)), ("offset", .int(offset)),
                                                         ("reason", .string(reason))])
        case .capture(let capture, let baseline, let report):
            var members: [(String, JSONValue)] = ToolInfo.identification() + [
                ("type", .string("capture")), ("source", .string(capture.source)), ("offset", .int(capture.offset)),
                ("locator", .string(capture.locator)),
                ("labels", .object(capture.labels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ]
            guard let baseline, let report else {
                return .object(members + [("status", .string("no-baseline")), ("baseline", .null)])
            }
            members += [
                ("status", .string(report.findings.isEmpty ? "clean" : "findings")),
                ("baseline", .object([("id", .string(baseline.id)), ("similarity", .number((baseline.similarity * 1000).rounded() / 1000))]
                    + baseline.metadata.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) })),
                ("signature", .array(MarkerSite.sites(of: report.findings).map { JSONValue.string($0.part) })),
                ("notes", .array(report.notes.map(JSONValue.string))),
                ("findings", .array(report.findings.map(\.json))),
            ]
            return .object(members)
        }
    }
}

/// Running totals of a scan, and the closing `summary` record.
public struct ScanTotals: Sendable {
    /// Captures diffed or found without a baseline.
    public private(set) var captures = 0
    /// Captures with at least one finding.
    public private(set) var capturesWithFindings = 0
    /// Captures no baseline was similar enough to.
    public private(set) var noBaseline = 0
    /// Error records.
    public private(set) var errors = 0
    /// Skipped records.
    public private(set) var skipped = 0
    /// Files (and other paths) the scan walked.
    public private(set) var files = 0
    /// Parts the readers found in them: each capture, unreadable part and skipped part. A scan
    /// that lost nothing has `inputs == captures + errors + skipped`.
    public private(set) var inputs = 0
    /// Set when the scan was stopped (SIGINT) before it read every file.
    public var interrupted = false
    /// Findings of each kind over all captures.
    public private(set) var findingsByKind: [FindingKind: Int] = [:]
    /// Captures by the highest severity among their findings (captures without findings left out).
    public private(set) var capturesByHighestSeverity: [Severity: Int] = [:]
    /// Captures counted by baseline, labels and marker sites: what clusters, associations and
    /// keying rules are computed from, and what `partialJSON` writes for a later merge.
    public private(set) var keying = KeyingStatistics()

    /// Clusters by site signature, label association and marker forms, rebuilt from `keying` in a
    /// fixed order, so the same captures give the same summary whatever order (or shards) they came in.
    public var clusters: ScanSummary {
        var summary = ScanSummary()
        for (profile, count) in keying.sortedProfiles {
            for _ in 0..<count { summary.add(signature: profile.sites, labels: profile.labels) }
        }
        return summary
    }

    /// Empty totals.
    public init() {}

    /// Adds what a scan read (`ArchiveScanner.scan`'s result), so the summary can show that every
    /// input became a record.
    public mutating func count(_ read: ScanInputs) {
        files += read.files
        inputs += read.inputs
        if read.stopped { interrupted = true }
    }

    /// Captures with at least one finding at `severity` or above (`--fail-on`).
    public func capturesWithFindings(atLeast severity: Severity) -> Int {
        capturesByHighestSeverity.filter { $0.key >= severity }.values.reduce(0, +)
    }

    /// True when every input the readers found became exactly one record.
    public var accountsForEveryInput: Bool { inputs == captures + errors + skipped }

    /// Counts one record.
    public mutating func add(_ record: ScanRecord) {
        switch record {
        case .error: errors += 1
        case .skipped: skipped += 1
        case .capture(let capture, let baseline, let report):
            captures += 1
            guard let report, let baseline else { noBaseline += 1; return }
            if !report.findings.isEmpty { capturesWithFindings += 1 }
            for finding in report.findings { findingsByKind[finding.kind, default: 0] += 1 }
            if let highest = report.findings.map(\.severity).max() { capturesByHighestSeverity[highest, default: 0] += 1 }
            keying.add(baseline: baseline.id, labels: capture.labels, sites: MarkerSite.sites(of: report.findings).map(\.part))
        }
    }

    /// Rebuilds totals from the JSON Lines an interrupted scan wrote: the keys of the records done,
    /// the totals, and the complete record lines (a half-written last line and old summaries dropped).
    public static func recover(fromJSONLines bytes: [UInt8]) -> (done: Set<String>, totals: ScanTotals, kept: [UInt8], recordCount: Int) {
        var done = Set<String>()
        var totals = ScanTotals()
        var kept: [UInt8] = []
        var lineStart = 0
        var recordCount = 0
        while let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) {
            let line = Array(bytes[lineStart..<lineEnd])
            lineStart = lineEnd + 1
            guard let document = try? JSONDocument(bytes: line) else { continue }
            let text = document.text
            func number(_ key: String) -> Int {
                document.member(0, key).flatMap { Int(String(decoding: document.source[document.nodes[$0].range], as: UTF8.self)) } ?? 0
            }
            let source = text(document.member(0, "source")) ?? ""
            switch text(document.member(0, "type")) {
            case "capture":
                done.insert("capture|\(ScanRecord.fileKey(source))|\(number("offset"))|\(text(document.member(0, "locator")) ?? "")")
                totals.captures += 1
                let status = text(document.member(0, "status"))
                if status == "no-baseline" { totals.noBaseline += 1 }
                if status == "findings" { totals.capturesWithFindings += 1 }
                let labels = document.stringMembers(document.member(0, "labels"))
                if let signature = document.member(0, "signature"), let baseline = text(document.member(0, "baseline").flatMap { document.member($0, "id") }) {
                    totals.keying.add(baseline: baseline, labels: labels, sites: document.nodes[signature].children.compactMap { text($0) })
                }
                var highest: Severity?
                for finding in document.member(0, "findings").map({ document.nodes[$0].children }) ?? [] {
                    if let kind = text(document.member(finding, "kind")).flatMap(FindingKind.init(rawValue:)) {
                        totals.findingsByKind[kind, default: 0] += 1
                    }
                    if let severity = text(document.member(finding, "severity")).flatMap(Severity.init(rawValue:)) {
                        highest = max(highest ?? severity, severity)
                    }
                }
                if let highest { totals.capturesByHighestSeverity[highest, default: 0] += 1 }
            case "error":
                done.insert("error|\(ScanRecord.fileKey(source))|\(number("offset"))|\(text(document.member(0, "reason")) ?? "")")
                totals.errors += 1
            case "skipped":
                done.insert("skipped|\(ScanRecord.fileKey(source))|\(number("offset"))|\(text(document.member(0, "reason")) ?? "")")
                totals.skipped += 1
            case "summary":
                recordCount += 1
                continue  // an old summary: a new one closes the resumed run
            default:
                continue
            }
            recordCount += 1
            kept += line + [0x0A]
        }
        return (done, totals, kept, recordCount)
    }

    /// The closing `summary` record.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = ToolInfo.identification() + [
            ("type", .string("summary")), ("files", .int(files)), ("inputs", .int(inputs)),
            ("captures", .int(captures)), ("capturesWithFindings", .int(capturesWithFindings)),
            ("noBaseline", .int(noBaseline)), ("errors", .int(errors)), ("skipped", .int(skipped)),
            ("findingsByKind", .object(FindingKind.allCases.map { ($0.rawValue, .int(findingsByKind[$0] ?? 0)) })),
        ]
        if interrupted { members.append(("interrupted", .bool(true))) }
        let (rules, keyedSites) = keying.analysis()
        if case .object(let clusterMembers) = clusters.json {
            // Capacity counts only the keyed sites; the clusters' own figure counted every position.
            members += clusterMembers.filter { $0.0 != "capacityBits" }
        }
        members.append(("keyingRules", .array(rules.map(\.json))))
        members.append(("keyedSites", .array(keyedSites.map(\.json))))
        members.append(("capacityBits", .number((keyedSites.reduce(0) { $0 + $1.bits } * 1000).rounded() / 1000)))
        return .object(members)
    }

    /// The sufficient statistics of this run (`scan --summary-out`): the counts and the captures
    /// counted by baseline, labels and sites. `init(partialJSON:)` reads it back; partials of
    /// shards, merged, give exactly the summary of one run over the union.
    public var partialJSON: JSONValue {
        .object(ToolInfo.identification() + [
            ("type", .string("scan-partial")), ("version", .int(1)),
            ("files", .int(files)), ("inputs", .int(inputs)), ("captures", .int(captures)),
            ("capturesWithFindings", .int(capturesWithFindings)), ("noBaseline", .int(noBaseline)),
            ("errors", .int(errors)), ("skipped", .int(skipped)), ("interrupted", .bool(interrupted)),
            ("findingsByKind", .object(FindingKind.allCases.map { ($0.rawValue, .int(findingsByKind[$0] ?? 0)) })),
            // What `merge --fail-on` gates on, as `scan --fail-on` does.
            ("capturesByHighestSeverity", .object(Severity.allCases.map { ($0.rawValue, .int(capturesByHighestSeverity[$0] ?? 0)) })),
            ("profiles", keying.json),
        ])
    }

    /// Reads what `partialJSON` wrote; the error names the byte offset of what is wrong.
    public init(partialJSON bytes: [UInt8]) throws(PartialSummaryError) {
        let document: JSONDocument
        do { document = try JSONDocument(bytes: bytes) } catch {
            throw PartialSummaryError(offset: error.offset, reason: "invalid JSON: " + error.reason)
        }
        func fail(_ node: Int, _ reason: String) -> PartialSummaryError {
            PartialSummaryError(offset: document.nodes[node].range.lowerBound, reason: reason)
        }
        func number(_ node: Int?, _ name: String, in parent: Int = 0) throws(PartialSummaryError) -> Int {
            guard let node, document.nodes[node].kind == .number,
                  let value = Int(String(decoding: document.source[document.nodes[node].range], as: UTF8.self)), value >= 0 else {
                throw fail(node ?? parent, "\(name) must be a count")
            }
            return value
        }
        guard document.nodes[0].kind == .object, document.text(document.member(0, "type")) == "scan-partial" else {
            throw fail(0, "not a stegdiff scan partial summary (\"type\": \"scan-partial\")")
        }
        guard try number(document.member(0, "version"), "version") == 1 else { throw fail(0, "unknown partial summary version") }
        self.init()
        files = try number(document.member(0, "files"), "files")
        inputs = try number(document.member(0, "inputs"), "inputs")
        captures = try number(document.member(0, "captures"), "captures")
        capturesWithFindings = try number(document.member(0, "capturesWithFindings"), "capturesWithFindings")
        noBaseline = try number(document.member(0, "noBaseline"), "noBaseline")
        errors = try number(document.member(0, "errors"), "errors")
        skipped = try number(document.member(0, "skipped"), "skipped")
        interrupted = document.member(0, "interrupted").map { document.source[document.nodes[$0].range.lowerBound] == UInt8(ascii: "t") } ?? false
        for kind in FindingKind.allCases {
            let count = try number(document.member(0, "findingsByKind").flatMap { document.member($0, kind.rawValue) }, "findingsByKind." + kind.rawValue)
            if count > 0 { findingsByKind[kind] = count }
        }
        for severity in Severity.allCases {
            let count = try number(document.member(0, "capturesByHighestSeverity").flatMap { document.member($0, severity.rawValue) },
                                   "capturesByHighestSeverity." + severity.rawValue)
            if count > 0 { capturesByHighestSeverity[severity] = count }
        }
        guard let profiles = document.member(0, "profiles"), document.nodes[profiles].kind == .array else { throw fail(0, "profiles must be an array") }
        for entry in document.nodes[profiles].children {
            guard let baseline = document.text(document.member(entry, "baseline")),
                  let sites = document.member(entry, "sites"), document.nodes[sites].kind == .array else {
                throw fail(entry, "a profile needs baseline, labels, sites and count")
            }
            let parts = document.nodes[sites].children.compactMap { document.text($0) }
            guard parts.count == document.nodes[sites].children.count, parts.allSatisfy({ MarkerSite(part: $0) != nil }) else {
                throw fail(sites, "a site is a string \"kind[/subkind] @start-end -> variant\"")
            }
            keying.add(baseline: baseline, labels: document.stringMembers(document.member(entry, "labels")), sites: parts,
                       count: try number(document.member(entry, "count"), "count", in: entry))
        }
    }

    /// Adds another run's totals (a shard of the same archive, read with `init(partialJSON:)`).
    public mutating func merge(_ other: ScanTotals) {
        files += other.files
        inputs += other.inputs
        captures += other.captures
        capturesWithFindings += other.capturesWithFindings
        noBaseline += other.noBaseline
        errors += other.errors
        skipped += other.skipped
        interrupted = interrupted || other.interrupted
        for (kind, count) in other.findingsByKind { findingsByKind[kind, default: 0] += count }
        for (severity, count) in other.capturesByHighestSeverity { capturesByHighestSeverity[severity, default: 0] += count }
        keying.merge(other.keying)
    }
}


/// Why a partial summary (`scan --summary-out`) cannot be read: where and what.
public struct PartialSummaryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Byte offset in the file.
    public var offset: Int
    /// What is wrong there.
    public var reason: String
    /// `at byte N: reason`.
    public var description: String { "at byte \(offset): \(reason)" }
}

extension SARIFLog {
    /// Adds one scan record. A capture's findings are located in its capture file; since a capture
    /// may sit inside a JSON or HAR file, `fileText` gives that whole file so that lines and
    /// columns count in the file, not in the embedded prompt (nil: the file is gone, and lines
    /// and columns of the prompt itself are used). Errors and skipped parts become notifications.
    public mutating func add(_ record: ScanRecord, fileText: (String) -> PromptText?) {
        switch record {
        case .error(let source, let offset, let reason):
            notifications.append(Notification(level: "error", path: source, offset: offset, message: reason))
        case .skipped(let source, let offset, let reason):
            notifications.append(Notification(level: "note", path: source, offset: offset, message: "skipped: " + reason))
        case .capture(let capture, let baseline, let report):
            guard let report else {
                notifications.append(Notification(level: "warning", path: capture.source, offset: capture.offset,
                                                  message: "no baseline is similar enough to the capture \(capture.locator)"))
                return
            }
            artifact(report.baseline)
            if !artifacts.contains(where: { $0.path == capture.source }) { artifacts.append((capture.source, nil, nil, nil)) }
            versions = report.versions
            let file = report.findings.isEmpty ? nil : fileText(capture.source)
            for finding in report.findings {
                var result = result(finding, in: capture.source, baselinePath: report.baseline.path, candidateFile: file)
                result.properties.append(("capture", .string(capture.locator)))
                if let baseline { result.properties.append(("baselineId", .string(baseline.id))) }
                results.append(result)
            }
        }
    }
}
