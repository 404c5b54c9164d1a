import Foundation
import StegDiff
import Testing

/// Zone names in other languages after a time (issue 14, continued): one expression with the
/// date and time, read by ICU in the name's locale, classified by the instant they give.
@Suite("date forms: localized zone names")
struct LocalizedZoneTests {
    typealias Case = DateFormsTests.Case

    static let cases: [Case] = [
        // Same instant, UTC rewritten as the China offset by its zh name.
        Case(name: "zh name, same instant", baseline: "现在是 2025-09-29T08:55:10Z。", candidate: "现在是 2025-09-29 16:55:10 中国标准时间。",
             kind: .dateFormat, subkind: "time-zone", severity: .high, baselineExpression: "2025-09-29T08:55:10Z",
             candidateExpression: "2025-09-29 16:55:10 中国标准时间"),
        Case(name: "zh name, another instant", baseline: "现在是 2025-09-29 16:55:10 中国标准时间。", candidate: "现在是 2025-10-06 16:55:10 中国标准时间。",
             kind: .dateValue, subkind: nil, severity: .info, baselineExpression: "2025-09-29 16:55:10 中国标准时间",
             candidateExpression: "2025-10-06 16:55:10 中国标准时间"),
        Case(name: "zh name, same clock, zone renamed", baseline: "现在是 2025-09-29 16:55:10 协调世界时。", candidate: "现在是 2025-09-29 16:55:10 中国标准时间。",
             kind: .dateFormat, subkind: "time-zone", severity: .high, baselineExpression: "2025-09-29 16:55:10 协调世界时",
             candidateExpression: "2025-09-29 16:55:10 中国标准时间"),
        Case(name: "fr name after a time alone, same instant", baseline: "Il était 08:55:10 UTC, café.", candidate: "Il était 16:55:10 heure normale de la Chine, café.",
             kind: .dateFormat, subkind: "time-zone", severity: .high, baselineExpression: "08:55:10 UTC",
             candidateExpression: "16:55:10 heure normale de la Chine"),
        Case(name: "ja 時分秒 with its zone name, same instant", baseline: "現在 2025年9月29日 7時55分10秒 協定世界時 です",
             candidate: "現在 2025年9月29日 16時55分10秒 日本標準時 です", kind: .dateFormat, subkind: "time-zone", severity: .high,
             baselineExpression: "2025年9月29日 7時55分10秒 協定世界時", candidateExpression: "2025年9月29日 16時55分10秒 日本標準時"),
        Case(name: "ja 時分秒 with its zone name, another instant", baseline: "現在 2025年9月29日 16時55分10秒 日本標準時 です",
             candidate: "現在 2025年9月29日 17時55分10秒 日本標準時 です", kind: .dateValue, subkind: nil, severity: .info,
             baselineExpression: "2025年9月29日 16時55分10秒 日本標準時", candidateExpression: "2025年9月29日 17時55分10秒 日本標準時"),
        Case(name: "es name in brackets, same instant", baseline: "Fecha: 29 sept 2025, 16:55:10 (tiempo universal coordinado) listo",
             candidate: "Fecha: 30 sept 2025, 0:55:10 (hora estándar de China) listo", kind: .dateFormat, subkind: "time-zone", severity: .high,
             baselineExpression: "29 sept 2025, 16:55:10 (tiempo universal coordinado)", candidateExpression: "30 sept 2025, 0:55:10 (hora estándar de China)"),
        Case(name: "ko name, same instant", baseline: "지금 2025. 9. 29. 16:55:10 UTC 입니다", candidate: "지금 2025. 9. 30. 0:55:10 중국 표준시 입니다",
             kind: .dateFormat, subkind: "time-zone", severity: .high, baselineExpression: "2025. 9. 29. 16:55:10 UTC",
             candidateExpression: "2025. 9. 30. 0:55:10 중국 표준시"),
        // The zone before the time (zh `z HH:mm:ss`), alone or after a date.
        Case(name: "offset before a time alone, same instant", baseline: "At UTC 08:55:10 the job ran.", candidate: "At GMT+8 16:55:10 the job ran.",
             kind: .dateFormat, subkind: "time-zone", severity: .high, baselineExpression: "UTC 08:55:10", candidateExpression: "GMT+8 16:55:10"),
        Case(name: "offset before a time alone, another instant", baseline: "At GMT+8 16:55:10 the job ran.", candidate: "At GMT+8 17:05:10 the job ran.",
             kind: .dateValue, subkind: nil, severity: .info, baselineExpression: "GMT+8 16:55:10", candidateExpression: "GMT+8 17:05:10"),
        Case(name: "offset before a time alone, same clock in 12-hour form", baseline: "At GMT+8 16:55:10 the job ran.", candidate: "At 4:55:10 PM GMT+8 the job ran.",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "GMT+8 16:55:10", candidateExpression: "4:55:10 PM GMT+8"),
        Case(name: "zh name before a time alone, same instant", baseline: "现在 协调世界时 08:55:10 。", candidate: "现在 中国标准时间 16:55:10 。",
             kind: .dateFormat, subkind: "time-zone", severity: .high, baselineExpression: "协调世界时 08:55:10", candidateExpression: "中国标准时间 16:55:10"),
        Case(name: "zh name before the time after a date, same instant", baseline: "现在是 2025-09-29T08:55:10Z。", candidate: "现在是 2025年9月29日 中国标准时间 16:55:10。",
             kind: .dateFormat, subkind: "time-zone", severity: .high, baselineExpression: "2025-09-29T08:55:10Z",
             candidateExpression: "2025年9月29日 中国标准时间 16:55:10"),
        // All-ASCII texts: the name is read by its first word, which is in the table of Latin names.
        Case(name: "de name in an all-ASCII text, same clock", baseline: "Stand: Montag, 29. September 2025 um 16:55:10 UTC. Fertig",
             candidate: "Stand: Montag, 29. September 2025 um 16:55:10 Koordinierte Weltzeit. Fertig", kind: .dateFormat, subkind: nil,
             severity: .high, baselineExpression: "Montag, 29. September 2025 um 16:55:10 UTC",
             candidateExpression: "Montag, 29. September 2025 um 16:55:10 Koordinierte Weltzeit"),
        Case(name: "es name in an all-ASCII text, same instant in another zone", baseline: "Son las 16:55:10 UTC ahora",
             candidate: "Son las 18:55:10 hora de verano de Europa central ahora", kind: .dateFormat, subkind: "time-zone", severity: .high,
             baselineExpression: "16:55:10 UTC", candidateExpression: "18:55:10 hora de verano de Europa central"),
        Case(name: "it name in brackets in an all-ASCII text, another instant", baseline: "Ora: 16:55:10 (Tempo coordinato universale) fine",
             candidate: "Ora: 17:55:10 (Tempo coordinato universale) fine", kind: .dateValue, subkind: nil, severity: .info,
             baselineExpression: "16:55:10 (Tempo coordinato universale)", candidateExpression: "17:55:10 (Tempo coordinato universale)"),
        // ko `a h시 m분 s초`.
        Case(name: "ko 시분초, same clock", baseline: "지금 16:55:10 입니다", candidate: "지금 오후 4시 55분 10초 입니다",
             kind: .dateFormat, subkind: nil, severity: .high, baselineExpression: "16:55:10", candidateExpression: "오후 4시 55분 10초"),
        Case(name: "ko 시분초, another time", baseline: "지금 오후 4시 55분 10초 입니다", candidate: "지금 오후 5시 5분 10초 입니다",
             kind: .dateValue, subkind: nil, severity: .info, baselineExpression: "오후 4시 55분 10초", candidateExpression: "오후 5시 5분 10초"),
    ]

    @Test("each form is one finding of the right kind over the whole expression", arguments: cases)
    func form(_ item: Case) throws { try DateFormsTests.check(item) }

    @Test("the China name gives +08:00 and ICU's zones with that offset")
    func chinaOffset() throws {
        let report = Differ.diff(baseline: "现在是 2025-09-29T08:55:10Z。", candidate: "现在是 2025-09-29 16:55:10 中国标准时间。")
        let finding = try #require(report.findings.first)
        #expect(finding.date?.candidateOffset?.hasPrefix("+08:00") == true, "\(describe(finding))")
        #expect(finding.date?.zonesWithCandidateOffset?.contains("Asia/Shanghai") == true)
    }

    @Test("the embedded first words of Latin-script zone names equal what the running ICU gives")
    func embeddedLatinZoneWords() throws {
        let source = LocalizedZoneNames.latinZoneWordsSource()
        let version = "\(ICU.versions.icu)/\(ICU.versions.cldr)"
        if ProcessInfo.processInfo.environment["STEGDIFF_RECORD"] == "1" {
            let path = projectRoot + "/Sources/StegDiff/Dates/EmbeddedZoneWords.swift"
            let file = """
                // Generated from ICU \(ICU.versions.icu) (CLDR \(ICU.versions.cldr)) by
                // `STEGDIFF_RECORD=1 swift test --filter LocalizedZoneTests`: do not edit.
                // See LocalizedZoneNames.latinNameLocales(forWord:).

                extension LocalizedZoneNames {
                    /// ICU and CLDR versions the table comes from.
                    package static let embeddedLatinZoneWordsVersion = "\(version)"

                    /// `LocalizedZoneNames.latinZoneWordsSource()` for that version: first word of a
                    /// Latin-script zone name, lowercased, and the locales with such a name.
                    static let embeddedLatinZoneWords = "\(source)"
                }

                """
            try file.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("wrote \(path); build again and rerun without STEGDIFF_RECORD")
            return
        }
        guard LocalizedZoneNames.embeddedLatinZoneWordsVersion == version else {
            print("zone words: running ICU \(version), embedded \(LocalizedZoneNames.embeddedLatinZoneWordsVersion): computed at run time")
            return
        }
        let computed = LocalizedZoneNames.computedLatinFirstWords()
        let embedded = LocalizedZoneNames.embeddedLatinFirstWords()
        #expect(embedded.count == computed.count)
        for (word, locales) in computed where embedded[word] != locales {
            Issue.record("\(String(decoding: word, as: UTF8.self)): embedded \(embedded[word] ?? []), ICU \(locales)")
        }
        // The in-place search finds every word of the table, and no other.
        for (word, locales) in computed where LocalizedZoneNames.latinNameLocales(forWord: word) != locales {
            Issue.record("search for \(String(decoding: word, as: UTF8.self)) gave \(LocalizedZoneNames.latinNameLocales(forWord: word) ?? [])")
        }
        for absent in ["aaa", "zzzzzz", "hor", "horas", "the", "koordiniert"] {
            #expect(LocalizedZoneNames.latinNameLocales(forWord: Array(absent.utf8)) == nil, "\(absent)")
        }
        // The words the all-ASCII cases rely on, with their locales.
        #expect(computed[Array("koordinierte".utf8)] == ["de"])
        #expect(computed[Array("hora".utf8)] == ["es", "ca", "gl"])
        #expect(computed[Array("mitteleuropäische".utf8)] == ["de"])
        #expect(computed[Array("heure".utf8)] == ["fr"])
        #expect(computed[Array("the".utf8)] == nil && computed[Array("at".utf8)] == nil)
    }

    @Test("ASCII prose after a time is no zone name: the word stays outside the expression")
    func asciiProse() {
        let report = Differ.diff(baseline: "At 16:55:10 heure normale the job ran.", candidate: "At 16:55:11 heure normale the job ran.")
        #expect(report.findings.map(\.kind) == [.dateValue])
        #expect(report.findings.first?.baseline.range == ByteRange(start: 3, end: 11))
    }
}
