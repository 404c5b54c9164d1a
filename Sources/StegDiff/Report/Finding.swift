/// One side of a finding: where it is and what text stands there.
public struct FindingSide: Sendable, Hashable {
    /// Byte range in the original file.
    public var range: ByteRange
    /// The text of the range (invalid bytes decoded as U+FFFD).
    public var text: String
    /// The code points of the range, in order (U+FFFD for each invalid sequence).
    public var codePoints: [UInt32]
    /// 1-based line of the range's start.
    public var line: Int
    /// 1-based column of the range's start, counted in Unicode code points.
    public var column: Int
    /// 1-based line of the range's end (the position just past its last character).
    public var endLine: Int
    /// 1-based code-point column of the range's end (the position just past its last character).
    public var endColumn: Int
}

/// One difference between baseline and candidate, of exactly one kind.
public struct Finding: Sendable, Hashable {
    /// What the difference is.
    public var kind: FindingKind
    /// A finer class within the kind (`zero-width`, `tag`, `replaced`…), if one applies.
    public var subkind: String?
    /// How much it matters.
    public var severity: Severity
    /// Where it is in the baseline (an empty range for an insertion).
    public var baseline: FindingSide
    /// Where it is in the candidate (an empty range for a removal).
    public var candidate: FindingSide
    /// Human-readable one-line explanation.
    ///
    /// Built from the other properties when read (a diff of a large archive reads few of them,
    /// and the character names come from ICU); a value assigned here replaces it.
    public var message: String {
        get { assignedMessage ?? FindingMessage.text(of: self) }
        set { assignedMessage = newValue }
    }
    /// A message assigned through `message`, which then wins over the built one.
    private var assignedMessage: String?
    /// For `invalid-encoding`: the candidate's original bytes in the range, which the message lists.
    package var invalidBytes: [UInt8] = []
    /// Why a suspicious-looking change may be legitimate (e.g. a ZWJ inside an RGI emoji sequence).
    public var legitimateUse: String?
    /// Date patterns, values and locales, for date findings.
    public var date: DateDetail?
    /// The ASCII text hidden in a run of tag characters (U+E0020–E007E), for tag findings.
    public var decodedTag: String?
    /// For a grouped finding (`homoglyph/uniform`): every place it stands for, the first
    /// included, in candidate order; empty otherwise.
    public var occurrences: [Occurrence] = []
    /// For a grouped finding: the distinct candidate forms of its occurrences, which the message names.
    package var uniformForms: [[UInt32]] = []
    /// The candidate range in analysis bytes (differs from `candidate.range` for UTF-16 input).
    package var candidateAnalysisRange: Range<Int> = 0..<0
}

extension Finding {
    /// A finding whose message is built when read.
    init(kind: FindingKind, subkind: String?, severity: Severity, baseline: FindingSide, candidate: FindingSide,
         legitimateUse: String?, date: DateDetail?, decodedTag: String?, invalidBytes: [UInt8], candidateAnalysisRange: Range<Int>) {
        (self.kind, self.subkind, self.severity, self.baseline, self.candidate) = (kind, subkind, severity, baseline, candidate)
        (self.legitimateUse, self.date, self.decodedTag) = (legitimateUse, date, decodedTag)
        (self.invalidBytes, self.candidateAnalysisRange) = (invalidBytes, candidateAnalysisRange)
    }
}

/// One place of a grouped finding: its byte ranges in the original baseline and candidate files.
public struct Occurrence: Sendable, Hashable {
    /// Byte range in the original baseline file.
    public var baseline: ByteRange
    /// Byte range in the original candidate file.
    public var candidate: ByteRange
}
