// Inspect/ owns single-text inspection (no baseline): the checks in this file, the report types
// (InspectReport.swift) and their JSON, table and SARIF renderings. It may call Input, Unicode,
// Dates, Classify (legitimate uses, kinds) and Report; nothing below calls it. The public front
// door is `Inspector` in API/.

/// The checks of single-document mode, behind `Inspector.inspect`.
package enum TextInspection {
    /// Inspects one text (see `Inspector.inspect`).
    package static func inspect(_ text: PromptText, strict: Bool = false) -> InspectReport {
        let bytes = text.analysisBytes
        let units = TextUnit.decode(bytes, 0..<bytes.count)
        var raw: [Spot] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit.isInvalid {
                let original = Array(text.originalBytes(unit.start..<unit.end))
                raw.append(Spot(.invalidEncoding, nil, .high, unit.start..<unit.end, "invalid bytes \(ByteListing.hex(original, 0..<original.count))"))
                index += 1
                continue
            }
            if !unit.isCRLF, let subkind = InvisibleClass.subkind(of: unit.scalar) {
                var end = index + 1
                while end < units.count, !units[end].isInvalid, !units[end].isCRLF, InvisibleClass.subkind(of: units[end].scalar) == subkind { end += 1 }
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
                let names = scalars.prefix(3).map { "U+\(hex4($0)) \(ICU.name(of: $0))" }.joined(separator: ", ") + (scalars.count > 3 ? ", … (\(scalars.count))" : "")
                raw.append(Spot(.invisible, subkind, severity, range, "\(subkind): \(names)", legitimate: reason, tag: tag))
                continue
            }
            if !unit.isLineBreak, unit.scalar >= 0x80, ICU.properties(of: unit.scalar).contains(.whiteSpace) {
                let reason = typographicSpace(unit.scalar, in: bytes, at: unit.start..<unit.end)
                raw.append(Spot(.whitespace, "unusual", reason == nil ? .medium : .info, unit.start..<unit.end,
                                "U+\(hex4(unit.scalar)) \(ICU.name(of: unit.scalar))", legitimate: reason))
            }
            index += 1
        }
        let words = TextInspection.words(units)
        raw += mixedScriptLetters(units, words)
        raw += wholeScriptWords(units, words)
        var notes: [String] = []
        raw += inconsistentDates(units, notes: &notes)
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
        var scriptCounts: [String: Int]
    }

    private static func words(_ units: [TextUnit]) -> [Word] {
        var words: [Word] = []
        var start = 0
        while start < units.count {
            guard !units[start].isInvalid, ICU.isLetterOrMark(units[start].scalar) else { start += 1; continue }
            var end = start
            var counts: [String: Int] = [:]
            while end < units.count, !units[end].isInvalid, ICU.isLetterOrMark(units[end].scalar) {
                if !ICU.isCombiningMark(units[end].scalar) { counts[ICU.scriptName(of: units[end].scalar), default: 0] += 1 }
                end += 1
            }
            counts["Common"] = nil
            counts["Inherited"] = nil
            words.append(Word(units: start..<end, scriptCounts: counts))
            start = end
        }
        return words
    }

    /// Letters of one script inside a word of another that look like that word's letters
    /// (`jаilbreаk` with Cyrillic а): one homoglyph finding per such letter.
    private static func mixedScriptLetters(_ units: [TextUnit], _ words: [Word]) -> [Spot] {
        var findings: [Spot] = []
        for segment in words {
            let word = units[segment.units]
            let counts = segment.scriptCounts
            // One script, but an otherwise plain-ASCII word holds a letter that is not an accented
            // form of anything (ɑ, ı): it can only be there to look like the ASCII letter.
            let nonASCII = word.filter { $0.scalar >= 0x80 }.count
            if counts.count == 1, nonASCII <= 2, word.count - nonASCII > nonASCII {
                for unit in word where unit.scalar >= 0x80 && !ICU.isCombiningMark(unit.scalar) {
                    guard let decomposed = ICU.normalize([unit.scalar], .nfd), decomposed == [unit.scalar],
                          let skeleton = ICU.skeleton([unit.scalar]), skeleton.count == 1, skeleton[0] < 0x80,
                          ICU.isLetterOrMark(skeleton[0]) else { continue }
                    let names = "U+\(hex4(unit.scalar)) \(ICU.name(of: unit.scalar))"
                    findings.append(Spot(.homoglyph, "look-alike", .high, unit.start..<unit.end,
                                         "\(names) in an ASCII word looks like U+\(hex4(skeleton[0]))"))
                }
                continue
            }
            guard counts.count > 1, let majority = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { continue }
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
    private static func wholeScriptWords(_ units: [TextUnit], _ segments: [Word]) -> [Spot] {
        var letterCounts: [String: Int] = [:]
        var words: [(range: Range<Int>, script: String, scalars: [UInt32])] = []
        for segment in segments {
            letterCounts.merge(segment.scriptCounts, uniquingKeysWith: +)
            if segment.scriptCounts.count == 1, let script = segment.scriptCounts.keys.first {
                words.append((units[segment.units.lowerBound].start..<units[segment.units.upperBound - 1].end, script,
                              units[segment.units].map(\.scalar)))
            }
        }
        guard let dominant = letterCounts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return [] }
        var confusable: [(range: Range<Int>, script: String, scalars: [UInt32], skeleton: [UInt32])] = []
        var genuine = Set<String>()
        for word in words where word.script != dominant {
            // A look-alike word maps, letter by letter, onto letters of the dominant script.
            if let skeleton = ICU.skeleton(word.scalars), !skeleton.isEmpty,
               skeleton.allSatisfy({ ICU.isLetterOrMark($0) && ICU.scriptName(of: $0) == dominant && (dominant != "Latin" || $0 < 0x80) }) {
                // In Latin text only plain ASCII words are spoofed: β reads as ß, which is a symbol's use, not a word.
                confusable.append((word.range, word.script, word.scalars, skeleton))
            } else {
                genuine.insert(word.script)
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
    private static func inconsistentDates(_ units: [TextUnit], notes: inout [String]) -> [Spot] {
        let reach = 40, maxWindows = 4096
        var windows: [Range<Int>] = []
        var index = 0
        while index < units.count {
            guard !units[index].isInvalid, (0x30...0x39).contains(units[index].scalar) else { index += 1; continue }
            var end = index
            while end < units.count, !units[end].isInvalid, (0x30...0x39).contains(units[end].scalar) { end += 1 }
            let window = max(0, index - reach)..<min(units.count, end + reach)
            if let last = windows.last, last.upperBound >= window.lowerBound {
                windows[windows.count - 1] = last.lowerBound..<window.upperBound
            } else {
                windows.append(window)
            }
            index = end
        }
        if windows.count > maxWindows {
            notes.append("Date consistency was checked in the first \(maxWindows) of \(windows.count) stretches with digits only.")
            windows = Array(windows.prefix(maxWindows))
        }
        var dates: [(range: Range<Int>, date: RecognizedDate)] = []
        DateRecognizer.withPooled { recognizer in
            for window in windows {
                let scalars = units[window].map { $0.isInvalid ? 0xFFFD : $0.scalar }
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
        let before = LegitimateUse.scalarsBefore(bytes, range.lowerBound, limit: 1).first
        let after = LegitimateUse.scalarsAfter(bytes, range.upperBound, limit: 1).first
        if scalar == 0xA0 || scalar == 0x202F {
            if let after, [0x3A, 0x3B, 0x21, 0x3F, 0xBB, 0x25].contains(after) { return "no-break space before \(String(Unicode.Scalar(after)!)) in French typography" }
            if let before, before == 0xAB { return "no-break space after « in French typography" }
            if let before, let after, (0x30...0x39).contains(before), (0x30...0x39).contains(after) { return "no-break space as a thousands separator" }
        }
        if scalar == 0x3000, let neighbour = before ?? after, ICU.properties(of: neighbour).contains(.wide) { return "ideographic space in CJK text" }
        return nil
    }
}
