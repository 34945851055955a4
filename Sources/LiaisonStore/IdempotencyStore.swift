import LiaisonDomain
import LiaisonPostgres
import Synchronization

/// Remembers the responses to creates sent with an `Idempotency-Key`, per user: one user's key
/// never answers another's request.
///
/// Within the create's own transaction: `queueClaim` inserts the key first (a concurrent
/// request with the same key waits on it until this transaction ends), the create runs, and
/// `record` stores the response. A rolled-back create leaves no key behind, so the retry runs afresh.
public enum IdempotencyStore {
    public enum Claim: Sendable, Equatable {
        /// First use of the key: go ahead and create.
        case new
        /// The key was used for this same request: answer with the stored response.
        case replay(status: Int, response: String)
        /// The key was used for a different request.
        case mismatch
    }

    /// Queues the claim of `key` to go out with the next statement, which is then the create's
    /// own first read, in its round trip: the key's row inserted unless it exists (waiting for a
    /// concurrent request with the same key to end), then read. `then`
    /// takes the claim once that round trip is back, before the statement that carried it
    /// returns; what it throws, that statement throws. Statements that went out after the claim
    /// have run: a caller that finds the key already used must roll the transaction back.
    public static func queueClaim(
        scope: String, key: String, request: String, on connection: PostgresConnection,
        then: @escaping @Sendable (Claim) throws -> Void
    ) throws {
        let trimmed = try validated(key)
        let inserted = Inserted()
        connection.sendWithNext(
            """
            INSERT INTO idempotency_keys (scope, user_id, key, request, response_status, response)
            VALUES ($1, coalesce(request_user(), '00000000-0000-0000-0000-000000000000'), $2, $3, 0, '')
            ON CONFLICT (scope, user_id, key) DO NOTHING RETURNING 1
            """, [scope, trimmed, request],
            then: { rows in inserted.value.withLock { $0 = !rows.isEmpty } })
        // A statement of its own, so that its snapshot sees a row that a concurrent request
        // committed while the insert waited for it.
        connection.sendWithNext(
            """
            SELECT request, response_status, response FROM idempotency_keys
            WHERE scope = $1 AND key = $2 AND user_id = coalesce(request_user(), '00000000-0000-0000-0000-000000000000')
            """, [scope, trimmed],
            then: { rows in
                guard !inserted.value.withLock({ $0 }), let row = rows.first else { return try then(.new) }
                guard try row.decode(String.self, at: 0) == request else { return try then(.mismatch) }
                try then(.replay(status: try row.decode(Int.self, at: 1), response: try row.decode(String.self, at: 2)))
            })
    }

    /// Whether a queued claim's insert took the key.
    private final class Inserted: Sendable {
        let value = Mutex(false)
    }

    /// The key, trimmed, or the problem with it.
    private static func validated(_ key: String) throws -> String {
        let trimmed = key.trimmed
        guard !trimmed.isEmpty, trimmed.unicodeScalars.count <= 200 else {
            throw DomainError.invalid([FieldProblem(field: "Idempotency-Key", reason: "must be 1 to 200 characters")])
        }
        return trimmed
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
