import Foundation
import Testing
import StegDiff

/// Golden tests: every Corpus/variants/NAME.md diffed against its baseline must give exactly the
/// findings of NAME.expected.json (written by Scripts/make-corpus-variants.py from where it put
/// each perturbation, never from stegdiff's output).
@Suite("Corpus golden variants")
struct CorpusTests {
    static let variantsDirectory = projectRoot + "/Corpus/variants"

    static var variantNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: variantsDirectory)) ?? []
        return names.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }.sorted()
    }

    @Test("the corpus has at least 40 variants covering every kind")
    func coverage() throws {
        #expect(CorpusTests.variantNames.count >= 40)
        var kinds = Set<String>()
        for name in CorpusTests.variantNames {
            for finding in try CorpusTests.expected(name).findings { kinds.insert(finding.kind) }
        }
        #expect(kinds == Set(FindingKind.allCases.map(\.rawValue)))
    }

    @Test("each variant gives exactly its expected findings", arguments: variantNames)
    func variant(name: String) throws {
        let expectation = try CorpusTests.expected(name)
        let baseline = try CorpusTests.read(projectRoot + "/Corpus/" + expectation.baseline)
        let candidate = try CorpusTests.read(CorpusTests.variantsDirectory + "/" + name + ".md")
        let report = Differ.diff(baseline: PromptText(bytes: baseline, source: expectation.baseline),
                                   candidate: PromptText(bytes: candidate, source: name))
        let actual = report.findings.map(ExpectedFinding.init)
        #expect(actual.map(\.summary) == expectation.findings.map(\.summary))
        for (finding, expected) in zip(report.findings, expectation.findings) {
            for (key, value) in expected.detail {
                let actualValue: String? = switch key {
                case "baselinePattern": finding.date?.baselinePattern
                case "candidatePattern": finding.date?.candidatePattern
                case "baselineValue": finding.date?.baselineValue
                case "candidateValue": finding.date?.candidateValue
                case "decodedTag": finding.decodedTag
                default: "unknown detail key \(key)"
                }
                #expect(actualValue == value, "\(name): detail \(key)")
            }
        }
        #expect(report.alignment == .exact)
    }

    struct Expectation {
        var baseline: String
        var findings: [ExpectedFinding]
    }

    struct ExpectedFinding {
        var kind: String
        var subkind: String?
        var severity: String
        var baseline: (Int, Int)
        var candidate: (Int, Int)
        var baselineCodePoints: [String]
        var candidateCodePoints: [String]
        var detail: [String: String] = [:]

        var summary: String {
            "\(kind)/\(subkind ?? "-") \(severity) b[\(baseline.0),\(baseline.1)) c[\(candidate.0),\(candidate.1)) "
                + baselineCodePoints.joined(separator: " ") + " -> " + candidateCodePoints.joined(separator: " ")
        }

        init(_ finding: Finding) {
            kind = finding.kind.rawValue
            subkind = finding.subkind
            severity = finding.severity.rawValue
            baseline = (finding.baseline.range.start, finding.baseline.range.end)
            candidate = (finding.candidate.range.start, finding.candidate.range.end)
            baselineCodePoints = finding.baseline.codePoints.map { "U+" + hex($0) }
            candidateCodePoints = finding.candidate.codePoints.map { "U+" + hex($0) }
        }

        init(json: [String: Any]) throws {
            func range(_ key: String) throws -> (Int, Int) {
                guard let object = json[key] as? [String: Any], let start = object["start"] as? Int, let end = object["end"] as? Int
                else { throw CorpusError.malformed(key) }
                return (start, end)
            }
            kind = json["kind"] as? String ?? "?"
            subkind = json["subkind"] as? String
            severity = json["severity"] as? String ?? "?"
            baseline = try range("baseline")
            candidate = try range("candidate")
            baselineCodePoints = json["baselineCodePoints"] as? [String] ?? []
            candidateCodePoints = json["candidateCodePoints"] as? [String] ?? []
            detail = (json["detail"] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
        }
    }

    enum CorpusError: Error { case malformed(String) }

    static func read(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func expected(_ name: String) throws -> Expectation {
        let data = try Data(contentsOf: URL(fileURLWithPath: variantsDirectory + "/" + name + ".expected.json"))
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let baseline = json["baseline"] as? String, let findings = json["findings"] as? [[String: Any]]
        else { throw CorpusError.malformed(name) }
        return Expectation(baseline: baseline, findings: try findings.map(ExpectedFinding.init(json:)))
    }
}
