import ArgumentParser
import AsyncHTTPClient
import Foundation
import LiaisonDomain
import LiaisonPostgres
import LiaisonServer
import LiaisonStore
import Logging

@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison-bench",
        abstract: "Measure liaisond and liaison: throughput, latency and memory, against pgbench's ceiling.",
        discussion: """
            Builds a data set in a PostgreSQL cluster of its own (kept in --data-dir and reused \
            when it already holds the set), starts the release liaisond beside this program on it, \
            drives it over HTTP with concurrent clients, runs pgbench with the SQL liaisond runs to \
            log a meeting, and times the liaison command. Build it in release mode first.

            Examples:
              swift build -c release                    # every product: liaison-bench, liaisond, liaison
              .build/release/liaison-bench                                  # small, to the terminal
              .build/release/liaison-bench --scale full --out docs/benchmarks.md
            """)

    enum Scale: String, ExpressibleByArgument, CaseIterable {
        case small, medium, full

        var dataSet: DataSet {
            switch self {
            case .small: DataSet(organizations: 500, people: 2_000, issues: 60, meetings: 20_000)
            case .medium: DataSet(organizations: 5_000, people: 20_000, issues: 60, meetings: 200_000)
            // The people are five times the brief's twenty thousand: the name-search target is set at 100,000.
            case .full: DataSet(organizations: 5_000, people: 100_000, issues: 60, meetings: 1_000_000)
            }
        }
    }

    @Option(help: "small (20,000 meetings), medium (200,000) or full (1,000,000 meetings over ten years, 100,000 people).")
    var scale: Scale = .small
    @Option(help: "Concurrent HTTP clients (and pgbench connections).") var clients = 32
    @Option(help: "Seconds each measurement runs (after a second's warm-up).") var seconds = 10
    @Option(name: .customLong("data-dir"), help: "Where the cluster lives (default /tmp/liaison-bench-SCALE); reused when it holds the set.")
    var dataDirectory: String?
    @Option(help: "Write the report (Markdown) to this file as well as to standard output.") var out: String?

    func run() async throws {
        #if DEBUG
        note("warning: this is a debug build; measure with swift build -c release")
        #endif
        let started = Date()
        let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
        for program in ["liaisond", "liaison"] where !FileManager.default.isExecutableFile(atPath: binaries + "/" + program) {
            throw ValidationError("\(binaries)/\(program) is missing: swift build -c release --product \(program)")
        }
        let data = scale.dataSet
        var logger = Logger(label: "liaison.bench")
        logger.logLevel = .warning
        let cluster = EmbeddedCluster(.init(dataDirectory: dataDirectory ?? "/tmp/liaison-bench-\(scale.rawValue)"), logger: logger)
        try await cluster.start()
        let report: Report
        do {
            report = try await measure(on: cluster, data: data, binaries: binaries, logger: logger, started: started)
            try await cluster.stop()
        } catch {
            // Whatever failed, the cluster does not stay behind.
            try? await cluster.stop()
            throw error
        }
        let text = await report.markdown()
        print(text)
        if let out { try text.write(toFile: out, atomically: true, encoding: .utf8) }
    }

    /// Lets statements of requests the clients gave up on (timed out) finish for five seconds,
    /// then cancels them, so that they do not weigh on the next measurement. Returns how many
    /// were cancelled.
    /// How long, from now, until the summary's kept state has no note left to work out, as
    /// liaisond's background refresh works them out (it is watched, not helped).
    static func keptStateCaughtUp(_ cluster: EmbeddedCluster, database: String) async throws -> Double {
        let clock = ContinuousClock.now
        try await PostgresConnection.withConnection(cluster.connection.database(database)) { connection in
            while try await KeptState.pending(on: connection) > 0 { try await Task.sleep(for: .milliseconds(10)) }
        }
        return Double((ContinuousClock.now - clock) / .milliseconds(1)) / 1000
    }

    static func drain(_ cluster: EmbeddedCluster, database: String) async throws -> Int {
        try await PostgresConnection.withConnection(cluster.connection.database("postgres")) { connection in
            let busy = "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND pid <> pg_backend_pid()"
            for _ in 0..<50 {
                if try await connection.query(busy, [database]).isEmpty { return 0 }
                try await Task.sleep(for: .milliseconds(100))
            }
            let cancelled = try await connection.query("SELECT pg_cancel_backend(pid) FROM (\(busy)) AS b", [database]).count
            try await Task.sleep(for: .seconds(1))
            return cancelled
        }
    }


    /// Prepares the set and a copy of it for this run, then measures. The server it starts is
    /// stopped on every path; the copy is dropped at the end, and replaced by the next run if a
    /// failure left it behind.
    /// The database connections the measured liaisond holds at most (its default).
    static let serverPoolSize = 10

    func measure(on cluster: EmbeddedCluster, data: DataSet, binaries: String, logger: Logger, started: Date) async throws -> Report {
        let pool = ConnectionPool(.init(connection: cluster.connection, maximumConnections: 2), logger: logger)
        try await prepare(data, pool: pool, logger: logger)
        await pool.shutdown()
        // Every run works on a fresh copy of the set, so that what one run (or pgbench) adds
        // does not weigh on the next.
        let runDatabase = "liaison_run"
        try await PostgresConnection.withConnection(cluster.connection.database("postgres")) { connection in
            let quoted = try connection.escapeIdentifier(runDatabase)
            try await connection.query("DROP DATABASE IF EXISTS \(quoted) WITH (FORCE)")
            try await connection.query("CREATE DATABASE \(quoted) TEMPLATE \(try connection.escapeIdentifier(EmbeddedCluster.databaseName))")
        }
        let runPool = ConnectionPool(.init(connection: cluster.connection.database(runDatabase), maximumConnections: 1), logger: logger)
        let token = try await Self.account(pool: runPool)
        await runPool.shutdown()

        // The pgbench script: the statements of one meeting logged by a liaisond that traces them.
        note("tracing the statements of one meeting logged")
        let traceFile = cluster.configuration.dataDirectory + "/log-meeting.trace"
        let traced = try Server(
            program: binaries + "/liaisond", database: Self.conninfo(cluster, database: runDatabase),
            logFile: cluster.configuration.dataDirectory + "/liaisond-traced.log", arguments: ["--trace-statements", traceFile])
        defer { traced.stop() }
        let script = try await PgBench.traceScript(
            requests: Requests(base: "http://127.0.0.1:\(traced.port)", token: token, data: data), server: traced, traceFile: traceFile)
        let scriptPath = cluster.configuration.dataDirectory + "/log-meeting.pgbench"
        try script.text.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: scriptPath)
        note("  \(script.roundTrips) round trips, written to \(scriptPath)")

        let server = try Server(
            program: binaries + "/liaisond", database: Self.conninfo(cluster, database: runDatabase),
            logFile: cluster.configuration.dataDirectory + "/liaisond.log", arguments: ["--pool-size", "\(Self.serverPoolSize)"])
        defer { server.stop() }
        try await server.start()
        note("liaisond (pid \(server.pid)) on port \(server.port), \(String(format: "%.0f", server.residentMegabytes)) MB resident")
        let requests = Requests(base: "http://127.0.0.1:\(server.port)", token: token, data: data)
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: clients)
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let measurements: [Measurement]
        let peakMemory: Double
        do {
            (measurements, peakMemory) = try await drive(requests, server: server, cluster: cluster, database: runDatabase, http: http)
            try await http.shutdown()
        } catch {
            try? await http.shutdown()
            throw error
        }

        let installation = try PostgresInstallation.find()
        // As liaisond's request connections run: as liaison_app, with their session settings.
        let settings: [(String, String)] = [("role", LiaisonDatabase.requestRole), ("jit", "off")]
            + LiaisonDatabase.Limits().sessionSettings.map { ($0.name, $0.value) }
        let options = settings.map { "-c \($0.0)=\($0.1)" }.joined(separator: " ")
        func pgbench(clients: Int) async throws -> PgBench.Result {
            note("pgbench, \(clients) connection\(clients == 1 ? "" : "s"), \(seconds) s")
            let result = try await PgBench.run(
                program: installation.program("pgbench"), socketDirectory: cluster.clusterDirectory, port: cluster.port,
                user: EmbeddedCluster.databaseUser, database: runDatabase,
                runAs: geteuid() == 0 ? cluster.configuration.unprivilegedUser : nil, clients: clients, seconds: seconds,
                variables: ["token": token, "organizations": "\(data.organizations)", "people": "\(data.people)", "issues": "\(data.issues)"],
                options: options, scriptPath: scriptPath)
            // What liaisond's background refresh does after its writes: here after the run,
            // with the machine to itself.
            var caughtUp = result
            let clock = ContinuousClock.now
            try await PostgresConnection.withConnection(cluster.connection.database(runDatabase)) { try await KeptState.catchUp(on: $0) }
            caughtUp.catchUpSeconds = Double((ContinuousClock.now - clock) / .milliseconds(1)) / 1000
            note(String(format: "  %.0f transactions/s, %.2f ms each on average; kept state worked out in %.2f s after",
                        result.transactionsPerSecond, result.averageLatency, caughtUp.catchUpSeconds))
            return caughtUp
        }
        // As many connections as clients, and as many as liaisond's pool holds: the ceiling is
        // the better of the two (32 backends on two cores can do less than 10).
        var pgbenchRuns = [try await pgbench(clients: clients)]
        if clients != Self.serverPoolSize { pgbenchRuns.append(try await pgbench(clients: Self.serverPoolSize)) }
        let pgbenchOne = try await pgbench(clients: 1)

        note("liaison start-up and one meeting log")
        let cli = try await CommandLineTiming.measure(
            program: binaries + "/liaison", server: "http://127.0.0.1:\(server.port)", token: token,
            participant: DataSet.id(.organization, 1), scratch: cluster.configuration.dataDirectory + "/cli")
        server.stop()
        try await PostgresConnection.withConnection(cluster.connection.database("postgres")) { connection in
            try await connection.query("DROP DATABASE IF EXISTS \(try connection.escapeIdentifier(runDatabase)) WITH (FORCE)")
        }
        return Report(
            scale: scale, data: data, clients: clients, seconds: seconds, measurements: measurements, pgbench: pgbenchRuns,
            pgbenchOne: pgbenchOne, roundTrips: script.roundTrips, peakMemory: peakMemory, cli: cli, started: started, finished: Date())
    }

    /// The HTTP measurements, one scenario after another, each with the server's peak memory
    /// during it, and the highest of those peaks.
    func drive(
        _ requests: Requests, server: Server, cluster: EmbeddedCluster, database runDatabase: String, http: HTTPClient
    ) async throws -> ([Measurement], Double) {
        var measurements: [Measurement] = []
        let duration = Duration.seconds(seconds)
        let run = String(Int(Date().timeIntervalSince1970))
        for (scenario, clients) in [
            (requests.logMeeting(run: run), clients), (requests.listMeetings, clients), (requests.timeline, clients),
            (requests.search, clients), (requests.search, 1), (requests.quarterlySummary, 1), (requests.logMeeting(run: run + "b"), 1),
        ] {
            note("\(scenario.name), \(clients) client(s), \(seconds) s")
            server.resetPeak()
            var measurement = await Driver.run(scenario, clients: clients, duration: duration, http: http)
            measurement.peakMegabytes = server.peakMegabytes
            measurement.catchUpSeconds = try await Self.keptStateCaughtUp(cluster, database: runDatabase)
            note(String(format: "  %.0f/s, p50 %.2f ms, p99 %.2f ms, %d errors, kept state caught up %.2f s after", measurement.throughput,
                        measurement.percentile(50), measurement.percentile(99), measurement.errors, measurement.catchUpSeconds))
            measurements.append(measurement)
            let cancelled = try await Self.drain(cluster, database: runDatabase)
            if cancelled > 0 { note("  cancelled \(cancelled) statement(s) still running for requests the clients gave up on") }
        }
        // One client reading alone, then while 50 clients send wrong-password logins at once:
        // hashing must not take the cores or the connections the reader needs.
        note("stakeholder timeline, 1 client, \(seconds) s")
        server.resetPeak()
        var alone = await Driver.run(requests.timeline, clients: 1, duration: duration, http: http)
        alone.peakMegabytes = server.peakMegabytes
        measurements.append(alone)
        note("stakeholder timeline, 1 client, while \(Self.stormClients) clients log in with wrong passwords, \(seconds) s")
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: Self.stormClients)
        let stormClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        server.resetPeak()
        async let storm = Driver.run(requests.wrongLogins, clients: Self.stormClients, duration: duration, http: stormClient)
        var reader = await Driver.run(
            requests.timeline(named: Self.stormReader), clients: 1, duration: duration, http: http)
        var logins = await storm
        try? await stormClient.shutdown()
        reader.peakMegabytes = server.peakMegabytes
        logins.peakMegabytes = reader.peakMegabytes
        for measurement in [reader, logins] {
            note(String(format: "  %@: %.0f/s, p50 %.2f ms, p99 %.2f ms, %d errors", measurement.name, measurement.throughput,
                        measurement.percentile(50), measurement.percentile(99), measurement.errors))
        }
        measurements += [reader, logins]
        return (measurements, measurements.map(\.peakMegabytes).filter { !$0.isNaN }.max() ?? .nan)
    }

    /// Clients sending wrong-password logins at once while another reads.
    static let stormClients = 50
    static let stormReader = "stakeholder timeline during 50 wrong-password logins"

    static func conninfo(_ cluster: EmbeddedCluster, database: String) -> String {
        "host=\(cluster.clusterDirectory) port=\(cluster.port) user=\(EmbeddedCluster.databaseUser) dbname=\(database)"
    }

    /// Migrates, loads the set unless it is there already, and computes search keys.
    func prepare(_ data: DataSet, pool: ConnectionPool, logger: Logger) async throws {
        try await Schema.migrate(pool, logger: logger)
        let present = try await pool.query("SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM organizations)")
        let people = try present[0].decode(Int.self, at: 0), organizations = try present[0].decode(Int.self, at: 1)
        if people == 0 {
            let clock = ContinuousClock.now
            try await pool.withConnection { connection in
                try await data.load(on: connection) { note("  loading \($0)") }
            }
            note("loaded in \(ContinuousClock.now - clock)")
            let keys = ContinuousClock.now
            try await Schema.migrate(pool, logger: logger)  // computes the search keys
            note("search keys in \(ContinuousClock.now - keys)")
        } else if people != data.people || organizations != data.organizations {
            throw ValidationError("the data directory holds another data set (\(people) people); choose another --data-dir")
        } else {
            note("reusing the data set in the data directory")
        }
        // The triggers that keep the summary's state were off while the rows went in: it is built
        // here, in a transaction of its own (as a migration that adds it does), and timed.
        let kept = try await pool.query("SELECT EXISTS (SELECT 1 FROM stance_spans) OR NOT EXISTS (SELECT 1 FROM positions)")
        if try !kept[0].decode(Bool.self, at: 0) {
            let clock = ContinuousClock.now
            note("  building the summary's kept state (stances, first meetings)")
            try await pool.query("SELECT rebuild_summary_state()")
            note("kept state built in \(ContinuousClock.now - clock)")
        }
    }

    /// An admin account for the run: its token.
    static func account(pool: ConnectionPool) async throws -> String {
        try await pool.withTransaction { connection in
            let details = UserDetails(
                login: "bench-\(Int(Date().timeIntervalSince1970))", displayName: "Benchmark", role: .admin,
                clearance: .strictlyConfidential, active: true)
            let user = try await UserStore.create(details, passwordHash: nil, on: connection)
            let token = try await UserStore.issueToken(for: user.id, name: "benchmark", expiresAt: nil, on: connection)
            return token.token
        }
    }
}

func note(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// The release liaisond, started on the benchmark's database.
final class Server: @unchecked Sendable {
    let program: String
    let database: String
    let logFile: String
    let port: Int
    private var process: Process?

    /// Arguments of `liaisond serve` besides the database and port.
    let arguments: [String]

    init(program: String, database: String, logFile: String, arguments: [String] = []) throws {
        self.program = program
        self.database = database
        self.logFile = logFile
        self.arguments = arguments
        port = try Self.freePort()
    }

    /// A port nothing listens on now: the kernel's choice for port 0.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw BenchError("socket: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw BenchError("cannot find a free port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    var pid: Int32 { process?.processIdentifier ?? 0 }

    func start() async throws {
        guard FileManager.default.createFile(atPath: logFile, contents: nil) else {
            throw BenchError("cannot create liaisond's log file \(logFile)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["serve", "--database-url", database, "--port", "\(port)", "--log-level", "warning"] + arguments
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logFile))
        process.standardOutput = log
        process.standardError = log
        try process.run()
        self.process = process
        for _ in 0..<600 {
            try await Task.sleep(for: .milliseconds(100))
            if let response = try? await HTTPClient.shared.get(url: "http://127.0.0.1:\(port)/readyz").get(), response.status == .ok { return }
            if !process.isRunning { break }
        }
        throw BenchError("liaisond did not become ready:\n" + ((try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""))
    }

    /// SIGTERM, and SIGKILL if it has not ended ten seconds later.
    func stop() {
        guard let process, process.isRunning else { return }
        process.terminate()
        for _ in 0..<100 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        self.process = nil
    }

    private func status(_ field: String) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
            let kilobytes = line.split(separator: " ").compactMap({ Double($0) }).first
        else { return .nan }
        return kilobytes / 1024
    }

    var residentMegabytes: Double { status("VmRSS") }
    /// The most the process has held in memory since it started, or since `resetPeak()`.
    var peakMegabytes: Double { status("VmHWM") }
    /// Starts the peak over from what the process holds now (Linux: "5" to clear_refs).
    func resetPeak() {
        try? "5".write(toFile: "/proc/\(pid)/clear_refs", atomically: false, encoding: .utf8)
    }
}

/// The command line's own cost: starting (`--help`) and one `meeting log` round trip.
struct CommandLineTiming {
    var startup: [Double]
    var meetingLog: [Double]

    static func measure(program: String, server: String, token: String, participant: String, scratch: String) async throws -> CommandLineTiming {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        var environment: [String: String] = [:]
        environment["LIAISON_SERVER"] = server
        environment["LIAISON_TOKEN"] = token
        environment["XDG_CONFIG_HOME"] = scratch + "/config"
        environment["XDG_STATE_HOME"] = scratch + "/state"
        func time(_ arguments: [String]) async throws -> Double {
            let started = ContinuousClock.now
            _ = try await Shell.run(program, arguments, environment: environment)
            let elapsed = ContinuousClock.now - started
            return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        }
        _ = try await time(["--help"])  // the first run reads the binary from disk
        var startup: [Double] = []
        for _ in 0..<30 { startup.append(try await time(["--help"])) }
        var logs: [Double] = []
        for n in 0..<10 {
            logs.append(try await time(["meeting", "log", "--subject", "Timed from the command line \(n)", "--with", participant, "--on", "2009-06-01T10:00"]))
        }
        startup.sort()
        logs.sort()
        return CommandLineTiming(startup: startup, meetingLog: logs)
    }
}
