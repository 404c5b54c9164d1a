import ArgumentParser
import Dispatch
import StegDiff

#if canImport(Glibc)
import Glibc
#endif

/// `stegdiff scan`: every capture in an archive against the nearest baseline, one JSONL record each.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan captured prompts (files, folders, JSON bodies, JSONL) against a baseline corpus.",
        discussion: """
            Writes one JSON record per line: a "capture" record (with its baseline, similarity and \
            findings, or "status": "no-baseline"), an "error" record naming the file and byte offset, \
            and a final "summary". Every capture yields exactly one record. Exit status: 0 no \
            findings, 1 findings, 2 errors only (or bad invocation).
            """
    )

    @Argument(help: "Files and folders to scan (folders recursively).")
    var archives: [String]

    @Option(help: "Folder of baseline prompts (every regular file in it, recursively).")
    var corpus: String

    @Option(help: "Smallest similarity (0-1) for a baseline to be used.")
    var minimumSimilarity: Double = 0.3

    @Option(help: "Largest file accepted, in bytes.")
    var maxInputBytes: Int = 256 * 1024 * 1024

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, table }

    @Option(help: "jsonl: one record per line; table: one line per capture and the cluster table.")
    var format: Format = .jsonl

    @Option(help: "Write the records to this file (flushed record by record) instead of standard output.")
    var output: String?

    @Flag(help: "With --output: skip captures already recorded there by an interrupted run, then finish it.")
    var resume = false

    func validate() throws {
        if archives.isEmpty { throw ValidationError("give at least one file or folder to scan") }
        if !(0...1).contains(minimumSimilarity) { throw ValidationError("--minimum-similarity must be between 0 and 1") }
        if maxInputBytes < 0 { throw ValidationError("--max-input-bytes must be 0 or more") }
        if resume && output == nil { throw ValidationError("--resume needs --output") }
        if resume && format != .jsonl { throw ValidationError("--resume works with --format jsonl") }
    }

    /// Counts for the final summary record.
    struct Totals {
        var captures = 0, errors = 0, unmatched = 0, withFindings = 0, skipped = 0
        var byKind: [FindingKind: Int] = [:]
        var clusters = ScanSummary()
    }

    func run() throws {
        var baselines: [(id: String, text: PromptText)] = []
        for entry in FileWalker.files(under: [corpus]) {
            switch entry {
            case .file(let path):
                let bytes = try InputReader.read(path, limit: maxInputBytes)
                baselines.append((String(path.dropFirst(corpus.count).drop { $0 == "/" }), PromptText(bytes: bytes, source: path)))
            case .failure(let path, let reason):
                throw Trouble(description: "\(path): \(reason) (corpus)")
            }
        }
        guard !baselines.isEmpty else { throw Trouble(description: "\(corpus): no baseline prompts found") }
        let index = BaselineCorpus(baselines)
        var totals = Totals()
        var done = Set<String>()
        let sink: RecordSink
        if let output {
            if resume { (done, totals) = try ScanCommand.recover(output) }
            sink = try RecordSink(path: output, append: resume)
        } else {
            sink = RecordSink.standardOutput
        }
        func emit(_ record: JSONValue, line: String? = nil) throws {
            switch format {
            case .jsonl: try sink.write(record.serialized(pretty: false) + "\n")
            case .table: if let line { try sink.write(line + "\n") }
            }
        }
        func error(_ source: String, _ offset: Int, _ reason: String) throws {
            guard done.insert("error|\(source)|\(offset)|\(reason)").inserted else { return }
            totals.errors += 1
            try emit(.object([("type", .string("error")), ("source", .string(source)), ("offset", .int(offset)), ("reason", .string(reason))]),
                     line: "ERROR \(VisibleText.escapeInvisible(source.unicodeScalars.map(\.value))) @\(offset): \(reason)")
        }
        // Never read our own output back as an input (it may well sit inside the scanned folder).
        var outputIdentity = stat()
        let excluded = output.flatMap { stat($0, &outputIdentity) == 0 ? "\(outputIdentity.st_dev):\(outputIdentity.st_ino)" : nil }
        // Captures are diffed in batches on all cores; records still come out in input order.
        var batch: [Capture] = []
        func flush() throws {
            let outcomes = ScanCommand.diffConcurrently(batch, index: index, minimumSimilarity: minimumSimilarity)
            for (capture, outcome) in zip(batch, outcomes) {
                totals.captures += 1
                var members: [(String, JSONValue)] = [
                    ("type", .string("capture")), ("source", .string(capture.source)), ("offset", .int(capture.offset)),
                    ("locator", .string(capture.locator)),
                    ("labels", .object(capture.labels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
                ]
                let place = "\(VisibleText.escapeInvisible(capture.source.unicodeScalars.map(\.value))) @\(capture.offset) \(capture.locator)"
                guard let (baseline, similarity, report) = outcome else {
                    totals.unmatched += 1
                    members += [("status", .string("no-baseline")), ("baseline", .null)]
                    try emit(.object(members), line: "\(place): no baseline")
                    continue
                }
                if !report.findings.isEmpty { totals.withFindings += 1 }
                for finding in report.findings { totals.byKind[finding.kind, default: 0] += 1 }
                let signature = ScanSummary.signature(of: report.findings)
                totals.clusters.add(signature: signature, labels: capture.labels)
                members += [
                    ("status", .string(report.findings.isEmpty ? "clean" : "findings")),
                    ("baseline", .object([("id", .string(baseline)), ("similarity", .number((similarity * 1000).rounded() / 1000))])),
                    ("signature", .array(signature.map(JSONValue.string))),
                    ("notes", .array(report.notes.map(JSONValue.string))),
                    ("findings", .array(report.findings.map(\.json))),
                ]
                try emit(.object(members), line: "\(place): \(baseline) \(report.summaryLine)")
            }
            batch.removeAll(keepingCapacity: true)
        }
        let entries = FileWalker.files(under: archives, excluding: excluded.map { [$0] } ?? [])
        var progress = Progress(files: entries.count)
        defer { progress.finish() }
        for entry in entries {
            progress.update(filesDone: progress.filesDone + 1, captures: totals.captures + batch.count)
            let path: String
            switch entry {
            case .failure(let failedPath, let reason):
                try flush()
                try error(failedPath, 0, reason)
                continue
            case .file(let filePath):
                path = filePath
            }
            let bytes: [UInt8]
            do {
                bytes = try InputReader.read(path, limit: maxInputBytes)
            } catch let trouble as Trouble {
                try flush()
                try error(path, 0, trouble.description)
                continue
            }
            for result in CaptureReader.captures(in: bytes, source: path) {
                switch result {
                case .failure(let failure) where failure.skipped:
                    guard done.insert("skipped|\(failure.source)|\(failure.offset)|\(failure.reason)").inserted else { continue }
                    try flush()
                    totals.skipped += 1
                    try emit(.object([("type", .string("skipped")), ("source", .string(failure.source)), ("offset", .int(failure.offset)),
                                      ("reason", .string(failure.reason))]))
                case .failure(let failure):
                    try flush()
                    try error(failure.source, failure.offset, failure.reason)
                case .success(let capture):
                    guard done.insert("capture|\(capture.source)|\(capture.offset)|\(capture.locator)").inserted else { continue }
                    batch.append(capture)
                    if batch.count >= ScanCommand.batchSize { try flush() }
                }
            }
        }
        try flush()
        var summary: [(String, JSONValue)] = [
            ("type", .string("summary")), ("captures", .int(totals.captures)), ("capturesWithFindings", .int(totals.withFindings)),
            ("noBaseline", .int(totals.unmatched)), ("errors", .int(totals.errors)), ("skipped", .int(totals.skipped)),
            ("findingsByKind", .object(FindingKind.allCases.map { ($0.rawValue, .int(totals.byKind[$0] ?? 0)) })),
        ]
        if case .object(let clusterMembers) = totals.clusters.json { summary += clusterMembers }
        try emit(.object(summary), line: ScanCommand.table(totals))
        throw ExitCode(totals.withFindings > 0 ? 1 : totals.errors > 0 ? 2 : 0)
    }

    /// Captures diffed at once: enough to keep every core busy, few enough to bound memory.
    static let batchSize = 64

    /// The nearest baseline, its similarity and the diff of each capture (nil: no baseline), in order.
    static func diffConcurrently(_ captures: [Capture], index: BaselineCorpus, minimumSimilarity: Double)
        -> [(String, Double, DiffReport)?] {
        let slots = Slots<(String, Double, DiffReport)>(count: captures.count)
        DispatchQueue.concurrentPerform(iterations: captures.count) { position in
            let capture = captures[position]
            guard let (baseline, similarity) = index.nearest(to: capture.prompt, minimumSimilarity: minimumSimilarity) else { return }
            slots.set(position, (baseline.id, similarity, StegDiff.diff(baseline: baseline.text, candidate: capture.prompt)))
        }
        return slots.values
    }

    /// The closing table: counts, then one row per cluster with its marker and label spread.
    static func table(_ totals: Totals) -> String {
        var lines = ["", "\(totals.captures) captures: \(totals.withFindings) with findings, \(totals.unmatched) without a baseline, "
            + "\(totals.errors) errors, \(totals.skipped) skipped"]
        lines.append("CLUSTER  SIZE  MARKER")
        let informative = Set(totals.clusters.informativeLabels)
        for (number, cluster) in totals.clusters.clusters.enumerated() {
            let marker = cluster.parts.isEmpty ? "none" : VisibleText.escapeInvisible(cluster.parts.joined(separator: " + ").unicodeScalars.map(\.value))
            lines.append("\(String(number + 1).padding(8))\(String(cluster.size).padding(6))\(marker)")
            for (label, counts) in cluster.labelCounts.sorted(by: { $0.key < $1.key }) where informative.contains(label) {
                lines.append("                " + label + ": " + counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
            }
        }
        for association in totals.clusters.associations {
            let v = (association.cramersV * 100).rounded() / 100, bits = (association.mutualInformationBits * 100).rounded() / 100
            lines.append("label \(association.label): Cramér's V \(v), mutual information \(bits) bits")
        }
        lines.append("marker capacity: \((totals.clusters.capacityBits * 100).rounded() / 100) bits over the observed positions")
        return lines.joined(separator: "\n")
    }

    /// Reads the records an interrupted run left: what is done, and the totals so far. A partial
    /// last line (the run was killed mid-write) and an old summary are dropped from the file.
    static func recover(_ path: String) throws -> (Set<String>, Totals) {
        var done = Set<String>()
        var totals = Totals()
        guard let bytes = try? InputReader.read(path, limit: Int.max) else { return (done, totals) }
        var kept: [UInt8] = []
        var lineStart = 0
        while let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) {
            let line = Array(bytes[lineStart..<lineEnd])
            defer { lineStart = lineEnd + 1 }
            guard let document = try? JSONDocument(bytes: line), let typeNode = document.member(0, "type"),
                  let type = document.string(typeNode).map({ String(decoding: $0.utf8, as: UTF8.self) }) else { continue }
            func text(_ key: String) -> String {
                document.member(0, key).flatMap { document.string($0) }.map { String(decoding: $0.utf8, as: UTF8.self) } ?? ""
            }
            func number(_ key: String) -> Int {
                document.member(0, key).flatMap { Int(String(decoding: document.source[document.nodes[$0].range], as: UTF8.self)) } ?? 0
            }
            switch type {
            case "capture":
                done.insert("capture|\(text("source"))|\(number("offset"))|\(text("locator"))")
                totals.captures += 1
                let status = text("status")
                if status == "no-baseline" { totals.unmatched += 1 }
                if status == "findings" { totals.withFindings += 1 }
                var labels: [String: String] = [:]
                if let labelsNode = document.member(0, "labels") {
                    for child in document.nodes[labelsNode].children {
                        if let key = document.nodes[child].key, let value = document.string(child) { labels[key] = String(decoding: value.utf8, as: UTF8.self) }
                    }
                }
                if let signatureNode = document.member(0, "signature") {
                    let parts = document.nodes[signatureNode].children.compactMap { document.string($0) }.map { String(decoding: $0.utf8, as: UTF8.self) }
                    totals.clusters.add(signature: parts, labels: labels)
                }
                if let findingsNode = document.member(0, "findings") {
                    for finding in document.nodes[findingsNode].children {
                        if let kindNode = document.member(finding, "kind"), let kind = document.string(kindNode),
                           let value = FindingKind(rawValue: String(decoding: kind.utf8, as: UTF8.self)) {
                            totals.byKind[value, default: 0] += 1
                        }
                    }
                }
            case "error":
                done.insert("error|\(text("source"))|\(number("offset"))|\(text("reason"))")
                totals.errors += 1
            case "skipped":
                done.insert("skipped|\(text("source"))|\(number("offset"))|\(text("reason"))")
                totals.skipped += 1
            default:
                continue  // an old summary: a new one closes the resumed run
            }
            kept += line + [0x0A]
        }
        try RecordSink.replace(path, with: kept)
        return (done, totals)
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        unicodeScalars.count >= width ? self + " " : self + String(repeating: " ", count: width - unicodeScalars.count)
    }
}

/// Where scan records go: standard output or a file, each record written in full and checked.
final class RecordSink: Sendable {
    let descriptor: Int32

    static let standardOutput = RecordSink(descriptor: STDOUT_FILENO)

    private init(descriptor: Int32) { self.descriptor = descriptor }

    init(path: String, append: Bool) throws {
        descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0o644)
        guard descriptor >= 0 else { throw Trouble(description: "\(path): cannot write: \(String(cString: strerror(errno)))") }
    }

    deinit { if descriptor != STDOUT_FILENO { close(descriptor) } }

    /// Writes the whole text (a record is never left half written unless the process dies).
    func write(_ text: String) throws {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Trouble(description: "cannot write records: \(String(cString: strerror(errno)))")
            }
            offset += count
        }
    }

    /// Replaces a file's content atomically (temporary file, then rename).
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let temporary = path + ".stegdiff-tmp"
        let sink = try RecordSink(path: temporary, append: false)
        try sink.write(String(decoding: bytes, as: UTF8.self))
        guard fsync(sink.descriptor) == 0, rename(temporary, path) == 0 else {
            throw Trouble(description: "\(path): cannot rewrite for --resume: \(String(cString: strerror(errno)))")
        }
    }
}

/// Walks files and folders with readdir, opening only regular files; symlink loops and
/// unreadable folders become failures, never hangs or crashes.
enum FileWalker {
    enum Entry { case file(String), failure(String, String) }

    /// Regular files under `roots` (sorted within each folder), with files whose device:inode is in
    /// `excluding` left out.
    static func files(under roots: [String], excluding: Set<String> = []) -> [Entry] {
        var entries: [Entry] = []
        var visited = Set<String>()  // device:inode of folders already walked
        func walk(_ path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else {
                entries.append(.failure(path, "cannot read: \(String(cString: strerror(errno)))"))
                return
            }
            let type = status.st_mode & S_IFMT
            if type == S_IFREG {
                if !excluding.contains("\(status.st_dev):\(status.st_ino)") { entries.append(.file(path)) }
                return
            }
            guard type == S_IFDIR else {
                entries.append(.failure(path, "not a regular file or folder (skipped)"))
                return
            }
            let identity = "\(status.st_dev):\(status.st_ino)"
            guard visited.insert(identity).inserted else {
                entries.append(.failure(path, "folder already visited (symlink loop)"))
                return
            }
            guard let directory = opendir(path) else {
                entries.append(.failure(path, "cannot open folder: \(String(cString: strerror(errno)))"))
                return
            }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(directory)
            for name in names.sorted() { walk(path.hasSuffix("/") ? path + name : path + "/" + name) }
        }
        for root in roots { walk(root) }
        return entries
    }
}

/// Result slots that concurrent workers fill, each at its own index (never the same one twice).
final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    var values: [Value?] { Array(storage) }
}

/// A one-line progress display on standard error, only when it is a terminal: files done,
/// captures per second, and the time left estimated from the files still to read.
struct Progress {
    let files: Int
    private(set) var filesDone = 0
    private let enabled = isatty(STDERR_FILENO) == 1
    private let start = Progress.now()
    private var lastDraw = 0.0

    init(files: Int) { self.files = files }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    mutating func update(filesDone: Int, captures: Int) {
        self.filesDone = filesDone
        guard enabled else { return }
        let now = Progress.now()
        guard now - lastDraw > 0.2 || filesDone == files else { return }
        lastDraw = now
        let elapsed = max(now - start, 0.001)
        let rate = Double(captures) / elapsed
        let left = filesDone > 0 ? elapsed / Double(filesDone) * Double(files - filesDone) : 0
        let line = "\r\u{1B}[2Kscan: \(filesDone)/\(files) files, \(captures) captures, \(Int(rate))/s, about \(Int(left)) s left"
        writeError(line)
    }

    func finish() { if enabled { writeError("\r\u{1B}[2K") } }
}
