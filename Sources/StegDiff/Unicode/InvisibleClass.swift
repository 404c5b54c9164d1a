/// The invisible-character subkinds, decided by ICU properties (never by hand-made tables of names).
package enum InvisibleClass {
    /// The ASCII a run of tag characters spells (U+E0020–E007E; other tags carry no letter).
    package static func decodedTag(_ scalars: [UInt32]) -> String {
        String(decoding: scalars.compactMap { (0xE0020...0xE007E).contains($0) ? UInt8($0 - 0xE0000) : nil }, as: UTF8.self)
    }

    /// The subkind of an invisible code point, or nil when the code point is visible.
    package static func subkind(of scalar: UInt32) -> String? {
        subkind(of: scalar, properties: scalar < 0xAD ? [] : ICU.properties(of: scalar, among: readProperties))
    }

    /// The properties `subkind(of:properties:)` reads: the only ones `subkind(of:)` looks up.
    private static let readProperties: CharacterProperties = [.bidiControl, .variationSelector, .defaultIgnorable]

    /// `subkind(of:)` with the scalar's ICU properties already looked up (`CharacterFactsCache`).
    package static func subkind(of scalar: UInt32, properties: CharacterProperties) -> String? {
        if scalar < 0x20 { return (0x09...0x0D).contains(scalar) ? nil : "control" }
        if scalar == 0x7F { return "control" }
        if scalar < 0xAD { return (0x80...0x9F).contains(scalar) && scalar != 0x85 ? "control" : nil }
        if scalar == 0xAD { return "soft-hyphen" }
        if scalar == 0xFEFF { return "bom" }
        if (0xE0000...0xE007F).contains(scalar) { return "tag" }
        if scalar == 0x200B || scalar == 0x200C || scalar == 0x200D || scalar == 0x2060 { return "zero-width" }
        if properties.contains(.bidiControl) { return "bidi-control" }
        if properties.contains(.variationSelector) { return "variation-selector" }
        if properties.contains(.defaultIgnorable) { return "other" }
        // U+2800 BRAILLE PATTERN BLANK renders as nothing, yet it is a symbol (So) that no
        // property marks as ignorable or as a space: used to make text look empty.
        if scalar == 0x2800 { return "other" }
        // Format characters that are not default-ignorable (U+FFF9 interlinear annotation…).
        if ICU.generalCategory(of: scalar) == 16 { return "other" }
        // C1 controls (C0 controls other than tab and line breaks are handled below).
        if scalar <= 0x9F && scalar != 0x85 { return "control" }
        return nil
    }
}
