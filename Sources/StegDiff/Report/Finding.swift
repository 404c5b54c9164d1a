/// What kind of difference a finding is: the most specific explanation of one hunk part.
public enum FindingKind: String, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// A default-ignorable, bidi-control, variation-selector, tag or BOM character added, removed or swapped.
    case invisible
    /// CRLF / LF / CR / U+2028 / U+2029 differences.
    case lineEnding = "line-ending"
    /// One space character replaced by another, or spaces added or removed.
    case whitespace
    /// Canonically equivalent text (same NFC).
    case normalization
    /// Compatibility-equivalent text (same NFKC): fullwidth forms, ligatures, super/subscripts.
    case compatibility
    /// Confusable text (same UTS #39 skeleton) that is not equivalent.
    case homoglyph
    /// A date expression whose format changed.
    case dateFormat = "date-format"
    /// A date expression with the same format and another date: benign drift.
    case dateValue = "date-value"
    /// Bytes that are not valid in the input's encoding.
    case invalidEncoding = "invalid-encoding"
    /// A content change that none of the other kinds explains.
    case edit

    /// The default severity of this kind.
    public var defaultSeverity: Severity {
        switch self {
        case .invisible, .homoglyph, .dateFormat, .invalidEncoding: .high
        case .whitespace, .compatibility, .normalization, .lineEnding: .medium
        case .dateValue: .info
        case .edit: .low
        }
    }

    /// The name used in reports (`date-format`).
    public var description: String { rawValue }

    /// Report order: the order of `allCases`.
    public static func < (lhs: FindingKind, rhs: FindingKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How much a finding matters to an auditor looking for covert markers.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// Benign drift, reported for completeness.
    case info
    /// Content change or legitimate use of an otherwise suspicious character.
    case low
    /// A visible-but-subtle variant that can carry a marker.
    case medium
    /// A stealth change: invisible, confusable, date format or invalid bytes.
    case high

    /// The name used in reports (`high`).
    public var description: String { rawValue }

    /// From info (least) to high (most).
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A 0-based, half-open range of UTF-8 bytes... in the original input file's bytes.
///
/// For UTF-16 inputs the offsets still count bytes of the original file, not of a transcoding.
public struct ByteRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// First byte, 0-based.
    public var start: Int
    /// One past the last byte.
    public var end: Int
    /// Creates a range; `end >= start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    /// Number of bytes covered.
    public var count: Int { end - start }
    /// `[start, end)`.
    public var description: String { "[\(start), \(end))" }
}

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

/// Kind-specific facts about a date finding.
public struct DateDetail: Sendable, Hashable {
    /// The ICU pattern of the baseline date (`y-MM-dd`).
    public var baselinePattern: String
    /// The ICU pattern of the candidate date (`y/MM/dd`).
    public var candidatePattern: String
    /// The baseline date as ISO `yyyy-MM-dd`.
    public var baselineValue: String
    /// The candidate date as ISO `yyyy-MM-dd`.
    public var candidateValue: String
    /// ICU locales whose default date format (short, medium, long or full) is the candidate's pattern.
    public var localesUsingCandidatePattern: [String]
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
    public var message: String
    /// Why a suspicious-looking change may be legitimate (e.g. a ZWJ inside an RGI emoji sequence).
    public var legitimateUse: String?
    /// Date patterns, values and locales, for date findings.
    public var date: DateDetail?
    /// The ASCII text hidden in a run of tag characters (U+E0020–E007E), for tag findings.
    public var decodedTag: String?
    /// The candidate range in analysis bytes (differs from `candidate.range` for UTF-16 input).
    package var candidateAnalysisRange: Range<Int> = 0..<0
}
