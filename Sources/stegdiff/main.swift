import ArgumentParser
import StegDiff

#if canImport(Glibc)
import Glibc
#endif

/// The stegdiff command line: a thin shell over the StegDiff library.
/// Exit status follows diff(1): 0 no findings, 1 findings, 2 trouble.
struct StegdiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stegdiff",
        abstract: "Find covert perturbations between LLM system prompts.",
        version: ToolInfo.version,
        subcommands: [DiffCommand.self, ScanCommand.self, MergeCommand.self, InspectCommand.self, ExplainCommand.self, ProbeCommand.self]
    )
}

/// `stegdiff probe`: runs the sibling `stegdiff-probe` executable (beside this one) with the
/// arguments as given. The probe's HTTP server links SwiftNIO; kept out of this binary, it costs
/// `diff` nothing at start-up.
struct ProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "Run a client under an environment matrix behind a loopback API endpoint and report which variable keys which perturbation (see stegdiff probe --help)."
    )

    @Argument(parsing: .captureForPassthrough, help: "The probe's options, then -- and the client command.")
    var arguments: [String] = []

    func run() throws { try ProbeCommand.exec(arguments) }

    /// Replaces this process by `stegdiff-probe ARGUMENTS`; returns only by throwing.
    static func exec(_ arguments: [String]) throws {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let own = count > 0 ? String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        let probe = String(own[..<(own.lastIndex(of: "/") ?? own.startIndex)]) + "/stegdiff-probe"
        let argv = ([probe] + arguments).map { strdup($0) } + [nil]
        execv(probe, argv)
        let reason = String(cString: strerror(errno))
        execvp("stegdiff-probe", argv)  // not beside this binary: the one on PATH, if any
        throw Trouble(description: "\(probe): cannot run: \(reason), and no stegdiff-probe on PATH (stegdiff probe runs the stegdiff-probe built beside stegdiff: swift build builds both)")
    }
}

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Diff a candidate prompt against a baseline and classify every difference.",
        discussion: "Offsets are 0-based half-open byte ranges into the original files. Exit status: 0 no findings (at or above --fail-on), 1 findings, 2 trouble."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, sarif }

    @Argument(help: "The baseline prompt file ('-' for standard input).")
    var baseline: String

    @Argument(help: "The candidate prompt file ('-' for standard input).")
    var candidate: String

    @Option(help: "Output format: table, json, or sarif (SARIF 2.1.0, for code scanning).")
    var format: Format = .table

    @Option(help: "Largest input accepted, in bytes.")
    var maxInputBytes: Int = DiffCommand.defaultMaxInputBytes

    @Option(help: "Stop classifying after this many findings (the report says where it stopped).")
    var maxFindings: Int = DiffCommand.defaultMaxFindings

    @Option(help: FailOn.help(default: "info: any finding"))
    var failOn: String = "info"

    static let defaultMaxInputBytes = 256 * 1024 * 1024
    static let defaultMaxFindings = 10_000

    @OptionGroup var cost: DiffCostOptions

    func validate() throws {
        if baseline == "-" && candidate == "-" { throw ValidationError("only one side can be read from standard input ('-')") }
        if maxInputBytes < 0 { throw ValidationError("--max-input-bytes must be 0 or more") }
        if maxFindings < 1 { throw ValidationError("--max-findings must be 1 or more") }
        try FailOn.validate(failOn)
    }

    func run() throws {
        try DiffCommand.run(baseline: baseline, candidate: candidate, format: format, maxInputBytes: maxInputBytes,
                            maxFindings: maxFindings, limits: cost.limits, failOn: Severity(rawValue: failOn)!)
    }

    /// The diff itself, also called without the argument parser for the plain `diff A B`.
    static func run(baseline: String, candidate: String, format: Format = .table, maxInputBytes: Int = defaultMaxInputBytes,
                    maxFindings: Int = defaultMaxFindings, limits: DiffLimits = DiffLimits(), failOn: Severity = .info) throws {
        let old = try InputReader.read(baseline, limit: maxInputBytes)
        let new = try InputReader.read(candidate, limit: maxInputBytes)
        let candidateText = PromptText(bytes: new, source: candidate)
        let report = Differ.diff(baseline: PromptText(bytes: old, source: baseline), candidate: candidateText,
                                   options: DiffOptions(limits: limits, maxFindings: maxFindings))
        let output: String
        switch format {
        case .json: output = report.json.serialized() + "\n"
        case .sarif:
            var log = SARIFLog()
            log.add(report)
            output = log.json.serialized() + "\n"
        case .table:
            let environment = getenv("NO_COLOR").map { String(cString: $0) }
            let colors = isatty(STDOUT_FILENO) == 1 && (environment ?? "").isEmpty
            output = report.table(colors: colors, candidateText: candidateText)
        }
        try OutputWriter.write(output)
        throw ExitCode(report.findings.contains { $0.severity >= failOn } ? 1 : 0)
    }
}

/// `--fail-on SEVERITY`, shared by `diff`, `scan` and `inspect`: the lowest severity that makes
/// the exit status 1 (a CI job gating on medium is not failed by benign date drift at info).
enum FailOn {
    static func help(default description: String) -> ArgumentHelp {
        ArgumentHelp("Lowest severity that makes the exit status 1: info, low, medium or high (default \(description)).")
    }

    static func validate(_ value: String) throws {
        if Severity(rawValue: value) == nil { throw ValidationError("--fail-on takes info, low, medium or high") }
    }
}

/// The cost limits of the exact alignment, shared by `diff` and `scan`.
struct DiffCostOptions: ParsableArguments {
    @Option(help: "Largest edit distance (bytes) of the exact alignment before the bounded fallback.")
    var maxEditDistance: Int = DiffLimits().maxEditDistance

    @Option(help: "Most byte comparisons of the exact alignment before the bounded fallback.")
    var maxComparisons: Int = DiffLimits().maxComparisons

    func validate() throws {
        if maxEditDistance < 0 || maxComparisons < 0 { throw ValidationError("--max-edit-distance and --max-comparisons must be 0 or more") }
    }

    var limits: DiffLimits { DiffLimits(maxEditDistance: maxEditDistance, maxComparisons: maxComparisons) }
}

/// Trouble that stops a run: reported on standard error, exit status 2.
struct Trouble: Error, CustomStringConvertible {
    let description: String
}

enum InputReader {
    /// A whole file or standard input (`-`), with trouble (exit 2) naming the file.
    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        do { return try FileSystem.read(path, limit: limit) } catch { throw Trouble(description: error.description) }
    }
}

enum OutputWriter {
    /// Writes everything to standard output or throws (full disk, closed pipe): never a silent loss.
    static func write(_ text: String) throws { try RecordSink.standardOutput.write(text) }
}

/// Best effort: if standard error itself is gone there is nowhere left to report to.
func writeError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

signal(SIGPIPE, SIG_IGN)
do {
    // Arguments byte for byte, so a file name that is not UTF-8 can still be opened.
    let arguments = FileSystem.rawArguments() ?? Array(CommandLine.arguments.dropFirst())
    if arguments.first == "probe" {
        // Every argument goes to the probe as given (its own --help included).
        try ProbeCommand.exec(Array(arguments.dropFirst()))
    }
    if arguments.count == 3, arguments[0] == "diff", arguments[1...].allSatisfy({ !$0.hasPrefix("-") }) {
        // The plain `diff A B` (every option at its default) skips the argument parser: building
        // its command tree by reflection cost 2.5 ms of an 11 ms diff.
        try DiffCommand.run(baseline: arguments[1], candidate: arguments[2])
    } else {
        var command = try StegdiffCommand.parseAsRoot(arguments)
        try command.run()
    }
} catch let exit as ExitCode {
    Glibc.exit(exit.rawValue)
} catch let trouble as Trouble {
    writeError("stegdiff: \(trouble.description)\n")
    Glibc.exit(2)
} catch {
    let code = StegdiffCommand.exitCode(for: error)
    if code == .success {
        StegdiffCommand.exit(withError: error)  // --help, --version
    }
    writeError("stegdiff: " + StegdiffCommand.fullMessage(for: error) + "\n")
    Glibc.exit(2)
}
