import ArgumentParser
import StegDiff

/// `stegdiff inspect`: one text, no baseline. Exit 1 when a finding reaches --fail-on.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Find hidden characters, look-alike letters and unusual spaces in single prompts (no baseline).",
        discussion: "Legitimate uses (RGI emoji sequences, joiners in Arabic and Indic words, French NBSP, bidi marks in right-to-left text, genuine words of another script) are reported at severity info with the reason, so they show but do not fail the gate; --strict gives them their kind's full severity. Exit status: 0 nothing at or above --fail-on, 1 found, 2 trouble."
    )

    @Argument(help: "Files and folders ('-' for standard input).")
    var inputs: [String]

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, sarif }

    @Option(help: "Output format: table, json (one document {schemaVersion, tool, reports} for all inputs), jsonl (one report per line, streamed) or sarif (one SARIF 2.1.0 log for all inputs).")
    var format: Format = .table

    @Option(help: FailOn.help(default: "high"))
    var failOn: String = "high"

    @Option(help: "Largest input accepted, in bytes.")
    var maxInputBytes: Int = 256 * 1024 * 1024

    @Flag(help: "Trust no legitimate use: report emoji joiners, Persian ZWNJ, French NBSP… at their kind's full severity (still saying why they may be legitimate).")
    var strict = false

    func validate() throws {
        try FailOn.validate(failOn)
        if inputs.isEmpty { throw ValidationError("give at least one file, folder or '-'") }
    }

    func run() throws {
        let threshold = Severity(rawValue: failOn)!
        var failed = false, trouble = false
        var sarif = SARIFLog()
        var reports: [JSONValue] = []
        // A folder is walked (regular files only); anything named outright is read as `diff` reads
        // it, so `inspect <(…)` and a FIFO work as they do there.
        let paths = inputs.flatMap { input -> [FileSystem.Entry] in
            FileSystem.isDirectory(input) ? FileSystem.files(under: [input]) : [.file(input)]
        }
        for entry in paths {
            guard case .file(let path) = entry else {
                if case .failure(let path, let reason) = entry {
                    writeError("stegdiff: \(VisibleText.escapeInvisible(path)): \(reason)\n")
                    sarif.addProblem(path: path, offset: nil, message: reason)
                }
                trouble = true
                continue
            }
            let bytes: [UInt8]
            do { bytes = try FileSystem.read(path, limit: maxInputBytes) } catch {
                writeError("stegdiff: \(VisibleText.escapeInvisible(error.description))\n")
                sarif.addProblem(path: path, offset: nil, message: error.reason)
                trouble = true
                continue
            }
            let report = Inspector.inspect(PromptText(bytes: bytes, source: path), strict: strict)
            if report.findings.contains(where: { $0.severity >= threshold }) { failed = true }
            switch format {
            case .table: try OutputWriter.write(report.table)
            case .json: reports.append(report.json)
            case .jsonl: try OutputWriter.write(report.json.serialized(pretty: false) + "\n")
            case .sarif: sarif.add(report)
            }
        }
        if format == .sarif { try OutputWriter.write(sarif.json.serialized() + "\n") }
        if format == .json {
            let document = JSONValue.object(ToolInfo.identification(UnicodeVersions.current) + [("reports", .array(reports))])
            try OutputWriter.write(document.serialized() + "\n")
        }
        throw ExitCode(failed ? 1 : trouble ? 2 : 0)
    }
}

/// `stegdiff explain U+200B`: what a character is, why it matters, and its ICU properties.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain a character: U+200B, 200B, a name, or the character itself.")

    @Argument(help: "Characters to explain.")
    var characters: [String]

    func run() throws {
        var unknown = false
        for query in characters {
            if let explanation = CharacterExplanation(query) {
                try OutputWriter.write(explanation.text)
            } else {
                writeError("stegdiff: \(VisibleText.escapeInvisible(query)): not a code point or character name\n")
                unknown = true
            }
        }
        if unknown { throw ExitCode(2) }
    }
}
