import LiaisonPostgres

/// The state the summary reads (stances, first meetings, organisations met, follow-ups' days) is
/// worked out after the writes that change it commit, not in them: a write notes what it
/// touched, in its own transaction, and `refresh` works the notes out (`refresh_kept_state`,
/// migration 0019). liaisond refreshes in the background as writes commit, and a summary
/// refreshes, waiting for any refresh under way, before it reads.
public enum KeptState {
    /// What one refresh did: how many notes it took, and whether more were waiting than one
    /// refresh takes. `nil` when it did not wait and another refresh was under way.
    public struct Refresh: Sendable, Equatable {
        public var taken: Int
        public var more: Bool
    }

    /// One refresh, in its own transaction (so run it on a connection outside one): at most
    /// `most` notes of each kind. With `wait`, it waits for a refresh under way and then sees
    /// what that one worked out; without, it returns `nil` at once when one is under way.
    public static func refresh(wait: Bool, most: Int = 500, on connection: PostgresConnection) async throws -> Refresh? {
        let rows = try await connection.query("SELECT taken, more FROM refresh_kept_state($1, $2::integer)", [wait, most])
        return try rows.first.map { Refresh(taken: try $0.decode(Int.self, at: 0), more: try $0.decode(Bool.self, at: 1)) }
    }

    /// Refreshes until every note committed before the call is worked out: each refresh takes
    /// at most `most` of each kind, in a transaction of its own, so a backlog goes in steps.
    /// Returns how many notes were taken.
    @discardableResult
    public static func catchUp(most: Int = 500, on connection: PostgresConnection) async throws -> Int {
        var taken = 0
        while let refresh = try await refresh(wait: true, most: most, on: connection) {
            taken += refresh.taken
            if !refresh.more { break }
        }
        return taken
    }

    /// How many notes wait to be worked out.
    public static func pending(on connection: PostgresConnection) async throws -> Int {
        try await connection.query("SELECT kept_state_pending()").first?.decode(Int.self, at: 0) ?? 0
    }
}
