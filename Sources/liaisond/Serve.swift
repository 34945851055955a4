import ArgumentParser
import Foundation
import LiaisonPostgres
import LiaisonServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Migrate the database and serve the HTTP API until SIGTERM or SIGINT.",
        discussion: """
            Examples:
              liaisond serve                                  # embedded cluster, default data directory
              liaisond serve --data-dir /srv/liaison --port 8080
              liaisond serve --demo                           # with the demo data set, if empty
              liaisond serve --database-url postgresql://liaison@db/liaison --host 0.0.0.0
              liaisond serve --database-url postgresql://liaison@db/liaison \\
                             --replica-url postgresql://liaison@db-replica/liaison
            """)

    @Option(help: ArgumentHelp("Address to listen on (env: LIAISON_HOST; default: 127.0.0.1).", valueName: "host"))
    var host: String?

    @Option(help: ArgumentHelp("Port to listen on; 0 picks a free one (env: LIAISON_PORT; default: 8080).", valueName: "port"))
    var port: Int?

    @Option(name: .customLong("pool-size"), help: ArgumentHelp(
        "Most database connections to hold open (env: LIAISON_POOL_SIZE; default: 10).", valueName: "n"))
    var poolSize: Int?

    @Option(name: .customLong("replica-url"), help: ArgumentHelp(
        "A read-only standby of the database to serve lists, search and summaries from; the primary answers while it is unreachable (env: LIAISON_REPLICA_URL).",
        valueName: "url"))
    var replicaURL: String?

    @Option(name: .customLong("statement-timeout"), help: ArgumentHelp(
        "Seconds a request's database statement may run before it is stopped and the request answered 503 (env: LIAISON_STATEMENT_TIMEOUT; default: 30).",
        valueName: "seconds"))
    var statementTimeout: Double?

    @Option(name: .customLong("idle-in-transaction-timeout"), help: ArgumentHelp(
        "Seconds a request's transaction may sit idle before PostgreSQL ends its session and releases its locks (env: LIAISON_IDLE_IN_TRANSACTION_TIMEOUT; default: 60).",
        valueName: "seconds"))
    var idleInTransactionTimeout: Double?

    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp(
        "Seconds an HTTP connection may stay open with no request before it is closed (env: LIAISON_IDLE_TIMEOUT; default: 60).",
        valueName: "seconds"))
    var idleTimeout: Double?

    @Option(name: .customLong("max-body-size"), help: ArgumentHelp(
        "Largest request body accepted, in bytes; larger ones get 413 before they are read (env: LIAISON_MAX_BODY_SIZE; default: 1048576).",
        valueName: "bytes"))
    var maxBodySize: Int?

    @Option(name: .customLong("max-connections"), help: ArgumentHelp(
        "Most client connections open at once; past it new clients wait until one closes (env: LIAISON_MAX_CONNECTIONS; default: what the open-files limit leaves room for).",
        valueName: "n"))
    var maxConnections: Int?

    @Flag(help: "Load the demo data set first when the database is empty (see `liaisond demo --help`).")
    var demo = false

    @Option(name: .customLong("trace-statements"), help: ArgumentHelp(
        "Write every round trip to the database to this file, one JSON line each, with its statements, their parameters (bearer tokens included) and the request's id; for benchmarks and diagnosis, never in service.",
        valueName: "file"))
    var traceStatements: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var log: LogOptions

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if let poolSize, poolSize < 1 { throw ValidationError("--pool-size must be at least 1") }
        if let maxConnections, maxConnections < 1 { throw ValidationError("--max-connections must be at least 1") }
        if let maxBodySize, maxBodySize < 1024 { throw ValidationError("--max-body-size must be at least 1024 bytes") }
        for (flag, seconds) in [
            ("--statement-timeout", statementTimeout), ("--idle-in-transaction-timeout", idleInTransactionTimeout), ("--idle-timeout", idleTimeout),
        ] {
            if let seconds, !(seconds >= 0.001 && seconds <= 86_400) {
                throw ValidationError("\(flag) must be between 0.001 and 86400 seconds")
            }
        }
    }

    /// A number of seconds from its flag, else its environment variable, else `fallback`.
    func seconds(_ flag: Double?, _ variable: String, _ fallback: Duration, _ environment: [String: String]) throws -> Duration {
        if let flag { return .milliseconds(Int64((flag * 1000).rounded())) }
        guard let text = environment[variable], !text.isEmpty else { return fallback }
        guard let value = Double(text), value >= 0.001, value <= 86_400 else {
            throw ValidationError("\(variable) must be a number of seconds between 0.001 and 86400, not '\(text)'")
        }
        return .milliseconds(Int64((value * 1000).rounded()))
    }

    /// The HTTP server's limits from the flags, then the environment, then the defaults.
    func httpLimits(_ environment: [String: String]) throws -> HTTPLimits {
        let defaults = HTTPLimits()
        var size = defaults.maximumBodySize
        if let maxBodySize {
            size = maxBodySize
        } else if let text = environment["LIAISON_MAX_BODY_SIZE"], !text.isEmpty {
            guard let value = Int(text), value >= 1024 else {
                throw ValidationError("LIAISON_MAX_BODY_SIZE must be a number of bytes, at least 1024, not '\(text)'")
            }
            size = value
        }
        var connections = maxConnections
        if connections == nil, let text = environment["LIAISON_MAX_CONNECTIONS"], !text.isEmpty {
            guard let value = Int(text), value >= 1 else {
                throw ValidationError("LIAISON_MAX_CONNECTIONS must be a number of connections, at least 1, not '\(text)'")
            }
            connections = value
        }
        return HTTPLimits(
            idleTimeout: try seconds(idleTimeout, "LIAISON_IDLE_TIMEOUT", defaults.idleTimeout, environment), maximumBodySize: size,
            maximumConnections: connections)
    }

    /// The request limits from the flags, then the environment, then the defaults.
    func limits(_ environment: [String: String]) throws -> LiaisonDatabase.Limits {
        let defaults = LiaisonDatabase.Limits()
        return LiaisonDatabase.Limits(
            statementTimeout: try seconds(statementTimeout, "LIAISON_STATEMENT_TIMEOUT", defaults.statementTimeout, environment),
            idleInTransactionTimeout: try seconds(
                idleInTransactionTimeout, "LIAISON_IDLE_IN_TRANSACTION_TIMEOUT", defaults.idleInTransactionTimeout, environment))
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        limitAllocatorArenas(environment)
        let logger = log.makeLogger()
        let configuration = ServerConfiguration(
            host: host ?? environment["LIAISON_HOST"] ?? "127.0.0.1",
            port: port ?? environment["LIAISON_PORT"].flatMap(Int.init) ?? 8080,
            database: database.resolve(environment: environment),
            replica: (replicaURL ?? environment["LIAISON_REPLICA_URL"]).flatMap { $0.isEmpty ? nil : .url($0) },
            poolSize: poolSize ?? environment["LIAISON_POOL_SIZE"].flatMap(Int.init) ?? 10,
            limits: try limits(environment), http: try httpLimits(environment),
            logLevel: log.resolvedLevel, logFormat: log.resolvedFormat, loadDemo: demo)
        do {
            if let traceStatements { try StatementTrace.install(writingTo: traceStatements) }
            try await ServerRunner.serve(configuration, logger: logger)
        } catch {
            throw fail(error)
        }
    }
}

/// glibc gives threads that allocate at the same time heaps of their own, up to eight per core,
/// and memory freed in one is not handed to another: the benchmark's quarterly summaries at a
/// million meetings took the server to 533 MB at its peak with the default, 259 MB with two
/// (docs/benchmarks.md). Two heaps are enough for a server that runs a few threads per core; an
/// operator's own MALLOC_ARENA_MAX, or glibc.malloc.arena_max in GLIBC_TUNABLES, is left to
/// glibc. `mallopt` is found at run time: Swift's Glibc module does not include malloc.h.
private func limitAllocatorArenas(_ environment: [String: String]) {
    #if canImport(Glibc)
    guard environment["MALLOC_ARENA_MAX"] == nil, environment["GLIBC_TUNABLES"]?.contains("glibc.malloc.arena_max") != true,
        let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    let arenaMax: Int32 = -8  // M_ARENA_MAX in glibc's malloc.h
    _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 2)
    #endif
}
