import AsyncHTTPClient
import Foundation
import LiaisonAPI
import NIOCore
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime

/// Talks to a `liaisond` over HTTP, through the client generated from the OpenAPI contract.
public struct LiaisonClient: Sendable {
    public let serverURL: URL
    let client: Client

    public init(serverURL: URL, timeout: Duration = .seconds(30)) {
        self.serverURL = serverURL
        self.client = Client(
            serverURL: serverURL,
            transport: AsyncHTTPClientTransport(configuration: .init(client: commandLineHTTPClient, timeout: TimeAmount(timeout))))
    }

    /// What the server says about itself.
    public struct ServerStatus: Sendable, Equatable {
        public var version: String
        /// Nil when ready; otherwise the server's reason.
        public var notReadyReason: String?
        public var schemaVersion: Int?
    }

    /// Asks the server whether it is alive and ready.
    public func status() async throws -> ServerStatus {
        let version: String
        do {
            version = try await client.getHealth().ok.body.json.version
        } catch {
            throw ClientError.unreachable(serverURL, underlying: "\(error)")
        }
        switch try await client.getReadiness() {
        case .ok(let ok):
            return ServerStatus(version: version, notReadyReason: nil, schemaVersion: try ok.body.json.schemaVersion)
        case .serviceUnavailable(let problem):
            let detail = try problem.body.applicationProblemJson.detail
            return ServerStatus(version: version, notReadyReason: detail ?? "not ready", schemaVersion: nil)
        case .undocumented(let statusCode, _):
            throw ClientError.unexpectedStatus(statusCode)
        }
    }
}

/// One HTTP client for the process. A refused connection fails at once instead of being retried
/// until the request's deadline: at a terminal, "cannot reach the server" must not take 30 seconds.
private let commandLineHTTPClient: HTTPClient = {
    var configuration = HTTPClient.Configuration()
    configuration.connectionPool.retryConnectionEstablishment = false
    configuration.timeout.connect = .seconds(5)
    return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
}()

/// Client-side failures, in words a user can act on.
public enum ClientError: Error, CustomStringConvertible {
    case unreachable(URL, underlying: String)
    case unexpectedStatus(Int)

    public var description: String {
        switch self {
        case .unreachable(let url, _):
            return "cannot reach the Liaison server at \(url.absoluteString); check --server or LIAISON_SERVER and that liaisond is running"
        case .unexpectedStatus(let code):
            return "the server answered with an unexpected HTTP status \(code)"
        }
    }
}
