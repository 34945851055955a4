import LiaisonPostgres
import LiaisonStore

/// The server's handle on its database: the connection pool and the schema it expects.
public struct LiaisonDatabase: Sendable {
    public let pool: ConnectionPool
    public let migrator: Migrator

    public init(pool: ConnectionPool, migrator: Migrator = Schema.migrator()) {
        self.pool = pool
        self.migrator = migrator
    }
}

extension LiaisonDatabase {
    /// The schema version this build expects: its newest migration.
    public static var expectedSchemaVersion: Int { Schema.migrations.last?.version ?? 0 }
}
