import Foundation
import Testing
import StegDiff

/// Captured request bodies in the formats the scanner reads; offsets point into the file.
@Suite("Capture reader")
struct CaptureReaderTests {
    func captures(_ text: String) -> [Result<Capture, CaptureError>] {
        CaptureReader.captures(in: Array(text.utf8), source: "f")
    }

    func prompt(_ result: Result<Capture, CaptureError>) -> String? {
        guard case .success(let capture) = result else { return nil }
        return String(decoding: capture.prompt.analysisBytes, as: UTF8.self)
    }

    @Test("Anthropic body: system as a string, and as text blocks kept in order")
    func anthropic() {
        let single = captures(#"{"model": "m", "system": "Be brief.", "messages": []}"#)
        #expect(single.count == 1 && prompt(single[0]) == "Be brief.")
        let blocks = captures(#"{"system": [{"type": "text", "text": "One. "}, {"type": "text", "text": "Two\u200B."}]}"#)
        #expect(prompt(blocks[0]) == "One. Two\u{200B}.")
        guard case .success(let capture) = blocks[0] else { Issue.record("no capture"); return }
        #expect(capture.locator == "system[0].text+system[1].text")
        // The zero-width space was written as \u200B at byte 76 of the file.
        let report = Differ.diff(baseline: PromptText("One. Two."), candidate: capture.prompt)
        #expect(report.findings.map(\.candidate.range) == [ByteRange(start: 76, end: 82)])
    }

    @Test("OpenAI body: system and developer messages, string or text parts, each its own capture")
    func openAI() {
        let result = captures(#"{"messages": [{"role": "developer", "content": [{"type": "text", "text": "A"}]}, {"role": "user", "content": "x"}, {"role": "system", "content": "B"}]}"#)
        #expect(result.map(prompt) == ["A", "B"])
    }

    @Test("OpenAI Responses body: instructions, and system or developer items of input, each its own capture")
    func openAIResponses() {
        let result = captures(#"{"model": "m", "instructions": "A", "input": [{"role": "developer", "content": [{"type": "input_text", "text": "B"}]}, {"role": "user", "content": "x"}]}"#)
        #expect(result.map(prompt) == ["A", "B"])
        guard case .success(let second) = result[1] else { Issue.record("no capture"); return }
        #expect(second.locator == "input[0].content[0].text")
        // A plain string input is the user's turn, not a prompt.
        #expect(captures(#"{"input": "hi", "instructions": "Be brief."}"#).map(prompt) == ["Be brief."])
    }

    @Test("a wrapper record with an error and no request is an error record with that reason, where the line starts")
    func wrapperError() {
        let lines = #"{"id": "a", "request": {"system": "S"}}"# + "\n" + #"{"id": "run-1/end", "labels": {"run": "1"}, "error": "run 1: timed out"}"#
        let result = captures(lines)
        #expect(result.count == 2 && prompt(result[0]) == "S")
        guard case .failure(let error) = result[1] else { Issue.record("no error"); return }
        #expect(error.reason == "line 2: run 1: timed out" && error.offset == 40 && !error.skipped)
        // Beside a request, "error" is just another member: the request is read.
        #expect(captures(#"{"error": "x", "request": {"system": "S"}}"#).map(prompt) == ["S"])
    }

    @Test("a body with both system and a system message: both read, neither hides the other")
    func bothPlaces() {
        let result = captures(#"{"system": "S", "prompt": "P", "messages": [{"role": "system", "content": "M"}]}"#)
        #expect(result.map(prompt) == ["P", "S", "M"])
    }

    @Test("a finding ending where two text blocks meet stops at the block's end, not in the JSON between")
    func blockBoundary() {
        guard case .success(let capture) = captures(#"{"system": [{"type": "text", "text": "Today’"}, {"type": "text", "text": "s date"}]}"#)[0]
        else { Issue.record("no capture"); return }
        let report = Differ.diff(baseline: PromptText("Today's date"), candidate: capture.prompt)
        #expect(report.findings.map(\.candidate.range) == [ByteRange(start: 43, end: 46)])  // the 3 bytes of ’, not the quote and syntax after
    }

    @Test("JSON Lines with wrappers and labels; a broken line is an error record at its byte offset")
    func jsonLines() {
        let text = """
            {"id": "c1", "labels": {"tz": "Asia/Shanghai"}, "request": {"system": "S"}}
            {"id": "c2", "request": {"system": "S"
            {"prompt": "P"}
            {"system": "a", "system": "b"}
            """
        let results = captures(text)
        #expect(results.count == 4)
        guard case .success(let first) = results[0] else { Issue.record("no capture"); return }
        #expect(first.labels == ["id": "c1", "tz": "Asia/Shanghai"])
        guard case .failure(let broken) = results[1] else { Issue.record("no error"); return }
        #expect(broken.offset == 77 + 37 && broken.reason == "line 2: unexpected end of input")
        #expect(prompt(results[2]) == "P")
        guard case .failure(let duplicate) = results[3] else { Issue.record("no error"); return }
        #expect(duplicate.reason.contains("duplicate member \"system\""))
    }

    @Test("HAR: one capture per entry with a body, offsets mapped through the escaped body, labels from the entry")
    func har() throws {
        let body = #"{"system": "Today\u2019s date"}"#
        let entry: [String: Any] = [
            "startedDateTime": "2026-07-04T10:00:00.000+08:00",
            "request": ["method": "POST", "url": "https://api.example.com/v1/messages", "headers": [["name": "X-Tz", "value": "Asia/Shanghai"]],
                        "postData": ["mimeType": "application/json", "text": body]],
        ]
        let noBody: [String: Any] = ["startedDateTime": "2026-07-04T10:00:00Z", "request": ["method": "GET", "url": "https://x/y"]]
        let har = try JSONSerialization.data(withJSONObject: ["log": ["version": "1.2", "entries": [entry, noBody]]], options: [.sortedKeys])
        let bytes = Array(har)
        let results = CaptureReader.captures(in: bytes, source: "cap.har")
        #expect(results.count == 2)
        guard case .success(let capture) = results[0], case .failure(let skipped) = results[1] else { Issue.record("wrong results"); return }
        #expect(skipped.skipped)
        #expect(capture.labels == ["host": "api.example.com", "utcOffset": "+08:00", "header:x-tz": "Asia/Shanghai"])
        #expect(String(decoding: capture.prompt.analysisBytes, as: UTF8.self) == "Today\u{2019}s date")
        let report = Differ.diff(baseline: PromptText("Today's date"), candidate: capture.prompt)
        let range = try #require(report.findings.first?.candidate.range)
        // In the file the apostrophe is the body's \u2019 escaped once more: \\u2019, 7 bytes.
        #expect(String(decoding: bytes[range.start..<range.end], as: UTF8.self) == #"\\u2019"#)
    }

    @Test("JSON with a BOM or in UTF-16 is read as JSON; text that merely starts with a brace is text")
    func encodingsAndBraces() throws {
        let body = #"{"system": "Today’s date"}"#
        let bom = CaptureReader.captures(in: [0xEF, 0xBB, 0xBF] + Array(body.utf8), source: "bom.json")
        guard case .success(let fromBOM) = bom[0] else { Issue.record("no capture"); return }
        #expect(fromBOM.locator == "system")
        #expect(Differ.diff(baseline: PromptText("Today's date"), candidate: fromBOM.prompt).findings.first?.candidate.range
                == ByteRange(start: 20, end: 23))
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in body.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        guard case .success(let fromUTF16) = CaptureReader.captures(in: utf16, source: "u16.json")[0] else { Issue.record("no capture"); return }
        // In UTF-16 the apostrophe (17th character) is bytes 2 + 2 × 17 = 36 ..< 38.
        #expect(Differ.diff(baseline: PromptText("Today's date"), candidate: fromUTF16.prompt).findings.first?.candidate.range
                == ByteRange(start: 36, end: 38))
        #expect(prompt(captures("{role} You are a helpful assistant.\nBe brief.\n")[0]) == "{role} You are a helpful assistant.\nBe brief.\n")
        guard case .failure(let truncated) = captures("{\n  \"system\": \"You are")[0] else { Issue.record("no error"); return }
        #expect(truncated.reason.hasPrefix("unterminated string") && truncated.offset == 14)
    }

    @Test("plain text is one capture; a JSON object without a prompt is an error")
    func plainAndMissing() {
        #expect(prompt(captures("You are a helpful assistant.")[0]) == "You are a helpful assistant.")
        guard case .failure(let missing) = captures(#"{"model": "m"}"#)[0] else { Issue.record("no error"); return }
        #expect(missing.reason.hasPrefix("no system prompt found"))
    }

    @Test("the nearest baseline is chosen by content; unrelated text has none")
    func nearestBaseline() throws {
        func load(_ name: String) throws -> PromptText {
            PromptText(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: projectRoot + "/Corpus/" + name))), source: name)
        }
        let corpus = BaselineCorpus([("terminal", try load("baselines/terminal-agent.md")), ("ide", try load("baselines/ide-assistant.md")),
                                     ("review", try load("baselines/review-bot.md"))])
        let match = try #require(corpus.nearest(to: try load("variants/ide-kitchen-sink.md")))
        #expect(match.baseline.id == "ide")
        #expect(match.similarity > 0.9)
        #expect(corpus.nearest(to: PromptText("A recipe for a soup with leeks and potatoes.")) == nil)
    }

    @Test("a short prompt with markers finds its baseline by a byte diff, where sampled shingles are too few")
    func nearestShortBaseline() throws {
        let corpus = BaselineCorpus([("main", PromptText("You are a test client. Today's date is 2026-12-01.")),
                                     ("utility", PromptText("Summarize the conversation in one line."))])
        // 50 bytes against 52: all but the apostrophe and the two hyphens in common (47 bytes).
        let match = try #require(corpus.nearest(to: PromptText("You are a test client. Today\u{2019}s date is 2026/12/01.")))
        #expect(match.baseline.id == "main")
        #expect(match.similarity == Double(2 * 47) / Double(50 + 52), "\(match.similarity)")
        let utility = try #require(corpus.nearest(to: PromptText("Summarize the conversation in one line.")))
        #expect(utility.baseline.id == "utility" && utility.similarity == 1)
        #expect(corpus.nearest(to: PromptText("What is the weather like in Paris today, please?")) == nil)
    }

    @Test("credential labels: ASCII names and values are judged on bytes exactly as the Unicode path judges them")
    func sensitiveLabels() {
        let names: [(String, Bool)] = [
            ("header:X-Api-Key", true), ("header:user-agent", false), ("query:Region", false), ("HEADER:QUERY:token", true),
            ("header:header:", false), ("query:SessionId", true), ("header:x-forwarded-for", false), ("PASSWD", true),
            ("header:cookie\r\n", true), ("\u{212A}ey", true), ("header:\u{212A}EY", true), ("caf\u{E9}", false),
        ]
        for (name, sensitive) in names { #expect(LabelRedaction.isSensitive(name: name) == sensitive, "\(name)") }
        let values: [(String, Bool)] = [
            ("Bearer abc", true), ("  basic x", true), ("Bearer", false), ("TOKEN abc", true), ("Tokens abc", false),
            ("Negotiate YII", true), ("negotiates x", false), ("x Bearer y", false), ("   ", false),
            ("bearer \u{301}x", false), ("bearer x\u{E9}", true), ("b\u{E9}arer x", false),
        ]
        for (value, sensitive) in values { #expect(LabelRedaction.isSensitive(value: value) == sensitive, "\(value)") }
    }
}
