import Foundation
import Subprocess
import SystemPackage
import Testing

/// A `PostgresConnection` is not Sendable: one PGconn never serves two tasks, and the compiler,
/// not a convention, is what says so.
@Suite("Connections confined to a task")
struct ConfinementTests {
    @Test func codeThatSharesAConnectionWithAnotherTaskDoesNotCompile() async throws {
        let shared = try await Self.compile(
            """
            import LiaisonPostgres
            func share(_ pool: ConnectionPool) async throws {
                try await pool.withConnection { connection in
                    let other = Task { try await connection.query("SELECT 1") }
                    _ = try await connection.query("SELECT 2")
                    _ = try await other.value
                }
            }
            """)
        #expect(shared.status != 0)
        #expect(shared.output.contains("risks causing data races"), "\(shared.output)")

        let capturedBySendable = try await Self.compile(
            """
            import LiaisonPostgres
            func watch(_ pool: ConnectionPool) async throws {
                try await pool.withConnection { connection in
                    let check: @Sendable () -> Bool = { connection.isOpen }
                    _ = check()
                }
            }
            """)
        #expect(capturedBySendable.status != 0)
        #expect(capturedBySendable.output.contains("non-Sendable") || capturedBySendable.output.contains("non-sendable"), "\(capturedBySendable.output)")

        // The same library, used from one task, compiles: the failures above are the data races.
        let owned = try await Self.compile(
            """
            import LiaisonPostgres
            func own(_ pool: ConnectionPool) async throws -> Int {
                try await pool.withTransaction { connection in
                    try await connection.query("SELECT 2")[0].decode(Int.self, at: 0)
                }
            }
            """)
        #expect(owned.status == 0, "\(owned.output)")
    }

    /// Compiles `source` (to SIL, where Swift checks for data races) against the LiaisonPostgres
    /// module this test run was built with.
    static func compile(_ source: String) async throws -> (status: Int32, output: String) {
        let build = try buildDirectory()
        let checkouts = build.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("checkouts")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        // The C modules the LiaisonPostgres module imports, directly or through its dependencies.
        var moduleMaps: [String] = []
        for target in (try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? [] where target.hasSuffix(".build") {
            let map = build.appendingPathComponent(target).appendingPathComponent("module.modulemap").path
            if FileManager.default.fileExists(atPath: map) { moduleMaps.append(map) }
        }
        let walker = FileManager.default.enumerator(at: checkouts, includingPropertiesForKeys: nil)
        while let file = walker?.nextObject() as? URL {
            if file.lastPathComponent == "module.modulemap", file.path.contains("/Sources/") { moduleMaps.append(file.path) }
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("confinement-\(UUID().uuidString).swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var arguments = [
            "swiftc", "-emit-sil", "-o", "/dev/null", "-swift-version", "6",
            "-I", build.appendingPathComponent("Modules").path, "-I", root.appendingPathComponent("Sources/CLibPQ").path,
        ]
        arguments += try await libpqIncludes().flatMap { ["-Xcc", "-I\($0)"] }
        arguments += moduleMaps.flatMap { ["-Xcc", "-fmodule-map-file=\($0)"] }
        arguments.append(file.path)
        let result = try await runCommand("/usr/bin/env", arguments)
        return (result.status == .exited(0) ? 0 : 1, result.output + result.error)
    }

    /// The directory this test binary was built in, which holds `Modules/`.
    static func buildDirectory() throws -> URL {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var url = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Modules/LiaisonPostgres.swiftmodule").path) {
            guard url.path != "/" else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Modules/LiaisonPostgres.swiftmodule"]) }
            url.deleteLastPathComponent()
        }
        return url
    }

    /// Where libpq's headers are (`pg_config --includedir`), as the CLibPQ module needs them.
    static func libpqIncludes() async throws -> [String] {
        let found = try? await runCommand("/usr/bin/env", ["pg_config", "--includedir"])
        let directory = found?.output.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return found?.status == .exited(0) && !directory.isEmpty ? [directory] : ["/usr/include/postgresql"]
    }
}
