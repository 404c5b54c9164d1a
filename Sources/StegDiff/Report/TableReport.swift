/// Makes hidden characters visible for terminals: `⟨U+200B ZERO WIDTH SPACE⟩`.
public enum VisibleText {
    /// Every character that is not printable ASCII as a `⟨U+XXXX NAME⟩` escape. A space stays a
    /// space unless the text is nothing but spaces (then it must be seen). At most `limit`
    /// escapes and 60 plain characters are shown; the rest is summarized as `… (+N code points)`.
    public static func escapeAll(_ codePoints: [UInt32], limit: Int = .max) -> String {
        var output = ""
        var escapes = 0, plain = 0, shown = 0
        let onlySpaces = codePoints.allSatisfy { $0 == 0x20 }
        for codePoint in codePoints {
            let isPlain = codePoint >= 0x21 && codePoint <= 0x7E || (codePoint == 0x20 && !onlySpaces)
            if isPlain ? plain >= 60 : escapes >= limit { break }
            if isPlain {
                output.unicodeScalars.append(Unicode.Scalar(codePoint)!)
                plain += 1
            } else {
                output += "⟨U+\(hex4(codePoint)) \(ICU.name(of: codePoint))⟩"
                escapes += 1
            }
            shown += 1
        }
        if codePoints.count > shown { output += "… (+\(codePoints.count - shown) code points)" }
        return output
    }

    /// `escapeInvisible` for a string (paths, labels, reasons shown to a terminal).
    public static func escapeInvisible(_ text: String) -> String { escapeInvisible(text.unicodeScalars.map(\.value)) }

    /// Printable text kept as is (CJK, accents), but invisible, control, space-like and bidi
    /// characters escaped as `⟨U+XXXX⟩` and line breaks shown as `↵`, for context snippets.
    public static func escapeInvisible(_ codePoints: [UInt32], limit: Int = .max) -> String {
        var output = ""
        for codePoint in codePoints.prefix(limit) {
            if codePoint == 0x0A { output += "↵"; continue }
            if codePoint >= FileSystem.rawByteBase + 0x80 && codePoint <= FileSystem.rawByteBase + 0xFF {
                output += "\\x" + hex4(codePoint - FileSystem.rawByteBase).suffix(2)  // a file-name byte that is not UTF-8
                continue
            }
            let isPlainASCII = codePoint >= 0x20 && codePoint <= 0x7E
            // UCharCategory 0 unassigned, 15 Cc, 16 Cf, 17 Co (private use), 18 Cs (surrogate).
            if !isPlainASCII, codePoint < 0xA0 || InvisibleClass.subkind(of: codePoint) != nil
                || ICU.properties(of: codePoint).contains(.whiteSpace) || [0, 15, 16, 17, 18].contains(ICU.generalCategory(of: codePoint))
                || ICU.isCombiningMark(codePoint) || codePoint == 0xFFFD || (codePoint & 0xFFFE) == 0xFFFE {
                output += "⟨U+\(hex4(codePoint))⟩"
            } else {
                output.unicodeScalars.append(Unicode.Scalar(codePoint) ?? "\u{FFFD}")
            }
        }
        if codePoints.count > limit { output += "…(+\(codePoints.count - limit))" }
        return output
    }
}

extension DiffReport {
    /// The report as a terminal table: one row per finding with location, kind, severity,
    /// before → after (every non-ASCII character escaped) and a context snippet; then a summary.
    ///
    /// - Parameters:
    ///   - colors: wrap severities in ANSI colours (callers decide: only on a TTY, never with NO_COLOR).
    ///   - candidateText: the candidate, for context snippets.
    public func table(colors: Bool, candidateText: PromptText) -> String {
        var lines: [String] = []
        // Paths are escaped too: a file name can carry the very characters this tool exposes.
        let paths = [baseline.path, candidate.path].map { VisibleText.escapeInvisible($0) }
        lines.append("stegdiff: \(paths[0]) → \(paths[1])")
        if findings.isEmpty {
            lines.append("no findings")
        } else {
            lines.append(pad("LOCATION", 18) + pad("KIND", 30) + pad("SEVERITY", 10) + "BEFORE → AFTER")
            for finding in findings {
                let location = "\(finding.candidate.line):\(finding.candidate.column) @\(finding.candidate.range.start)"
                var kind = finding.kind.rawValue
                if let subkind = finding.subkind { kind += "/" + subkind }
                let severity = pad(finding.severity.rawValue, 10)
                let before = finding.baseline.codePoints.isEmpty ? "∅" : VisibleText.escapeAll(finding.baseline.codePoints, limit: 8)
                let after = finding.candidate.codePoints.isEmpty ? "∅" : VisibleText.escapeAll(finding.candidate.codePoints, limit: 8)
                lines.append(pad(location, 18) + pad(kind, 30) + paint(severity, finding.severity, colors) + before + " → " + after)
                var detail = "    " + finding.message
                if let legitimateUse = finding.legitimateUse { detail += " [legitimate use: \(legitimateUse)]" }
                if let decodedTag = finding.decodedTag { detail += " [hidden text: \"\(decodedTag)\"]" }
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
        let severities = Severity.allCases.reversed().compactMap { severity in
            countsBySeverity[severity].map { "\($0) \(severity.rawValue)" }
        }
        let kinds = FindingKind.allCases.compactMap { kind in countsByKind[kind].map { "\(kind.rawValue) \($0)" } }
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
