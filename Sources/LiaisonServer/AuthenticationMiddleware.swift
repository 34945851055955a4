import Foundation
import Hummingbird
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore

/// Who may call what. Everything under /v1 needs a bearer token except logging in; viewers
/// read, officers also create and edit, admins also manage accounts and read the audit trail.
/// Each user manages their own tokens.
enum AccessRule {
    /// The paths open to anyone; everything else needs a token.
    static let open: Set<String> = ["/healthz", "/readyz", "/openapi.yaml", "/metrics", "/v1/auth/login"]

    /// The path as the router resolves it: without empty segments (`//v1//users` is `/v1/users`).
    static func normalized(_ path: String) -> String {
        "/" + path.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
    }

    /// The least role a request needs; nil when it needs no authentication at all.
    static func requiredRole(method: HTTPRequest.Method, path rawPath: String) -> Role? {
        let path = normalized(rawPath)
        if open.contains(path) { return nil }
        if path.hasPrefix("/v1/users") || path.hasPrefix("/v1/audit") { return .admin }
        if path == "/v1/auth/me" || path.hasPrefix("/v1/tokens") { return .viewer }
        return method == .get || method == .head ? .viewer : .officer
    }
}

/// Authenticates `Authorization: Bearer` tokens and enforces `AccessRule`: 401 for a missing,
/// unknown, revoked or expired token (or a disabled account), 403 for a role that is too low.
///
/// The token is not looked up here: the request's first transaction checks it, in the round
/// trip of its first statement (see `RequestDatabase`), so that a request takes one connection
/// from the pool and no round trip of its own for it. A request that opened no transaction (an
/// answer made without the database, or an error found before it) has its token checked before
/// that answer goes out, and a refused token's 401 or 403 replaces it.
struct AuthenticationMiddleware<Context: RemoteAddressRequestContext>: RouterMiddleware {
    let database: RequestDatabase

    func handle(_ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard let needed = AccessRule.requiredRole(method: request.method, path: request.uri.path) else {
            let address = context.remoteAddress?.ipAddress
            return try await ClientAddress.$value.withValue(address) { try await next(request, context) }
        }
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer "),
            case let token = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces), !token.isEmpty
        else { throw DomainError.unauthenticated }
        let identity = RequestIdentity(token: token, needing: needed)
        return try await RequestIdentity.$current.withValue(identity) {
            let response: Response
            do {
                response = try await next(request, context)
            } catch {
                if let refusal = identity.refusal { throw refusal }
                // Refused before any statement (a body that does not validate): the token's
                // refusal comes first. An error from the database or a cancellation is
                // answered as it is: nothing the request sent ran without its check, and a
                // second wait for the database would only delay that answer.
                if identity.unchecked != nil, !(error is PostgresError), !(error is CancellationError) {
                    do {
                        _ = try await database.user()
                    } catch let refusal as DomainError where identity.refusal != nil {
                        throw refusal
                    } catch {}
                }
                throw error
            }
            if let refusal = identity.refusal { throw refusal }
            if identity.unchecked != nil { _ = try await database.user() }
            return response
        }
    }
}
