import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import Synchronization

/// Stops the work of a request whose client has gone away.
///
/// Hummingbird serves a connection's requests in one task and never learns, while a handler
/// runs, that the client hung up: a request waiting on a lock or a long summary would run to
/// its statement timeout for no one. `HangUpHandler` sits in each connection's pipeline and
/// sees the client's end of the connection (its input closing, or the connection dropping);
/// `HangUpMiddleware` lets it cancel the task serving that connection's request, which cancels
/// the running statement (a cancel request to PostgreSQL) and rolls its transaction back. Like
/// a proxy in front of an application, a client that closes its sending side is taken to have
/// given up on the answer.
final class HangUpWatcher: Sendable {
    /// The task serving the connection's current request. Cancelling a task from another
    /// thread is safe; what makes holding an `UnsafeCurrentTask` safe is that it is held only
    /// while the middleware runs inside that task, and cleared before the middleware returns.
    private struct Serving: @unchecked Sendable {
        let task: UnsafeCurrentTask
    }
    private struct State: ~Copyable {
        var serving: Serving?
        var hungUp = false
    }
    private let state = Mutex(State())

    var hungUp: Bool { state.withLock { $0.hungUp } }

    /// Runs `body`, the rest of the request, so that a hang-up meanwhile cancels it.
    func serving<T>(_ body: () async throws -> T) async throws -> T {
        withUnsafeCurrentTask { task in
            guard let task else { return }
            let serving = Serving(task: task)
            state.withLock { state in
                state.serving = serving
                if state.hungUp { serving.task.cancel() }
            }
        }
        defer { state.withLock { $0.serving = nil } }
        return try await body()
    }

    func hangUp() {
        state.withLock { state in
            state.hungUp = true
            state.serving?.task.cancel()
        }
    }

    /// The watcher of each open connection, by channel.
    private static let watchers = Mutex<[ObjectIdentifier: HangUpWatcher]>([:])

    static func watcher(for channel: any Channel) -> HangUpWatcher? {
        watchers.withLock { $0[ObjectIdentifier(channel)] }
    }

    fileprivate static func watch(_ channel: any Channel) -> HangUpWatcher {
        let watcher = HangUpWatcher()
        watchers.withLock { $0[ObjectIdentifier(channel)] = watcher }
        return watcher
    }

    fileprivate static func forget(_ channel: any Channel) {
        watchers.withLock { _ = $0.removeValue(forKey: ObjectIdentifier(channel)) }
    }
}

/// Watches one connection for its client's end; passes everything through unchanged.
final class HangUpHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny
    typealias InboundOut = NIOAny
    private var watcher: HangUpWatcher?

    func handlerAdded(context: ChannelHandlerContext) {
        watcher = HangUpWatcher.watch(context.channel)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        HangUpWatcher.forget(context.channel)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.fireChannelRead(data)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .inputClosed = event as? ChannelEvent { watcher?.hangUp() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        watcher?.hangUp()
        HangUpWatcher.forget(context.channel)
        context.fireChannelInactive()
    }
}

/// Runs each request under its connection's `HangUpWatcher`. What fails because the client
/// went away is logged as such, not as a server error; the answer goes nowhere.
struct HangUpMiddleware: RouterMiddleware {
    typealias Context = LiaisonRequestContext

    func handle(_ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard let watcher = context.hangUps else { return try await next(request, context) }
        do {
            return try await watcher.serving { try await next(request, context) }
        } catch where watcher.hungUp {
            context.logger.info(
                "the client went away; its request was stopped",
                metadata: ["method": "\(request.method)", "path": "\(request.uri.path)"])
            return Response(status: .init(code: 499, reasonPhrase: "Client Closed Request"))
        }
    }
}
