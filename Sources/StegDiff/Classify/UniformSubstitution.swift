/// Groups a uniform substitution into one finding: when every occurrence (two or more) of a
/// character in the baseline was replaced by the same look-alike in the candidate, none left (all 28 curly
/// quotes made straight between two versions), that is a change of style, reported once at
/// medium with the count and every range (`homoglyph/uniform`). Straight quotes made curly are
/// uniform too when the opening or closing form follows from the character before, as smart
/// quotes are set. A selective replacement (one apostrophe of many, the 2026 marker) leaves
/// other occurrences as they were and stays high.
enum UniformSubstitution {
    static func group(_ findings: [RawFinding], baseline: [UInt8], candidate: [UInt8]) -> [RawFinding] {
        var groups: [ArraySlice<UInt8>: [Int]] = [:]
        for (index, finding) in findings.enumerated() where finding.kind == .homoglyph && finding.occurrences.isEmpty {
            groups[baseline[finding.baseline], default: []].append(index)
        }
        var grouped: [Int: RawFinding] = [:]
        var absorbed = Set<Int>()
        for (old, indices) in groups where indices.count >= 2 && isTypography(old) {
            // No occurrence may be left as it was: the candidate no longer has the character at
            // all (a byte search is exact: UTF-8 never matches inside another character). Those
            // in rewritten or deleted text went with their edit; a selective marker leaves the
            // others standing.
            guard !contains(Array(old), in: candidate) else { continue }
            var forms: [ArraySlice<UInt8>: [Int]] = [:]
            for index in indices { forms[candidate[findings[index].candidate], default: []].append(index) }
            guard forms.keys.allSatisfy(isTypography) else { continue }
            if forms.count == 2 {
                // Two forms: each must follow from what stands before it (opening after a space,
                // a bracket or the start; closing elsewhere), or the choice could carry bits.
                let opening = forms.mapValues { $0.map { opensQuote(candidate, at: findings[$0].candidate.lowerBound) } }
                guard opening.values.allSatisfy({ Set($0).count == 1 }), Set(opening.values.map { $0[0] }).count == 2 else { continue }
            } else if forms.count > 2 {
                continue
            }
            var finding = findings[indices[0]]
            finding.subkind = "uniform"
            finding.severity = .medium
            finding.occurrences = indices.map { (findings[$0].baseline, findings[$0].candidate) }
            grouped[indices[0]] = finding
            absorbed.formUnion(indices.dropFirst())
        }
        guard !grouped.isEmpty else { return findings }
        return findings.indices.compactMap { index in absorbed.contains(index) ? nil : grouped[index] ?? findings[index] }
    }

    /// True where an opening quote stands: at the start, or after a space, a line break or an
    /// opening bracket.
    private static func opensQuote(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard let previous = LegitimateUse.scalarsBefore(bytes, offset, limit: 1).first else { return true }
        return previous == 0x20 || previous == 0x09 || previous == 0x0A || previous == 0x0D || previous == 0x28 || previous == 0x5B
            || previous == 0x7B || ICU.isWhiteSpace(previous)
    }

    /// True when the text has no letter: quotes, apostrophes, dashes, where a style guide decides
    /// the form. Letters swapped for look-alikes of another script (every `a` made Cyrillic) stay
    /// one high finding each however many there are: no style guide asks for that.
    private static func isTypography(_ bytes: ArraySlice<UInt8>) -> Bool {
        let units = TextUnit.decode(Array(bytes), 0..<bytes.count)
        return !units.isEmpty && units.allSatisfy { !$0.isInvalid && !ICU.isLetterOrMark($0.scalar) && !ICU.isWordCharacter($0.scalar) }
    }

    private static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        for index in 0...(haystack.count - needle.count)
        where haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }
}
