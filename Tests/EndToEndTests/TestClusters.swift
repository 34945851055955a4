import Foundation
import LiaisonPostgres
import SystemPackage
import Testing

/// Throwaway clusters for tests that need more than one server.
enum TestClusters {
    /// A libpq connection string for the Liaison database of `cluster`.
    static func url(_ cluster: EmbeddedCluster) -> String {
        "host=\(cluster.clusterDirectory) port=\(cluster.port) user=\(EmbeddedCluster.databaseUser) dbname=\(EmbeddedCluster.databaseName)"
    }

    /// Copies `primary` into `standby`'s data directory with `pg_basebackup -R`, so that it
    /// starts as a hot standby streaming from `primary`, with a socket of its own.
    static func makeStandby(_ standby: EmbeddedCluster, of primary: EmbeddedCluster) async throws {
        let installation = try PostgresInstallation.find()
        try FileManager.default.createDirectory(atPath: standby.configuration.dataDirectory, withIntermediateDirectories: true)
        var command = [
            installation.program("pg_basebackup"), "-D", standby.clusterDirectory, "-h", primary.clusterDirectory,
            "-p", "\(primary.port)", "-U", EmbeddedCluster.databaseUser, "-R", "-X", "stream", "-c", "fast",
        ]
        if geteuid() == 0 {
            let user = standby.configuration.unprivilegedUser
            try FileManager.default.setAttributes([.ownerAccountName: user], ofItemAtPath: standby.configuration.dataDirectory)
            command = ["/usr/sbin/runuser", "-u", user, "--"] + command
        }
        let result = try await runCommand(FilePath(command[0]), Array(command.dropFirst()))
        guard result.status == .exited(0) else { throw TestClusterError(message: "pg_basebackup: \(result.error)") }
        // The copy includes the primary's socket lock file (its socket lives in its data
        // directory), and its settings name that socket directory: the standby needs its own.
        for name in try FileManager.default.contentsOfDirectory(atPath: standby.clusterDirectory) where name.hasPrefix(".s.PGSQL.") {
            try FileManager.default.removeItem(atPath: standby.clusterDirectory + "/" + name)
        }
        let handle = try #require(FileHandle(forWritingAtPath: standby.clusterDirectory + "/postgresql.conf"))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nunix_socket_directories = '\(standby.clusterDirectory)'\n".utf8))
    }

    /// Runs `sql` as the cluster's superuser (the Liaison role owns an embedded cluster).
    static func superuserQuery(_ cluster: EmbeddedCluster, _ sql: String) async throws {
        try await PostgresConnection.withConnection(.url(url(cluster))) { try await $0.query(sql) }
    }

    /// Stops the cluster as a crash would (`pg_ctl stop -m immediate`): no checkpoint, so the
    /// next start replays the write-ahead log.
    static func crash(_ cluster: EmbeddedCluster) async throws {
        let installation = try PostgresInstallation.find()
        var command = [installation.pgCtl, "stop", "-D", cluster.clusterDirectory, "-m", "immediate", "-w", "-s"]
        if geteuid() == 0 { command = ["/usr/sbin/runuser", "-u", cluster.configuration.unprivilegedUser, "--"] + command }
        let result = try await runCommand(FilePath(command[0]), Array(command.dropFirst()))
        guard result.status == .exited(0) else { throw TestClusterError(message: "pg_ctl stop -m immediate: \(result.error)") }
    }

    /// Tells each cluster's postmaster to stop (fast shutdown), then, once they have gone,
    /// removes `directory`. Called from `defer`, so it cannot wait: the waiting (up to ten
    /// seconds a cluster) happens on a thread of its own, never on one of Swift's few
    /// cooperative threads, whose other tests' timers would stall meanwhile.
    static func stop(_ clusters: EmbeddedCluster..., thenRemove directory: String) {
        var postmasters: [pid_t] = []
        for cluster in clusters {
            let pidFile = cluster.clusterDirectory + "/postmaster.pid"
            guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
                let first = text.split(separator: "\n").first, let pid = pid_t(first), kill(pid, SIGINT) == 0
            else { continue }
            postmasters.append(pid)
        }
        let stopping = postmasters
        Thread.detachNewThread {
            for pid in stopping {
                for _ in 0..<200 {
                    guard kill(pid, 0) == 0 else { break }
                    usleep(50_000)
                }
            }
            try? FileManager.default.removeItem(atPath: directory)
        }
    }
}

struct TestClusterError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
