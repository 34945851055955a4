import Foundation
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore

/// Record versions as HTTP entity tags.
enum EntityTag {
    /// `"3"` for version 3.
    static func make(_ version: Int) -> String { "\"\(version)\"" }

    /// The version an If-Match names: `"3"`, `W/"3"` or `3`. Nil when absent; 412 when unreadable
    /// (it cannot match any version).
    static func version(ifMatch: String?) throws(DomainError) -> Int? {
        guard var text = ifMatch?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if text.hasPrefix("W/") { text.removeFirst(2) }
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
        guard let version = Int(text) else {
            throw .invalid([FieldProblem(field: "If-Match", reason: "'\(ifMatch ?? "")' is not an ETag this server gave out")])
        }
        return version
    }

    /// As `version(ifMatch:)`, for updates, which must name a version.
    static func requiredVersion(ifMatch: String?) throws(DomainError) -> Int {
        guard let version = try version(ifMatch: ifMatch) else { throw .versionRequired }
        return version
    }
}

/// Runs a create at most once per `Idempotency-Key`.
struct Idempotency {
    let pool: ConnectionPool

    /// Runs `create` in a transaction, unless the key was used before: then the first response
    /// comes back (`replayed` true) and nothing is created; a different request with the same
    /// key gets 422.
    func create<Request: Encodable, Response: Codable>(
        scope: String, key: String?, request: Request,
        _ create: @escaping (PostgresConnection) async throws -> Response
    ) async throws -> (response: Response, replayed: Bool) {
        guard let key else {
            return (try await pool.withTransaction { try await create($0) }, false)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let canonicalRequest = String(decoding: try encoder.encode(request), as: UTF8.self)
        return try await pool.withTransaction { connection in
            switch try await IdempotencyStore.claim(scope: scope, key: key, request: canonicalRequest, on: connection) {
            case .new:
                let response = try await create(connection)
                let body = String(decoding: try encoder.encode(response), as: UTF8.self)
                try await IdempotencyStore.record(scope: scope, key: key, status: 201, response: body, on: connection)
                return (response, false)
            case .replay(_, let body):
                let decoder = JSONDecoder()
                decoder.dateDecodingStrategy = .iso8601
                return (try decoder.decode(Response.self, from: Data(body.utf8)), true)
            case .mismatch:
                throw DomainError.invalid([
                    FieldProblem(
                        field: "Idempotency-Key",
                        reason: "was already used for a different request; use a new key for a new record")
                ])
            }
        }
    }
}
