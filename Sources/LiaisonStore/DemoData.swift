import LiaisonDomain
import LiaisonPostgres

/// The demo data set: real public institutions of Tajikistan in 2000, fictional people, and four
/// months of fictional meetings, positions and commitments (Sources/LiaisonStore/Demo/demo.sql).
public enum DemoData {
    static let script = EmbeddedFiles.all.first { $0.name == "demo.sql" }!.contents

    /// Loads the demo data into a migrated database that has no organisations, people or
    /// meetings yet; refuses otherwise, so that real records are never mixed with made-up ones.
    public static func load(_ pool: ConnectionPool) async throws {
        try await pool.withTransaction { connection in
            let rows = try await connection.query(
                "SELECT (SELECT count(*) FROM organizations) + (SELECT count(*) FROM people) + (SELECT count(*) FROM meetings)")
            guard try rows[0].decode(Int.self, at: 0) == 0 else {
                throw DomainError.conflict("the database already holds records; the demo data is only loaded into an empty one")
            }
            try await connection.executeScript(script)
            try await SearchStore.refresh(on: connection)
        }
    }
}
