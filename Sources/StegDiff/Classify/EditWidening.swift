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
