import Logging

/// One schema migration: a numbered SQL file from `sql/`.
public struct Migration: Sendable, Equatable {
    public var version: Int
    public var name: String
    public var sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// Reads `0001_description.sql`-style file names; nil for any other name.
    public init?(fileName: String, sql: String) {
        guard fileName.hasSuffix(".sql") else { return nil }
        let digits = fileName.prefix(while: \.isNumber)
        guard !digits.isEmpty, let version = Int(digits), version > 0 else { return nil }
        self.init(version: version, name: fileName, sql: sql)
    }
}

/// What went wrong while migrating, in words an operator can act on.
public enum MigrationError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Two files share a version number.
    case duplicateVersion(Int)
    /// The database has a migration this binary does not know: it is newer than the binary.
    case databaseIsNewer(databaseVersion: Int, binaryVersion: Int)
    /// A file that was applied earlier has since changed.
    case changedAfterApplying(version: Int, name: String)
    /// A file failed to apply; it was rolled back.
    case failed(version: Int, name: String, message: String)

    public var description: String {
        switch self {
        case .duplicateVersion(let version):
            return "two migration files have version \(version)"
        case .databaseIsNewer(let database, let binary):
            return "the database schema is at version \(database) but this liaisond knows only up to "
                + "\(binary); upgrade liaisond rather than run an older one against this database"
        case .changedAfterApplying(let version, let name):
            return "migration \(name) (version \(version)) has changed since it was applied to this "
                + "database; applied migrations must never be edited, add a new one instead"
        case .failed(_, let name, let message):
            return "migration \(name) failed and was rolled back: \(message)"
        }
    }
}

/// Applies numbered migrations, each once, each in its own transaction.
///
/// Every applied file is recorded in `schema_migrations` with a SHA-256 checksum of its text.
/// A session advisory lock serialises migrators, so several servers can start at once against
/// one database: the first applies what is pending, the others then find nothing to do.
public struct Migrator: Sendable {
    public let migrations: [Migration]
    let logger: Logger

    /// The advisory lock key that serialises migrators (an arbitrary fixed number).
    static let lockKey: Int64 = 0x4C49_4149_534F_4E01

    public init(migrations: [Migration], logger: Logger = Logger(label: "liaison.migrate")) throws {
        var seen = Set<Int>()
        for migration in migrations where !seen.insert(migration.version).inserted {
            throw MigrationError.duplicateVersion(migration.version)
        }
        self.migrations = migrations.sorted { $0.version < $1.version }
        self.logger = logger
    }

    /// The version of the newest migration this binary carries.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Where the database stands against this binary's migrations.
    public struct Status: Sendable, Equatable {
        public var appliedVersions: [Int]
        public var pending: [Int]
        public var isCurrent: Bool { pending.isEmpty }
    }

    /// Applies every pending migration and returns the ones it applied.
    @discardableResult
    public func migrate(_ pool: ConnectionPool) async throws -> [Migration] {
        try await pool.withConnection { connection in
            try await connection.executeUncancellable("SELECT pg_advisory_lock($1)", [Self.lockKey])
            do {
                let applied = try await applyPending(connection)
                try await connection.executeUncancellable("SELECT pg_advisory_unlock($1)", [Self.lockKey])
                return applied
            } catch {
                // A lock left on a pooled connection would block every later migrator.
                if connection.isOpen {
                    do {
                        try await connection.executeUncancellable(
                            "SELECT pg_advisory_unlock($1)", [Self.lockKey])
                    } catch {
                        connection.closeNow()
                    }
                }
                throw error
            }
        }
    }

    /// Reads the applied versions and checks them against this binary, without changing anything.
    public func status(_ pool: ConnectionPool) async throws -> Status {
        try await pool.withConnection { connection in
            let exists = try await connection.query("SELECT to_regclass('schema_migrations') IS NOT NULL")
            guard try exists[0].decode(Bool.self, at: 0) else {
                return Status(appliedVersions: [], pending: migrations.map(\.version))
            }
            let applied = try await verifyApplied(connection)
            return Status(
                appliedVersions: applied.sorted(),
                pending: migrations.map(\.version).filter { !applied.contains($0) })
        }
    }

    private func applyPending(_ connection: PostgresConnection) async throws -> [Migration] {
        try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """)
        let applied = try await verifyApplied(connection)
        var done: [Migration] = []
        for migration in migrations where !applied.contains(migration.version) {
            logger.info("applying migration", metadata: ["migration": "\(migration.name)"])
            do {
                try await connection.withTransaction { connection in
                    // The version row goes first, so that a migrator that somehow got past the
                    // lock clashes on the primary key instead of applying the file twice.
                    try await connection.query(
                        """
                        INSERT INTO schema_migrations (version, name, checksum)
                        VALUES ($1, $2, encode(sha256(convert_to($3, 'UTF8')), 'hex'))
                        """, [migration.version, migration.name, migration.sql])
                    try await connection.executeScript(migration.sql)
                }
            } catch let error as PostgresError where error.kind == .server {
                throw MigrationError.failed(
                    version: migration.version, name: migration.name, message: error.description)
            }
            done.append(migration)
        }
        return done
    }

    /// The versions applied so far, after checking that none is unknown or changed.
    private func verifyApplied(_ connection: PostgresConnection) async throws -> Set<Int> {
        let rows = try await connection.query("SELECT version, name, checksum FROM schema_migrations ORDER BY version")
        var applied = Set<Int>()
        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        for row in rows {
            let version = try row.decode(Int.self, at: 0)
            let checksum = try row.decode(String.self, at: 2)
            guard let migration = known[version] else {
                throw MigrationError.databaseIsNewer(
                    databaseVersion: try rows.map { try $0.decode(Int.self, at: 0) }.max() ?? version,
                    binaryVersion: latestVersion)
            }
            let current = try await connection.query(
                "SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex')", [migration.sql])
            guard try current[0].decode(String.self, at: 0) == checksum else {
                throw MigrationError.changedAfterApplying(version: version, name: migration.name)
            }
            applied.insert(version)
        }
        return applied
    }
}
