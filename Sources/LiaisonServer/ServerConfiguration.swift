import Foundation
import LiaisonPostgres
import Logging

/// Everything `liaisond` needs to know to run, resolved from flags, then the environment, then defaults.
public struct ServerConfiguration: Sendable {
    /// Where the data lives.
    public enum Database: Sendable, Equatable {
        /// A private cluster in a data directory, started and stopped by liaisond.
        case embedded(EmbeddedCluster.Configuration)
        /// A PostgreSQL server run by someone else: the shared, multi-user deployment.
        case external(ConnectionConfiguration)
    }

    public var host: String
    public var port: Int
    public var database: Database
    /// A read-only standby of `database` for lists, search and summaries (see `ReadReplica`).
    public var replica: ConnectionConfiguration?
    public var poolSize: Int
    /// How long a request's statement may run, and its transaction sit idle (see `LiaisonDatabase.Limits`).
    public var limits: LiaisonDatabase.Limits
    /// Idle connections and body sizes the HTTP server allows (see `HTTPLimits`).
    public var http: HTTPLimits
    public var logLevel: Logger.Level
    public var logFormat: LogFormat
    /// Load the demo data set at start when the database is empty.
    public var loadDemo: Bool

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: Database, replica: ConnectionConfiguration? = nil, poolSize: Int = 10,
        limits: LiaisonDatabase.Limits = .init(), http: HTTPLimits = .init(), logLevel: Logger.Level = .info, logFormat: LogFormat = .text,
        loadDemo: Bool = false
    ) {
        self.limits = limits
        self.http = http
        self.loadDemo = loadDemo
        self.host = host
        self.port = port
        self.database = database
        self.replica = replica
        self.poolSize = poolSize
        self.logLevel = logLevel
        self.logFormat = logFormat
    }

    /// Chooses the database: an explicit URL, else an explicit data directory, else libpq's PG*
    /// variables when any names a server, else the embedded cluster in the default data directory.
    public static func database(
        url: String?, dataDirectory: String?, postgresUser: String?, postgresPort: Int?,
        environment: [String: String]
    ) -> Database {
        if let url = url ?? environment["LIAISON_DATABASE_URL"], !url.isEmpty {
            return .external(.url(url))
        }
        let embedded = { (directory: String) -> Database in
            .embedded(
                EmbeddedCluster.Configuration(
                    dataDirectory: directory, tcpPort: postgresPort,
                    unprivilegedUser: postgresUser ?? environment["LIAISON_POSTGRES_USER"] ?? "postgres"))
        }
        if let directory = dataDirectory ?? environment["LIAISON_DATA_DIR"], !directory.isEmpty {
            return embedded(directory)
        }
        let libpqVariables = ["PGHOST", "PGHOSTADDR", "PGDATABASE", "PGSERVICE", "PGPORT"]
        if libpqVariables.contains(where: { !(environment[$0] ?? "").isEmpty }) {
            return .external(.libpqDefaults)
        }
        return embedded(defaultDataDirectory(environment: environment))
    }

    /// `/var/lib/liaison` for root (whose home the PostgreSQL account cannot enter); otherwise
    /// `$XDG_DATA_HOME/liaison`, falling back to `~/.local/share/liaison`.
    public static func defaultDataDirectory(environment: [String: String]) -> String {
        if geteuid() == 0 { return "/var/lib/liaison" }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/liaison" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/liaison"
    }
}

/// How log lines are written.
public enum LogFormat: String, Sendable, CaseIterable {
    /// One human-readable line per event.
    case text
    /// One JSON object per line, for log collectors.
    case json
}
