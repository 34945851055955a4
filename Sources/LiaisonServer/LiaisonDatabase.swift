import LiaisonPostgres
import Logging
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
    /// Where tokens' last use is stamped, outside the requests.
    let tokenStamps: TokenStamps
    /// Works out the summary's kept state in the background after writes commit, on a pool of
    /// its own; without one (tests), summaries still work out what is left before they read.
    let keptState: KeptStateRefresher?

    public init(
        pool: ConnectionPool, replica: ReadReplica? = nil, migrator: Migrator = Schema.migrator(),
        passwords: PasswordHasher = PasswordHasher(), loginThrottle: LoginThrottle = LoginThrottle(),
        keptStatePool: ConnectionPool? = nil, logger: Logger = Logger(label: "liaisond")
    ) {
        self.pool = pool
        self.replica = replica
        self.migrator = migrator
        self.passwords = passwords
        self.loginThrottle = loginThrottle
        self.tokenStamps = TokenStamps(pool: pool)
        self.keptState = keptStatePool.map { KeptStateRefresher(pool: $0, logger: logger) }
    }

    /// Requests' database work: on the pool, lists and search on the replica when there is one.
    var requests: RequestDatabase { RequestDatabase(pool: pool, replica: replica, stamps: tokenStamps, keptState: keptState) }

    /// The database role requests run as: not a superuser, not the tables' owner, no BYPASSRLS.
    public static let requestRole = "liaison_app"

    /// How request connections (primary and replica) reach the database: as `configuration`
    /// says, with PostgreSQL's JIT compilation off unless it sets `options` itself. A request's
    /// statements run for milliseconds, but at a million meetings the planner's estimates for
    /// the summary's reads pass the JIT threshold, and compiling them took 1.5 s of the 1.8 s
    /// that finding when each organisation was last met took.
    ///
    /// Over TCP, a server that stops answering is noticed: connecting gives up after 10 s, and
    /// keepalives and `tcp_user_timeout` end a connection whose peer has gone silent within a
    /// minute, rather than leaving a request waiting on it for the kernel's fifteen. Each of
    /// these too yields to the configuration's own.
    public static func requestConnection(_ configuration: ConnectionConfiguration) -> ConnectionConfiguration {
        ownerConnection(configuration.defaulting("options", "-c jit=off"))
    }

    /// How the owner's connections (migrations, the start-up work, backups, exports and imports)
    /// reach the database: with the same TCP protections as requests, but no statement limits
    /// (a migration may run for minutes) and the planner's own JIT choice.
    public static func ownerConnection(_ configuration: ConnectionConfiguration) -> ConnectionConfiguration {
        var connection = configuration
        for (keyword, value) in tcpProtections { connection = connection.defaulting(keyword, value) }
        return connection
    }

    /// libpq's settings for noticing a silent server (they do not apply over a unix socket).
    static let tcpProtections = [
        ("connect_timeout", "10"), ("keepalives", "1"), ("keepalives_idle", "30"), ("keepalives_interval", "10"),
        ("keepalives_count", "3"), ("tcp_user_timeout", "60000"),
    ]

    /// The limits each request connection runs under: a statement that runs longer than
    /// `statementTimeout` is stopped, and a session left idle inside a transaction for longer
    /// than `idleInTransactionTimeout` is ended by the server, releasing its locks.
    public struct Limits: Sendable, Equatable {
        public var statementTimeout: Duration
        public var idleInTransactionTimeout: Duration

        public init(statementTimeout: Duration = .seconds(30), idleInTransactionTimeout: Duration = .seconds(60)) {
            self.statementTimeout = statementTimeout
            self.idleInTransactionTimeout = idleInTransactionTimeout
        }

        /// As PostgreSQL's session settings, in milliseconds.
        public var sessionSettings: [(name: String, value: String)] {
            func milliseconds(_ duration: Duration) -> String {
                String(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
            }
            return [("statement_timeout", milliseconds(statementTimeout)),
                    ("idle_in_transaction_session_timeout", milliseconds(idleInTransactionTimeout))]
        }
    }
}

extension LiaisonDatabase {
    /// The schema version this build expects: its newest migration.
    public static var expectedSchemaVersion: Int { Schema.migrations.last?.version ?? 0 }
}
