import Foundation
import LiaisonPostgres
import LiaisonStore
import Logging

/// The PostgreSQL server the tests run against, and a fresh database for each test.
///
/// Without `LIAISON_TEST_DATABASE_URL`, one throwaway cluster is started per test process in
/// `/tmp/liaison-test-PID` (fsync off) and stopped and removed when the process exits; clusters
/// left behind by test processes that died are cleaned up first. Each test gets its own
/// database, copied from a template that was migrated once, and dropped afterwards.
public actor TestPostgres {
    public static let shared = TestPostgres()

    /// How long tests' pools let a task wait for a connection. Generous: the suites run at once
    /// on two cores beside browsers and servers, and no test is about speed (the benchmark is).
    public static let acquireTimeout: Duration = .seconds(120)

    struct Server {
        /// Connects to the server's maintenance database.
        var maintenance: ConnectionConfiguration
        var template: String
    }

    private var setup: Task<Server, any Error>?

    private func server() async throws -> Server {
        if let setup { return try await setup.value }
        let task = Task { try await Self.startServer() }
        setup = task
        return try await task.value
    }

    private static func startServer() async throws -> Server {
        let maintenance: ConnectionConfiguration
        if let url = ProcessInfo.processInfo.environment["LIAISON_TEST_DATABASE_URL"], !url.isEmpty {
            maintenance = .url(url)
        } else {
            removeStaleClusters()
            let directory = "\(clusterRoot)\(getpid())"
            try? FileManager.default.removeItem(atPath: directory)
            let cluster = EmbeddedCluster(.init(dataDirectory: directory, durable: false), logger: quietLogger)
            clusterDirectoryAtExit = directory
            atexit { TestPostgres.stopClusterAtExit() }
            try await cluster.start()
            maintenance = cluster.connection.database("postgres")
        }
        let template = "liaison_template_\(getpid())"
        try await PostgresConnection.withConnection(maintenance) { connection in
            let quoted = try connection.escapeIdentifier(template)
            try await connection.query("DROP DATABASE IF EXISTS \(quoted)")
            try await connection.query("CREATE DATABASE \(quoted)")
        }
        let pool = ConnectionPool(.init(connection: maintenance.database(template), maximumConnections: 1))
        do {
            try await Schema.migrator(logger: quietLogger).migrate(pool)
            await pool.shutdown()
        } catch {
            await pool.shutdown()
            throw error
        }
        return Server(maintenance: maintenance, template: template)
    }

    /// A new database: migrated (a copy of the template), or empty when `migrated` is false.
    public func createDatabase(migrated: Bool = true) async throws -> TestDatabase {
        let server = try await server()
        let name = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await PostgresConnection.withConnection(server.maintenance) { connection in
            let sql = "CREATE DATABASE \(try connection.escapeIdentifier(name))"
                + (migrated ? " TEMPLATE \(try connection.escapeIdentifier(server.template))" : "")
            try await connection.query(sql)
        }
        return TestDatabase(name: name, connection: server.maintenance.database(name))
    }

    /// Drops a test database, ending any session still connected to it.
    public func dropDatabase(_ database: TestDatabase) async throws {
        let server = try await server()
        try await PostgresConnection.withConnection(server.maintenance) { connection in
            try await connection.query(
                "DROP DATABASE IF EXISTS \(try connection.escapeIdentifier(database.name)) WITH (FORCE)")
        }
    }

    /// Connects to the server's maintenance database (for terminating backends and the like).
    public func maintenanceConnection() async throws -> ConnectionConfiguration {
        try await server().maintenance
    }

    // MARK: Cleaning up

    static let clusterRoot = "/tmp/liaison-test-"
    nonisolated(unsafe) static var clusterDirectoryAtExit: String?
    static let quietLogger: Logger = {
        var logger = Logger(label: "liaison.tests")
        logger.logLevel = .warning
        return logger
    }()

    /// Stops a cluster by signalling its postmaster (fast shutdown) and removes its directory.
    static func stopCluster(in directory: String) {
        let pidFile = directory + "/postgres/postmaster.pid"
        if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
            let first = text.split(separator: "\n").first, let pid = pid_t(first)
        {
            if kill(pid, SIGINT) == 0 {
                for _ in 0..<200 where kill(pid, 0) == 0 { usleep(50_000) }
            }
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    static func stopClusterAtExit() {
        if let directory = clusterDirectoryAtExit { stopCluster(in: directory) }
    }

    /// Clusters whose test process no longer exists.
    static func removeStaleClusters() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/tmp")) ?? []
        for name in names where name.hasPrefix("liaison-test-") {
            guard let owner = pid_t(name.dropFirst("liaison-test-".count)), owner != getpid() else { continue }
            if kill(owner, 0) != 0 && errno == ESRCH { stopCluster(in: "/tmp/" + name) }
        }
    }
}

/// A database of one test's own.
public struct TestDatabase: Sendable {
    public let name: String
    public let connection: ConnectionConfiguration
}

/// Runs `body` with a fresh database and drops it afterwards, whether `body` succeeds or not.
public func withTestDatabase<T>(
    migrated: Bool = true,
    isolation: isolated (any Actor)? = #isolation,
    _ body: (TestDatabase) async throws -> T
) async throws -> T {
    let database = try await TestPostgres.shared.createDatabase(migrated: migrated)
    do {
        let value = try await body(database)
        try await TestPostgres.shared.dropDatabase(database)
        return value
    } catch {
        try? await TestPostgres.shared.dropDatabase(database)
        throw error
    }
}

/// Runs `body` with a pool on a fresh database; the pool is shut down and the database dropped afterwards.
public func withTestPool<T>(
    size: Int = 4, acquireTimeout: Duration = TestPostgres.acquireTimeout, migrated: Bool = true,
    isolation: isolated (any Actor)? = #isolation,
    _ body: (ConnectionPool) async throws -> T
) async throws -> T {
    try await withTestDatabase(migrated: migrated) { database in
        let pool = ConnectionPool(
            .init(connection: database.connection, maximumConnections: size, acquireTimeout: acquireTimeout),
            logger: TestPostgres.quietLogger)
        do {
            let value = try await body(pool)
            await pool.shutdown()
            return value
        } catch {
            await pool.shutdown()
            throw error
        }
    }
}

/// Runs `body` with two pools on one fresh, migrated database: the owner's (for setting up) and
/// one whose connections run as `role` (as the server's request pool does).
public func withTestPools<T>(
    role: String, size: Int = 8, sessionSettings: [(name: String, value: String)] = [],
    isolation: isolated (any Actor)? = #isolation,
    _ body: (_ owner: ConnectionPool, _ requests: ConnectionPool) async throws -> T
) async throws -> T {
    try await withTestDatabase { database in
        let owner = ConnectionPool(
            .init(connection: database.connection, maximumConnections: 2, acquireTimeout: TestPostgres.acquireTimeout),
            logger: TestPostgres.quietLogger)
        let requests = ConnectionPool(
            .init(
                connection: database.connection, maximumConnections: size, acquireTimeout: TestPostgres.acquireTimeout, sessionRole: role,
                sessionSettings: sessionSettings),
            logger: TestPostgres.quietLogger)
        do {
            let value = try await body(owner, requests)
            await requests.shutdown()
            await owner.shutdown()
            return value
        } catch {
            await requests.shutdown()
            await owner.shutdown()
            throw error
        }
    }
}
