@testable import LiaisonPostgres
import Testing
import TestSupport

/// A connection taken from a pool is its task's until it goes back (the compiler keeps it in
/// that task: see EndToEndTests' ConfinementTests); after that it is of no use to anyone.
@Suite("One connection, one task")
struct ConfinementTests {
    @Test func aConnectionKeptPastItsCheckoutRefusesWorkAndLeavesTheNextUserAlone() async throws {
        try await withTestPool(migrated: false) { pool in
            // One task can still hold on to the object after handing it back: it only throws.
            var kept: PostgresConnection?
            let first = try await pool.withConnection { connection in
                kept = connection
                return try await connection.query("SELECT pg_backend_pid()")[0].decode(Int.self, at: 0)
            }
            let stale = try #require(kept)
            #expect(!stale.isOpen)
            let error = await #expect(throws: PostgresError.self) { try await stale.query("SELECT 1") }
            #expect(error?.message.contains("went back to its pool") == true)
            // The session itself went to the next user, in the middle of nothing.
            try await pool.withConnection { connection in
                let backend = try await connection.query("SELECT pg_backend_pid()")[0].decode(Int.self, at: 0)
                #expect(backend == first)
                #expect(connection.isIdle)
            }
        }
    }
}
