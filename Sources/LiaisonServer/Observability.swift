import Foundation
import HTTPTypes
import Hummingbird
import LiaisonPostgres
import Logging
import Metrics
import Prometheus

/// Gives every request an id: the caller's `X-Request-Id` when it is a sensible one (1 to 128
/// letters, digits, '.', '_' or '-'), otherwise the server's own. It is on every log line of the
/// request (`request_id`), labels its round trips in a statement trace, and is returned in the
/// response's `X-Request-Id`, errors included.
struct RequestIdMiddleware<Context: RequestContext>: RouterMiddleware {
    static func acceptable(_ text: String) -> Bool {
        (1...128).contains(text.count) && text.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) && $0.isASCII || $0 == "-" || $0 == "_" || $0 == "."
        }
    }

    func handle(_ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let incoming = request.headers[.requestID].flatMap { Self.acceptable($0) ? $0 : nil }
        let id = incoming ?? context.id
        context.logger[metadataKey: "request_id"] = .string(id)
        do {
            var response = try await StatementTrace.$label.withValue(id) { try await next(request, context) }
            response.headers[.requestID] = id
            return response
        } catch var error as HTTPError {
            error.headers[.requestID] = id
            throw error
        }
    }
}

extension HTTPField.Name {
    static let requestID = Self("X-Request-Id")!
}

/// `/metrics` in Prometheus's text format: requests by route and status with their latency
/// (Hummingbird's MetricsMiddleware), statement latency (the database layer), and the pools'
/// connections open, in use and waited for, read when scraped.
public struct ServerMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    let pools: [(name: String, pool: ConnectionPool)]

    public init(registry: PrometheusCollectorRegistry, pools: [(name: String, pool: ConnectionPool)]) {
        self.registry = registry
        self.pools = pools
    }

    /// Makes the process's metrics go to `registry` (once per process).
    public static func bootstrap() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }

    func render() async -> String {
        for (name, pool) in pools {
            let statistics = await pool.statistics
            registry.makeGauge(name: "liaison_pool_connections_open", labels: [("pool", name)]).set(Double(statistics.open))
            registry.makeGauge(name: "liaison_pool_connections_in_use", labels: [("pool", name)])
                .set(Double(statistics.open - statistics.idle))
            registry.makeGauge(name: "liaison_pool_waiting", labels: [("pool", name)]).set(Double(statistics.waiting))
        }
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
