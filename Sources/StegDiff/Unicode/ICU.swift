import CICUShim
import Synchronization

// Unicode/ owns character facts: this file is the only Swift file that calls the C shim over
// system ICU (CICUShim); the others build on it (UTF-8 units, text units, invisible-character
// classes, visible escapes, explanations). It may call Support/; every folder above may call it.

/// The one file that talks to the C shim over system ICU: everything else uses these Swift values.
///
/// ICU is called only for non-ASCII code points where a fast path is correct for ASCII, because
/// hunk-local classification must not dominate the cost of a diff.
package enum ICU {
    /// Versions of ICU, Unicode and CLDR the process runs with, for honest report comparison.
    package static let versions: (icu: String, unicode: String, cldr: String) = {
        var icu = [CChar](repeating: 0, count: 32)
        var unicode = [CChar](repeating: 0, count: 32)
        var cldr = [CChar](repeating: 0, count: 32)
        sd_icu_versions(&icu, &unicode, &cldr, 32)
        return (string(fromC: icu), string(fromC: unicode), string(fromC: cldr))
    }()

    private static func string(fromC buffer: [CChar]) -> String {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ICU's extended name: `ZERO WIDTH SPACE`, or `<control-0007>` for unnamed code points.
    package static func name(of codePoint: UInt32) -> String {
        // Controls have no Unicode name; ICU 72 exposes no control aliases (NameAliases.txt
        // "control" type), so the few that matter in prompts get theirs here.
        switch codePoint {
        case 0x09: return "CHARACTER TABULATION"
        case 0x0A: return "LINE FEED"
        case 0x0B: return "LINE TABULATION"
        case 0x0C: return "FORM FEED"
        case 0x0D: return "CARRIAGE RETURN"
        case 0x85: return "NEXT LINE"
        default: break
        }
        var buffer = [CChar](repeating: 0, count: 128)
        let length = sd_char_name(codePoint, &buffer, 128)
        guard length > 0 else { return "<unnamed>" }
        return string(fromC: buffer)
    }

    /// The code point named `name` (ICU extended or Unicode name), if any.
    package static func codePoint(named name: String) -> UInt32? {
        let value = sd_char_from_name(name)
        return value < 0 ? nil : UInt32(value)
    }

    /// ICU script code of a code point.
    package static func scriptCode(of codePoint: UInt32) -> Int32 { sd_script(codePoint) }

    /// Long script name of a code point (`Latin`, `Cyrillic`, `Common`).
    package static func scriptName(of codePoint: UInt32) -> String {
        // ASCII letters are Latin and the rest of ASCII is Common (Scripts.txt): most letters of
        // most prompts need no call.
        if codePoint < 0x80 { return (codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7A ? "Latin" : "Common" }
        return scriptName(code: sd_script(codePoint))
    }

    /// Long script name of an ICU script code.
    package static func scriptName(code: Int32) -> String {
        if code >= 0, Int(code) < scriptNames.count { return scriptNames[Int(code)] }
        return uncachedScriptName(code: code)
    }

    /// The names of script codes 0..<256 (ICU 72 has about 200), built on first use: a C buffer
    /// and a new String for every letter of a text cost more than the rest of inspecting it.
    private static let scriptNames: [String] = (0..<Int32(256)).map { uncachedScriptName(code: $0) }

    private static func uncachedScriptName(code: Int32) -> String {
        // A buffer on the stack and one String: the table is built in every process that names
        // a script (a diff's homoglyph message too), so it must cost little.
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            let length = sd_script_name(code, buffer.baseAddress!, 64)
            guard length > 0, length < 64 else { return "Unknown" }  // below 64 the name ends in NUL
            return String(cString: buffer.baseAddress!)
        }
    }

    /// True when the code point's Script_Extensions include the script.
    package static func has(script: Int32, _ codePoint: UInt32) -> Bool { sd_has_script(codePoint, script) != 0 }

    /// The general category as ICU's UCharCategory number.
    package static func generalCategory(of codePoint: UInt32) -> Int32 { sd_general_category(codePoint) }

    /// True for general categories Mn, Mc and Me (combining marks that stay with their base).
    package static func isCombiningMark(_ codePoint: UInt32) -> Bool {
        if codePoint < 0x300 { return false }
        let category = sd_general_category(codePoint)
        // UCharCategory: 6 = Mn (non-spacing), 7 = Me (enclosing), 8 = Mc (spacing combining).
        return category == 6 || category == 7 || category == 8
    }

    /// True for a virama (Canonical_Combining_Class 9), which Indic joiners legitimately follow.
    package static func isVirama(_ codePoint: UInt32) -> Bool { codePoint >= 0x900 && sd_combining_class(codePoint) == 9 }

    /// True for letters (L*) and marks (M*): what a joiner may legitimately stand between.
    package static func isLetterOrMark(_ codePoint: UInt32) -> Bool {
        if codePoint < 0x80 { return (codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7A }
        return (1...8).contains(sd_general_category(codePoint))
    }

    /// True for letters (L*) and decimal digits (Nd), the characters words are made of.
    package static func isWordCharacter(_ codePoint: UInt32) -> Bool {
        if codePoint < 0x80 {
            let c = UInt8(codePoint)
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
        }
        let category = sd_general_category(codePoint)
        // 1...5 = Lu Ll Lt Lm Lo; 6...8 = marks; 9 = Nd.
        return (1...9).contains(category)
    }

    /// ICU binary properties of a code point, as a set.
    package static func properties(of codePoint: UInt32) -> CharacterProperties {
        CharacterProperties(rawValue: sd_properties(codePoint))
    }

    /// `properties(of:)` with only the properties of `wanted` looked up (the others read as
    /// absent): a caller that asks one question pays one ICU lookup, not thirteen.
    package static func properties(of codePoint: UInt32, among wanted: CharacterProperties) -> CharacterProperties {
        CharacterProperties(rawValue: sd_properties_among(codePoint, wanted.rawValue))
    }

    /// True for White_Space characters (what `properties(of:)` calls `.whiteSpace`).
    package static func isWhiteSpace(_ codePoint: UInt32) -> Bool {
        properties(of: codePoint, among: .whiteSpace).contains(.whiteSpace)
    }

    /// True when the code points form exactly one RGI emoji (incl. ZWJ, tag and flag sequences).
    package static func isRGIEmoji(_ codePoints: [UInt32]) -> Bool {
        guard !codePoints.isEmpty else { return false }
        return sd_is_rgi_emoji(codePoints, Int32(codePoints.count)) != 0
    }

    /// Unicode normalization forms used for classification.
    package enum NormalizationForm: Int32 { case nfc = 0, nfkc = 1, nfd = 2 }

    /// The normalized code points, or nil if ICU failed.
    package static func normalize(_ codePoints: [UInt32], _ form: NormalizationForm) -> [UInt32]? {
        guard !codePoints.isEmpty else { return [] }
        return callReturningCodePoints(estimate: codePoints.count * 4 + 8) { output, capacity in
            sd_normalize(form.rawValue, codePoints, Int32(codePoints.count), output, capacity)
        }
    }

    /// The UTS #39 confusable skeleton: a comparison key, never a display form or an offset source.
    package static func skeleton(_ codePoints: [UInt32]) -> [UInt32]? {
        guard !codePoints.isEmpty else { return [] }
        // A diff asks for the skeletons of the few characters it changed, and one ICU call costs
        // about 2,500 instructions where a look-up costs a tenth: short texts are remembered.
        let remembered = codePoints.count <= shortSkeletonLength
        if remembered, let known = shortSkeletons.withLock({ $0[codePoints] }) { return known }
        let skeleton = callReturningCodePoints(estimate: codePoints.count * 4 + 8) { output, capacity in
            sd_skeleton(codePoints, Int32(codePoints.count), output, capacity)
        }
        if remembered {
            shortSkeletons.withLock { known in
                // Bounded: a text of many distinct characters empties it rather than grow it.
                if known.count >= 4096 { known.removeAll(keepingCapacity: true) }
                known[codePoints] = skeleton
            }
        }
        return skeleton
    }

    /// Texts of at most this many code points have their skeletons remembered.
    private static let shortSkeletonLength = 8
    /// Skeletons of short texts already asked (nil: ICU failed), shared by every thread.
    private static let shortSkeletons = Mutex<[[UInt32]: [UInt32]?]>([:])

    /// Word boundaries of the code points (ICU's word break iterator: UAX #29, with dictionaries
    /// for CJK and Thai), as indices from 0 to `codePoints.count`; empty if ICU failed. With
    /// `index`, only up to the first boundary past it (a caller that asks for the boundaries
    /// around one place need not have ICU walk the rest).
    package static func wordBoundaries(_ codePoints: [UInt32], through index: Int? = nil) -> [Int] {
        guard !codePoints.isEmpty else { return [0] }
        var capacity = codePoints.count + 2
        for _ in 0..<2 {
            // ICU writes Int32s into scratch space; the answer is made once, as Ints.
            let (count, boundaries) = withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { output in
                let count = Int(sd_word_boundaries(codePoints, Int32(codePoints.count), Int32(clamping: index ?? codePoints.count),
                                                   output.baseAddress!, Int32(capacity)))
                return (count, count >= 0 && count <= capacity ? output.prefix(count).map(Int.init) : [])
            }
            if count < 0 { return [] }
            if count <= capacity { return boundaries }
            capacity = count
        }
        return []
    }

    private static func callReturningCodePoints(
        estimate: Int, _ body: (UnsafeMutablePointer<UInt32>, Int32) -> Int32
    ) -> [UInt32]? {
        var capacity = estimate
        for _ in 0..<2 {
            // One array, written in place by ICU and cut to what it wrote (no zeroed buffer and copy).
            var needed: Int32 = 0
            let output = [UInt32](unsafeUninitializedCapacity: capacity) { buffer, count in
                needed = body(buffer.baseAddress!, Int32(capacity))
                count = needed >= 0 && Int(needed) <= capacity ? Int(needed) : 0
            }
            if needed < 0 { return nil }
            if Int(needed) <= capacity { return output }
            capacity = Int(needed)
        }
        return nil
    }

    /// Names of all locales ICU has data for.
    package static let availableLocales: [String] = {
        (0..<sd_locale_count()).map { index in
            var buffer = [CChar](repeating: 0, count: 96)
            _ = sd_locale_name(index, &buffer, 96)
            return string(fromC: buffer)
        }
    }()

    /// A locale's default date patterns for the styles full, long, medium and short (empty if none).
    package static func defaultDatePatterns(locale: String) -> [String] {
        guard let codePoints = callReturningCodePoints(estimate: 256, { sd_locale_date_patterns(locale, $0, $1) }) else { return [] }
        return codePoints.split(separator: 0, omittingEmptySubsequences: false).prefix(4).map {
            String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init)))
        }
    }

    /// Year, month and day of a UTC instant in the Gregorian calendar.
    package static func gregorianComponents(millis: Double) -> (year: Int, month: Int, day: Int)? {
        // Since the Gregorian reform (1582-10-15) ICU's calendar is the proleptic one, which is
        // plain arithmetic; opening an ICU calendar per call cost more than a whole date parse.
        if millis.isFinite, millis >= gregorianReformMillis, millis < 1e15 {
            return civilDate(daysSinceEpoch: Int((millis / 86_400_000).rounded(.down)))
        }
        return icuGregorianComponents(millis: millis)
    }

    /// 1582-10-15T00:00Z: before it ICU's Gregorian calendar counts Julian dates.
    static let gregorianReformMillis: Double = -12_219_292_800_000

    /// Proleptic Gregorian year, month and day of a day count since 1970-01-01 (the
    /// days-to-civil algorithm of H. Hinnant, "chrono-compatible low-level date algorithms").
    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days-from-civil).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month and day as ICU's calendar computes them (before the reform, and for
    /// cross-checking the arithmetic).
    package static func icuGregorianComponents(millis: Double) -> (year: Int, month: Int, day: Int)? {
        var year: Int32 = 0, month: Int32 = 0, day: Int32 = 0
        guard sd_date_components(millis, &year, &month, &day) != 0 else { return nil }
        return (Int(year), Int(month), Int(day))
    }

    /// The pattern ICU's generator gives a skeleton (`yMMMEd`) in a locale, or nil.
    package static func bestPattern(skeleton: String, locale: String) -> String? {
        guard let codePoints = callReturningCodePoints(estimate: 64, { sd_best_pattern(locale, skeleton, $0, $1) }),
              !codePoints.isEmpty else { return nil }
        return String(String.UnicodeScalarView(codePoints.compactMap(Unicode.Scalar.init)))
    }

    /// The names a one-field zone pattern (`zzzz`, `vvvv`) gives every canonical zone in `locale`
    /// at `millis` (`Koordinierte Weltzeit`, `tiempo del Pacífico`), in ICU's zone order. Loads
    /// the locale's zone names: tens of millions of instructions, for tables and their tests.
    package static func zoneDisplayNames(locale: String, pattern: String, atMillis millis: Double) -> [String] {
        guard let codePoints = callReturningCodePoints(estimate: 65_536, { sd_zone_display_names(locale, pattern, millis, $0, $1) }) else { return [] }
        return codePoints.split(separator: 0x0A).map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
    }

    /// ICU's time-zone data version (`2022e`), or "unknown".
    package static let timeZoneDataVersion: String = {
        var buffer = [CChar](repeating: 0, count: 32)
        guard sd_tz_data_version(&buffer, Int32(buffer.count)) > 0 else { return "unknown" }
        return string(fromC: buffer)
    }()

    /// The UTC offset in seconds of an IANA zone (`Asia/Shanghai`) at an instant, or nil when
    /// ICU does not know the ID.
    package static func offset(ofZone id: String, atMillis millis: Double) -> Int? {
        guard id.utf8.count < 64, id.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        var offset: Int32 = 0
        guard sd_zone_offset(id, millis, &offset) != 0 else { return nil }
        return Int(offset / 1000)
    }

    /// Canonical IANA zones whose UTC offset at `millis` is `offsetSeconds`, in ICU's order.
    package static func zones(withOffset offsetSeconds: Int, atMillis millis: Double) -> [String] {
        var capacity: Int32 = 4096
        while true {
            var buffer = [CChar](repeating: 0, count: Int(capacity))
            let needed = sd_zones_with_offset(millis, Int32(offsetSeconds * 1000), &buffer, capacity)
            if needed < 0 { return [] }
            if needed < capacity { return string(fromC: buffer).split(separator: " ").map(String.init) }
            capacity = needed + 1
        }
    }

    /// An ICU date format in UTC with strict parsing. Not thread-safe: one owner at a time.
    package final class DateFormat {
        private let handle: OpaquePointer

        /// Opens an explicit pattern in a locale; nil if ICU rejects it.
        package init?(pattern: String, locale: String) {
            let codePoints = pattern.unicodeScalars.map(\.value)
            guard let handle = sd_date_format_open_pattern(locale, codePoints, Int32(codePoints.count)) else {
                return nil
            }
            self.handle = handle
        }

        /// Opens a locale's default date format for a style (0 full … 3 short); nil if none.
        package init?(locale: String, style: Int32) {
            guard let handle = sd_date_format_open_style(locale, style) else { return nil }
            self.handle = handle
        }

        deinit { sd_date_format_close(handle) }

        /// The ICU pattern of this format.
        package var pattern: String {
            let codePoints = ICU.callReturningCodePoints(estimate: 64) { sd_date_format_pattern(handle, $0, $1) } ?? []
            return String(String.UnicodeScalarView(codePoints.compactMap(Unicode.Scalar.init)))
        }

        /// Strictly parses `text` from `start`; the instant and the end index (code points).
        /// Only `maxLength` code points from `start` are offered to ICU: dates are short, and a
        /// parse must not cost the length of the whole text.
        package func parse(_ text: [UInt32], from start: Int, maxLength: Int = 64) -> (millis: Double, end: Int)? {
            var millis = 0.0
            var end: Int32 = 0
            let length = min(maxLength, text.count - start)
            guard length > 0 else { return nil }
            let parsed = text.withUnsafeBufferPointer { buffer in
                sd_date_parse(handle, buffer.baseAddress! + start, Int32(length), 0, &millis, &end)
            }
            guard parsed != 0 else { return nil }
            return (millis, start + Int(end))
        }

        /// Formats a UTC instant as code points.
        package func format(millis: Double) -> [UInt32] {
            ICU.callReturningCodePoints(estimate: 64) { sd_date_format_millis(handle, millis, $0, $1) } ?? []
        }
    }
}

/// ICU binary properties that stegdiff classifies by.
package struct CharacterProperties: OptionSet, Sendable {
    package let rawValue: UInt32
    package init(rawValue: UInt32) { self.rawValue = rawValue }

    package static let defaultIgnorable = CharacterProperties(rawValue: 1 << 0)
    package static let bidiControl = CharacterProperties(rawValue: 1 << 1)
    package static let variationSelector = CharacterProperties(rawValue: 1 << 2)
    package static let whiteSpace = CharacterProperties(rawValue: 1 << 3)
    package static let emoji = CharacterProperties(rawValue: 1 << 4)
    package static let extendedPictographic = CharacterProperties(rawValue: 1 << 5)
    package static let emojiModifier = CharacterProperties(rawValue: 1 << 6)
    package static let emojiComponent = CharacterProperties(rawValue: 1 << 7)
    package static let joinControl = CharacterProperties(rawValue: 1 << 8)
    package static let alphabetic = CharacterProperties(rawValue: 1 << 9)
    package static let regionalIndicator = CharacterProperties(rawValue: 1 << 10)
    package static let emojiPresentation = CharacterProperties(rawValue: 1 << 11)
    package static let wide = CharacterProperties(rawValue: 1 << 12)
}
