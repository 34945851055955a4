import AsyncHTTPClient
import HTTPTypes
import Foundation
import LiaisonAPI
import NIOCore
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime

/// Talks to a `liaisond` over HTTP, through the client generated from the OpenAPI contract.
public struct LiaisonClient: Sendable {
    public let serverURL: URL
    let client: Client

    public init(serverURL: URL, token: String? = nil, timeout: Duration = .seconds(30)) {
        self.serverURL = serverURL
        self.client = Client(
            serverURL: serverURL,
            transport: AsyncHTTPClientTransport(configuration: .init(client: commandLineHTTPClient, timeout: TimeAmount(timeout))),
            middlewares: [ProblemResponses()] + (token.map { [BearerToken(token: $0)] } ?? []))
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
        let readiness: Operations.GetReadiness.Output
        do {
            readiness = try await client.getReadiness()
        } catch {
            throw ClientError.unreachable(serverURL, underlying: "\(error)")
        }
        switch readiness {
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

/// Sends the bearer token with every request.
struct BearerToken: ClientMiddleware {
    let token: String

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[.authorization] = "Bearer \(token)"
        return try await next(request, body, baseURL)
    }
}

/// Turns an error status into `ClientError`, from the server's problem document when there is
/// one, so that the calls only deal with success.
struct ProblemResponses: ClientMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        let status = response.status.code
        guard status >= 400, operationID != "getReadiness" else { return (response, responseBody) }
        var problem: Components.Schemas.Problem?
        if let responseBody, let data = try? await Data(collecting: responseBody, upTo: 1 << 20) {
            problem = try? JSONDecoder().decode(Components.Schemas.Problem.self, from: data)
        }
        if let problem { throw ClientError(problem) }
        throw ClientError.problem(status: status, title: response.status.reasonPhrase, detail: nil, fields: [])
    }
}

/// Client-side failures, in words a user can act on, each with its exit status.
public enum ClientError: Error, CustomStringConvertible {
    case unreachable(URL, underlying: String)
    case unexpectedStatus(Int)
    /// The server's problem document.
    case problem(status: Int, title: String, detail: String?, fields: [(field: String, reason: String)])
    case configuration(String)
    case usage(String)
    /// A name matched several records.
    case ambiguous(String, candidates: [String])
    case notFound(String)
    /// An answer this client does not understand.
    case unexpected(String)

    public var description: String {
        switch self {
        case .unreachable(let url, _):
            return "cannot reach the Liaison server at \(url.absoluteString); check --server or LIAISON_SERVER and that liaisond is running"
        case .unexpectedStatus(let code):
            return "the server answered with an unexpected HTTP status \(code)"
        case .problem(let status, let title, let detail, let fields):
            var text = detail ?? title
            if !fields.isEmpty {
                text = fields.map { $0.field.isEmpty ? $0.reason : "\($0.field): \($0.reason)" }.joined(separator: "; ")
            }
            switch status {
            case 401: return "not logged in or the token is no longer valid (\(text)); run `liaison auth login`"
            case 403: return "not allowed: \(text)"
            case 412: return "\(text) (someone changed it meanwhile; nothing of yours was saved)"
            default: return text
            }
        case .configuration(let text), .usage(let text): return text
        case .ambiguous(let name, let candidates):
            return "'\(name)' matches several records; use one of these ids or a fuller name:\n"
                + candidates.map { "  " + $0 }.joined(separator: "\n")
        case .notFound(let text), .unexpected(let text): return text
        }
    }

    /// Documented exit statuses: 2 usage, 3 authentication, 4 not found, 5 conflict, 6 unreachable.
    public var exitCode: Int32 {
        switch self {
        case .usage, .ambiguous, .configuration: return 2
        case .unreachable: return 6
        case .notFound: return 4
        case .problem(let status, _, _, _):
            switch status {
            case 401, 403: return 3
            case 404: return 4
            case 409, 412, 428: return 5
            case 400, 415, 422: return 2
            default: return 1
            }
        case .unexpectedStatus, .unexpected: return 1
        }
    }

    /// The server refused a new person or organisation as a likely duplicate (409 with candidates).
    public var isPossibleDuplicate: Bool {
        if case .problem(409, "Possible duplicate", _, _) = self { return true }
        return false
    }

    /// The server could not do it now but may later (its database or a proxy in front of it is
    /// down): what was typed belongs in the outbox, as when the server cannot be reached.
    public var isTransient: Bool {
        switch self {
        case .unreachable: return true
        case .problem(let status, _, _, _): return [408, 502, 503, 504].contains(status)
        default: return false
        }
    }
}

extension ClientError {
    init(_ problem: Components.Schemas.Problem) {
        self = .problem(
            status: problem.status, title: problem.title, detail: problem.detail,
            fields: (problem.errors ?? []).map { ($0.field, $0.reason) })
    }
}
