import Foundation
import Hummingbird
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore
import Logging
import SystemPackage

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
            return try await withCluster(configuration, exclusive: exclusive, logger: logger) { cluster in
                try await withPool(cluster.connection, size: poolSize, logger: logger, body)
            }
        }
    }

    /// Runs `body` with the embedded cluster running: the one a server holds (left running), or
    /// started for the occasion and stopped afterwards.
    static func withCluster<T>(
        _ configuration: EmbeddedCluster.Configuration, exclusive: Bool, logger: Logger,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (EmbeddedCluster) async throws -> T
    ) async throws -> T {
        do {
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
                return try await body(cluster)
            }
            // We own the data directory: whatever postgres runs there now is ours to stop,
            // including one left behind by a process that crashed.
            try await cluster.start()
            do {
                let value = try await body(cluster)
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
        let pool = ConnectionPool(.init(connection: LiaisonDatabase.ownerConnection(connection), maximumConnections: size), logger: logger)
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
            try await Schema.migrate(pool, logger: logger)
        }
    }

    /// Writes a backup of the embedded cluster's database (`pg_dump`, custom format, for
    /// `pg_restore`) to `path`, created readable by this account only. A shared database is
    /// backed up with PostgreSQL's own tools (docs/operations.md).
    public static func backup(_ database: ServerConfiguration.Database, to path: String, logger: Logger) async throws {
        guard case .embedded(let configuration) = database else {
            throw DomainError.invalid([FieldProblem(
                field: "--database-url", reason: "backs up the embedded cluster only; use pg_dump for a shared database (docs/operations.md)")])
        }
        if FileManager.default.fileExists(atPath: path) {
            throw DomainError.conflict("\(path) exists already; a backup never overwrites one")
        }
        try await withCluster(configuration, exclusive: false, logger: logger) { cluster in
            let temporary = path + ".partial-\(getpid())"
            let descriptor = try FileDescriptor.open(
                FilePath(temporary), .writeOnly, options: [.create, .truncate, .exclusiveCreate], permissions: [.ownerReadWrite])
            do {
                try await cluster.dump(to: descriptor)
                try descriptor.close()
            } catch {
                try? descriptor.close()
                unlink(temporary)
                throw error
            }
            // Only a complete dump takes the name.
            guard rename(temporary, path) == 0 else {
                unlink(temporary)
                throw DomainError.unavailable("cannot write \(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Migrates and loads the demo data set into an empty database.
    public static func loadDemo(_ database: ServerConfiguration.Database, logger: Logger) async throws {
        try await withDatabase(database, poolSize: 1, exclusive: false, logger: logger) { pool in
            try await Schema.migrate(pool, logger: logger)
            try await DemoData.load(pool)
        }
    }

    /// Creates an account and a token for it, outside HTTP (the way to make the first admin of a
    /// shared database). Returns the account and the token.
    public static func createUser(
        _ database: ServerConfiguration.Database, details: UserDetails, password: String?, logger: Logger
    ) async throws -> (User, String) {
        try await withDatabase(database, poolSize: 1, exclusive: false, logger: logger) { pool in
            try await Schema.migrate(pool, logger: logger)
            let hash = try await password.asyncMap { try await PasswordHasher().hash($0) }
            return try await pool.withTransaction { connection in
                let user = try await UserStore.create(details, passwordHash: hash, on: connection)
                let token = try await UserStore.issueToken(for: user.id, name: "created by liaisond user create", expiresAt: nil, on: connection)
                return (user, token.token)
            }
        }
    }

    /// On the first start of an embedded cluster (no active admin yet), an admin account whose
    /// token goes to a file only the owner can read. Returns the file's path when it made one.
    static func bootstrapAdmin(_ pool: ConnectionPool, dataDirectory: String) async throws -> String? {
        try await pool.withTransaction { connection -> String? in
            guard try await UserStore.activeAdmins(on: connection) == 0 else { return nil }
            let admin = UserDetails(login: "admin", displayName: "Administrator", role: .admin, clearance: .strictlyConfidential, active: true)
            let user = try await UserStore.create(admin, passwordHash: nil, on: connection)
            let token = try await UserStore.issueToken(for: user.id, name: "first start", expiresAt: nil, on: connection)
            let path = dataDirectory + "/admin-token"
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw DomainError.unavailable("cannot write \(path): \(String(cString: strerror(errno)))") }
            defer { close(descriptor) }
            fchmod(descriptor, 0o600)
            let bytes = Array((token.token + "\n").utf8)
            guard write(descriptor, bytes, bytes.count) == bytes.count else {
                throw DomainError.unavailable("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            return path
        }
    }

    /// Serves HTTP until SIGTERM or SIGINT, then lets in-flight requests finish, closes the
    /// database and stops the embedded cluster.
    public static func serve(_ configuration: ServerConfiguration, logger: Logger) async throws {
        // Before anything measured is first used (the database layer keeps its timer).
        let registry = ServerMetrics.bootstrap()
        try await withDatabase(configuration.database, poolSize: 2, exclusive: true, logger: logger) { pool in
            let applied = try await Schema.migrate(pool, logger: logger)
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
            if case .embedded(let cluster) = configuration.database,
                let path = try await bootstrapAdmin(pool, dataDirectory: cluster.dataDirectory)
            {
                logger.notice(
                    "created the first admin account 'admin'; its API token is in \(path) (readable only by this account). Log in with: liaison auth login --with-token < \(path)")
            }
            // Requests run as the unprivileged role, under row-level security.
            let requests = ConnectionPool(
                .init(
                    connection: LiaisonDatabase.requestConnection(pool.configuration.connection), maximumConnections: configuration.poolSize,
                    sessionRole: LiaisonDatabase.requestRole, sessionSettings: configuration.limits.sessionSettings),
                logger: logger)
            // A standby refuses nothing a read needs, so its pool runs as the same role. A short
            // wait for a connection: past it the primary answers instead.
            let replica = configuration.replica.map { connection in
                ReadReplica(
                    pool: ConnectionPool(
                        .init(
                            connection: LiaisonDatabase.requestConnection(connection.defaulting("connect_timeout", "5")),
                            maximumConnections: configuration.poolSize,
                            acquireTimeout: .seconds(2), sessionRole: LiaisonDatabase.requestRole,
                            sessionSettings: configuration.limits.sessionSettings),
                        logger: logger),
                    logger: logger)
            }
            if replica != nil { logger.info("lists, search and summaries are read from the replica when it answers") }
            // The summary's kept state is worked out in the background on a connection of its
            // own, as the same role, so that it never takes one a request is waiting for.
            let keptStatePool = ConnectionPool(
                .init(
                    connection: LiaisonDatabase.requestConnection(pool.configuration.connection), maximumConnections: 1,
                    sessionRole: LiaisonDatabase.requestRole, sessionSettings: configuration.limits.sessionSettings),
                logger: logger)
            let database = LiaisonDatabase(
                pool: requests, replica: replica, migrator: Schema.migrator(logger: logger), keptStatePool: keptStatePool, logger: logger)
            do {
                var pools = [("requests", requests), ("owner", pool), ("kept-state", keptStatePool)]
                if let replica { pools.append(("replica", replica.pool)) }
                let metrics = ServerMetrics(registry: registry, pools: pools)
                let app = try buildApplication(
                    database: database, host: configuration.host, port: configuration.port, logger: logger, metrics: metrics,
                    limits: configuration.http
                ) { port in
                    logger.info("liaisond is listening", metadata: ["address": "http://\(configuration.host):\(port)"])
                }
                // The summary's kept state, for writes this process does not see (its own
                // writes start a refresh as they commit).
                let refreshing = Task { await database.keptState?.run(every: .seconds(30)) }
                defer { refreshing.cancel() }
                try await app.runService()
                database.keptState?.stop()
                logger.info("liaisond stopped serving; closing the database")
                await keptStatePool.shutdown()
                await requests.shutdown()
                await replica?.pool.shutdown()
            } catch {
                database.keptState?.stop()
                await keptStatePool.shutdown()
                await requests.shutdown()
                await replica?.pool.shutdown()
                throw error
            }
        }
    }
}
