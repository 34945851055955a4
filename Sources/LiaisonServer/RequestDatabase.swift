import Foundation
import LiaisonDomain
import LiaisonPostgres

/// The authenticated user of the request being served.
enum CurrentUser {
    @TaskLocal static var value: User?
}

/// Database work on behalf of a request: each transaction carries the request's user and
/// clearance (`liaison.user_id`, `liaison.clearance`), which the row-level security policies and
/// the audit trail read. The pool's connections run as the `liaison_app` role.
struct RequestDatabase: Sendable {
    let pool: ConnectionPool

    /// A read-only transaction over one snapshot.
    func read<T: Sendable>(_ body: @escaping (PostgresConnection) async throws -> T) async throws -> T {
        try await pool.withConnection { connection in
            try await connection.withTransaction(.readOnlySnapshot) { connection in
                try await Self.identify(connection)
                return try await body(connection)
            }
        }
    }

    /// A read-write transaction.
    func write<T: Sendable>(_ body: @escaping (PostgresConnection) async throws -> T) async throws -> T {
        try await pool.withTransaction { connection in
            try await Self.identify(connection)
            return try await body(connection)
        }
    }

    /// Tells PostgreSQL who is asking, for this transaction only. Without a user nothing classified is visible.
    static func identify(_ connection: PostgresConnection) async throws {
        let user = CurrentUser.value
        try await connection.query(
            "SELECT set_config('liaison.user_id', $1, true), set_config('liaison.clearance', $2, true)",
            [user?.id.uuidString.lowercased() ?? "", user?.clearance.rawValue ?? ""])
    }
}
