import ArgumentParser
import StegDiff
import Synchronization
import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// `stegdiff scan`: every capture in an archive against the nearest baseline, one JSONL record
/// each. A thin shell over `ArchiveScanner`: options, output sink, resume file, table and progress.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan captured prompts (files, folders, JSON bodies, HAR, JSONL) against a baseline corpus.",
        discussion: """
            Writes one JSON record per line: a "capture" record (with its baseline, similarity and \
            findings, or "status": "no-baseline"), an "error" record naming the file and byte offset, \
            a "skipped" record, and a final "summary". Every capture yields exactly one record. Exit \
            status: 0 no findings (at or above --fail-on), 1 findings, 2 errors only (or bad invocation).
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

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, table, sarif }

    @Option(help: "jsonl: one record per line (streamed); json: one document {records, summary} at the end (held in memory); table: one line per capture and the cluster table; sarif: a SARIF 2.1.0 log (findings located in the capture files, errors as notifications).")
    var format: Format = .jsonl

    @Option(help: "Write the records to this file (flushed record by record) instead of standard output.")
    var output: String?

    @Flag(help: "With --output: skip captures already recorded there by an interrupted run, then finish it.")
    var resume = false

    @Option(help: "Deepest JSON nesting read; deeper is an error record where it is reached.")
    var maxJsonDepth: Int = 512

    @Option(help: "Most captures read from one file; past it, an error record says where reading stopped.")
    var maxCapturesPerFile: Int = 1_000_000

    @Option(help: "Also write this run's sufficient statistics (counts by baseline, labels and marker sites) to this file, for `stegdiff merge`.")
    var summaryOut: String?

    @Option(help: FailOn.help(default: "info: any finding"))
    var failOn: String = "info"

    @Option(help: "Salt of the hashes that replace credential-bearing labels (authorization, cookie, api keys, tokens…), so they match across runs; random per run by default.")
    var labelSalt: String?

    @OptionGroup var cost: DiffCostOptions

    func validate() throws {
        if archives.isEmpty { throw ValidationError("give at least one file or folder to scan") }
        if !(0...1).contains(minimumSimilarity) { throw ValidationError("--minimum-similarity must be between 0 and 1") }
        if maxInputBytes < 0 { throw ValidationError("--max-input-bytes must be 0 or more") }
        if resume && output == nil { throw ValidationError("--resume needs --output") }
        if resume && format != .jsonl { throw ValidationError("--resume works with --format jsonl") }
        if maxJsonDepth < 1 || maxCapturesPerFile < 1 { throw ValidationError("--max-json-depth and --max-captures-per-file must be 1 or more") }
        try FailOn.validate(failOn)
    }

    func run() throws {
        Interruption.install()
        let corpusIndex: BaselineCorpus
        do { corpusIndex = try ArchiveScanner.loadCorpus(corpus, maxInputBytes: maxInputBytes) } catch { throw Trouble(description: error.description) }
        let scanner = ArchiveScanner(corpus: corpusIndex, options: ScanOptions(
            minimumSimilarity: minimumSimilarity, maxInputBytes: maxInputBytes, maxJSONDepth: maxJsonDepth,
            maxCapturesPerFile: maxCapturesPerFile,
            diff: DiffOptions(limits: cost.limits), labelRedaction: labelSalt.map(LabelRedaction.init(salt:)) ?? .perProcess))
        var totals = ScanTotals()
        var done = Set<String>()
        let sink: RecordSink
        if let output {
            // Never truncate a file that is not an earlier scan's output (it may be an input).
            if let existing = try? FileSystem.read(output, limit: Int.max), existing.contains(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
                let recovered = ScanTotals.recover(fromJSONLines: existing)
                guard recovered.recordCount > 0 else {
                    throw Trouble(description: "\(ScanCommand.escaped(output)): exists and is not stegdiff scan output; refusing to overwrite it")
                }
                if resume {
                    if labelSalt == nil {
                        writeError("stegdiff: note: --resume without --label-salt: credential labels of the earlier run were hashed with another salt\n")
                    }
                    (done, totals) = (recovered.done, recovered.totals)
                    try RecordSink.replace(output, with: recovered.kept)
                }
            }
            // A streamed JSONL file is the resumable log; a final report (json, sarif, table) is
            // written whole to a temporary file and renamed, so no reader sees half of one.
            sink = try RecordSink(path: output, append: resume, atomic: format != .jsonl)
        } else {
            sink = RecordSink.standardOutput
        }
        // Never read our own output back as an input (it may well sit inside the scanned folder).
        let excluded = output.flatMap(FileSystem.identity).map { Set([$0]) } ?? []
        var progress = Progress()
        defer { progress.finish() }
        var collected: [JSONValue] = []
        var sarif = SARIFLog()
        var lastFile: (path: String, text: PromptText?)?
        func fileText(_ path: String) -> PromptText? {
            if let lastFile, lastFile.path == path { return lastFile.text }
            let text = (try? FileSystem.read(path, limit: maxInputBytes)).map { PromptText(bytes: $0, source: path) }
            lastFile = (path, text)
            return text
        }
        // JSONL records are rendered a few dozen at a time on all cores (rendering names every
        // code point through ICU, and done one by one it was the scan's serial bottleneck), then
        // written in order, each whole.
        var pending: [ScanRecord] = []
        func writePending() throws {
            guard !pending.isEmpty else { return }
            let lines = Slots<String>(count: pending.count)
            let records = pending
            DispatchQueue.concurrentPerform(iterations: records.count) { lines.set($0, records[$0].json.serialized(pretty: false) + "\n") }
            if output == nil { progress.clearBeforeOutput() }
            try sink.write(lines.values.map { $0 ?? "" }.joined())
            pending.removeAll(keepingCapacity: true)
        }
        let read = try scanner.scan(archives, excluding: excluded, skipping: done,
                                    onFile: { progress.update(filesDone: $0, files: $1, captures: totals.captures) },
                                    shouldStop: Interruption.requested) { record in
            totals.add(record)
            switch format {
            case .jsonl:
                pending.append(record)
                if pending.count >= 32 { try writePending() }
            case .json: collected.append(record.json)
            case .table:
                if output == nil { progress.clearBeforeOutput() }
                try sink.write(ScanCommand.line(record) + "\n")
            case .sarif: sarif.add(record, fileText: fileText)
            }
        }
        try writePending()
        totals.count(read)
        progress.finish()
        switch format {
        case .jsonl: try sink.write(totals.json.serialized(pretty: false) + "\n")
        case .json: try sink.write(JSONValue.object(ToolInfo.identification() + [("records", .array(collected)), ("summary", totals.json)]).serialized() + "\n")
        case .table: try sink.write(ScanCommand.table(totals) + "\n")
        case .sarif: try sink.write(sarif.json.serialized() + "\n")
        }
        try sink.finish()
        if let summaryOut { try ScanCommand.writePartial(totals, to: summaryOut) }
        if format != .table { writeError(ScanCommand.accounting(totals) + "\n") }
        if totals.interrupted { throw ExitCode(130) }
        throw ScanCommand.exitStatus(totals, failOn: failOn)
    }

    /// Writes the run's sufficient statistics for `stegdiff merge`, whole or not at all, like a
    /// final report: a merge must never read half a partial.
    static func writePartial(_ totals: ScanTotals, to path: String) throws {
        let partial = try RecordSink(path: path, append: false, atomic: true)
        try partial.write(totals.partialJSON.serialized(pretty: false) + "\n")
        try partial.finish()
    }

    /// 1 when a capture has a finding at or above `failOn`, else 2 when there were errors, else 0.
    static func exitStatus(_ totals: ScanTotals, failOn: String) -> ExitCode {
        ExitCode(totals.capturesWithFindings(atLeast: Severity(rawValue: failOn)!) > 0 ? 1 : totals.errors > 0 ? 2 : 0)
    }

    static func escaped(_ text: String) -> String { VisibleText.escapeInvisible(text) }

    /// One table line per record.
    static func line(_ record: ScanRecord) -> String {
        switch record {
        case .error(let source, let offset, let reason): "ERROR \(escaped(source)) @\(offset): \(escaped(reason))"
        case .skipped(let source, let offset, let reason): "skipped \(escaped(source)) @\(offset): \(escaped(reason))"
        case .capture(let capture, let baseline, let report):
            "\(escaped(capture.source)) @\(capture.offset) \(escaped(capture.locator)): "
                + (baseline.map { "\(escaped($0.id)) \(report?.summaryLine ?? "")" } ?? "no baseline")
        }
    }

    /// `inputs = captures + errors + skipped`, checked: the line that proves no input was lost.
    static func accounting(_ totals: ScanTotals) -> String {
        "scan: \(totals.files) files, \(totals.inputs) inputs = \(totals.captures) captures + \(totals.errors) errors + \(totals.skipped) skipped"
            + (totals.accountsForEveryInput ? "" : " — MISMATCH: \(totals.captures + totals.errors + totals.skipped) records")
            + (totals.interrupted ? " (interrupted: the files not yet read are not counted)" : "")
    }

    /// What an association figure rests on, said when it is too little to go by.
    static func sample(_ association: ScanSummary.Association) -> String {
        association.lowSample ? " (low sample: \(association.captures) capture\(association.captures == 1 ? "" : "s"), fewer than \(ScanSummary.minimumSample))" : ""
    }

    /// The closing table: counts, the keying rules, then one row per cluster with its marker and label spread.
    static func table(_ totals: ScanTotals) -> String {
        var lines = ["", accounting(totals),
                     "\(totals.captures) captures: \(totals.capturesWithFindings) with findings, \(totals.noBaseline) without a baseline, "
            + "\(totals.errors) errors, \(totals.skipped) skipped"]
        let (rules, keyedSites) = totals.keying.analysis()
        lines.append("KEYING RULES")
        if rules.isEmpty { lines.append("none") }
        for rule in rules { lines.append(escaped(rule.line)) }
        let clusters = totals.clusters
        lines.append("CLUSTER  SIZE  MARKER")
        let informative = Set(clusters.informativeLabels)
        for (number, cluster) in clusters.clusters.enumerated() {
            let marker = cluster.parts.isEmpty ? "none" : escaped(cluster.parts.joined(separator: " + "))
            lines.append("\(String(number + 1).padding(8))\(String(cluster.size).padding(6))\(marker)")
            for (label, counts) in cluster.labelCounts.sorted(by: { $0.key < $1.key }) where informative.contains(label) {
                lines.append("                " + escaped(label) + ": " + counts.sorted { $0.key < $1.key }.map { "\(escaped($0.key))=\($0.value)" }.joined(separator: ", "))
            }
        }
        for association in clusters.associations {
            let v = (association.cramersV * 100).rounded() / 100, bits = (association.mutualInformationBits * 100).rounded() / 100
            lines.append("label \(escaped(association.label)): Cramér's V \(v), mutual information \(bits) bits" + ScanCommand.sample(association))
        }
        lines.append("MARKER FORM (positions left out)")
        for form in clusters.markerForms {
            lines.append("\(String(form.size).padding(8))\(form.parts.isEmpty ? "none" : escaped(form.parts.joined(separator: " + ")))")
        }
        for association in clusters.formAssociations {
            let v = (association.cramersV * 100).rounded() / 100, bits = (association.mutualInformationBits * 100).rounded() / 100
            lines.append("label \(escaped(association.label)) vs marker form: Cramér's V \(v), mutual information \(bits) bits"
                + ScanCommand.sample(association))
        }
        let capacity = keyedSites.reduce(0) { $0 + $1.bits }
        lines.append("marker capacity: \((capacity * 100).rounded() / 100) bits over \(keyedSites.count) keyed sites"
            + keyedSites.map { " (\(escaped($0.baseline)) \($0.site.place): \(($0.bits * 100).rounded() / 100))" }.joined(separator: ","))
        return lines.joined(separator: "\n")
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
    /// For an atomic sink: the temporary file written, and the path it becomes on `finish`.
    private let renaming: (temporary: String, final: String)?

    static let standardOutput = RecordSink(descriptor: STDOUT_FILENO)

    private init(descriptor: Int32) {
        self.descriptor = descriptor
        renaming = nil
    }

    /// Opens `path` for writing; `atomic` writes a temporary file beside it that `finish` renames.
    init(path: String, append: Bool, atomic: Bool = false) throws {
        let target = atomic ? path + ".stegdiff-tmp-\(getpid())" : path
        descriptor = FileSystem.withRawPath(target) { open($0, O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0o644) }
        guard descriptor >= 0 else { throw Trouble(description: "\(ScanCommand.escaped(path)): cannot write: \(String(cString: strerror(errno)))") }
        renaming = atomic ? (target, path) : nil
    }

    /// Makes everything written durable (and, for an atomic sink, visible under its name).
    func finish() throws {
        guard descriptor != STDOUT_FILENO else { return }
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            throw Trouble(description: "cannot write output: \(String(cString: strerror(errno)))")
        }
        if let renaming {
            let renamed = FileSystem.withRawPath(renaming.temporary) { old in FileSystem.withRawPath(renaming.final) { Glibc.rename(old, $0) } }
            guard renamed == 0 else {
                throw Trouble(description: "\(ScanCommand.escaped(renaming.final)): cannot write: \(String(cString: strerror(errno)))")
            }
        }
    }

    deinit { if descriptor != STDOUT_FILENO { close(descriptor) } }

    /// Writes the whole text (a record is never left half written unless the process dies).
    func write(_ text: String) throws { try write(Array(text.utf8)) }

    /// Writes all the bytes, or throws naming the system's reason (full disk, closed pipe).
    func write(_ data: [UInt8]) throws {
        var bytes = data
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE && descriptor == STDOUT_FILENO {
                    // The reader of standard output is gone (`stegdiff diff a b | head -1`): end as
                    // diff(1) does, quietly, by the signal the write raised. Other write errors
                    // (a full disk) are trouble, exit 2.
                    signal(SIGPIPE, SIG_DFL)
                    raise(SIGPIPE)
                }
                throw Trouble(description: "cannot write output: \(String(cString: strerror(errno)))")
            }
            offset += count
        }
    }

    /// Replaces a file's content atomically (temporary file, then rename).
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let temporary = path + ".stegdiff-tmp"
        let sink = try RecordSink(path: temporary, append: false)
        try sink.write(bytes)
        guard fsync(sink.descriptor) == 0, FileSystem.withRawPath(temporary, { old in FileSystem.withRawPath(path) { Glibc.rename(old, $0) } }) == 0 else {
            throw Trouble(description: "\(path): cannot rewrite for --resume: \(String(cString: strerror(errno)))")
        }
    }
}

/// A one-line progress display on standard error, only when it is a terminal: files done,
/// captures per second, and the time left estimated from the files still to read. Output to a
/// terminal clears it first (`clearBeforeOutput`), so no output line starts behind it; the next
/// update draws it again below the output.
struct Progress {
    private let enabled = isatty(STDERR_FILENO) == 1
    /// Standard output is a terminal too (most likely the same one): the line must be cleared
    /// before anything is written there.
    private let outputIsTerminal = isatty(STDOUT_FILENO) == 1
    private let start = Progress.now()
    private var lastDraw = 0.0
    /// A progress line stands on the terminal now.
    private var drawn = false

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    mutating func update(filesDone: Int, files: Int, captures: Int) {
        guard enabled else { return }
        let now = Progress.now()
        guard now - lastDraw > 0.2 || filesDone == files else { return }
        lastDraw = now
        let elapsed = max(now - start, 0.001)
        let left = filesDone > 0 ? elapsed / Double(filesDone) * Double(files - filesDone) : 0
        writeError("\r\u{1B}[2Kscan: \(filesDone)/\(files) files, \(captures) captures, \(Int(Double(captures) / elapsed))/s, about \(Int(left)) s left")
        drawn = true
    }

    /// Clears the line when standard output is a terminal and a line is drawn (call before writing there).
    mutating func clearBeforeOutput() {
        if drawn && outputIsTerminal { finish() }
    }

    /// Clears the line for good (before the closing lines).
    mutating func finish() {
        if drawn { writeError("\r\u{1B}[2K") }
        drawn = false
    }
}

/// SIGINT during a scan: the handler only raises a flag (all a signal handler may safely do);
/// the scan finishes the captures it has read, writes its summary marked `interrupted`, and the
/// command exits 130. A second SIGINT ends the process at once.
enum Interruption {
    private static let flag = Atomic<Bool>(false)

    static func install() {
        _ = flag.load(ordering: .relaxed)  // initialized here, never first inside the handler
        signal(SIGINT) { _ in
            if Interruption.flag.exchange(true, ordering: .relaxed) { _exit(130) }
        }
        // A parent may hand SIGINT over blocked (spawned with a signal mask): unblock it.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    static func requested() -> Bool { flag.load(ordering: .relaxed) }
}
