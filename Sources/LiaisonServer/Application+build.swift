import Hummingbird
import LiaisonAPI
import Logging
import OpenAPIHummingbird

/// Builds the HTTP application over an open database. Tests call this directly.
public func buildApplication(
    database: LiaisonDatabase, host: String = "127.0.0.1", port: Int = 8080,
    logger: Logger = Logger(label: "liaisond"), metrics: ServerMetrics? = nil,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    let router = try buildRouter(database: database, logger: logger, metrics: metrics)
    return Application(
        router: router,
        configuration: .init(address: .hostname(host, port: port), serverName: "liaisond"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
        logger: logger)
}

/// The routes: the OpenAPI operations and the document itself.
public func buildRouter(database: LiaisonDatabase, logger: Logger, metrics: ServerMetrics? = nil) throws -> Router<LiaisonRequestContext> {
    let router = Router(context: LiaisonRequestContext.self)
    router.add(middleware: RequestIdMiddleware())
    // One line per request at debug level (--log-level debug), with its request id; never headers (tokens).
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: ProblemMiddleware(logger: logger))
    router.add(middleware: EntityTagHeaderMiddleware())
    router.add(middleware: AuthenticationMiddleware(database: RequestDatabase(pool: database.pool)))
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
