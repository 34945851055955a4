import Hummingbird
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore
import Logging

/// Runs `liaisond`'s commands: opening the configured database (and the embedded cluster when
/// there is no other), migrating it, serving HTTP, and tidying up on the way out.
public enum ServerRunner {
    /// Why the server could not start, in words an operator can act on.
    public enum StartError: Error, CustomStringConvertible {
        case dataDirectoryBusy(String)
        case clusterNotRunning(String)

        public var description: String {
            switch self {
            case .dataDirectoryBusy(let directory):
                return "another liaisond is already serving the data directory \(directory); stop it first or choose another --data-dir"
            case .clusterNotRunning(let directory):
                return "a liaisond process holds \(directory) but its database is not running; try again once it has finished starting"
            }
        }
    }

    /// Opens the database, runs `body` with a pool, then closes the pool and, when this process
    /// started the embedded cluster, stops it.
    ///
    /// - Parameter exclusive: `true` for `serve`, which must own the embedded cluster (it waits a
    ///   little for a short command to finish, then gives up); `false` for short commands, which
    ///   use a cluster that a running server owns and otherwise start and stop it themselves.
    public static func withDatabase<T>(
        _ database: ServerConfiguration.Database, poolSize: Int = 4, exclusive: Bool, logger: Logger,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (ConnectionPool) async throws -> T
    ) async throws -> T {
        switch database {
        case .external(let connection):
            return try await withPool(connection, size: poolSize, logger: logger, body)
        case .embedded(let configuration):
            let cluster = EmbeddedCluster(configuration, logger: logger)
            let directory = cluster.configuration.dataDirectory
            let lock: DataDirectoryLock?
            if exclusive {
                lock = try await DataDirectoryLock.acquire(dataDirectory: directory, timeout: .seconds(30))
                if lock == nil { throw StartError.dataDirectoryBusy(directory) }
            } else {
                lock = try DataDirectoryLock.tryAcquire(dataDirectory: directory)
            }
            guard let lock else {
                // A server owns the cluster: use it as it is and leave it running.
                guard try await cluster.isRunning() else { throw StartError.clusterNotRunning(directory) }
                return try await withPool(cluster.connection, size: poolSize, logger: logger, body)
            }
            // We own the data directory: whatever postgres runs there now is ours to stop,
            // including one left behind by a process that crashed.
            try await cluster.start()
            do {
                let value = try await withPool(cluster.connection, size: poolSize, logger: logger, body)
                try await cluster.stop()
                withExtendedLifetime(lock) {}
                return value
            } catch {
                do { try await cluster.stop() } catch { logger.error("could not stop the embedded PostgreSQL: \(error)") }
                withExtendedLifetime(lock) {}
                throw error
            }
        }
    }

    private static func withPool<T>(
        _ connection: ConnectionConfiguration, size: Int, logger: Logger,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (ConnectionPool) async throws -> T
    ) async throws -> T {
        let pool = ConnectionPool(.init(connection: connection, maximumConnections: size), logger: logger)
        do {
            let value = try await body(pool)
            await pool.shutdown()
            return value
        } catch {
            await pool.shutdown()
            throw error
        }
    }

    /// Applies pending migrations and returns them.
    public static func migrate(_ database: ServerConfiguration.Database, logger: Logger) async throws -> [Migration] {
        try await withDatabase(database, poolSize: 1, exclusive: false, logger: logger) { pool in
            try await Schema.migrator(logger: logger).migrate(pool)
        }
    }

    /// Migrates and loads the demo data set into an empty database.
    public static func loadDemo(_ database: ServerConfiguration.Database, logger: Logger) async throws {
        try await withDatabase(database, poolSize: 1, exclusive: false, logger: logger) { pool in
            try await Schema.migrator(logger: logger).migrate(pool)
            try await DemoData.load(pool)
        }
    }

    /// Serves HTTP until SIGTERM or SIGINT, then lets in-flight requests finish, closes the
    /// database and stops the embedded cluster.
    public static func serve(_ configuration: ServerConfiguration, logger: Logger) async throws {
        try await withDatabase(
            configuration.database, poolSize: configuration.poolSize, exclusive: true, logger: logger
        ) { pool in
            let database = LiaisonDatabase(pool: pool, migrator: Schema.migrator(logger: logger))
            let applied = try await database.migrator.migrate(pool)
            if !applied.isEmpty {
                logger.info("database migrated", metadata: ["applied": "\(applied.map(\.name).joined(separator: ", "))"])
            }
            if configuration.loadDemo {
                do {
                    try await DemoData.load(pool)
                    logger.info("loaded the demo data set")
                } catch let error as DomainError {
                    logger.notice("not loading the demo data set: \(error)")
                }
            }
            let app = try buildApplication(
                database: database, host: configuration.host, port: configuration.port, logger: logger
            ) { port in
                logger.info("liaisond is listening", metadata: ["address": "http://\(configuration.host):\(port)"])
            }
            try await app.runService()
            logger.info("liaisond stopped serving; closing the database")
        }
    }
}
