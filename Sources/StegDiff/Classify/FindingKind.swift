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
    /// ICU locales whose default date format (short, medium, long or full) is the candidate's
    /// pattern (its date part, for a date-time).
    public var localesUsingCandidatePattern: [String]
    /// The local date-times as written (`2025-09-29T16:55:10.367`), when both sides have a time.
    public var baselineDateTime: String? = nil
    /// The candidate's local date-time as written.
    public var candidateDateTime: String? = nil
    /// The baseline's UTC offset (`+00:00`), written or resolved from its zone; `(implied)` when
    /// read from the shift of the wall clock.
    public var baselineOffset: String? = nil
    /// The candidate's UTC offset (`+08:00`).
    public var candidateOffset: String? = nil
    /// The baseline's zone as written (`GMT`, `Z`, `+0800 CST`).
    public var baselineZone: String? = nil
    /// The candidate's zone as written.
    public var candidateZone: String? = nil
    /// For a `time-zone` change: canonical IANA zones that have the candidate's offset at that
    /// instant, from ICU's time-zone data.
    public var zonesWithCandidateOffset: [String]? = nil
    /// ICU's time-zone data version behind `zonesWithCandidateOffset` (`2022e`).
    public var timeZoneDataVersion: String? = nil
}

extension DateDetail {
    /// The detail of a change found in Dates/.
    init(_ change: DateChange) {
        self.init(baselinePattern: change.baselinePattern, candidatePattern: change.candidatePattern,
                  baselineValue: change.baselineValue, candidateValue: change.candidateValue,
                  localesUsingCandidatePattern: change.kind == .value ? [] : DateRecognizer.locales(usingPattern: change.candidateDatePattern))
        baselineDateTime = change.baselineDateTime
        candidateDateTime = change.candidateDateTime
        baselineOffset = change.baselineOffset
        candidateOffset = change.candidateOffset
        baselineZone = change.baselineZone
        candidateZone = change.candidateZone
        zonesWithCandidateOffset = change.zonesWithCandidateOffset
        if change.zonesWithCandidateOffset != nil { timeZoneDataVersion = ICU.timeZoneDataVersion }
    }
}
