/// A hunk being prepared for classification, with the date expressions it was widened to.
package struct WideHunk: Sendable {
    /// Baseline analysis-byte range.
    package var baseline: Range<Int>
    /// Candidate analysis-byte range.
    package var candidate: Range<Int>
    /// Date expressions (baseline range, candidate range, and what ICU recognized) inside the hunk.
    package var dates: [DatePair]

    package struct DatePair: Sendable {
        package var baseline: Range<Int>
        package var candidate: Range<Int>
        package var baselineDate: RecognizedDate
        package var candidateDate: RecognizedDate
    }

    mutating func absorb(_ other: WideHunk) {
        baseline = min(baseline.lowerBound, other.baseline.lowerBound)..<max(baseline.upperBound, other.baseline.upperBound)
        candidate = min(candidate.lowerBound, other.candidate.lowerBound)..<max(candidate.upperBound, other.candidate.upperBound)
        for pair in other.dates where !dates.contains(where: { $0.baseline == pair.baseline && $0.candidate == pair.candidate }) {
            dates.append(pair)
        }
    }
}

/// Widens byte hunks so no finding splits a character: to whole UTF-8 sequences, a base letter
/// with its combining marks, CR LF as one break, and whole date expressions (found with ICU).
///
/// Both sides always move by the same amount, over text the two inputs share, so the hunks keep
/// the diff's invariant: the bytes between two hunks are equal on both sides.
package struct HunkWidener {
    let baseline: [UInt8]
    let candidate: [UInt8]
    /// Bytes of context searched on each side of a hunk for a date expression.
    static let dateWindow = 40
    /// Bytes more read after a hunk whose neighbourhood may hold a zone name in another language.
    static let zoneNameReach = 96
    /// Hunks separated by at most this many shared bytes are merged before classification.
    static let mergeGap = 8
    /// Near hunks are merged only while the result stays this small (bytes), so a change in
    /// every word does not chain into one huge hunk.
    static let maxMergedHunk = 64
    /// Hunks longer than this (bytes, either side) are not searched for dates.
    static let maxDateHunk = 256

    package init(baseline: [UInt8], candidate: [UInt8]) {
        self.baseline = baseline
        self.candidate = candidate
    }

    package func widen(_ hunks: [ByteHunk], recognizer: () -> DateRecognizer) -> [WideHunk] {
        var output: [WideHunk] = []
        var index = 0
        while index < hunks.count {
            var hunk = WideHunk(baseline: hunks[index].baseline, candidate: hunks[index].candidate, dates: [])
            index += 1
            // Moves the hunk's edges over shared text; a move that reaches a neighbour merges with it
            // instead (the shared text ends there), and the caller asks again.
            func extend(back: Int, forward: Int) -> Bool {
                var changed = false
                if back > 0 {
                    if let previous = output.last, back >= hunk.baseline.lowerBound - previous.baseline.upperBound {
                        hunk.absorb(previous)
                        output.removeLast()
                    } else {
                        hunk.baseline = (hunk.baseline.lowerBound - back)..<hunk.baseline.upperBound
                        hunk.candidate = (hunk.candidate.lowerBound - back)..<hunk.candidate.upperBound
                    }
                    changed = true
                }
                if forward > 0 {
                    if index < hunks.count, forward >= hunks[index].baseline.lowerBound - hunk.baseline.upperBound {
                        hunk.absorb(WideHunk(baseline: hunks[index].baseline, candidate: hunks[index].candidate, dates: []))
                        index += 1
                    } else {
                        let step = min(forward, baseline.count - hunk.baseline.upperBound)
                        hunk.baseline = hunk.baseline.lowerBound..<(hunk.baseline.upperBound + step)
                        hunk.candidate = hunk.candidate.lowerBound..<(hunk.candidate.upperBound + step)
                    }
                    changed = true
                }
                return changed
            }
            // Grows the hunk over the dates of `pairs`, merging with the hunks it reaches on the way.
            func cover(_ pairs: [WideHunk.DatePair]) -> Bool {
                var changed = false
                while true {
                    var back = 0, forward = 0
                    for pair in pairs {
                        back = max(back, hunk.baseline.lowerBound - pair.baseline.lowerBound, hunk.candidate.lowerBound - pair.candidate.lowerBound)
                        forward = max(forward, pair.baseline.upperBound - hunk.baseline.upperBound, pair.candidate.upperBound - hunk.candidate.upperBound)
                    }
                    guard extend(back: back, forward: forward) else { return changed }
                    changed = true
                }
            }
            var checkedDates = false
            // A date pair the hunk was just widened to, kept while the hunk has exactly its edges:
            // searching the same text again would find the same pair.
            var widenedTo: (baseline: Range<Int>, candidate: Range<Int>, pairs: [WideHunk.DatePair])? = nil
            while true {
                // Hunks a few bytes apart are classified together: the byte diff may have split one
                // character swap into an insertion and a deletion (`look` → `lоok`).
                if let previous = output.last, hunk.baseline.lowerBound <= previous.baseline.upperBound
                    || (hunk.baseline.lowerBound <= previous.baseline.upperBound + HunkWidener.mergeGap
                        && hunk.baseline.upperBound - previous.baseline.lowerBound <= HunkWidener.maxMergedHunk
                        && hunk.candidate.upperBound - previous.candidate.lowerBound <= HunkWidener.maxMergedHunk) {
                    hunk.absorb(previous)
                    output.removeLast()
                    continue
                }
                if extend(back: startExtension(hunk), forward: endExtension(hunk)) { checkedDates = false; continue }
                if checkedDates { break }
                checkedDates = true
                let pairs: [WideHunk.DatePair], settled: Bool
                if let widened = widenedTo, widened.baseline == hunk.baseline, widened.candidate == hunk.candidate {
                    (pairs, settled) = (widened.pairs, true)
                } else {
                    guard let found = dateExtension(hunk, recognizer: recognizer) else { break }
                    (pairs, settled) = found
                }
                // The hunk over the dates and nothing more: hunks merged on the way that reach past
                // the dates leave a larger change to search again.
                var spans = hunk
                for pair in pairs { spans.absorb(WideHunk(baseline: pair.baseline, candidate: pair.candidate, dates: [])) }
                if cover(pairs) {
                    checkedDates = false
                    widenedTo = settled && spans.baseline == hunk.baseline && spans.candidate == hunk.candidate ? (hunk.baseline, hunk.candidate, pairs) : nil
                    continue
                }
                // The hunk covers both dates now: remember the pair for the classifier.
                for pair in pairs where !hunk.dates.contains(where: { $0.baseline == pair.baseline && $0.candidate == pair.candidate }) {
                    hunk.dates.append(pair)
                }
                break
            }
            output.append(hunk)
        }
        return output
    }

    private func unitStart(_ bytes: [UInt8], _ offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { UTF8Unit.unitStart($0, containing: offset) }
    }

    private func scalar(_ bytes: [UInt8], at offset: Int) -> UInt32? {
        guard offset < bytes.count else { return nil }
        return UTF8Unit.decode(bytes, at: offset).scalar
    }

    /// Bytes to move the start back: to a unit boundary, over a base under a leading combining
    /// mark, or onto the CR of a CR LF.
    private func startExtension(_ hunk: WideHunk) -> Int {
        let b = hunk.baseline.lowerBound, c = hunk.candidate.lowerBound
        let toBoundary = max(b - unitStart(baseline, b), c - unitStart(candidate, c))
        if toBoundary > 0 { return toBoundary }
        guard b > 0 else { return 0 }
        // The first scalar inside on each side (two values, not an array: this runs for every hunk).
        let inBaseline = hunk.baseline.isEmpty ? nil : scalar(baseline, at: b)
        let inCandidate = hunk.candidate.isEmpty ? nil : scalar(candidate, at: c)
        if inBaseline.map(ICU.isCombiningMark) == true || inCandidate.map(ICU.isCombiningMark) == true {
            return b - unitStart(baseline, b - 1)
        }
        if inBaseline == 0x0A || inCandidate == 0x0A, baseline[b - 1] == 0x0D { return 1 }
        return 0
    }

    /// Bytes to move the end forward: to a unit boundary, over trailing combining marks, or onto
    /// the LF of a CR LF.
    private func endExtension(_ hunk: WideHunk) -> Int {
        let b = hunk.baseline.upperBound, c = hunk.candidate.upperBound
        func toUnitEnd(_ bytes: [UInt8], _ end: Int) -> Int {
            let start = unitStart(bytes, end)
            return start < end ? start + UTF8Unit.decode(bytes, at: start).length - end : 0
        }
        let extend = max(toUnitEnd(baseline, b), toUnitEnd(candidate, c))
        if extend > 0 { return extend }
        guard b < baseline.count else { return 0 }
        let next = UTF8Unit.decode(baseline, at: b)
        if let scalar = next.scalar, ICU.isCombiningMark(scalar) { return next.length }
        let lastIsCR = (!hunk.baseline.isEmpty && baseline[b - 1] == 0x0D) || (!hunk.candidate.isEmpty && candidate[c - 1] == 0x0D)
        if lastIsCR && baseline[b] == 0x0A { return 1 }
        return 0
    }

    /// Whether `bytes[range]` hold a letter or digit outside ASCII (most windows hold no byte
    /// past 0x7F, and are answered without decoding).
    private func holdsNonASCIILetter(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            while index < range.upperBound {
                guard buffer[index] >= 0x80 else { index += 1; continue }
                let unit = UTF8Unit.decode(buffer, at: index)
                if let scalar = unit.scalar, ICU.isWordCharacter(scalar) { return true }
                index += max(1, unit.length)
            }
            return false
        }
    }

    /// When the hunk lies inside a date expression on both sides (and the two differ), the date
    /// pair, and whether the windows searched held both dates' whole lines (`settled`: a search
    /// around the hunk widened to the pair would find it again).
    private func dateExtension(_ hunk: WideHunk, recognizer: () -> DateRecognizer) -> (pairs: [WideHunk.DatePair], settled: Bool)? {
        let window = HunkWidener.dateWindow
        // A date is a few dozen bytes: a hunk this large is a content change, and searching all
        // of it for dates would cost more than the diff.
        guard hunk.baseline.count <= HunkWidener.maxDateHunk, hunk.candidate.count <= HunkWidener.maxDateHunk else { return nil }
        func windowRange(_ bytes: [UInt8], _ range: Range<Int>, before: Int = window, after: Int = window) -> Range<Int> {
            let lower = unitStart(bytes, max(0, range.lowerBound - before))
            var upper = min(bytes.count, range.upperBound + after)
            let start = unitStart(bytes, upper)
            if start < upper { upper = min(bytes.count, start + UTF8Unit.decode(bytes, at: start).length) }
            return lower..<upper
        }
        let baselineWindow = windowRange(baseline, hunk.baseline)
        let candidateWindow = windowRange(candidate, hunk.candidate)
        // Dates in other digits (`٢٩ سبتمبر ٢٠٢٥`) too: a decimal digit of any script.
        guard DateRecognizer.holdsDigit(baseline[baselineWindow]), DateRecognizer.holdsDigit(candidate[candidateWindow]) else { return nil }

        // A zone name in another language on one side (`中国标准时间`) may face one in ASCII on the
        // other (`heure normale de la Chine`): either window's non-ASCII letters open both to them.
        let localizedZones = holdsNonASCIILetter(baseline, baselineWindow) || holdsNonASCIILetter(candidate, candidateWindow)
        // A long name (`temps universel coordonné`, `Всемирное координированное время`) may run
        // past the window after a date-time; and letters of two or three bytes put a date's start
        // further back (ne `२०२५ सेप्टेम्बर ३०` is 50 bytes before its day).
        let before = localizedZones ? window * 3 : window, after = localizedZones ? window + HunkWidener.zoneNameReach : window
        // The candidate's window is decoded only when the baseline's gives it a date to face.
        let baselineUnits = TextUnit.decode(baseline, localizedZones ? windowRange(baseline, hunk.baseline, before: before, after: after) : baselineWindow)
        let baselineScalars = baselineUnits.map(\.scalar)
        func dateTouching(_ units: [TextUnit], _ scalars: [UInt32], _ target: Range<Int>) -> (Range<Int>, RecognizedDate)? {
            for date in recognizer().dates(in: scalars, timesAlone: true, localizedZones: localizedZones) {
                let range = units[date.range.lowerBound].start..<units[date.range.upperBound - 1].end
                if range.touches(target) { return (range, date) }
            }
            return nil
        }
        // A bare numeric month and day (`9/29`) is read only where the other side writes that
        // day as a date (`9월 29일`): alone it is a fraction or a score as often as a date.
        func monthDayTouching(_ units: [TextUnit], _ scalars: [UInt32], _ target: Range<Int>, as other: RecognizedDate?) -> (Range<Int>, RecognizedDate)? {
            var day: (month: Int, day: Int)? = nil
            if let other {
                guard other.hasDate, let parts = ICU.gregorianComponents(millis: other.instants[0]) else { return nil }
                day = (parts.month, parts.day)
            }
            // The target in units: those it overlaps, or the insertion point.
            let lower = units.firstIndex { target.isEmpty ? $0.start >= target.lowerBound : $0.end > target.lowerBound } ?? units.count
            let upper = target.isEmpty ? lower : max(lower, units.firstIndex { $0.start >= target.upperBound } ?? units.count)
            guard let date = DateRecognizer.numericMonthDay(in: scalars, overlapping: lower..<upper, month: day?.month, day: day?.day)
            else { return nil }
            return (units[date.range.lowerBound].start..<units[date.range.upperBound - 1].end, date)
        }
        var baselineFound = dateTouching(baselineUnits, baselineScalars, hunk.baseline)
        // Without a date on the baseline side, the candidate's is searched only when the baseline
        // has a numeric month and day there to pair it with.
        guard baselineFound != nil || monthDayTouching(baselineUnits, baselineScalars, hunk.baseline, as: nil) != nil else { return nil }
        let candidateUnits = TextUnit.decode(candidate, localizedZones ? windowRange(candidate, hunk.candidate, before: before, after: after) : candidateWindow)
        let candidateScalars = candidateUnits.map(\.scalar)
        var candidateFound = dateTouching(candidateUnits, candidateScalars, hunk.candidate)
        if baselineFound == nil, let other = candidateFound?.1 {
            baselineFound = monthDayTouching(baselineUnits, baselineScalars, hunk.baseline, as: other)
        }
        if candidateFound == nil, let other = baselineFound?.1 {
            candidateFound = monthDayTouching(candidateUnits, candidateScalars, hunk.candidate, as: other)
        }
        guard let (baselineRange, baselineDate) = baselineFound, let (candidateRange, candidateDate) = candidateFound,
              baseline[baselineRange] != candidate[candidateRange]
        else { return nil }
        // A date never spans a line break: a window that held the dates' whole lines saw all the
        // text they can be read from, and a search around the widened hunk would find them again.
        func wholeLines(_ bytes: [UInt8], _ units: [TextUnit], _ date: Range<Int>) -> Bool {
            guard let first = units.first, let last = units.last else { return false }
            return (first.start == 0 || bytes[first.start..<date.lowerBound].contains(0x0A))
                && (last.end == bytes.count || bytes[date.upperBound..<last.end].contains(0x0A))
        }
        let pair = WideHunk.DatePair(baseline: baselineRange, candidate: candidateRange, baselineDate: baselineDate, candidateDate: candidateDate)
        return ([pair], wholeLines(baseline, baselineUnits, baselineRange) && wholeLines(candidate, candidateUnits, candidateRange))
    }
}
