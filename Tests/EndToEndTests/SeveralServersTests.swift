import AsyncHTTPClient
import Foundation
import NIOHTTP1
import Subprocess
import SystemPackage
import TestSupport
import Testing

/// Several liaisond processes sharing one PostgreSQL database, as a mission scales out.
@Suite("Several servers on one database", .timeLimit(.minutes(5)))
struct SeveralServersTests {
    @Test func migrationsApplyOnceAndTwoServersServeTheSameDataUnderConcurrentWrites() async throws {
        try await withTestDatabase(migrated: false) { database in
            let parameters = Dictionary(database.connection.parameters.map { ($0.keyword, $0.value) }, uniquingKeysWith: { $1 })
            let host = try #require(parameters["host"]), port = try #require(parameters["port"]), user = try #require(parameters["user"])
            let url = "postgresql://\(user)@/\(database.name)?host=\(host)&port=\(port)"

            // Two migrations started at once: each migration is applied exactly once.
            async let first = runCommand(Binaries.path("liaisond"), ["migrate", "--database-url", url])
            async let second = runCommand(Binaries.path("liaisond"), ["migrate", "--database-url", url])
            let results = try await [first, second]
            for result in results { #expect(result.status == .exited(0), "\(result.error)") }
            let applied = results.map { $0.output.components(separatedBy: "applied 0001_extensions.sql").count - 1 }.reduce(0, +)
            #expect(applied == 1, "\(results.map(\.output))")
            #expect(try await runCommand(Binaries.path("liaisond"), ["migrate", "--database-url", url]).output.contains("up to date"))

            let created = try await runCommand(
                Binaries.path("liaisond"),
                ["user", "create", "--database-url", url, "--login", "head", "--role", "admin", "--clearance", "strictly-confidential"])
            let token = try #require(created.output.split(separator: "\n").last.map(String.init))

            let logs = NSTemporaryDirectory() + "liaison-two-\(UUID().uuidString.prefix(8))"
            defer { for n in 1...2 { try? FileManager.default.removeItem(atPath: "\(logs)-\(n).log") } }
            let one = try await withServerProcess(["--database-url", url], logFile: logs + "-1.log") { portOne, _ in
                let two = try await withServerProcess(["--database-url", url], logFile: logs + "-2.log") { portTwo, _ in
                    let servers = ["http://127.0.0.1:\(portOne)", "http://127.0.0.1:\(portTwo)"]
                    // Twenty organisations written through both servers at once.
                    let statuses = await withTaskGroup(of: Int.self) { group in
                        for n in 0..<20 {
                            group.addTask {
                                await httpSend(.POST, servers[n % 2] + "/v1/organizations", token: token,
                                               json: ["name": "Organisation number \(n)", "sector": "civil-society"])?.status ?? 0
                            }
                        }
                        return await group.reduce(into: [Int]()) { $0.append($1) }
                    }
                    #expect(statuses.allSatisfy { $0 == 201 }, "\(statuses)")
                    // Either server reads all of them, the same.
                    var seen: [Set<String>] = []
                    for server in servers {
                        let page = await httpSend(.GET, server + "/v1/organizations?limit=200", token: token, json: nil)
                        let items = (try? JSONSerialization.jsonObject(with: Data((page?.body ?? "").utf8)) as? [String: Any])?["items"]
                        seen.append(Set(((items as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }))
                    }
                    #expect(seen[0].count == 20)
                    #expect(seen[0] == seen[1])
                    // Two edits of one record from the same version, one through each server: one wins, one is told.
                    let id = try #require(seen[0].sorted().first)
                    let edits = await withTaskGroup(of: Int.self) { group in
                        for (n, server) in servers.enumerated() {
                            group.addTask {
                                await httpSend(.PUT, server + "/v1/organizations/\(id)", token: token,
                                               json: ["name": "Edited through server \(n)", "sector": "civil-society"],
                                               headers: ["If-Match": "\"1\""])?.status ?? 0
                            }
                        }
                        return await group.reduce(into: [Int]()) { $0.append($1) }
                    }
                    #expect(edits.sorted() == [200, 412], "\(edits)")
                    let names = await [servers[0], servers[1]].asyncMap {
                        await httpSend(.GET, $0 + "/v1/organizations/\(id)", token: token, json: nil)?.headers["etag"]
                    }
                    #expect(names == ["\"2\"", "\"2\""])
                }
                #expect(two == .exited(0))
            }
            #expect(one == .exited(0))
        }
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async -> T) async -> [T] {
        var out: [T] = []
        for element in self { out.append(await transform(element)) }
        return out
    }
}

@Suite("Metrics and request ids from the real server", .timeLimit(.minutes(3)))
struct ObservabilityTests {
    @Test func metricsInPrometheusFormatAndRequestIdsInTheLog() async throws {
        try await withScratchDirectory("liaison-metrics") { directory in
            defer { try? FileManager.default.removeItem(atPath: directory + ".log") }
            let status = try await withRunningServer(directory, extraArguments: ["--log-level", "debug"]) { port, logFile in
                let token = try String(contentsOfFile: directory + "/admin-token", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
                let server = "http://127.0.0.1:\(port)"
                let listed = await httpSend(.GET, server + "/v1/issues", token: token, json: nil, headers: ["X-Request-Id": "e2e-trace-1"])
                #expect(listed?.status == 200)
                #expect(listed?.headers["x-request-id"] == "e2e-trace-1")
                _ = await httpSend(.GET, server + "/v1/meetings/\(UUID())", token: token, json: nil)
                let metrics = try #require(await httpSend(.GET, server + "/metrics", token: nil, json: nil))
                #expect(metrics.status == 200)
                #expect(metrics.headers["content-type"]?.hasPrefix("text/plain") == true)
                for expected in [
                    "# TYPE http_server_request_duration histogram",
                    "hb_requests{http_route=\"/v1/issues\",http_request_method=\"GET\",http_response_status_code=\"200\"} 1",
                    "http_response_status_code=\"404\"",
                    "# TYPE liaison_query_duration_seconds histogram",
                    "liaison_pool_connections_in_use{pool=\"requests\"}",
                    "liaison_pool_waiting{pool=\"requests\"} 0.0",
                ] {
                    #expect(metrics.body.contains(expected), "no \(expected)")
                }
                // Every round trip is timed, COMMIT too: reading the issues again (the token's use
                // already stamped) is BEGIN with the check and the list, then COMMIT.
                func roundTripsTimed() async throws -> Int {
                    let body = try #require(await httpSend(.GET, server + "/metrics", token: nil, json: nil)).body
                    let line = try #require(body.split(separator: "\n").first { $0.hasPrefix("liaison_query_duration_seconds_count") })
                    return try #require(Int(line.split(separator: " ").last ?? ""))
                }
                var before = try await roundTripsTimed()
                for _ in 0..<50 {  // until the stamp of the token's first use has gone out
                    try await Task.sleep(for: .milliseconds(200))
                    let now = try await roundTripsTimed()
                    if now == before { break }
                    before = now
                }
                #expect(await httpSend(.GET, server + "/v1/issues", token: token, json: nil)?.status == 200)
                #expect(try await roundTripsTimed() - before == 2)
                // A meeting logged leaves notes for the summary's kept state, which the server
                // works out in the background after the write commits.
                let organization = await httpSend(.POST, server + "/v1/organizations", token: token, json: ["name": "Ministry", "sector": "government"])
                let organizationID = try #require((try? JSONSerialization.jsonObject(with: Data((organization?.body ?? "").utf8))) as? [String: Any])["id"]
                let meeting = await httpSend(
                    .POST, server + "/v1/meetings", token: token,
                    json: ["subject": "Talk", "startsAt": "2000-07-01T10:00:00Z", "timeZone": "UTC", "participants": [organizationID ?? ""]])
                #expect(meeting?.status == 201)
                var refreshed = 0
                for _ in 0..<50 where refreshed == 0 {
                    let body = try #require(await httpSend(.GET, server + "/metrics", token: nil, json: nil)).body
                    let line = body.split(separator: "\n").first { $0.hasPrefix("liaison_kept_state_notes_refreshed_total") }
                    refreshed = line.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
                    if refreshed == 0 { try await Task.sleep(for: .milliseconds(100)) }
                }
                #expect(refreshed >= 2, "the meeting's first meeting and organisation met were worked out")
                // The request's log line carries its id.
                let log = try String(contentsOfFile: logFile, encoding: .utf8)
                #expect(log.split(separator: "\n").contains { $0.contains("\"request_id\":\"e2e-trace-1\"") }, "\(log.suffix(2000))")
            }
            #expect(status == .exited(0))
        }
    }
}

@Suite("Backing up the embedded cluster", .timeLimit(.minutes(3)))
struct BackupTests {
    /// What pg_restore lists of a backup file (the same installation's pg_restore).
    static func listing(_ file: String) async throws -> String {
        let bin = try #require(
            (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql"))?.compactMap(Int.init).max()
                .map { "/usr/lib/postgresql/\($0)/bin" })
        let listed = try await runCommand(FilePath(bin + "/pg_restore"), ["--list", file])
        #expect(listed.status == .exited(0), "\(listed.error)")
        return listed.output
    }

    @Test func aBackupWhileServingAndAnotherOnItsOwn() async throws {
        try await withScratchDirectory("liaison-backup") { directory in
            defer { try? FileManager.default.removeItem(atPath: directory + ".log") }
            let backups = NSTemporaryDirectory() + "liaison-backups-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: backups) }
            // While the server runs, on the demo data.
            let status = try await withRunningServer(directory, extraArguments: ["--demo"]) { _, _ in
                let made = try await runCommand(Binaries.path("liaisond"), ["backup", "--data-dir", directory, "--out", backups + "/serving.dump"])
                #expect(made.status == .exited(0), "\(made.error)")
            }
            #expect(status == .exited(0))
            let mode = try FileManager.default.attributesOfItem(atPath: backups + "/serving.dump")[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let listed = try await Self.listing(backups + "/serving.dump")
            #expect(listed.contains("TABLE DATA public meetings"))
            #expect(listed.contains("TABLE DATA public audit_log"))
            // With no server: the cluster is started for the backup and stopped again.
            let alone = try await runCommand(Binaries.path("liaisond"), ["backup", "--data-dir", directory, "--out", backups + "/alone.dump"])
            #expect(alone.status == .exited(0), "\(alone.error)")
            #expect(postgresProcesses(in: directory).isEmpty)
            // A backup never overwrites a file, nor leaves half a file behind.
            let again = try await runCommand(Binaries.path("liaisond"), ["backup", "--data-dir", directory, "--out", backups + "/alone.dump"])
            #expect(again.status != .exited(0))
            #expect(again.error.contains("exists already"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: backups).sorted() == ["alone.dump", "serving.dump"])
        }
    }
}
