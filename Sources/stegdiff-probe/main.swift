import ArgumentParser
import StegDiff
import StegDiffProbe
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// `stegdiff probe` (this binary, which `stegdiff probe` execs so that `stegdiff` itself never
/// links SwiftNIO): runs the client under the matrix, writes the archive, then hands the report
/// to `stegdiff scan` beside it, so formats, keying rules and exit status are scan's own.
struct ProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stegdiff probe",
        abstract: "Run a client once as it is (the control) and once per cell of an environment matrix, capture what it sends, and report which variable keys which perturbation.",
        discussion: """
            Each run's HTTP_PROXY, http_proxy, HTTPS_PROXY and https_proxy point at a loopback endpoint (127.0.0.1, a free port) \
            that answers as the Anthropic Messages and OpenAI Chat Completions and Responses APIs, NO_PROXY is cleared, and \
            ANTHROPIC_BASE_URL / OPENAI_BASE_URL point at it (OPENAI_BASE_URL with /v1) unless the matrix sets them; {probe} in a \
            value stands for http://127.0.0.1:PORT. The archive (DIR/captures.jsonl, scan's wrapper JSONL; DIR/baselines, the \
            control's prompts; DIR/runs.jsonl; DIR/logs) is then scanned as `stegdiff scan` does. Exit status as scan: 0 no \
            findings, 1 findings, 2 errors only or trouble.
            """
    )

    @Option(name: .customLong("matrix"), help: "NAME=V1,V2,... (repeatable): an environment variable and its values; the runs cover every combination.")
    var matrix: [String] = []

    @Option(name: .customLong("repeat"), help: "Runs of each cell (default: enough for at least 16 runs besides the control, and at least 2). Once is too few: 8 cells split 4/4 by a variable give p = 1/70 at best, above scan's 0.01, so no rule could pass.")
    var repeatCount: Int?

    @Option(help: "Seconds a run may take; then its whole process group is killed and the run is an error record.")
    var timeout: Double = 60

    @Option(help: "The archive folder (default: a new folder under /tmp, named on standard error).")
    var output: String?

    @Flag(help: "Continue the archive in --output of an interrupted probe of the same command and matrix after its last finished run.")
    var resume = false

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, table, sarif }

    @Option(help: "The report, as scan writes it: table, json (one document with summary.keyingRules), jsonl or sarif.")
    var format: Format = .table

    @Option(help: "Largest request body recorded, in bytes; a larger one is an error record.")
    var maxInputBytes: Int = 256 * 1024 * 1024

    @Option(help: "Lowest severity that makes the exit status 1: info, low, medium or high (default info: any finding).")
    var failOn: String = "info"

    @Option(help: "Salt of the hashes that replace credential-bearing labels (random per run by default).")
    var labelSalt: String?

    @Argument(parsing: .postTerminator, help: "The client command and its arguments, after --.")
    var command: [String] = []

    func validate() throws {
        if command.isEmpty { throw ValidationError("give the client command after --, e.g. stegdiff probe --matrix TZ=UTC,Asia/Shanghai -- python3 assistant.py") }
        if let repeatCount, repeatCount < 1 { throw ValidationError("--repeat must be 1 or more") }
        if !(timeout > 0) { throw ValidationError("--timeout must be more than 0 seconds") }
        if maxInputBytes < 0 { throw ValidationError("--max-input-bytes must be 0 or more") }
        if resume && output == nil { throw ValidationError("--resume needs --output") }
        if !["info", "low", "medium", "high"].contains(failOn) { throw ValidationError("--fail-on takes info, low, medium or high") }
    }

    func run() throws {
        var variables: [MatrixVariable] = []
        for text in matrix {
            switch MatrixVariable.parse(text) {
            case .success(let variable): variables.append(variable)
            case .failure(let error): throw ValidationError("--matrix \(error.description)")
            }
        }
        let probeMatrix: ProbeMatrix
        do { probeMatrix = try ProbeMatrix(variables) } catch { throw ValidationError(error.description) }
        let directory: String
        if let output {
            directory = output
        } else {
            var template = Array("/tmp/stegdiff-probe.XXXXXX".utf8CString)
            guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
                throw Trouble("cannot create a folder under /tmp: \(String(cString: strerror(errno)))")
            }
            directory = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        let scan = siblingPath("stegdiff")
        guard access(scan, X_OK) == 0 else { throw Trouble("\(scan): not found; stegdiff-probe reports through the stegdiff beside it (swift build builds both)") }
        let repeatCount = self.repeatCount ?? ProbeOptions.defaultRepeatCount(cells: probeMatrix.cellCount)
        let options = ProbeOptions(command: command, matrix: probeMatrix, repeatCount: repeatCount, timeout: timeout, maxBodyBytes: maxInputBytes,
                                   directory: directory, labelRedaction: labelSalt.map(LabelRedaction.init(salt:)) ?? .perProcess)
        let total = options.runs.count
        do {
            let runner = try ProbeRunner(options: options)
            writeError("probe: endpoint \(runner.endpointURL); \(probeMatrix.cellCount) cell\(probeMatrix.cellCount == 1 ? "" : "s") × \(repeatCount) + control = \(total) runs; archive \(directory)\n")
            runner.onRun = { outcome in
                let ending = outcome.timedOut ? "timed out" : outcome.signal.map { "signal \($0)" } ?? "exit \(outcome.exitStatus ?? -1)"
                writeError("probe: run \(outcome.run.index)/\(total - 1) (\(outcome.run.description)): \(outcome.requests) request\(outcome.requests == 1 ? "" : "s"), \(ending), \(String(format1(outcome.seconds))) s\n")
            }
            Interruption.install()
            try runner.run(resume: resume, shouldStop: Interruption.requested)
        } catch let error as ProbeError {
            throw Trouble(error.description)
        }
        if Interruption.requested() {
            writeError("stegdiff probe: interrupted; the finished runs are in \(directory); --output \(directory) --resume finishes the probe\n")
            throw ExitCode(130)
        }
        // The report is scan's: exec it, so its output and exit status are the probe's.
        var arguments = [scan, "scan", directory + "/captures.jsonl", "--corpus", directory + "/baselines", "--format", format.rawValue, "--fail-on", failOn]
        if let labelSalt { arguments += ["--label-salt", labelSalt] }
        let argv = arguments.map { strdup($0) } + [nil]
        execv(scan, argv)
        throw Trouble("\(scan): cannot run: \(String(cString: strerror(errno)))")
    }
}

/// SIGINT or SIGTERM during the runs: the handler only raises a flag; the run in progress is
/// stopped (its client's process group killed) and not logged, and the probe exits 130.
enum Interruption {
    private static let flag = Atomic<Bool>(false)

    static func install() {
        _ = flag.load(ordering: .relaxed)
        for number in [SIGINT, SIGTERM] {
            signal(number) { _ in
                if Interruption.flag.exchange(true, ordering: .relaxed) { _exit(130) }
            }
        }
    }

    static func requested() -> Bool { flag.load(ordering: .relaxed) }
}

/// One decimal.
func format1(_ value: Double) -> String { String((value * 10).rounded() / 10) }

/// A program in this executable's folder (the installed or built `stegdiff`).
func siblingPath(_ name: String) -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return name }
    let path = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) + "/" + name
}

/// Trouble that stops the probe: standard error, exit status 2.
struct Trouble: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func writeError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

do {
    let command = try ProbeCommand.parse(Array(CommandLine.arguments.dropFirst()))
    try command.run()
} catch let exit as ExitCode {
    Glibc.exit(exit.rawValue)
} catch let trouble as Trouble {
    writeError("stegdiff probe: \(trouble.description)\n")
    exit(2)
} catch {
    let code = ProbeCommand.exitCode(for: error)
    if code == .success { ProbeCommand.exit(withError: error) }
    writeError("stegdiff probe: " + ProbeCommand.fullMessage(for: error) + "\n")
    exit(2)
}
