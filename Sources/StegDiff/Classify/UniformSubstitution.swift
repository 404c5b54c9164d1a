/// Groups a uniform substitution into one finding: when every occurrence (two or more) of a
/// character in the baseline was replaced by the same look-alike in the candidate (all 28 curly
/// quotes made straight between two versions), that is a change of style, reported once at
/// medium with the count and every range (`homoglyph/uniform`). A selective replacement (one
/// apostrophe of many, the 2026 marker) leaves other occurrences as they were and stays high.
enum UniformSubstitution {
    static func group(_ findings: [RawFinding], baseline: [UInt8], candidate: [UInt8]) -> [RawFinding] {
        struct Key: Hashable { var old: ArraySlice<UInt8>; var new: ArraySlice<UInt8> }
        var groups: [Key: [Int]] = [:]
        for (index, finding) in findings.enumerated() where finding.kind == .homoglyph && finding.occurrences.isEmpty {
            groups[Key(old: baseline[finding.baseline], new: candidate[finding.candidate]), default: []].append(index)
        }
        var grouped: [Int: RawFinding] = [:]
        var absorbed = Set<Int>()
        for (key, indices) in groups where indices.count >= 2 && isTypography(key.old) && isTypography(key.new) {
            // Every occurrence in the baseline must be among the replaced ones (a byte search is
            // exact: UTF-8 never matches inside another character).
            guard occurrences(of: Array(key.old), in: baseline) == indices.count else { continue }
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

    /// True when the text has no letter: quotes, apostrophes, dashes, where a style guide decides
    /// the form. Letters swapped for look-alikes of another script (every `a` made Cyrillic) stay
    /// one high finding each however many there are: no style guide asks for that.
    private static func isTypography(_ bytes: ArraySlice<UInt8>) -> Bool {
        let units = TextUnit.decode(Array(bytes), 0..<bytes.count)
        return !units.isEmpty && units.allSatisfy { !$0.isInvalid && !ICU.isLetterOrMark($0.scalar) && !ICU.isWordCharacter($0.scalar) }
    }

    private static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> Int {
        guard let first = needle.first, needle.count <= haystack.count else { return 0 }
        var count = 0
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) {
                count += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return count
    }
}
