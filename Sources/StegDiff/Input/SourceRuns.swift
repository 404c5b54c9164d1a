/// Where each byte of a text decoded from JSON string literals came from, kept as runs: a literal
/// run maps byte for byte, and all bytes of an escape map to the escape's first byte and end where
/// the escape ends. An offset per byte cost eight bytes of map per byte of prompt and, with the
/// arrays built and compressed for each capture, most of a scan's time.
package struct SourceRuns: Sendable, Equatable {
    /// One run of decoded bytes.
    package struct Run: Sendable, Equatable {
        /// First decoded byte of the run (the run ends where the next one starts).
        package var start: Int
        /// Source offset of the run's first byte.
        package var origin: Int
        /// Source bytes the run spans; for a literal run, as many as it decodes to.
        package var sourceLength: Int
        /// True when byte i of the run comes from source byte `origin + i`.
        package var isLiteral: Bool
    }

    /// The runs, in decoded order (their origins never decrease).
    package private(set) var runs: [Run] = []
    /// Decoded bytes covered.
    package private(set) var count = 0
    /// The source offset the end of the text maps to (for one string, its closing quote).
    package var endOrigin = 0

    /// No bytes yet.
    package init() {}

    /// Runs from an offset per byte plus one for the end, and where each byte's source ends
    /// (nil: where the next byte's source begins).
    package init(offsets: [Int], ends: [Int]?) {
        let total = offsets.count - 1
        for index in 0..<total {
            let origin = offsets[index], end = ends?[index] ?? offsets[index + 1]
            if end == origin + 1 { appendLiteral(count: 1, origin: origin) } else { appendEscape(count: 1, origin: origin, sourceLength: end - origin) }
        }
        endOrigin = offsets[total]
    }

    /// Runs made elsewhere (`JSONDocument.decodedString`, which writes them in place): in
    /// decoded order, each starting where the previous one ends, the first at 0.
    package init(runs: [Run], count: Int, endOrigin: Int) {
        (self.runs, self.count, self.endOrigin) = (runs, count, endOrigin)
    }

    /// Room for `capacity` runs, so a long string's runs are not copied as they grow.
    package mutating func reserveCapacity(_ capacity: Int) { runs.reserveCapacity(capacity) }

    /// Appends `count` bytes copied from source offset `origin` on.
    package mutating func appendLiteral(count added: Int, origin: Int) {
        guard added > 0 else { return }
        if let last = runs.last, last.isLiteral, last.origin + last.sourceLength == origin, last.start + last.sourceLength == count {
            runs[runs.count - 1].sourceLength += added
        } else {
            runs.append(Run(start: count, origin: origin, sourceLength: added, isLiteral: true))
        }
        count += added
    }

    /// Appends `count` bytes that all stand for the source bytes `origin ..< origin + sourceLength`.
    package mutating func appendEscape(count added: Int, origin: Int, sourceLength: Int) {
        guard added > 0 else { return }
        if added == 1 && sourceLength == 1 { return appendLiteral(count: 1, origin: origin) }
        if let last = runs.last, !last.isLiteral, last.origin == origin, last.sourceLength == sourceLength {
            count += added  // more bytes of the same escape
            return
        }
        runs.append(Run(start: count, origin: origin, sourceLength: sourceLength, isLiteral: false))
        count += added
    }

    /// Appends another text's runs after these; the end maps where the other text's end does.
    package mutating func append(_ other: SourceRuns) {
        for index in other.runs.indices {
            let run = other.runs[index], length = other.decodedEnd(index) - run.start
            if run.isLiteral { appendLiteral(count: length, origin: run.origin) } else { appendEscape(count: length, origin: run.origin, sourceLength: run.sourceLength) }
        }
        endOrigin = other.endOrigin
    }

    /// The same runs with every source offset moved by `distance`.
    package func shifted(by distance: Int) -> SourceRuns {
        guard distance != 0 else { return self }  // a UTF-8 file without BOM: nothing to copy
        var result = self
        for index in result.runs.indices { result.runs[index].origin += distance }
        result.endOrigin += distance
        return result
    }

    /// These runs, whose source is the decoded text of `outer`, mapped on to `outer`'s source
    /// (a prompt inside a JSON body that is itself a string in a HAR file).
    package func mapped(through outer: SourceRuns) -> SourceRuns {
        var result = SourceRuns()
        result.runs.reserveCapacity(runs.count + outer.runs.count)
        // Origins never decrease, so one cursor walks the outer runs once.
        var cursor = 0
        func seek(_ position: Int) {
            while cursor + 1 < outer.runs.count, outer.runs[cursor + 1].start <= position { cursor += 1 }
        }
        func outerOrigin(_ position: Int) -> Int {
            guard position < outer.count, !outer.runs.isEmpty else { return outer.endOrigin }
            seek(position)
            let piece = outer.runs[cursor]
            return piece.isLiteral ? piece.origin + (position - piece.start) : piece.origin
        }
        for index in runs.indices {
            let run = runs[index], length = decodedEnd(index) - run.start
            if run.isLiteral, !outer.runs.isEmpty {
                // Source bytes [origin, origin + length) are outer decoded bytes: split at outer runs.
                var position = run.origin
                let stop = run.origin + length
                seek(position)
                while position < stop, cursor < outer.runs.count {
                    let piece = outer.runs[cursor]
                    let pieceEnd = min(stop, outer.decodedEnd(cursor))
                    if piece.isLiteral {
                        result.appendLiteral(count: pieceEnd - position, origin: piece.origin + (position - piece.start))
                    } else {
                        result.appendEscape(count: pieceEnd - position, origin: piece.origin, sourceLength: piece.sourceLength)
                    }
                    position = pieceEnd
                    if position < stop { cursor += 1 }
                }
            } else {
                let start = outerOrigin(run.origin), end = outerOrigin(run.origin + run.sourceLength)
                result.appendEscape(count: length, origin: start, sourceLength: end - start)
            }
        }
        result.endOrigin = outerOrigin(endOrigin)
        return result
    }

    /// Source offset of decoded byte `byte` (`count` maps to `endOrigin`).
    package func origin(of byte: Int) -> Int {
        guard byte < count, !runs.isEmpty else { return endOrigin }
        let run = runs[runIndex(of: byte)]
        return run.isLiteral ? run.origin + (byte - run.start) : run.origin
    }

    /// Where the source of decoded byte `byte` ends.
    package func end(of byte: Int) -> Int {
        guard byte < count, !runs.isEmpty else { return endOrigin }
        let run = runs[runIndex(of: byte)]
        return run.isLiteral ? run.origin + (byte - run.start) + 1 : run.origin + run.sourceLength
    }

    /// The first decoded byte whose source offset is at or past `origin` (`count` when none).
    package func firstByte(atOrAfter origin: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self.origin(of: middle) < origin { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// An offset per decoded byte plus the end, as `JSONDocument.string` gives them.
    package var denseOffsets: [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(count + 1)
        for index in runs.indices {
            let run = runs[index], length = decodedEnd(index) - run.start
            if run.isLiteral { offsets += run.origin..<(run.origin + length) } else { offsets += repeatElement(run.origin, count: length) }
        }
        offsets.append(endOrigin)
        return offsets
    }

    private func decodedEnd(_ index: Int) -> Int { index + 1 < runs.count ? runs[index + 1].start : count }

    /// The last run starting at or before `byte`.
    private func runIndex(of byte: Int) -> Int {
        var low = 0, high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].start <= byte { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
