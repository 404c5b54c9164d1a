extension InspectReport {
    /// The report as JSON: `schemaVersion`, `tool`, `input`, `findings` (kind, subkind, severity,
    /// message, `location` as `FindingSide.json`, legitimateUse, decodedTag, date), `notes`, `summary`.
    public var json: JSONValue {
        .object(ToolInfo.identification(versions) + [
            ("input", .object([("path", .string(input.path)), ("byteCount", .int(input.byteCount)), ("sha256", .string(input.sha256)),
                               ("encoding", .string(input.encoding.rawValue)), ("invalidSequenceCount", .int(input.invalidSequenceCount))])),
            ("findings", .array(findings.map { finding in
                var members: [(String, JSONValue)] = [
                    ("kind", .string(finding.kind.rawValue)), ("subkind", finding.subkind.map(JSONValue.string) ?? .null),
                    ("severity", .string(finding.severity.rawValue)), ("message", .string(finding.message)),
                    ("location", finding.location.json),
                ]
                if let legitimateUse = finding.legitimateUse { members.append(("legitimateUse", .string(legitimateUse))) }
                if let decodedTag = finding.decodedTag { members.append(("decodedTag", .string(decodedTag))) }
                if let date = finding.date {
                    members.append(("date", .object([
                        ("pattern", .string(date.pattern)), ("value", .string(date.value)),
                        ("prevailingPattern", .string(date.prevailingPattern)), ("prevailingCount", .int(date.prevailingCount)),
                        ("localesUsingPattern", .array(date.localesUsingPattern.map(JSONValue.string))),
                    ])))
                }
                return .object(members)
            })),
            ("notes", .array(notes.map(JSONValue.string))),
            ("summary", .object([
                ("total", .int(findings.count)),
                ("bySeverity", .object(Severity.allCases.reversed().map { severity in (severity.rawValue, .int(findings.filter { $0.severity == severity }.count)) })),
            ])),
        ])
    }

    /// One line per finding with location, kind, severity, escaped text and reason; then a summary line.
    public var table: String {
        var lines = ["stegdiff inspect: " + VisibleText.escapeInvisible(input.path)]
        for finding in findings {
            var kind = finding.kind.rawValue
            if let subkind = finding.subkind { kind += "/" + subkind }
            var line = "\(finding.location.line):\(finding.location.column) @\(finding.location.range.start)  \(kind)  \(finding.severity.rawValue)  "
                + VisibleText.escapeAll(finding.location.codePoints, limit: 8)
            if let legitimateUse = finding.legitimateUse { line += "  [legitimate use: \(legitimateUse)]" }
            if let decodedTag = finding.decodedTag { line += "  [hidden text: \"\(VisibleText.escapeInvisible(decodedTag))\"]" }
            if let date = finding.date { line += "  [\(date.pattern), unlike \(date.prevailingPattern) used by \(date.prevailingCount) date\(date.prevailingCount == 1 ? "" : "s")]" }
            lines.append(line)
        }
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = findings.filter { $0.severity == severity }.count
            return count == 0 ? nil : "\(count) \(severity.rawValue)"
        }
        lines += notes.map { "note: " + $0 }
        lines.append("\(findings.count) finding\(findings.count == 1 ? "" : "s")" + (counts.isEmpty ? "" : ": " + counts.joined(separator: ", ")))
        return lines.joined(separator: "\n") + "\n"
    }
}


extension SARIFLog {
    /// Adds an inspection's findings, located in the inspected input.
    public mutating func add(_ report: InspectReport) {
        artifact(report.input)
        versions = report.versions
        for finding in report.findings {
            var properties: [(String, JSONValue)] = [("severity", .string(finding.severity.rawValue))]
            if let subkind = finding.subkind { properties.append(("subkind", .string(subkind))) }
            if let legitimateUse = finding.legitimateUse { properties.append(("legitimateUse", .string(legitimateUse))) }
            if let decodedTag = finding.decodedTag { properties.append(("decodedTag", .string(decodedTag))) }
            let side = finding.location
            results.append(Result(
                kind: finding.kind, subkind: finding.subkind, severity: finding.severity,
                message: SARIFLog.messageText(finding.message, legitimateUse: finding.legitimateUse, decodedTag: finding.decodedTag),
                location: Location(path: report.input.path, range: side.range, start: (side.line, side.column), end: (side.endLine, side.endColumn)),
                fingerprintBasis: SARIFLog.fingerprintBasis(finding.kind, finding.subkind, [], side.codePoints), properties: properties))
        }
    }
}
