import LiaisonPostgres
import Logging

/// Liaison's database schema: the numbered migrations in `sql/`, built into the binary.
public enum Schema {
    /// Every migration this binary carries, in order.
    public static let migrations: [Migration] = EmbeddedFiles.all.compactMap {
        Migration(fileName: $0.name, sql: $0.contents)
    }

    /// A migrator for this binary's schema.
    public static func migrator(logger: Logger = Logger(label: "liaison.migrate")) -> Migrator {
        // File names are checked when the package is built and by the tests, so this cannot fail
        // for a binary that passed them.
        try! Migrator(migrations: migrations, logger: logger)
    }

    /// Applies pending migrations, then computes the search keys that are missing or were made
    /// under older rules (so that an upgrade of the name rules takes effect on start).
    @discardableResult
    public static func migrate(_ pool: ConnectionPool, logger: Logger = Logger(label: "liaison.migrate")) async throws -> [Migration] {
        let applied = try await migrator(logger: logger).migrate(pool)
        let refreshed = try await pool.withTransaction { try await SearchStore.refresh(on: $0) }
        if refreshed > 0 { logger.info("computed search keys", metadata: ["records": "\(refreshed)"]) }
        return applied
    }
}
