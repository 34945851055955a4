import LiaisonDomain
import LiaisonPostgres

/// Remembers the responses to creates sent with an `Idempotency-Key`, per user: one user's key
/// never answers another's request.
///
/// Within the create's own transaction: `claim` inserts the key first (a concurrent request
/// with the same key waits on it until this transaction ends), the create runs, and `record`
/// stores the response. A rolled-back create leaves no key behind, so the retry runs afresh.
public enum IdempotencyStore {
    public enum Claim: Sendable, Equatable {
        /// First use of the key: go ahead and create.
        case new
        /// The key was used for this same request: answer with the stored response.
        case replay(status: Int, response: String)
        /// The key was used for a different request.
        case mismatch
    }

    public static func claim(scope: String, key: String, request: String, on connection: PostgresConnection) async throws -> Claim {
        let trimmed = key.trimmed
        guard !trimmed.isEmpty, trimmed.unicodeScalars.count <= 200 else {
            throw DomainError.invalid([FieldProblem(field: "Idempotency-Key", reason: "must be 1 to 200 characters")])
        }
        let inserted = try await connection.query(
            """
            INSERT INTO idempotency_keys (scope, user_id, key, request, response_status, response)
            VALUES ($1, coalesce(request_user(), '00000000-0000-0000-0000-000000000000'), $2, $3, 0, '')
            ON CONFLICT (scope, user_id, key) DO NOTHING RETURNING 1
            """, [scope, trimmed, request])
        if !inserted.isEmpty { return .new }
        let rows = try await connection.query(
            """
            SELECT request, response_status, response FROM idempotency_keys
            WHERE scope = $1 AND key = $2 AND user_id = coalesce(request_user(), '00000000-0000-0000-0000-000000000000')
            """,
            [scope, trimmed])
        guard let row = rows.first else { return .new }
        guard try row.decode(String.self, at: 0) == request else { return .mismatch }
        return .replay(status: try row.decode(Int.self, at: 1), response: try row.decode(String.self, at: 2))
    }

    /// Stores the response; it goes out with the transaction's `COMMIT`, in its round trip.
    public static func record(scope: String, key: String, status: Int, response: String, on connection: PostgresConnection) {
        connection.sendWithNext(
            """
            UPDATE idempotency_keys SET response_status = $3, response = $4
            WHERE scope = $1 AND key = $2 AND user_id = coalesce(request_user(), '00000000-0000-0000-0000-000000000000')
            """,
            [scope, key.trimmed, status, response])
    }
}
