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

    @Flag(help: "Load the demo data set first when the database is empty (see `liaisond demo --help`).")
    var demo = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var log: LogOptions

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if let poolSize, poolSize < 1 { throw ValidationError("--pool-size must be at least 1") }
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
            logLevel: log.resolvedLevel, logFormat: log.resolvedFormat, loadDemo: demo)
        do {
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
