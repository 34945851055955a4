import Foundation
import Hummingbird
import HummingbirdCore
import LiaisonAPI
import Logging
import OpenAPIHummingbird

/// What the HTTP server refuses to let clients hold: connections left idle, more connections
/// than it has file descriptors for, and bodies larger than any request needs.
public struct HTTPLimits: Sendable, Equatable {
    /// A connection with no request for this long is closed.
    public var idleTimeout: Duration
    /// Bodies larger than this many bytes get 413 before they are read whole. A meeting's notes
    /// (up to 100,000 characters) fit many times over.
    public var maximumBodySize: Int
    /// The most client connections open at once; nil for as many as the process's file
    /// descriptor limit leaves room for (see `connectionCap`).
    public var maximumConnections: Int?

    public init(idleTimeout: Duration = .seconds(60), maximumBodySize: Int = 1 << 20, maximumConnections: Int? = nil) {
        self.idleTimeout = idleTimeout
        self.maximumBodySize = maximumBodySize
        self.maximumConnections = maximumConnections
    }

    /// Descriptors kept back from clients, besides the database connections: event loops,
    /// thread pools, log files, and the cancel and replication connections libpq opens.
    static let reservedDescriptors = 64

    /// How many client connections the server takes at once. Past it, new clients wait in the
    /// listen queue until one closes, while those already connected are served: a server that
    /// ran out of descriptors instead would fail every accept, and SwiftNIO's accept loop then
    /// retries without pause, a core spinning on nothing.
    public func connectionCap(databaseConnections: Int) -> Int {
        if let maximumConnections { return maximumConnections }
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < rlim_t(Int32.max) else { return 100_000 }
        return max(16, Int(limit.rlim_cur) - Self.reservedDescriptors - databaseConnections)
    }
}

/// Counts client connections and stops accepting at the cap (Hummingbird stops reading the
/// listening socket, so nothing spins), saying so in the log when it starts and stops.
struct ConnectionCap: AvailableConnectionsDelegate {
    let maximum: Int
    let logger: Logger
    private var open = 0

    init(maximum: Int, logger: Logger) {
        self.maximum = maximum
        self.logger = logger
    }

    mutating func connectionOpened() {
        open += 1
        if open == maximum {
            logger.warning(
                "not accepting new connections until one closes",
                metadata: ["open": "\(open)", "maximum": "\(maximum)"])
        }
    }

    mutating func connectionClosed() {
        if open == maximum { logger.notice("accepting new connections again") }
        open -= 1
    }

    func isAcceptingNewConnections() -> Bool { open < maximum }
}

/// Builds the HTTP application over an open database. Tests call this directly.
public func buildApplication(
    database: LiaisonDatabase, host: String = "127.0.0.1", port: Int = 8080,
    logger: Logger = Logger(label: "liaisond"), metrics: ServerMetrics? = nil, limits: HTTPLimits = HTTPLimits(),
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    let router = try buildRouter(database: database, logger: logger, metrics: metrics, limits: limits)
    let idle = limits.idleTimeout.components
    return Application(
        router: router,
        server: .http1(configuration: .init(
            additionalChannelHandlers: [HangUpHandler()],
            idleTimeout: .nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000))),
        configuration: .init(
            address: .hostname(host, port: port), serverName: "liaisond",
            availableConnectionsDelegate: ConnectionCap(
                maximum: limits.connectionCap(
                    databaseConnections: database.pool.configuration.maximumConnections
                        + (database.replica?.pool.configuration.maximumConnections ?? 0)),
                logger: logger)),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
        logger: logger)
}

/// The routes: the OpenAPI operations and the document itself.
public func buildRouter(
    database: LiaisonDatabase, logger: Logger, metrics: ServerMetrics? = nil, limits: HTTPLimits = HTTPLimits()
) throws -> Router<LiaisonRequestContext> {
    let router = Router(context: LiaisonRequestContext.self)
    router.add(middleware: RequestIdMiddleware())
    // One line per request at debug level (--log-level debug), with its request id; never headers (tokens).
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: ProblemMiddleware(logger: logger))
    // Inside the problem documents: what failed because the client left is no server error.
    router.add(middleware: HangUpMiddleware())
    router.add(middleware: EntityTagHeaderMiddleware())
    router.add(middleware: BodyLimitMiddleware(maximum: limits.maximumBodySize))
    router.add(middleware: AuthenticationMiddleware(database: database.requests))
    router.add(middleware: JSONBodyMiddleware())
    router.get("openapi.yaml") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
    }
    if let metrics {
        router.get("metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: await metrics.render())))
        }
    }
    let handlers = APIHandlers(database: database, logger: logger)
    // Compact JSON: the summary at scale is megabytes, and indenting it cost a fifth of its time.
    try handlers.registerHandlers(on: router, configuration: .init(jsonEncodingOptions: [.sortedKeys]))
    return router
}
