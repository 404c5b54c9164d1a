/// A SARIF 2.1.0 log of stegdiff results, in the shape GitHub code scanning accepts: one rule per
/// finding kind with help text, results with 1-based start/end line and code-point column plus
/// byte offsets, `partialFingerprints`, and for diffs the baseline side as a related location.
///
/// Build it up from `diff`, `inspect` or `scan` results, then take `json`:
/// ```swift
/// var log = SARIFLog()
/// log.add(Differ.diff(baseline: old, candidate: new))
/// print(log.json.serialized())
/// ```
public struct SARIFLog: Sendable {
    /// The schema the log declares (`$schema`): the OASIS SARIF 2.1.0 schema.
    public static let schemaURI = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"

    struct Location: Sendable {
        var path: String
        var range: ByteRange
        var start: (line: Int, column: Int)
        var end: (line: Int, column: Int)
    }

    struct Result: Sendable {
        var kind: FindingKind
        var subkind: String?
        var severity: Severity
        var message: String
        var location: Location
        var related: Location?
        var relatedMessage: String?
        var fingerprintBasis: String
        var properties: [(String, JSONValue)]
    }

    struct Notification: Sendable {
        var level: String
        var path: String
        var offset: Int?
        var message: String
    }

    var results: [Result] = []
    var notifications: [Notification] = []
    var artifacts: [(path: String, byteCount: Int?, sha256: String?, encoding: String?)] = []
    var versions = UnicodeVersions.current

    /// An empty log.
    public init() {}

    /// Adds a diff's findings: each located in the candidate, with the baseline side related.
    public mutating func add(_ report: DiffReport) {
        artifact(report.candidate)
        artifact(report.baseline)
        versions = report.versions
        for finding in report.findings {
            results.append(result(finding, in: report.candidate.path, baselinePath: report.baseline.path, candidateFile: nil))
        }
    }

    /// Records trouble that is not a finding (an unreadable file): shown as a tool notification.
    public mutating func addProblem(path: String, offset: Int?, message: String) {
        notifications.append(Notification(level: "error", path: path, offset: offset, message: message))
    }

    mutating func artifact(_ input: InputDescription) {
        if let index = artifacts.firstIndex(where: { $0.path == input.path }) {
            artifacts[index] = (input.path, input.byteCount, input.sha256, input.encoding.rawValue)
        } else {
            artifacts.append((input.path, input.byteCount, input.sha256, input.encoding.rawValue))
        }
    }

    /// A diff finding as a result; `candidateFile` is the whole capture file when the candidate
    /// is embedded in one (its lines and columns then count in that file).
    func result(_ finding: Finding, in path: String, baselinePath: String, candidateFile: PromptText?) -> Result {
        func location(_ side: FindingSide, _ path: String, _ file: PromptText?) -> Location {
            if let file {
                return Location(path: path, range: side.range, start: file.lineAndColumn(atOriginalOffset: side.range.start),
                                end: file.lineAndColumn(atOriginalOffset: side.range.end))
            }
            return Location(path: path, range: side.range, start: (side.line, side.column), end: (side.endLine, side.endColumn))
        }
        var properties: [(String, JSONValue)] = [("severity", .string(finding.severity.rawValue))]
        if let subkind = finding.subkind { properties.append(("subkind", .string(subkind))) }
        if let legitimateUse = finding.legitimateUse { properties.append(("legitimateUse", .string(legitimateUse))) }
        if let decodedTag = finding.decodedTag { properties.append(("decodedTag", .string(decodedTag))) }
        if !finding.occurrences.isEmpty {
            // A grouped finding (homoglyph/uniform) stands for every one of these byte ranges.
            properties.append(("occurrences", .array(finding.occurrences.map { occurrence in
                .object([("baseline", .object([("start", .int(occurrence.baseline.start)), ("end", .int(occurrence.baseline.end))])),
                         ("candidate", .object([("start", .int(occurrence.candidate.start)), ("end", .int(occurrence.candidate.end))]))])
            })))
        }
        if let date = finding.date {
            properties.append(("date", .object([
                ("baselinePattern", .string(date.baselinePattern)), ("candidatePattern", .string(date.candidatePattern)),
                ("baselineValue", .string(date.baselineValue)), ("candidateValue", .string(date.candidateValue)),
            ])))
        }
        let baselineText = finding.baseline.codePoints.isEmpty ? "nothing" : VisibleText.escapeAll(finding.baseline.codePoints, limit: 8)
        return Result(
            kind: finding.kind, subkind: finding.subkind, severity: finding.severity,
            message: SARIFLog.messageText(finding.message, legitimateUse: finding.legitimateUse, decodedTag: finding.decodedTag),
            location: location(finding.candidate, path, candidateFile),
            related: location(finding.baseline, baselinePath, nil),
            relatedMessage: "baseline: " + baselineText,
            fingerprintBasis: SARIFLog.fingerprintBasis(finding.kind, finding.subkind, finding.baseline.codePoints, finding.candidate.codePoints),
            properties: properties)
    }

    static func messageText(_ message: String, legitimateUse: String?, decodedTag: String?) -> String {
        var text = VisibleText.escapeInvisible(message)
        if let decodedTag { text += " [hidden text: \"" + VisibleText.escapeInvisible(decodedTag) + "\"]" }
        if let legitimateUse { text += " [legitimate use: " + legitimateUse + "]" }
        return text
    }

    static func fingerprintBasis(_ kind: FindingKind, _ subkind: String?, _ before: [UInt32], _ after: [UInt32]) -> String {
        "\(kind.rawValue)|\(subkind ?? "")|\(before.prefix(64).map { hex4($0) }.joined(separator: " "))|\(after.prefix(64).map { hex4($0) }.joined(separator: " "))"
    }

    /// The log as a SARIF 2.1.0 JSON object (ASCII-only, deterministic).
    public var json: JSONValue {
        var artifactIndex: [String: Int] = [:]
        var allArtifacts = artifacts
        for path in results.map(\.location.path) + results.compactMap(\.related?.path) + notifications.map(\.path)
        where !allArtifacts.contains(where: { $0.path == path }) {
            allArtifacts.append((path, nil, nil, nil))
        }
        for (index, artifact) in allArtifacts.enumerated() { artifactIndex[artifact.path] = index }

        func artifactLocation(_ path: String) -> JSONValue {
            .object([("uri", .string(SARIFLog.uri(for: path))), ("index", .int(artifactIndex[path]!))])
        }
        func physical(_ location: Location) -> JSONValue {
            .object([
                ("artifactLocation", artifactLocation(location.path)),
                ("region", .object([
                    ("startLine", .int(location.start.line)), ("startColumn", .int(location.start.column)),
                    ("endLine", .int(location.end.line)), ("endColumn", .int(location.end.column)),
                    ("byteOffset", .int(location.range.start)), ("byteLength", .int(location.range.count)),
                ])),
            ])
        }
        // The same change at several places of one file gets distinct fingerprints, stable across
        // runs as long as the order of those places holds, and independent of line moves.
        var occurrences: [String: Int] = [:]
        let resultValues: [JSONValue] = results.map { result in
            let basis = result.location.path + "|" + result.fingerprintBasis
            let occurrence = occurrences[basis, default: 0]
            occurrences[basis] = occurrence + 1
            let hash = String(SHA256.hexDigest(of: Array(result.fingerprintBasis.utf8)).prefix(32)) + ":\(occurrence + 1)"
            var members: [(String, JSONValue)] = [
                ("ruleId", .string(result.kind.rawValue)),
                ("ruleIndex", .int(FindingKind.allCases.firstIndex(of: result.kind)!)),
                ("level", .string(SARIFLog.level(result.severity))),
                ("message", .object([("text", .string(result.message))])),
                ("locations", .array([.object([("physicalLocation", physical(result.location))])])),
            ]
            if let related = result.related {
                members.append(("relatedLocations", .array([.object([
                    ("id", .int(1)),
                    ("physicalLocation", physical(related)),
                    ("message", .object([("text", .string(result.relatedMessage ?? "baseline"))])),
                ])])))
            }
            members.append(("partialFingerprints", .object([("stegdiffFindingHash/v1", .string(hash))])))
            members.append(("properties", .object(result.properties)))
            return .object(members)
        }
        let notificationValues: [JSONValue] = notifications.map { notification in
            var location: [(String, JSONValue)] = [("artifactLocation", artifactLocation(notification.path))]
            if let offset = notification.offset { location.append(("region", .object([("byteOffset", .int(offset))]))) }
            return .object([
                ("level", .string(notification.level)),
                ("message", .object([("text", .string(VisibleText.escapeInvisible(notification.message)))])),
                ("locations", .array([.object([("physicalLocation", .object(location))])])),
            ])
        }
        let artifactValues: [JSONValue] = allArtifacts.map { artifact in
            var members: [(String, JSONValue)] = [("location", .object([("uri", .string(SARIFLog.uri(for: artifact.path)))]))]
            if let byteCount = artifact.byteCount { members.append(("length", .int(byteCount))) }
            if let sha256 = artifact.sha256 { members.append(("hashes", .object([("sha-256", .string(sha256))]))) }
            if let encoding = artifact.encoding { members.append(("encoding", .string(encoding))) }
            return .object(members)
        }
        let run: JSONValue = .object([
            ("tool", .object([("driver", .object([
                ("name", .string("stegdiff")),
                ("semanticVersion", .string(ToolInfo.version)),
                ("rules", .array(FindingKind.allCases.map(SARIFLog.rule))),
            ]))])),
            ("invocations", .array([.object([
                ("executionSuccessful", .bool(!notifications.contains { $0.level == "error" })),
                ("toolExecutionNotifications", .array(notificationValues)),
            ])])),
            ("artifacts", .array(artifactValues)),
            ("results", .array(resultValues)),
            ("columnKind", .string("unicodeCodePoints")),
            ("properties", .object([("icuVersion", .string(versions.icu)), ("unicodeVersion", .string(versions.unicode)),
                                    ("cldrVersion", .string(versions.cldr))])),
        ])
        return .object([("$schema", .string(SARIFLog.schemaURI)), ("version", .string("2.1.0")), ("runs", .array([run]))])
    }

    /// SARIF levels: high is an error, medium a warning, low a note; info (benign drift and
    /// legitimate use) is `none`, so it is on record without raising an alert.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .high: "error"
        case .medium: "warning"
        case .low: "note"
        case .info: "none"
        }
    }

    /// A URI reference for a path: relative paths stay relative (code scanning resolves them
    /// against the repository), absolute ones become `file://` URIs, `-` is `stdin`.
    static func uri(for path: String) -> String {
        if path == "-" { return "stdin" }
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        var encoded = ""
        for byte in trimmed.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.append(Character(Unicode.Scalar(byte)))
            default:
                let digits = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (digits.count == 1 ? "0" + digits : digits)
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private static func rule(_ kind: FindingKind) -> JSONValue {
        let (name, short, help) = ruleText(kind)
        let securitySeverity: String = switch kind.defaultSeverity {
        case .high: "8.0"
        case .medium: "5.0"
        case .low: "3.0"
        case .info: "0.0"
        }
        return .object([
            ("id", .string(kind.rawValue)),
            ("name", .string(name)),
            ("shortDescription", .object([("text", .string(short))])),
            ("fullDescription", .object([("text", .string(help))])),
            ("help", .object([("text", .string(help)), ("markdown", .string(help))])),
            ("defaultConfiguration", .object([("level", .string(level(kind.defaultSeverity)))])),
            ("properties", .object([
                ("tags", .array(["security", "steganography", "unicode"].map(JSONValue.string))),
                ("precision", .string(kind == .edit ? "low" : "high")),
                ("security-severity", .string(securitySeverity)),
            ])),
        ])
    }

    private static func ruleText(_ kind: FindingKind) -> (name: String, short: String, help: String) {
        switch kind {
        case .invisible:
            ("InvisibleCharacter", "An invisible character was added, removed or swapped.",
             "A zero-width character, bidi control, tag character, variation selector, soft hyphen, BOM or other default-ignorable code point changed. These render as nothing and are the usual carriers of hidden markers and smuggled instructions (tag runs can spell ASCII text). Legitimate uses (emoji ZWJ sequences, ZWNJ in Persian or Indic words) are reported at low or info severity with the reason.")
        case .lineEnding:
            ("LineEnding", "A line ending changed (CRLF, LF, CR, U+2028, U+2029).",
             "Line endings differ. Usually a platform artefact, but a per-line choice of ending can encode bits.")
        case .whitespace:
            ("WhitespaceVariant", "A space was replaced by another space character, or spaces were added or removed.",
             "A space character was swapped for another (NBSP, en space, ideographic space...) or spacing changed. Look-alike spaces are a cheap covert channel; NBSP in French typography is a legitimate use.")
        case .normalization:
            ("NormalizationVariant", "Canonically equivalent text: same NFC, different code points.",
             "The text is canonically equivalent (for example precomposed e-acute versus e plus a combining acute accent). It renders the same and can carry a marker.")
        case .compatibility:
            ("CompatibilityVariant", "Compatibility-equivalent text: fullwidth forms, ligatures, super- or subscripts.",
             "The text has the same NFKC form but different code points (fullwidth letters, ligatures, styled digits). It looks nearly the same and can carry a marker.")
        case .homoglyph:
            ("Homoglyph", "A character was replaced by a look-alike from the same or another script.",
             "A character was replaced by a confusable one (same UTS #39 skeleton), such as Latin a and Cyrillic a, or an apostrophe and U+02BC. Look-alikes evade keyword filters and mark copies of a text.")
        case .dateFormat:
            ("DateFormatChange", "A date is written in another format.",
             "A date expression changed format (for example 2026-07-04 to 2026/07/04) while naming the same or a nearby day. A format that depends on the environment (time zone, locale) can fingerprint the user; the finding lists the locales whose default format it is.")
        case .dateValue:
            ("DateValueDrift", "A date moved on, in the same format.",
             "The same date format names another day. This is benign drift (a prompt stamped with today's date) and is reported for completeness.")
        case .invalidEncoding:
            ("InvalidEncoding", "Bytes that are not valid in the input's encoding.",
             "Invalid UTF-8 (or a lone UTF-16 surrogate) appears. Decoders repair or drop such bytes differently, so they can hide content from one reader and show it to another.")
        case .edit:
            ("ContentEdit", "A content change that none of the other kinds explains.",
             "A visible edit of the text. Not covert by itself; review it like any change to the prompt.")
        }
    }
}
