/// ICU properties of the characters of one text, looked up once per distinct code point: a text
/// in one script repeats a few hundred characters, and each lookup is thirteen ICU calls.
///
/// A value owned by one caller for one pass (no locks, nothing global); BMP code points are
/// cached in 256-entry blocks made when first touched, others are looked up every time.
package struct CharacterFactsCache {
    /// Properties with the top bit set once looked up; a block is empty until touched.
    private var blocks: [[UInt32]] = Array(repeating: [], count: 256)
    private static let known: UInt32 = 1 << 31

    /// An empty cache.
    package init() {}

    /// `ICU.properties(of:)`, cached.
    package mutating func properties(of codePoint: UInt32) -> CharacterProperties {
        guard codePoint >= 0x80 else { return ICU.properties(of: codePoint) }
        guard codePoint < 0x10000 else { return ICU.properties(of: codePoint) }
        let block = Int(codePoint >> 8), slot = Int(codePoint & 0xFF)
        if blocks[block].isEmpty { blocks[block] = Array(repeating: 0, count: 256) }
        let cached = blocks[block][slot]
        if cached & CharacterFactsCache.known != 0 { return CharacterProperties(rawValue: cached & ~CharacterFactsCache.known) }
        let properties = ICU.properties(of: codePoint)
        blocks[block][slot] = properties.rawValue | CharacterFactsCache.known
        return properties
    }
}
