import Foundation
import Logging
import NIOPosix
import Subprocess
import SystemPackage

/// A private PostgreSQL cluster kept in a data directory and run with the installed PostgreSQL's
/// own `initdb` and `pg_ctl`.
///
/// Layout of the data directory:
/// - `postgres/`: the cluster (PGDATA), owned by the account that runs PostgreSQL; its unix
///   socket and its log file (`postgres/server.log`) live there too.
///
/// The cluster listens only on its unix socket unless a TCP port is asked for. PostgreSQL
/// refuses to run as root: when this process is root, the cluster runs as an unprivileged
/// account (`postgres` unless told otherwise).
public struct EmbeddedCluster: Sendable {
    public struct Configuration: Sendable, Equatable {
        public var dataDirectory: String
        /// Also listen on 127.0.0.1 at this port (and name the socket after it).
        public var tcpPort: Int?
        /// The account that runs PostgreSQL when this process is root.
        public var unprivilegedUser: String
        /// Keep PostgreSQL's durability (fsync). Only throwaway test clusters turn it off.
        public var durable: Bool

        public init(dataDirectory: String, tcpPort: Int? = nil, unprivilegedUser: String = "postgres", durable: Bool = true) {
            self.dataDirectory = dataDirectory
            self.tcpPort = tcpPort
            self.unprivilegedUser = unprivilegedUser
            self.durable = durable
        }
    }

    /// The database role and database that Liaison uses inside the cluster.
    public static let databaseUser = "liaison"
    public static let databaseName = "liaison"

    public let configuration: Configuration
    let logger: Logger

    public init(_ configuration: Configuration, logger: Logger = Logger(label: "liaison.embedded")) {
        var configuration = configuration
        configuration.dataDirectory = URL(fileURLWithPath: configuration.dataDirectory).standardizedFileURL.path
        self.configuration = configuration
        self.logger = logger
    }

    public var clusterDirectory: String { configuration.dataDirectory + "/postgres" }
    public var port: Int { configuration.tcpPort ?? 5432 }
    public var logFile: String { clusterDirectory + "/server.log" }

    /// How to connect to the Liaison database in this cluster.
    public var connection: ConnectionConfiguration {
        .socket(directory: clusterDirectory, port: port, user: Self.databaseUser, database: Self.databaseName)
    }

    /// The account PostgreSQL runs as: nil means this process's own.
    struct Account {
        var name: String
        var uid: uid_t
        var gid: gid_t
    }

    func account() throws -> Account? {
        guard geteuid() == 0 else { return nil }
        guard let entry = getpwnam(configuration.unprivilegedUser) else {
            throw EmbeddedClusterError.noUnprivilegedUser(configuration.unprivilegedUser)
        }
        return Account(name: configuration.unprivilegedUser, uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid)
    }

    // MARK: Lifecycle

    /// Creates the cluster on first use, starts it unless it is already running, and makes sure
    /// the Liaison database exists. Returns true when this call started the server.
    @discardableResult
    public func start() async throws -> Bool {
        let installation = try PostgresInstallation.find()
        let account = try account()
        let socketPath = clusterDirectory + "/.s.PGSQL.\(port)"
        guard socketPath.utf8.count < 107 else { throw EmbeddedClusterError.socketPathTooLong(socketPath) }
        try prepareDirectories(for: account)
        if !FileManager.default.fileExists(atPath: clusterDirectory + "/PG_VERSION") {
            try await initialise(installation, account: account)
        }
        var started = false
        if try await !isRunning(installation, account: account) {
            logger.info("starting the embedded PostgreSQL", metadata: ["directory": "\(clusterDirectory)"])
            var arguments = ["start", "-D", clusterDirectory, "-l", logFile, "-w", "-t", "120", "-s"]
            if let tcpPort = configuration.tcpPort {
                arguments += ["-o", "-c listen_addresses=127.0.0.1 -c port=\(tcpPort)"]
            }
            do {
                // A session of its own: a Ctrl-C at the terminal must reach liaisond, which then
                // stops the cluster in order, not the postmaster directly.
                try await runTool(installation.pgCtl, arguments, account: account, newSession: true)
            } catch EmbeddedClusterError.commandFailed(let command, let output) {
                throw EmbeddedClusterError.commandFailed(command: command, output: output + "\n" + logTail())
            }
            started = true
        }
        do {
            try await ensureDatabase()
        } catch {
            if started { try? await stop() }
            throw error
        }
        return started
    }

    /// Stops the cluster (fast shutdown: open sessions are ended, nothing committed is lost).
    public func stop() async throws {
        let installation = try PostgresInstallation.find()
        let account = try account()
        guard try await isRunning(installation, account: account) else { return }
        logger.info("stopping the embedded PostgreSQL")
        try await runTool(installation.pgCtl, ["stop", "-D", clusterDirectory, "-m", "fast", "-w", "-t", "60", "-s"], account: account)
    }

    /// Writes a `pg_dump` of the Liaison database in PostgreSQL's custom format (for
    /// `pg_restore`) to `descriptor`, run as the cluster's account through its socket.
    public func dump(to descriptor: FileDescriptor) async throws {
        let installation = try PostgresInstallation.find()
        let (executable, arguments) = try command(
            installation.program("pg_dump"),
            ["--format=custom", "--host", clusterDirectory, "--port", "\(port)", "--username", Self.databaseUser,
             "--dbname", Self.databaseName],
            account: try account())
        let result = try await Subprocess.run(
            .path(FilePath(executable)), arguments: Arguments(arguments), workingDirectory: FilePath(configuration.dataDirectory),
            output: .fileDescriptor(descriptor, closeAfterSpawningProcess: false), error: .string(limit: 1 << 20))
        guard result.terminationStatus.isSuccess else {
            throw EmbeddedClusterError.commandFailed(command: "pg_dump", output: result.standardError.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// True when a postmaster is running on this cluster.
    public func isRunning() async throws -> Bool {
        try await isRunning(try PostgresInstallation.find(), account: try account())
    }

    private func isRunning(_ installation: PostgresInstallation, account: Account?) async throws -> Bool {
        guard FileManager.default.fileExists(atPath: clusterDirectory + "/PG_VERSION") else { return false }
        let (executable, arguments) = try command(installation.pgCtl, ["status", "-D", clusterDirectory], account: account)
        let result = try await Subprocess.run(
            .path(FilePath(executable)), arguments: Arguments(arguments),
            workingDirectory: FilePath(configuration.dataDirectory), output: .discarded, error: .discarded)
        return result.terminationStatus.isSuccess
    }

    // MARK: Setting up

    private func prepareDirectories(for account: Account?) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        // Owner-only, except that another account running PostgreSQL must be able to pass through.
        chmod(configuration.dataDirectory, account == nil ? 0o700 : 0o711)
        if !fileManager.fileExists(atPath: clusterDirectory) {
            try fileManager.createDirectory(atPath: clusterDirectory, withIntermediateDirectories: false)
        }
        chmod(clusterDirectory, 0o700)
        if let account {
            if chown(clusterDirectory, account.uid, account.gid) != 0 {
                throw EmbeddedClusterError.commandFailed(
                    command: "chown \(clusterDirectory)", output: String(cString: strerror(errno)))
            }
            try checkTraversable(for: account)
        }
    }

    /// Every directory above the cluster must be enterable by the account that runs PostgreSQL.
    private func checkTraversable(for account: Account) throws {
        var groups = [UInt32](repeating: 0, count: 64)
        var count = Int32(groups.count)
        if getgrouplist(account.name, account.gid, &groups, &count) < 0 { count = 0 }
        let memberOf = Set(groups.prefix(Int(max(count, 0)))).union([account.gid])
        var path = URL(fileURLWithPath: configuration.dataDirectory)
        while true {
            var info = stat()
            if stat(path.path, &info) == 0 {
                let mode = info.st_mode
                let allowed: Bool
                if info.st_uid == account.uid {
                    allowed = mode & S_IXUSR != 0
                } else if memberOf.contains(info.st_gid) {
                    allowed = mode & S_IXGRP != 0
                } else {
                    allowed = mode & S_IXOTH != 0
                }
                if !allowed { throw EmbeddedClusterError.notTraversable(path: path.path, user: account.name) }
            }
            if path.path == "/" { break }
            path.deleteLastPathComponent()
        }
    }

    private func initialise(_ installation: PostgresInstallation, account: Account?) async throws {
        logger.info("creating the embedded PostgreSQL cluster", metadata: ["directory": "\(clusterDirectory)"])
        var arguments = [
            "-D", clusterDirectory, "-U", Self.databaseUser, "-E", "UTF8", "--locale=C.UTF-8",
            "--auth-local=trust", "--auth-host=scram-sha-256",
        ]
        if !configuration.durable { arguments.append("--no-sync") }
        try await runTool(installation.initdb, arguments, account: account)
        // Only the socket in the cluster directory, which only its owner (and root) can reach.
        var settings = """

            # Added by liaisond.
            listen_addresses = ''
            unix_socket_directories = '\(clusterDirectory.replacingOccurrences(of: "'", with: "''"))'
            port = 5432

            """
        if !configuration.durable {
            // Throwaway clusters (tests): speed over durability, and room for many parallel tests.
            settings += "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 1000\n"
        }
        let conf = clusterDirectory + "/postgresql.conf"
        guard let handle = FileHandle(forWritingAtPath: conf) else {
            throw EmbeddedClusterError.commandFailed(command: "write \(conf)", output: "cannot open the file")
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(settings.utf8))
    }

    private func ensureDatabase() async throws {
        let maintenance = ConnectionConfiguration.socket(
            directory: clusterDirectory, port: port, user: Self.databaseUser, database: "postgres")
        try await PostgresConnection.withConnection(maintenance) { connection in
            let rows = try await connection.query("SELECT 1 FROM pg_database WHERE datname = $1", [Self.databaseName])
            if rows.isEmpty {
                try await connection.query("CREATE DATABASE \(try connection.escapeIdentifier(Self.databaseName))")
            }
        }
    }

    // MARK: Running tools

    private func platformOptions(newSession: Bool = false) -> PlatformOptions {
        var options = PlatformOptions()
        options.createSession = newSession
        return options
    }

    /// The command that runs `path` as the cluster's account. Switching user is left to
    /// `runuser` rather than done between fork and exec: calling setgroups/setuid in a forked
    /// child of a multi-threaded process can deadlock inside glibc.
    private func command(_ path: String, _ arguments: [String], account: Account?) throws -> (String, [String]) {
        guard let account else { return (path, arguments) }
        let runuser = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let runuser else { throw EmbeddedClusterError.runuserMissing }
        return (runuser, ["-u", account.name, "--", path] + arguments)
    }

    /// Runs a PostgreSQL program with every inherited descriptor closed (a postmaster left
    /// holding our pipes would keep us waiting for ever) and fails with its output.
    private func runTool(_ path: String, _ arguments: [String], account: Account?, newSession: Bool = false) async throws {
        let (executable, fullArguments) = try command(path, arguments, account: account)
        let result = try await Subprocess.run(
            .path(FilePath(executable)), arguments: Arguments(fullArguments),
            workingDirectory: FilePath(configuration.dataDirectory),
            platformOptions: platformOptions(newSession: newSession),
            output: .string(limit: 1 << 20), error: .string(limit: 1 << 20))
        guard result.terminationStatus.isSuccess else {
            let output = [result.standardOutput, result.standardError].filter { !$0.isEmpty }.joined(separator: "\n")
            throw EmbeddedClusterError.commandFailed(
                command: ([URL(fileURLWithPath: path).lastPathComponent] + arguments.prefix(1)).joined(separator: " "),
                output: output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    private func logTail() -> String {
        guard let text = try? String(contentsOfFile: logFile, encoding: .utf8) else { return "" }
        return text.split(separator: "\n").suffix(10).joined(separator: "\n")
    }
}
