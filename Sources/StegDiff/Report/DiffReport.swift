// Report/ owns what a user reads: public findings with original offsets, lines and messages
// (FindingBuilder), the diff report, and its renderings as JSON (stable schema), terminal table
// and SARIF. It may call every folder below it; Inspect/ and Scan/ add their own renderings.

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
    ///
    /// Counted when first asked for (a scan never needs it); a value assigned here replaces it.
    public var invalidSequenceCount: Int {
        get { assignedInvalidSequenceCount ?? facts?.invalid.count ?? 0 }
        set { assignedInvalidSequenceCount = newValue }
    }
    private var assignedInvalidSequenceCount: Int?
    private var facts: TextFacts?
    private var digest: LazyDigest

    /// Describes an input whose digest is known.
    public init(path: String, byteCount: Int, sha256: String, encoding: TextEncoding, invalidSequenceCount: Int) {
        (self.path, self.byteCount, self.digest, self.encoding) = (path, byteCount, LazyDigest(digest: sha256), encoding)
        self.assignedInvalidSequenceCount = invalidSequenceCount
    }

    /// Describes a decoded text, sharing its (lazy) digest and invalid-sequence count.
    package init(_ text: PromptText) {
        (self.path, self.byteCount, self.digest, self.encoding) = (text.source, text.byteCount, text.digest, text.encoding)
        self.facts = text.facts
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
    public static let schemaVersion = 2
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
