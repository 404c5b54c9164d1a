import ArgumentParser
import StegDiff

/// `stegdiff merge`: the summary of several `scan --summary-out` partials (shards of one
/// archive), exactly as one scan over their union would write it.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge partial scan summaries (scan --summary-out) into the summary of the whole archive.",
        discussion: """
            The partials hold counts (captures by baseline, labels and marker sites), so the merged \
            summary, keying rules included, is byte for byte the summary one scan over the union of \
            the shards writes. Exit status as scan: 0 no findings, 1 findings, 2 errors only or trouble.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, table }

    @Argument(help: "Partial summaries written by `stegdiff scan --summary-out`.")
    var partials: [String]

    @Option(help: "jsonl: the summary record on one line (as the last line of scan's output); json: the summary pretty-printed; table: scan's closing table.")
    var format: Format = .jsonl

    @Option(help: "Also write the merged partial here (to merge again later).")
    var summaryOut: String?

    @Option(help: FailOn.help(default: "info: any finding"))
    var failOn: String = "info"

    func validate() throws {
        if partials.isEmpty { throw ValidationError("give at least one partial summary") }
        try FailOn.validate(failOn)
    }

    func run() throws {
        var totals = ScanTotals()
        for path in partials {
            let bytes = try InputReader.read(path, limit: Int.max)
            do { totals.merge(try ScanTotals(partialJSON: bytes)) } catch {
                throw Trouble(description: "\(ScanCommand.escaped(path)): \(error.description)")
            }
        }
        switch format {
        case .jsonl: try OutputWriter.write(totals.json.serialized(pretty: false) + "\n")
        case .json: try OutputWriter.write(totals.json.serialized() + "\n")
        case .table: try OutputWriter.write(ScanCommand.table(totals) + "\n")
        }
        if let summaryOut { try ScanCommand.writePartial(totals, to: summaryOut) }
        if format != .table { writeError(ScanCommand.accounting(totals) + "\n") }
        throw ScanCommand.exitStatus(totals, failOn: failOn)
    }
}
