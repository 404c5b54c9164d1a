/// What a character is and why it matters to an auditor, from ICU's data.
public struct CharacterExplanation: Sendable {
    /// The code point.
    public var codePoint: UInt32
    /// ICU's name (`ZERO WIDTH SPACE`).
    public var name: String
    /// Its script (`Common`, `Cyrillic`).
    public var script: String
    /// Its general category as ICU's number (see `u_charType`), and as a two-letter code.
    public var generalCategory: String
    /// The finding kind a change to it would most likely be, and the subkind.
    public var kind: String
    /// Why it matters, in one sentence.
    public var why: String
    /// ICU binary properties that hold (Default_Ignorable_Code_Point, Bidi_Control…).
    public var properties: [String]
    /// Its UTS #39 confusable skeleton, when that differs from itself.
    public var skeleton: [UInt32]
    /// Its NFKC form, when that differs from itself.
    public var compatibilityForm: [UInt32]

    /// Explains `U+200B` or `U+41` (1 to 6 hex digits after `U+`), `200B` (4 to 6 without it, so
    /// that `A` is the letter), a character name, or a single character.
    public init?(_ query: String) {
        var value: UInt32?
        let upper = query.uppercased()
        let prefixed = upper.hasPrefix("U+")
        let hexDigits = prefixed ? String(upper.dropFirst(2)) : upper
        if (prefixed ? 1...6 : 4...6).contains(hexDigits.count), hexDigits.allSatisfy(\.isHexDigit),
           let parsed = UInt32(hexDigits, radix: 16), parsed <= 0x10FFFF { value = parsed }
        if value == nil, query.unicodeScalars.count == 1 { value = query.unicodeScalars.first!.value }
        if value == nil { value = ICU.codePoint(named: upper) }
        guard let codePoint = value else { return nil }
        self.codePoint = codePoint
        name = ICU.name(of: codePoint)
        script = ICU.scriptName(of: codePoint)
        let codes = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Co", "Cs",
                     "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"]
        let category = Int(ICU.generalCategory(of: codePoint))
        generalCategory = category < codes.count ? codes[category] : "?"
        let bits = ICU.properties(of: codePoint)
        properties = [(CharacterProperties.defaultIgnorable, "Default_Ignorable_Code_Point"), (.bidiControl, "Bidi_Control"),
                      (.variationSelector, "Variation_Selector"), (.whiteSpace, "White_Space"), (.joinControl, "Join_Control"),
                      (.emoji, "Emoji"), (.extendedPictographic, "Extended_Pictographic"), (.emojiModifier, "Emoji_Modifier")]
            .filter { bits.contains($0.0) }.map(\.1)
        let skeleton = ICU.skeleton([codePoint]) ?? []
        self.skeleton = skeleton == [codePoint] ? [] : skeleton
        let nfkc = ICU.normalize([codePoint], .nfkc) ?? []
        compatibilityForm = nfkc == [codePoint] ? [] : nfkc
        if let subkind = InvisibleClass.subkind(of: codePoint) {
            kind = "invisible/\(subkind)"
            why = subkind == "tag" ? "Invisible; a run of tag characters can spell hidden ASCII text that models read."
                : subkind == "bidi-control" ? "Invisible; reorders how text is displayed, so what a reviewer sees differs from what a model reads."
                : "Invisible in most renderings: it can mark a prompt or split a word without anyone seeing it."
        } else if bits.contains(.whiteSpace) && codePoint != 0x20 {
            kind = codePoint == 0x0A || codePoint == 0x0D || codePoint == 0x2028 || codePoint == 0x2029 || codePoint == 0x85 ? "line-ending" : "whitespace"
            why = "Looks like an ordinary space or line break; swapping one for another is a near-invisible marker."
        } else if !self.skeleton.isEmpty && compatibilityForm.isEmpty {
            kind = "homoglyph"
            why = "Looks like " + skeleton.map { "U+\(hex4($0)) \(ICU.name(of: $0))" }.joined(separator: " + ") + "; a swap reads the same to people, not to programs."
        } else if !compatibilityForm.isEmpty {
            kind = "compatibility"
            why = "A compatibility variant of " + compatibilityForm.map { "U+\(hex4($0))" }.joined(separator: " ") + ": looks alike, encodes differently."
        } else {
            kind = "edit"
            why = "An ordinary character: a change to it is content, not stealth."
        }
    }

    /// A few lines for a terminal.
    public var text: String {
        var lines = ["U+\(hex4(codePoint)) \(name)", "  script: \(script), general category: \(generalCategory)", "  kind: \(kind)", "  why: \(why)"]
        if !properties.isEmpty { lines.append("  properties: " + properties.joined(separator: ", ")) }
        if !skeleton.isEmpty { lines.append("  confusable skeleton: " + skeleton.map { "U+" + hex4($0) }.joined(separator: " ")) }
        if !compatibilityForm.isEmpty { lines.append("  NFKC: " + compatibilityForm.map { "U+" + hex4($0) }.joined(separator: " ")) }
        return lines.joined(separator: "\n") + "\n"
    }
}


/// At least four upper-case hex digits, as in `U+00A0`.
package func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
