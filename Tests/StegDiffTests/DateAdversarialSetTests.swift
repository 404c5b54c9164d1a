import Foundation
@testable import StegDiff
import Testing

/// Writes an adversarial set of date renderings for `Scripts/date-adversarial.sh`, which runs
/// every pair through the `stegdiff diff` command line and counts passes per category. The
/// renderings come from the library's own ICU (every available locale's default formats and
/// skeletons), not from a copy of the recognizer's tables, plus machine timestamps and CJK text.
/// Only runs when `STEGDIFF_ADVERSARIAL_OUT` names a directory.
@Suite("date adversarial set")
struct DateAdversarialSetTests {
    /// 2025-09-29T16:55:10Z and a week later, a minute-level drift, and the same instant at +08:00.
    static let t0 = 1_759_164_910_000.0, t1 = 1_759_164_910_000.0 + 7 * 86_400_000, tMinutes = 1_759_164_910_000.0 + 437_000

    struct Pair: Encodable {
        var category: String
        /// `format` (same day or instant: date-format at medium or above expected) or `value`
        /// (drift: date-value expected).
        var expect: String
        var form: String
        var baseline: String
        var candidate: String
    }

    static func text(_ scalars: [UInt32]) -> String {
        String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }

    @Test("write the adversarial set", .enabled(if: ProcessInfo.processInfo.environment["STEGDIFF_ADVERSARIAL_OUT"] != nil,
                                                "a generator, not a check: set STEGDIFF_ADVERSARIAL_OUT to a directory (Scripts/date-adversarial.sh)"))
    func write() throws {
        guard let out = ProcessInfo.processInfo.environment["STEGDIFF_ADVERSARIAL_OUT"] else { return }
        var pairs: [Pair] = []
        var seen = Set<String>()
        let skeletons = ["yMd", "yMMMd", "yMMMEd", "yMMMMEEEEd", "yMMMMd", "yMEd"]
        let dateTimeSkeletons = ["yMdHms", "yMMMdHms", "yMMMdhms", "yMdHm", "yMMMMdjms"]
        for locale in ICU.availableLocales {
            var forms: [(String, String)] = []  // (form, pattern)
            for style in Int32(0)...3 {
                if let format = ICU.DateFormat(locale: locale, style: style) { forms.append(("\(locale) style \(style)", format.pattern)) }
            }
            for skeleton in skeletons + dateTimeSkeletons {
                if let pattern = ICU.bestPattern(skeleton: skeleton, locale: locale) { forms.append(("\(locale) \(skeleton)", pattern)) }
            }
            for (form, pattern) in forms {
                guard let format = ICU.DateFormat(pattern: pattern, locale: locale) else { continue }
                let same = Self.text(format.format(millis: Self.t0)), drift = Self.text(format.format(millis: Self.t1))
                // Forms without ASCII digits (Arabic-Indic, Devanagari…) are counted apart.
                let asciiDigits = same.unicodeScalars.contains { $0.value >= 0x30 && $0.value <= 0x39 }
                let category = (pattern.contains("H") || pattern.contains("h") ? "locale date-time" : "locale date") + (asciiDigits ? "" : " (native digits)")
                guard seen.insert(same).inserted else { continue }
                let hasTime = pattern.contains("H") || pattern.contains("h")
                let iso = hasTime ? (pattern.contains("s") ? "2025-09-29T16:55:10Z" : "2025-09-29T16:55Z") : "2025-09-29"
                let isCJK = locale.hasPrefix("zh") || locale.hasPrefix("ja") || locale.hasPrefix("ko") || locale.hasPrefix("yue")
                let wrap: (String) -> String = isCJK ? { "今天是\($0)，请注意。\n" } : { "Current date: \($0). Be concise.\n" }
                pairs.append(Pair(category: category + " form", expect: "format", form: form + " " + pattern, baseline: wrap(iso), candidate: wrap(same)))
                pairs.append(Pair(category: category + " drift", expect: "value", form: form + " " + pattern, baseline: wrap(same), candidate: wrap(drift)))
            }
        }
        // Machine timestamps: drift of minutes and days, and the same instant at +08:00.
        let machine: [(String, String, String, String)] = [
            ("ISO 8601 Z millis", "2025-09-29T16:55:10.367Z", "2025-09-29T17:02:27.912Z", "2025-09-30T00:55:10.367+08:00"),
            ("ISO 8601 offset", "2025-09-29T16:55:10+00:00", "2025-10-06T16:55:10+00:00", "2025-09-30T00:55:10+08:00"),
            ("ISO space", "2025-09-29 16:55:10", "2025-09-29 17:02:27", nil ?? ""),
            ("Python str(datetime) tz", "2025-09-29 16:55:10.367000+00:00", "2025-09-29 17:02:27.912000+00:00", "2025-09-30 00:55:10.367000+08:00"),
            ("RFC 1123", "Mon, 29 Sep 2025 16:55:10 GMT", "Mon, 06 Oct 2025 16:55:10 GMT", "Tue, 30 Sep 2025 00:55:10 +0800"),
            ("RFC 2822", "Mon, 29 Sep 2025 16:55:10 +0000", "Mon, 29 Sep 2025 17:02:27 +0000", "Tue, 30 Sep 2025 00:55:10 +0800"),
            ("RFC 850", "Monday, 29-Sep-25 16:55:10 GMT", "Monday, 06-Oct-25 16:55:10 GMT", ""),
            ("JavaScript toString", "Mon Sep 29 2025 16:55:10 GMT+0000 (Coordinated Universal Time)", "Mon Sep 29 2025 17:02:27 GMT+0000 (Coordinated Universal Time)",
             "Tue Sep 30 2025 00:55:10 GMT+0800 (China Standard Time)"),
            ("ctime", "Mon Sep 29 16:55:10 2025", "Mon Oct  6 16:55:10 2025", ""),
            ("Unix date", "Mon Sep 29 16:55:10 UTC 2025", "Mon Sep 29 17:02:27 UTC 2025", "Tue Sep 30 00:55:10 CST 2025"),
            ("Go Time.String", "2025-09-29 16:55:10.367 +0000 UTC", "2025-09-29 17:02:27.912 +0000 UTC", "2025-09-30 00:55:10.367 +0800 CST"),
            ("time of day", "16:55", "17:02", ""),
            ("time of day with seconds", "16:55:10", "17:02:27", ""),
        ]
        for (form, same, drift, zone) in machine {
            for (category, wrap) in [("timestamp", { (s: String) in "Current time: \(s)\nBe concise.\n" }),
                                     ("timestamp in CJK text", { (s: String) in "当前时间：\(s)。请简洁。\n" })] {
                pairs.append(Pair(category: category + " drift", expect: "value", form: form, baseline: wrap(same), candidate: wrap(drift)))
                if !zone.isEmpty {
                    pairs.append(Pair(category: category + " zone", expect: "format", form: form, baseline: wrap(same), candidate: wrap(zone)))
                }
            }
        }
        // Hand-written forms of issue 14's list, each against a same-instant baseline.
        let extra: [(String, String, String)] = [
            ("zh afternoon before time", "2025年9月29日 16:55", "2025年9月29日 下午4:55"),
            ("ko afternoon before time", "2025. 9. 29. 16:55", "2025. 9. 29. 오후 4:55"),
            ("ja 時分秒", "2025年9月29日 16:55:10", "2025年9月29日 16時55分10秒"),
            ("ko month-day", "9/29", "9월 29일"),
            ("time 24h to 12h", "16:55", "4:55 PM"),
            ("zone name only", "16:55:10 UTC", "16:55:10 CST"),
            ("zh zone name", "2025-09-29 16:55:10 GMT", "2025-09-30 00:55:10 中国标准时间"),
            ("fr zone name", "29 septembre 2025 à 16:55:10 UTC", "30 septembre 2025 à 00:55:10 heure normale de la Chine"),
            ("RFC 850 vs RFC 1123", "Mon, 29 Sep 2025 16:55:10 GMT", "Monday, 29-Sep-25 16:55:10 GMT"),
        ]
        for (form, baseline, candidate) in extra {
            pairs.append(Pair(category: "issue-14 forms", expect: "format", form: form, baseline: "At \(baseline) the job ran.\n", candidate: "At \(candidate) the job ran.\n"))
        }
        pairs.append(Pair(category: "issue-14 forms", expect: "value", form: "time drift", baseline: "At 16:55 the job ran.\n", candidate: "At 17:02 the job ran.\n"))
        let encoder = JSONEncoder()
        let lines = try pairs.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out + "/pairs.jsonl", atomically: true, encoding: .utf8)
        #expect(pairs.count > 1000)
    }
}
