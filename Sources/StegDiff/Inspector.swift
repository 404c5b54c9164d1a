/// One suspicious spot in a single text (no baseline): what, where, and why it may be legitimate.
public struct InspectFinding: Sendable {
    /// What it is (`invisible`, `homoglyph`, `whitespace`, `invalid-encoding`).
    public var kind: FindingKind
    /// A finer class within the kind, if one applies.
    public var subkind: String?
    /// How much it matters; legitimate use is `info`.
    public var severity: Severity
    /// Where it is, and what stands there.
    public var location: FindingSide
    /// Human-readable one-line explanation.
    public var message: String
    /// Why it may be legitimate here, if it may.
    public var legitimateUse: String?
    /// The ASCII hidden in a tag run.
    public var decodedTag: String?
}

/// The findings of `Inspector.inspect`.
public struct InspectReport: Sendable {
    /// The inspected input.
    public var input: InputDescription
    /// Findings in offset order.
    public var findings: [InspectFinding]
    /// ICU, Unicode and CLDR versions used.
    public var versions: UnicodeVersions
}

/// Single-document mode: finds invisible characters, look-alike letters inside words of another
/// script, unusual spaces and invalid bytes in one text, and knows their legitimate uses (RGI
/// emoji sequences, joiners in Arabic and Indic words, French NBSP, CJK ideographic spaces),
/// which it reports at severity `info` instead of alarming.
public enum Inspector {
    /// Inspects one text.
    public static func inspect(_ text: PromptText) -> InspectReport {
        let bytes = text.analysisBytes
        let units = TextUnit.decode(bytes, 0..<bytes.count)
        var raw: [(kind: FindingKind, subkind: String?, severity: Severity, range: Range<Int>, message: String, legitimate: String?, tag: String?)] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit.isInvalid {
                raw.append((.invalidEncoding, nil, .high, unit.start..<unit.end,
                            "invalid bytes \(ByteListing.hex(Array(text.originalBytes(unit.start..<unit.end)), 0..<text.originalBytes(unit.start..<unit.end).count))", nil, nil))
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
                raw.append((.invisible, subkind, severity, range, "\(subkind): \(names)", reason, tag))
                continue
            }
            if !unit.isLineBreak, unit.scalar >= 0x80, ICU.properties(of: unit.scalar).contains(.whiteSpace) {
                let reason = typographicSpace(unit.scalar, in: bytes, at: unit.start..<unit.end)
                raw.append((.whitespace, "unusual", reason == nil ? .medium : .info, unit.start..<unit.end,
                            "U+\(hex4(unit.scalar)) \(ICU.name(of: unit.scalar))", reason, nil))
            }
            index += 1
        }
        raw += mixedScriptLetters(units)
        raw.sort { $0.range.lowerBound < $1.range.lowerBound }
        // A text that uses no-break spaces typographically (French) uses them elsewhere too.
        if raw.contains(where: { $0.kind == .whitespace && $0.legitimate?.contains("French") == true }) {
            for index in raw.indices where raw[index].kind == .whitespace && raw[index].legitimate == nil
                && raw[index].message.hasPrefix("U+00A0") || raw[index].message.hasPrefix("U+202F") && raw[index].legitimate == nil {
                raw[index].severity = .info
                raw[index].legitimate = "no-break space in a text that uses them typographically"
            }
        }
        let findings = raw.map { item in
            let side = FindingBuilder(baseline: text, candidate: text).side(text, item.range)
            return InspectFinding(kind: item.kind, subkind: item.subkind, severity: item.severity, location: side,
                                  message: item.message, legitimateUse: item.legitimate, decodedTag: item.tag)
        }
        return InspectReport(input: InputDescription(path: text.source, byteCount: text.byteCount, sha256: text.sha256, encoding: text.encoding,
                                                     invalidSequenceCount: text.invalidSequences.count),
                             findings: findings, versions: .current)
    }

    /// Letters of one script inside a word of another that look like that word's letters
    /// (`jаilbreаk` with Cyrillic а): one homoglyph finding per such letter.
    private static func mixedScriptLetters(_ units: [TextUnit]) -> [(FindingKind, String?, Severity, Range<Int>, String, String?, String?)] {
        var findings: [(FindingKind, String?, Severity, Range<Int>, String, String?, String?)] = []
        var start = 0
        while start < units.count {
            guard !units[start].isInvalid, ICU.isLetterOrMark(units[start].scalar) else { start += 1; continue }
            var end = start
            while end < units.count, !units[end].isInvalid, ICU.isLetterOrMark(units[end].scalar) { end += 1 }
            let word = units[start..<end]
            start = end
            // Scripts of the word's letters (marks take their base's script).
            var counts: [String: Int] = [:]
            for unit in word where !ICU.isCombiningMark(unit.scalar) { counts[ICU.scriptName(of: unit.scalar), default: 0] += 1 }
            counts["Common"] = nil
            counts["Inherited"] = nil
            // One script, but an otherwise plain-ASCII word holds a letter that is not an accented
            // form of anything (ɑ, ı): it can only be there to look like the ASCII letter.
            let nonASCII = word.filter { $0.scalar >= 0x80 }.count
            if counts.count == 1, nonASCII <= 2, word.count - nonASCII > nonASCII {
                for unit in word where unit.scalar >= 0x80 && !ICU.isCombiningMark(unit.scalar) {
                    guard let decomposed = ICU.normalize([unit.scalar], .nfd), decomposed == [unit.scalar],
                          let skeleton = ICU.skeleton([unit.scalar]), skeleton.count == 1, skeleton[0] < 0x80,
                          ICU.isLetterOrMark(skeleton[0]) else { continue }
                    let names = "U+\(hex4(unit.scalar)) \(ICU.name(of: unit.scalar))"
                    findings.append((.homoglyph, "look-alike", .high, unit.start..<unit.end,
                                     "\(names) in an ASCII word looks like U+\(hex4(skeleton[0]))", nil, nil))
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
                findings.append((.homoglyph, "mixed-script", .high, unit.start..<unit.end,
                                 "\(names) (\(script)) in a \(majority) word looks like \(skeleton.map { "U+" + hex4($0) }.joined(separator: " "))", nil, nil))
            }
        }
        return findings
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
