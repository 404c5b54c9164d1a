#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// A file that could not be read: which, and why, in lowercase words.
public struct FileReadError: Error, Sendable, CustomStringConvertible {
    /// The path, with invisible characters escaped for display.
    public var path: String
    /// What went wrong.
    public var reason: String
    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}

/// Reading and walking files on raw POSIX calls: regular files only, folders by readdir, no
/// hang on a FIFO, symlink loops detected by device and inode.
public enum FileSystem {
    /// Where file-name bytes that are not UTF-8 live in a path `String`: byte `b` (0x80–0xFF)
    /// is the private-use scalar U+10FF00 + b, so such names survive the trip through Swift
    /// strings and reopen byte for byte. Reports show them as `\xNN`.
    public static let rawByteBase: UInt32 = 0x10FF00

    /// A path from raw bytes (argv, readdir): valid UTF-8 as is, every other byte escaped.
    public static func path(fromRaw bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let (scalar, length) = UTF8Unit.decode(bytes, at: index)
            if let scalar, let value = Unicode.Scalar(scalar) {
                scalars.append(value)
            } else {
                for byte in bytes[index..<(index + length)] { scalars.append(Unicode.Scalar(rawByteBase + UInt32(byte))!) }
            }
            index += length
        }
        return String(scalars)
    }

    /// The command line's arguments byte for byte (from /proc/self/cmdline, since
    /// `CommandLine.arguments` repairs bytes that are not UTF-8), without the program name;
    /// nil where /proc is not readable.
    public static func rawArguments() -> [String]? {
        guard let bytes = try? read("/proc/self/cmdline", limit: 1 << 24), !bytes.isEmpty else { return nil }
        var arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map { path(fromRaw: Array($0)) }
        if bytes.last == 0 { arguments.removeLast() }
        return Array(arguments.dropFirst())
    }

    /// The bytes a path names on disk (the inverse of `path(fromRaw:)`).
    public static func rawBytes(of path: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in path.unicodeScalars {
            if scalar.value >= rawByteBase + 0x80 && scalar.value <= rawByteBase + 0xFF {
                bytes.append(UInt8(scalar.value - rawByteBase))
            } else {
                bytes += Array(String(scalar).utf8)
            }
        }
        return bytes
    }

    /// Calls `body` with the NUL-terminated on-disk bytes of `path`, for POSIX calls.
    public static func withRawPath<T>(_ path: String, _ body: (UnsafePointer<CChar>) -> T) -> T {
        let bytes = rawBytes(of: path).map { CChar(bitPattern: $0) } + [0]
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// A whole file (or standard input for `-`) as bytes, refusing folders and anything over `limit`.
    public static func read(_ rawPath: String, limit: Int) throws(FileReadError) -> [UInt8] {
        let path = VisibleText.escapeInvisible(rawPath)
        // Opened without blocking so a FIFO with no writer cannot hang the open (it then reads as
        // empty); reads block as usual, so process substitution `<(…)` works.
        let descriptor: Int32 = rawPath == "-" ? STDIN_FILENO : withRawPath(rawPath) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { throw FileReadError(path: path, reason: "cannot open: \(String(cString: strerror(errno)))") }
        defer { if rawPath != "-" { close(descriptor) } }
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR { throw FileReadError(path: path, reason: "is a directory") }
            if type == S_IFREG && Int(status.st_size) > limit {
                throw FileReadError(path: path, reason: "\(status.st_size) bytes is over the input limit of \(limit) bytes (--max-input-bytes)")
            }
            if rawPath != "-" { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
        }
        var bytes: [UInt8] = []
        if status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 {
            // A regular file is read straight into an array of its size: no chunk copies, and
            // half the memory touched (page faults were a third of a 1 MB diff's system time).
            let size = Int(status.st_size)
            var failure: Int32 = 0
            bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = 0
                while count < size {
                    let got = Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
                    if got < 0 && errno == EINTR { continue }
                    if got < 0 { failure = errno; break }
                    if got == 0 { break }
                    count += got
                }
            }
            if failure != 0 { throw FileReadError(path: path, reason: "read error at byte \(bytes.count): \(String(cString: strerror(failure)))") }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReadError(path: path, reason: "read error at byte \(bytes.count): \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw FileReadError(path: path, reason: "over the input limit of \(limit) bytes (--max-input-bytes)") }
        }
        return bytes
    }

    /// A walked path: a regular file to read, or why a path was passed over.
    public enum Entry: Sendable { case file(String), failure(String, String) }

    /// `device:inode` of a path, to recognize the same file under another name.
    public static func identity(_ path: String) -> String? {
        var status = stat()
        return withRawPath(path) { stat($0, &status) } == 0 ? "\(status.st_dev):\(status.st_ino)" : nil
    }

    /// Regular files under `roots` (folders recursively, names sorted), leaving out files whose
    /// identity is in `excluding`; everything else becomes a failure entry, never a hang or crash.
    public static func files(under roots: [String], excluding: Set<String> = []) -> [Entry] {
        sizedFiles(under: roots, excluding: excluding).map(\.entry)
    }

    /// `files(under:excluding:)` with each regular file's size when walked (0 for a failure).
    package static func sizedFiles(under roots: [String], excluding: Set<String> = []) -> [(entry: Entry, size: Int)] {
        var entries: [(entry: Entry, size: Int)] = []
        var visited = Set<String>()
        func walk(_ path: String, isRoot: Bool = false) {
            var status = stat()
            guard withRawPath(path, { stat($0, &status) }) == 0 else {
                entries.append(failure(path, "cannot read: \(String(cString: strerror(errno)))"))
                return
            }
            let type = status.st_mode & S_IFMT
            if type == S_IFREG {
                if !excluding.contains("\(status.st_dev):\(status.st_ino)") { entries.append((.file(path), Int(status.st_size))) }
                return
            }
            guard type == S_IFDIR else {
                entries.append(failure(path, "not a regular file or folder"))
                return
            }
            guard visited.insert("\(status.st_dev):\(status.st_ino)").inserted else {
                // A folder given twice (or inside another given folder) was read already; met again
                // through a link inside the tree, it is a loop worth reporting.
                if !isRoot { entries.append(failure(path, "folder already visited (symlink loop)")) }
                return
            }
            guard let directory = withRawPath(path, { opendir($0) }) else {
                entries.append(failure(path, "cannot open folder: \(String(cString: strerror(errno)))"))
                return
            }
            var names: [String] = []
            while let entry = readdir(directory) {
                // d_name is read in place: glibc allocates each entry only as long as its name, so
                // copying the declared 256-byte array (entry.pointee.d_name) read past the buffer
                // (AddressSanitizer found it).
                let field = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
                let length = strlen(field.assumingMemoryBound(to: CChar.self))
                let name = FileSystem.path(fromRaw: Array(UnsafeRawBufferPointer(start: field, count: length)))
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(directory)
            for name in names.sorted() { walk(path.hasSuffix("/") ? path + name : path + "/" + name) }
        }
        for root in roots { walk(root, isRoot: true) }
        return entries
    }

    private static func failure(_ path: String, _ reason: String) -> (entry: Entry, size: Int) { (.failure(path, reason), 0) }
}

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
            return .object([("type", .string(type)), ("source", .string(source)), ("offset", .int(offset)), ("reason", .string(reason))])
        case .capture(let capture, let baseline, let report):
            var members: [(String, JSONValue)] = [
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
                ("signature", .array(ScanSummary.signature(of: report.findings).map(JSONValue.string))),
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
    /// Clusters by signature, label association and capacity.
    public private(set) var clusters = ScanSummary()

    /// Empty totals.
    public init() {}

    /// Adds what a scan read (`Scanner.scan`'s result), so the summary can show that every
    /// input became a record.
    public mutating func count(_ read: ScanInputs) {
        files += read.files
        inputs += read.inputs
        if read.stopped { interrupted = true }
    }

    /// True when every input the readers found became exactly one record.
    public var accountsForEveryInput: Bool { inputs == captures + errors + skipped }

    /// Counts one record.
    public mutating func add(_ record: ScanRecord) {
        switch record {
        case .error: errors += 1
        case .skipped: skipped += 1
        case .capture(let capture, _, let report):
            captures += 1
            guard let report else { noBaseline += 1; return }
            if !report.findings.isEmpty { capturesWithFindings += 1 }
            for finding in report.findings { findingsByKind[finding.kind, default: 0] += 1 }
            clusters.add(findings: report.findings, labels: capture.labels)
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
                if let signature = document.member(0, "signature") {
                    totals.clusters.add(signature: document.nodes[signature].children.compactMap { text($0) }, labels: labels)
                }
                for finding in document.member(0, "findings").map({ document.nodes[$0].children }) ?? [] {
                    if let kind = text(document.member(finding, "kind")).flatMap(FindingKind.init(rawValue:)) {
                        totals.findingsByKind[kind, default: 0] += 1
                    }
                }
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
        var members: [(String, JSONValue)] = [
            ("type", .string("summary")), ("files", .int(files)), ("inputs", .int(inputs)),
            ("captures", .int(captures)), ("capturesWithFindings", .int(capturesWithFindings)),
            ("noBaseline", .int(noBaseline)), ("errors", .int(errors)), ("skipped", .int(skipped)),
            ("findingsByKind", .object(FindingKind.allCases.map { ($0.rawValue, .int(findingsByKind[$0] ?? 0)) })),
        ]
        if interrupted { members.append(("interrupted", .bool(true))) }
        if case .object(let clusterMembers) = clusters.json { members += clusterMembers }
        return .object(members)
    }
}

/// What one `Scanner.scan` call read.
public struct ScanInputs: Sendable, Hashable {
    /// Paths walked (regular files, and others reported as errors).
    public var files = 0
    /// Captures, unreadable parts and skipped parts found: each yields one record (or was done
    /// by the run being resumed).
    public var inputs = 0
    /// True when `shouldStop` ended the scan early.
    public var stopped = false
}

/// Options of a scan.
public struct ScanOptions: Sendable {
    /// Smallest similarity (0…1) for a baseline to be used.
    public var minimumSimilarity: Double
    /// Largest file read, in bytes.
    public var maxInputBytes: Int
    /// Most captures matched and diffed in one concurrent step (a group of files is diffed in
    /// steps of this many; ordering is kept).
    public var batchSize: Int
    /// Deepest JSON nesting read; deeper documents are an error record at the place it is reached.
    public var maxJSONDepth: Int
    /// Most captures read from one file (a JSONL or HAR file can hold millions); past it, one
    /// error record says where reading stopped.
    public var maxCapturesPerFile: Int
    /// Cost limits and finding limit of each capture's diff.
    public var diff: DiffOptions
    /// Creates options.
    public init(minimumSimilarity: Double = 0.3, maxInputBytes: Int = 256 * 1024 * 1024, batchSize: Int = 256,
                maxJSONDepth: Int = 512, maxCapturesPerFile: Int = 1_000_000, diff: DiffOptions = DiffOptions()) {
        self.diff = diff
        self.minimumSimilarity = minimumSimilarity
        self.maxInputBytes = maxInputBytes
        self.batchSize = max(1, batchSize)
        self.maxJSONDepth = max(1, maxJSONDepth)
        self.maxCapturesPerFile = max(1, maxCapturesPerFile)
    }
}

/// Scans files and folders of captured prompts against a corpus: every capture, error and skipped
/// part yields exactly one `ScanRecord`, in input order; diffs run on all cores in batches.
public struct Scanner: Sendable {
    /// The baselines.
    public let corpus: BaselineCorpus
    /// The options.
    public let options: ScanOptions

    /// Creates a scanner.
    public init(corpus: BaselineCorpus, options: ScanOptions = ScanOptions()) {
        self.corpus = corpus
        self.options = options
    }

    /// A corpus of every regular file under a folder, named by its path inside the folder. An
    /// optional `manifest.json` there, `[{"file": "a.md", "id": "…", "product": "…", "version": "…",
    /// "date": "…"}]`, names the baselines and describes them; it is not a baseline itself.
    public static func loadCorpus(_ folder: String, maxInputBytes: Int = 256 * 1024 * 1024) throws(FileReadError) -> BaselineCorpus {
        var baselines: [(id: String, text: PromptText)] = []
        var manifest: [String: [String: String]] = [:]
        for entry in FileSystem.files(under: [folder]) {
            switch entry {
            case .file(let path):
                let name = String(path.dropFirst(folder.count).drop { $0 == "/" })
                let bytes = try FileSystem.read(path, limit: maxInputBytes)
                if name == "manifest.json" {
                    manifest = try readManifest(bytes, path: path)
                    continue
                }
                baselines.append((name, PromptText(bytes: bytes, source: path)))
            case .failure(let path, let reason):
                throw FileReadError(path: path, reason: reason + " (corpus)")
            }
        }
        guard !baselines.isEmpty else { throw FileReadError(path: folder, reason: "no baseline prompts found") }
        // The manifest's id replaces the file name; its other fields travel with the baseline.
        var metadata: [String: [String: String]] = [:]
        let named = baselines.map { baseline -> (id: String, text: PromptText) in
            guard var fields = manifest[baseline.id] else { return baseline }
            let id = fields.removeValue(forKey: "id") ?? baseline.id
            fields["file"] = baseline.id
            metadata[id] = fields
            return (id, baseline.text)
        }
        return BaselineCorpus(named, metadata: metadata)
    }

    private static func readManifest(_ bytes: [UInt8], path: String) throws(FileReadError) -> [String: [String: String]] {
        let document: JSONDocument
        do { document = try JSONDocument(bytes: bytes) } catch { throw FileReadError(path: path, reason: error.description) }
        guard document.nodes[0].kind == .array else { throw FileReadError(path: path, reason: "a manifest is a JSON array of objects") }
        var result: [String: [String: String]] = [:]
        for entry in document.nodes[0].children {
            var fields = document.stringMembers(entry)
            guard let file = fields.removeValue(forKey: "file") else {
                throw FileReadError(path: path, reason: "manifest entry at byte \(document.nodes[entry].range.lowerBound) has no \"file\"")
            }
            result[file] = fields
        }
        return result
    }

    /// Scans `paths`, handing each record to `onRecord` in input order; records whose `key` is in
    /// `skipping` (done by an interrupted run) are left out. `onFile` is told after each file.
    /// `shouldStop` is asked between groups of files: once it says yes, the captures already read
    /// are finished and the scan returns early (`stopped`), every record it began handed over.
    /// It throws only what `onRecord` throws. (Not `rethrows`: with throwing local functions
    /// Swift 6.3 miscompiled the error path into a crash.)
    @discardableResult
    public func scan(_ paths: [String], excluding: Set<String> = [], skipping: Set<String> = [],
                     onFile: (_ done: Int, _ total: Int) -> Void = { _, _ in },
                     shouldStop: () -> Bool = { false },
                     onRecord: (ScanRecord) throws -> Void) throws -> ScanInputs {
        var read = ScanInputs()
        var counted = Set<String>()
        var seen = skipping
        /// A group's output, in order: a record ready to hand over, a capture waiting for its
        /// diff (an index into the group's captures), or the end of a file (for `onFile`).
        enum Pending { case record(ScanRecord), capture(Int), fileDone }
        // One walked path: its records, in order; a capture is queued for the group's diff.
        func collect(_ entry: FileSystem.Entry, _ outcome: Result<[Result<Capture, CaptureError>], FileReadError>?,
                     into pending: inout [Pending], captures: inout [Capture]) {
            read.files += 1
            defer { pending.append(.fileDone) }
            // An input is counted once, however often it is named (a file given twice).
            // A record's key stats its file: computed once, used to count and to skip.
            func add(_ record: ScanRecord) {
                let key = record.key
                if counted.insert(key).inserted { read.inputs += 1 }
                guard seen.insert(key).inserted else { return }
                if case .capture(let capture, _, _) = record {
                    pending.append(.capture(captures.count))
                    captures.append(capture)
                } else {
                    pending.append(.record(record))
                }
            }
            if case .failure(let failedPath, let reason) = entry {
                add(.error(source: failedPath, offset: 0, reason: reason))
                return
            }
            guard case .file(let path) = entry, let outcome else { return }
            switch outcome {
            case .failure(let error):
                add(.error(source: path, offset: 0, reason: error.reason))
            case .success(let results):
                for result in results {
                    switch result {
                    case .failure(let failure):
                        add(failure.skipped
                            ? .skipped(source: failure.source, offset: failure.offset, reason: failure.reason)
                            : .error(source: failure.source, offset: failure.offset, reason: failure.reason))
                    case .success(let capture):
                        add(.capture(capture, baseline: nil, report: nil))
                    }
                }
            }
        }
        let sized = FileSystem.sizedFiles(under: paths, excluding: excluding)
        let entries = sized.map(\.entry)
        // Files are read and parsed a group at a time on all cores; then all the group's captures
        // are matched and diffed on all cores; then the records are handed over in order. A group
        // is at most 8 files and, past its first file, at most 8 MiB: what it holds (the files and
        // their captures) is bounded by bytes, whatever mix of small and large files the archive
        // has. (Diffing 16 captures at a time instead left a core idle at each batch's end.)
        for groupRange in Scanner.groups(sizes: sized.map(\.size), maxFiles: 8, maxBytes: 8 << 20) {
            if shouldStop() {
                read.stopped = true
                break
            }
            let slice = Array(entries[groupRange])
            let parsed = Slots<Result<[Result<Capture, CaptureError>], FileReadError>>(count: slice.count)
            let (limit, depth, most) = (options.maxInputBytes, options.maxJSONDepth, options.maxCapturesPerFile)
            DispatchQueue.concurrentPerform(iterations: slice.count) { position in
                guard case .file(let path) = slice[position] else { return }
                do throws(FileReadError) {
                    let bytes = try FileSystem.read(path, limit: limit)
                    var results = CaptureReader.captures(in: bytes, source: path, maxDepth: depth)
                    if results.count > most {
                        let next = results[most]
                        let offset = (try? next.get().offset) ?? { if case .failure(let error) = next { return error.offset } else { return 0 } }()
                        results.removeSubrange(most...)
                        results.append(.failure(CaptureError(source: path, offset: offset,
                            reason: "more than \(most) captures in this file; the rest were not read (--max-captures-per-file)")))
                    }
                    parsed.set(position, .success(results))
                } catch {
                    parsed.set(position, .failure(error))
                }
            }
            var pending: [Pending] = []
            var captures: [Capture] = []
            let values = parsed.values
            for (position, entry) in slice.enumerated() { collect(entry, values[position], into: &pending, captures: &captures) }
            // In steps of `batchSize` captures at most (each step one concurrent pass).
            var outcomes: [(BaselineCorpus.Baseline, Double, DiffReport)?] = []
            for chunk in stride(from: 0, to: captures.count, by: options.batchSize) {
                outcomes += diffConcurrently(Array(captures[chunk..<min(captures.count, chunk + options.batchSize)]))
            }
            var done = groupRange.lowerBound
            for item in pending {
                switch item {
                case .record(let record): try onRecord(record)
                case .capture(let index):
                    let outcome = outcomes[index]
                    try onRecord(.capture(captures[index], baseline: outcome.map { ($0.0.id, $0.1, $0.0.metadata) }, report: outcome?.2))
                case .fileDone:
                    done += 1
                    onFile(done, entries.count)
                }
            }
        }
        return read
    }

    /// Consecutive groups of files: at most `maxFiles` each and, past a group's first file, at
    /// most `maxBytes` in all (a file larger than that is a group of its own).
    package static func groups(sizes: [Int], maxFiles: Int, maxBytes: Int) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0
        while start < sizes.count {
            var end = start + 1, bytes = sizes[start]
            while end < sizes.count, end - start < maxFiles, bytes + sizes[end] <= maxBytes {
                bytes += sizes[end]
                end += 1
            }
            groups.append(start..<end)
            start = end
        }
        return groups
    }

    /// The records of a scan as an async sequence, for callers that prefer `for try await`.
    public func records(of paths: [String]) -> AsyncThrowingStream<ScanRecord, Error> {
        AsyncThrowingStream { continuation in
            let scanner = self
            DispatchQueue.global().async {
                do {
                    _ = try scanner.scan(paths) { continuation.yield($0) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
        }
    }

    /// Nearest baseline, similarity and diff of each capture (nil: no baseline), in order.
    private func diffConcurrently(_ captures: [Capture]) -> [(BaselineCorpus.Baseline, Double, DiffReport)?] {
        let slots = Slots<(BaselineCorpus.Baseline, Double, DiffReport)>(count: captures.count)
        let corpus = self.corpus, minimum = options.minimumSimilarity
        DispatchQueue.concurrentPerform(iterations: captures.count) { position in
            let capture = captures[position]
            guard let (baseline, similarity) = corpus.nearest(to: capture.prompt, minimumSimilarity: minimum) else { return }
            slots.set(position, (baseline, similarity, StegDiff.diff(baseline: baseline.text, candidate: capture.prompt, options: options.diff)))
        }
        return slots.values
    }
}

/// Result slots that concurrent workers fill, each at its own index (never the same one twice).
package final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    package init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    package func set(_ index: Int, _ value: Value) { storage[index] = value }

    package var values: [Value?] { Array(storage) }
}
