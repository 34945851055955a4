import LiaisonDomain
import LiaisonPostgres
import LiaisonStore
import TestSupport
import Testing

@Suite("The demo data set")
struct DemoDataTests {
    @Test func loadsIntoAnEmptyDatabaseOnlyAndKeepsTheRegistersRules() async throws {
        try await withTestPool { pool in
            try await DemoData.load(pool)
            let counts = try await pool.query(
                "SELECT (SELECT count(*) FROM organizations), (SELECT count(*) FROM people), (SELECT count(*) FROM meetings), (SELECT count(*) FROM positions)")
            #expect(try counts[0].decode(Int.self, at: 0) >= 30)
            #expect(try counts[0].decode(Int.self, at: 1) >= 30)
            #expect(try counts[0].decode(Int.self, at: 2) >= 60)
            #expect(try counts[0].decode(Int.self, at: 3) >= 100)
            // Every position is a participant's, stated when its meeting began.
            let stray = try await pool.query(
                """
                SELECT count(*) FROM positions ps JOIN meetings m ON m.id = ps.meeting_id
                WHERE ps.stated_at <> m.starts_at
                   OR NOT EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp.meeting_id = ps.meeting_id AND mp.stakeholder_id = ps.stakeholder_id)
                """)
            #expect(try stray[0].decode(Int.self, at: 0) == 0)
            // The meetings span June to September 2000.
            let span = try await pool.query("SELECT min(starts_at)::date::text, max(starts_at)::date::text FROM meetings")
            #expect(try span[0].decode(String.self, at: 0) >= "2000-06-01")
            #expect(try span[0].decode(String.self, at: 1) <= "2000-09-30")
            // A second load would mix made-up records with whatever is there: refused.
            await #expect(throws: DomainError.self) { try await DemoData.load(pool) }
        }
    }
}
