import Hummingbird
import LiaisonAPI
import Logging
import OpenAPIHummingbird

/// Builds the HTTP application over an open database. Tests call this directly.
public func buildApplication(
    database: LiaisonDatabase, host: String = "127.0.0.1", port: Int = 8080,
    logger: Logger = Logger(label: "liaisond"),
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    let router = try buildRouter(database: database, logger: logger)
    return Application(
        router: router,
        configuration: .init(address: .hostname(host, port: port), serverName: "liaisond"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
        logger: logger)
}

/// The routes: the OpenAPI operations and the document itself.
public func buildRouter(database: LiaisonDatabase, logger: Logger) throws -> Router<LiaisonRequestContext> {
    let router = Router(context: LiaisonRequestContext.self)
    router.add(middleware: ProblemMiddleware(logger: logger))
    router.add(middleware: EntityTagHeaderMiddleware())
    router.add(middleware: AuthenticationMiddleware(database: RequestDatabase(pool: database.pool)))
    router.add(middleware: JSONBodyMiddleware())
    router.get("openapi.yaml") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
    }
    let handlers = APIHandlers(database: database, logger: logger)
    try handlers.registerHandlers(on: router)
    return router
}
