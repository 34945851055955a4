import Foundation
import HummingbirdTesting
import LiaisonAPI
import LiaisonPostgres
import LiaisonServer
import Logging
import TestSupport
import Testing

@Suite("Health, readiness and the contract over HTTP")
struct OperationsTests {
    func withApp(migrated: Bool = true, _ test: @Sendable @escaping (any TestClientProtocol) async throws -> Void) async throws {
        try await withTestPool(migrated: migrated) { pool in
            let app = try buildApplication(database: LiaisonDatabase(pool: pool, passwords: PasswordHasher(cost: 4)), logger: Logger(label: "test"))
            try await app.test(.router) { client in try await test(client) }
        }
    }

    @Test func healthAnswersWithTheVersion() async throws {
        try await withApp { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONDecoder().decode([String: String].self, from: Data(buffer: response.body))
                #expect(body == ["status": "ok", "version": LiaisonVersion.current])
            }
        }
    }

    @Test func readyWhenTheDatabaseIsMigrated() async throws {
        try await withApp { client in
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONDecoder().decode(Components.Schemas.Readiness.self, from: Data(buffer: response.body))
                #expect(body.status == .ready)
                #expect(body.schemaVersion == LiaisonDatabase.expectedSchemaVersion)
            }
        }
    }

    @Test func notReadyWithAProblemDocumentWhenTheSchemaIsNotMigrated() async throws {
        try await withApp(migrated: false) { client in
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                let problem = try JSONDecoder().decode(Components.Schemas.Problem.self, from: Data(buffer: response.body))
                #expect(problem.status == 503)
                #expect(problem.detail?.contains("not migrated") == true)
            }
        }
    }

    @Test func notReadyWhenTheDatabaseIsUnreachable() async throws {
        let nowhere = ConnectionConfiguration.socket(directory: "/nonexistent-liaison", port: 5999, user: "x", database: "x")
        let pool = ConnectionPool(.init(connection: nowhere, maximumConnections: 1))
        let app = try buildApplication(database: LiaisonDatabase(pool: pool), logger: Logger(label: "test"))
        try await app.test(.router) { client in
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let problem = try JSONDecoder().decode(Components.Schemas.Problem.self, from: Data(buffer: response.body))
                #expect(problem.detail == "the database is not reachable")
                // Nothing about sockets, SQL or libpq reaches the client.
                #expect(!String(buffer: response.body).contains("nonexistent"))
            }
        }
        await pool.shutdown()
    }

    @Test func theOpenAPIDocumentIsServedVerbatim() async throws {
        try await withApp { client in
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == OpenAPIDocument.yaml)
                #expect(OpenAPIDocument.yaml.contains("operationId: getReadiness"))
            }
        }
    }

    @Test func anUnknownPathIsNotFoundOnceAuthenticated() async throws {
        try await withAPI { api in
            #expect(try await api.get("/v1/nothing-here").status == 404)
            expectProblem(try await api.as(nil).get("/v1/nothing-here"), status: 401)
        }
    }
}

@Suite("Server configuration")
struct ConfigurationTests {
    @Test func anExplicitURLWinsOverEverythingElse() {
        let database = ServerConfiguration.database(
            url: "postgresql://db/liaison", dataDirectory: nil, postgresUser: nil, postgresPort: nil,
            environment: ["PGHOST": "elsewhere", "LIAISON_DATA_DIR": "/srv/x"])
        #expect(database == .external(.url("postgresql://db/liaison")))
    }

    @Test func aDataDirectoryWinsOverLibpqVariables() {
        let database = ServerConfiguration.database(
            url: nil, dataDirectory: "/srv/liaison", postgresUser: nil, postgresPort: nil, environment: ["PGHOST": "db"])
        guard case .embedded(let cluster) = database else {
            Issue.record("expected the embedded cluster, got \(database)")
            return
        }
        #expect(cluster.dataDirectory == "/srv/liaison")
        #expect(cluster.tcpPort == nil)
        #expect(cluster.unprivilegedUser == "postgres")
    }

    @Test func libpqVariablesSelectAnExternalDatabase() {
        let database = ServerConfiguration.database(
            url: nil, dataDirectory: nil, postgresUser: nil, postgresPort: nil, environment: ["PGSERVICE": "liaison"])
        #expect(database == .external(.libpqDefaults))
    }

    @Test func environmentVariablesStandInForFlags() {
        let database = ServerConfiguration.database(
            url: nil, dataDirectory: nil, postgresUser: nil, postgresPort: nil,
            environment: ["LIAISON_DATABASE_URL": "postgresql://x/y"])
        #expect(database == .external(.url("postgresql://x/y")))
    }

    @Test func withNothingConfiguredTheEmbeddedClusterUsesTheDefaultDirectory() {
        let database = ServerConfiguration.database(
            url: nil, dataDirectory: nil, postgresUser: nil, postgresPort: nil, environment: ["HOME": "/home/officer"])
        guard case .embedded(let cluster) = database else {
            Issue.record("expected the embedded cluster, got \(database)")
            return
        }
        let expected = geteuid() == 0 ? "/var/lib/liaison" : "/home/officer/.local/share/liaison"
        #expect(cluster.dataDirectory == expected)
    }
}
