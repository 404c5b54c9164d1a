/// Turns analysis-coordinate findings into public ones: original offsets, text, lines, messages.
struct FindingBuilder {
    let baseline: PromptText
    let candidate: PromptText

    func finding(from raw: RawFinding) -> Finding {
        let old = side(baseline, raw.baseline), new = side(candidate, raw.candidate)
        let made = Finding(kind: raw.kind, subkind: raw.subkind, severity: raw.severity, baseline: old, candidate: new,
                           legitimateUse: raw.legitimateUse, date: raw.date, decodedTag: raw.decodedTag,
                           invalidBytes: raw.kind == .invalidEncoding ? Array(candidate.originalBytes(raw.candidate)) : [],
                           candidateAnalysisRange: raw.candidate)
        // Most findings stand alone: returned as made, with no copy of a large value to change.
        guard !raw.occurrences.isEmpty else { return made }
        var finding = made
        finding.occurrences = raw.occurrences.map { Occurrence(baseline: originalRange(baseline, $0.baseline), candidate: originalRange(candidate, $0.candidate)) }
        // The distinct replacement forms, which the message names; grouped findings are few.
        for occurrence in raw.occurrences {
            let form = TextUnit.codePoints(candidate.analysisBytes, occurrence.candidate).codePoints
            if !finding.uniformForms.contains(form) { finding.uniformForms.append(form) }
        }
        return finding
    }

    private func originalRange(_ text: PromptText, _ range: Range<Int>) -> ByteRange {
        let start = text.originalOffset(range.lowerBound)
        return ByteRange(start: start, end: range.isEmpty ? start : text.originalEnd(range.upperBound, start: range.lowerBound))
    }

    func side(_ text: PromptText, _ range: Range<Int>) -> FindingSide {
        let bytes = text.analysisBytes
        let (codePoints, valid) = TextUnit.codePoints(bytes, range)
        // Valid UTF-8 is its own text; otherwise the code points are encoded (U+FFFD for each
        // invalid sequence). A String.UnicodeScalarView appended a scalar at a time cost more
        // than the rest of building a finding.
        let string: String
        if valid {
            string = String(decoding: bytes[range], as: UTF8.self)
        } else {
            var utf8: [UInt8] = []
            utf8.reserveCapacity(codePoints.count * 3)
            for codePoint in codePoints {
                if let scalar = Unicode.Scalar(codePoint) { UTF8.encode(scalar) { utf8.append($0) } }
            }
            string = String(decoding: utf8, as: UTF8.self)
        }
        let position = text.lineAndColumn(of: range.lowerBound)
        let end = range.isEmpty ? position : text.lineAndColumn(of: range.upperBound, after: range.lowerBound, at: position)
        let start = text.originalOffset(range.lowerBound)
        return FindingSide(range: ByteRange(start: start, end: range.isEmpty ? start : text.originalEnd(range.upperBound, start: range.lowerBound)),
                           text: string, codePoints: codePoints, line: position.line, column: position.column,
                           endLine: end.line, endColumn: end.column)
    }
}

/// Builds the one-line messages of findings when they are read.
enum FindingMessage {
    /// The message of a finding, from its kind, sides, date and invalid bytes.
    static func text(of finding: Finding) -> String {
        let (old, new) = (finding.baseline, finding.candidate)
        func names(_ side: FindingSide) -> String {
            side.codePoints.prefix(4).map { "U+\(hex4($0)) \(ICU.name(of: $0))" }.joined(separator: ", ")
                + (side.codePoints.count > 4 ? ", … (\(side.codePoints.count) code points)" : "")
        }
        func scripts(_ side: FindingSide) -> String {
            var seen: [String] = []
            for codePoint in side.codePoints { let name = ICU.scriptName(of: codePoint); if !seen.contains(name) { seen.append(name) } }
            return seen.joined(separator: "+")
        }
        switch finding.kind {
        case .invisible:
            let what = finding.subkind ?? "invisible"
            if old.codePoints.isEmpty { return "\(what) inserted: \(names(new))" }
            if new.codePoints.isEmpty { return "\(what) removed: \(names(old))" }
            return "\(what) replaced: \(names(old)) → \(names(new))"
        case .homoglyph where !finding.occurrences.isEmpty:
            let shown = finding.uniformForms.map { $0.map { "U+\(hex4($0)) \(ICU.name(of: $0))" }.joined(separator: ", ") }.joined(separator: " or ")
            return "every \(names(old)) in the baseline (\(finding.occurrences.count)) replaced by \(shown): a uniform change of style"
        case .homoglyph:
            return "\(names(old)) → \(names(new)) (\(scripts(old)) → \(scripts(new)))"
        case .dateFormat:
            let date = finding.date!
            let format = "date format \(date.baselinePattern) → \(date.candidatePattern) (\(date.baselineValue) → \(date.candidateValue))"
            // A time-zone change says which offsets and which zones, the fact an auditor keys on.
            guard finding.subkind == "time-zone", let from = date.baselineOffset, let to = date.candidateOffset else { return format }
            let zones = date.zonesWithCandidateOffset ?? []
            let shown = zones.prefix(20).joined(separator: ", ") + (zones.count > 20 ? " and \(zones.count - 20) more" : "")
            // The wall clock kept with only the offset rewritten is another instant: say which case it is.
            let sameClock = date.baselineDateTime != nil && date.baselineDateTime == date.candidateDateTime
            return (sameClock ? "same wall clock \(date.candidateDateTime!) with UTC offset " : "same instant written at UTC offset ") + "\(from) → \(to)"
                + (zones.isEmpty ? "" : "; zones at \(to) then: \(shown)")
                + (date.timeZoneDataVersion.map { " (tz data \($0))" } ?? "") + "; " + format
        case .dateValue:
            let date = finding.date!
            // A timestamp that moved within the day shows its times: two equal dates would say nothing.
            if let from = date.baselineDateTime, let to = date.candidateDateTime {
                let offsets = (date.baselineOffset ?? "") == (date.candidateOffset ?? "") ? ""
                    : ", UTC offset \(date.baselineOffset ?? "none") → \(date.candidateOffset ?? "none")"
                return "date moved on: \(from) → \(to)\(offsets) (same format \(date.candidatePattern))"
            }
            return "date moved on: \(date.baselineValue) → \(date.candidateValue) (same format \(date.candidatePattern))"
        case .invalidEncoding:
            // A non-empty baseline range always holds at least one code point.
            return "invalid bytes \(ByteListing.hex(finding.invalidBytes, 0..<finding.invalidBytes.count)) in the candidate"
                + (old.codePoints.isEmpty ? "" : " where the baseline has \(names(old))")
        case .edit:
            return "content changed"
        default:
            if old.codePoints.isEmpty { return "\(finding.kind.rawValue): added \(names(new))" }
            if new.codePoints.isEmpty { return "\(finding.kind.rawValue): removed \(names(old))" }
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
