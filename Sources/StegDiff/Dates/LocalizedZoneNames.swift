// Zone names as a locale writes them after a time (`中国标准时间`, `heure normale de la Chine`,
// `日本標準時`, `중국 표준시`). ICU knows every locale's display names, but loading one locale's
// costs tens of millions of instructions: a Latin word is offered to ICU only when it starts some
// Latin zone name (a table embedded per ICU version), a word of another script only when the
// text holds a non-ASCII letter, so prose after a time never pays for them.

import Synchronization

/// Reads a localized time-zone name with ICU's parser, by the locales of the name's script.
package enum LocalizedZoneNames {
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
        default: []  // Latin names go by their first word (`latinNameLocales`); other scripts are not read
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

    /// Locales whose Latin-script zone names (`Koordinierte Weltzeit`, `heure normale de la Chine`,
    /// `Mitteleuropäische Sommerzeit`) are read: the languages written in Latin script that
    /// prompts are most often in, the most common first (the first locale that reads a name
    /// names it). English names are read without ICU (`China Standard Time`).
    static let latinNameLocales = [
        "fr", "de", "es", "it", "pt", "nl", "sv", "pl", "da", "nb", "fi", "cs", "tr", "ro", "hu", "vi", "id",
        "af", "az", "bs", "ca", "cy", "et", "eu", "fil", "ga", "gl", "hr", "is", "lt", "lv", "ms", "mt", "nn", "sk", "sl", "sq",
        "sw", "uz", "zu",
    ]

    /// Whether the embedded first-word table is the running ICU's.
    private static let embeddedWordsMatchICU = embeddedLatinZoneWordsVersion == "\(ICU.versions.icu)/\(ICU.versions.cldr)"

    /// The table computed from ICU when the embedded one is another version's.
    private static let computedWordsOnce = computedLatinFirstWords()

    /// Whether `scalar` is a letter of the Latin script's blocks (ASCII, Latin-1, Extended-A/B,
    /// Extended Additional): what a Latin zone name's first word is made of.
    static func isLatinLetter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0xC0...0x24F: scalar != 0xD7 && scalar != 0xF7
        case 0x1E00...0x1EFF: true
        default: false
        }
    }

    /// The lowercased UTF-8 of a first word, as the table keys it.
    static func wordKey(_ scalars: some Sequence<UInt32>) -> [UInt8] {
        var key: [UInt8] = []
        for value in scalars {
            if value < 0x80 { key.append(UInt8(value | 0x20)); continue }
            guard let scalar = Unicode.Scalar(value) else { continue }
            key += scalar.properties.lowercaseMapping.utf8
        }
        return key
    }

    /// First word (Latin letters, lowercased) of a Latin-script zone name → the locales of
    /// `latinNameLocales` with such a name, or nil. A Latin word after a time is offered to ICU
    /// only when it is one of these, so prose (`at 16:55 the job ran`, `16:55 Uhr`) never loads a
    /// locale's names (1.4 G instructions for the 17 locales a word used to be offered to). The
    /// embedded text is searched in place (it is sorted by bytes): parsing it into a dictionary
    /// cost more than the rest of a small diff.
    package static func latinNameLocales(forWord word: [UInt8]) -> [String]? {
        guard embeddedWordsMatchICU else { return computedWordsOnce[word] }
        var text = embeddedLatinZoneWords
        return text.withUTF8 { bytes -> [String]? in
            var low = 0, high = bytes.count
            while low < high {
                var start = (low + high) / 2
                while start > low, bytes[start - 1] != 0x20 { start -= 1 }
                var colon = start
                while colon < bytes.count, bytes[colon] != 0x3A { colon += 1 }
                var end = colon
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                let entry = UnsafeBufferPointer(rebasing: bytes[start..<colon])
                if entry.elementsEqual(word) {
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[(colon + 1)..<end]), as: UTF8.self)
                        .split(separator: ",").map(String.init)
                }
                if entry.lexicographicallyPrecedes(word) { low = end + 1 } else { high = start }
            }
            return nil
        }
    }

    /// The whole embedded table, parsed: for the test that compares it with ICU.
    package static func embeddedLatinFirstWords() -> [[UInt8]: [String]] {
        var table: [[UInt8]: [String]] = [:]
        for entry in embeddedLatinZoneWords.split(separator: " ") {
            guard let colon = entry.firstIndex(of: ":") else { continue }
            table[Array(entry[..<colon].utf8)] = entry[entry.index(after: colon)...].split(separator: ",").map(String.init)
        }
        return table
    }

    /// The first-word table from ICU's data (each locale's long specific and generic names of
    /// every canonical zone in January and July): what `EmbeddedZoneWords.swift` holds for one
    /// ICU version. Loads 40 locales' zone names: about a second.
    package static func computedLatinFirstWords() -> [[UInt8]: [String]] {
        let january15: Double = 1_768_435_200_000, july15: Double = 1_784_073_600_000
        let rank = Dictionary(uniqueKeysWithValues: latinNameLocales.enumerated().map { ($1, $0) })
        var table: [[UInt8]: Set<String>] = [:]
        for locale in latinNameLocales {
            for pattern in zonePatterns {
                for instant in [january15, july15] {
                    for name in ICU.zoneDisplayNames(locale: locale, pattern: pattern, atMillis: instant) {
                        let scalars = name.unicodeScalars.map(\.value)
                        // Names with digits are ICU's fallbacks (`GMT+03:00`), read without ICU;
                        // a name starting with no Latin letter is no Latin name.
                        guard let first = scalars.first, isLatinLetter(first), !scalars.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
                        // The word is the leading run of letters (`alaska` of `Alaska-Normalzeit`),
                        // as `latinNameLocales(forWordAt:)` reads it.
                        let word = scalars.prefix(while: isLatinLetter)
                        // `GMT`, `UTC` are read as abbreviations first; one or two letters (`an`, `am`,
                        // `ny`) are English words too often to open a locale's names for.
                        let key = wordKey(word)
                        if word.count >= 3, key != Array("gmt".utf8), key != Array("utc".utf8) { table[key, default: []].insert(locale) }
                    }
                }
            }
        }
        return table.mapValues { $0.sorted { rank[$0]! < rank[$1]! } }
    }

    /// The embedded table's text for the running ICU: `word:locale,locale word:locale …`,
    /// sorted by the words' UTF-8 bytes (the order the search assumes).
    package static func latinZoneWordsSource() -> String {
        computedLatinFirstWords().sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .map { String(decoding: $0.key, as: UTF8.self) + ":" + $0.value.joined(separator: ",") }.joined(separator: " ")
    }

    /// The locales whose Latin zone names start with the word at `start`, or nil when none does.
    static func latinNameLocales(forWordAt start: Int, in text: [UInt32]) -> [String]? {
        var end = start
        while end < text.count, end - start <= 32, isLatinLetter(text[end]) { end += 1 }
        guard end - start >= 3 else { return nil }
        return latinNameLocales(forWord: wordKey(text[start..<end]))
    }

    /// The longest localized zone name starting at `start` in the first locale that reads one, or nil. At most 48 code points of the
    /// line are offered to ICU; answers are kept per text offered (at most 4,096 of them).
    /// A name in Latin script is tried only in the locales its first word points to (see
    /// `latinNameLocales(forWord:)`), whatever the text; a name in another script only with
    /// `anyLocale` (the text has a non-ASCII letter), in the locales of that script.
    static func read(_ text: [UInt32], from start: Int, anyLocale: Bool = true) -> Reading? {
        guard start < text.count, ICU.isWordCharacter(text[start]) else { return nil }
        let tried: [String]
        if isLatinLetter(text[start]) {
            guard let locales = latinNameLocales(forWordAt: start, in: text) else { return nil }
            tried = locales
        } else {
            guard anyLocale else { return nil }
            tried = locales(startingWith: text[start])
        }
        var end = start
        while end < text.count, end - start < 48, text[end] != 0x0A, text[end] != 0x0D { end += 1 }
        // The locales tried follow from the text offered: it is the answer's key.
        let offered = Array(text[start..<end])
        let prefix: [UInt32] = Array("00:00:00 ".unicodeScalars.map(\.value))
        let answer: Reading? = state.withLock { state in
            if let known = state.answers[offered] { return known }
            var best: Reading? = nil
            for locale in tried {
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
