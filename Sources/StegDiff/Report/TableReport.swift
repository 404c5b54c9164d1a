extension DiffReport {
    /// The report as a terminal table: one row per finding with location, kind, severity,
    /// before → after (every non-ASCII character escaped, but for edits and dates only what is hidden or
    /// looks like ASCII) and a context snippet; then a summary.
    ///
    /// - Parameters:
    ///   - colors: wrap severities in ANSI colours (callers decide: only on a TTY, never with NO_COLOR).
    ///   - candidateText: the candidate, for context snippets.
    public func table(colors: Bool, candidateText: PromptText) -> String {
        var lines: [String] = []
        // Paths are escaped too: a file name can carry the very characters this tool exposes.
        let paths = [baseline.path, candidate.path].map { VisibleText.escapeInvisible($0) }
        // Identical inputs (no finding, nothing to note) are one line, as quiet as diff(1) allows.
        guard !findings.isEmpty || !notes.isEmpty else { return "stegdiff: \(paths[0]) → \(paths[1]): no findings\n" }
        lines.append("stegdiff: \(paths[0]) → \(paths[1])")
        if !findings.isEmpty {
            lines.append(pad("LOCATION", 18) + pad("KIND", 30) + pad("SEVERITY", 10) + "BEFORE → AFTER")
            for finding in findings {
                let location = "\(finding.candidate.line):\(finding.candidate.column) @\(finding.candidate.range.start)"
                var kind = finding.kind.rawValue
                if let subkind = finding.subkind { kind += "/" + subkind }
                let severity = pad(finding.severity.rawValue, 10)
                // Where the finding is about words (an edit, a date), ideographs and accented
                // letters stay readable; where it is about which code point, every one is named.
                let aboutWords = finding.kind == .edit || finding.kind == .dateFormat || finding.kind == .dateValue
                let escape = aboutWords ? VisibleText.escapeSuspicious : VisibleText.escapeAll
                let before = finding.baseline.codePoints.isEmpty ? "∅" : escape(finding.baseline.codePoints, 8)
                let after = finding.candidate.codePoints.isEmpty ? "∅" : escape(finding.candidate.codePoints, 8)
                lines.append(pad(location, 18) + pad(kind, 30) + paint(severity, finding.severity, colors) + before + " → " + after)
                var detail = "    " + finding.message
                if let legitimateUse = finding.legitimateUse { detail += " [legitimate use: \(legitimateUse)]" }
                if let decodedTag = finding.decodedTag { detail += " [hidden text: \"\(decodedTag)\"]" }
                if !finding.occurrences.isEmpty {
                    let places = finding.occurrences.prefix(12).map { "@\($0.candidate.start)" }.joined(separator: ", ")
                    detail += " [at \(places)\(finding.occurrences.count > 12 ? ", … (\(finding.occurrences.count))" : "")]"
                }
                if let date = finding.date, !date.localesUsingCandidatePattern.isEmpty {
                    let locales = date.localesUsingCandidatePattern
                    detail += " [default in \(locales.prefix(8).joined(separator: ", "))\(locales.count > 8 ? " and \(locales.count - 8) more" : "")]"
                }
                lines.append(detail)
                lines.append("    context: " + context(finding, candidateText))
            }
        }
        for note in notes { lines.append("note: " + note) }
        lines.append(summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `5 findings: 3 high, 1 medium, 1 info (invisible 2, homoglyph 1, …)`.
    public var summaryLine: String {
        guard !findings.isEmpty else { return "0 findings" }
        // Counted pass by pass, not through countsBySeverity / countsByKind: each was a dictionary
        // recomputed per severity and kind, and the first dictionary of an enum key costs the
        // runtime about 200,000 instructions to set up (4 % of a small diff).
        let severities = Severity.allCases.reversed().compactMap { severity in
            let count = findings.count { $0.severity == severity }
            return count == 0 ? nil : "\(count) \(severity.rawValue)"
        }
        let kinds = FindingKind.allCases.compactMap { kind in
            let count = findings.count { $0.kind == kind }
            return count == 0 ? nil : "\(kind.rawValue) \(count)"
        }
        return "\(findings.count) finding\(findings.count == 1 ? "" : "s"): \(severities.joined(separator: ", ")) (\(kinds.joined(separator: ", ")))"
    }

    private func context(_ finding: Finding, _ text: PromptText) -> String {
        let bytes = text.analysisBytes
        let range = finding.candidateAnalysisRange.clamped(to: 0..<bytes.count)
        let before = LegitimateUse.scalarsBefore(bytes, range.lowerBound, limit: 24)
        let inside = TextUnit.decode(bytes, range).flatMap(\.codePoints)
        let after = LegitimateUse.scalarsAfter(bytes, range.upperBound, limit: 24)
        return "…" + VisibleText.escapeInvisible(before) + "⟦" + VisibleText.escapeInvisible(inside, limit: 40) + "⟧"
            + VisibleText.escapeInvisible(after) + "…"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        let count = text.unicodeScalars.count
        return count >= width ? text + " " : text + String(repeating: " ", count: width - count)
    }

    private func paint(_ text: String, _ severity: Severity, _ colors: Bool) -> String {
        guard colors else { return text }
        let code = switch severity { case .high: "1;31"; case .medium: "33"; case .low: "36"; case .info: "2" }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
