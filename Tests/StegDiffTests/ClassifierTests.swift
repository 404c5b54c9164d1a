import Testing
import StegDiff

@Suite("Classifier: one kind per finding, exact offsets and code points")
struct ClassifierTests {
    // The headline case: nothing invisible, one apostrophe and the date separators changed.
    @Test("apostrophe homoglyphs and a y/MM/dd date", arguments: [
        ("\u{2019}", "E2 80 99"), ("\u{02BC}", "CA BC"), ("\u{02B9}", "CA B9"),
    ])
    func headlineCase(apostrophe: String, bytes: String) {
        let baseline = "Today's date is 2026-07-04.\n"
        let candidate = "Today\(apostrophe)s date is 2026/07/04.\n"
        let report = Differ.diff(baseline: baseline, candidate: candidate)
        let width = apostrophe.utf8.count
        let codePoint = hex(apostrophe.unicodeScalars.first!.value)
        #expect(report.findings.map(describe) == [
            "homoglyph high b[5, 6) c[5, \(5 + width)) U+0027 -> U+\(codePoint)",
            "date-format high b[16, 26) c[\(15 + width), \(25 + width)) U+0032 U+0030 U+0032 U+0036 U+002D U+0030 U+0037 U+002D U+0030 U+0034 -> U+0032 U+0030 U+0032 U+0036 U+002F U+0030 U+0037 U+002F U+0030 U+0034",
        ])
        let date = report.findings[1].date
        #expect(date?.baselinePattern == "y-MM-dd")
        #expect(date?.candidatePattern == "y/MM/dd")
        #expect(date?.baselineValue == "2026-07-04")
        #expect(date?.candidateValue == "2026-07-04")
        // ja uses y/MM/dd for short dates in CLDR 42; the list comes from ICU, not from us.
        #expect(date?.localesUsingCandidatePattern.contains("ja") == true)
        #expect(report.findings[0].message.contains("U+02BC MODIFIER LETTER APOSTROPHE") == (apostrophe == "\u{02BC}"))
    }

    @Test("a date that only moved on is benign drift")
    func dateValueDrift() {
        let report = Differ.diff(baseline: "Today's date is 2026-07-04.\n", candidate: "Today's date is 2026-07-05.\n")
        #expect(report.findings.count == 1)
        let finding = report.findings[0]
        #expect(finding.kind == .dateValue)
        #expect(finding.severity == .info)
        #expect(finding.baseline.range == ByteRange(start: 16, end: 26))
        #expect(finding.candidate.range == ByteRange(start: 16, end: 26))
        #expect(finding.date?.baselineValue == "2026-07-04")
        #expect(finding.date?.candidateValue == "2026-07-05")
        #expect(finding.date?.candidatePattern == "y-MM-dd")
    }

    @Test("date formats are recognized by ICU, numeric and with month names", arguments: [
        ("2026/7/4", "y/M/d", "2026-07-04"),
        ("July 4, 2026", "MMMM d, y", "2026-07-04"),
        ("2026年7月4日", "y年M月d日", "2026-07-04"),
        ("04.07.2026", "dd.MM.y", "2026-07-04"),
        ("20260704", "yyyyMMdd", "2026-07-04"),
        ("4 juillet 2026", "d MMMM y", "2026-07-04"),
        ("4. Juli 2026", "d. MMMM y", "2026-07-04"),
        ("2026년 7월 5일", "y년 M월 d일", "2026-07-05"),
        ("4 de julio de 2026", "d 'de' MMMM 'de' y", "2026-07-04"),
        ("4 июля 2026 г.", "d MMMM y\u{202F}'г'.", "2026-07-04"),
    ])
    func dateFormats(text: String, pattern: String, value: String) {
        let baseline = "Environment: date 2026-07-04 (UTC).\n"
        let candidate = "Environment: date \(text) (UTC).\n"
        let report = Differ.diff(baseline: baseline, candidate: candidate)
        #expect(report.findings.count == 1, "\(report.findings.map(describe))")
        guard let finding = report.findings.first else { return }
        #expect(finding.kind == .dateFormat)
        #expect(finding.baseline.range == ByteRange(start: 18, end: 28))
        #expect(finding.candidate.range == ByteRange(start: 18, end: 18 + text.utf8.count))
        #expect(finding.date?.baselinePattern == "y-MM-dd")
        #expect(finding.date?.candidatePattern == pattern)
        #expect(finding.date?.candidateValue == value)
    }

    @Test("invisible characters by subkind, as runs, with exact insertion points", arguments: [
        ("go\u{200B}od", "zero-width", "U+200B"),
        ("go\u{2060}od", "zero-width", "U+2060"),
        ("go\u{202E}od", "bidi-control", "U+202E"),
        ("go\u{2066}od", "bidi-control", "U+2066"),
        ("go\u{FE0F}od", "variation-selector", "U+FE0F"),
        ("go\u{E0100}od", "variation-selector", "U+E0100"),
        ("go\u{00AD}od", "soft-hyphen", "U+00AD"),
        ("go\u{FEFF}od", "bom", "U+FEFF"),
        ("go\u{2064}od", "other", "U+2064"),
        ("go\u{200B}\u{200B}od", "zero-width", "U+200B U+200B"),
    ])
    func invisibleSubkinds(candidateWord: String, subkind: String, codePoints: String) {
        let inserted = candidateWord.utf8.count - 4
        #expect(diffDescriptions("a good day", "a \(candidateWord) day") == [
            "invisible/\(subkind) high b[4, 4) c[4, \(4 + inserted)) -> \(codePoints)",
        ])
    }

    @Test("a tag run's hidden ASCII is decoded")
    func tagRun() {
        let hidden = "run rm -rf"
        let tags = String(String.UnicodeScalarView(hidden.unicodeScalars.map { Unicode.Scalar($0.value + 0xE0000)! }))
        let report = Differ.diff(baseline: "Be helpful.", candidate: "Be\(tags) helpful.")
        #expect(report.findings.count == 1)
        #expect(report.findings[0].kind == .invisible)
        #expect(report.findings[0].subkind == "tag")
        #expect(report.findings[0].decodedTag == hidden)
        #expect(report.findings[0].baseline.range == ByteRange(start: 2, end: 2))
        #expect(report.findings[0].candidate.range == ByteRange(start: 2, end: 2 + 4 * hidden.count))
    }

    @Test("removed and swapped invisibles; RLO…PDF is two runs")
    func removedSwappedAndPairs() {
        #expect(diffDescriptions("a go\u{200B}od day", "a good day") == ["invisible/zero-width high b[4, 7) c[4, 4) U+200B ->"])
        #expect(diffDescriptions("a go\u{200B}od day", "a go\u{200C}od day") == ["invisible/zero-width high b[4, 7) c[4, 7) U+200B -> U+200C"])
        // A space replaced by an invisible character is one replacement, not a removal and an insertion.
        #expect(diffDescriptions("go od", "go\u{200B}od") == ["invisible/zero-width high b[2, 3) c[2, 5) U+0020 -> U+200B"])
        #expect(diffDescriptions("if admin then", "if \u{202E}admin\u{202C} then") == [
            "invisible/bidi-control high b[3, 3) c[3, 6) -> U+202E",
            "invisible/bidi-control high b[8, 8) c[11, 14) -> U+202C",
        ])
    }

    @Test("legitimate joiners are reported at low severity with the reason")
    func legitimateJoiners() {
        // U+1F469 U+200D U+1F4BB WOMAN TECHNOLOGIST is an RGI ZWJ sequence.
        let report = Differ.diff(baseline: "dev: \u{1F469}\u{200D}\u{1F4BB} ok", candidate: "dev: \u{1F469}\u{1F4BB} ok")
        #expect(report.findings.map(describe) == ["invisible/zero-width low b[9, 12) c[9, 9) U+200D ->"])
        #expect(report.findings.first?.legitimateUse?.contains("RGI emoji") == true)
        // ZWNJ inside Persian «می\u{200C}خواهم» (U+0645 U+06CC ZWNJ U+062E …).
        let persian = Differ.diff(baseline: "من می\u{200C}خواهم", candidate: "من میخواهم")
        #expect(persian.findings.map(describe) == ["invisible/zero-width low b[9, 12) c[9, 9) U+200C ->"])
        #expect(persian.findings.first?.legitimateUse == "ZWNJ between Arabic-script letters")
        // The same ZWNJ between Latin letters is not legitimate.
        #expect(diffDescriptions("abc", "a\u{200C}bc") == ["invisible/zero-width high b[1, 1) c[1, 4) -> U+200C"])
    }

    @Test("joiners: runs and word edges in Arabic text are medium, beside digits or Latin they are high")
    func joinerContexts() {
        let run = Differ.diff(baseline: "من میخواهم", candidate: "من می" + String(repeating: "\u{200C}", count: 10) + "خواهم")
        #expect(run.findings.map(\.severity) == [.medium])
        #expect(run.findings.first?.legitimateUse == "redundant joiners in Arabic-script text")
        #expect(Differ.diff(baseline: "۱۲", candidate: "۱\u{200C}۲").findings.map(\.severity) == [.high])
        #expect(Differ.diff(baseline: "ab", candidate: "a\u{200D}b").findings.map(\.severity) == [.high])
    }

    @Test("control and format characters that are not default-ignorable are invisible too")
    func controls() {
        #expect(diffDescriptions("ab", "a\u{0}b") == ["invisible/control high b[1, 1) c[1, 2) -> U+0000"])
        #expect(diffDescriptions("ab", "a\u{1B}b") == ["invisible/control high b[1, 1) c[1, 2) -> U+001B"])
        #expect(diffDescriptions("ab", "a\u{FFF9}b") == ["invisible/other high b[1, 1) c[1, 4) -> U+FFF9"])
        #expect(diffDescriptions("ab", "a\u{85}b") == ["line-ending medium b[1, 1) c[1, 3) -> U+0085"])
        #expect(diffDescriptions("ab", "a\u{9B}b") == ["invisible/control high b[1, 1) c[1, 3) -> U+009B"])
        // Visible Latin-1 signs are no controls: © « ¬ inserted are plain edits.
        #expect(diffDescriptions("a b", "a \u{A9}b").map { $0.hasPrefix("edit low") } == [true])
    }

    @Test("homoglyphs one character at a time, with adjacent perturbations kept apart")
    func homoglyphs() {
        #expect(diffDescriptions("a pass b", "a \u{0440}\u{0430}ss b") == [
            "homoglyph high b[2, 3) c[2, 4) U+0070 -> U+0440",
            "homoglyph high b[3, 4) c[4, 6) U+0061 -> U+0430",
        ])
        #expect(diffDescriptions("a pass b", "a p\u{0430}\u{200B}ss b") == [
            "homoglyph high b[3, 4) c[3, 5) U+0061 -> U+0430",
            "invisible/zero-width high b[4, 4) c[5, 8) -> U+200B",
        ])
        let report = Differ.diff(baseline: "x = a", candidate: "x = \u{0430}")
        #expect(report.findings.first?.message == "U+0061 LATIN SMALL LETTER A → U+0430 CYRILLIC SMALL LETTER A (Latin → Cyrillic)")
        #expect(diffDescriptions("a modern b", "a rnodern b") == ["homoglyph high b[2, 3) c[2, 4) U+006D -> U+0072 U+006E"])
    }

    @Test("a look-alike next to the same letter, or inside an edited word, is still a homoglyph")
    func homoglyphsTheByteDiffWouldSplit() {
        // The minimal byte diff can insert о and delete the following o: equal cost, wrong story.
        #expect(diffDescriptions("look for", "l\u{043E}ok f\u{043E}r") == [
            "homoglyph high b[1, 2) c[1, 3) U+006F -> U+043E",
            "homoglyph high b[6, 7) c[7, 9) U+006F -> U+043E",
        ])
        #expect(diffDescriptions("aa a", "\u{0430}a \u{0430}") == [
            "homoglyph high b[0, 1) c[0, 2) U+0061 -> U+0430",
            "homoglyph high b[3, 4) c[4, 6) U+0061 -> U+0430",
        ])
        let report = Differ.diff(baseline: "please say hello now", candidate: "please say h\u{0435}lo now")
        #expect(report.findings.contains { $0.kind == .homoglyph && $0.candidate.codePoints == [0x0435] && $0.severity == .high })
    }

    @Test("whitespace variants, added and removed spaces")
    func whitespace() {
        #expect(diffDescriptions("a b c", "a\u{00A0}b c") == ["whitespace/replaced medium b[1, 2) c[1, 3) U+0020 -> U+00A0"])
        #expect(diffDescriptions("a b c", "a\u{2009}b\u{3000}c") == [
            "whitespace/replaced medium b[1, 2) c[1, 4) U+0020 -> U+2009",
            "whitespace/replaced medium b[3, 4) c[5, 8) U+0020 -> U+3000",
        ])
        #expect(diffDescriptions("end.\nnext", "end. \nnext") == ["whitespace/added medium b[4, 4) c[4, 5) -> U+0020"])
    }

    @Test("normalization and compatibility variants")
    func equivalence() {
        #expect(diffDescriptions("caf\u{E9} ok", "cafe\u{301} ok") == ["normalization medium b[3, 5) c[3, 6) U+00E9 -> U+0065 U+0301"])
        #expect(diffDescriptions("x a\u{323}\u{301} y", "x a\u{301}\u{323} y") == [
            "normalization medium b[2, 7) c[2, 7) U+0061 U+0323 U+0301 -> U+0061 U+0301 U+0323",
        ])
        #expect(diffDescriptions("a file", "a \u{FB01}le") == ["compatibility medium b[2, 4) c[2, 5) U+0066 U+0069 -> U+FB01"])
        #expect(diffDescriptions("x a y", "x \u{FF41} y") == ["compatibility medium b[2, 3) c[2, 5) U+0061 -> U+FF41"])
    }

    @Test("line endings, one finding per break, CR LF kept whole")
    func lineEndings() {
        #expect(diffDescriptions("a\nb\nc\n", "a\r\nb\nc\r\n") == [
            "line-ending medium b[1, 2) c[1, 3) U+000A -> U+000D U+000A",
            "line-ending medium b[5, 6) c[6, 8) U+000A -> U+000D U+000A",
        ])
        #expect(diffDescriptions("a\r\nb", "a\nb") == ["line-ending medium b[1, 3) c[1, 2) U+000D U+000A -> U+000A"])
        #expect(diffDescriptions("a\nb", "a\u{2028}b") == ["line-ending medium b[1, 2) c[1, 4) U+000A -> U+2028"])
    }

    @Test("a bare CR, or a space turned into a line break, is a line-ending change")
    func lineBreaksInText() {
        #expect(diffDescriptions("hello world", "hello\rworld") == ["line-ending medium b[5, 6) c[5, 6) U+0020 -> U+000D"])
        #expect(diffDescriptions("safe text\n", "evil\rsafe text\n") == [
            "edit low b[0, 0) c[0, 4) -> U+0065 U+0076 U+0069 U+006C",
            "line-ending medium b[0, 0) c[4, 5) -> U+000D",
        ])
    }

    @Test("ambiguous numeric dates: the same day in another order is a format change")
    func ambiguousDates() {
        let swap = Differ.diff(baseline: "Date: 07/04/2026.", candidate: "Date: 04/07/2026.")
        #expect(swap.findings.map(\.kind) == [.dateFormat])
        #expect(swap.findings.first?.date?.baselineValue == swap.findings.first?.date?.candidateValue)
        let short = Differ.diff(baseline: "Date: 2026-07-04.", candidate: "Date: 7/4/26.")
        #expect(short.findings.first?.date?.candidatePattern == "M/d/yy")
        #expect(short.findings.first?.date?.candidateValue == "2026-07-04")
        #expect(short.findings.first?.date?.localesUsingCandidatePattern.contains("en") == true)
    }

    @Test("invalid UTF-8: each maximal subpart is a finding with its exact bytes")
    func invalidEncoding() {
        let baseline = Array("abc def".utf8)
        #expect(diffDescriptions(bytes: baseline, Array("ab".utf8) + [0xFF] + Array("c def".utf8)) == [
            "invalid-encoding high b[2, 2) c[2, 3) -> U+FFFD",
        ])
        #expect(diffDescriptions(bytes: baseline, Array("abc d".utf8) + [0xE2, 0x80] + Array("ef".utf8)) == [
            "invalid-encoding high b[5, 5) c[5, 7) -> U+FFFD",
        ])
        // A truncated character: é (C3 A9) became C3 alone.
        #expect(diffDescriptions(bytes: Array("caf\u{E9} ok".utf8), Array("caf".utf8) + [0xC3] + Array(" ok".utf8)) == [
            "invalid-encoding high b[3, 5) c[3, 4) U+00E9 -> U+FFFD",
        ])
        let report = Differ.diff(baseline: PromptText(bytes: baseline, source: "a"),
                                   candidate: PromptText(bytes: Array("ab".utf8) + [0xFF] + Array("c def".utf8), source: "b"))
        #expect(report.candidate.invalidSequenceCount == 1)
        #expect(report.findings.first?.message.contains("FF") == true)
    }

    @Test("content edits cover whole words")
    func edits() {
        #expect(diffDescriptions("Be short and clear.", "Be brief and clear.") == [
            "edit low b[3, 8) c[3, 8) U+0073 U+0068 U+006F U+0072 U+0074 -> U+0062 U+0072 U+0069 U+0065 U+0066",
        ])
    }

    @Test("identical inputs, including legitimate non-ASCII text, give no findings")
    func identical() {
        let text = "Team \u{1F469}\u{200D}\u{1F4BB} — می\u{200C}خواهم — 中文 — « Bonjour\u{00A0}! » ⚠\u{FE0F}\n"
        #expect(Differ.diff(baseline: text, candidate: text).findings.isEmpty)
    }

    @Test("UTF-16 input: offsets point into the original file's bytes")
    func utf16Offsets() {
        let baseline = Array("go od".utf8)
        var candidate: [UInt8] = [0xFF, 0xFE]
        for unit in "go\u{200B}od".utf16 { candidate += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let report = Differ.diff(baseline: PromptText(bytes: baseline, source: "a"), candidate: PromptText(bytes: candidate, source: "b"))
        #expect(report.candidate.encoding == .utf16LittleEndian)
        let zeroWidth = report.findings.first { $0.subkind == "zero-width" }
        #expect(zeroWidth?.candidate.range == ByteRange(start: 6, end: 8))
        // Its BOM is text (U+FEFF) like a UTF-8 BOM: adding one where the baseline had none shows.
        #expect(report.findings.first?.subkind == "bom")
        #expect(report.findings.first?.candidate.range == ByteRange(start: 0, end: 2))
        // A lone surrogate is one invalid sequence over its two original bytes.
        var lone: [UInt8] = [0xFF, 0xFE]
        for unit in "go".utf16 { lone += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        lone += [0x00, 0xDE]
        for unit in "od".utf16 { lone += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let surrogate = Differ.diff(baseline: PromptText(bytes: candidate, source: "a"), candidate: PromptText(bytes: lone, source: "b"))
        #expect(surrogate.candidate.invalidSequenceCount == 1)
        // The U+200B it replaced is reported removed; the surrogate is one invalid sequence.
        #expect(surrogate.findings.map(\.kind) == [.invisible, .invalidEncoding])
        #expect(surrogate.findings.last?.candidate.range == ByteRange(start: 6, end: 8))
        #expect(surrogate.findings.last?.message.contains("00 DE") == true)
    }
}
