// Input/ owns how bytes become text: decoding (encodings, invalid sequences, offsets back to the
// original bytes), JSON with byte offsets, reading and walking files, and reading captures out of
// JSON, HAR, JSONL and plain text. It may call Support/ and Unicode/ (character facts for
// decoding and for showing paths); nothing in it knows about diffs or findings.

import Synchronization

/// The character encoding a prompt was read in.
public enum TextEncoding: String, Sendable, Codable {
    /// UTF-8 without a byte order mark (the default).
    case utf8 = "UTF-8"
    /// UTF-8 starting with EF BB BF; the BOM stays part of the text (it is U+FEFF at offset 0).
    case utf8WithBOM = "UTF-8 with BOM"
    /// UTF-16 little-endian, recognized by its BOM (FF FE); the BOM stays part of the text as U+FEFF.
    case utf16LittleEndian = "UTF-16LE"
    /// UTF-16 big-endian, recognized by its BOM (FE FF); the BOM stays part of the text as U+FEFF.
    case utf16BigEndian = "UTF-16BE"
}

/// An invalid byte sequence found while decoding (one maximal subpart, as U+FFFD substitution counts).
public struct InvalidSequence: Sendable, Hashable {
    /// Where the bad bytes are in the original file.
    public var range: ByteRange
    /// The bad bytes themselves.
    public var bytes: [UInt8]
}

/// A prompt's bytes, decoded for analysis without losing any byte or offset.
///
/// Analysis runs on UTF-8 bytes: for UTF-8 input these are the file's bytes; for UTF-16 they are a
/// transcoding with a map back to original offsets. Invalid input is kept as invalid UTF-8 so the
/// byte diff sees it and the classifier can report it with its original bytes.
public struct PromptText: Sendable {
    /// Where the text came from (a path, or `-` for standard input), for reports and errors.
    public let source: String
    /// Size of the original input in bytes.
    public let byteCount: Int
    /// Lowercase hex SHA-256 of the original input bytes (computed when first asked for).
    public var sha256: String { digest.value }
    /// The digest, shared by copies of this text and by the reports that describe it.
    package let digest: LazyDigest
    /// The encoding it was decoded as.
    public let encoding: TextEncoding
    /// The invalid sequences of the input, in order: the first `maxListedInvalidSequences`
    /// (binary junk has one every few bytes, and listing 25 million took gigabytes).
    public var invalidSequences: [InvalidSequence] { facts.invalid.listed }
    /// How many invalid sequences the input has in all.
    public var invalidSequenceCount: Int { facts.invalid.count }
    /// How many invalid sequences are listed in `invalidSequences`.
    public static let maxListedInvalidSequences = 100_000

    /// The bytes the differ and classifier work on (UTF-8, possibly with invalid sequences).
    package let analysisBytes: [UInt8]
    /// For transcoded input: the original offset of each analysis byte, plus one entry for the end.
    private let originalOffsets: OffsetMap?
    /// For transcoded input: the original bytes (analysis bytes are the original otherwise).
    private let transcodedFrom: [UInt8]?
    /// For embedded text: where each byte came from in the file and where its source ends, so a
    /// range that stops at a block boundary does not run into the syntax between blocks.
    private let embeddedRuns: SourceRuns?
    /// Line starts and invalid sequences, found when first asked for: a scan diffs thousands of
    /// captures whose findings, when they have any, sit in their first lines, and reading every
    /// prompt whole for them was 3 % of a scan.
    package let facts: TextFacts
    /// Columns at every few kilobytes of long lines, computed when a column on one is first asked.
    private let columnCheckpoints = ColumnCheckpoints()

    /// Decodes raw bytes: a UTF-16 BOM selects UTF-16, anything else is read as UTF-8.
    public init(bytes: [UInt8], source: String) {
        self.source = source
        self.byteCount = bytes.count
        self.digest = LazyDigest(bytes: bytes)
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            let (utf8, offsets) = PromptText.transcodeUTF16(bytes, bigEndian: false)
            (analysisBytes, originalOffsets) = (utf8, OffsetMap(offsets))
            transcodedFrom = bytes
            embeddedRuns = nil
            encoding = .utf16LittleEndian
        } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            let (utf8, offsets) = PromptText.transcodeUTF16(bytes, bigEndian: true)
            (analysisBytes, originalOffsets) = (utf8, OffsetMap(offsets))
            transcodedFrom = bytes
            embeddedRuns = nil
            encoding = .utf16BigEndian
        } else {
            analysisBytes = bytes
            originalOffsets = nil
            transcodedFrom = nil
            embeddedRuns = nil
            encoding = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? .utf8WithBOM : .utf8
        }
        let offsets = originalOffsets
        let original = bytes, analysis = analysisBytes
        self.facts = TextFacts(analysisBytes) {
            let scanned = PromptText.invalidSequences(analysis)
            return (scanned.invalid.map { range in
                let start = offsets?[range.lowerBound] ?? range.lowerBound
                let end = offsets?[range.upperBound] ?? range.upperBound
                return InvalidSequence(range: ByteRange(start: start, end: end), bytes: Array(original[start..<end]))
            }, scanned.count)
        }
    }

    /// A prompt embedded in a larger file (a JSON request body): its UTF-8 bytes, and for each byte
    /// the offset in that file it came from (plus one entry for the end), so findings point into
    /// the file. `byteCount` and `sha256` describe the embedded prompt's UTF-8.
    public init(embedded utf8: [UInt8], fileOffsets: [Int], fileEndOffsets: [Int]? = nil, source: String) {
        precondition(fileOffsets.count == utf8.count + 1, "one offset per byte plus the end")
        precondition(fileEndOffsets == nil || fileEndOffsets!.count == utf8.count, "one end offset per byte")
        self.init(embedded: utf8, runs: SourceRuns(offsets: fileOffsets, ends: fileEndOffsets), source: source)
    }

    /// A prompt embedded in a larger file, with where each byte came from as runs.
    package init(embedded utf8: [UInt8], runs: SourceRuns, source: String) {
        precondition(runs.count == utf8.count, "runs cover every byte")
        self.embeddedRuns = runs
        self.source = source
        self.byteCount = utf8.count
        self.digest = LazyDigest(bytes: utf8)
        self.encoding = .utf8
        self.analysisBytes = utf8
        self.originalOffsets = nil
        self.transcodedFrom = nil
        self.facts = TextFacts(utf8) {
            let scanned = PromptText.invalidSequences(utf8)
            return (scanned.invalid.map { range in
                InvalidSequence(range: ByteRange(start: runs.origin(of: range.lowerBound), end: runs.origin(of: range.upperBound)), bytes: Array(utf8[range]))
            }, scanned.count)
        }
    }

    /// The invalid sequences of UTF-8 (all counted, the first `maxListedInvalidSequences` kept),
    /// in analysis offsets.
    private static func invalidSequences(_ bytes: [UInt8]) -> (invalid: [Range<Int>], count: Int) {
        var invalid: [Range<Int>] = []
        var invalidCount = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = 0
            while index < buffer.count {
                // Thirty-two ASCII bytes at a time (prompts are mostly ASCII), then eight.
                if index + 32 <= buffer.count {
                    let raw = UnsafeRawPointer(base + index)
                    if (raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
                        & 0x8080_8080_8080_8080 == 0 {
                        index += 32
                        continue
                    }
                }
                if index + 8 <= buffer.count,
                   UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                if buffer[index] < 0x80 {
                    index += 1
                    continue
                }
                let unit = UTF8Unit.decode(buffer, at: index)
                if unit.scalar == nil {
                    invalidCount += 1
                    if invalid.count < maxListedInvalidSequences { invalid.append(index..<(index + unit.length)) }
                }
                index += unit.length
            }
        }
        return (invalid, invalidCount)
    }

    /// Decodes a string's UTF-8 (convenience for library users and tests).
    public init(_ string: String, source: String = "<string>") {
        self.init(bytes: Array(string.utf8), source: source)
    }

    /// Maps an analysis-byte offset to an offset in the original file.
    package func originalOffset(_ analysisOffset: Int) -> Int {
        if let embeddedRuns { return embeddedRuns.origin(of: analysisOffset) }
        return originalOffsets?[analysisOffset] ?? analysisOffset
    }

    /// Maps the end of an analysis range to the end of its source in the original file.
    package func originalEnd(_ analysisEnd: Int, start analysisStart: Int) -> Int {
        guard let embeddedRuns, analysisEnd > analysisStart else { return originalOffset(analysisEnd) }
        return embeddedRuns.end(of: analysisEnd - 1)
    }

    /// 1-based line and code-point column of a byte offset in the original input (for UTF-16
    /// input, an offset into the UTF-16 bytes), as editors and SARIF viewers count them.
    public func lineAndColumn(atOriginalOffset offset: Int) -> (line: Int, column: Int) {
        lineAndColumn(of: analysisOffset(forOriginal: offset))
    }

    /// The first analysis offset whose original offset is at or past `original`.
    package func analysisOffset(forOriginal original: Int) -> Int {
        if let embeddedRuns { return min(embeddedRuns.firstByte(atOrAfter: original), analysisBytes.count) }
        guard let originalOffsets else { return min(max(original, 0), analysisBytes.count) }
        var low = 0, high = originalOffsets.count - 1
        while low < high {
            let middle = (low + high) / 2
            if originalOffsets[middle] < original { low = middle + 1 } else { high = middle }
        }
        return min(low, analysisBytes.count)
    }

    /// The original file's bytes behind an analysis range (for UTF-16, the UTF-16 bytes).
    package func originalBytes(_ analysisRange: Range<Int>) -> ArraySlice<UInt8> {
        guard let transcodedFrom else { return analysisBytes[analysisRange] }
        return transcodedFrom[originalOffset(analysisRange.lowerBound)..<originalOffset(analysisRange.upperBound)]
    }

    /// 1-based line and code-point column of an analysis offset.
    package func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        // Every line start at or before `offset` (its line feed lies before it) is known.
        let lineStarts = facts.lineStarts(through: offset)
        // The last line start at or before `offset` (the first is 0), by a search whose steps
        // the compiler makes branch-free: a mispredicted branch per step cost more than the loads.
        var low = 0
        lineStarts.withUnsafeBufferPointer { starts in
            var count = starts.count
            while count > 1 {
                let half = count / 2
                low = starts[low &+ half] <= offset ? low &+ half : low
                count -= half
            }
        }
        // Counting from the line start made each finding cost the length of its line: a one-line
        // prompt of 400 KB with 15,000 findings spent 85 % of a 4 s diff here. Long lines count
        // from the nearest checkpoint instead.
        var (index, column) = (lineStarts[low], 1)
        if offset - index > ColumnCheckpoints.stride {
            (index, column) = columnCheckpoints.nearest(before: offset, line: low, lineStart: index, bytes: analysisBytes)
        }
        return (low + 1, countColumns(from: index, column: column, to: offset))
    }

    /// `lineAndColumn(of: end)` for the end of a range whose start `start` is at `position`:
    /// counted on from the start where that gives the same answer (a finding is short, and
    /// finding its end's line again cost as much as the rest of its side). Columns are steps of
    /// `UTF8Unit.decode` from the line's start; a step takes only continuation bytes after its
    /// first, so a start that is no continuation byte is where a step begins, and with no line
    /// feed in the range the end is on the start's line.
    package func lineAndColumn(of end: Int, after start: Int, at position: (line: Int, column: Int)) -> (line: Int, column: Int) {
        guard start < end, analysisBytes[start] & 0xC0 != 0x80, !analysisBytes[start..<end].contains(0x0A) else { return lineAndColumn(of: end) }
        return (position.line, countColumns(from: start, column: position.column, to: end))
    }

    /// The column at `offset`, counted on from `index` at `column` on the same line.
    private func countColumns(from index: Int, column: Int, to offset: Int) -> Int {
        var (index, column) = (index, column)
        analysisBytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            while index < offset {
                // ASCII eight bytes at a time (one column each), and the ASCII bytes before the
                // first other byte of a word at once; anything else unit by unit. (Offsets stay
                // within the buffer, so the sums cannot overflow: no checks in the loop.)
                if index &+ 8 <= offset {
                    let high = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) & 0x8080_8080_8080_8080
                    let ascii = high == 0 ? 8 : high.trailingZeroBitCount / 8
                    if ascii > 0 {
                        (index, column) = (index &+ ascii, column &+ ascii)
                        continue
                    }
                }
                index &+= UTF8Unit.decode(buffer, at: index).length
                column &+= 1
            }
        }
        return column
    }

    /// Transcodes UTF-16 (its BOM included, as U+FEFF) to UTF-8; a lone surrogate or an odd
    /// trailing byte becomes one invalid byte (FF) so it surfaces as one invalid-encoding finding
    /// whose range covers its original bytes.
    private static func transcodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> ([UInt8], [Int]) {
        var output: [UInt8] = []
        var offsets: [Int] = []
        output.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        func unit(at index: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[index]) << 8 | UInt32(bytes[index + 1])
                : UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index])
        }
        func append(_ encoded: [UInt8], from start: Int) {
            output.append(contentsOf: encoded)
            offsets.append(contentsOf: repeatElement(start, count: encoded.count))
        }
        var index = 0
        while index < bytes.count {
            guard index + 1 < bytes.count else {
                append([0xFF], from: index)
                index += 1
                break
            }
            let first = unit(at: index)
            if (0xD800...0xDBFF).contains(first), index + 3 < bytes.count {
                let second = unit(at: index + 2)
                if (0xDC00...0xDFFF).contains(second) {
                    let scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    append(Array(String(Unicode.Scalar(scalar)!).utf8), from: index)
                    index += 4
                    continue
                }
            }
            if let scalar = Unicode.Scalar(first) {
                append(Array(String(scalar).utf8), from: index)
            } else {
                append([0xFF], from: index)  // a lone surrogate
            }
            index += 2
        }
        offsets.append(bytes.count)
        return (output, offsets)
    }
}

/// Analysis offset → original offset, kept as runs in which the original advances one byte per
/// analysis byte (the unescaped stretches of a JSON string), so a 100 KB prompt embedded in a
/// capture keeps a few entries instead of 100,001 Ints; where runs would not save anything (UTF-16
/// input, two original bytes per character) the offsets stay dense.
struct OffsetMap: Sendable {
    private let starts: [Int]
    private let origins: [Int]
    private let dense: [Int]?
    /// Entries: one per analysis byte, plus the end.
    let count: Int

    init(_ offsets: [Int]) {
        count = offsets.count
        var starts: [Int] = [], origins: [Int] = []
        for index in offsets.indices where index == 0 || offsets[index] != offsets[index - 1] + 1 {
            starts.append(index)
            origins.append(offsets[index])
            if starts.count > offsets.count / 4 { break }
        }
        if starts.count > offsets.count / 4 {
            (self.starts, self.origins, dense) = ([], [], offsets)
        } else {
            (self.starts, self.origins, dense) = (starts, origins, nil)
        }
    }

    subscript(index: Int) -> Int {
        if let dense { return dense[index] }
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return origins[low] + (index - starts[low])
    }
}

/// A text's line starts and invalid sequences, found when first asked for and kept (shared by the
/// copies of a `PromptText`, which may be read from several threads at once).
package final class TextFacts: Sendable {
    private let bytes: [UInt8]
    private let findInvalid: @Sendable () -> (listed: [InvalidSequence], count: Int)
    /// Line starts found so far (after each LF), and how far the bytes have been read for them.
    private let lines = Mutex<(starts: [Int], readTo: Int)>(([0], 0))
    private let invalidSequences = Mutex<(listed: [InvalidSequence], count: Int)?>(nil)

    /// Facts of `bytes`; `findInvalid` lists the invalid sequences (in original offsets) when asked.
    init(_ bytes: [UInt8], findInvalid: @escaping @Sendable () -> (listed: [InvalidSequence], count: Int)) {
        self.bytes = bytes
        self.findInvalid = findInvalid
    }

    /// The invalid sequences (the first `PromptText.maxListedInvalidSequences`) and their number.
    var invalid: (listed: [InvalidSequence], count: Int) {
        invalidSequences.withLock { known in
            if let known { return known }
            let found = findInvalid()
            known = found
            return found
        }
    }

    /// Line starts: every one at or before `offset`, and perhaps some after it. A line feed is
    /// never part of a multi-byte sequence, valid or not, so line starts need no decoding.
    func lineStarts(through offset: Int) -> [Int] {
        lines.withLock { lines in
            guard lines.readTo < min(offset, bytes.count) else { return lines.starts }
            // Read on to a few kilobytes past the offset, so findings further on seldom read again.
            let end = min(bytes.count, max(offset, lines.readTo + 4096) + 4096)
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                var index = lines.readTo
                while index < end {
                    // Eight bytes at a time: the line feeds among them found with word arithmetic.
                    if index + 8 <= end {
                        let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                        let x = word ^ 0x0A0A_0A0A_0A0A_0A0A  // a zero byte where a line feed is
                        var feeds = ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
                        while feeds != 0 {
                            lines.starts.append(index + feeds.trailingZeroBitCount / 8 + 1)
                            feeds &= feeds &- 1
                        }
                        index += 8
                        continue
                    }
                    if buffer[index] == 0x0A { lines.starts.append(index + 1) }
                    index += 1
                }
                lines.readTo = end
            }
            return lines.starts
        }
    }
}

/// Code-point columns at about every `stride` bytes of each long line, so that the column of an
/// offset far into a line costs at most `stride` bytes of decoding. Filled on first use, per line.
final class ColumnCheckpoints: Sendable {
    /// Bytes between checkpoints.
    static let stride = 4096
    private let lines = Mutex<[Int: [(offset: Int, column: Int)]]>([:])

    /// The last checkpoint at or before `offset` on line `line` (0-based), as (offset, column).
    func nearest(before offset: Int, line: Int, lineStart: Int, bytes: [UInt8]) -> (Int, Int) {
        let checkpoints = lines.withLock { lines in
            if let known = lines[line] { return known }
            // Decoded as lineAndColumn decodes, so an invalid sequence counts one column here too;
            // the line ends at the next line feed (or the text's end).
            var made: [(offset: Int, column: Int)] = [(lineStart, 1)]
            var (index, column) = (lineStart, 1)
            while index < bytes.count, bytes[index] != 0x0A {
                index += UTF8Unit.decode(bytes, at: index).length
                column += 1
                if index - made[made.count - 1].offset >= Self.stride { made.append((index, column)) }
            }
            lines[line] = made
            return made
        }
        var low = 0, high = checkpoints.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if checkpoints[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        return checkpoints[low]
    }
}
