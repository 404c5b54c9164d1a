import StegDiff

// Replies close enough to the real Anthropic and OpenAI APIs that the official SDKs finish
// normally with a short answer: the probe wants the client's requests, and a client that errors
// out on our reply may skip the requests that follow (its second, utility request).

/// The APIs the endpoint answers, chosen by the request path's ending (a gateway may add a prefix:
/// `/compatible-mode/v1/chat/completions`).
public enum FakeAPI: String, Sendable, CaseIterable {
    /// Anthropic Messages, `POST …/v1/messages`.
    case anthropicMessages = "anthropic-messages"
    /// OpenAI Chat Completions, `POST …/chat/completions`.
    case openAIChat = "openai-chat"
    /// OpenAI Responses, `POST …/responses`.
    case openAIResponses = "openai-responses"

    /// The API a `POST` to `path` (query removed) is for; nil for anything else (a 404).
    public static func route(method: String, path: String) -> FakeAPI? {
        guard method == "POST" else { return nil }
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        if trimmed.hasSuffix("/v1/messages") { return .anthropicMessages }
        if trimmed.hasSuffix("/chat/completions") { return .openAIChat }
        if trimmed.hasSuffix("/responses") { return .openAIResponses }
        return nil
    }

    /// The words of every reply.
    public static let replyText = "OK"

    /// One reply: its content type and its body, whole (JSON) or as SSE events written one by one.
    public struct Reply: Sendable {
        /// `application/json` or `text/event-stream`.
        public var contentType: String
        /// The body in pieces: one piece for JSON, one per event for SSE.
        public var pieces: [String]
    }

    /// The reply to a request with this body: SSE when the body asks `"stream": true`. `sequence`
    /// numbers the ids, so two replies never share one.
    public func reply(to body: JSONDocument, sequence: Int) -> Reply {
        let model = body.text(body.member(0, "model")) ?? "probe-model"
        let streamNode = body.member(0, "stream")
        let stream = streamNode.map { body.nodes[$0].kind == .bool && body.source[body.nodes[$0].range.lowerBound] == UInt8(ascii: "t") } ?? false
        let created = 1_764_547_200 + sequence
        func json(_ value: JSONValue) -> String { value.serialized(pretty: false) }
        func event(_ name: String, _ value: JSONValue) -> String { "event: \(name)\ndata: \(json(value))\n\n" }
        let text = FakeAPI.replyText
        switch self {
        case .anthropicMessages:
            let id = "msg_probe_\(sequence)"
            func message(content: [JSONValue], stop: JSONValue, outputTokens: Int) -> JSONValue {
                .object([("id", .string(id)), ("type", .string("message")), ("role", .string("assistant")), ("model", .string(model)),
                         ("content", .array(content)), ("stop_reason", stop), ("stop_sequence", .null),
                         ("usage", .object([("input_tokens", .int(1)), ("output_tokens", .int(outputTokens))]))])
            }
            guard stream else {
                let content = JSONValue.object([("type", .string("text")), ("text", .string(text))])
                return Reply(contentType: "application/json", pieces: [json(message(content: [content], stop: .string("end_turn"), outputTokens: 1))])
            }
            // The real sequence of a streamed message (the SDK's accumulator needs every step).
            return Reply(contentType: "text/event-stream", pieces: [
                event("message_start", .object([("type", .string("message_start")), ("message", message(content: [], stop: .null, outputTokens: 0))])),
                event("content_block_start", .object([("type", .string("content_block_start")), ("index", .int(0)),
                                                      ("content_block", .object([("type", .string("text")), ("text", .string(""))]))])),
                event("ping", .object([("type", .string("ping"))])),
                event("content_block_delta", .object([("type", .string("content_block_delta")), ("index", .int(0)),
                                                      ("delta", .object([("type", .string("text_delta")), ("text", .string(text))]))])),
                event("content_block_stop", .object([("type", .string("content_block_stop")), ("index", .int(0))])),
                event("message_delta", .object([("type", .string("message_delta")),
                                                ("delta", .object([("stop_reason", .string("end_turn")), ("stop_sequence", .null)])),
                                                ("usage", .object([("output_tokens", .int(1))]))])),
                event("message_stop", .object([("type", .string("message_stop"))])),
            ])
        case .openAIChat:
            let id = "chatcmpl-probe-\(sequence)"
            let usage = JSONValue.object([("prompt_tokens", .int(1)), ("completion_tokens", .int(1)), ("total_tokens", .int(2))])
            guard stream else {
                return Reply(contentType: "application/json", pieces: [json(.object([
                    ("id", .string(id)), ("object", .string("chat.completion")), ("created", .int(created)), ("model", .string(model)),
                    ("choices", .array([.object([("index", .int(0)), ("message", .object([("role", .string("assistant")), ("content", .string(text))])),
                                                 ("logprobs", .null), ("finish_reason", .string("stop"))])])),
                    ("usage", usage),
                ]))])
            }
            func chunk(delta: JSONValue, finish: JSONValue) -> String {
                "data: " + json(.object([("id", .string(id)), ("object", .string("chat.completion.chunk")), ("created", .int(created)),
                                         ("model", .string(model)),
                                         ("choices", .array([.object([("index", .int(0)), ("delta", delta), ("logprobs", .null), ("finish_reason", finish)])]))]))
                    + "\n\n"
            }
            return Reply(contentType: "text/event-stream", pieces: [
                chunk(delta: .object([("role", .string("assistant")), ("content", .string(""))]), finish: .null),
                chunk(delta: .object([("content", .string(text))]), finish: .null),
                chunk(delta: .object([]), finish: .string("stop")),
                "data: [DONE]\n\n",
            ])
        case .openAIResponses:
            let id = "resp_probe_\(sequence)", itemID = "msg_probe_\(sequence)"
            let part = JSONValue.object([("type", .string("output_text")), ("text", .string(text)), ("annotations", .array([]))])
            let item = JSONValue.object([("id", .string(itemID)), ("type", .string("message")), ("status", .string("completed")),
                                         ("role", .string("assistant")), ("content", .array([part]))])
            func response(status: String, output: [JSONValue]) -> JSONValue {
                .object([("id", .string(id)), ("object", .string("response")), ("created_at", .int(created)), ("status", .string(status)),
                         ("model", .string(model)), ("output", .array(output)), ("parallel_tool_calls", .bool(true)),
                         ("tool_choice", .string("auto")), ("tools", .array([])), ("error", .null), ("incomplete_details", .null),
                         ("instructions", .null), ("metadata", .object([])), ("temperature", .number(1)), ("top_p", .number(1)),
                         ("text", .object([("format", .object([("type", .string("text"))]))])),
                         ("usage", status == "completed" ? .object([
                            ("input_tokens", .int(1)), ("input_tokens_details", .object([("cached_tokens", .int(0))])),
                            ("output_tokens", .int(1)), ("output_tokens_details", .object([("reasoning_tokens", .int(0))])),
                            ("total_tokens", .int(2))]) : .null)])
            }
            guard stream else {
                return Reply(contentType: "application/json", pieces: [json(response(status: "completed", output: [item]))])
            }
            var number = 0
            func typed(_ type: String, _ members: [(String, JSONValue)]) -> String {
                defer { number += 1 }
                return event(type, .object([("type", .string(type)), ("sequence_number", .int(number))] + members))
            }
            let emptyItem = JSONValue.object([("id", .string(itemID)), ("type", .string("message")), ("status", .string("in_progress")),
                                              ("role", .string("assistant")), ("content", .array([]))])
            let location: [(String, JSONValue)] = [("item_id", .string(itemID)), ("output_index", .int(0)), ("content_index", .int(0))]
            return Reply(contentType: "text/event-stream", pieces: [
                typed("response.created", [("response", response(status: "in_progress", output: []))]),
                typed("response.in_progress", [("response", response(status: "in_progress", output: []))]),
                typed("response.output_item.added", [("output_index", .int(0)), ("item", emptyItem)]),
                typed("response.content_part.added", location + [("part", .object([("type", .string("output_text")), ("text", .string("")),
                                                                                   ("annotations", .array([]))]))]),
                typed("response.output_text.delta", location + [("delta", .string(text))]),
                typed("response.output_text.done", location + [("text", .string(text))]),
                typed("response.content_part.done", location + [("part", part)]),
                typed("response.output_item.done", [("output_index", .int(0)), ("item", item)]),
                typed("response.completed", [("response", response(status: "completed", output: [item]))]),
            ])
        }
    }

    /// An error body in the API's own shape (so an SDK raises its usual error, with our message).
    public static func errorBody(status: Int, message: String, for api: FakeAPI?) -> String {
        let type = status == 404 ? "not_found_error" : status == 413 ? "request_too_large" : "invalid_request_error"
        if api == .anthropicMessages || api == nil {
            return JSONValue.object([("type", .string("error")), ("error", .object([("type", .string(type)), ("message", .string(message))]))])
                .serialized(pretty: false)
        }
        return JSONValue.object([("error", .object([("message", .string(message)), ("type", .string(type)), ("param", .null), ("code", .null)]))])
            .serialized(pretty: false)
    }
}
