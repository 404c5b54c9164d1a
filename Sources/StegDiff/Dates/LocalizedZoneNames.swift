// Zone names as a locale writes them after a time (`中国标准时间`, `heure normale de la Chine`,
// `日本標準時`, `중국 표준시`). ICU knows every locale's display names; they are asked for only
// when a text holds a non-ASCII letter and a time is followed by a word English does not name
// as a zone, so ASCII prose never pays for them.

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

    /// Locales whose all-ASCII zone names (`Koordinierte Weltzeit`, `tiempo universal coordinado`,
    /// `Tempo coordinato universale`) are read in a text that has no other non-ASCII letter: the
    /// languages written in Latin script that prompts are most often in. English names are read
    /// without ICU (`China Standard Time`).
    static let asciiNameLocales = [
        "af", "az", "bs", "ca", "cs", "cy", "da", "de", "es", "et", "eu", "fi", "fil", "fr", "ga", "gl", "hr", "hu", "id", "is",
        "it", "lt", "lv", "ms", "mt", "nb", "nl", "nn", "pl", "pt", "ro", "sk", "sl", "sq", "sv", "sw", "tr", "uz", "vi", "zu",
    ]

    /// Whether the embedded first-word table is the running ICU's.
    private static let embeddedWordsMatchICU = embeddedASCIIZoneWordsVersion == "\(ICU.versions.icu)/\(ICU.versions.cldr)"

    /// The table computed from ICU when the embedded one is another version's.
    private static let computedWordsOnce = computedASCIIFirstWords()

    /// First word (ASCII letters, lowercased) of an all-ASCII zone name → the locales of
    /// `asciiNameLocales` with such a name, or nil. A word after a time is offered to ICU in an
    /// all-ASCII text only when it is one of these, so prose (`at 16:55 the job ran`) never loads
    /// a locale's names. The embedded text is searched in place (it is sorted): parsing it into a
    /// dictionary cost more than the rest of a small diff.
    package static func asciiNameLocales(forWord word: [UInt8]) -> [String]? {
        guard embeddedWordsMatchICU else { return computedWordsOnce[word] }
        var text = embeddedASCIIZoneWords
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
    package static func embeddedASCIIFirstWords() -> [[UInt8]: [String]] {
        var table: [[UInt8]: [String]] = [:]
        for entry in embeddedASCIIZoneWords.split(separator: " ") {
            guard let colon = entry.firstIndex(of: ":") else { continue }
            table[Array(entry[..<colon].utf8)] = entry[entry.index(after: colon)...].split(separator: ",").map(String.init)
        }
        return table
    }

    /// The first-word table from ICU's data (each locale's long specific and generic names of
    /// every canonical zone in January and July): what `EmbeddedZoneWords.swift` holds for one
    /// ICU version. Loads 40 locales' zone names: about a second.
    package static func computedASCIIFirstWords() -> [[UInt8]: [String]] {
        let january15: Double = 1_768_435_200_000, july15: Double = 1_784_073_600_000
        var table: [[UInt8]: Set<String>] = [:]
        for locale in asciiNameLocales {
            for pattern in zonePatterns {
                for instant in [january15, july15] {
                    for name in ICU.zoneDisplayNames(locale: locale, pattern: pattern, atMillis: instant) {
                        // Names with digits are ICU's fallbacks (`GMT+03:00`), read without ICU.
                        guard name.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x30 && $0 <= 0x39) }) else { continue }
                        // The word is the leading run of letters (`alaska` of `Alaska-Normalzeit`),
                        // as `asciiNameLocales(forWordAt:)` reads it.
                        let first = Array(name.utf8.prefix { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }.map { $0 | 0x20 })
                        // `GMT`, `UTC` are read as abbreviations first; one or two letters (`an`, `am`,
                        // `ny`) are English words too often to open a locale's names for.
                        if first.count >= 3, first != Array("gmt".utf8), first != Array("utc".utf8) { table[first, default: []].insert(locale) }
                    }
                }
            }
        }
        return table.mapValues { $0.sorted() }
    }

    /// The embedded table's text for the running ICU: `word:locale,locale word:locale …`, sorted.
    package static func asciiZoneWordsSource() -> String {
        computedASCIIFirstWords().map { (String(decoding: $0.key, as: UTF8.self), $0.value) }
            .sorted { $0.0 < $1.0 }.map { $0.0 + ":" + $0.1.joined(separator: ",") }.joined(separator: " ")
    }

    /// The locales whose all-ASCII zone names start with the word at `start`, or nil when none
    /// does (or the word is not ASCII letters).
    static func asciiNameLocales(forWordAt start: Int, in text: [UInt32]) -> [String]? {
        var word: [UInt8] = []
        var position = start
        while position < text.count, word.count <= 32, text[position] < 0x80, (text[position] | 0x20) >= 0x61 && (text[position] | 0x20) <= 0x7A {
            word.append(UInt8(text[position] | 0x20))
            position += 1
        }
        guard word.count >= 3 else { return nil }
        return asciiNameLocales(forWord: word)
    }

    /// The longest localized zone name starting at `start` in the first locale that reads one, or nil. At most 48 code points of the
    /// line are offered to ICU; answers are kept per text offered (at most 4,096 of them).
    /// With `anyLocale` false only names of the all-ASCII table are tried (the text has no
    /// non-ASCII letter to point at another language).
    static func read(_ text: [UInt32], from start: Int, anyLocale: Bool = true) -> Reading? {
        guard start < text.count, ICU.isWordCharacter(text[start]) else { return nil }
        let asciiLocales = text[start] < 0x80 ? asciiNameLocales(forWordAt: start, in: text) : nil
        guard anyLocale || asciiLocales != nil else { return nil }
        var end = start
        while end < text.count, end - start < 48, text[end] != 0x0A, text[end] != 0x0D { end += 1 }
        // The answer depends on the locales tried: the key says which list was used.
        let offered = Array(text[start..<end])
        let key = anyLocale ? offered : offered + [0xFFFF_FFFF]
        let prefix: [UInt32] = Array("00:00:00 ".unicodeScalars.map(\.value))
        let answer: Reading? = state.withLock { state in
            if let known = state.answers[key] { return known }
            var best: Reading? = nil
            // A word of the table is tried in its locales first; the script's list follows when
            // the text allows any locale.
            var tried = asciiLocales ?? []
            if anyLocale { tried += locales(startingWith: text[start]).filter { !tried.contains($0) } }
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
            state.answers[key] = best
            return best
        }
        guard var reading = answer else { return nil }
        reading.end += start
        return reading
    }
}
