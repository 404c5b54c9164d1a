#if canImport(Glibc)
import Glibc
#endif
import Dispatch

// The scan front door: walks the paths (Input/), reads captures in groups on all cores, matches
// each to its nearest baseline (Scan/) and diffs it (Differ), handing records over in input order.

/// Scans files and folders of captured prompts against a corpus: every capture, error and skipped
/// part yields exactly one `ScanRecord`, in input order; diffs run on all cores in batches.
public struct ArchiveScanner: Sendable {
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
        for groupRange in ArchiveScanner.groups(sizes: sized.map(\.size), maxFiles: 8, maxBytes: 8 << 20) {
            if shouldStop() {
                read.stopped = true
                break
            }
            let slice = Array(entries[groupRange])
            let parsed = Slots<Result<[Result<Capture, CaptureError>], FileReadError>>(count: slice.count)
            let (limit, depth, most, redaction) = (options.maxInputBytes, options.maxJSONDepth, options.maxCapturesPerFile, options.labelRedaction)
            DispatchQueue.concurrentPerform(iterations: slice.count) { position in
                guard case .file(let path) = slice[position] else { return }
                do throws(FileReadError) {
                    let bytes = try FileSystem.read(path, limit: limit)
                    var results = CaptureReader.captures(in: bytes, source: path, maxDepth: depth, labelRedaction: redaction)
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
            slots.set(position, (baseline, similarity, Differ.diff(baseline: baseline.text, candidate: capture.prompt, options: options.diff)))
        }
        return slots.values
    }
}

/// The scanner's earlier name, which clashed with Foundation's `Scanner` in any file importing both.
@available(*, deprecated, renamed: "ArchiveScanner")
public typealias Scanner = ArchiveScanner
