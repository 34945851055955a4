import Foundation
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore
import Synchronization

/// Record versions as HTTP entity tags.
enum EntityTag {
    /// `"3"` for version 3.
    static func make(_ version: Int) -> String { "\"\(version)\"" }

    /// The versions an If-Match names: nil when it is absent or `*` (any version will do).
    /// Several tags may be listed (`"3", "4"`); a tag this server did not give out names no
    /// version, so the condition fails with 412 as HTTP prescribes.
    static func versions(ifMatch: String?) -> Set<Int>? {
        guard let header = ifMatch?.trimmingCharacters(in: .whitespaces), !header.isEmpty else { return nil }
        if header == "*" { return nil }
        var versions = Set<Int>()
        for tag in header.split(separator: ",") {
            var text = tag.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("W/") { text.removeFirst(2) }
            if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
            if let version = Int(text) { versions.insert(version) }
        }
        return versions
    }

    /// As `versions(ifMatch:)`, for updates, which must say what they are based on: 428 without If-Match.
    static func requiredVersions(ifMatch: String?) throws(DomainError) -> Set<Int>? {
        guard let header = ifMatch, !header.trimmingCharacters(in: .whitespaces).isEmpty else { throw .versionRequired }
        return versions(ifMatch: header)
    }
}

/// Runs a create at most once per `Idempotency-Key`.
struct Idempotency {
    let database: RequestDatabase

    /// Runs `create` in a transaction, unless the key was used before: then the first response
    /// comes back and nothing is created; a different request with the same key gets 422.
    ///
    /// The key's claim costs no round trip of its own: it goes out with the create's first
    /// read, which the token's check also carries. `authorize`, when given, runs as soon as that
    /// round trip is back (the user is known by then), before the create goes on or a stored
    /// response is replayed: a replay reads no table, so no policy would refuse it. Without a
    /// key it does not run: `create`'s own statements are checked by the policies. When the key
    /// was used before, the create's first round trip has run for nothing and is rolled back.
    func create<Request: Encodable, Response: Codable>(
        scope: String, key: String?, request: Request,
        authorize: (@Sendable (User) throws -> Void)? = nil,
        _ create: @escaping @Sendable (PostgresConnection) async throws -> Response
    ) async throws -> Response where Response: Sendable, Request: Sendable {
        guard let key else {
            return try await database.write { try await create($0) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let canonicalRequest = String(decoding: try encoder.encode(request), as: UTF8.self)
        do {
            return try await database.write { connection in
                let claimed = Claimed()
                try IdempotencyStore.queueClaim(scope: scope, key: key, request: canonicalRequest, on: connection) { claim in
                    claimed.value.withLock { $0 = true }
                    // The token's check went first: its user is known, unless it was refused,
                    // which the round trip then throws. Without a user, nothing is authorised.
                    if let authorize {
                        guard let user = RequestIdentity.current?.user else {
                            throw RequestIdentity.current?.refusal ?? DomainError.unauthenticated
                        }
                        try authorize(user)
                    }
                    if claim != .new { throw KeyUsed(claim: claim) }
                }
                let response = try await create(connection)
                // A create that made no round trip has not sent the claim yet: it must be
                // settled before the response is stored.
                if !claimed.value.withLock({ $0 }) { try await connection.sendQueuedNow() }
                let body = String(decoding: try encoder.encode(response), as: UTF8.self)
                IdempotencyStore.record(scope: scope, key: key, status: 201, response: body, on: connection)
                return response
            }
        } catch let used as KeyUsed {
            switch used.claim {
            case .replay(_, let body):
                let decoder = JSONDecoder()
                decoder.dateDecodingStrategy = .iso8601
                return try decoder.decode(Response.self, from: Data(body.utf8))
            case .new, .mismatch:
                throw DomainError.invalid([
                    FieldProblem(
                        field: "Idempotency-Key",
                        reason: "was already used for a different request; use a new key for a new record")
                ])
            }
        }
    }

    /// The key was claimed before: what was stored for it.
    private struct KeyUsed: Error {
        var claim: IdempotencyStore.Claim
    }

    /// Whether the claim's round trip is back.
    private final class Claimed: Sendable {
        let value = Mutex(false)
    }
}
