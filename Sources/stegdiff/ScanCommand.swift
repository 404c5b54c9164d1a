import ArgumentParser
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

    func validate() throws {
        if archives.isEmpty { throw ValidationError("give at least one file or folder to scan") }
        if !(0...1).contains(minimumSimilarity) { throw ValidationError("--minimum-similarity must be between 0 and 1") }
        if maxInputBytes < 0 { throw ValidationError("--max-input-bytes must be 0 or more") }
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
        var captures = 0, errors = 0, unmatched = 0, withFindings = 0
        var byKind: [FindingKind: Int] = [:]
        func emit(_ record: JSONValue) throws { try OutputWriter.write(record.serialized(pretty: false) + "\n") }
        func error(_ source: String, _ offset: Int, _ reason: String) throws {
            errors += 1
            try emit(.object([("type", .string("error")), ("source", .string(source)), ("offset", .int(offset)), ("reason", .string(reason))]))
        }
        for entry in FileWalker.files(under: archives) {
            let path: String
            switch entry {
            case .failure(let failedPath, let reason):
                try error(failedPath, 0, reason)
                continue
            case .file(let filePath):
                path = filePath
            }
            let bytes: [UInt8]
            do {
                bytes = try InputReader.read(path, limit: maxInputBytes)
            } catch let trouble as Trouble {
                try error(path, 0, trouble.description)
                continue
            }
            for result in CaptureReader.captures(in: bytes, source: path) {
                switch result {
                case .failure(let failure):
                    try error(failure.source, failure.offset, failure.reason)
                case .success(let capture):
                    captures += 1
                    var members: [(String, JSONValue)] = [
                        ("type", .string("capture")), ("source", .string(capture.source)), ("offset", .int(capture.offset)),
                        ("locator", .string(capture.locator)),
                        ("labels", .object(capture.labels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
                    ]
                    guard let (baseline, similarity) = index.nearest(to: capture.prompt, minimumSimilarity: minimumSimilarity) else {
                        unmatched += 1
                        members += [("status", .string("no-baseline")), ("baseline", .null)]
                        try emit(.object(members))
                        continue
                    }
                    let report = StegDiff.diff(baseline: baseline.text, candidate: capture.prompt)
                    if !report.findings.isEmpty { withFindings += 1 }
                    for finding in report.findings { byKind[finding.kind, default: 0] += 1 }
                    members += [
                        ("status", .string(report.findings.isEmpty ? "clean" : "findings")),
                        ("baseline", .object([("id", .string(baseline.id)), ("similarity", .number((similarity * 1000).rounded() / 1000))])),
                        ("notes", .array(report.notes.map(JSONValue.string))),
                        ("findings", .array(report.findings.map(\.json))),
                    ]
                    try emit(.object(members))
                }
            }
        }
        try emit(.object([
            ("type", .string("summary")), ("captures", .int(captures)), ("capturesWithFindings", .int(withFindings)),
            ("noBaseline", .int(unmatched)), ("errors", .int(errors)),
            ("findingsByKind", .object(FindingKind.allCases.map { ($0.rawValue, .int(byKind[$0] ?? 0)) })),
        ]))
        throw ExitCode(withFindings > 0 ? 1 : errors > 0 ? 2 : 0)
    }
}

/// Walks files and folders with readdir, opening only regular files; symlink loops and
/// unreadable folders become failures, never hangs or crashes.
enum FileWalker {
    enum Entry { case file(String), failure(String, String) }

    static func files(under roots: [String]) -> [Entry] {
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
                entries.append(.file(path))
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
