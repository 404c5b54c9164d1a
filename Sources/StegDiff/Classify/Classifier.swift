// Classify/ owns naming: each widened hunk becomes raw findings of one kind (invisible,
// homoglyph, whitespace, normalization, compatibility, date, line ending, invalid encoding,
// edit), with legitimate uses recognized and edits widened to words. The vocabulary of kinds and
// severities lives here too. It may call every folder below it (Support, Unicode, Input, Dates,
// Diff); Report/ turns its raw findings into public ones.

/// A finding in analysis-byte coordinates, before it is dressed with text, names and positions.
package struct RawFinding: Sendable {
    package var kind: FindingKind
    package var subkind: String?
    package var severity: Severity
    package var baseline: Range<Int>
    package var candidate: Range<Int>
    package var legitimateUse: String? = nil
    /// A date pair's detail (the two dates, patterns, zones), in an array of at most one: a
    /// `DateDetail` is a few hundred bytes, and findings are moved and merged many times a diff.
    private var dateStorage: [DateDetail] = []
    package var date: DateDetail? {
        get { dateStorage.first }
        set { dateStorage = newValue.map { [$0] } ?? [] }
    }
    package var decodedTag: String? = nil
    /// Every place a grouped finding (`homoglyph/uniform`) stands for, the first included.
    package var occurrences: [(baseline: Range<Int>, candidate: Range<Int>)] = []

    package init(kind: FindingKind, subkind: String?, severity: Severity, baseline: Range<Int>, candidate: Range<Int>,
                 legitimateUse: String? = nil, date: DateDetail? = nil, decodedTag: String? = nil,
                 occurrences: [(baseline: Range<Int>, candidate: Range<Int>)] = []) {
        (self.kind, self.subkind, self.severity, self.baseline, self.candidate) = (kind, subkind, severity, baseline, candidate)
        (self.legitimateUse, self.decodedTag, self.occurrences) = (legitimateUse, decodedTag, occurrences)
        self.date = date
    }
}

/// Names each hunk: splits it into the parts that differ (a unit-level alignment), takes out
/// invisible characters and invalid sequences, and gives every remaining part the most specific
/// kind that explains it (line ending, whitespace, normalization, compatibility, homoglyph, edit).
package struct Classifier {
    let baseline: [UInt8]
    let candidate: [UInt8]

    package init(baseline: [UInt8], candidate: [UInt8]) {
        self.baseline = baseline
        self.candidate = candidate
    }

    /// Classifies a hunk, making at most `budget` findings; `stoppedAt` gets the candidate offset
    /// where it stopped when the budget ran out.
    package func classify(_ hunk: WideHunk, budget: Int, stoppedAt: inout Int?) -> [RawFinding] {
        var remaining = budget
        let findings = classify(hunk, remaining: &remaining, stoppedAt: &stoppedAt)
        return findings
    }

    package func classify(_ hunk: WideHunk) -> [RawFinding] {
        var remaining = Int.max
        var stoppedAt: Int? = nil
        return classify(hunk, remaining: &remaining, stoppedAt: &stoppedAt)
    }

    private func classify(_ hunk: WideHunk, remaining: inout Int, stoppedAt: inout Int?) -> [RawFinding] {
        var findings: [RawFinding] = []
        var baselinePosition = hunk.baseline.lowerBound
        var candidatePosition = hunk.candidate.lowerBound
        for pair in hunk.dates.sorted(by: { $0.baseline.lowerBound < $1.baseline.lowerBound }) {
            guard pair.baseline.lowerBound >= baselinePosition, pair.candidate.lowerBound >= candidatePosition else { continue }
            classifyPiece(baselinePosition..<pair.baseline.lowerBound, candidatePosition..<pair.candidate.lowerBound,
                          into: &findings, remaining: &remaining, stoppedAt: &stoppedAt)
            if let date = dateFinding(pair) {
                findings.append(date)
            } else {
                classifyPiece(pair.baseline, pair.candidate, into: &findings, remaining: &remaining, stoppedAt: &stoppedAt)
            }
            baselinePosition = pair.baseline.upperBound
            candidatePosition = pair.candidate.upperBound
        }
        classifyPiece(baselinePosition..<hunk.baseline.upperBound, candidatePosition..<hunk.candidate.upperBound,
                      into: &findings, remaining: &remaining, stoppedAt: &stoppedAt)
        return findings
    }

    /// The date finding of a pair, or nil when the same pattern gives the same date (the texts then
    /// differ by something else, such as the space before `г.`, which the ordinary kinds explain).
    /// What changed is decided in Dates/ (`DateChange`).
    private func dateFinding(_ pair: WideHunk.DatePair) -> RawFinding? {
        guard let change = DateChange.between(pair.baselineDate, pair.candidateDate) else { return nil }
        let detail = DateDetail(change)
        switch change.kind {
        case .value:
            return RawFinding(kind: .dateValue, subkind: nil, severity: .info, baseline: pair.baseline, candidate: pair.candidate, date: detail)
        case .format, .timeZone:
            return RawFinding(kind: .dateFormat, subkind: change.kind == .timeZone ? "time-zone" : nil, severity: .high,
                              baseline: pair.baseline, candidate: pair.candidate, date: detail)
        }
    }

    /// Appends the findings of one piece of a hunk to `findings` (appended in place: arrays of
    /// findings made and joined per piece and per run cost more than the decisions on a short
    /// piece).
    private func classifyPiece(_ baselineRange: Range<Int>, _ candidateRange: Range<Int>, into findings: inout [RawFinding],
                               remaining: inout Int, stoppedAt: inout Int?) {
        if baselineRange.isEmpty && candidateRange.isEmpty || stoppedAt != nil { return }
        let old = TextUnit.decode(baseline, baselineRange)
        let new = TextUnit.decode(candidate, candidateRange)
        // Reordered combining marks (a + U+0323 + U+0301 vs a + U+0301 + U+0323) align as an
        // insertion and a deletion, yet the two are canonically equivalent: say so as one finding.
        if old.count <= 64, new.count <= 64, !old.contains(where: { $0.isInvalid }), !new.contains(where: { $0.isInvalid }),
           old.contains(where: { ICU.isCombiningMark($0.scalar) }) || new.contains(where: { ICU.isCombiningMark($0.scalar) }),
           let x = ICU.normalize(codePoints(of: old), .nfc), let y = ICU.normalize(codePoints(of: new), .nfc), x == y,
           old.allSatisfy({ InvisibleClass.subkind(of: $0.scalar) == nil || ICU.isCombiningMark($0.scalar) }),
           new.allSatisfy({ InvisibleClass.subkind(of: $0.scalar) == nil || ICU.isCombiningMark($0.scalar) }) {
            findings.append(RawFinding(kind: .normalization, subkind: nil, severity: .medium, baseline: baselineRange, candidate: candidateRange))
            return
        }
        for run in wholeClusters(alignedRuns(old, new), old, new) {
            let baselineAt = run.a.lowerBound < old.count ? old[run.a.lowerBound].start : baselineRange.upperBound
            let candidateAt = run.b.lowerBound < new.count ? new[run.b.lowerBound].start : candidateRange.upperBound
            if remaining <= 0 {
                stoppedAt = candidateAt
                break
            }
            classifyRun(Array(old[run.a]), Array(new[run.b]), baselineAt: baselineAt, candidateAt: candidateAt,
                        into: &findings, remaining: &remaining, stoppedAt: &stoppedAt)
            if stoppedAt != nil { break }
        }
    }

    /// Differing runs of two unit arrays, aligned on look-alike-folded keys so that `look` →
    /// `lоok` pairs the Cyrillic о with the o it replaces (a substitution run of its own) instead
    /// of a minimal-but-wrong insertion and deletion that would read as an edit.
    private func alignedRuns(_ old: [TextUnit], _ new: [TextUnit]) -> [(a: Range<Int>, b: Range<Int>)] {
        // One side empty: the other was inserted or deleted whole, the only alignment there is
        // (no keys to fold, no search).
        if old.isEmpty || new.isEmpty { return old.isEmpty && new.isEmpty ? [] : [(0..<old.count, 0..<new.count)] }
        // One side is the other plus text at one end: that text was inserted (or deleted) whole.
        // A minimal alignment may instead reuse a neighbouring line's `1. ` or indentation inside
        // an inserted line and split it into pieces; both cost the same, but only this one reads
        // as the line that was added.
        if old.count != new.count, !old.isEmpty, !new.isEmpty {
            let (short, long) = old.count < new.count ? (old, new) : (new, old)
            let extra = long.count - short.count
            let run: Range<Int>?
            if long[extra...].elementsEqual(short, by: sameKey) { run = 0..<extra }
            else if long[..<short.count].elementsEqual(short, by: sameKey) { run = short.count..<long.count }
            else { run = nil }
            if let run {
                let at = run.lowerBound == 0 ? 0..<0 : short.count..<short.count
                return old.count < new.count ? [(at, run)] : [(run, at)]
            }
        }
        let oldKeys = old.map(foldedKey), newKeys = new.map(foldedKey)
        guard let runs = alignKeys(oldKeys, newKeys) else { return [(0..<old.count, 0..<new.count)] }
        var result: [(a: Range<Int>, b: Range<Int>)] = []
        func addSubstitutions(_ a: Range<Int>, _ b: Range<Int>) {
            // Inside a matched stretch: positions whose folded keys agree but whose text differs.
            var index = 0
            while index < a.count {
                guard old[a.lowerBound + index].key != new[b.lowerBound + index].key else { index += 1; continue }
                var end = index + 1
                while end < a.count, old[a.lowerBound + end].key != new[b.lowerBound + end].key { end += 1 }
                result.append(((a.lowerBound + index)..<(a.lowerBound + end), (b.lowerBound + index)..<(b.lowerBound + end)))
                index = end
            }
        }
        var i = 0, j = 0
        for run in runs {
            addSubstitutions(i..<run.a.lowerBound, j..<run.b.lowerBound)
            result.append(run)
            i = run.a.upperBound
            j = run.b.upperBound
        }
        addSubstitutions(i..<old.count, j..<new.count)
        return result
    }

    /// The runs widened to whole clusters (a base with its combining marks) on both sides, and
    /// merged where they then touch: reordered or swapped marks are judged with their base, so
    /// KA+VIRAMA+NUKTA → KA+NUKTA+VIRAMA is the same finding whether or not a neighbouring line
    /// changed too (the hunks then merge, and the alignment sees a deletion and an insertion).
    /// Between runs the units correspond one to one, so both sides move by the same count.
    private func wholeClusters(_ runs: [(a: Range<Int>, b: Range<Int>)], _ old: [TextUnit], _ new: [TextUnit]) -> [(a: Range<Int>, b: Range<Int>)] {
        func isMark(_ units: [TextUnit], _ index: Int) -> Bool {
            index >= 0 && index < units.count && !units[index].isInvalid && ICU.isCombiningMark(units[index].scalar)
        }
        var result: [(a: Range<Int>, b: Range<Int>)] = []
        var index = 0
        while index < runs.count {
            var (a, b) = runs[index]
            index += 1
            // Back over the shared stretch before the run; reaching the previous run joins it.
            let floor = result.last.map { ($0.a.upperBound, $0.b.upperBound) } ?? (0, 0)
            while isMark(old, a.lowerBound) || isMark(new, b.lowerBound) {
                if a.lowerBound == floor.0 || b.lowerBound == floor.1 {
                    guard let last = result.popLast() else { break }
                    a = last.a.lowerBound..<a.upperBound
                    b = last.b.lowerBound..<b.upperBound
                    break
                }
                a = (a.lowerBound - 1)..<a.upperBound
                b = (b.lowerBound - 1)..<b.upperBound
            }
            // Forward likewise; reaching the next run joins it, and the widening goes on from there.
            while isMark(old, a.upperBound) || isMark(new, b.upperBound) {
                let ceiling = index < runs.count ? (runs[index].a.lowerBound, runs[index].b.lowerBound) : (old.count, new.count)
                if a.upperBound == ceiling.0 || b.upperBound == ceiling.1 {
                    guard index < runs.count else { break }
                    a = a.lowerBound..<runs[index].a.upperBound
                    b = b.lowerBound..<runs[index].b.upperBound
                    index += 1
                    continue
                }
                a = a.lowerBound..<(a.upperBound + 1)
                b = b.lowerBound..<(b.upperBound + 1)
            }
            result.append((a, b))
        }
        return result
    }

    /// A comparison key that is equal for confusable single characters: the UTS #39 skeleton of
    /// the character (ASCII, invisibles, line breaks and invalid bytes keep their own key).
    private func foldedKey(_ unit: TextUnit) -> UInt64 {
        guard !unit.isInvalid, !unit.isCRLF, unit.scalar >= 0x80, InvisibleClass.subkind(of: unit.scalar) == nil else { return unit.key }
        guard let skeleton = ICU.skeleton([unit.scalar]), !skeleton.isEmpty else { return unit.key }
        if skeleton.count == 1 { return UInt64(skeleton[0]) }
        var hash: UInt64 = 0xcbf29ce484222325
        for codePoint in skeleton { hash = (hash ^ UInt64(codePoint)) &* 0x100000001b3 }
        return hash | 1 << 63
    }

    /// One aligned run of differing units, cut into consecutive segments: invisible runs,
    /// invalid sequences and stretches of visible text. Segments are consecutive on both sides, so
    /// the findings always account for the run exactly (the text between them is shared).
    private func classifyRun(_ old: [TextUnit], _ new: [TextUnit], baselineAt: Int, candidateAt: Int,
                             into findings: inout [RawFinding], remaining: inout Int, stoppedAt: inout Int?) {
        enum Group { case invisible(String), invalid, lineBreak, visible }
        /// For each unit: its group and where the group that continues from it ends (one pass,
        /// so the walk below stays linear however long the run).
        func groups(_ units: [TextUnit]) -> [(Group, Int)] {
            // One array: each unit's group first, then the ends from the back.
            var result: [(Group, Int)] = []
            result.reserveCapacity(units.count)
            for unit in units {
                let kind: Group
                if unit.isInvalid { kind = .invalid }
                else if unit.isLineBreak { kind = .lineBreak }
                else if let subkind = InvisibleClass.subkind(of: unit.scalar) { kind = .invisible(subkind) }
                else { kind = .visible }
                result.append((kind, 0))
            }
            var index = units.count - 1
            while index >= 0 {
                var end = index + 1
                if index + 1 < units.count {
                    switch (result[index].0, result[index + 1].0) {
                    case (.visible, .visible), (.lineBreak, .lineBreak): end = result[index + 1].1
                    case (.invisible(let a), .invisible(let b)) where a == b: end = result[index + 1].1
                    default: break
                    }
                }
                result[index].1 = end
                index -= 1
            }
            return result
        }
        let oldGroups = groups(old), newGroups = groups(new)
        func group(_ groups: [(Group, Int)], _ index: Int) -> (Group, Int)? {
            index < groups.count ? groups[index] : nil
        }
        func position(_ units: [TextUnit], _ index: Int, _ fallback: Int) -> Int {
            index < units.count ? units[index].start : (units.last?.end ?? fallback)
        }
        func range(_ units: [TextUnit], _ slice: Range<Int>, _ fallback: Int) -> Range<Int> {
            slice.isEmpty ? position(units, slice.lowerBound, fallback)..<position(units, slice.lowerBound, fallback)
                : units[slice.lowerBound].start..<units[slice.upperBound - 1].end
        }
        let first = findings.count  // the findings before this run's
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if remaining - (findings.count - first) <= 0 {
                // The finding budget ran out; everything from here on is not classified.
                stoppedAt = j < new.count ? new[j].start : (new.last?.end ?? candidateAt)
                break
            }
            let oldGroup = group(oldGroups, i), newGroup = group(newGroups, j)
            var oldEnd = i, newEnd = j
            switch (oldGroup?.0, newGroup?.0) {
            case (.invisible, .invisible), (.invalid, .invalid):
                oldEnd = oldGroup!.1; newEnd = newGroup!.1
            case (.visible, .invisible) where old[i..<oldGroup!.1].allSatisfy(isSpace):
                // Spaces replaced by an invisible run (U+200B for U+0020): one replacement.
                oldEnd = oldGroup!.1; newEnd = newGroup!.1
            case (.invisible, .visible) where new[j..<newGroup!.1].allSatisfy(isSpace):
                oldEnd = oldGroup!.1; newEnd = newGroup!.1
            case (.invisible, _), (.invalid, nil):
                oldEnd = oldGroup!.1
            case (_, .invisible), (nil, .invalid):
                newEnd = newGroup!.1
            case (.invalid, .visible):
                // One character corrupted into invalid bytes is one finding; otherwise the bad
                // bytes were removed and the text beside them is its own segment.
                oldEnd = oldGroup!.1
                if newGroup!.1 - j == 1 { newEnd = j + 1 }
            case (.visible, .invalid):
                newEnd = newGroup!.1
                if oldGroup!.1 - i == 1 { oldEnd = i + 1 }
            case (.visible, .visible), (.visible, nil), (nil, .visible), (.lineBreak, .lineBreak), (.lineBreak, nil), (nil, .lineBreak):
                oldEnd = oldGroup?.1 ?? i; newEnd = newGroup?.1 ?? j
            case (.lineBreak, .visible) where new[j..<newGroup!.1].allSatisfy(isSpace),
                 (.visible, .lineBreak) where old[i..<oldGroup!.1].allSatisfy(isSpace):
                // Spaces became a line break or the other way round: one line-ending change.
                oldEnd = oldGroup!.1; newEnd = newGroup!.1
            case (.lineBreak, _):
                oldEnd = oldGroup!.1
            case (_, .lineBreak):
                newEnd = newGroup!.1
            case (nil, nil):
                break
            }
            let oldSlice = i..<oldEnd, newSlice = j..<newEnd
            let baselineRange = range(old, oldSlice, baselineAt), candidateRange = range(new, newSlice, candidateAt)
            i = oldEnd
            j = newEnd
            // In an unaligned run, the same text can meet itself: that is no difference.
            if old[oldSlice].elementsEqual(new[newSlice], by: sameKey) { continue }
            let oldUnits = Array(old[oldSlice]), newUnits = Array(new[newSlice])
            let invisibleGroup: Group? = {
                if case .invisible? = newGroup?.0, !newSlice.isEmpty { return newGroup?.0 }
                if case .invisible? = oldGroup?.0, !oldSlice.isEmpty { return oldGroup?.0 }
                return nil
            }()
            if case .invisible(let subkind)? = invisibleGroup {
                findings.append(invisibleFinding(subkind: subkind, baselineRange, candidateRange, units: newUnits, removed: oldUnits))
            } else if oldUnits.contains(where: \.isInvalid) || newUnits.contains(where: \.isInvalid) {
                findings.append(RawFinding(kind: .invalidEncoding, subkind: nil, severity: .high, baseline: baselineRange, candidate: candidateRange))
            } else {
                findings += classifyVisible(oldUnits, newUnits, baselineAt: baselineRange.lowerBound, candidateAt: candidateRange.lowerBound)
            }
        }
        remaining -= findings.count - first
    }

    private func invisibleFinding(subkind: String, _ baselineRange: Range<Int>, _ candidateRange: Range<Int>,
                                  units: [TextUnit], removed: [TextUnit]) -> RawFinding {
        var finding = RawFinding(kind: .invisible, subkind: subkind, severity: .high, baseline: baselineRange, candidate: candidateRange)
        let present = units.isEmpty ? removed : units
        let scalars = present.map(\.scalar)
        if subkind == "tag" {
            finding.decodedTag = InvisibleClass.decodedTag(scalars)
        }
        // Legitimate use is judged in the text that holds the characters.
        let (bytes, range) = units.isEmpty ? (baseline, baselineRange) : (candidate, candidateRange)
        if let reason = LegitimateUse.reason(for: scalars, in: bytes, at: range) {
            finding.legitimateUse = reason
            finding.severity = .low
        } else if let reason = LegitimateUse.redundantJoiners(scalars, in: bytes, at: range) {
            // Joiners that Arabic or Indic text uses, but more of them, or where they change nothing:
            // they can carry a marker, so not low, yet they are no alarm in such text either.
            finding.legitimateUse = reason
            finding.severity = .medium
        }
        return finding
    }

    private func isSpace(_ unit: TextUnit) -> Bool {
        !unit.isLineBreak && !unit.isInvalid && (unit.scalar == 0x20 || unit.scalar == 0x09
            || (unit.scalar >= 0x80 && ICU.isWhiteSpace(unit.scalar)))
    }

    private func classifyVisible(_ old: [TextUnit], _ new: [TextUnit], baselineAt: Int, candidateAt: Int) -> [RawFinding] {
        if old.elementsEqual(new, by: sameKey) { return [] }  // same text, met in an unaligned run
        let baselineRange = old.isEmpty ? baselineAt..<baselineAt : old.first!.start..<old.last!.end
        let candidateRange = new.isEmpty ? candidateAt..<candidateAt : new.first!.start..<new.last!.end

        if old.allSatisfy(isSpace) && new.allSatisfy(isSpace) {
            let subkind = old.isEmpty ? "added" : new.isEmpty ? "removed" : "replaced"
            return [RawFinding(kind: .whitespace, subkind: subkind, severity: .medium, baseline: baselineRange, candidate: candidateRange)]
        }
        let breaksOrSpaces = { (units: [TextUnit]) in units.allSatisfy { $0.isLineBreak || self.isSpace($0) } }
        if (old.contains(where: \.isLineBreak) || new.contains(where: \.isLineBreak)) && breaksOrSpaces(old) && breaksOrSpaces(new)
            && !(old.allSatisfy(\.isLineBreak) && new.allSatisfy(\.isLineBreak) && old.count == new.count && old.count > 1) {
            // Line breaks added, removed, or standing in for spaces (a bare CR mid-line).
            return [RawFinding(kind: .lineEnding, subkind: nil, severity: .medium, baseline: baselineRange, candidate: candidateRange)]
        }
        // A mark stacked on a base that already carries it (é + U+0301) hides in the rendering.
        let stacked = (MarkStack.count(in: old.map(\.scalar)), MarkStack.count(in: new.map(\.scalar)))
        if stacked.0 != stacked.1, !old.contains(where: { $0.isInvalid || $0.isLineBreak }), !new.contains(where: { $0.isInvalid || $0.isLineBreak }) {
            return [RawFinding(kind: .invisible, subkind: "stacked-marks", severity: .high, baseline: baselineRange, candidate: candidateRange)]
        }
        if old.isEmpty || new.isEmpty {
            return [RawFinding(kind: .edit, subkind: nil, severity: .low, baseline: baselineRange, candidate: candidateRange)]
        }
        let oldClusters = clusters(old), newClusters = clusters(new)
        if oldClusters.count == newClusters.count, oldClusters.count > 1 {
            var pairwise: [RawFinding] = []
            var complete = true
            for (a, b) in zip(oldClusters, newClusters) where !a.elementsEqual(b, by: sameKey) {
                guard let kind = kindOfVariant(a, b) else { complete = false; break }
                let range = (a.first!.start..<a.last!.end, b.first!.start..<b.last!.end)
                if kind == .whitespace, let last = pairwise.last, last.kind == .whitespace,
                   last.baseline.upperBound == range.0.lowerBound, last.candidate.upperBound == range.1.lowerBound {
                    pairwise[pairwise.count - 1].baseline = last.baseline.lowerBound..<range.0.upperBound
                    pairwise[pairwise.count - 1].candidate = last.candidate.lowerBound..<range.1.upperBound
                    continue
                }
                pairwise.append(RawFinding(kind: kind, subkind: kind == .whitespace ? "replaced" : nil,
                                           severity: kind.defaultSeverity, baseline: range.0, candidate: range.1))
            }
            if complete && !pairwise.isEmpty { return pairwise }
        }
        let kind = kindOfVariant(old, new) ?? .edit
        return [RawFinding(kind: kind, subkind: kind == .whitespace ? "replaced" : nil, severity: kind.defaultSeverity,
                           baseline: baselineRange, candidate: candidateRange)]
    }

    /// The kind that explains replacing `old` by `new` as a variant of the same text, or nil.
    private func kindOfVariant(_ old: [TextUnit], _ new: [TextUnit]) -> FindingKind? {
        if old.allSatisfy(\.isLineBreak) && new.allSatisfy(\.isLineBreak) && old.count == new.count { return .lineEnding }
        if old.allSatisfy(isSpace) && new.allSatisfy(isSpace) { return .whitespace }
        if old.contains(where: \.isLineBreak) || new.contains(where: \.isLineBreak) { return nil }
        let a = codePoints(of: old), b = codePoints(of: new)
        // ASCII is its own NFC and NFKC: two different ASCII texts are neither (no ICU calls).
        let otherASCII = a != b && a.allSatisfy { $0 < 0x80 } && b.allSatisfy { $0 < 0x80 }
        if !otherASCII, let x = ICU.normalize(a, .nfc), let y = ICU.normalize(b, .nfc), x == y { return .normalization }
        if !otherASCII, let x = ICU.normalize(a, .nfkc), let y = ICU.normalize(b, .nfkc), x == y { return .compatibility }
        if let x = ICU.skeleton(a), let y = ICU.skeleton(b), x == y {
            return isIndicSpellingVariant(a, b) ? .normalization : .homoglyph
        }
        return nil
    }

    /// True for two spellings of one Indic letter in the same script, a letter with a sign
    /// against its atomic form (U+090F U+0947 against U+0910 AI; U+0D28 U+0D4D against chillu
    /// U+0D7B): they render the same by design, and Unicode names the preferred one, so the
    /// change is a normalization, not a look-alike from elsewhere.
    private func isIndicSpellingVariant(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        guard a.count != b.count, (a + b).contains(where: ICU.isCombiningMark) else { return false }
        let scripts = Set((a + b).map(ICU.scriptName(of:))).subtracting(["Common", "Inherited"])
        return scripts.count == 1 && LegitimateUse.indicScripts.contains(scripts.first!)
    }

    /// True when two units have the same comparison key (the same text).
    private func sameKey(_ a: TextUnit, _ b: TextUnit) -> Bool { a.key == b.key }

    /// The code points the units stand for (CR LF is two), in one array.
    private func codePoints(of units: [TextUnit]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(units.count + 1)
        for unit in units {
            if unit.isCRLF { result.append(0x0D); result.append(0x0A) } else { result.append(unit.scalar) }
        }
        return result
    }

    /// Units grouped as a base with its following combining marks.
    private func clusters(_ units: [TextUnit]) -> [[TextUnit]] {
        var result: [[TextUnit]] = []
        for unit in units {
            if !result.isEmpty, !unit.isInvalid, ICU.isCombiningMark(unit.scalar), result[result.count - 1].last!.end == unit.start {
                result[result.count - 1].append(unit)
            } else {
                result.append([unit])
            }
        }
        return result
    }

}
