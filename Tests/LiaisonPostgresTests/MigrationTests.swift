import LiaisonPostgres
import LiaisonStore
import TestSupport
import Testing

@Suite("Migrations")
struct MigrationTests {
    static let first = Migration(version: 1, name: "0001_people.sql", sql: "CREATE TABLE people (name text);")
    static let second = Migration(
        version: 2, name: "0002_orgs.sql",
        sql: "CREATE TABLE orgs (name text);\nINSERT INTO orgs VALUES ('Ministry of Justice');")

    func appliedVersions(_ pool: ConnectionPool) async throws -> [Int] {
        try await pool.query("SELECT version FROM schema_migrations ORDER BY version").map { try $0.decode(Int.self, at: 0) }
    }

    @Test func theRealSchemaGoesFromEmptyToLatestAndASecondRunChangesNothing() async throws {
        try await withTestPool(migrated: false) { pool in
            let migrator = Schema.migrator()
            #expect(!Schema.migrations.isEmpty)
            #expect(try await migrator.status(pool).isCurrent == false)
            let applied = try await migrator.migrate(pool)
            #expect(applied.map(\.version) == Schema.migrations.map(\.version))
            #expect(try await appliedVersions(pool) == Schema.migrations.map(\.version))
            #expect(try await migrator.status(pool).isCurrent)
            let extensions = try await pool.query("SELECT count(*) FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent', 'citext', 'btree_gist')")
            #expect(try extensions[0].decode(Int.self, at: 0) == 4)

            let recordedBefore = try await pool.query("SELECT version, checksum, applied_at FROM schema_migrations ORDER BY version")
            #expect(try await migrator.migrate(pool).isEmpty)
            let recordedAfter = try await pool.query("SELECT version, checksum, applied_at FROM schema_migrations ORDER BY version")
            func texts(_ rows: PostgresRows) throws -> [[String?]] { try rows.map { row in try (0..<3).map { try row.decode(String?.self, at: $0) } } }
            let before = try texts(recordedBefore), after = try texts(recordedAfter)
            #expect(before == after)
        }
    }

    @Test func migrationFileNamesAreNumberedAndUnique() throws {
        #expect(Migration(fileName: "0003_affiliations.sql", sql: "")?.version == 3)
        #expect(Migration(fileName: "README.md", sql: "") == nil)
        #expect(Migration(fileName: "people.sql", sql: "") == nil)
        #expect(throws: MigrationError.duplicateVersion(1)) {
            try Migrator(migrations: [Self.first, Migration(version: 1, name: "0001_again.sql", sql: "")])
        }
        // The files shipped in sql/ are all picked up.
        #expect(Schema.migrations.allSatisfy { $0.name.hasSuffix(".sql") && $0.version > 0 })
    }

    @Test func twoConcurrentMigratorsApplyEachMigrationOnce() async throws {
        try await withTestDatabase(migrated: false) { database in
            let pools = (0..<4).map { _ in ConnectionPool(.init(connection: database.connection, maximumConnections: 1)) }
            let migrator = try Migrator(migrations: [Self.first, Self.second])
            let results = try await withThrowingTaskGroup(of: [Int].self) { group in
                for pool in pools { group.addTask { try await migrator.migrate(pool).map(\.version) } }
                var all: [[Int]] = []
                for try await result in group { all.append(result) }
                return all
            }
            // Exactly one migrator applied both; the rest found nothing to do.
            #expect(results.flatMap { $0 }.sorted() == [1, 2])
            #expect(try await appliedVersions(pools[0]) == [1, 2])
            let orgs = try await pools[0].query("SELECT count(*) FROM orgs")
            #expect(try orgs[0].decode(Int.self, at: 0) == 1)
            for pool in pools { await pool.shutdown() }
        }
    }

    @Test func aChangedMigrationIsRefused() async throws {
        try await withTestPool(migrated: false) { pool in
            try await Migrator(migrations: [Self.first]).migrate(pool)
            var edited = Self.first
            edited.sql += "\nALTER TABLE people ADD COLUMN title text;"
            let error = await #expect(throws: MigrationError.self) {
                try await Migrator(migrations: [edited, Self.second]).migrate(pool)
            }
            #expect(error == .changedAfterApplying(version: 1, name: "0001_people.sql"))
            // Nothing else was applied.
            #expect(try await appliedVersions(pool) == [1])
        }
    }

    @Test func aDatabaseNewerThanTheBinaryIsRefused() async throws {
        try await withTestPool(migrated: false) { pool in
            try await Migrator(migrations: [Self.first, Self.second]).migrate(pool)
            let older = try Migrator(migrations: [Self.first])
            let error = await #expect(throws: MigrationError.self) { try await older.migrate(pool) }
            #expect(error == .databaseIsNewer(databaseVersion: 2, binaryVersion: 1))
            await #expect(throws: MigrationError.self) { try await older.status(pool) }
        }
    }

    @Test func aFailingMigrationIsRolledBackAndNotRecorded() async throws {
        try await withTestPool(migrated: false) { pool in
            let broken = Migration(
                version: 2, name: "0002_broken.sql",
                sql: "CREATE TABLE half_done (x int);\nSELECT no_such_function();")
            let error = await #expect(throws: MigrationError.self) {
                try await Migrator(migrations: [Self.first, broken]).migrate(pool)
            }
            guard case .failed(let version, _, _) = error else {
                Issue.record("expected a failed migration, got \(String(describing: error))")
                return
            }
            #expect(version == 2)
            #expect(try await appliedVersions(pool) == [1])
            let table = try await pool.query("SELECT to_regclass('half_done') IS NULL")
            #expect(try table[0].decode(Bool.self, at: 0))
            // The advisory lock was released: another migrator can run straight away.
            #expect(try await Migrator(migrations: [Self.first, Self.second]).migrate(pool).map(\.version) == [2])
        }
    }
}
