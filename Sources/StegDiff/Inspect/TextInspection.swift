#if canImport(Glibc)
import Glibc
#endif

// Inspect/ owns single-text inspection (no baseline): the checks in this file, the report types
// (InspectReport.swift) and their JSON, table and SARIF renderings. It may call Input, Unicode,
// Dates, Classify (legitimate uses, kinds) and Report; nothing below calls it. The public front
// door is `Inspector` in API/.

/// The checks of single-document mode, behind `Inspector.inspect`.
package enum TextInspection {
    /// Inspects one text (see `Inspector.inspect`).
    package static func inspect(_ text: PromptText, strict: Bool = false) -> InspectReport {
        let bytes = text.analysisBytes
        // Printable ASCII and line breaks: none of the per-character checks applies (most of a
        // prompt). The other units are listed while decoding, and every check below that needs
        // a non-ASCII character to fire walks this list instead of the whole text.
        let (units, special) = TextUnit.decodeListingSpecial(bytes)
        var raw: [Spot] = []
        var facts = CharacterFactsCache()
        // "U+00A0 NO-BREAK SPACE" made once per character: a text repeats the few it has (an ICU
        // name call and a new string per finding were a tenth of this loop).
        var shownNames: [UInt32: String] = [:]
        func shown(_ scalar: UInt32) -> String {
            if let known = shownNames[scalar] { return known }
            let made = "U+\(hex4(scalar)) \(ICU.name(of: scalar))"
            shownNames[scalar] = made
            return made
        }
        var index = 0
        for next in special where next >= index {
            index = next
            let unit = units[index]
            if unit.isInvalid {
                let original = Array(text.originalBytes(unit.start..<unit.end))
                raw.append(Spot(.invalidEncoding, nil, .high, unit.start..<unit.end, "invalid bytes \(ByteListing.hex(original, 0..<original.count))"))
                index += 1
                continue
            }
            if !unit.isCRLF, let subkind = InvisibleClass.subkind(of: unit.scalar, properties: facts.properties(of: unit.scalar)) {
                var end = index + 1
                while end < units.count, !units[end].isInvalid, !units[end].isCRLF,
                      InvisibleClass.subkind(of: units[end].scalar, properties: facts.properties(of: units[end].scalar)) == subkind { end += 1 }
                let run = units[index..<end]
                let range = run.first!.start..<run.last!.end
                let scalars = run.map(\.scalar)
                index = end
                if subkind == "bom" && range.lowerBound == 0 && scalars.count == 1 { continue }  // a BOM at the start is an encoding mark
                var severity = Severity.high
                var reason = LegitimateUse.reason(for: scalars, in: bytes, at: range)
                if reason != nil {
                    severity = .info
                } else if let redundant = LegitimateUse.redundantJoiners(scalars, in: bytes, at: range) {
                    reason = redundant
                    severity = .low
                } else if let bidi = rightToLeftMark(scalars, in: bytes, at: range) {
                    reason = bidi
                    severity = .info
                } else if scalars == [0x200D], pictographs(around: range, in: bytes) {
                    // Emoji newer than this ICU's data (Emoji 15.0 in ICU 72) are not RGI to it yet.
                    reason = "ZWJ between emoji (a sequence newer than this ICU's emoji data, or not RGI)"
                    severity = .info
                }
                let tag = subkind == "tag" ? InvisibleClass.decodedTag(scalars) : nil
                let names = scalars.prefix(3).map(shown).joined(separator: ", ") + (scalars.count > 3 ? ", … (\(scalars.count))" : "")
                raw.append(Spot(.invisible, subkind, severity, range, "\(subkind): \(names)", legitimate: reason, tag: tag))
                continue
            }
            if unit.scalar >= 0x80, !unit.isLineBreak, facts.properties(of: unit.scalar).contains(.whiteSpace) {
                let reason = typographicSpace(unit.scalar, in: bytes, at: unit.start..<unit.end)
                raw.append(Spot(.whitespace, "unusual", reason == nil ? .medium : .info, unit.start..<unit.end,
                                shown(unit.scalar), legitimate: reason))
            }
            index += 1
        }
        // The words with a non-ASCII letter; all-ASCII words only count, as Latin letters.
        let words = TextInspection.nonASCIIWords(units, special)
        raw += mixedScriptLetters(units, words)
        raw += wholeScriptWords(bytes, units, words)
        raw += stackedMarks(units, special)
        raw += styledRuns(units, words, special)
        raw += oddApostrophes(bytes, units, special)
        raw += oddLigatures(units, special)
        var notes: [String] = []
        raw += inconsistentDates(bytes, units, notes: &notes)
        raw.sort { $0.range.lowerBound < $1.range.lowerBound }
        // A text that uses no-break spaces typographically (French) uses them elsewhere too.
        if raw.contains(where: { $0.kind == .whitespace && $0.legitimate?.contains("French") == true }) {
            for index in raw.indices where raw[index].kind == .whitespace && raw[index].legitimate == nil
                && (raw[index].message.hasPrefix("U+00A0") || raw[index].message.hasPrefix("U+202F")) {
                raw[index].severity = .info
                raw[index].legitimate = "no-break space in a text that uses them typographically"
            }
        }
        if strict {
            for index in raw.indices where raw[index].legitimate != nil { raw[index].severity = raw[index].kind.defaultSeverity }
        }
        let findings = raw.map { item in
            let side = FindingBuilder(baseline: text, candidate: text).side(text, item.range)
            return InspectFinding(kind: item.kind, subkind: item.subkind, severity: item.severity, location: side,
                                  message: item.message, legitimateUse: item.legitimate, decodedTag: item.tag, date: item.date)
        }
        return InspectReport(input: InputDescription(text),
                             findings: findings, notes: notes, versions: .current)
    }

    /// A run of letters and marks, and how many of its letters each script has (Common and
    /// Inherited left out; marks take their base's script). Both look-alike checks read these,
    /// so the text is segmented, and each letter's script looked up, once.
    private struct Word {
        var units: Range<Int>
        /// The counts, kept without a dictionary for the words of at most one script (nearly all):
        /// a dictionary made per word cost more than finding the words.
        private enum Scripts {
            /// Every letter is ASCII, so Latin (counted as the word's length).
            case ascii
            /// No letter of a script other than Common and Inherited.
            case none
            case one(name: String, count: Int)
            case several([String: Int])
        }
        private var scripts: Scripts

        /// Every letter is ASCII (so Latin): most words of most prompts, which the checks skip cheaply.
        var isASCII: Bool { if case .ascii = scripts { true } else { false } }
        /// Letters per script name.
        var scriptCounts: [String: Int] {
            switch scripts {
            case .ascii: ["Latin": units.count]
            case .none: [:]
            case .one(let name, let count): [name: count]
            case .several(let counts): counts
            }
        }
        /// How many scripts the word's letters have (`scriptCounts.count`).
        var scriptCount: Int {
            switch scripts {
            case .ascii, .one: 1
            case .none: 0
            case .several(let counts): counts.count
            }
        }
        /// The word's script when it has exactly one.
        var onlyScript: String? {
            switch scripts {
            case .ascii: "Latin"
            case .none: nil
            case .one(let name, _): name
            case .several(let counts): counts.count == 1 ? counts.keys.first : nil
            }
        }
        /// Adds the word's counts to `total` (`merge(scriptCounts, uniquingKeysWith: +)`).
        func addCounts(to total: inout [String: Int]) {
            switch scripts {
            case .ascii: total["Latin", default: 0] += units.count
            case .none: break
            case .one(let name, let count): total[name, default: 0] += count
            case .several(let counts): total.merge(counts, uniquingKeysWith: +)
            }
        }
        /// True when some letter is of `script` (`scriptCounts[script] != nil`).
        func has(script: String) -> Bool {
            switch scripts {
            case .ascii: script == "Latin"
            case .none: false
            case .one(let name, _): name == script
            case .several(let counts): counts[script] != nil
            }
        }

        init(units: Range<Int>, scriptCounts: [String: Int]) {
            self.units = units
            switch scriptCounts.count {
            case 0: scripts = .none
            case 1: scripts = .one(name: scriptCounts.first!.key, count: scriptCounts.first!.value)
            default: scripts = .several(scriptCounts)
            }
        }
        init(units: Range<Int>, script: String, count: Int) { (self.units, scripts) = (units, .one(name: script, count: count)) }
        init(units: Range<Int>) { (self.units, scripts) = (units, .none) }
        init(asciiLetters units: Range<Int>) { (self.units, scripts) = (units, .ascii) }
    }

    /// Scripts of the CJK writing systems (UTS #39 augmented script sets Jpan, Kore, Hanb).
    private static let cjkScripts: Set<String> = ["Han", "Hiragana", "Katakana", "Hangul", "Bopomofo"]
    /// The same as ICU script codes, for the per-letter test (USCRIPT_HAN 17, HIRAGANA 20,
    /// KATAKANA 22, HANGUL 18, BOPOMOFO 5): a switch, not a set hashed per letter.
    private static func isCJKScript(_ code: Int32) -> Bool {
        switch code { case 5, 17, 18, 20, 22: true; default: false }
    }

    /// The number of writing systems among a word's scripts: Han with Hiragana and Katakana
    /// (Japanese), Han with Hangul (Korean) or Han with Bopomofo are one each, as in UTS #39's
    /// augmented script sets; Japanese text mixes its three scripts in every sentence.
    private static func writingSystemCount(_ scripts: some Collection<String>) -> Int {
        let cjk = Set(scripts.filter(cjkScripts.contains))
        guard cjk.count > 1 else { return scripts.count }
        let oneSystem = cjk.isSubset(of: ["Han", "Hiragana", "Katakana"]) || cjk.isSubset(of: ["Han", "Hangul"])
            || cjk.isSubset(of: ["Han", "Bopomofo"])
        return scripts.count - (oneSystem ? cjk.count - 1 : 0)
    }

    /// Every word of the text (see `Word`), for the one check that needs all-ASCII words too
    /// (look-alike words when Latin is not the text's dominant script).
    private static func words(_ units: [TextUnit]) -> [Word] {
        var words: [Word] = []
        // About one word per six characters in prose: reserved, since growing the array from
        // empty held two copies at once (12 of a 1 MB text's 30 MB of heap at its peak).
        words.reserveCapacity(units.count / 6 + 16)
        appendWords(units, 0..<units.count, to: &words)
        return words
    }

    /// The words of the maximal runs of letters and marks that hold a non-ASCII letter or mark,
    /// in text order: the same words `words(_:)` finds there (a run is split into words by what
    /// it holds alone), found from the non-ASCII units without walking the ASCII words between.
    private static func nonASCIIWords(_ units: [TextUnit], _ special: [Int]) -> [Word] {
        func isLetterOrMark(_ index: Int) -> Bool { !units[index].isInvalid && ICU.isLetterOrMark(units[index].scalar) }
        var words: [Word] = []
        var done = 0
        for index in special where index >= done && units[index].key >= 0x80 && isLetterOrMark(index) {
            var start = index, end = index + 1
            while start > done, isLetterOrMark(start - 1) { start -= 1 }
            while end < units.count, isLetterOrMark(end) { end += 1 }
            appendWords(units, start..<end, to: &words)
            done = end
        }
        return words
    }

    /// The ASCII letters outside `listed` (which are then all in all-ASCII words): every ASCII
    /// letter of the text (one byte, one unit) but those inside the listed words; or, once more
    /// than `enough` of them are certain, a count above `enough` (at most the exact one).
    private static func asciiLetters(_ bytes: [UInt8], _ units: [TextUnit], outside listed: [Word], beyond enough: Int) -> Int {
        var inListed = 0
        for word in listed {
            for unit in units[word.units] where unit.isASCIILetter { inListed += 1 }
        }
        var letters = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = 0
            // Letters counted per byte lane (each lane gains at most 1 a word), added up every
            // 255 words: the x86-64 baseline has no popcount instruction, and counting the bits
            // of each word cost three times the rest of the loop.
            var lanes: UInt64 = 0, wordsInLanes = 0
            func addLanes() {
                // Lanes of at most 255 summed in pairs, then in 16-bit lanes (at most 2,040: no overflow).
                let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ (lanes &>> 8 & 0x00FF_00FF_00FF_00FF)
                letters += Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) &>> 48)
                (lanes, wordsInLanes) = (0, 0)
            }
            // Eight bytes at a time where all are ASCII: (byte | 0x20) in a...z, by adding
            // 0x1F (reaches 0x80 from 0x61) and 0x05 (from 0x7B) to each byte without carries.
            while index + 8 <= buffer.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    let folded = word | 0x2020_2020_2020_2020
                    let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F, pastZ = folded &+ 0x0505_0505_0505_0505
                    lanes &+= (atLeastA & ~pastZ & 0x8080_8080_8080_8080) &>> 7
                    wordsInLanes += 1
                    if wordsInLanes == 255 {
                        addLanes()
                        // Letters so far, less every listed letter: certainly outside the words.
                        if letters - inListed > enough { return }
                    }
                } else {
                    for offset in 0..<8 where (base[index + offset] | 0x20) &- 0x61 < 26 { letters += 1 }
                }
                index += 8
            }
            addLanes()
            while index < buffer.count {
                if (base[index] | 0x20) &- 0x61 < 26 { letters += 1 }
                index += 1
            }
        }
        return letters - inListed
    }

    /// Appends the words that start in `range` (a word that starts there ends where its run of
    /// letters and marks does, or where CJK meets another script).
    private static func appendWords(_ units: [TextUnit], _ range: Range<Int>, to words: inout [Word]) {
        var start = range.lowerBound
        while start < range.upperBound {
            start = units.skip(from: start) { $0.key < 0x80 && !$0.isASCIILetter }  // spaces, digits, punctuation
            guard start < range.upperBound else { break }
            guard units[start].isASCIILetter || (!units[start].isInvalid && units[start].key >= 0x80 && ICU.isLetterOrMark(units[start].scalar)) else {
                start += 1
                continue
            }
            var end = start
            end = units.skip(from: start) { $0.isASCIILetter }
            if end == units.count || units[end].isInvalid || !ICU.isLetterOrMark(units[end].scalar) {
                words.append(Word(asciiLetters: start..<end))
                start = end
                continue
            }
            end = start
            // Letters are counted by script code, in a short list (a word has one script, or a
            // few): hashing a script name per letter, and a dictionary grown letter by letter,
            // cost more than finding the words. The names are looked up once per word.
            var firstCode: Int32 = 0, firstCount = 0
            var otherCounts: [(code: Int32, count: Int)] = []  // empty (no allocation) for one script
            // CJK text has no spaces: a Latin word inside Chinese (`用户名是admin之后`) is a word of
            // its own, so a word ends where CJK letters meet letters of other scripts.
            var inCJK: Bool? = nil
            while end < units.count, !units[end].isInvalid, ICU.isLetterOrMark(units[end].scalar) {
                if !ICU.isCombiningMark(units[end].scalar) {
                    let code = ICU.scriptCode(of: units[end].scalar)
                    // UScriptCode 0 Common, 1 Inherited: not counted.
                    if code > 1 {
                        let isCJK = isCJKScript(code)
                        if let inCJK, inCJK != isCJK { break }
                        inCJK = isCJK
                    }
                    if code != 0 && code != 1 {
                        if firstCount == 0 || code == firstCode {
                            (firstCode, firstCount) = (code, firstCount + 1)
                        } else if let slot = otherCounts.firstIndex(where: { $0.code == code }) {
                            otherCounts[slot].count += 1
                        } else {
                            otherCounts.append((code, 1))
                        }
                    }
                }
                end += 1
            }
            if firstCount == 0 {
                words.append(Word(units: start..<end))
            } else if otherCounts.isEmpty {
                words.append(Word(units: start..<end, script: ICU.scriptName(code: firstCode), count: firstCount))
            } else {
                // Codes ICU cannot name share one name ("Unknown"): their counts add up.
                let counts = Dictionary(([(firstCode, firstCount)] + otherCounts).map { (ICU.scriptName(code: $0.code), $0.count) },
                                        uniquingKeysWith: +)
                words.append(Word(units: start..<end, scriptCounts: counts))
            }
            start = end
        }
    }

    /// Letters of one script inside a word of another that look like that word's letters
    /// (`jаilbreаk` with Cyrillic а): one homoglyph finding per such letter.
    private static func mixedScriptLetters(_ units: [TextUnit], _ words: [Word]) -> [Spot] {
        var findings: [Spot] = []
        let orthography = LatinOrthography(units, words)
        for segment in words where !segment.isASCII {
            let word = units[segment.units]
            // One script, but an otherwise plain-ASCII word holds a letter that is not an accented
            // form of anything (ɑ, ı): it can only be there to look like the ASCII letter.
            var nonASCII = 0
            for unit in word where unit.scalar >= 0x80 { nonASCII += 1 }
            if segment.scriptCount == 1, nonASCII <= 2, word.count - nonASCII > nonASCII {
                for unit in word where unit.scalar >= 0x80 && !ICU.isCombiningMark(unit.scalar) {
                    guard let target = orthography.lookAlike(unit.scalar) else { continue }
                    let names = "U+\(hex4(unit.scalar)) \(ICU.name(of: unit.scalar))"
                    let reason = orthography.reason(for: unit.scalar)
                    findings.append(Spot(.homoglyph, "look-alike", reason == nil ? .high : .info, unit.start..<unit.end,
                                         "\(names) in an ASCII word looks like U+\(hex4(target))", legitimate: reason))
                }
                continue
            }
            // A word of one script (or none) mixes none: the dictionary is only made for the others.
            guard segment.scriptCount > 1 else { continue }
            let counts = segment.scriptCounts
            if counts["Han"] != nil, counts["Katakana"] != nil { findings += ideographsAmongKatakana(word) }
            guard writingSystemCount(counts.keys) > 1, let majority = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { continue }
            for unit in word where !ICU.isCombiningMark(unit.scalar) {
                let script = ICU.scriptName(of: unit.scalar)
                guard script != majority, script != "Common", script != "Inherited",
                      let skeleton = ICU.skeleton([unit.scalar]), !skeleton.isEmpty, skeleton != [unit.scalar],
                      skeleton.allSatisfy({ ICU.scriptName(of: $0) == majority || $0 < 0x80 }) else { continue }
                let names = "U+\(hex4(unit.scalar)) \(ICU.name(of: unit.scalar))"
                findings.append(Spot(.homoglyph, "mixed-script", .high, unit.start..<unit.end,
                                     "\(names) (\(script)) in a \(majority) word looks like \(skeleton.map { "U+" + hex4($0) }.joined(separator: " "))"))
            }
        }
        return findings
    }

    /// An ideograph between two katakana that looks like a katakana (`データベ一ス` with 一 U+4E00
    /// for ー, `プ口グラミング` with 口 U+53E3 for ロ). Japanese mixes the two scripts in one word
    /// (`データ一覧`), so the mixed-script check lets them be; but a Han letter with katakana on
    /// both sides that has a katakana twin only writes that katakana.
    private static func ideographsAmongKatakana(_ word: ArraySlice<TextUnit>) -> [Spot] {
        func isKatakana(_ scalar: UInt32) -> Bool { ICU.scriptCode(of: scalar) == 22 || scalar == 0x30FC || scalar == 0xFF70 }
        var findings: [Spot] = []
        // The slice keeps the text's indices: its neighbours are `index ± 1` within the word.
        for index in word.indices.dropFirst().dropLast() where ICU.scriptCode(of: word[index].scalar) == 17 {
            guard isKatakana(word[index - 1].scalar), isKatakana(word[index + 1].scalar),
                  let skeleton = ICU.skeleton([word[index].scalar]), let twin = katakanaBySkeleton[skeleton] else { continue }
            let unit = word[index]
            findings.append(Spot(.homoglyph, "mixed-script", .high, unit.start..<unit.end,
                                 "U+\(hex4(unit.scalar)) \(ICU.name(of: unit.scalar)) (Han) between katakana looks like U+\(hex4(twin)) \(ICU.name(of: twin))"))
        }
        return findings
    }

    /// Katakana (and the prolonged sound mark) by their confusable skeleton, for the few ideographs
    /// that share one (一 ー, 口 ロ, 工 エ, 力 カ, 夕 タ, 卜 ト, 二 ニ, 八 ハ…).
    private static let katakanaBySkeleton: [[UInt32]: UInt32] = {
        var table: [[UInt32]: UInt32] = [:]
        for scalar in UInt32(0x30A1)...0x30FC {
            guard let skeleton = ICU.skeleton([scalar]), skeleton.count == 1, ICU.scriptCode(of: skeleton[0]) == 17 || skeleton[0] == 0x30FC || skeleton[0] == scalar else { continue }
            if table[skeleton] == nil { table[skeleton] = scalar }
        }
        return table
    }()

    /// Which non-ASCII Latin letters of a text look like ASCII ones, and whether the text is
    /// written in an orthography that uses them: Turkish and Azerbaijani write dotless `ı` in
    /// most sentences (`yapılandırma`), beside letters that look like nothing else (ş, ğ, ə).
    /// A look-alike in two or more words of a text that has two or more words with such other
    /// letters is the orthography's letter (info); garak's `dısable polıcy` in plain English, or
    /// one `ı` in French, stays high.
    private struct LatinOrthography {
        private var lookAlikes: [UInt32: UInt32] = [:]
        private var wordsWith: [UInt32: Int] = [:]
        private var wordsWithOtherLetters = 0

        init(_ units: [TextUnit], _ words: [Word]) {
            var checked: [UInt32: UInt32?] = [:]
            // An all-ASCII word holds no letter this looks at.
            for segment in words where !segment.isASCII && segment.has(script: "Latin") {
                var seen = Set<UInt32>()
                var hasOther = false
                for unit in units[segment.units] where unit.scalar >= 0x80 && !ICU.isCombiningMark(unit.scalar) {
                    if checked[unit.scalar] == nil {
                        let latin = ICU.scriptName(of: unit.scalar) == "Latin" || ICU.scriptName(of: unit.scalar) == "Common"
                        let decomposed = ICU.normalize([unit.scalar], .nfd) ?? []
                        checked[unit.scalar] = .some(latin && decomposed == [unit.scalar] ? TextInspection.asciiLookAlike(unit.scalar) : nil)
                    }
                    if let target = checked[unit.scalar] ?? nil {
                        lookAlikes[unit.scalar] = target
                        if seen.insert(unit.scalar).inserted { wordsWith[unit.scalar, default: 0] += 1 }
                    } else if ICU.scriptName(of: unit.scalar) == "Latin" {
                        hasOther = true
                    }
                }
                if hasOther { wordsWithOtherLetters += 1 }
            }
        }

        /// The ASCII letter `scalar` looks like, when it is a Latin look-alike (not an accented letter).
        func lookAlike(_ scalar: UInt32) -> UInt32? { lookAlikes[scalar] }

        /// Why `scalar` is the text's own letter, or nil.
        func reason(for scalar: UInt32) -> String? {
            guard let count = wordsWith[scalar], count >= 2, wordsWithOtherLetters >= 2 else { return nil }
            return "the text's orthography uses it: \(count) words, and \(wordsWithOtherLetters) words with other non-ASCII Latin letters"
        }
    }

    /// The ASCII character a non-ASCII letter stands for in an ASCII word, or nil: a letter whose
    /// confusable skeleton is one ASCII letter (`ɑ`), whose NFKC form is one (`𝗺` U+1D5FA, whose
    /// skeleton is `rn`; fullwidth `ｍ`), or a letter that looks like ASCII punctuation (`ǃ` U+01C3
    /// for `!`). Modifier letters are left out of the last: `ʼ` U+02BC is an apostrophe in
    /// orthographies that use it, and the odd-one-out check judges it against the text's other ones.
    private static func asciiLookAlike(_ scalar: UInt32) -> UInt32? {
        if let compatible = ICU.normalize([scalar], .nfkc), compatible.count == 1, compatible[0] < 0x80,
           compatible[0] != scalar, ICU.isLetterOrMark(compatible[0]) {
            return compatible[0]
        }
        guard let skeleton = ICU.skeleton([scalar]), skeleton.count == 1, skeleton[0] < 0x80 else { return nil }
        if ICU.isLetterOrMark(skeleton[0]) { return skeleton[0] }
        // UCharCategory 4 = Lm (modifier letter).
        let isPunctuation = (0x21...0x7E).contains(skeleton[0]) && !ICU.isWordCharacter(skeleton[0])
        return isPunctuation && ICU.generalCategory(of: scalar) != 4 ? skeleton[0] : nil
    }

    /// Combining marks stacked beyond what any orthography writes (see `MarkStack`): the
    /// repeated marks, or the whole run when it is too long.
    private static func stackedMarks(_ units: [TextUnit], _ special: [Int]) -> [Spot] {
        var spots: [Spot] = []
        var checker = MarkStack()
        var done = 0
        // Marks are not ASCII: each run of them starts at a listed unit, and its base is the unit
        // before it (the text's first unit, when the text starts with marks).
        for first in special where first >= done && !units[first].isInvalid && ICU.isCombiningMark(units[first].scalar) {
            let index = max(first - 1, 0)
            var end = index + 1
            while end < units.count, !units[end].isInvalid, ICU.isCombiningMark(units[end].scalar) { end += 1 }
            done = end
            guard end - index >= 2, !units[index].isInvalid, !units[index].isLineBreak else { continue }
            let marks = Array(units[(index + 1)..<end])
            let found = checker.anomaly(base: units[index].scalar, marks: marks.map(\.scalar))
            if found.excessive {
                let visible = marks.filter { InvisibleClass.subkind(of: $0.scalar) == nil }
                let names = visible.prefix(3).map { "U+\(hex4($0.scalar)) \(ICU.name(of: $0.scalar))" }.joined(separator: ", ")
                spots.append(Spot(.invisible, "stacked-marks", .high, visible.first!.start..<visible.last!.end,
                                  "\(visible.count) combining marks on one base (\(names)\(visible.count > 3 ? ", …" : "")): no orthography stacks so many"))
            } else if let first = found.repeated.first, let last = found.repeated.last {
                let mark = marks[first]
                spots.append(Spot(.invisible, "stacked-marks", .high, mark.start..<marks[last].end,
                                  "U+\(hex4(mark.scalar)) \(ICU.name(of: mark.scalar)) repeats a mark its base already carries (it renders on top of it)"))
            }
        }
        return spots
    }

    /// Runs of three or more styled forms of ASCII letters or digits (`ｉｇｎｏｒｅ` fullwidth,
    /// `𝐢𝐠𝐧𝐨𝐫𝐞` mathematical bold, `ⓘⓖⓝⓞⓡⓔ` circled: NFKC gives the ASCII back): a word a
    /// filter keyed on the ASCII does not see. In CJK text fullwidth Latin is ordinary
    /// typesetting (info); elsewhere such a run is high. Shorter runs are math (`𝑓(𝑥)`), and one
    /// such letter inside an ASCII word is the look-alike check's.
    private static func styledRuns(_ units: [TextUnit], _ words: [Word], _ special: [Int]) -> [Spot] {
        // Fullwidth forms, enclosed alphanumerics, mathematical alphanumerics, enclosed supplement:
        // the blocks of styled ASCII; NFKC decides each character.
        func mayBeStyled(_ scalar: UInt32) -> Bool {
            (0xFF01...0xFF5E).contains(scalar) || (0x2460...0x24FF).contains(scalar)
                || (0x1D400...0x1D7FF).contains(scalar) || (0x1F100...0x1F1AF).contains(scalar)
        }
        func styled(_ unit: TextUnit) -> UInt32? {
            guard !unit.isInvalid, mayBeStyled(unit.scalar), let plain = ICU.normalize([unit.scalar], .nfkc), plain.count == 1,
                  plain[0] < 0x80, ICU.isWordCharacter(plain[0]) else { return nil }
            return plain[0]
        }
        var spots: [Spot] = []
        var isCJKText: Bool? = nil
        var done = 0
        // Styled characters are not ASCII: a run starts at a listed unit.
        for index in special where index >= done && styled(units[index]) != nil {
            var end = index, plain: [UInt32] = []
            while end < units.count, let letter = styled(units[end]) { plain.append(letter); end += 1 }
            done = end
            guard plain.count >= 3, plain.contains(where: { !(0x30...0x39).contains($0) }) else { continue }
            if isCJKText == nil { isCJKText = words.contains { $0.scriptCounts.keys.contains(where: cjkScripts.contains) } }
            let fullwidth = units[index..<end].allSatisfy { (0xFF01...0xFF5E).contains($0.scalar) }
            let legitimate = fullwidth && isCJKText == true ? "fullwidth Latin in CJK text" : nil
            let shown = String(String.UnicodeScalarView(plain.compactMap(Unicode.Scalar.init)))
            spots.append(Spot(.compatibility, "look-alike", legitimate == nil ? .high : .info, units[index].start..<units[end - 1].end,
                              "\(plain.count) styled characters (U+\(hex4(units[index].scalar)) \(ICU.name(of: units[index].scalar)), …) that read as \"\(shown)\"",
                              legitimate: legitimate))
        }
        return spots
    }

    /// True when a form used `count` times is the odd one out beside a form used `prevailing`
    /// times: exactly once, against two or more. Two or more uses are a habit, not a mark (a
    /// French translation with `qu’il n’en` in one pasted line among 25 ASCII apostrophes).
    private static func isOddOneOut(_ count: Int, among prevailing: Int) -> Bool {
        count == 1 && prevailing >= 2
    }

    /// Apostrophes inside words (`Today's`) written with a look-alike (`ʼ` U+02BC, `’` U+2019)
    /// where the text's other apostrophes are another character: the 2026 marker put one U+02BC
    /// into an ASCII text. A text that uses `’` throughout is typography; only a non-ASCII form
    /// can be the odd one out. Medium, as an inconsistent date is, for a punctuation mark (`’`
    /// pasted from a word processor); high for a modifier letter (`ʼ` U+02BC), which no English
    /// text needs: a letter standing in for punctuation, as U+01C3 for `!`, and the 2026 marker
    /// itself, which the default gate must not pass.
    private static func oddApostrophes(_ bytes: [UInt8], _ units: [TextUnit], _ special: [Int]) -> [Spot] {
        // UCharCategory 4 Lm: a modifier letter.
        func severity(_ scalar: UInt32) -> Severity { ICU.generalCategory(of: scalar) == 4 ? .high : .medium }
        // UCharCategory 4 Lm, 23 Po, 26 Sk, 28 Pi, 29 Pf: where apostrophe look-alikes live.
        func mayBeApostrophe(_ scalar: UInt32) -> Bool {
            switch ICU.generalCategory(of: scalar) { case 4, 23, 26, 28, 29: true; default: false }
        }
        var occurrences: [UInt32: [Int]] = [:]
        func note(_ index: Int) {
            guard index >= 1, index + 1 < units.count else { return }
            let unit = units[index]
            guard !unit.isInvalid, unit.scalar == 0x27 || (unit.scalar >= 0x80 && mayBeApostrophe(unit.scalar)),
                  !units[index - 1].isInvalid, !units[index + 1].isInvalid,
                  ICU.isLetterOrMark(units[index - 1].scalar), ICU.isLetterOrMark(units[index + 1].scalar) else { return }
            guard unit.scalar == 0x27 || ICU.skeleton([unit.scalar]) == [0x27] else { return }
            occurrences[unit.scalar, default: []].append(index)
        }
        // Only a non-ASCII apostrophe can be odd: without one, the ASCII ones need no count.
        for index in special { note(index) }
        guard !occurrences.isEmpty else { return [] }
        // ASCII apostrophes are units of their own: memchr finds them in the bytes, and only
        // their units are looked up (a walk over every unit cost as much as decoding).
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0, index = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x27, buffer.count - offset) {
                offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                index = units.index(ofUnitAt: offset, from: index)
                note(index)
                offset += 1
            }
        }
        // The text's only apostrophe, inside an ASCII word, and the only non-ASCII character of
        // its Latin part (`Todayʼs date is 2026/07/04`, alone or in a Chinese prompt): the odd one
        // out against the rest of the text. Other scripts say nothing about how English is typed,
        // but accented Latin or other apostrophe look-alikes mean typeset text, and so do curly
        // quotes for a curly apostrophe (smart quotes make both); they never make a modifier letter.
        if occurrences.count == 1, let (scalar, indices) = occurrences.first, scalar >= 0x80, indices.count == 1,
           units[indices[0] - 1].scalar < 0x80, units[indices[0] + 1].scalar < 0x80 {
            let isModifierLetter = ICU.generalCategory(of: scalar) == 4
            let hasOnlyASCIILatin = special.allSatisfy { index in
                let unit = units[index]
                // USCRIPT_LATIN 25; UCharCategory 28 Pi, 29 Pf: initial and final quotes.
                return !unit.isInvalid && (unit.scalar < 0x80 || unit.scalar == scalar
                    || (ICU.scriptCode(of: unit.scalar) != 25 && ICU.skeleton([unit.scalar]) != [0x27]
                        && (isModifierLetter || ![28, 29].contains(ICU.generalCategory(of: unit.scalar)))))
            }
            guard hasOnlyASCIILatin else { return [] }
            let unit = units[indices[0]]
            let onlyNonASCII = special.allSatisfy { units[$0].scalar < 0x80 || units[$0].scalar == scalar }
            return [Spot(.homoglyph, "odd-one-out", severity(scalar), unit.start..<unit.end,
                         "U+\(hex4(scalar)) \(ICU.name(of: scalar)) as an apostrophe, the only character of this text"
                            + (onlyNonASCII ? " that is not ASCII" : "'s Latin part that is not ASCII"))]
        }
        guard occurrences.count > 1,
              let prevailing = occurrences.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }) else { return [] }
        // A line with accented Latin letters, curly quotes, guillemets or no-break spaces
        // (`« … délai d’attente … »` in a French line of an English prompt) is typeset in a style
        // of its own: the apostrophe is not odd there. CJK on the line says nothing about it.
        func isTypesetLine(_ index: Int) -> Bool {
            var start = index, end = index + 1
            while start > 0, !units[start - 1].isLineBreak { start -= 1 }
            while end < units.count, !units[end].isLineBreak { end += 1 }
            return units[start..<end].indices.contains { other in
                let unit = units[other]
                guard other != index, !unit.isInvalid, unit.scalar >= 0x80 else { return false }
                // UCharCategory 12 Zs (space separator), 28 Pi, 29 Pf (initial and final quotes).
                return [12, 28, 29].contains(ICU.generalCategory(of: unit.scalar)) || ICU.scriptName(of: unit.scalar) == "Latin"
            }
        }
        var spots: [Spot] = []
        for (scalar, indices) in occurrences where scalar >= 0x80 && isOddOneOut(indices.count, among: prevailing.value.count) {
            for index in indices where !isTypesetLine(index) {
                spots.append(Spot(.homoglyph, "odd-one-out", severity(scalar), units[index].start..<units[index].end,
                                  "U+\(hex4(scalar)) \(ICU.name(of: scalar)) as an apostrophe where the text's other \(prevailing.value.count) "
                                    + "are U+\(hex4(prevailing.key)) \(ICU.name(of: prevailing.key))"))
            }
        }
        return spots
    }

    /// Ligature characters (`ﬁ` U+FB01) where the same letters are written out elsewhere in the
    /// text (`fi` as two letters): one ligature in a text that spells its other `fi`s out is a
    /// mark, a text typeset with ligatures throughout is not. Medium, as an inconsistent date is.
    private static func oddLigatures(_ units: [TextUnit], _ special: [Int]) -> [Spot] {
        var ligatures: [[UInt32]: [Int]] = [:]
        // Ligatures are not ASCII: only listed units can be one.
        for index in special where !units[index].isInvalid && units[index].scalar >= 0x80 {
            let unit = units[index]
            // Alphabetic Presentation Forms and Latin Extended-A/B hold the Latin ligatures (ﬁ, ĳ, ǉ);
            // NFKC decides which characters there are ligatures of ASCII letters.
            guard (0xFB00...0xFB4F).contains(unit.scalar) || (0x100...0x24F).contains(unit.scalar),
                  let letters = ICU.normalize([unit.scalar], .nfkc), letters.count >= 2,
                  letters.allSatisfy({ $0 < 0x80 && ICU.isLetterOrMark($0) }) else { continue }
            ligatures[letters, default: []].append(index)
        }
        var spots: [Spot] = []
        for (letters, indices) in ligatures.sorted(by: { $0.value[0] < $1.value[0] }) {
            var spelled = 0
            var index = 0
            while index + letters.count <= units.count {
                if zip(units[index..<(index + letters.count)], letters).allSatisfy({ !$0.isInvalid && $0.scalar == $1 }) {
                    spelled += 1
                    index += letters.count
                } else {
                    index += 1
                }
            }
            guard isOddOneOut(indices.count, among: spelled) else { continue }
            let shown = String(String.UnicodeScalarView(letters.compactMap(Unicode.Scalar.init)))
            for index in indices {
                let unit = units[index]
                spots.append(Spot(.compatibility, "odd-one-out", .medium, unit.start..<unit.end,
                                  "U+\(hex4(unit.scalar)) \(ICU.name(of: unit.scalar)) where the text writes \"\(shown)\" out \(spelled) times"))
            }
        }
        return spots
    }

    /// A word's bytes as a dictionary key, hashed in one call over the bytes (not byte by byte).
    private struct WordBytes: Hashable {
        let bytes: ArraySlice<UInt8>
        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    /// One finding before it is located: analysis range, kind, and why it may be legitimate.
    private struct Spot {
        var kind: FindingKind
        var subkind: String?
        var severity: Severity
        var range: Range<Int>
        var message: String
        var legitimate: String?
        var tag: String?
        var date: InspectDateDetail?

        init(_ kind: FindingKind, _ subkind: String?, _ severity: Severity, _ range: Range<Int>, _ message: String,
             legitimate: String? = nil, tag: String? = nil, date: InspectDateDetail? = nil) {
            (self.kind, self.subkind, self.severity, self.range, self.message) = (kind, subkind, severity, range, message)
            (self.legitimate, self.tag, self.date) = (legitimate, tag, date)
        }
    }

    /// Words written wholly in another script that read as words of the text's own script
    /// (`рау` in Cyrillic inside English text reads "pay"): UTS #39 whole-script confusables.
    /// Where the text also has words of that script that look like nothing else, it is
    /// multilingual and the word is likely genuine: info, with the reason.
    /// `words` are the words of the runs with a non-ASCII letter (`nonASCIIWords`); the letters of
    /// all other words are all-ASCII, so Latin.
    private static func wholeScriptWords(_ bytes: [UInt8], _ units: [TextUnit], _ words: [Word]) -> [Spot] {
        var letterCounts: [String: Int] = [:]
        var asciiLetters = 0
        for segment in words {
            // All-ASCII words are Latin: counted without hashing a script name per word.
            if segment.isASCII { asciiLetters += segment.units.count } else { segment.addCounts(to: &letterCounts) }
        }
        // The other words' letters only decide which script dominates: counting them stops once
        // Latin has more letters than any other script (an English prompt is decided within its
        // first kilobytes, where counting all of a megabyte cost as much as this whole check).
        let otherMost = letterCounts.lazy.filter { $0.key != "Latin" }.map(\.value).max() ?? 0
        let enough = max(0, otherMost - (letterCounts["Latin"] ?? 0) - asciiLetters)
        asciiLetters += TextInspection.asciiLetters(bytes, units, outside: words, beyond: enough)
        if asciiLetters > 0 { letterCounts["Latin", default: 0] += asciiLetters }
        guard let dominant = letterCounts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return [] }
        var confusable: [(range: Range<Int>, script: String, scalars: [UInt32], skeleton: [UInt32])] = []
        var genuine = Set<String>()
        // Each distinct word's skeleton when it is a look-alike of the dominant script, else nil;
        // keyed by the word's bytes (the same bytes decode to the same letters), so a word seen
        // before needs no array of its scalars.
        var judged: [WordBytes: [UInt32]?] = [:]
        var lastGenuine: String? = nil
        let latinDominates = dominant == "Latin", dominantIsCJK = cjkScripts.contains(dominant)
        // In Latin text all-ASCII words are of the dominant script; otherwise they may be
        // look-alikes of its words, and every word is looked at.
        let segments = latinDominates ? words : TextInspection.words(units)
        // Single-script words of another script than the dominant one, in text order; only these
        // need their scalars.
        for segment in segments where !(segment.isASCII && latinDominates) {
            guard let script = segment.onlyScript,
                  script != dominant,
                  // Kana or Hangul words in Han text (and the other way round) are one writing system:
                  // Katakana ト reads as nothing but itself in Japanese text, whatever its skeleton says.
                  !(dominantIsCJK && cjkScripts.contains(script)) else { continue }
            let range = units[segment.units.lowerBound].start..<units[segment.units.upperBound - 1].end
            // A look-alike word maps, letter by letter, onto letters of the dominant script. A
            // text repeats its words: each distinct word is judged once (ICU's skeleton was half
            // of this check).
            let key = WordBytes(bytes: bytes[range])
            let lookAlike: [UInt32]?
            if let known = judged[key] {
                lookAlike = known
            } else {
                if let skeleton = ICU.skeleton(units[segment.units].map(\.scalar)), !skeleton.isEmpty,
                   skeleton.allSatisfy({ ICU.isLetterOrMark($0) && ICU.scriptName(of: $0) == dominant && (dominant != "Latin" || $0 < 0x80) }) {
                    lookAlike = skeleton
                } else {
                    lookAlike = nil
                }
                // Bounded, so a text of a million distinct words keeps no million arrays.
                if judged.count < 4096 { judged[key] = .some(lookAlike) }
            }
            if let skeleton = lookAlike {
                // In Latin text only plain ASCII words are spoofed: β reads as ß, which is a symbol's use, not a word.
                confusable.append((range, script, units[segment.units].map(\.scalar), skeleton))
            } else if script != lastGenuine {
                // Runs of words of one script insert it once.
                genuine.insert(script)
                lastGenuine = script
            }
        }
        return confusable.map { word in
            let shown = String(String.UnicodeScalarView(word.skeleton.compactMap(Unicode.Scalar.init)))
            let names = word.scalars.prefix(4).map { "U+\(hex4($0)) \(ICU.name(of: $0))" }.joined(separator: ", ")
                + (word.scalars.count > 4 ? ", … (\(word.scalars.count))" : "")
            let multilingual = genuine.contains(word.script)
            return Spot(.homoglyph, "whole-script", multilingual ? .info : .high, word.range,
                        "a \(word.script) word that reads as \(dominant) \"\(shown)\": \(names)",
                        legitimate: multilingual ? "the text has other \(word.script) words that are not look-alikes (multilingual text)" : nil)
        }
    }

    /// Dates written in another format than the one most dates of the text use. Only digit
    /// neighbourhoods are searched (every date has a digit), so prose costs nothing.
    private static func inconsistentDates(_ bytes: [UInt8], _ units: [TextUnit], notes: inout [String]) -> [Spot] {
        let reach = 40, maxWindows = 4096
        var windows: [Range<Int>] = []
        // A digit is an ASCII byte and a unit of its own: digit runs are found in the bytes, eight
        // at a time, and only then their units (walking a million units for a few thousand
        // digits cost more than the rest of the check outside the date recognizer).
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0, index = 0
            while true {
                offset = ASCIIScan.firstDigit(buffer, from: offset)
                guard offset < buffer.count else { break }
                var endOffset = offset + 1
                while endOffset < buffer.count, buffer[endOffset] &- 0x30 < 10 { endOffset += 1 }
                index = units.index(ofUnitAt: offset, from: index)
                let end = index + (endOffset - offset)
                let window = max(0, index - reach)..<min(units.count, end + reach)
                if let last = windows.last, last.upperBound >= window.lowerBound {
                    windows[windows.count - 1] = last.lowerBound..<window.upperBound
                } else {
                    windows.append(window)
                }
                (offset, index) = (endOffset, end)
            }
        }
        if windows.count > maxWindows {
            notes.append("Date consistency was checked in the first \(maxWindows) of \(windows.count) stretches with digits only.")
            windows = Array(windows.prefix(maxWindows))
        }
        var dates: [(range: Range<Int>, date: RecognizedDate)] = []
        DateRecognizer.withPooled { recognizer in
            for window in windows {
                // The window's scalars (U+FFFD for an invalid sequence, CR for CR LF), written
                // in place: `map` over the slice cost four times as much per unit.
                let scalars = units.withUnsafeBufferPointer { buffer in
                    [UInt32](unsafeUninitializedCapacity: window.count) { scalars, count in
                        for (offset, index) in window.enumerated() { scalars[offset] = buffer[index].scalar }
                        count = window.count
                    }
                }
                for date in recognizer.dates(in: scalars) {
                    let first = window.lowerBound + date.range.lowerBound, last = window.lowerBound + date.range.upperBound - 1
                    dates.append((units[first].start..<units[last].end, date))
                }
            }
        }
        guard dates.count >= 2 else { return [] }
        // The prevailing pattern reads the most dates; a tie goes to the one read first.
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for (position, entry) in dates.enumerated() {
            // A timestamp's date part is what is compared (2026-07-04 and 2026-07-04T01:30:00Z agree).
            for pattern in Set(entry.date.datePatterns) {
                counts[pattern, default: 0] += 1
                if firstSeen[pattern] == nil { firstSeen[pattern] = position }
            }
        }
        guard let prevailing = counts.max(by: { ($0.value, -firstSeen[$0.key]!) < ($1.value, -firstSeen[$1.key]!) }) else { return [] }
        func isNumeric(_ pattern: String) -> Bool { !pattern.contains("MMM") && !pattern.contains("E") && !pattern.contains("L") }
        return dates.compactMap { entry in
            guard !entry.date.datePatterns.contains(prevailing.key) else { return nil }
            let pattern = entry.date.datePatterns[0]
            // Two numeric styles side by side (2026-07-04 and 2026/07/04) is the marker pattern;
            // a spelled-out date in prose next to numeric ones is ordinary writing.
            let severity: Severity = isNumeric(pattern) && isNumeric(prevailing.key) ? .medium : .low
            let detail = InspectDateDetail(pattern: pattern, value: entry.date.isoValue(), prevailingPattern: prevailing.key,
                                           prevailingCount: prevailing.value, localesUsingPattern: DateRecognizer.locales(usingPattern: pattern))
            return Spot(.dateFormat, "inconsistent", severity, entry.range,
                        "date written \(pattern) where the text's other dates use \(prevailing.key) (\(prevailing.value) of \(dates.count))",
                        date: detail)
        }
    }

    /// True when emoji pictographs (with their modifiers and selectors) stand on both sides.
    private static func pictographs(around range: Range<Int>, in bytes: [UInt8]) -> Bool {
        func isPictograph(_ scalars: [UInt32]) -> Bool {
            let base = scalars.last { !(0xFE00...0xFE0F).contains($0) && !ICU.properties(of: $0).contains(.emojiModifier) }
            return base.map { ICU.properties(of: $0).contains(.extendedPictographic) } ?? false
        }
        let before = LegitimateUse.scalarsBefore(bytes, range.lowerBound, limit: 3)
        let after = Array(LegitimateUse.scalarsAfter(bytes, range.upperBound, limit: 1))
        return isPictograph(before) && isPictograph(after)
    }

    /// A right-to-left or left-to-right mark next to right-to-left letters: ordinary bidi text.
    private static func rightToLeftMark(_ scalars: [UInt32], in bytes: [UInt8], at range: Range<Int>) -> String? {
        guard scalars.allSatisfy({ $0 == 0x200E || $0 == 0x200F || $0 == 0x061C }) else { return nil }
        let neighbours = LegitimateUse.scalarsBefore(bytes, range.lowerBound, limit: 2) + LegitimateUse.scalarsAfter(bytes, range.upperBound, limit: 2)
        let rightToLeft: Set<String> = ["Arabic", "Hebrew", "Syriac", "Thaana", "Nko"]
        return neighbours.contains { rightToLeft.contains(ICU.scriptName(of: $0)) } ? "directional mark in right-to-left text" : nil
    }

    /// NBSP in French typography, or an ideographic space in CJK text.
    private static func typographicSpace(_ scalar: UInt32, in bytes: [UInt8], at range: Range<Int>) -> String? {
        // The one scalar on each side (what `LegitimateUse.scalarsBefore` / `scalarsAfter` with a
        // limit of 1 give), decoded in place: two arrays per space cost more than the test.
        let (before, after): (UInt32?, UInt32?) = bytes.withUnsafeBufferPointer { buffer in
            (range.lowerBound > 0 ? UTF8Unit.decode(buffer, at: UTF8Unit.unitStart(buffer, containing: range.lowerBound - 1)).scalar ?? 0xFFFD : nil,
             range.upperBound < buffer.count ? UTF8Unit.decode(buffer, at: range.upperBound).scalar ?? 0xFFFD : nil)
        }
        if scalar == 0xA0 || scalar == 0x202F {
            if let after, [0x3A, 0x3B, 0x21, 0x3F, 0xBB, 0x25].contains(after) { return "no-break space before \(String(Unicode.Scalar(after)!)) in French typography" }
            if let before, before == 0xAB { return "no-break space after « in French typography" }
            if let before, let after, (0x30...0x39).contains(before), (0x30...0x39).contains(after) { return "no-break space as a thousands separator" }
        }
        if scalar == 0x3000, let neighbour = before ?? after, ICU.properties(of: neighbour).contains(.wide) { return "ideographic space in CJK text" }
        return nil
    }
}
