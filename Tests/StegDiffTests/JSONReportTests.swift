import Foundation
import Testing
import StegDiff

/// Guards the documented JSON contract (README.md, "JSON report", schemaVersion 2): an unplanned
/// change of keys, order or types fails here.
@Suite("JSON report contract")
struct JSONReportTests {
    static let topLevelKeys = ["schemaVersion", "tool", "baseline", "candidate", "alignment", "notes", "findings", "summary"]
    static let inputKeys = ["path", "byteCount", "sha256", "encoding", "invalidSequenceCount"]
    static let findingKeys = ["kind", "subkind", "severity", "message", "baseline", "candidate", "line", "column"]
    static let optionalFindingKeys = ["legitimateUse", "decodedTag", "date"]
    static let sideKeys = ["start", "end", "line", "column", "endLine", "endColumn", "text", "codePointCount", "codePoints", "scripts"]
    static let dateKeys = ["baselinePattern", "candidatePattern", "baselineValue", "candidateValue", "localesUsingCandidatePattern"]

    func report(_ variant: String) throws -> (text: String, object: [String: Any]) {
        let baseline = PromptText(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: projectRoot + "/Corpus/baselines/terminal-agent.md"))), source: "b")
        let candidate = PromptText(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: projectRoot + "/Corpus/variants/\(variant).md"))), source: "c")
        let text = Differ.diff(baseline: baseline, candidate: candidate).json.serialized()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return (text, object)
    }

    /// Keys of each object in the order written (JSONSerialization forgets order).
    func orderedKeys(_ text: String, object path: String) -> [String] {
        // Only used on top level: keys at indentation 2.
        text.split(separator: "\n").filter { $0.hasPrefix("  \"") && !$0.hasPrefix("   ") }.map {
            String($0.dropFirst(3).prefix { $0 != "\"" })
        }
    }

    @Test("top-level, input, finding, side and date objects have exactly the documented keys", arguments: [
        "ta-kitchen-sink", "ta-headline-02bc-slash", "ta-tag-smuggle", "ta-emoji-zwj-removed", "ta-identical",
    ])
    func keys(variant: String) throws {
        let (text, object) = try report(variant)
        #expect(orderedKeys(text, object: "") == JSONReportTests.topLevelKeys)
        #expect(object["schemaVersion"] as? Int == 2)
        for side in ["baseline", "candidate"] {
            let input = try #require(object[side] as? [String: Any])
            #expect(Set(input.keys) == Set(JSONReportTests.inputKeys))
            #expect((input["sha256"] as? String)?.count == 64)
        }
        let tool = try #require(object["tool"] as? [String: Any])
        #expect(tool["icuVersion"] as? String == "72.1")
        #expect(tool["name"] as? String == ToolInfo.name && tool["version"] as? String == ToolInfo.version)
        for finding in try #require(object["findings"] as? [[String: Any]]) {
            let keys = Set(finding.keys)
            #expect(Set(JSONReportTests.findingKeys).isSubset(of: keys))
            #expect(keys.subtracting(JSONReportTests.findingKeys).isSubset(of: Set(JSONReportTests.optionalFindingKeys)))
            for side in ["baseline", "candidate"] {
                let object = try #require(finding[side] as? [String: Any])
                #expect(Set(object.keys) == Set(JSONReportTests.sideKeys))
                #expect((object["start"] as? Int ?? -1) <= (object["end"] as? Int ?? -2))
                for codePoint in object["codePoints"] as? [String] ?? [] {
                    #expect(codePoint.range(of: #"^U\+[0-9A-F]{4,6} \S"#, options: .regularExpression) != nil, "\(codePoint)")
                }
            }
            if let date = finding["date"] as? [String: Any] { #expect(Set(date.keys) == Set(JSONReportTests.dateKeys)) }
            #expect(["invisible", "line-ending", "whitespace", "normalization", "compatibility", "homoglyph",
                     "date-format", "date-value", "invalid-encoding", "edit"].contains(finding["kind"] as? String ?? ""))
            #expect(["info", "low", "medium", "high"].contains(finding["severity"] as? String ?? ""))
        }
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["total"] as? Int == (object["findings"] as? [Any])?.count)
        #expect((summary["byKind"] as? [String: Int])?.values.reduce(0, +) == summary["total"] as? Int)
        #expect((summary["bySeverity"] as? [String: Int])?.values.reduce(0, +) == summary["total"] as? Int)
    }

    @Test("the same inputs give the same bytes")
    func deterministic() throws {
        #expect(try report("ta-kitchen-sink").text == report("ta-kitchen-sink").text)
    }

    @Test("strings are escaped: non-ASCII as \\u, astral characters as surrogate pairs")
    func escaping() {
        let value = JSONValue.string("a\u{200B}\"\\\n\u{E0041}é")
        #expect(value.serialized() == #""a\u200b\"\\\n\udb40\udc41\u00e9""#)
    }

    @Test("escaped strings: controls, the last BMP code point, and text around them kept in order")
    func escapingEveryClass() {
        let value = JSONValue.string("line\r\n\ttab\u{01}\u{7F}\u{FFFF}\u{10000}日本 \"q\" end")
        #expect(value.serialized() == #""line\r\n\ttab\u0001\u007f\uffff\ud800\udc00\u65e5\u672c \"q\" end""#)
        #expect(JSONValue.object([("k\u{2028}", .string("v"))]).serialized(pretty: false) == #"{"k\u2028":"v"}"#)
    }
}
