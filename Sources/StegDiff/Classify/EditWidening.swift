#if canImport(Glibc)
import Glibc
#endif

/// Widens edits to whole words and joins edits that touch, so `short` → `brief` is one finding
/// rather than the letters a byte diff happened to keep. Line breaks and indentation inserted or
/// deleted right beside an edit are that edit's text (a new line's break and leading spaces), so
/// they join it instead of standing as line-ending or whitespace findings of their own.
enum EditWidening {
    static func apply(_ findings: [RawFinding], baseline: [UInt8], candidate: [UInt8]) -> [RawFinding] {
        let layout = Layout(baseline)
        // Findings partition the differences (the text between consecutive ones is shared), so
        // in baseline order each one's neighbours bound how far it may grow on both sides.
        var sorted = joined(findings, baseline, candidate, layout)
        for index in sorted.indices where sorted[index].kind == .edit {
            var finding = sorted[index]
            let lowerLimit = index > 0 ? (baseline: sorted[index - 1].baseline.upperBound, candidate: sorted[index - 1].candidate.upperBound) : (baseline: 0, candidate: 0)
            let upperLimit = index + 1 < sorted.count
                ? (baseline: sorted[index + 1].baseline.lowerBound, candidate: sorted[index + 1].candidate.lowerBound)
                : (baseline: baseline.count, candidate: candidate.count)
            if insideWord(finding, atStart: true, baseline, candidate) {
                // The text before the edit is shared up to the limit, so both sides move back alike.
                let back = max(distanceToWordBoundary(baseline, finding.baseline.lowerBound, forward: false),
                               distanceToWordBoundary(candidate, finding.candidate.lowerBound, forward: false))
                let step = min(back, finding.baseline.lowerBound - lowerLimit.baseline, finding.candidate.lowerBound - lowerLimit.candidate)
                finding.baseline = (finding.baseline.lowerBound - step)..<finding.baseline.upperBound
                finding.candidate = (finding.candidate.lowerBound - step)..<finding.candidate.upperBound
            }
            if insideWord(finding, atStart: false, baseline, candidate) {
                let forward = max(distanceToWordBoundary(baseline, finding.baseline.upperBound, forward: true),
                                  distanceToWordBoundary(candidate, finding.candidate.upperBound, forward: true))
                let step = min(forward, upperLimit.baseline - finding.baseline.upperBound, upperLimit.candidate - finding.candidate.upperBound)
                finding.baseline = finding.baseline.lowerBound..<(finding.baseline.upperBound + step)
                finding.candidate = finding.candidate.lowerBound..<(finding.candidate.upperBound + step)
            }
            sorted[index] = finding
        }
        return joined(sorted, baseline, candidate, layout)
            .sorted { ($0.candidate.lowerBound, $0.baseline.lowerBound) < ($1.candidate.lowerBound, $1.baseline.lowerBound) }
    }

    /// The line breaks the baseline is written with: a new line's break is layout only when it is
    /// one of them (an LF file's inserted line ending in CR LF stays a line-ending finding).
    /// Found when a finding with a line break first asks: finding them read the whole baseline,
    /// which cost more than the rest of a diff of a few findings.
    final class Layout {
        private let baseline: [UInt8]
        private var found: (lineFeed: Bool, carriageReturnLineFeed: Bool)?

        init(_ baseline: [UInt8]) { self.baseline = baseline }

        /// The baseline breaks a line with a bare LF somewhere (or has no line break at all).
        var lineFeed: Bool { breaks.lineFeed }
        /// The baseline breaks a line with CR LF somewhere.
        var carriageReturnLineFeed: Bool { breaks.carriageReturnLineFeed }

        private var breaks: (lineFeed: Bool, carriageReturnLineFeed: Bool) {
            if let found { return found }
            // No CR at all (most texts): no CR LF, so LF is the break; memchr reads it in vector steps.
            let hasCarriageReturn = baseline.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false
            }
            guard hasCarriageReturn else {
                found = (true, false)
                return found!
            }
            var crlf = false, lf = false
            for index in baseline.indices where baseline[index] == 0x0A {
                if index > 0 && baseline[index - 1] == 0x0D { crlf = true } else { lf = true }
                if crlf && lf { break }
            }
            found = (lf || !crlf, crlf)
            return found!
        }
    }

    /// The findings in baseline order, with edits that overlap or touch merged, and line breaks
    /// and indentation that touch an edit (or stand on its line) merged into it.
    private static func joined(_ findings: [RawFinding], _ baseline: [UInt8], _ candidate: [UInt8], _ style: Layout) -> [RawFinding] {
        // Sorted as indices and merged as ranges: copying whole findings (their strings and
        // arrays retained and released each time) through the sort and the merge cost about 10 K
        // instructions a diff more than the decisions.
        let sorted = findings.indices.sorted { i, j in
            (findings[i].baseline.lowerBound, findings[i].candidate.lowerBound, findings[i].baseline.upperBound)
                < (findings[j].baseline.lowerBound, findings[j].candidate.lowerBound, findings[j].baseline.upperBound)
        }
        func touches(_ a: Int, _ b: Int) -> Bool {
            findings[a].baseline.upperBound == findings[b].baseline.lowerBound && findings[a].candidate.upperBound == findings[b].candidate.lowerBound
        }
        // Spaces between two edits that touch them on both sides are part of one rewrite
        // (`defining behavior` → `as an interactive`).
        let sandwiched = Set(sorted.indices.filter { index in
            index > 0 && index + 1 < sorted.count && findings[sorted[index - 1]].kind == .edit && findings[sorted[index + 1]].kind == .edit
                && touches(sorted[index - 1], sorted[index]) && touches(sorted[index], sorted[index + 1])
        })
        // Each piece is a finding kept as it is (`source`) or an edit made by merging (nil).
        var merged: [(source: Int?, baseline: Range<Int>, candidate: Range<Int>)] = []
        merged.reserveCapacity(sorted.count)
        for (position, index) in sorted.enumerated() {
            let finding = (baseline: findings[index].baseline, candidate: findings[index].candidate)
            let findingIsEdit = findings[index].kind == .edit
            guard let last = merged.last else { merged.append((index, finding.baseline, finding.candidate)); continue }
            let lastIsEdit = last.source.map { findings[$0].kind == .edit } ?? true
            guard lastIsEdit || findingIsEdit else { merged.append((index, finding.baseline, finding.candidate)); continue }
            let layout = (last.source.map { isLayout(findings[$0], baseline, candidate, style) } ?? false,
                          isLayout(findings[index], baseline, candidate, style))
            // Edits join when they touch; a layout change also across a space or a punctuation
            // mark or two of shared text (`US\n  - Account` → `US\n\nIMPORTANT - Use` keeps a
            // space and `- ` between the pieces of one rewrite).
            let gap = finding.baseline.lowerBound - last.baseline.upperBound
            let reach = layout.0 || layout.1 ? 2 : 0
            let shared = gap > 0 ? baseline[last.baseline.upperBound..<finding.baseline.lowerBound] : []
            // Spaces added or removed inside a line join only an edit that inserts or deletes on
            // the same side (`foo ` typed as a new word): next to a rewritten word, a doubled space
            // stays a whitespace finding.
            let spaces = layout.0 ? (baseline: last.baseline, candidate: last.candidate) : layout.1 ? finding : nil
            let inline = spaces.map { !isLineLayout($0.baseline, $0.candidate, baseline, candidate) } ?? false
            let partner = layout.0 ? finding : (baseline: last.baseline, candidate: last.candidate)
            let sameSide = spaces.map { partner.baseline.isEmpty == $0.baseline.isEmpty && partner.candidate.isEmpty == $0.candidate.isEmpty } ?? true
                || sandwiched.contains(layout.1 ? position : position - 1)
            if lastIsEdit || layout.0, findingIsEdit || layout.1,
               gap == finding.candidate.lowerBound - last.candidate.upperBound, !inline || sameSide,
               gap <= 0 || (gap <= reach && shared.allSatisfy(isSpaceOrPunctuation))
                || sameLine(layout.0 ? (baseline: last.baseline, candidate: last.candidate) : finding, shared, baseline, candidate) {
                merged[merged.count - 1] = (nil, last.baseline.lowerBound..<max(last.baseline.upperBound, finding.baseline.upperBound),
                                            last.candidate.lowerBound..<max(last.candidate.upperBound, finding.candidate.upperBound))
            } else {
                merged.append((index, finding.baseline, finding.candidate))
            }
        }
        return merged.map { piece in
            guard let source = piece.source else {
                return RawFinding(kind: .edit, subkind: nil, severity: .low, baseline: piece.baseline, candidate: piece.candidate)
            }
            return findings[source]
        }
    }

    /// True when a layout change is the indentation or the line break of the line an edit is
    /// on, with only `shared` text (no line break) between them: the byte diff may reuse a
    /// neighbouring line's `1. ` or `- ` inside an inserted line, which splits the line's
    /// indentation from its text.
    private static func sameLine(_ layout: (baseline: Range<Int>, candidate: Range<Int>), _ shared: ArraySlice<UInt8>,
                                 _ baseline: [UInt8], _ candidate: [UInt8]) -> Bool {
        guard !shared.contains(0x0A), !shared.contains(0x0D) else { return false }
        return isLineLayout(layout.baseline, layout.candidate, baseline, candidate)
    }

    /// True when a layout change holds a line break or is a line's indentation (only spaces and
    /// tabs between the line's start and the change).
    private static func isLineLayout(_ baselineRange: Range<Int>, _ candidateRange: Range<Int>, _ baseline: [UInt8], _ candidate: [UInt8]) -> Bool {
        let (bytes, range) = baselineRange.isEmpty ? (candidate, candidateRange) : (baseline, baselineRange)
        if bytes[range].contains(0x0A) { return true }
        var start = range.lowerBound
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        return start == 0 || bytes[start - 1] == 0x0A
    }

    /// ASCII space or punctuation: text that joins the pieces of one rewrite.
    private static func isSpaceOrPunctuation(_ byte: UInt8) -> Bool {
        (0x20...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// True for line breaks (LF, CR LF) or ASCII spaces and tabs that were only inserted or only
    /// deleted: the layout of inserted or deleted lines. A bare CR, U+2028, NBSP or a replaced
    /// space is never layout: those stay findings of their own wherever they are.
    private static func isLayout(_ finding: RawFinding, _ baseline: [UInt8], _ candidate: [UInt8], _ style: Layout) -> Bool {
        guard finding.kind == .lineEnding || (finding.kind == .whitespace && finding.subkind != "replaced"),
              finding.baseline.isEmpty != finding.candidate.isEmpty else { return false }
        let bytes = finding.baseline.isEmpty ? candidate[finding.candidate] : baseline[finding.baseline]
        for (offset, byte) in zip(bytes.indices, bytes) {
            switch byte {
            case 0x20, 0x09: break
            case 0x0A:
                let afterCR = offset > bytes.startIndex && bytes[offset - 1] == 0x0D
                guard afterCR ? style.carriageReturnLineFeed : style.lineFeed else { return false }
            case 0x0D: guard offset + 1 < bytes.endIndex, bytes[offset + 1] == 0x0A else { return false }
            default: return false
            }
        }
        return true
    }

    /// Bytes from `offset` to the nearest word boundary before it (or after it, `forward`), by
    /// ICU's word break rules over 32 code points on each side of the offset.
    private static func distanceToWordBoundary(_ bytes: [UInt8], _ offset: Int, forward: Bool) -> Int {
        let before = LegitimateUse.scalarsBefore(bytes, offset, limit: 32)
        let after = LegitimateUse.scalarsAfter(bytes, offset, limit: 32)
        let edge = before.count
        // Every boundary up to the edge and the first after it: all that is read below.
        let boundaries = ICU.wordBoundaries(before + after, through: edge)
        guard !boundaries.isEmpty, !boundaries.contains(edge) else { return 0 }
        func length(_ scalars: ArraySlice<UInt32>) -> Int {
            // UTF-8 lengths; a value that is no scalar counts as U+FFFD would (3 bytes).
            scalars.reduce(0) { $0 + (Unicode.Scalar($1).map { $0.utf8.count } ?? 3) }
        }
        if forward {
            let next = boundaries.first { $0 > edge } ?? (before.count + after.count)
            return length(after[0..<(next - edge)])
        }
        let previous = boundaries.last { $0 < edge } ?? 0
        return length(before[previous..<edge])
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
