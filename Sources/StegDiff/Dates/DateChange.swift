// What changed between two recognized dates, from their parsed values: the form, the zone the
// same instant is shown in, or the value. Classify/ turns this into a finding.

import Synchronization

/// The change between a baseline date (or date-time) and the candidate's at the same place.
package struct DateChange: Sendable, Hashable {
    /// What kind of change it is.
    package enum Kind: Sendable, Hashable {
        /// The same day (or instant) written in another form.
        case format
        /// The same instant written at another UTC offset or in another zone.
        case timeZone
        /// Another day or instant (benign drift).
        case value
    }

    package var kind: Kind
    package var baselinePattern: String
    package var candidatePattern: String
    /// Date part of the candidate's pattern: what locales' default formats are looked up by.
    package var candidateDatePattern: String
    /// Dates as written, ISO `yyyy-MM-dd` (a time written alone: `16:55:00`).
    package var baselineValue: String
    package var candidateValue: String
    /// Local date-times as written (`2025-09-29T16:55:10.367`), when both sides have a time.
    package var baselineDateTime: String?
    package var candidateDateTime: String?
    /// UTC offsets (`+08:00`) where written or resolved; an offset implied by the shift of the
    /// wall clock is marked so (`+08:00 (implied)`).
    package var baselineOffset: String?
    package var candidateOffset: String?
    /// The zone marks as written (`GMT`, `+0800 CST`).
    package var baselineZone: String?
    package var candidateZone: String?
    /// For a time-zone change: canonical IANA zones with the candidate's offset at that instant.
    package var zonesWithCandidateOffset: [String]?

    /// The change from `old` to `new`, or nil when both read the same value in a shared pattern
    /// (the texts then differ by something the ordinary kinds explain, such as a space).
    package static func between(_ old: RecognizedDate, _ new: RecognizedDate) -> DateChange? {
        // The same pattern in other digits (`2025-09-29` → `२०२५-०९-२९`) is another form: the
        // digits are named beside the pattern.
        var old = old, new = new
        if old.digitZero != new.digitZero {
            old.patterns = old.patterns.map { $0 + digitsNote(old.digitZero) }
            new.patterns = new.patterns.map { $0 + digitsNote(new.digitZero) }
        }
        let oldOffset = resolvedOffset(old), newOffset = resolvedOffset(new)
        func change(_ kind: Kind, _ i: Int, _ j: Int) -> DateChange {
            var made = DateChange(kind: kind, baselinePattern: old.patterns[i], candidatePattern: new.patterns[j],
                                  candidateDatePattern: new.datePattern(at: j),
                                  baselineValue: old.hasDate ? old.isoValue(at: i) : isoDateTime(old, at: i),
                                  candidateValue: new.hasDate ? new.isoValue(at: j) : isoDateTime(new, at: j))
            if old.time != nil && new.time != nil && old.hasDate && new.hasDate {
                made.baselineDateTime = isoDateTime(old, at: i)
                made.candidateDateTime = isoDateTime(new, at: j)
            }
            made.baselineOffset = oldOffset.map(offsetText)
            made.candidateOffset = newOffset.map(offsetText)
            made.baselineZone = old.zone?.text
            made.candidateZone = new.zone?.text
            return made
        }
        // The readings to name a change by: the two patterns closest to each other (`h:mm a`
        // beside `h:mm a`, not `hh:mm a`), so the report shows what really changed.
        func closest(_ kind: Kind) -> DateChange {
            let (i, j) = closestReadings(old, new)
            return change(kind, i, j)
        }
        let shared: (Int, Int)? = {
            for (i, pattern) in old.patterns.enumerated() { if let j = new.patterns.firstIndex(of: pattern) { return (i, j) } }
            return nil
        }()
        if let oldTime = old.time, let newTime = new.time {
            // Compared at the coarser side's precision: `16:55:10.367Z` and `00:55:10 +0800` are
            // the same instant written without the milliseconds (a form that has no field for
            // them), and `16:55` is the same clock as `16:55:10`.
            let unit = max(precisionMillis(oldTime), precisionMillis(newTime))
            let oldLocal = (old.localMillis() / unit).rounded(.down) * unit, newLocal = (new.localMillis() / unit).rounded(.down) * unit
            if let oldOffset, let newOffset {
                var oldInstant = oldLocal - Double(oldOffset) * 1000, newInstant = newLocal - Double(newOffset) * 1000
                // Times alone have no day: `16:55 +0000` and `00:55 +0800` are the same instant.
                if !old.hasDate && !new.hasDate {
                    let day = 86_400_000.0
                    oldInstant = (oldInstant.truncatingRemainder(dividingBy: day) + day).truncatingRemainder(dividingBy: day)
                    newInstant = (newInstant.truncatingRemainder(dividingBy: day) + day).truncatingRemainder(dividingBy: day)
                }
                // The same instant at another offset, or the wall clock kept with only the written
                // offset or zone changed (`16:55:10+08:00` → `16:55:10+09:00`): a clock does not
                // drift by exactly that, the zone label was rewritten, which is how a zone-keyed
                // marker would hide as "another instant".
                if oldOffset != newOffset, oldInstant == newInstant || oldLocal == newLocal {
                    var made = closest(.timeZone)
                    made.zonesWithCandidateOffset = zones(withOffset: newOffset, atMillis: newInstant)
                    return made
                }
                if oldInstant == newInstant { return shared == nil ? closest(.format) : nil }
                if let (i, j) = shared { return change(.value, i, j) }
                return closest(.format)
            }
            if oldLocal == newLocal {
                // The wall clock kept and only the zone renamed (`16:55:10 UTC` → `16:55:10 CST`):
                // the zone is what a zone-keyed marker changes.
                // A zone dropped or added with the clock kept is a change of form, as before.
                if let oldZone = old.zone, let newZone = new.zone, oldZone.text != newZone.text {
                    var made = closest(.timeZone)
                    if let newOffset { made.zonesWithCandidateOffset = zones(withOffset: newOffset, atMillis: newLocal - Double(newOffset) * 1000) }
                    return made
                }
                return shared == nil ? closest(.format) : nil
            }
            // A time of day alone that shows another time is drift, whatever its form.
            if !old.hasDate && !new.hasDate && (oldOffset == nil) == (newOffset == nil) {
                let (i, j) = shared ?? closestReadings(old, new)
                return change(.value, i, j)
            }
            // One side states its offset, the other shows a wall clock shifted by a whole quarter
            // hour with the same seconds: the same instant shown in another zone.
            let shift = newLocal - oldLocal
            if (oldOffset == nil) != (newOffset == nil), old.time!.hasSeconds, new.time!.hasSeconds,
               abs(shift) <= 14 * 3_600_000, shift.truncatingRemainder(dividingBy: 900_000) == 0 {
                var made = closest(.timeZone)
                if let oldOffset {
                    let implied = oldOffset + Int(shift / 1000)
                    made.candidateOffset = offsetText(implied) + " (implied)"
                    made.zonesWithCandidateOffset = zones(withOffset: implied, atMillis: oldLocal - Double(oldOffset) * 1000)
                } else if let newOffset {
                    made.baselineOffset = offsetText(newOffset - Int(shift / 1000)) + " (implied)"
                    made.zonesWithCandidateOffset = zones(withOffset: newOffset, atMillis: newLocal - Double(newOffset) * 1000)
                }
                return made
            }
            if let (i, j) = shared { return change(.value, i, j) }
            return closest(.format)
        }
        // The same day written another way is a format change, even when some reading of the two
        // texts shares a pattern (07/04/2026 → 04/07/2026 is July 4 in US then EU order).
        // Among the readings, name the candidate's by the pattern most locales use by default.
        var sameDay: (Int, Int)? = nil, mostLocales = 0
        for (i, oldPattern) in old.patterns.enumerated() {
            for (j, newPattern) in new.patterns.enumerated() where oldPattern != newPattern && old.instants[i] == new.instants[j] {
                let count = DateRecognizer.locales(usingPattern: new.datePattern(at: j)).count
                if sameDay == nil || count > mostLocales { sameDay = (i, j); mostLocales = count }
            }
        }
        if let (i, j) = sameDay { return change(.format, i, j) }
        if let (i, j) = shared {
            if old.instants[i] == new.instants[j] { return nil }
            return change(.value, i, j)
        }
        return closest(.format)
    }

    /// ` (Devanagari digits)` for the zero U+0966 (from ICU's name of the zero), empty for ASCII.
    private static func digitsNote(_ zero: UInt32) -> String {
        guard zero != 0x30 else { return "" }
        var name = ICU.name(of: zero)
        if name.hasSuffix(" DIGIT ZERO") { name.removeLast(" DIGIT ZERO".count) }
        let words = name.lowercased().split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }
        return " (" + words.joined(separator: " ") + " digits)"
    }

    /// The smallest step a time as written can show, in milliseconds: a minute without seconds,
    /// a second without a fraction, else a millisecond (what `localMillis` keeps).
    private static func precisionMillis(_ time: TimeOfDay) -> Double {
        !time.hasSeconds ? 60_000 : (time.nanoseconds % 1_000_000_000 != 0 ? 1 : 1000)
    }

    /// The date's UTC offset in seconds: as written, or resolved by ICU from a zone name at the
    /// date and time written (`China Standard Time`, `Asia/Shanghai`). An ambiguous abbreviation
    /// (`CST`) has no name (see `DateTimeGrammar.readZone`): the wall clock's shift decides.
    package static func resolvedOffset(_ date: RecognizedDate) -> Int? {
        guard let zone = date.zone, let time = date.time else { return nil }
        if let offset = zone.offsetSeconds { return offset }
        guard let name = zone.name else { return nil }
        let local = date.instants[0] + time.millis
        if name.contains("/") {
            // The offset at the local time read as UTC, then at the instant that gives.
            guard let guess = ICU.offset(ofZone: name, atMillis: local) else { return nil }
            return ICU.offset(ofZone: name, atMillis: local - Double(guess) * 1000)
        }
        return zoneNameOffsets.withLock { cache in
            let key = "\(name)|\(zone.locale ?? "en")|\(local)"
            if let known = cache[key] { return known }
            let offset = parseZoneName(name, locale: zone.locale ?? "en", localMillis: local)
            if cache.count >= 4096 { cache.removeAll(keepingCapacity: true) }
            cache[key] = offset
            return offset
        }
    }

    private static let zoneNameOffsets = Mutex<[String: Int?]>([:])

    /// ICU reads a zone name (`China Standard Time`, `Pacific Time`, `中国标准时间` in zh) after a
    /// date-time, in the locale whose names it was found in.
    private static func parseZoneName(_ name: String, locale: String, localMillis: Double) -> Int? {
        guard let parts = ICU.gregorianComponents(millis: localMillis) else { return nil }
        let seconds = Int((localMillis - (localMillis / 86_400_000).rounded(.down) * 86_400_000) / 1000)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let prefix = "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2)) \(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2)) "
        let text = Array((prefix + name).unicodeScalars.map(\.value))
        for pattern in ["zzzz", "vvvv", "VVVV"] {
            guard let format = ICU.DateFormat(pattern: "y-MM-dd HH:mm:ss " + pattern, locale: locale == "en" ? "en" : locale + "@numbers=latn"),
                  let parsed = format.parse(text, from: 0, maxLength: text.count), parsed.end == text.count else { continue }
            let offset = Int((localMillis - parsed.millis) / 1000)
            return abs(offset) <= 14 * 3600 ? offset : nil
        }
        return nil
    }

    /// Canonical IANA zones with `offset` (seconds) at an instant, from ICU's zone data.
    ///
    /// Asking ICU walks every zone (about 10 M instructions), so answers are kept per offset and
    /// quarter hour (at most 4,096 of them): since 1972 every zone's offset is a whole number of
    /// quarter hours and changes at a quarter hour of UTC, so the instants of one quarter hour
    /// share the answer.
    package static func zones(withOffset offset: Int, atMillis millis: Double) -> [String] {
        let key = ZoneQuery(offset: offset, quarterHour: Int64((millis / 900_000).rounded(.down)))
        if let known = zoneAnswers.withLock({ $0[key] }) { return known }
        let zones = ICU.zones(withOffset: offset, atMillis: Double(key.quarterHour) * 900_000)
        zoneAnswers.withLock { answers in
            if answers.count >= 4096 { answers.removeAll(keepingCapacity: true) }
            answers[key] = zones
        }
        return zones
    }

    private struct ZoneQuery: Hashable { var offset: Int; var quarterHour: Int64 }
    private static let zoneAnswers = Mutex<[ZoneQuery: [String]]>([:])

    /// The two readings whose patterns are closest to each other.
    private static func closestReadings(_ old: RecognizedDate, _ new: RecognizedDate) -> (Int, Int) {
            var best = (0, 0), bestDistance = Int.max
            for i in old.patterns.indices.prefix(8) {
                for j in new.patterns.indices.prefix(8) {
                    let distance = editDistance(old.patterns[i], new.patterns[j])
                    if distance < bestDistance { best = (i, j); bestDistance = distance }
                }
            }
            return best
    }

    /// Levenshtein distance between two short patterns, by code point.
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        var previous = Array(0...b.count), current = previous
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// `+08:00`, `-05:30`, `+00:00`.
    package static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + two(minutes / 60) + ":" + two(minutes % 60)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `2025-09-29T16:55:10.367` (fraction as written, up to nanoseconds).
    private static func isoDateTime(_ date: RecognizedDate, at index: Int) -> String {
        guard let time = date.time else { return date.isoValue(at: index) }
        let seconds = time.nanoseconds / 1_000_000_000, fraction = time.nanoseconds % 1_000_000_000
        // A time alone is shown as `16:55:00`.
        var text = (date.hasDate ? date.isoValue(at: index) + "T" : "") + two(Int(seconds / 3600)) + ":" + two(Int(seconds / 60 % 60)) + ":" + two(Int(seconds % 60))
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 9 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }
}
