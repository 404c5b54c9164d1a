/// One captured system prompt, found inside a file of an archive.
public struct Capture: Sendable {
    /// The file it was read from.
    public var source: String
    /// Byte offset in the file where the capture's record starts (a JSONL line, or 0).
    public var offset: Int
    /// Where inside the record the prompt was found (`system`, `messages[0].content`, `line 3`…).
    public var locator: String
    /// Labels of the capture environment (time zone, locale, API host…), from a wrapper record.
    public var labels: [String: String]
    /// The prompt; its offsets point into `source`.
    public var prompt: PromptText
}

/// Why part of a file could not be read as a capture: what, and where.
public struct CaptureError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var source: String
    /// Byte offset in the file.
    public var offset: Int
    /// What was wrong.
    public var reason: String
    /// True when the part is not a capture at all (a HAR entry without a request body): it is
    /// accounted for as skipped, not as an error.
    public var skipped = false
    /// `file: byte N: reason`.
    public var description: String { "\(source): byte \(offset): \(reason)" }
}

/// Finds captured prompts in a file, by content rather than by name: a request body (Anthropic
/// Messages `system`, OpenAI chat `messages` with role system or developer), a wrapper record
/// `{"id", "labels", "request"}` or `{"prompt"}`, JSON Lines of any of these, or plain text.
public enum CaptureReader {
    /// Every capture in `bytes`, or an error record for each part that could not be read; nothing
    /// is skipped silently. Labels that may carry credentials are hashed by `labelRedaction`.
    public static func captures(in bytes: [UInt8], source: String, maxDepth: Int = 512,
                                labelRedaction: LabelRedaction = .perProcess) -> [Result<Capture, CaptureError>] {
        // JSON may come with a BOM or in UTF-16: parse the decoded text, map offsets back to the file.
        // A UTF-8 file is parsed as it is and decoded as a whole only when it is a plain-text
        // prompt (decoding every JSON file whole was a pass over the archive for nothing).
        let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        let transcoded = utf16 ? PromptText(bytes: bytes, source: source) : nil
        let analysis = transcoded?.analysisBytes ?? bytes
        let skip = analysis.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let json = skip == 0 ? analysis : Array(analysis[skip...])
        // A UTF-8 file maps by a shift; a UTF-16 one through its transcoding.
        let toFile = transcoded.map { text in FileMap.function { text.originalOffset($0 + skip) } } ?? FileMap.shift(skip)
        var plain: [Result<Capture, CaptureError>] {
            [.success(Capture(source: source, offset: 0, locator: "", labels: [:], prompt: transcoded ?? PromptText(bytes: bytes, source: source)))]
        }
        guard let first = json.firstIndex(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), json[first] == 0x7B else { return plain }
        let whole: JSONDocument.ParseError
        do {
            let document = try JSONDocument(bytes: json, maxDepth: maxDepth)
            if let log = document.member(0, "log"), let entries = document.member(log, "entries"), document.nodes[entries].kind == .array {
                return har(document, entries: entries, source: source, maxDepth: maxDepth, toFile: toFile, redaction: labelRedaction)
            }
            return record(document, offset: toFile(0), source: source, lineLabel: nil, fileOffset: toFile, redaction: labelRedaction)
        } catch {
            whole = error
        }
        // Not one JSON value: JSON Lines, one record per non-blank line.
        var results: [Result<Capture, CaptureError>] = []
        var lineStart = 0
        var lineNumber = 1
        var parsedLines = 0
        while lineStart < json.count {
            let lineEnd = json[lineStart...].firstIndex(of: 0x0A) ?? json.count
            let line = Array(json[lineStart..<lineEnd])
            if line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) {
                let start = lineStart
                do {
                    let document = try JSONDocument(bytes: line, maxDepth: maxDepth)
                    parsedLines += 1
                    results += record(document, offset: toFile(start), source: source, lineLabel: "line \(lineNumber)",
                                      fileOffset: toFile.after(start), redaction: labelRedaction)
                } catch {
                    results.append(.failure(CaptureError(source: source, offset: toFile(lineStart + error.offset),
                                                         reason: "line \(lineNumber): \(error.reason)")))
                }
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        guard parsedLines == 0 else { return results }
        // No line is JSON either: a body cut short is one error where it ends; anything else that
        // merely starts with a brace ("{role} You are…") is a plain-text prompt.
        // A nesting past the limit is JSON all right, just too deep to read: an error, not text.
        if whole.reason.hasPrefix("nesting deeper than") {
            return [.failure(CaptureError(source: source, offset: toFile(whole.offset), reason: whole.reason + " (--max-json-depth)"))]
        }
        if whole.reason == "unexpected end of input" || whole.reason == "unterminated string" || whole.offset >= json.count - 1 {
            let place = whole.reason == "unterminated string" ? " (starting here; the input ends inside it)" : ""
            return [.failure(CaptureError(source: source, offset: toFile(min(whole.offset, json.count)), reason: whole.reason + place))]
        }
        return plain
    }

    /// The captures of one JSON record whose bytes start at `offset` in the file.
    private static func record(_ document: JSONDocument, offset: Int, source: String, lineLabel: String?,
                               fileOffset: FileMap, extraLabels: [String: String] = [:],
                               redaction: LabelRedaction) -> [Result<Capture, CaptureError>] {
        // Offsets inside `document` become file offsets: shifted by `offset`, or through a map when
        // the document was itself decoded from a JSON string (a HAR request body).
        let toFile = fileOffset
        func failure(_ reason: String, at node: Int = 0) -> [Result<Capture, CaptureError>] {
            [.failure(CaptureError(source: source, offset: toFile(document.nodes[node].range.lowerBound),
                                   reason: [lineLabel, reason].compactMap { $0 }.joined(separator: ": ")))]
        }
        guard document.nodes[0].kind == .object else { return failure("not a JSON object") }
        if let duplicate = document.duplicateKeys.first {
            // Two values for one name: readers disagree on which one counts, so neither is trusted.
            return [.failure(CaptureError(source: source, offset: toFile(duplicate.repeatedOffset),
                                          reason: [lineLabel, "duplicate member \"\(duplicate.key)\": a second value can hide a second prompt"]
                                            .compactMap { $0 }.joined(separator: ": ")))]
        }
        var labels = extraLabels.merging(document.stringMembers(document.member(0, "labels"))) { $1 }
        var body = 0
        if let id = document.text(document.member(0, "id")) { labels["id"] = id }
        // Credentials never leave as plain text, whichever wrapper or header brought them.
        labels = redaction.redact(labels)
        // A capture tool's record of a request it could not capture (`stegdiff probe`: a timeout,
        // a body that is not JSON): an error record where the wrapper stands, with its reason.
        if document.member(0, "request") == nil, let reason = document.text(document.member(0, "error")) {
            return failure(reason)
        }
        if let request = document.member(0, "request") {
            guard document.nodes[request].kind == .object else { return failure("\"request\" is not an object", at: request) }
            body = request
        }
        // Every place a system prompt can stand is read, each as its own capture: a body with both
        // "system" and a system message (or "prompt") must not hide the second one. Blocks of one
        // place (system text blocks, message parts) are one prompt, concatenated as sent.
        var groups: [[(locator: String, node: Int)]] = []
        if let prompt = document.member(body, "prompt"), document.nodes[prompt].kind == .string {
            groups.append([("prompt", prompt)])
        }
        if let system = document.member(body, "system") {
            switch document.nodes[system].kind {
            case .string: groups.append([("system", system)])
            case .array:
                var blocks: [(String, Int)] = []
                for (index, block) in document.nodes[system].children.enumerated() {
                    if let text = document.member(block, "text"), document.nodes[text].kind == .string {
                        blocks.append(("system[\(index)].text", text))
                    }
                }
                if !blocks.isEmpty { groups.append(blocks) }
            default: return failure("\"system\" is neither a string nor an array of text blocks", at: system)
            }
        }
        // OpenAI Responses: `instructions`, and system/developer items of `input`, read as messages.
        if let instructions = document.member(body, "instructions"), document.nodes[instructions].kind == .string {
            groups.append([("instructions", instructions)])
        }
        for field in ["messages", "input"] {
            guard let messages = document.member(body, field), document.nodes[messages].kind == .array else { continue }
            for (index, message) in document.nodes[messages].children.enumerated() {
                guard let role = document.text(document.member(message, "role")), ["system", "developer"].contains(role),
                      let content = document.member(message, "content") else { continue }
                if document.nodes[content].kind == .string {
                    groups.append([("\(field)[\(index)].content", content)])
                } else if document.nodes[content].kind == .array {
                    var parts: [(String, Int)] = []
                    for (partIndex, part) in document.nodes[content].children.enumerated() {
                        if let text = document.member(part, "text"), document.nodes[text].kind == .string {
                            parts.append(("\(field)[\(index)].content[\(partIndex)].text", text))
                        }
                    }
                    if !parts.isEmpty { groups.append(parts) }
                }
            }
        }
        guard !groups.isEmpty else { return failure("no system prompt found (expected \"system\", system/developer \"messages\", \"instructions\", or \"prompt\")") }
        return groups.map { parts in
            var utf8: [UInt8] = []
            var runs = SourceRuns()
            for part in parts {
                guard let decoded = document.decodedString(part.node) else { continue }
                if parts.count == 1 {
                    (utf8, runs) = (decoded.utf8, toFile.map(decoded.runs))  // the usual case: no copy
                } else {
                    utf8 += decoded.utf8
                    runs.append(toFile.map(decoded.runs))
                }
            }
            let locator = [lineLabel, parts.map(\.locator).joined(separator: "+")].compactMap { $0 }.joined(separator: ": ")
            let prompt = PromptText(embedded: utf8, runs: runs, source: source)
            return .success(Capture(source: source, offset: offset, locator: locator, labels: labels, prompt: prompt))
        }
    }

    /// HAR 1.2: one capture per entry whose request body holds a prompt. The body is a JSON string
    /// holding JSON, so offsets are mapped twice (body bytes → escaped string → file). Labels: the
    /// request host, the UTC offset of `startedDateTime`, and every request header as `header:NAME`.
    private static func har(_ document: JSONDocument, entries: Int, source: String, maxDepth: Int,
                            toFile: FileMap, redaction: LabelRedaction) -> [Result<Capture, CaptureError>] {
        var results: [Result<Capture, CaptureError>] = []
        let text = document.text
        for (index, entry) in document.nodes[entries].children.enumerated() {
            let entryOffset = toFile(document.nodes[entry].range.lowerBound)
            let label = "entry \(index)"
            if let request = document.member(entry, "request"), let postData = document.member(request, "postData"),
               let bodyNode = document.member(postData, "text"), document.nodes[bodyNode].kind != .string {
                results.append(.failure(CaptureError(source: source, offset: toFile(document.nodes[bodyNode].range.lowerBound),
                                                     reason: "\(label): postData.text is not a string")))
                continue
            }
            guard let request = document.member(entry, "request"), let postData = document.member(request, "postData"),
                  let bodyNode = document.member(postData, "text"), let body = document.decodedString(bodyNode) else {
                results.append(.failure(CaptureError(source: source, offset: entryOffset, reason: "\(label): no request body (postData.text)",
                                                     skipped: true)))
                continue
            }
            var labels: [String: String] = [:]
            if let url = text(document.member(request, "url")) { labels.merge(urlLabels(url)) { $1 } }
            if let started = text(document.member(entry, "startedDateTime")) {
                // The offset at the end of an ISO 8601 time: +08:00, -05:00 or Z.
                if started.hasSuffix("Z") { labels["utcOffset"] = "+00:00" } else if started.count >= 6 {
                    let suffix = String(started.suffix(6))
                    if suffix.first == "+" || suffix.first == "-" { labels["utcOffset"] = suffix }
                }
            }
            if let headers = document.member(request, "headers") {
                for header in document.nodes[headers].children {
                    if let name = text(document.member(header, "name")), let value = text(document.member(header, "value")) {
                        labels["header:" + name.lowercased()] = value
                    }
                }
            }
            let bodyInFile = FileMap.runs(toFile.map(body.runs))
            do {
                let inner = try JSONDocument(bytes: body.utf8, maxDepth: maxDepth)
                results += record(inner, offset: entryOffset, source: source, lineLabel: label,
                                  fileOffset: bodyInFile, extraLabels: labels, redaction: redaction)
            } catch {
                results.append(.failure(CaptureError(source: source, offset: bodyInFile(min(error.offset, body.runs.count)),
                                                     reason: "\(label): request body: \(error.reason)")))
            }
        }
        return results
    }
}

extension CaptureReader {
    /// The labels of a request URL: `host` (without any `user:password@`) and `query:NAME` for
    /// each query parameter (names and values percent-decoded; credentials are hashed later).
    static func urlLabels(_ url: String) -> [String: String] {
        var labels: [String: String] = [:]
        let withoutFragment = url.prefix { $0 != "#" }
        let (address, query) = withoutFragment.firstIndex(of: "?").map { (withoutFragment[..<$0], withoutFragment[withoutFragment.index(after: $0)...]) }
            ?? (withoutFragment, "")
        let afterScheme = address.split(separator: "/", omittingEmptySubsequences: true)
        if afterScheme.count > 1 {
            // `https://user:secret@host/` carries a password in the authority: keep only the host.
            let authority = afterScheme[1]
            labels["host"] = String(authority.lastIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority)
        }
        for parameter in query.split(separator: "&") where !parameter.isEmpty {
            let pieces = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = percentDecoded(pieces[0]).lowercased()
            guard !name.isEmpty else { continue }
            labels["query:" + name] = pieces.count > 1 ? percentDecoded(pieces[1]) : ""
        }
        return labels
    }

    /// `%41` as `A` and `+` as a space; a malformed escape is kept as written.
    private static func percentDecoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(0x20)
            } else if byte == UInt8(ascii: "%"), utf8.count >= 2, utf8.prefix(2).allSatisfy({ $0 < 0x80 && Character(Unicode.Scalar($0)).isHexDigit }),
                      let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8.removeFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// How offsets in a JSON document map to the capture file.
private enum FileMap {
    /// The document's bytes are the file's from this offset on (a UTF-8 file, a JSON Lines line).
    case shift(Int)
    /// The document is a decoded string of the file (a HAR request body).
    case runs(SourceRuns)
    /// Anything else (a UTF-16 file, through its transcoding).
    case function((Int) -> Int)

    func callAsFunction(_ offset: Int) -> Int {
        switch self {
        case .shift(let distance): offset + distance
        case .runs(let runs): runs.origin(of: offset)
        case .function(let map): map(offset)
        }
    }

    /// The map of a document that starts `start` bytes into this one.
    func after(_ start: Int) -> FileMap {
        switch self {
        case .shift(let distance): .shift(distance + start)
        case .runs, .function: .function { self(start + $0) }
        }
    }

    /// Runs whose source is this document, mapped on to the file.
    func map(_ runs: SourceRuns) -> SourceRuns {
        switch self {
        case .shift(let distance): return runs.shifted(by: distance)
        case .runs(let outer): return runs.mapped(through: outer)
        case .function(let map):
            let offsets = runs.denseOffsets
            let ends = (0..<runs.count).map { map(runs.end(of: $0)) }
            return SourceRuns(offsets: offsets.map(map), ends: ends)
        }
    }
}
