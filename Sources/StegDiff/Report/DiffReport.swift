/// Describes one input of a diff: where it came from and what it is.
public struct InputDescription: Sendable, Hashable {
    /// Path as given (`-` for standard input).
    public var path: String
    /// Size in bytes.
    public var byteCount: Int
    /// Lowercase hex SHA-256 of the bytes (computed when first asked for: a scan never needs it).
    public var sha256: String {
        get { digest.value }
        set { digest = LazyDigest(digest: newValue) }
    }
    /// The encoding the bytes were decoded as.
    public var encoding: TextEncoding
    /// Invalid sequences anywhere in the input (those inside differences are also findings).
    public var invalidSequenceCount: Int
    private var digest: LazyDigest

    /// Describes an input whose digest is known.
    public init(path: String, byteCount: Int, sha256: String, encoding: TextEncoding, invalidSequenceCount: Int) {
        self.init(path: path, byteCount: byteCount, digest: LazyDigest(digest: sha256), encoding: encoding, invalidSequenceCount: invalidSequenceCount)
    }

    /// Describes a decoded text, sharing its (lazy) digest.
    package init(_ text: PromptText) {
        self.init(path: text.source, byteCount: text.byteCount, digest: text.digest, encoding: text.encoding,
                  invalidSequenceCount: text.invalidSequenceCount)
    }

    private init(path: String, byteCount: Int, digest: LazyDigest, encoding: TextEncoding, invalidSequenceCount: Int) {
        (self.path, self.byteCount, self.digest, self.encoding, self.invalidSequenceCount) = (path, byteCount, digest, encoding, invalidSequenceCount)
    }

    /// Equal when every described property is.
    public static func == (lhs: InputDescription, rhs: InputDescription) -> Bool {
        (lhs.path, lhs.byteCount, lhs.encoding, lhs.invalidSequenceCount) == (rhs.path, rhs.byteCount, rhs.encoding, rhs.invalidSequenceCount)
            && lhs.sha256 == rhs.sha256
    }

    /// Hashes the described properties.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(byteCount)
        hasher.combine(sha256)
    }
}

/// Versions of the Unicode machinery a report was made with, so two reports compare honestly.
public struct UnicodeVersions: Sendable, Hashable {
    /// ICU library version (system libicu).
    public var icu: String
    /// Unicode data version of that ICU.
    public var unicode: String
    /// CLDR data version of that ICU.
    public var cldr: String

    /// The versions of the ICU this process is linked with.
    public static var current: UnicodeVersions {
        let versions = ICU.versions
        return UnicodeVersions(icu: versions.icu, unicode: versions.unicode, cldr: versions.cldr)
    }
}

/// Everything `stegdiff diff` knows about two prompts: the inputs, the findings and how they were found.
public struct DiffReport: Sendable {
    /// Version of the JSON report schema this report renders to.
    public static let schemaVersion = 1
    /// The baseline input.
    public var baseline: InputDescription
    /// The candidate input.
    public var candidate: InputDescription
    /// Findings in order of candidate offset (then baseline offset).
    public var findings: [Finding]
    /// Whether the byte alignment was minimal or the bounded fallback.
    public var alignment: DiffAlignment
    /// Remarks about the run an auditor should know (fallback used, encodings differ…).
    public var notes: [String]
    /// ICU, Unicode and CLDR versions used.
    public var versions: UnicodeVersions

    /// Number of findings of each kind.
    public var countsByKind: [FindingKind: Int] {
        findings.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }
    /// Number of findings of each severity.
    public var countsBySeverity: [Severity: Int] {
        findings.reduce(into: [:]) { $0[$1.severity, default: 0] += 1 }
    }
}

/// Options of a diff.
public struct DiffOptions: Sendable {
    /// Cost limits of the byte alignment.
    public var limits: DiffLimits
    /// Classification stops once this many findings are made (binary junk yields one per byte);
    /// the report then says where it stopped.
    public var maxFindings: Int
    /// Creates options.
    public init(limits: DiffLimits = DiffLimits(), maxFindings: Int = 10_000) {
        self.limits = limits
        self.maxFindings = maxFindings
    }
}

/// The front door of the library: diff two prompts and classify every difference.
public enum StegDiff {
    /// This library's version (semantic versioning), as `stegdiff --version` prints it.
    public static let version = "0.1.0"

    /// Diffs `candidate` against `baseline` and classifies each difference.
    ///
    /// Complexity: O(N) for the common prefix and suffix, O((N + M) · D) for the middle with D
    /// capped by `options.limits`; classification work is local to the hunks.
    public static func diff(baseline: PromptText, candidate: PromptText, options: DiffOptions = DiffOptions()) -> DiffReport {
        let old = baseline.analysisBytes, new = candidate.analysisBytes
        let byteDiff = ByteDiff(baseline: old, candidate: new, limits: options.limits)
        var raw: [RawFinding] = []
        var stoppedAt: Int? = nil
        if !byteDiff.hunks.isEmpty {
            raw = DateRecognizer.withPooled { recognizer in
                let hunks = HunkWidener(baseline: old, candidate: new).widen(byteDiff.hunks) { recognizer }
                let classifier = Classifier(baseline: old, candidate: new)
                var findings: [RawFinding] = []
                for hunk in hunks {
                    if findings.count >= options.maxFindings {
                        stoppedAt = hunk.candidate.lowerBound
                        break
                    }
                    findings += classifier.classify(hunk, budget: options.maxFindings - findings.count, stoppedAt: &stoppedAt)
                    if stoppedAt != nil { break }
                }
                return findings
            }
            raw = EditWidening.apply(raw, baseline: old, candidate: new)
        }
        var notes: [String] = []
        if let stoppedAt {
            notes.append("Stopped after \(raw.count) findings (limit \(options.maxFindings)): differences from candidate byte "
                + "\(candidate.originalOffset(stoppedAt)) on were not classified. The input looks like binary data or is "
                + "unrelated to the baseline.")
        }
        if byteDiff.alignment == .coarse {
            notes.append("The inputs differ too much for a minimal alignment within the cost limits; a coarser alignment "
                + "(unique-line anchors, then windows) was used. Hunks may be larger than necessary.")
        }
        if baseline.encoding != candidate.encoding {
            notes.append("Encodings differ: baseline \(baseline.encoding.rawValue), candidate \(candidate.encoding.rawValue).")
        }
        return DiffReport(
            baseline: describe(baseline), candidate: describe(candidate),
            findings: raw.map { FindingBuilder(baseline: baseline, candidate: candidate).finding(from: $0) },
            alignment: byteDiff.alignment, notes: notes, versions: .current)
    }

    /// Convenience: diffs two strings (UTF-8).
    public static func diff(baseline: String, candidate: String, options: DiffOptions = DiffOptions()) -> DiffReport {
        diff(baseline: PromptText(baseline, source: "baseline"), candidate: PromptText(candidate, source: "candidate"), options: options)
    }

    private static func describe(_ text: PromptText) -> InputDescription {
        InputDescription(text)
    }
}

/// Widens edits to whole words and joins edits that touch, so `short` → `brief` is one finding
/// rather than the letters a byte diff happened to keep.
enum EditWidening {
    static func apply(_ findings: [RawFinding], baseline: [UInt8], candidate: [UInt8]) -> [RawFinding] {
        // Findings partition the differences (the text between consecutive ones is shared), so
        // in baseline order each one's neighbours bound how far it may grow on both sides.
        var sorted = findings.sorted {
            ($0.baseline.lowerBound, $0.candidate.lowerBound, $0.baseline.upperBound) < ($1.baseline.lowerBound, $1.candidate.lowerBound, $1.baseline.upperBound)
        }
        for index in sorted.indices where sorted[index].kind == .edit {
            var finding = sorted[index]
            let lowerLimit = index > 0 ? (baseline: sorted[index - 1].baseline.upperBound, candidate: sorted[index - 1].candidate.upperBound) : (baseline: 0, candidate: 0)
            let upperLimit = index + 1 < sorted.count
                ? (baseline: sorted[index + 1].baseline.lowerBound, candidate: sorted[index + 1].candidate.lowerBound)
                : (baseline: baseline.count, candidate: candidate.count)
            if insideWord(finding, atStart: true, baseline, candidate) {
                while finding.baseline.lowerBound > lowerLimit.baseline, finding.candidate.lowerBound > lowerLimit.candidate {
                    let before = LegitimateUse.scalarsBefore(baseline, finding.baseline.lowerBound, limit: 1)
                    guard let scalar = before.first, ICU.isWordCharacter(scalar) else { break }
                    let length = String(Unicode.Scalar(scalar)!).utf8.count
                    guard finding.baseline.lowerBound - length >= lowerLimit.baseline,
                          finding.candidate.lowerBound - length >= lowerLimit.candidate else { break }
                    finding.baseline = (finding.baseline.lowerBound - length)..<finding.baseline.upperBound
                    finding.candidate = (finding.candidate.lowerBound - length)..<finding.candidate.upperBound
                }
            }
            if insideWord(finding, atStart: false, baseline, candidate) {
                while finding.baseline.upperBound < upperLimit.baseline, finding.candidate.upperBound < upperLimit.candidate {
                    let unit = UTF8Unit.decode(baseline, at: finding.baseline.upperBound)
                    guard let scalar = unit.scalar, ICU.isWordCharacter(scalar),
                          finding.baseline.upperBound + unit.length <= upperLimit.baseline,
                          finding.candidate.upperBound + unit.length <= upperLimit.candidate else { break }
                    finding.baseline = finding.baseline.lowerBound..<(finding.baseline.upperBound + unit.length)
                    finding.candidate = finding.candidate.lowerBound..<(finding.candidate.upperBound + unit.length)
                }
            }
            sorted[index] = finding
        }
        sorted.sort { ($0.candidate.lowerBound, $0.baseline.lowerBound) < ($1.candidate.lowerBound, $1.baseline.lowerBound) }
        var merged: [RawFinding] = []
        for finding in sorted {
            if finding.kind == .edit, let last = merged.last, last.kind == .edit,
               finding.baseline.lowerBound <= last.baseline.upperBound, finding.candidate.lowerBound <= last.candidate.upperBound {
                merged[merged.count - 1].baseline = last.baseline.lowerBound..<max(last.baseline.upperBound, finding.baseline.upperBound)
                merged[merged.count - 1].candidate = last.candidate.lowerBound..<max(last.candidate.upperBound, finding.candidate.upperBound)
            } else {
                merged.append(finding)
            }
        }
        return merged
    }

    /// True when the edit's edge touches word characters on either side (it cuts a word).
    private static func insideWord(_ finding: RawFinding, atStart: Bool, _ baseline: [UInt8], _ candidate: [UInt8]) -> Bool {
        func edgeScalars(_ bytes: [UInt8], _ range: Range<Int>) -> UInt32? {
            guard !range.isEmpty else { return nil }
            if atStart { return UTF8Unit.decode(bytes, at: range.lowerBound).scalar }
            return LegitimateUse.scalarsBefore(bytes, range.upperBound, limit: 1).first
        }
        let inside = [edgeScalars(baseline, finding.baseline), edgeScalars(candidate, finding.candidate)].compactMap { $0 }
        let outside = atStart
            ? LegitimateUse.scalarsBefore(baseline, finding.baseline.lowerBound, limit: 1).first
            : (finding.baseline.upperBound < baseline.count ? UTF8Unit.decode(baseline, at: finding.baseline.upperBound).scalar : nil)
        guard let outside, ICU.isWordCharacter(outside) else { return false }
        return inside.contains(where: ICU.isWordCharacter) || inside.isEmpty
    }
}

/// Turns analysis-coordinate findings into public ones: original offsets, text, lines, messages.
struct FindingBuilder {
    let baseline: PromptText
    let candidate: PromptText

    func finding(from raw: RawFinding) -> Finding {
        let old = side(baseline, raw.baseline), new = side(candidate, raw.candidate)
        return Finding(kind: raw.kind, subkind: raw.subkind, severity: raw.severity, baseline: old, candidate: new,
                       message: message(raw, old, new), legitimateUse: raw.legitimateUse, date: raw.date, decodedTag: raw.decodedTag,
                       candidateAnalysisRange: raw.candidate)
    }

    func side(_ text: PromptText, _ range: Range<Int>) -> FindingSide {
        let units = TextUnit.decode(text.analysisBytes, range)
        let codePoints = units.flatMap(\.codePoints)
        let string = String(String.UnicodeScalarView(codePoints.compactMap(Unicode.Scalar.init)))
        let position = text.lineAndColumn(of: range.lowerBound)
        let end = range.isEmpty ? position : text.lineAndColumn(of: range.upperBound)
        let start = text.originalOffset(range.lowerBound)
        return FindingSide(range: ByteRange(start: start, end: range.isEmpty ? start : text.originalEnd(range.upperBound, start: range.lowerBound)),
                           text: string, codePoints: codePoints, line: position.line, column: position.column,
                           endLine: end.line, endColumn: end.column)
    }

    private func message(_ raw: RawFinding, _ old: FindingSide, _ new: FindingSide) -> String {
        func names(_ side: FindingSide) -> String {
            side.codePoints.prefix(4).map { "U+\(hex4($0)) \(ICU.name(of: $0))" }.joined(separator: ", ")
                + (side.codePoints.count > 4 ? ", … (\(side.codePoints.count) code points)" : "")
        }
        func scripts(_ side: FindingSide) -> String {
            var seen: [String] = []
            for codePoint in side.codePoints { let name = ICU.scriptName(of: codePoint); if !seen.contains(name) { seen.append(name) } }
            return seen.joined(separator: "+")
        }
        switch raw.kind {
        case .invisible:
            let what = raw.subkind ?? "invisible"
            if old.codePoints.isEmpty { return "\(what) inserted: \(names(new))" }
            if new.codePoints.isEmpty { return "\(what) removed: \(names(old))" }
            return "\(what) replaced: \(names(old)) → \(names(new))"
        case .homoglyph:
            return "\(names(old)) → \(names(new)) (\(scripts(old)) → \(scripts(new)))"
        case .dateFormat:
            let date = raw.date!
            return "date format \(date.baselinePattern) → \(date.candidatePattern) (\(date.baselineValue) → \(date.candidateValue))"
        case .dateValue:
            let date = raw.date!
            return "date moved on: \(date.baselineValue) → \(date.candidateValue) (same format \(date.candidatePattern))"
        case .invalidEncoding:
            return "invalid bytes \(ByteListing.hex(Array(candidate.originalBytes(raw.candidate)), 0..<candidate.originalBytes(raw.candidate).count)) in the candidate"
                + (raw.baseline.isEmpty ? "" : " where the baseline has \(names(old))")
        case .edit:
            return "content changed"
        default:
            if old.codePoints.isEmpty { return "\(raw.kind.rawValue): added \(names(new))" }
            if new.codePoints.isEmpty { return "\(raw.kind.rawValue): removed \(names(old))" }
            return "\(names(old)) → \(names(new))"
        }
    }
}

/// Hex listing of bytes (`FF E2 80`), for invalid sequences.
enum ByteListing {
    static func hex(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        bytes[range].map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined(separator: " ")
    }
}
