#if canImport(Glibc)
import Glibc
#endif
import StegDiff

// The experiment: the control run, then every cell `repeat` times, one after the other, each in a
// process group of its own under a timeout. A run's events become wrapper records of `scan`'s
// JSONL format (`{"id", "labels", "request"}`, or `{"id", "labels", "error"}`), appended to
// DIR/captures.jsonl when the run ends, then the run is logged in DIR/runs.jsonl: an interrupted
// probe resumes after its last finished run.

/// One planned run: its index (0 is the control) and the matrix values it sets (none for the control).
public struct ProbeRun: Sendable, Hashable {
    /// 0 for the control, then 1, 2, … in order.
    public var index: Int
    /// `(name, value)` in matrix order, values as given (`{probe}` not yet expanded).
    public var cell: [Pair]
    /// One matrix assignment.
    public struct Pair: Sendable, Hashable {
        /// The variable.
        public var name: String
        /// Its value as given.
        public var value: String
    }
    /// `TZ=UTC, STREAM=1`, or `control`.
    public var description: String { index == 0 ? "control" : cell.map { "\($0.name)=\($0.value)" }.joined(separator: ", ") }
}

/// Options of a probe.
public struct ProbeOptions: Sendable {
    /// The client command and its arguments.
    public var command: [String]
    /// The matrix.
    public var matrix: ProbeMatrix
    /// Runs of each cell.
    public var repeatCount: Int
    /// Seconds a run may take before its process group is killed.
    public var timeout: Double
    /// Largest request body recorded, in bytes.
    public var maxBodyBytes: Int
    /// The archive folder.
    public var directory: String
    /// How credential-bearing labels are hashed in the archive.
    public var labelRedaction: LabelRedaction

    /// Creates options.
    public init(command: [String], matrix: ProbeMatrix, repeatCount: Int = 2, timeout: Double = 60, maxBodyBytes: Int = 256 * 1024 * 1024,
                directory: String, labelRedaction: LabelRedaction = .perProcess) {
        (self.command, self.matrix, self.repeatCount, self.timeout, self.maxBodyBytes, self.directory, self.labelRedaction)
            = (command, matrix, max(1, repeatCount), timeout, maxBodyBytes, directory, labelRedaction)
    }

    /// Runs of each cell when none is asked: at least 2, and at least 16 runs in all. A keying rule
    /// must pass scan's test (one-sided Fisher, p ≤ 0.01 after correction for every label and
    /// variant tried), and a perfect split of few runs cannot: 8 cells split 4/4 give p = 1/70
    /// at best; run twice, 1/12870. Repeats also tell a keyed marker from one the client draws at
    /// random, which would not line up with a variable across every repeat.
    public static func defaultRepeatCount(cells: Int) -> Int {
        max(2, (16 + max(cells, 1) - 1) / max(cells, 1))
    }

    /// The control run, then every cell `repeatCount` times (repeats of a cell side by side).
    public var runs: [ProbeRun] {
        var runs = [ProbeRun(index: 0, cell: [])]
        for cell in matrix.cells {
            for _ in 0..<repeatCount {
                runs.append(ProbeRun(index: runs.count, cell: cell.map { ProbeRun.Pair(name: $0.name, value: $0.value) }))
            }
        }
        return runs
    }

    /// What must match for `--resume` to continue a folder: the command, the matrix, the repeats.
    public var planJSON: JSONValue {
        .object([("command", .array(command.map(JSONValue.string))),
                 ("matrix", .array(matrix.variables.map { .object([("name", .string($0.name)), ("values", .array($0.values.map(JSONValue.string)))]) })),
                 ("repeat", .int(repeatCount))])
    }
}

/// How one run ended.
public struct RunOutcome: Sendable {
    /// The run.
    public var run: ProbeRun
    /// Exit status, when the client exited.
    public var exitStatus: Int32?
    /// The signal that ended it, when one did (SIGKILL after a timeout).
    public var signal: Int32?
    /// True when the timeout ran out and the process group was killed.
    public var timedOut: Bool
    /// Requests the endpoint saw.
    public var requests: Int
    /// Most requests in flight at once.
    public var mostInFlight: Int
    /// Seconds from start to end (the run's process group gone and its connections closed).
    public var seconds: Double
}

/// Errors that stop a probe before or between runs (not a client's misbehaviour: that is a record).
public struct ProbeError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String
    /// Creates an error.
    public init(_ description: String) { self.description = description }
}

/// Runs the experiment and writes the archive.
public final class ProbeRunner {
    /// The options.
    public let options: ProbeOptions
    private let endpoint: ProbeEndpoint
    /// Told after every run (for a progress line).
    public var onRun: (RunOutcome) -> Void = { _ in }

    /// Starts the endpoint.
    public init(options: ProbeOptions) throws {
        self.options = options
        endpoint = try ProbeEndpoint(recorder: ProbeRecorder(maxBodyBytes: options.maxBodyBytes))
    }

    deinit { endpoint.shutdown() }

    /// `http://127.0.0.1:PORT`.
    public var endpointURL: String { endpoint.url }

    /// Paths inside the archive folder.
    public var capturesPath: String { options.directory + "/captures.jsonl" }
    /// The log of finished runs.
    public var runsPath: String { options.directory + "/runs.jsonl" }
    /// The folder of baselines (the control run's prompts).
    public var baselinesPath: String { options.directory + "/baselines" }
    /// What the folder was made for.
    public var planPath: String { options.directory + "/probe.json" }
    /// The client's output, one file per run.
    public func logPath(_ run: Int) -> String { options.directory + "/logs/run-\(run).txt" }

    /// Runs everything not yet done: with `resume`, a folder of an earlier, interrupted probe of
    /// the same plan is continued after its last finished run; without it, a folder holding an
    /// archive is refused. `shouldStop` is asked between runs. Returns the runs done now.
    @discardableResult
    public func run(resume: Bool, shouldStop: () -> Bool = { false }) throws(ProbeError) -> [RunOutcome] {
        let plan = options.planJSON.serialized(pretty: false) + "\n"
        try makeFolder(options.directory)
        try makeFolder(options.directory + "/logs")
        var finished = Set<Int>()
        let existing = (try? FileSystem.read(capturesPath, limit: Int.max)) ?? []
        if !existing.isEmpty || ((try? FileSystem.read(runsPath, limit: Int.max)) ?? []).isEmpty == false {
            guard resume else {
                throw ProbeError("\(options.directory): holds an earlier probe's archive; give --resume to continue it, or another --output")
            }
            let earlierPlan = (try? FileSystem.read(planPath, limit: 1 << 20)).map { String(decoding: $0, as: UTF8.self) }
            guard earlierPlan == plan else {
                throw ProbeError("\(options.directory): was made by a probe of another command, matrix or --repeat (\(planPath)); --resume continues only the same plan")
            }
            finished = ProbeRunner.finishedRuns(inLog: (try? FileSystem.read(runsPath, limit: Int.max)) ?? [])
            // Records of a run that did not finish are dropped: the run is done again whole.
            let kept = ProbeRunner.lines(existing).filter { ProbeRunner.runIndex(ofRecord: $0).map(finished.contains) ?? false }
            try replace(capturesPath, with: kept.flatMap { $0 + [0x0A] })
        }
        try replace(planPath, with: Array(plan.utf8))
        if finished.contains(0), ((try? FileSystem.read(baselinesPath + "/control-1", limit: Int.max)) ?? []).isEmpty {
            finished.remove(0)  // the control's baselines are gone: run it again
        }
        var outcomes: [RunOutcome] = []
        for run in options.runs where !finished.contains(run.index) {
            if shouldStop() { break }
            let (outcome, events) = perform(run, shouldStop: shouldStop)
            let records = self.records(of: run, outcome: outcome, events: events)
            // Interrupted (SIGINT) in the middle of the run: it is not logged, so --resume does it again.
            if shouldStop() { break }
            try append(capturesPath, records.flatMap { $0 + [0x0A] })
            if run.index == 0 { try writeBaselines(records, events: events) }
            let logged = JSONValue.object([
                ("run", .int(run.index)), ("cell", .object(run.cell.map { ($0.name, .string($0.value)) })),
                ("exitStatus", outcome.exitStatus.map { .int(Int($0)) } ?? .null), ("signal", outcome.signal.map { .int(Int($0)) } ?? .null),
                ("timedOut", .bool(outcome.timedOut)), ("requests", .int(outcome.requests)), ("mostInFlight", .int(outcome.mostInFlight)),
                ("seconds", .number((outcome.seconds * 1000).rounded() / 1000)),
            ])
            try append(runsPath, Array((logged.serialized(pretty: false) + "\n").utf8))
            outcomes.append(outcome)
            onRun(outcome)
        }
        return outcomes
    }

    // MARK: One run

    /// The child's environment: the current one, with the proxy variables and base URLs pointing
    /// at the endpoint (unless the matrix sets them), `NO_PROXY` cleared, placeholder API keys where
    /// none is set, then the cell's values.
    public func environment(for run: ProbeRun) -> [String: String] {
        var environment: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") { environment[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
            pointer += 1
        }
        let url = endpoint.url
        // An https:// base URL then arrives as a CONNECT (refused and recorded), never leaving the machine.
        for name in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy"] { environment[name] = url }
        for name in ["NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"] { environment.removeValue(forKey: name) }
        environment["ANTHROPIC_BASE_URL"] = url
        environment["OPENAI_BASE_URL"] = url + "/v1"
        // The SDKs refuse to start without a key; the endpoint checks none and records no header,
        // so a placeholder lets a client that reads its key from the environment run unchanged.
        if environment["ANTHROPIC_API_KEY"] == nil, environment["ANTHROPIC_AUTH_TOKEN"] == nil {
            environment["ANTHROPIC_API_KEY"] = "sk-ant-stegdiff-probe-placeholder"
        }
        if environment["OPENAI_API_KEY"] == nil { environment["OPENAI_API_KEY"] = "sk-stegdiff-probe-placeholder" }
        for pair in run.cell { environment[pair.name] = ProbeRunner.expand(pair.value, url: url) }
        return environment
    }

    /// `{probe}` replaced by the endpoint's URL.
    public static func expand(_ value: String, url: String) -> String {
        value.split(separator: "{probe}", omittingEmptySubsequences: false).joined(separator: url)
    }

    /// Runs the client once: spawned in its own process group, waited for until the timeout, the
    /// group killed (any process it left behind, or all of it on a timeout), its connections closed.
    func perform(_ run: ProbeRun, shouldStop: () -> Bool) -> (RunOutcome, [ProbeEvent]) {
        let recorder = endpoint.recorder
        recorder.beginRun()
        let start = ProbeRunner.now()
        var outcome = RunOutcome(run: run, exitStatus: nil, signal: nil, timedOut: false, requests: 0, mostInFlight: 0, seconds: 0)
        var spawnError: String?
        switch spawn(options.command, environment: environment(for: run), log: logPath(run.index)) {
        case .failure(let error): spawnError = error.description
        case .success(let pid):
            var status: Int32 = 0
            let deadline = start + options.timeout
            while true {
                let result = waitpid(pid, &status, WNOHANG)
                if result == pid || (result < 0 && errno != EINTR) { break }
                if shouldStop() {
                    // The probe is interrupted: the client goes with it, not left running.
                    kill(-pid, SIGKILL)
                    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                    break
                }
                if ProbeRunner.now() >= deadline {
                    kill(-pid, SIGKILL)
                    outcome.timedOut = true
                    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                    break
                }
                usleep(5_000)
            }
            // Whatever the client left running (a child holding a connection) goes with it.
            kill(-pid, SIGKILL)
            if status & 0x7F == 0 { outcome.exitStatus = (status >> 8) & 0xFF } else { outcome.signal = status & 0x7F }
            // Replies still being written when the client exited finish first (briefly).
            let settle = ProbeRunner.now() + 0.5
            while recorder.inFlight > 0 && ProbeRunner.now() < settle { usleep(5_000) }
        }
        endpoint.closeConnections()
        let (events, requests, most) = recorder.endRun()
        outcome.requests = requests
        outcome.mostInFlight = most
        outcome.seconds = ProbeRunner.now() - start
        var all = events
        if let spawnError { all.append(.error(sequence: 0, reason: "cannot start \(options.command[0]): \(spawnError)")) }
        return (outcome, all)
    }

    /// The wrapper records of one run: a capture or an error per event, then one error for how
    /// the run ended when it ended badly (timeout, non-zero exit, signal, no request at all).
    func records(of run: ProbeRun, outcome: RunOutcome, events: [ProbeEvent]) -> [[UInt8]] {
        var labels: [String: String] = [:]
        for pair in run.cell { labels[pair.name] = pair.value }
        if run.index == 0 {
            // The control carries the ambient values of the matrix's variables, where there are any.
            let environment = environment(for: run)
            let url = endpoint.url
            for variable in options.matrix.variables {
                guard let value = environment[variable.name] else { continue }
                labels[variable.name] = value == url ? "{probe}" : value == url + "/v1" ? "{probe}/v1" : value
            }
        }
        labels["run"] = String(run.index)
        let name = "run \(run.index) (\(run.description))"
        func line(_ members: [(String, JSONValue)], labels: [String: String]) -> [UInt8] {
            let redacted = options.labelRedaction.redact(labels)
            let sortedLabels = redacted.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }.map { ($0.key, JSONValue.string($0.value)) }
            return Array(JSONValue.object(members + [("labels", .object(sortedLabels))]).serialized(pretty: false).utf8)
        }
        var records: [[UInt8]] = []
        var number = 0
        for event in events {
            number += 1
            let id = "run-\(run.index)/request-\(number)"
            switch event {
            case .capture(_, let requestLabels, let body):
                // The body verbatim: a JSON body's line breaks can only be whitespace between
                // tokens, so spaces in their place keep it one line and keep every byte offset.
                let oneLine = body.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
                var record = line([("id", .string(id))], labels: labels.merging(requestLabels) { $1 })
                record.removeLast()  // the closing brace: the request follows, verbatim
                records.append(record + Array(",\"request\":".utf8) + oneLine + [UInt8(ascii: "}")])
            case .error(_, let reason):
                records.append(line([("id", .string(id)), ("error", .string("\(name): \(reason)"))], labels: labels))
            }
        }
        var ending: String?
        if outcome.timedOut {
            ending = outcome.requests == 0
                ? "sent no request before the timeout (\(ProbeRunner.seconds(options.timeout))); its process group was killed"
                : "still running at the timeout (\(ProbeRunner.seconds(options.timeout))) after \(outcome.requests) request\(outcome.requests == 1 ? "" : "s"); its process group was killed"
        } else if let signal = outcome.signal {
            ending = "the client was killed by signal \(signal) (\(ProbeRunner.signalName(signal)))"
        } else if let status = outcome.exitStatus, status != 0 {
            ending = "the client exited with status \(status) (its output: \(logPath(run.index)))"
        } else if outcome.requests == 0 && events.isEmpty {
            ending = "the client sent no request (its output: \(logPath(run.index)))"
        }
        if let ending {
            records.append(line([("id", .string("run-\(run.index)/end")), ("error", .string("\(name): \(ending)"))], labels: labels))
        }
        return records
    }

    /// The control's prompts, each once, as DIR/baselines/control-1, control-2, … in request order.
    func writeBaselines(_ records: [[UInt8]], events: [ProbeEvent] = []) throws(ProbeError) {
        var prompts: [[UInt8]] = []
        for record in records {
            for case .success(let capture) in CaptureReader.captures(in: record, source: "control") where !prompts.contains(capture.prompt.analysisBytes) {
                prompts.append(capture.prompt.analysisBytes)
            }
        }
        guard !prompts.isEmpty else {
            let errors = records.compactMap { record -> String? in
                guard case .failure(let error)? = CaptureReader.captures(in: record, source: "control").first else { return nil }
                return error.reason
            }
            throw ProbeError("the control run sent no request with a system prompt, so there is nothing to compare the cells with"
                + (errors.isEmpty ? "" : " (" + errors.joined(separator: "; ") + ")") + "; its output: \(logPath(0))")
        }
        try makeFolder(baselinesPath)
        for (index, prompt) in prompts.enumerated() { try replace(baselinesPath + "/control-\(index + 1)", with: prompt) }
    }

    // MARK: Helpers

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    static func signalName(_ number: Int32) -> String {
        let names: [Int32: String] = [SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT",
                                      SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGPIPE: "SIGPIPE", SIGTERM: "SIGTERM"]
        return names[number] ?? "signal \(number)"
    }

    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: true).map(Array.init)
    }

    /// The run index in a record's id (`{"id":"run-3/…`), as this runner writes it.
    static func runIndex(ofRecord line: [UInt8]) -> Int? {
        let prefix = Array("{\"id\":\"run-".utf8)
        guard line.starts(with: prefix) else { return nil }
        let digits = line[prefix.count...].prefix { (0x30...0x39).contains($0) }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    static func finishedRuns(inLog bytes: [UInt8]) -> Set<Int> {
        var result = Set<Int>()
        for line in lines(bytes) {
            // Only whole lines count: a line cut short by the interruption is not a finished run.
            guard let document = try? JSONDocument(bytes: line), let node = document.member(0, "run"),
                  let value = Int(String(decoding: document.source[document.nodes[node].range], as: UTF8.self)) else { continue }
            result.insert(value)
        }
        return result
    }

    private func makeFolder(_ path: String) throws(ProbeError) {
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw ProbeError("\(path): cannot create: \(String(cString: strerror(errno)))") }
    }

    private func write(_ path: String, _ bytes: [UInt8], flags: Int32) throws(ProbeError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | flags, 0o644)
        guard descriptor >= 0 else { throw ProbeError("\(path): cannot write: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ProbeError("\(path): cannot write: \(String(cString: strerror(errno)))")
            }
            offset += count
        }
        guard fsync(descriptor) == 0 else { throw ProbeError("\(path): cannot write: \(String(cString: strerror(errno)))") }
    }

    private func append(_ path: String, _ bytes: [UInt8]) throws(ProbeError) { try write(path, bytes, flags: O_APPEND) }

    /// Whole or not at all: a temporary file renamed over the old one.
    private func replace(_ path: String, with bytes: [UInt8]) throws(ProbeError) {
        let temporary = path + ".stegdiff-tmp"
        try write(temporary, bytes, flags: O_TRUNC)
        guard rename(temporary, path) == 0 else { throw ProbeError("\(path): cannot write: \(String(cString: strerror(errno)))") }
    }

    /// Starts the client in a new process group (so a timeout kills all of it), standard input
    /// from /dev/null, standard output and error to its log, every signal at its default.
    private func spawn(_ command: [String], environment: [String: String], log: String) -> Result<pid_t, ProbeError> {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        // The command is looked up on the probe's own PATH (posix_spawnp), as a shell would.
        let result = posix_spawnp(&pid, command[0], &actions, &attributes, argv, envp)
        guard result == 0 else { return .failure(ProbeError(String(cString: strerror(result)))) }
        return .success(pid)
    }
}
