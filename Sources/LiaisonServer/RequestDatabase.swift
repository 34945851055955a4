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
    /// Where lists, search and summaries are read when there is a replica.
    var replica: ReadReplica? = nil

    /// A read-only transaction over one snapshot, on the primary: what a request reads before
    /// writing, or right after, must be current.
    func read<T: Sendable>(_ body: @escaping (PostgresConnection) async throws -> T) async throws -> T {
        try await Self.read(on: pool, body)
    }

    /// A read-only transaction over one snapshot for work that may trail the latest writes by
    /// the replication delay (lists, search, summaries): on the read replica when there is one
    /// and it answers, otherwise on the primary.
    func browse<T: Sendable>(_ body: @escaping (PostgresConnection) async throws -> T) async throws -> T {
        if let replica, replica.isAvailable {
            do {
                let value = try await Self.read(on: replica.pool, body)
                replica.answered()
                return value
            } catch let error as PostgresError {
                guard let fault = ReadReplica.fault(error) else { throw error }
                replica.failed(error, fault)
            }
        }
        return try await read(body)
    }

    private static func read<T: Sendable>(
        on pool: ConnectionPool, _ body: @escaping (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await pool.withConnection { connection in
            try await connection.withTransaction(.readOnlySnapshot) { connection in
                identify(connection)
                return try await body(connection)
            }
        }
    }

    /// A read-write transaction.
    func write<T: Sendable>(_ body: @escaping (PostgresConnection) async throws -> T) async throws -> T {
        try await pool.withTransaction { connection in
            Self.identify(connection)
            return try await body(connection)
        }
    }

    /// Tells PostgreSQL who is asking, for this transaction only. Without a user nothing classified is visible.
    /// Sent with the transaction's first statement, in its round trip.
    static func identify(_ connection: PostgresConnection) {
        let user = CurrentUser.value
        connection.sendWithNext(
            "SELECT set_config('liaison.user_id', $1, true), set_config('liaison.clearance', $2, true)",
            [user?.id.uuidString.lowercased() ?? "", user?.clearance.rawValue ?? ""])
    }
}
