/// ICU properties of the characters of one text, looked up once per distinct code point: a text
/// in one script repeats a few hundred characters, and each lookup is thirteen ICU calls.
///
/// A value owned by one caller for one pass (no locks, nothing global); BMP code points are
/// cached in one flat table (256 KB) made at the first non-ASCII lookup, others are looked up
/// every time. One table, not blocks made per 256 code points: an array of arrays cost about a
/// hundred instructions a lookup in retains and uniqueness checks, more than the ICU calls it
/// saved on a text of few distinct characters.
package struct CharacterFactsCache {
    /// Properties with the top bit set once looked up; empty until the first BMP lookup.
    private var table: [UInt32] = []
    private static let known: UInt32 = 1 << 31

    /// An empty cache.
    package init() {}

    /// `ICU.properties(of:)`, cached.
    package mutating func properties(of codePoint: UInt32) -> CharacterProperties {
        guard codePoint >= 0x80, codePoint < 0x10000 else { return ICU.properties(of: codePoint) }
        if table.isEmpty { table = Array(repeating: 0, count: 0x10000) }
        let cached = table.withUnsafeBufferPointer { $0[Int(codePoint)] }
        if cached & CharacterFactsCache.known != 0 { return CharacterProperties(rawValue: cached & ~CharacterFactsCache.known) }
        let properties = ICU.properties(of: codePoint)
        table[Int(codePoint)] = properties.rawValue | CharacterFactsCache.known
        return properties
    }
}
