extension DiffReport {
    /// The report as JSON (schema version `DiffReport.schemaVersion`, documented in README.md).
    ///
    /// Output is deterministic: keys in a fixed order, findings in offset order, ASCII only.
    public var json: JSONValue {
        func input(_ description: InputDescription) -> JSONValue {
            .object([
                ("path", .string(description.path)),
                ("byteCount", .int(description.byteCount)),
                ("sha256", .string(description.sha256)),
                ("encoding", .string(description.encoding.rawValue)),
                ("invalidSequenceCount", .int(description.invalidSequenceCount)),
            ])
        }
        return .object(ToolInfo.identification(versions) + [
            ("baseline", input(baseline)),
            ("candidate", input(candidate)),
            ("alignment", .string(alignment.rawValue)),
            ("notes", .array(notes.map(JSONValue.string))),
            ("findings", .array(findings.map(\.json))),
            ("summary", .object([
                ("total", .int(findings.count)),
                ("byKind", .object(FindingKind.allCases.map { ($0.rawValue, .int(countsByKind[$0] ?? 0)) })),
                ("bySeverity", .object(Severity.allCases.reversed().map { ($0.rawValue, .int(countsBySeverity[$0] ?? 0)) })),
            ])),
        ])
    }
}

extension ToolInfo {
    /// The members every JSON document and record of stegdiff opens with: `schemaVersion` and
    /// `tool` (`name`, `version` and, when given, the ICU, Unicode and CLDR versions used), so a
    /// report saved on its own still says what made it and how to read it.
    public static func identification(_ versions: UnicodeVersions? = nil) -> [(String, JSONValue)] {
        var tool: [(String, JSONValue)] = [("name", .string(name)), ("version", .string(version))]
        if let versions {
            tool += [("icuVersion", .string(versions.icu)), ("unicodeVersion", .string(versions.unicode)), ("cldrVersion", .string(versions.cldr))]
        }
        return [("schemaVersion", .int(DiffReport.schemaVersion)), ("tool", .object(tool))]
    }
}

extension Finding {
    /// How many code points a JSON side lists by name (`codePointCount` gives the total).
    public static let maxListedCodePoints = 256

    /// The finding as a JSON object (see README.md, "JSON report").
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("kind", .string(kind.rawValue)),
            ("subkind", subkind.map(JSONValue.string) ?? .null),
            ("severity", .string(severity.rawValue)),
            ("message", .string(message)),
            ("baseline", baseline.json),
            ("candidate", candidate.json),
            ("line", .int(candidate.line)),
            ("column", .int(candidate.column)),
        ]
        if let legitimateUse { members.append(("legitimateUse", .string(legitimateUse))) }
        if let decodedTag { members.append(("decodedTag", .string(decodedTag))) }
        if !occurrences.isEmpty {
            members.append(("occurrences", .array(occurrences.map { occurrence in
                .object([("baseline", .object([("start", .int(occurrence.baseline.start)), ("end", .int(occurrence.baseline.end))])),
                         ("candidate", .object([("start", .int(occurrence.candidate.start)), ("end", .int(occurrence.candidate.end))]))])
            })))
        }
        if let date {
            members.append(("date", .object([
                ("baselinePattern", .string(date.baselinePattern)),
                ("candidatePattern", .string(date.candidatePattern)),
                ("baselineValue", .string(date.baselineValue)),
                ("candidateValue", .string(date.candidateValue)),
                ("localesUsingCandidatePattern", .array(date.localesUsingCandidatePattern.map(JSONValue.string))),
            ] + date.timeMembers)))
        }
        return .object(members)
    }
}

extension FindingSide {
    /// The side as a JSON object: `start`, `end`, `line`, `column`, `endLine`, `endColumn`,
    /// `text`, `codePointCount`, `codePoints` (at most `Finding.maxListedCodePoints`, with ICU
    /// names) and `scripts`.
    public var json: JSONValue {
        // Long hunks (a coarse replacement) would swamp the report: list at most 256 code points.
        let listed = codePoints.prefix(Finding.maxListedCodePoints)
        var scripts: [String] = []
        for codePoint in codePoints.prefix(4096) {
            let script = ICU.scriptName(of: codePoint)
            if !scripts.contains(script) { scripts.append(script) }
        }
        return .object([
            ("start", .int(range.start)),
            ("end", .int(range.end)),
            ("line", .int(line)),
            ("column", .int(column)),
            ("endLine", .int(endLine)),
            ("endColumn", .int(endColumn)),
            ("text", .string(text)),
            ("codePointCount", .int(codePoints.count)),
            ("codePoints", .array(listed.map { .string("U+" + hex4($0) + " " + ICU.name(of: $0)) })),
            ("scripts", .array(scripts.map(JSONValue.string))),
        ])
    }
}

extension DateDetail {
    /// The members about times and zones, present only when the dates have them.
    fileprivate var timeMembers: [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if let baselineDateTime { members.append(("baselineDateTime", .string(baselineDateTime))) }
        if let candidateDateTime { members.append(("candidateDateTime", .string(candidateDateTime))) }
        if let baselineOffset { members.append(("baselineOffset", .string(baselineOffset))) }
        if let candidateOffset { members.append(("candidateOffset", .string(candidateOffset))) }
        if let baselineZone { members.append(("baselineZone", .string(baselineZone))) }
        if let candidateZone { members.append(("candidateZone", .string(candidateZone))) }
        if let zonesWithCandidateOffset { members.append(("zonesWithCandidateOffset", .array(zonesWithCandidateOffset.map(JSONValue.string)))) }
        if let timeZoneDataVersion { members.append(("timeZoneDataVersion", .string(timeZoneDataVersion))) }
        return members
    }
}
