import Testing
import StegDiff

/// `Finding.message` is built when read: the texts must be the ones reports always showed, and
/// assigning a message must still replace it.
@Suite("Finding messages")
struct FindingMessageTests {
    static func findings(_ baseline: [UInt8], _ candidate: [UInt8]) -> [Finding] {
        Differ.diff(baseline: PromptText(bytes: baseline, source: "a"), candidate: PromptText(bytes: candidate, source: "b")).findings
    }

    @Test("invalid bytes, a homoglyph and a zero-width space, each with its exact message")
    func messages() {
        let found = FindingMessageTests.findings(Array("caf\u{E9} say hi".utf8), Array("caf".utf8) + [0xFF] + Array(" say h\u{456}\u{200B}".utf8))
        #expect(found.map(\.message) == [
            "invalid bytes FF in the candidate where the baseline has U+00E9 LATIN SMALL LETTER E WITH ACUTE",
            "U+0069 LATIN SMALL LETTER I \u{2192} U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I (Latin \u{2192} Cyrillic)",
            "zero-width inserted: U+200B ZERO WIDTH SPACE",
        ])
    }

    @Test("inserted invalid bytes name no baseline text; UTF-16 input lists its original bytes")
    func invalidBytes() {
        let inserted = FindingMessageTests.findings(Array("caf say".utf8), Array("caf".utf8) + [0xC3, 0x28] + Array(" say".utf8))
        #expect(inserted.first?.message == "invalid bytes C3 in the candidate")
        // UTF-16LE with a lone high surrogate (D800) where the baseline has "x".
        let utf16: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00]
        let lone = FindingMessageTests.findings([0xFF, 0xFE, 0x61, 0x00, 0x78, 0x00, 0x62, 0x00], utf16)
        #expect(lone.first?.message == "invalid bytes 00 D8 in the candidate where the baseline has U+0078 LATIN SMALL LETTER X")
    }

    @Test("an assigned message replaces the built one")
    func assigned() {
        var finding = FindingMessageTests.findings(Array("a b".utf8), Array("a\u{200B} b".utf8))[0]
        #expect(finding.message == "zero-width inserted: U+200B ZERO WIDTH SPACE")
        finding.message = "reviewed: expected marker"
        #expect(finding.message == "reviewed: expected marker")
    }
}
