import Foundation
import LiaisonPostgres
import Testing

@Suite("Embedded cluster", .timeLimit(.minutes(3)))
struct EmbeddedClusterTests {
    @Test func findsPostgreSQLWithoutItOnThePath() throws {
        let installation = try PostgresInstallation.find(environment: ["PATH": ""])
        #expect(FileManager.default.isExecutableFile(atPath: installation.initdb))
        #expect(FileManager.default.isExecutableFile(atPath: installation.pgCtl))
    }

    @Test func missingPostgreSQLNamesThePackagesToInstall() {
        #expect(EmbeddedClusterError.notInstalled.description.contains("apt-get install postgresql"))
    }

    @Test func aSecondProcessCannotTakeTheDataDirectoryLock() throws {
        let directory = "/tmp/liaison-lock-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try DataDirectoryLock.tryAcquire(dataDirectory: directory)
        #expect(first != nil)
        // flock conflicts between open files even within one process, as between two processes.
        #expect(try DataDirectoryLock.tryAcquire(dataDirectory: directory) == nil)
        withExtendedLifetime(first) {}
    }

    @Test func aPoolRecoversAfterPostgreSQLRestarts() async throws {
        let directory = "/tmp/liaison-restart-\(UUID().uuidString.prefix(8))"
        let cluster = EmbeddedCluster(.init(dataDirectory: directory, durable: false))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try await cluster.start())
        #expect(try await cluster.start() == false)  // already running: nothing to do
        let pool = ConnectionPool(.init(connection: cluster.connection, maximumConnections: 2))
        do {
            // Only the unix socket, unless a TCP port is asked for.
            let listen = try await pool.query("SHOW listen_addresses")
            #expect(try listen[0].decode(String.self, at: 0) == "")
            try await pool.query("CREATE TABLE visits (place text)")
            try await pool.query("INSERT INTO visits VALUES ($1)", ["Khatlon"])
            try await cluster.stop()
            #expect(try await cluster.isRunning() == false)
            try await cluster.start()
            let rows = try await pool.query("SELECT place FROM visits")
            #expect(try rows[0].decode(String.self, at: 0) == "Khatlon")
            await pool.shutdown()
            try await cluster.stop()
        } catch {
            await pool.shutdown()
            try? await cluster.stop()
            throw error
        }
        #expect(try await cluster.isRunning() == false)
    }
}
