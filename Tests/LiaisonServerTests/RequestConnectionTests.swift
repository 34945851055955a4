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
}
