/// One suspicious spot in a single text (no baseline): what, where, and why it may be legitimate.
public struct InspectFinding: Sendable {
    /// What it is (`invisible`, `homoglyph`, `whitespace`, `invalid-encoding`).
    public var kind: FindingKind
    /// A finer class within the kind, if one applies.
    public var subkind: String?
    /// How much it matters; legitimate use is `info`.
    public var severity: Severity
    /// Where it is, and what stands there.
    public var location: FindingSide
    /// Human-readable one-line explanation.
    public var message: String
    /// Why it may be legitimate here, if it may.
    public var legitimateUse: String?
    /// The ASCII hidden in a tag run.
    public var decodedTag: String?
    /// For a date written unlike the text's other dates: its format and the prevailing one.
    public var date: InspectDateDetail?
}

/// A date whose format differs from the format most dates of the same text use.
public struct InspectDateDetail: Sendable, Hashable {
    /// The ICU pattern of this date (`y/MM/dd`).
    public var pattern: String
    /// The date as ISO `yyyy-MM-dd`.
    public var value: String
    /// The pattern most dates of the text are written in.
    public var prevailingPattern: String
    /// How many dates of the text read in the prevailing pattern.
    public var prevailingCount: Int
    /// ICU locales whose default date format is this date's pattern.
    public var localesUsingPattern: [String]
}

/// The findings of `Inspector.inspect`.
public struct InspectReport: Sendable {
    /// The inspected input.
    public var input: InputDescription
    /// Findings in offset order.
    public var findings: [InspectFinding]
    /// What the inspection could not fully do (a limit it reached), in plain words.
    public var notes: [String] = []
    /// ICU, Unicode and CLDR versions used.
    public var versions: UnicodeVersions
}
