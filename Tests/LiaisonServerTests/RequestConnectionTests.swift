import Foundation
import LiaisonPostgres
import LiaisonServer
import TestSupport
import Testing

/// How the server's request connections are set up (`LiaisonDatabase.requestConnection`).
@Suite("Request connections")
struct RequestConnectionTests {
    static func jit(_ configuration: ConnectionConfiguration) async throws -> String {
        try await PostgresConnection.withConnection(configuration) { connection in
            try await connection.query("SELECT current_setting('jit')")[0].decode(String.self, at: 0)
        }
    }

    @Test func requestConnectionsRunWithoutJITUnlessTheirConfigurationSaysOtherwise() async throws {
        try await withTestDatabase(migrated: false) { database in
            let plain = try await Self.jit(database.connection)
            #expect(plain == "on", "the cluster's own default, which requests must not take")
            let request = try await Self.jit(LiaisonDatabase.requestConnection(database.connection))
            #expect(request == "off")
            // An operator who sets the options chooses for themselves.
            let chosen = database.connection.setting("options", "-c jit=on -c work_mem=8MB")
            let own = try await Self.jit(LiaisonDatabase.requestConnection(chosen))
            #expect(own == "on")
        }
    }

    @Test func overTCPASilentServerIsNoticedUnlessTheConfigurationSaysOtherwise() {
        let plain = ConnectionConfiguration.url("postgresql://liaison@db/liaison")
        let request = LiaisonDatabase.requestConnection(plain).parameters
        for keyword in ["connect_timeout", "keepalives", "keepalives_idle", "tcp_user_timeout"] {
            #expect(request.contains { $0.keyword == keyword }, "\(keyword) is not set")
        }
        // The URL is still the first dbname (libpq expands only that one), and an operator's
        // own value comes after the default, so it wins.
        #expect(request.first { $0.keyword == "dbname" }?.value == "postgresql://liaison@db/liaison")
        let own = LiaisonDatabase.requestConnection(plain.setting("connect_timeout", "2")).parameters.filter { $0.keyword == "connect_timeout" }
        #expect(own.last?.value == "2")
        // The owner's connections too, without the requests' JIT option.
        let owner = LiaisonDatabase.ownerConnection(plain).parameters
        #expect(owner.contains { $0.keyword == "tcp_user_timeout" })
        #expect(!owner.contains { $0.keyword == "options" })
    }

    @Test func aRequestWhoseStatementRunsTooLongIsStoppedAndAnswered503() async throws {
        // Long enough that no statement of a loaded test run reaches it but the one held below.
        let limits = LiaisonDatabase.Limits(statementTimeout: .seconds(3), idleInTransactionTimeout: .seconds(60))
        try await withAPIAndPools(limits: limits) { api, owner, requests in
            let register = try await Register.make(api, owner)
            let id = try #require(try await api.post("/v1/meetings", register.meeting).json["id"] as? String)
            let settings = try await requests.query("SELECT current_setting('statement_timeout'), current_setting('idle_in_transaction_session_timeout')")
            #expect(try settings[0].decode(String.self, at: 0) == "3s")
            #expect(try settings[0].decode(String.self, at: 1) == "1min")
            // Someone holds the meeting; the edit waits on its lock past the limit.
            try await owner.withTransaction { connection in
                try await connection.query("SELECT 1 FROM meetings WHERE id = $1 FOR UPDATE", [UUID(uuidString: id)!])
                var meeting = register.meeting
                meeting.removeValue(forKey: "commitments")
                meeting["subject"] = "Edited while locked"
                let response = try await api.put("/v1/meetings/\(id)", meeting, headers: ["If-Match": "*"])
                expectProblem(response, status: 503)
                #expect(response.text.contains("took too long"), "\(response.text)")
            }
            // Once the lock is gone the same edit goes through.
            var meeting = register.meeting
            meeting.removeValue(forKey: "commitments")
            meeting["subject"] = "Edited"
            #expect(try await api.put("/v1/meetings/\(id)", meeting, headers: ["If-Match": "*"]).status == 200)
        }
    }
}
