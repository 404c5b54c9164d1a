import Testing
import StegDiff

/// The JSON reader captured request bodies go through: byte ranges of values, escapes mapped
/// back to file offsets, bounded nesting, duplicate keys, and errors with byte offsets.
@Suite("JSON documents with byte offsets")
struct JSONDocumentTests {
    @Test("values keep their byte ranges; members are found by name")
    func ranges() throws {
        let text = #"{"model": "m", "system": "Be brief.", "n": [1, true, null]}"#
        let document = try JSONDocument(bytes: Array(text.utf8))
        let system = try #require(document.member(0, "system"))
        #expect(document.nodes[system].kind == .string)
        #expect(document.nodes[system].range == 25..<36)
        let decoded = try #require(document.string(system))
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "Be brief.")
        #expect(decoded.offsets.first == 26 && decoded.offsets.last == 35)
        let list = try #require(document.member(0, "n"))
        #expect(document.nodes[list].children.map { document.nodes[$0].kind } == [.number, .bool, .null])
    }

    @Test("escapes decode, and every decoded byte points at the escape it came from")
    func escapes() throws {
        let text = #"["go\u200Bod \ud83d\ude00 \"q\" \ud800x"]"#
        let document = try JSONDocument(bytes: Array(text.utf8))
        let decoded = try #require(document.string(document.nodes[0].children[0]))
        #expect(decoded.utf8 == Array("go\u{200B}od \u{1F600} \"q\" ".utf8) + [0xFF] + Array("x".utf8))
        #expect(decoded.offsets[2] == 4 && decoded.offsets[4] == 4)   // the 3 bytes of U+200B ← "\u200B" at 4
        #expect(decoded.offsets[5] == 10)                              // "o" after the escape
        #expect(decoded.offsets[8] == 13)                              // the emoji ← the surrogate pair at 13
    }

    @Test("source runs: a string inside a string maps every byte to its place in the file, as a byte-by-byte map would")
    func nestedRuns() throws {
        var random = SeededGenerator(seed: 0x5EC7)
        let pieces = ["plain text ", #"\n"#, #"\"q\""#, #"\\"#, #"\u00e9"#, "é", #"\ud83d\ude00"#, #"\ud800"#, "日本", #"\t"#, "/", #"\/"#]
        for _ in 0..<60 {
            // A request body holding a prompt string with escapes, itself escaped as a HAR string.
            let prompt = (0..<Int(random.next() % 40)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let body = #"{"system": ""# + prompt + #""}"#
            let file = Array((#"{"log": "# + JSONValue.string(body).serialized(pretty: false) + "}").utf8)
            let outerDocument = try JSONDocument(bytes: file)
            let log = try #require(outerDocument.member(0, "log"))
            let outer = try #require(outerDocument.decodedString(log))
            #expect(String(decoding: outer.utf8, as: UTF8.self) == body)
            let innerDocument = try JSONDocument(bytes: outer.utf8)
            let system = try #require(innerDocument.member(0, "system"))
            let inner = try #require(innerDocument.decodedString(system))
            let composed = inner.runs.mapped(through: outer.runs)
            #expect(composed.count == inner.utf8.count)
            // Byte by byte: where the byte's source starts, and where it ends (an escape's end; a
            // literal byte of the body inside an escape of the file ends where that escape ends).
            for byte in 0...inner.utf8.count {
                let innerOrigin = inner.runs.origin(of: byte)
                #expect(composed.origin(of: byte) == outer.runs.origin(of: innerOrigin), "origin of \(byte) in \(prompt)")
                guard byte < inner.utf8.count else { continue }
                let innerLiteral = inner.runs.end(of: byte) == innerOrigin + 1
                let expectedEnd = innerLiteral ? outer.runs.end(of: innerOrigin) : outer.runs.origin(of: inner.runs.end(of: byte))
                #expect(composed.end(of: byte) == expectedEnd, "end of \(byte) in \(prompt)")
            }
            // Runs and the dense form agree, and the dense form rebuilds the same runs.
            #expect(SourceRuns(offsets: composed.denseOffsets, ends: (0..<composed.count).map(composed.end(of:))) == composed)
            #expect(composed.runs.count <= 2 * prompt.count + 2)
        }
    }

    @Test("strings are scanned a word at a time: an escape, a quote or a control byte is seen at every alignment")
    func wordScanAlignments() throws {
        for length in 0..<24 {
            for place in 0..<length {
                var content = Array(repeating: UInt8(ascii: "a"), count: length)
                content[place] = 0xC3  // a non-ASCII byte must not look special
                let escaped = content[..<place] + Array(#"\n"#.utf8) + content[place...]
                let document = try JSONDocument(bytes: Array(#"[""#.utf8) + escaped + Array(#"", 1]"#.utf8))
                #expect(document.nodes[0].children.count == 2)
                let decoded = try #require(document.string(document.nodes[0].children[0]))
                #expect(decoded.utf8 == Array(content[..<place]) + [0x0A] + Array(content[place...]))
                var control = Array(#"[""#.utf8) + content + Array(#""]"#.utf8)
                control[2 + place] = 0x01
                #expect(throws: JSONDocument.ParseError.self) { try JSONDocument(bytes: control) }
                var early = Array(#"[""#.utf8) + content + Array(#""]"#.utf8)
                early[2 + place] = 0x22  // the string ends here, and what follows is not JSON
                #expect(throws: JSONDocument.ParseError.self) { try JSONDocument(bytes: early) }
            }
        }
    }

    @Test("a string's runs are written in place, one per escape and one per plain stretch, at every alignment")
    func runsInPlace() throws {
        let body = #"a\nbcdefghijk\u00E9\\\"\ud83d\ude00z"#
        for padding in 0..<17 {
            let pad = String(repeating: "x", count: padding)
            let document = try JSONDocument(bytes: Array(("[\"" + pad + body + "\"]").utf8))
            let node = document.nodes[0].children[0]
            #expect(document.nodes[node].escapeCount == 6)  // the surrogate pair is two escapes, decoded as one run
            let decoded = try #require(document.decodedString(node))
            #expect(decoded.utf8 == Array(pad.utf8) + [0x61, 0x0A] + Array("bcdefghijk".utf8) + [0xC3, 0xA9, 0x5C, 0x22, 0xF0, 0x9F, 0x98, 0x80, 0x7A])
            let start = 2 + padding
            let expected = (0..<padding).map { 2 + $0 } + ([0, 1] + Array(3...12) + [13, 13, 19, 21, 23, 23, 23, 23, 35, 36]).map { start + $0 }
            #expect(decoded.runs.denseOffsets == expected)
            #expect(decoded.runs.runs.count == 8)
            #expect(decoded.runs.end(of: padding + 1) == start + 3)  // the line feed's escape ends after "\n"
        }
    }

    @Test("a prompt inside a request body is diffed at offsets of the file", arguments: [true, false])
    func embeddedDiff(escaped: Bool) throws {
        let baseline = "Today's date is 2026-07-04."
        let body = escaped ? #"{"system": "Today\u2019s date is 2026/07/04."}"# : #"{"system": "Today’s date is 2026/07/04."}"#
        let bytes = Array(body.utf8)
        let document = try JSONDocument(bytes: bytes)
        let system = try #require(document.member(0, "system"))
        let decoded = try #require(document.string(system))
        let candidate = PromptText(embedded: decoded.utf8, fileOffsets: decoded.offsets, source: "body.json")
        let report = Differ.diff(baseline: PromptText(baseline), candidate: candidate)
        #expect(report.findings.map(\.kind) == [.homoglyph, .dateFormat])
        // The apostrophe sits at byte 17 of the file, written as 6 bytes (\u2019) or 3 (UTF-8).
        #expect(report.findings[0].candidate.range == ByteRange(start: 17, end: escaped ? 23 : 20))
        #expect(Array(bytes[17..<(escaped ? 23 : 20)]) == Array((escaped ? #"\u2019"# : "’").utf8))
        let dateStart = escaped ? 33 : 30
        #expect(report.findings[1].candidate.range == ByteRange(start: dateStart, end: dateStart + 10))
    }

    @Test("duplicate member names are reported: they can hide a second system prompt")
    func duplicateKeys() throws {
        let document = try JSONDocument(bytes: Array(#"{"system": "a", "x": 1, "system": "b"}"#.utf8))
        #expect(document.duplicateKeys.map(\.key) == ["system"])
        #expect(document.duplicateKeys.map(\.firstOffset) == [1])
        #expect(document.duplicateKeys.map(\.repeatedOffset) == [24])
    }

    @Test("malformed JSON fails with the byte offset", arguments: [
        (#"{"a": 1,}"#, 8), (#"{"a" 1}"#, 5), (#"[1, 2"#, 5), (#"{"a": "x"#, 6), ("", 0), (#"[1] x"#, 4), (#"{"a": tru}"#, 6),
        (#"["\q"]"#, 2), ("[\"a\nb\"]", 3),
    ])
    func errors(text: String, offset: Int) {
        #expect(throws: JSONDocument.ParseError.self) { try JSONDocument(bytes: Array(text.utf8)) }
        do {
            _ = try JSONDocument(bytes: Array(text.utf8))
        } catch {
            #expect(error.offset == offset, "\(text): \(error)")
        }
    }

    @Test("a bad value names what it found, not the literal its first letter suggests", arguments: [
        (#"{"system": nope}"#, 11, "'nope'"), (#"{"a": tru}"#, 6, "'tru'"), ("[\u{1}]", 1, "byte 0x1"), (#"{"a": @x}"#, 6, "'@x'"),
        ("[1,", 3, "the end of input"),
    ])
    func valueErrors(text: String, offset: Int, found: String) {
        do {
            _ = try JSONDocument(bytes: Array(text.utf8))
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.offset == offset, "\(text): \(error)")
            if text != "[1," {
                #expect(error.reason == "expected a JSON value (string, number, object, array, true, false or null), found \(found)")
            }
        }
    }

    @Test("100,000-deep nesting is an error, not a stack overflow")
    func deepNesting() {
        let deep = Array(String(repeating: "[", count: 100_000).utf8) + Array(String(repeating: "]", count: 100_000).utf8)
        do {
            _ = try JSONDocument(bytes: deep)
            Issue.record("expected a depth error")
        } catch {
            #expect(error.reason == "nesting deeper than 512")
            #expect(error.offset == 512)
        }
        #expect((try? JSONDocument(bytes: deep, maxDepth: 200_000))?.nodes.count == 100_000)
    }
}
