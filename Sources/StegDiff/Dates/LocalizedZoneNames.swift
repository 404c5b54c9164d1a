// Zone names as a locale writes them after a time (`中国标准时间`, `heure normale de la Chine`,
// `日本標準時`, `중국 표준시`). ICU knows every locale's display names; they are asked for only
// when a text holds a non-ASCII letter and a time is followed by a word English does not name
// as a zone, so ASCII prose never pays for them.

import Synchronization

/// Reads a localized time-zone name with ICU's parser, by the locales of the name's script.
enum LocalizedZoneNames {
    /// A name read: where it ends, the name as written, the locale that names it so, its pattern.
    struct Reading: Sendable {
        /// The end, as an index of the text read (the cache keeps the name's length instead).
        var end: Int
        var name: String
        var locale: String
        var pattern: String
    }

    /// The locales tried for a name starting with `c`, by its script.
    static func locales(startingWith c: UInt32) -> [String] {
        switch c {
        case 0x3040...0x30FF: ["ja"]
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: ["zh", "zh_Hant", "ja"]
        case 0x1100...0x11FF, 0xAC00...0xD7AF: ["ko"]
        case 0x0400...0x04FF: ["ru", "uk"]
        case 0x0370...0x03FF: ["el"]
        case 0x0600...0x06FF: ["ar", "fa"]
        case 0x0590...0x05FF: ["he"]
        case 0x0E00...0x0E7F: ["th"]
        case 0x0900...0x097F: ["hi"]
        default: ["fr", "de", "es", "it", "pt", "nl", "sv", "pl", "da", "nb", "fi", "cs", "tr", "ro", "hu", "vi", "id", "en"]
        }
    }

    /// Long specific and generic names (`中国标准时间`, `heure de la Chine`); the short forms of
    /// these locales are `GMT+8`, which the ASCII reader already knows.
    private static let zonePatterns = ["zzzz", "vvvv"]

    private struct State: ~Copyable {
        var formats: [String: ICU.DateFormat] = [:]
        /// Answers by the text offered, with `end` as the name's length.
        var answers: [[UInt32]: Reading?] = [:]
    }

    private static let state = Mutex(State())

    /// The longest localized zone name starting at `start` in the first locale that reads one, or nil. At most 48 code points of the
    /// line are offered to ICU; answers are kept per text offered (at most 4,096 of them).
    static func read(_ text: [UInt32], from start: Int) -> Reading? {
        guard start < text.count, ICU.isWordCharacter(text[start]) else { return nil }
        var end = start
        while end < text.count, end - start < 48, text[end] != 0x0A, text[end] != 0x0D { end += 1 }
        let offered = Array(text[start..<end])
        let prefix: [UInt32] = Array("00:00:00 ".unicodeScalars.map(\.value))
        let answer: Reading? = state.withLock { state in
            if let known = state.answers[offered] { return known }
            var best: Reading? = nil
            for locale in locales(startingWith: text[start]) {
                for zonePattern in zonePatterns {
                    let key = locale + " " + zonePattern
                    if state.formats[key] == nil {
                        guard let format = ICU.DateFormat(pattern: "HH:mm:ss " + zonePattern, locale: locale + "@numbers=latn") else { continue }
                        state.formats[key] = format
                    }
                    let input = prefix + offered
                    guard let parsed = state.formats[key]!.parse(input, from: 0, maxLength: input.count) else { continue }
                    let length = parsed.end - prefix.count
                    guard length > 0, length > (best?.end ?? 0) else { continue }
                    // A Latin name ends at a word's end (`Chine`, not `Chin`); CJK runs on.
                    let last = offered[length - 1]
                    if length < offered.count, last < 0x2E80, ICU.isWordCharacter(offered[length]) { continue }
                    let name = String(String.UnicodeScalarView(offered[0..<length].compactMap(Unicode.Scalar.init)))
                    best = Reading(end: length, name: name, locale: locale, pattern: zonePattern)
                }
                // ICU loads a locale's names on its first parse (tens of M instructions each):
                // the first locale of the script that reads a name wins, the rest stay unloaded.
                if best != nil { break }
            }
            if state.answers.count >= 4096 { state.answers.removeAll(keepingCapacity: true) }
            state.answers[offered] = best
            return best
        }
        guard var reading = answer else { return nil }
        reading.end += start
        return reading
    }
}
