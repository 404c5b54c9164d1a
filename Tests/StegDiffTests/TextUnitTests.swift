import Testing
@testable import StegDiff

/// `TextUnit.decode` reads eight ASCII bytes at a time; these check that the word-at-a-time path
/// and the byte path agree wherever a CR, a CR LF or a multi-byte character falls in a word.
@Suite("Text units")
struct TextUnitTests {
    /// What decode must give for valid UTF-8: one unit per scalar, CR LF as one unit.
    static func expectedUnits(_ text: String) -> [(key: UInt64, start: Int, end: Int, scalar: UInt32)] {
        var units: [(key: UInt64, start: Int, end: Int, scalar: UInt32)] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = String(scalar).utf8.count
            if scalar.value == 0x0A, let last = units.last, last.scalar == 0x0D, last.key == 0x0D, last.end == offset {
                units[units.count - 1] = (2 << 32, last.start, offset + 1, 0x0D)
            } else {
                units.append((UInt64(scalar.value), offset, offset + length, scalar.value))
            }
            offset += length
        }
        return units
    }

    static func check(_ text: String) {
        let units = TextUnit.decode(Array(text.utf8), 0..<text.utf8.count)
        let expected = expectedUnits(text)
        #expect(units.count == expected.count, "\(text.debugDescription)")
        for (unit, want) in zip(units, expected) {
            #expect(unit.key == want.key && unit.start == want.start && unit.end == want.end && unit.scalar == want.scalar,
                    "\(text.debugDescription): \(unit) != \(want)")
        }
    }

    @Test("a CR LF, a lone CR and a two-byte letter at every offset of a 24-byte line")
    func everyOffset() {
        // Texts of whole eight-byte words only: the last word ends the text.
        for words in 1...3 { TextUnitTests.check(String(repeating: "abcdefgh", count: words)) }
        for position in 0...22 {
            for insert in ["\r\n", "\r", "\n", "\u{E9}", "\u{200B}", "\u{1F600}"] {
                var text = String(repeating: "abcdefgh", count: 3)
                text.insert(contentsOf: insert, at: text.index(text.startIndex, offsetBy: position))
                TextUnitTests.check(text)
            }
        }
    }

    @Test("random mixes of ASCII, line breaks and multi-byte characters")
    func randomText() {
        var generator = SeededGenerator(seed: 17)
        let pieces = ["a", "b", " ", ".", "\r", "\n", "\r\n", "\u{E9}", "\u{430}", "\u{200D}", "\u{3000}", "\u{1F469}", "12345678"]
        for _ in 0..<300 {
            let count = Int.random(in: 0..<40, using: &generator)
            TextUnitTests.check((0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
    }

    @Test("a range that ends between CR and LF keeps the CR alone; a range inside the text")
    func partialRanges() {
        let bytes = Array("abcdefgh\r\nabcdefgh".utf8)
        let cut = TextUnit.decode(bytes, 0..<9)
        #expect(cut.count == 9 && cut[8].key == 0x0D && cut[8].start == 8 && cut[8].end == 9)
        let inner = TextUnit.decode(bytes, 3..<18)
        #expect(inner.map(\.start) == [3, 4, 5, 6, 7, 8] + Array(10..<18))
        #expect(inner[5].key == 2 << 32 && inner[5].end == 10)
    }

    @Test("the units listed while decoding are exactly those that are not plain ASCII, at every offset of a word")
    func specialListing() {
        var generator = SeededGenerator(seed: 0x5BEC)
        // Control characters (listed) beside tab, LF and CR (not listed), DEL, non-ASCII and invalid bytes.
        let pieces: [[UInt8]] = [[0x61], [0x20], [0x09], [0x0A], [0x0D], [0x0D, 0x0A], [0x00], [0x01], [0x08], [0x0B], [0x0C],
                                 [0x0E], [0x1F], [0x7E], [0x7F], [0xC3, 0xA9], [0xE2, 0x80, 0x8B], [0xFF], [0xE2, 0x80],
                                 Array("12345678".utf8)]
        var texts: [[UInt8]] = []
        for position in 0..<16 {
            for piece in pieces { texts.append(Array(repeating: 0x62, count: position) + piece + Array(repeating: 0x63, count: 17)) }
        }
        for _ in 0..<300 {
            texts.append((0..<Int.random(in: 0..<48, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! })
        }
        for bytes in texts {
            let (units, special) = TextUnit.decodeListingSpecial(bytes)
            #expect(units == TextUnit.decode(bytes, 0..<bytes.count), "\(bytes)")
            #expect(special == units.indices.filter { !units[$0].isPlainASCII }, "\(bytes)")
        }
    }

    @Test("digits and apostrophes found in the bytes map to the units a walk over the units finds")
    func bytesToUnits() {
        var generator = SeededGenerator(seed: 0xD161)
        let pieces = ["a", " ", "7", "2026", "/:;@", "'", "\r\n", "\u{E9}", "\u{0663}", "\u{FF11}", "\u{1F600}", "abcdefgh"]
        for _ in 0..<300 {
            let bytes = Array((0..<Int.random(in: 0..<40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8)
                + (Bool.random(using: &generator) ? [0xF0, 0x9F] : [])
            let units = TextUnit.decode(bytes, 0..<bytes.count)
            // Every ASCII digit, found from every offset, is the unit a walk finds.
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    let offset = ASCIIScan.firstDigit(buffer, from: start)
                    let walked = bytes[start...].firstIndex { (0x30...0x39).contains($0) } ?? bytes.count
                    #expect(offset == walked, "\(bytes) from \(start)")
                }
            }
            for (index, unit) in units.enumerated() {
                #expect(units.index(ofUnitAt: unit.start) == index && units.index(ofUnitAt: unit.start, from: index) == index)
            }
            #expect(units.index(ofUnitAt: bytes.count) == units.count)
            // Any byte offset (inside a multi-byte unit too), searched from any unit at or before the answer.
            for offset in 0...bytes.count {
                let first = units.firstIndex { $0.start >= offset } ?? units.count
                for lower in Set([0, max(first - 1, 0), max(first - 5, 0), first]) {
                    #expect(units.index(ofUnitAt: offset, from: lower) == first, "\(bytes): byte \(offset) from unit \(lower)")
                }
            }
        }
    }

    @Test("lines and columns read on demand: any order of offsets gives what counting from the start gives")
    func linesOnDemand() {
        var random = SeededGenerator(seed: 0x11E5)
        let pieces = ["word ", "é", "日本", "\u{1F600}", "\n", "\r\n", "long line of plain ASCII text ", "\n\n"]
        var text = ""
        while text.utf8.count < 30_000 { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        text += String(repeating: "x", count: 9_000)  // a last line longer than the read-ahead
        let bytes = Array(text.utf8)
        // Offsets at scalar boundaries, in a random order (the text is read as far as each needs).
        var offsets: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars { offsets.append(offset); offset += String(scalar).utf8.count }
        offsets.append(bytes.count)
        #expect(PromptText("a\nb").lineAndColumn(atOriginalOffset: 2) == (2, 1))  // just past a line feed
        // Each text is read further only for an offset past what it has read: every line start
        // in order (each just past a line feed, and past the last read), then a random order.
        let ascending = PromptText(bytes: bytes, source: "t"), prompt = PromptText(bytes: bytes, source: "t")
        let lineStarts = Array(offsets.filter { $0 > 0 && bytes[$0 - 1] == 0x0A }.enumerated().filter { $0.offset % 7 == 0 }.map(\.element))
        for (index, offset) in (lineStarts + (0..<400).map { _ in offsets[Int(random.next() % UInt64(offsets.count))] }).enumerated() {
            let reader = index < lineStarts.count ? ascending : prompt
            let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
            let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
            let found = reader.lineAndColumn(atOriginalOffset: offset)
            #expect(found.line == line && found.column == column, "offset \(offset)")
        }
        // The invalid sequences are counted when first asked for, the report's count too.
        let broken = PromptText(bytes: Array("a\nb".utf8) + [0xFF, 0xC3] + Array("\nc".utf8) + [0xE2, 0x80], source: "b")
        #expect(broken.invalidSequenceCount == 3)
        #expect(broken.invalidSequences.map(\.range) == [ByteRange(start: 3, end: 4), ByteRange(start: 4, end: 5), ByteRange(start: 7, end: 9)])
        #expect(Differ.diff(baseline: PromptText("a"), candidate: broken).candidate.invalidSequenceCount == 3)
        #expect(broken.lineAndColumn(atOriginalOffset: 9) == (3, 3))  // "c" and one invalid unit
    }

    @Test("code points read off the bytes are those of the decoded units, for any range of any bytes")
    func codePointsMatchDecodedUnits() {
        var generator = SeededGenerator(seed: 0xC0DE)
        // Text with CR LF, multi-byte letters, stray continuation bytes and cut sequences.
        let pieces: [[UInt8]] = [Array("a\r\nb".utf8), Array("é€😀".utf8), [0xFF], [0x80, 0x80], [0xE2, 0x82], [0x0D], Array("xyz".utf8)]
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 12) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let lower = bytes.isEmpty ? 0 : Int(generator.next() % UInt64(bytes.count + 1))
            let upper = lower + Int(generator.next() % UInt64(bytes.count - lower + 1))
            let read = TextUnit.codePoints(bytes, lower..<upper)
            let units = TextUnit.decode(bytes, lower..<upper)
            #expect(read.codePoints == units.flatMap(\.codePoints))
            #expect(read.isValidUTF8 == !units.contains(where: \.isInvalid))
        }
    }
}
