import Foundation
import LiaisonPostgres
import Logging
import Subprocess
import SystemPackage
import TestSupport
import Testing

/// `liaisond serve --replica-url`: lists, search and summaries come from a real streaming
/// standby, single records from the primary, and the primary answers when the standby is gone.
@Suite("Read replica", .timeLimit(.minutes(5)))
struct ReplicaTests {
    @Test func listsAndSearchComeFromTheStandbyAndFallBackToThePrimaryWhenItStops() async throws {
        let base = "/tmp/liaison-replica-\(getpid())-\(UUID().uuidString.prefix(6))"
        var logger = Logger(label: "liaison.tests")
        logger.logLevel = .warning
        let primary = EmbeddedCluster(.init(dataDirectory: base + "/primary", durable: false), logger: logger)
        let standby = EmbeddedCluster(.init(dataDirectory: base + "/standby", durable: false), logger: logger)
        defer { TestClusters.stop(primary, standby, thenRemove: base) }
        try await primary.start()
        try await TestClusters.makeStandby(standby, of: primary)
        try await standby.start()

        let primaryURL = TestClusters.url(primary), standbyURL = TestClusters.url(standby)
        let created = try await runCommand(
            Binaries.path("liaisond"),
            ["user", "create", "--database-url", primaryURL, "--login", "head", "--role", "admin", "--clearance", "strictly-confidential"])
        #expect(created.status == .exited(0), "\(created.error)")
        let token = try #require(created.output.split(separator: "\n").last.map(String.init))
        let reader = try await runCommand(
            Binaries.path("liaisond"),
            ["user", "create", "--database-url", primaryURL, "--login", "reader", "--role", "viewer", "--clearance", "unclassified"])
        let readerToken = try #require(reader.output.split(separator: "\n").last.map(String.init), "\(reader.error)")

        let status = try await withServerProcess(
            ["--database-url", primaryURL, "--replica-url", standbyURL], logFile: base + "-server.log"
        ) { port, logFile in
            let server = "http://127.0.0.1:\(port)"
            func names(_ path: String) async -> [String] {
                let reply = await httpSend(.GET, server + path, token: token, json: nil)
                let object = try? JSONSerialization.jsonObject(with: Data((reply?.body ?? "").utf8)) as? [String: Any]
                return ((object?["items"] as? [[String: Any]]) ?? []).compactMap { ($0["name"] ?? $0["title"]) as? String }
            }
            func waitFor(_ name: String, in path: String) async throws -> Bool {
                for _ in 0..<100 {
                    if await names(path).contains(name) { return true }
                    try await Task.sleep(for: .milliseconds(100))
                }
                return false
            }

            // Replicated: the standby serves the list under the same role and clearance rules.
            let first = await httpSend(.POST, server + "/v1/organizations", token: token, json: ["name": "Council of Elders", "sector": "civil-society"])
            #expect(first?.status == 201)
            #expect(try await waitFor("Council of Elders", in: "/v1/organizations"))

            // With replay paused, a new record is on the primary only: the single read finds
            // it, the list and the search (served by the standby) do not yet.
            try await TestClusters.superuserQuery(standby, "SELECT pg_wal_replay_pause()")
            let second = await httpSend(.POST, server + "/v1/organizations", token: token, json: ["name": "Union of Teachers", "sector": "civil-society"])
            #expect(second?.status == 201)
            let id = try #require((try JSONSerialization.jsonObject(with: Data((second?.body ?? "").utf8)) as? [String: Any])?["id"] as? String)
            #expect(await httpSend(.GET, server + "/v1/organizations/\(id)", token: token, json: nil)?.status == 200)
            #expect(await names("/v1/organizations") == ["Council of Elders"])
            let search = await httpSend(.GET, server + "/v1/search?q=Teachers", token: token, json: nil)
            #expect(search?.status == 200)
            #expect(await names("/v1/search?q=Teachers").isEmpty)
            // A token revoked on the primary stops at once, though the lagging standby that
            // serves the list still has it: tokens are checked on the primary.
            #expect(await httpSend(.GET, server + "/v1/organizations", token: readerToken, json: nil)?.status == 200)
            try await TestClusters.superuserQuery(
                primary, "UPDATE api_tokens SET revoked_at = now() WHERE user_id = (SELECT id FROM users WHERE login = 'reader')")
            #expect(await httpSend(.GET, server + "/v1/organizations", token: readerToken, json: nil)?.status == 401)

            try await TestClusters.superuserQuery(standby, "SELECT pg_wal_replay_resume()")
            #expect(try await waitFor("Union of Teachers", in: "/v1/organizations"))

            // The standby stops: the primary answers, at once and without errors.
            try await standby.stop()
            #expect(Set(await names("/v1/organizations")) == ["Council of Elders", "Union of Teachers"])
            #expect(await httpSend(.GET, server + "/v1/search?q=Teachers", token: token, json: nil)?.status == 200)
            let metrics = await httpSend(.GET, server + "/metrics", token: nil, json: nil)?.body ?? ""
            let fallbacks = metrics.split(separator: "\n").first { $0.hasPrefix("liaison_replica_fallbacks_total ") }
                .flatMap { Double($0.split(separator: " ").last ?? "") }
            #expect((fallbacks ?? 0) >= 1, "\(metrics.prefix(2000))")
            let log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
            #expect(log.contains("the read replica is unavailable"), "\(log.suffix(3000))")
        }
        #expect(status == .exited(0))
    }
}
