import LiaisonPostgres
import LiaisonStore

/// The server's handle on its database: the connection pool requests use (its connections run
/// as the `liaison_app` role, see `LiaisonDatabase.requestRole`), the schema it expects, and the
/// password hasher.
public struct LiaisonDatabase: Sendable {
    public let pool: ConnectionPool
    public let migrator: Migrator
    public let passwords: PasswordHasher
    /// A standby that lists, search and summaries are read from, when there is one.
    public let replica: ReadReplica?
    /// How failed logins slow down further attempts.
    public let loginThrottle: LoginThrottle

    public init(
        pool: ConnectionPool, replica: ReadReplica? = nil, migrator: Migrator = Schema.migrator(),
        passwords: PasswordHasher = PasswordHasher(), loginThrottle: LoginThrottle = LoginThrottle()
    ) {
        self.pool = pool
        self.replica = replica
        self.migrator = migrator
        self.passwords = passwords
        self.loginThrottle = loginThrottle
    }

    /// The database role requests run as: not a superuser, not the tables' owner, no BYPASSRLS.
    public static let requestRole = "liaison_app"

    /// How request connections (primary and replica) reach the database: as `configuration`
    /// says, with PostgreSQL's JIT compilation off unless it sets `options` itself. A request's
    /// statements run for milliseconds, but at a million meetings the planner's estimates for
    /// the summary's reads pass the JIT threshold, and compiling them took 1.5 s of the 1.8 s
    /// that finding when each organisation was last met took.
    public static func requestConnection(_ configuration: ConnectionConfiguration) -> ConnectionConfiguration {
        configuration.defaulting("options", "-c jit=off")
    }
}

extension LiaisonDatabase {
    /// The schema version this build expects: its newest migration.
    public static var expectedSchemaVersion: Int { Schema.migrations.last?.version ?? 0 }
}
