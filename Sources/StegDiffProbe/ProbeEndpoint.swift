import NIOCore
import NIOHTTP1
import NIOPosix
import StegDiff
import Synchronization

// The loopback endpoint: a real HTTP/1.1 server (SwiftNIO) that clients reach as their API base URL
// or as their HTTP proxy (absolute-form targets). Every request it reads becomes an event of the
// run in progress: a capture (the body, verbatim) or an error naming what went wrong; it never
// stalls a run and never lets a request leave the machine.

/// What the endpoint saw during one run, in the order requests completed.
public enum ProbeEvent: Sendable {
    /// A request body that is JSON, for an API path: `labels` are `host` and `path`.
    case capture(sequence: Int, labels: [String: String], body: [UInt8])
    /// Anything else: an unknown path, a body that is not JSON or too large, a request cut short,
    /// a TLS tunnel; the reason says which, with the byte offset where there is one.
    case error(sequence: Int, reason: String)
}

/// Collects the events of the run in progress; shared by every connection's handler.
public final class ProbeRecorder: Sendable {
    struct RunState {
        var events: [ProbeEvent] = []
        var inFlight = 0
        var mostInFlight = 0
        var requests = 0
    }
    struct State {
        var run: RunState?
        var channels: [ObjectIdentifier: Channel] = [:]
        var sequence = 0
        var strays = 0
    }
    private let state = Mutex(State())
    /// Largest request body accepted, in bytes.
    public let maxBodyBytes: Int

    /// Creates a recorder accepting bodies of at most `maxBodyBytes`.
    public init(maxBodyBytes: Int) { self.maxBodyBytes = maxBodyBytes }

    /// Starts collecting a run's events.
    public func beginRun() { state.withLock { $0.run = RunState() } }

    /// Requests currently being answered.
    public var inFlight: Int { state.withLock { $0.run?.inFlight ?? 0 } }

    /// Ends the run: its events, how many requests it sent and the most that were in flight at once.
    public func endRun() -> (events: [ProbeEvent], requests: Int, mostInFlight: Int) {
        state.withLock { state in
            let run = state.run ?? RunState()
            state.run = nil
            return (run.events, run.requests, run.mostInFlight)
        }
    }

    /// The connections still open (to close at the end of a run: a client may leave one open).
    public var openChannels: [Channel] { state.withLock { Array($0.channels.values) } }

    /// Requests that came while no run was in progress (answered 503, not recorded).
    public var strayRequests: Int { state.withLock { $0.strays } }

    func register(_ channel: Channel) { state.withLock { $0.channels[ObjectIdentifier(channel)] = channel } }
    func unregister(_ channel: Channel) { _ = state.withLock { $0.channels.removeValue(forKey: ObjectIdentifier(channel)) } }

    /// A request's head arrived: counts it in flight; false when no run is in progress.
    func requestStarted() -> Bool {
        state.withLock { state in
            guard state.run != nil else {
                state.strays += 1
                return false
            }
            state.run!.inFlight += 1
            state.run!.requests += 1
            state.run!.mostInFlight = max(state.run!.mostInFlight, state.run!.inFlight)
            return true
        }
    }

    /// A request is done (answered or cut short).
    func requestFinished() { state.withLock { state in if state.run != nil { state.run!.inFlight = max(0, state.run!.inFlight - 1) } } }

    /// Records an event of the run in progress; returns its sequence number (for reply ids).
    @discardableResult
    func record(_ make: (Int) -> ProbeEvent) -> Int {
        state.withLock { state in
            state.sequence += 1
            state.run?.events.append(make(state.sequence))
            return state.sequence
        }
    }
}

/// The HTTP server on 127.0.0.1 (a free port), answering as the fake APIs.
public final class ProbeEndpoint: Sendable {
    /// Where its events go.
    public let recorder: ProbeRecorder
    private let group: MultiThreadedEventLoopGroup
    private let channel: Channel
    /// The port it listens on.
    public let port: Int

    /// Starts listening on 127.0.0.1 on a free port (loopback only: nothing outside the machine can reach it).
    public init(recorder: ProbeRecorder) throws {
        self.recorder = recorder
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        self.group = group
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withPipeliningAssistance: true, withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(ProbeHTTPHandler(recorder: recorder))
                }
            }
        do {
            channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
        port = channel.localAddress?.port ?? 0
    }

    /// `http://127.0.0.1:PORT`, what `{probe}` expands to.
    public var url: String { "http://127.0.0.1:\(port)" }

    /// Closes every connection still open and waits until each has said goodbye (so a request cut
    /// short by the close is recorded before the run's events are taken).
    public func closeConnections() {
        let channels = recorder.openChannels
        for channel in channels { channel.close(promise: nil) }
        for channel in channels { try? channel.closeFuture.wait() }
    }

    /// Stops listening and shuts the event loop down.
    public func shutdown() {
        closeConnections()
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }
}

/// One connection: reads requests (keep-alive, chunked bodies, absolute-form targets), records
/// each, and answers it.
final class ProbeHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let recorder: ProbeRecorder
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var bodyBytes = 0
    private var inRun = false

    init(recorder: ProbeRecorder) { self.recorder = recorder }

    func channelActive(context: ChannelHandlerContext) {
        recorder.register(context.channel)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        if let head {
            // The client (or the end of its run) closed the connection in the middle of a request.
            let (path, _) = ProbeHTTPHandler.target(head)
            if inRun {
                let received = bodyBytes
                recorder.record { .error(sequence: $0, reason: "\(head.method.rawValue) \(path): connection closed before the request ended (\(received) body bytes received)") }
                recorder.requestFinished()
            }
            self.head = nil
        }
        recorder.unregister(context.channel)
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body = []
            bodyBytes = 0
            inRun = recorder.requestStarted()
            if requestHead.method == .CONNECT {
                // An https:// base URL through the proxy: the bodies would travel encrypted, and
                // the request must not leave the machine either. Refused, and said clearly.
                let host = requestHead.uri
                if inRun {
                    recorder.record { .error(sequence: $0, reason: "TLS tunnel to \(host): bodies cannot be read; use an http:// base URL") }
                }
                // Answered and recorded: no request is left pending on this connection (cleared
                // first: closing after the reply may report the connection inactive at once).
                // NIO sends a reply to CONNECT without a body; the status says it.
                head = nil
                if inRun { recorder.requestFinished() }
                respond(context: context, status: .forbidden, contentType: "text/plain",
                        pieces: ["stegdiff probe: TLS tunnel to \(host) refused: bodies cannot be read; use an http:// base URL\n"], close: true)
            }
        case .body(var buffer):
            guard head != nil else { return }
            bodyBytes += buffer.readableBytes
            // Past the limit the bytes are counted and dropped: memory stays bounded whatever is sent.
            if bodyBytes <= recorder.maxBodyBytes, let bytes = buffer.readBytes(length: buffer.readableBytes) {
                body += bytes
            } else {
                body = []
            }
        case .end:
            guard let requestHead = head else { return }
            head = nil
            complete(context: context, head: requestHead)
        }
    }

    /// The path (query removed) and host of a request: absolute-form (`http://host/v1/messages`,
    /// from a client using us as its proxy) or origin-form with a `Host` header.
    static func target(_ head: HTTPRequestHead) -> (path: String, host: String?) {
        var uri = Substring(head.uri)
        var host = head.headers.first(name: "host")
        if let colon = uri.firstIndex(of: ":"), uri[..<colon].allSatisfy({ $0.isLetter }), uri[colon...].hasPrefix("://") {
            let rest = uri[uri.index(colon, offsetBy: 3)...]
            let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            // `user:password@host`: the credentials are dropped, never a label.
            host = String(authority.lastIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority)
            uri = rest[authorityEnd...]
        }
        let path = uri.prefix { $0 != "?" && $0 != "#" }
        return (path.isEmpty ? "/" : String(path), host)
    }

    private func complete(context: ChannelHandlerContext, head: HTTPRequestHead) {
        let (path, host) = ProbeHTTPHandler.target(head)
        let close = !head.isKeepAlive
        let api = FakeAPI.route(method: head.method.rawValue, path: path)
        let what = "\(head.method.rawValue) \(path)"
        guard inRun else {
            respond(context: context, status: .serviceUnavailable, contentType: "application/json",
                    pieces: [FakeAPI.errorBody(status: 503, message: "stegdiff probe: no run in progress", for: api)], close: close)
            return
        }
        defer { recorder.requestFinished() }
        if bodyBytes > recorder.maxBodyBytes {
            let size = bodyBytes, limit = recorder.maxBodyBytes
            recorder.record { .error(sequence: $0, reason: "\(what): request body of \(size) bytes is over --max-input-bytes (\(limit))") }
            respond(context: context, status: .payloadTooLarge, contentType: "application/json",
                    pieces: [FakeAPI.errorBody(status: 413, message: "stegdiff probe: request body over \(limit) bytes", for: api)], close: close)
            return
        }
        guard let api else {
            recorder.record { .error(sequence: $0, reason: "\(what): not an API path the probe answers (answered 404)") }
            respond(context: context, status: .notFound, contentType: "application/json",
                    pieces: [FakeAPI.errorBody(status: 404, message: "stegdiff probe: no such endpoint: \(what)", for: nil)], close: close)
            return
        }
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: body)
        } catch {
            let (offset, reason) = (error.offset, error.reason)
            recorder.record { .error(sequence: $0, reason: "\(what): request body is not JSON: byte \(offset): \(reason)") }
            respond(context: context, status: .badRequest, contentType: "application/json",
                    pieces: [FakeAPI.errorBody(status: 400, message: "stegdiff probe: request body is not JSON (byte \(offset): \(reason))", for: api)],
                    close: close)
            return
        }
        var labels = ["path": path]
        if let host { labels["host"] = host }
        let captured = body
        let sequence = recorder.record { .capture(sequence: $0, labels: labels, body: captured) }
        let reply = api.reply(to: document, sequence: sequence)
        respond(context: context, status: .ok, contentType: reply.contentType, pieces: reply.pieces, close: close)
    }

    private func respond(context: ChannelHandlerContext, status: HTTPResponseStatus, contentType: String, pieces: [String], close: Bool) {
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: contentType + (contentType.hasPrefix("text/") ? "; charset=utf-8" : ""))
        headers.add(name: "request-id", value: "req_probe")
        if contentType == "text/event-stream" {
            // Streamed: chunked, one chunk per event, flushed as written (as a real API streams).
            headers.add(name: "cache-control", value: "no-cache")
        } else {
            headers.add(name: "content-length", value: String(pieces.reduce(0) { $0 + $1.utf8.count }))
        }
        if close { headers.add(name: "connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        for piece in pieces {
            var buffer = context.channel.allocator.buffer(capacity: piece.utf8.count)
            buffer.writeString(piece)
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if close {
            let channel = context.channel
            done.whenComplete { _ in channel.close(promise: nil) }
        }
    }
}
