import Foundation
import LiaisonPostgres
import Subprocess
import Synchronization
import SystemPackage
import TestSupport
import Testing

@Suite("The liaisond and liaison binaries", .timeLimit(.minutes(3)))
struct ServerProcessTests {
    @Test func serveOnAnEmbeddedClusterAnswersReadyAndStopsCleanlyOnSIGTERM() async throws {
        try await withScratchDirectory("liaison-e2e") { directory in
            let logFile = directory + ".log"
            defer { try? FileManager.default.removeItem(atPath: logFile) }
            let status = try await withRunningServer(directory, extraArguments: ["--demo"]) { port, logFile in
                let ready = await httpGet("http://127.0.0.1:\(port)/readyz")
                #expect(ready?.status == 200)
                #expect(ready?.body.contains("\"ready\"") == true)
                #expect(postgresProcesses(in: directory).count == 1)

                // The first start made an admin whose token only this account can read.
                let tokenFile = directory + "/admin-token"
                let attributes = try FileManager.default.attributesOfItem(atPath: tokenFile)
                #expect((attributes[.posixPermissions] as? Int) == 0o600)
                let token = try String(contentsOfFile: tokenFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
                let log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
                #expect(log.contains(tokenFile))
                #expect(await httpGet("http://127.0.0.1:\(port)/v1/meetings")?.status == 401)

                // The demo data set was loaded and the register answers.
                let meetings = await httpGet("http://127.0.0.1:\(port)/v1/meetings?limit=5&from=2000-06-01&to=2000-09-30", token: token)
                #expect(meetings?.status == 200)
                #expect(meetings?.body.contains("\"localStart\"") == true)
                let stances = await httpGet("http://127.0.0.1:\(port)/v1/stances?asOf=2000-09-30", token: token)
                #expect(stances?.status == 200)
                #expect(stances?.body.contains("\"issueTitle\"") == true)

                // The client binary sees the same.
                let status = try await runCommand(
                    Binaries.path("liaison"), ["status", "--server", "http://127.0.0.1:\(port)"])
                #expect(status.status == .exited(0))
                #expect(status.output.contains("ready (schema version"))

                // A short command while the server runs uses its cluster and leaves it running.
                let migrate = try await runCommand(Binaries.path("liaisond"), ["migrate", "--data-dir", directory])
                #expect(migrate.status == .exited(0))
                #expect(migrate.output.contains("up to date"))
                #expect(await httpGet("http://127.0.0.1:\(port)/readyz")?.status == 200)

                // So does creating an account: its token (the last line) works at once.
                let created = try await runCommand(
                    Binaries.path("liaisond"),
                    ["user", "create", "--data-dir", directory, "--login", "viewer1", "--role", "viewer", "--clearance", "unclassified"])
                #expect(created.status == .exited(0), "\(created.error)")
                let viewerToken = created.output.split(separator: "\n").last.map(String.init) ?? ""
                let me = await httpGet("http://127.0.0.1:\(port)/v1/auth/me", token: viewerToken)
                #expect(me?.status == 200)
                #expect(me?.body.contains("\"viewer1\"") == true)
                // An unclassified viewer sees fewer demo meetings than the strictly confidential admin.
                let viewerMeetings = await httpGet("http://127.0.0.1:\(port)/v1/meetings?limit=200", token: viewerToken)
                let adminMeetings = await httpGet("http://127.0.0.1:\(port)/v1/meetings?limit=200", token: token)
                #expect(viewerMeetings?.body.contains("\"confidential\"") == false)
                #expect(adminMeetings?.body.contains("\"confidential\"") == true)
            }
            #expect(status == .exited(0))
            // pg_ctl's wait ends when the postmaster removes its pid file, a moment before it exits.
            for _ in 0..<50 where !postgresProcesses(in: directory).isEmpty { try await Task.sleep(for: .milliseconds(100)) }
            #expect(postgresProcesses(in: directory).isEmpty)
            #expect(!FileManager.default.fileExists(atPath: directory + "/postgres/postmaster.pid"))
            let text = try String(contentsOfFile: logFile, encoding: .utf8)
            #expect(text.contains("stopping the embedded PostgreSQL"))
        }
    }

    @Test func aRequestInFlightWhenTheServerIsToldToStopIsAnsweredBeforeItExits() async throws {
        try await Self.withDirectoryAndDatabase("liaison-drain") { directory, database, url in
                let token = try await Self.viewerToken(url, login: "drain")
                // A statement timeout far beyond the test: on a busy machine the default (30 s)
                // could end the held statement before the test lets it go, and answer 503.
                let arguments = ["--database-url", url, "--statement-timeout", "600"]
                let status = try await withServerProcess(arguments, logFile: directory + "/serve.log") { port, _, process in
                    try await PostgresConnection.withConnection(database.connection) { holder in
                        try await Self.holdTokenChecks(holder)
                        let answered = Atomic<Bool>(false)
                        let started = ContinuousClock.now
                        // Given long enough that a machine busy with other tests cannot make it give up.
                        let request = Task {
                            defer { answered.store(true, ordering: .releasing) }
                            return await httpSend(
                                .GET, "http://127.0.0.1:\(port)/v1/auth/me", token: token, json: nil, timeout: .seconds(90))
                        }
                        // Watched from a connection of its own (inside a transaction,
                        // pg_stat_activity keeps showing what it showed first), in this
                        // database only, and for as long as the request has not come back.
                        let waiting = try await PostgresConnection.withConnection(database.connection) { watcher in
                            let deadline = ContinuousClock.now + .seconds(60)
                            while ContinuousClock.now < deadline, !answered.load(ordering: .acquiring) {
                                if try await Self.tokenChecksWaiting(watcher) > 0 { return true }
                                try await Task.sleep(for: .milliseconds(20))
                            }
                            return false
                        }
                        guard waiting else {
                            let answer = await request.value
                            let log = (try? String(contentsOfFile: directory + "/serve.log", encoding: .utf8)) ?? ""
                            Issue.record("the request never waited on the held token check: \(answer?.status ?? 0) \(answer?.body ?? "no answer")\n\(log.suffix(4000))")
                            try await holder.query("ROLLBACK")
                            return
                        }
                        kill(process, SIGTERM)
                        try await Task.sleep(for: .milliseconds(500))
                        try await holder.query("COMMIT")
                        let answer = await request.value
                        let log = (try? String(contentsOfFile: directory + "/serve.log", encoding: .utf8)) ?? ""
                        #expect(
                            answer?.status == 200,
                            "\(answer?.body ?? "no answer") after \(ContinuousClock.now - started)\n\(log.suffix(4000))")
                    }
                }
                #expect(status == .exited(0))
        }
    }

    /// A scratch directory and a fresh database, with the libpq URL that liaisond takes for it.
    static func withDirectoryAndDatabase(
        _ prefix: String, _ body: (_ directory: String, _ database: TestDatabase, _ url: String) async throws -> Void
    ) async throws {
        try await withScratchDirectory(prefix) { directory in
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try await withTestDatabase { database in try await body(directory, database, try TransferTests.url(database)) }
        }
    }

    /// Locks the accounts table in a transaction on `holder`: every request's token check reads
    /// it, so a request waits there until `holder` commits or rolls back.
    static func holdTokenChecks(_ holder: PostgresConnection) async throws {
        try await holder.query("BEGIN")
        try await holder.query("LOCK TABLE users IN ACCESS EXCLUSIVE MODE")
    }

    /// The token of a new unclassified viewer, made by `liaisond user create`.
    static func viewerToken(_ url: String, login: String) async throws -> String {
        let created = try await runCommand(
            Binaries.path("liaisond"),
            ["user", "create", "--database-url", url, "--login", login, "--role", "viewer", "--clearance", "unclassified"])
        return try #require(created.output.split(separator: "\n").last.map(String.init), "\(created.error)")
    }

    /// Token checks of this database waiting on a lock (`holdTokenChecks`).
    static func tokenChecksWaiting(_ watcher: PostgresConnection) async throws -> Int {
        try await watcher.query(
            """
            SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
              AND wait_event_type = 'Lock' AND query LIKE '%authenticate_request%'
            """)[0].decode(Int.self, at: 0)
    }

    @Test func aRequestWhoseClientHangsUpHasItsStatementStopped() async throws {
        try await Self.withDirectoryAndDatabase("liaison-hangup") { directory, database, url in
                let token = try await Self.viewerToken(url, login: "gone")
                // A statement timeout far beyond the test: only the hang-up can stop the statement.
                let arguments = ["--database-url", url, "--statement-timeout", "600"]
                let status = try await withServerProcess(arguments, logFile: directory + "/serve.log") { port, logFile in
                    try await PostgresConnection.withConnection(database.connection) { holder in
                        try await Self.holdTokenChecks(holder)
                        let client = try RawConnection.open(port: port)
                        client.send("GET /v1/auth/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\n\r\n")
                        let stopped = try await PostgresConnection.withConnection(database.connection) { watcher in
                            var deadline = ContinuousClock.now + .seconds(60)
                            while try await Self.tokenChecksWaiting(watcher) == 0 {
                                guard ContinuousClock.now < deadline else { return false }
                                try await Task.sleep(for: .milliseconds(20))
                            }
                            client.close()
                            // The lock is still held: only a cancel can end the wait.
                            deadline = ContinuousClock.now + .seconds(30)
                            while try await Self.tokenChecksWaiting(watcher) > 0 {
                                guard ContinuousClock.now < deadline else { return false }
                                try await Task.sleep(for: .milliseconds(20))
                            }
                            return true
                        }
                        try await holder.query("ROLLBACK")
                        // Logged once the cancelled statement's error has come back.
                        var log = ""
                        for _ in 0..<100 {
                            log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
                            if log.contains("the client went away") { break }
                            try await Task.sleep(for: .milliseconds(100))
                        }
                        #expect(stopped, "the statement went on after its client hung up\n\(log.suffix(4000))")
                        #expect(log.contains("the client went away"), "\(log.suffix(4000))")
                    }
                    // The server serves on, and the token still works.
                    let me = await httpSend(.GET, "http://127.0.0.1:\(port)/v1/auth/me", token: token, json: nil)
                    #expect(me?.status == 200)
                }
                #expect(status == .exited(0))
        }
    }

    @Test func outOfFileDescriptorsTheServerServesOpenConnectionsWithoutSpinningAndAcceptsAgainAfter() async throws {
        try await Self.withDirectoryAndDatabase("liaison-nofile") { directory, database, url in
                let status = try await withServerProcess(
                    ["--database-url", url], logFile: directory + "/serve.log", descriptorLimit: 128
                ) { port, logFile, process in
                    let health = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                    let kept = try RawConnection.open(port: port, receiveTimeout: 10)
                    defer { kept.close() }
                    func ask() async throws -> String {
                        try await RawConnection.offThread {
                            kept.send(health)
                            return try kept.receiveResponse()
                        }
                    }
                    #expect(try await ask().hasPrefix("HTTP/1.1 200"))
                    // More idle connections than the server has descriptors left: the rest wait
                    // in the listen queue.
                    var idle = try await RawConnection.offThread { try (0..<200).map { _ in try RawConnection.open(port: port) } }
                    defer { idle.forEach { $0.close() } }
                    try await Task.sleep(for: .seconds(1))
                    // Not spinning on accept: well under a core over two seconds.
                    let before = try cpuTicks(of: process)
                    try await Task.sleep(for: .seconds(2))
                    let used = Double(try cpuTicks(of: process) - before) / Double(sysconf(Int32(_SC_CLK_TCK)))
                    #expect(used < 0.5, "liaisond used \(used) s of CPU in 2 s while out of descriptors")
                    let log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
                    #expect(log.contains("not accepting new connections until one closes"), "\(log.suffix(4000))")
                    // The connection it already had is still served.
                    #expect(try await ask().hasPrefix("HTTP/1.1 200"))
                    // Once the idle clients go, it accepts again.
                    idle.forEach { $0.close() }
                    idle.removeAll()
                    var answered = false
                    for _ in 0..<100 where !answered {
                        answered = await httpGet("http://127.0.0.1:\(port)/healthz")?.status == 200
                        if !answered { try await Task.sleep(for: .milliseconds(100)) }
                    }
                    #expect(answered, "no new connection was accepted after the descriptors came back")
                }
                #expect(status == .exited(0))
        }
    }

    /// CPU time a process has used so far, user and system, in clock ticks (/proc/PID/stat).
    func cpuTicks(of process: pid_t) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8)
        // Fields after the command name (which may hold spaces) start at the state, field 3.
        let fields = stat[stat.index(after: stat.lastIndex(of: ")")!)...].split(separator: " ")
        return Int(fields[11])! + Int(fields[12])!
    }

    @Test func migrateOnAFreshDataDirectoryAppliesTheSchemaAndLeavesNothingRunning() async throws {
        try await withScratchDirectory("liaison-migrate") { directory in
            let first = try await runCommand(Binaries.path("liaisond"), ["migrate", "--data-dir", directory])
            #expect(first.status == .exited(0), "\(first.error)")
            #expect(first.output.contains("applied 0001_extensions.sql"))
            #expect(postgresProcesses(in: directory).isEmpty)
            let second = try await runCommand(Binaries.path("liaisond"), ["migrate", "--data-dir", directory])
            #expect(second.status == .exited(0))
            #expect(second.output.contains("up to date"))
        }
    }

    @Test func userCreateWorksWithNoServerRunningAndLeavesNothingRunning() async throws {
        try await withScratchDirectory("liaison-user") { directory in
            let created = try await runCommand(
                Binaries.path("liaisond"),
                ["user", "create", "--data-dir", directory, "--login", "head", "--role", "admin", "--clearance", "strictly-confidential"])
            #expect(created.status == .exited(0), "\(created.error)")
            let lines = created.output.split(separator: "\n")
            #expect(lines.last?.hasPrefix("lsn_") == true)
            #expect(postgresProcesses(in: directory).isEmpty)
            let invalid = try await runCommand(
                Binaries.path("liaisond"),
                ["user", "create", "--data-dir", directory, "--login", "x", "--role", "king", "--clearance", "unclassified"])
            #expect(invalid.status != .exited(0))
            #expect(invalid.error.contains("--role must be admin, officer or viewer"))
        }
    }

    @Test func badFlagsGetAClearErrorAndNonZeroExit() async throws {
        let both = try await runCommand(
            Binaries.path("liaisond"), ["migrate", "--data-dir", "/tmp/a", "--database-url", "postgresql://x/y"])
        #expect(both.status != .exited(0))
        #expect(both.error.contains("not both"))
        let level = try await runCommand(Binaries.path("liaisond"), ["serve", "--log-level", "loud"])
        #expect(level.status != .exited(0))
        #expect(level.error.contains("unknown log level"))
        let timeout = try await runCommand(Binaries.path("liaisond"), ["serve", "--statement-timeout", "0"])
        #expect(timeout.status != .exited(0))
        #expect(timeout.error.contains("--statement-timeout must be between"), "\(timeout.error)")
        let body = try await runCommand(Binaries.path("liaisond"), ["serve", "--max-body-size", "10"])
        #expect(body.status != .exited(0))
        #expect(body.error.contains("--max-body-size must be at least 1024 bytes"), "\(body.error)")
    }

    @Test func anUnreachableDatabaseIsReportedWithoutAStackTrace() async throws {
        let result = try await runCommand(
            Binaries.path("liaisond"),
            ["migrate", "--database-url", "postgresql://nobody@127.0.0.1:1/nothing?connect_timeout=2"])
        #expect(result.status == .exited(1))
        #expect(result.error.contains("could not connect to PostgreSQL"))
    }

    @Test func everyCommandHasHelpWithExamples() async throws {
        for arguments in [["--help"], ["serve", "--help"], ["migrate", "--help"]] {
            let result = try await runCommand(Binaries.path("liaisond"), arguments)
            #expect(result.status == .exited(0))
            #expect(result.output.contains("Examples:"), "liaisond \(arguments.joined(separator: " "))")
        }
        for arguments in [["--help"], ["status", "--help"]] {
            let result = try await runCommand(Binaries.path("liaison"), arguments)
            #expect(result.status == .exited(0))
            #expect(result.output.contains("Examples:"), "liaison \(arguments.joined(separator: " "))")
        }
    }

    @Test func theClientSaysWhenTheServerCannotBeReached() async throws {
        let result = try await runCommand(Binaries.path("liaison"), ["status", "--server", "http://127.0.0.1:1"])
        #expect(result.status == .exited(6))
        #expect(result.error.contains("cannot reach the Liaison server"))
    }
}

@Suite("liaisond with an external database", .timeLimit(.minutes(3)))
struct ExternalDatabaseTests {
    @Test func libpqEnvironmentVariablesAndURLsBothReachTheDatabase() async throws {
        try await withTestDatabase(migrated: false) { database in
            let parameters = Dictionary(
                database.connection.parameters.map { ($0.keyword, $0.value) }, uniquingKeysWith: { $1 })
            guard let host = parameters["host"], let port = parameters["port"], let user = parameters["user"] else {
                // LIAISON_TEST_DATABASE_URL points elsewhere: the URL form below still runs.
                return
            }
            // libpq's own variables, with no flag at all.
            let viaEnvironment = try await runCommand(
                Binaries.path("liaisond"), ["migrate"],
                environment: ["PGHOST": host, "PGPORT": port, "PGUSER": user, "PGDATABASE": database.name,
                              "LIAISON_DATA_DIR": "", "LIAISON_DATABASE_URL": ""])
            #expect(viaEnvironment.status == .exited(0), "\(viaEnvironment.error)")
            #expect(viaEnvironment.output.contains("applied 0001_extensions.sql"))
            #expect(viaEnvironment.output.contains("applied 0003_accounts.sql"))

            // A URL whose host is a socket directory.
            let url = "postgresql://\(user)@/\(database.name)?host=\(host)&port=\(port)"
            let viaURL = try await runCommand(Binaries.path("liaisond"), ["migrate", "--database-url", url])
            #expect(viaURL.status == .exited(0), "\(viaURL.error)")
            #expect(viaURL.output.contains("up to date"))

            // The first admin of a shared database comes from the command line; the token is the last line.
            let created = try await runCommand(
                Binaries.path("liaisond"),
                ["user", "create", "--database-url", url, "--login", "head", "--role", "admin", "--clearance", "strictly-confidential"])
            #expect(created.status == .exited(0), "\(created.error)")
            let token = created.output.split(separator: "\n").last.map(String.init) ?? ""
            #expect(token.hasPrefix("lsn_") && token.count >= 47)
            let duplicate = try await runCommand(
                Binaries.path("liaisond"),
                ["user", "create", "--database-url", url, "--login", "head", "--role", "viewer", "--clearance", "unclassified"])
            #expect(duplicate.status == .exited(1))
            #expect(duplicate.error.contains("already taken"))
        }
    }
}

@Suite("The liaison command line against a real server", .timeLimit(.minutes(3)))
struct CommandLineJourneyTests {
    @Test func logInAddRecordsLogAMeetingByNamesAndListIt() async throws {
        try await withScratchDirectory("liaison-cli") { directory in
            defer { try? FileManager.default.removeItem(atPath: directory + ".log") }
            let status = try await withRunningServer(directory) { port, _ in
                let environment = ["XDG_CONFIG_HOME": directory + "/config", "LIAISON_SERVER": "", "LIAISON_TOKEN": "", "TZ": "Asia/Dushanbe"]
                func liaison(_ arguments: [String], input: String? = nil) async throws -> (status: TerminationStatus, output: String, error: String) {
                    try await runCommand(Binaries.path("liaison"), arguments, environment: environment, input: input)
                }
                let token = try String(contentsOfFile: directory + "/admin-token", encoding: .utf8)
                let login = try await liaison(["auth", "login", "--server", "http://127.0.0.1:\(port)", "--with-token"], input: token)
                #expect(login.status == .exited(0), "\(login.error)")
                let mode = try FileManager.default.attributesOfItem(atPath: directory + "/config/liaison/config.json")[.posixPermissions] as? Int
                #expect(mode == 0o600)

                let org = try await liaison(["org", "add", "Democratic Party of Tajikistan", "--sector", "political-party", "--region", "Dushanbe", "--json"])
                #expect(org.status == .exited(0), "\(org.error)")
                #expect(org.output.contains("\"id\""))
                #expect(try await liaison(["org", "add", "Ministry of Justice", "--sector", "government"]).status == .exited(0))
                let person = try await liaison(["person", "add", "Rustam Karimov", "--org", "Ministry of Justice", "--role", "Deputy Minister"])
                #expect(person.status == .exited(0), "\(person.error)")
                #expect(try await liaison(["issue", "add", "Amnesty", "--objective", "d"]).status == .exited(0))

                let logged = try await liaison([
                    "meeting", "log", "--subject", "Amnesty implementation", "--with", "Democratic Party of Tajikistan",
                    "--with", "Ministry of Justice", "--issue", "Amnesty=+1", "--on", "2000-06-12T10:00", "--at", "Dushanbe",
                    "--note", "Supportive of extending the deadline.",
                ])
                #expect(logged.status == .exited(0), "\(logged.error)")
                #expect(logged.output.contains("2000-06-12 10:00 +05:00"))

                let listed = try await liaison(["meeting", "list", "--json"])
                #expect(listed.status == .exited(0))
                let meetings = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]]
                #expect(meetings?.count == 1)
                #expect((meetings?.first?["participants"] as? [[String: Any]])?.count == 2)
                #expect((meetings?.first?["positions"] as? [[String: Any]])?.count == 2)

                // Loose names: case and accents do not matter; an unknown one is "not found" (4).
                #expect(try await liaison(["log", "--subject", "Call", "--with", "ministry of JUSTICE", "--on", "2000-06-13T09:00"]).status == .exited(0))
                let unknown = try await liaison(["log", "--subject", "Call", "--with", "Nobody Known", "--on", "2000-06-13T09:00"])
                #expect(unknown.status == .exited(4))
                #expect(unknown.error.contains("no person or organisation called 'Nobody Known'"))
                let table = try await liaison(["meeting", "ls"])
                #expect(table.output.split(separator: "\n").count == 2)  // tab-separated in a pipe, one line each
                let usage = try await liaison(["log", "--subject", "x", "--with", "y", "--issue", "Amnesty=+7", "--on", "2000-06-13T09:00"])
                #expect(usage.status == .exited(2))
                #expect(usage.error.contains("-2 to +2"))
                #expect(usage.error.hasPrefix("liaison: ") && usage.error.split(separator: "\n").count == 1)
                let missing = try await liaison(["org", "add"])
                #expect(missing.status == .exited(2))
                #expect(missing.error.split(separator: "\n").count == 1, "\(missing.error)")
            }
            #expect(status == .exited(0))
        }
    }

    @Test func aMeetingLoggedWhileTheServerIsDownIsKeptAndSentExactlyOnce() async throws {
        try await withScratchDirectory("liaison-offline") { directory in
            defer { try? FileManager.default.removeItem(atPath: directory + ".log") }
            let status = try await withRunningServer(directory) { port, _ in
                let environment = [
                    "XDG_CONFIG_HOME": directory + "/config", "XDG_STATE_HOME": directory + "/state", "LIAISON_SERVER": "",
                    "LIAISON_TOKEN": "", "TZ": "Asia/Dushanbe",
                ]
                func liaison(_ arguments: [String], input: String? = nil, extra: [String: String] = [:]) async throws
                    -> (status: TerminationStatus, output: String, error: String)
                {
                    try await runCommand(Binaries.path("liaison"), arguments, environment: environment.merging(extra) { $1 }, input: input)
                }
                let token = try String(contentsOfFile: directory + "/admin-token", encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(try await liaison(["auth", "login", "--server", "http://127.0.0.1:\(port)", "--with-token"], input: token).status == .exited(0))
                #expect(try await liaison(["org", "add", "Ministry of Justice", "--sector", "government"]).status == .exited(0))
                #expect(try await liaison(["issue", "add", "Amnesty"]).status == .exited(0))

                // The field office is cut off: nothing answers at this address.
                let offline = try await liaison(
                    ["log", "--server", "http://127.0.0.1:1", "--subject", "Amnesty in Khatlon", "--with", "Ministry of Justice",
                     "--issue", "Amnesty=+2", "--on", "2000-06-14T09:30"], extra: ["LIAISON_TOKEN": token])
                #expect(offline.status == .exited(7), "\(offline.error)")
                #expect(offline.error.contains("kept in the outbox"))
                let outbox = directory + "/state/liaison/outbox"
                let kept = try FileManager.default.contentsOfDirectory(atPath: outbox)
                #expect(kept.count == 1)
                let reminder = try await liaison(["meeting", "ls"])
                #expect(reminder.error.contains("1 record(s) wait in the outbox"))

                // Keep a copy, as if the reply to the first send were lost after the server committed.
                let copy = directory + "/entry-copy.json"
                try FileManager.default.copyItem(atPath: outbox + "/" + kept[0], toPath: copy)
                let synced = try await liaison(["sync"])
                #expect(synced.status == .exited(0), "\(synced.error)")
                #expect(synced.output.contains("Sent 1; 0 still waiting."))
                try FileManager.default.copyItem(atPath: copy, toPath: outbox + "/" + kept[0])
                #expect(try await liaison(["sync"]).status == .exited(0))
                #expect(try FileManager.default.contentsOfDirectory(atPath: outbox).isEmpty)

                let listed = try await liaison(["meeting", "list", "--json"])
                let meetings = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]]
                #expect(meetings?.count == 1)
                #expect(meetings?.first?["localStart"] as? String == "2000-06-14T09:30:00+05:00")
                #expect(try await liaison(["sync"]).output.contains("Nothing waits"))
            }
            #expect(status == .exited(0))
        }
    }
}
