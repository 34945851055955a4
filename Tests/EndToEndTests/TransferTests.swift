import Foundation
import LiaisonPostgres
import Subprocess
import SystemPackage
import TestSupport
import Testing

/// `liaisond export` and `liaisond import`: moving a whole deployment to another database.
@Suite("Export and import", .timeLimit(.minutes(5)))
struct TransferTests {
    static func url(_ database: TestDatabase) throws -> String {
        let parameters = Dictionary(database.connection.parameters.map { ($0.keyword, $0.value) }, uniquingKeysWith: { $1 })
        return "postgresql://\(parameters["user"] ?? "")@/\(database.name)?host=\(parameters["host"] ?? "")&port=\(parameters["port"] ?? "")"
    }

    /// The same JSON whatever order a server wrote its keys in.
    static func normalized(_ text: String?) -> String {
        guard let data = text?.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data),
            let again = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        else { return "not JSON: \(text ?? "nothing")" }
        return String(decoding: again, as: UTF8.self)
    }

    /// What a user sees: summaries, search results, lists and follow-ups.
    static let views = [
        "/v1/summary?from=2000-01-01&to=2000-12-31", "/v1/summary?from=2000-07-01&to=2000-09-30&gap_days=14",
        "/v1/search?q=Nurmatov", "/v1/search?q=Нурматов", "/v1/search?q=Farkhod", "/v1/search?q=water", "/v1/search?q=Dushanbe&type=organization",
        "/v1/search?q=refugees", "/v1/meetings?limit=200", "/v1/people?limit=200", "/v1/organizations?limit=200",
        "/v1/commitments?limit=200", "/v1/stances?asOf=2000-09-30",
    ]

    static func snapshot(_ url: String, token: String, log: String) async throws -> [String] {
        var views: [String] = []
        let status = try await withServerProcess(["--database-url", url], logFile: log) { port, _ in
            for path in Self.views {
                let reply = await httpSend(.GET, "http://127.0.0.1:\(port)" + path, token: token, json: nil)
                #expect(reply?.status == 200, "\(path): \(reply?.body ?? "no reply")")
                views.append(normalized(reply?.body))
            }
        }
        #expect(status == .exited(0))
        return views
    }

    /// Triggers switched off in a database: none, once an import has ended either way.
    static func disabledTriggers(_ database: TestDatabase) async throws -> Int {
        try await PostgresConnection.withConnection(database.connection) { connection in
            try await connection.query("SELECT count(*) FROM pg_trigger WHERE tgenabled = 'D'")[0].decode(Int.self, at: 0)
        }
    }

    /// A scratch directory, a database holding the demo data and an empty one (not even migrated).
    static func withDemoAndEmpty(
        _ name: String, _ body: (_ directory: String, _ sourceURL: String, _ targetURL: String, _ target: TestDatabase) async throws -> Void
    ) async throws {
        try await withScratchDirectory(name) { directory in
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try await withTestDatabase(migrated: false) { source in
                try await withTestDatabase(migrated: false) { target in
                    let sourceURL = try url(source)
                    #expect(try await runCommand(Binaries.path("liaisond"), ["demo", "--database-url", sourceURL]).status == .exited(0))
                    try await body(directory, sourceURL, try url(target), target)
                }
            }
        }
    }

    @Test func anExportImportedIntoAnEmptyDatabaseServesTheSameAndExportsTheSameFile() async throws {
        try await Self.withDemoAndEmpty("liaison-transfer") { directory, sourceURL, targetURL, target in
            let liaisond = Binaries.path("liaisond")
            let created = try await runCommand(
                liaisond, ["user", "create", "--database-url", sourceURL, "--login", "head", "--role", "admin",
                           "--clearance", "strictly-confidential"])
            let token = try #require(created.output.split(separator: "\n").last.map(String.init))

            // A merge, so that records pointing at records of their own table travel too.
            _ = try await withServerProcess(["--database-url", sourceURL], logFile: directory + "/merge.log") { port, _ in
                let page = await httpSend(.GET, "http://127.0.0.1:\(port)/v1/people?limit=2", token: token, json: nil)
                let items = (try JSONSerialization.jsonObject(with: Data((page?.body ?? "").utf8)) as? [String: Any])?["items"]
                let ids = ((items as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
                try #require(ids.count == 2)
                let merged = await httpSend(.POST, "http://127.0.0.1:\(port)/v1/people/\(ids[0])/merge", token: token, json: ["other": ids[1]])
                #expect(merged?.status == 200, "\(merged?.body ?? "")")
            }
            let before = try await Self.snapshot(sourceURL, token: token, log: directory + "/source.log")

            let file = directory + "/liaison.jsonl"
            let exported = try await runCommand(liaisond, ["export", "--database-url", sourceURL, "--out", file])
            #expect(exported.status == .exited(0), "\(exported.error)")
            #expect(exported.error.contains("Exported"))
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)

            let imported = try await runCommand(liaisond, ["import", "--database-url", targetURL, "--in", file])
            #expect(imported.status == .exited(0), "\(imported.error)")
            #expect(imported.error.contains("people:"), "progress per table: \(imported.error)")
            #expect(try await Self.disabledTriggers(target) == 0, "the import left triggers off")
            // Before anything uses the copy: a request with the token stamps its last use (at most
            // once a minute), and on a loaded machine a minute may pass between the two snapshots.
            let again = directory + "/again.jsonl"
            #expect(try await runCommand(liaisond, ["export", "--database-url", targetURL, "--out", again]).status == .exited(0))

            // The same token, the same answers.
            let after = try await Self.snapshot(targetURL, token: token, log: directory + "/target.log")
            #expect(after.count == Self.views.count)
            for (path, (old, new)) in zip(Self.views, zip(before, after)) {
                #expect(old == new, "\(path) differs after the move")
            }
            #expect(before[3].contains("Farhod Nurmatov"), "the search found something to compare: \(before[3].prefix(300))")
            #expect(before[0].contains("movements") || before[0].count > 1000, "the summary has content: \(before[0].prefix(300))")

            // Exported again from the copy, as the import left it: the same file, row for row.
            let first = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
            let second = try String(contentsOfFile: again, encoding: .utf8).split(separator: "\n")
            #expect(first.count > 1000)
            #expect(Array(first.dropFirst()) == Array(second.dropFirst()))
            let header = { (line: Substring) in line.replacingOccurrences(of: #""exportedAt":"[^"]*""#, with: "", options: .regularExpression) }
            #expect(header(first[0]) == header(second[0]))
            // What the database keeps for the summary is derived: the import builds it, so the file does not carry it.
            for kept in ["stance_spans", "stance_dirty", "speaker_stances", "first_meetings", "first_meetings_dirty", "followup_days", "organizations_met", "organizations_met_dirty", "kept_pending", "followup_days_dirty"] {
                #expect(!first[0].contains("\"\(kept)\""), "\(kept) was exported")
            }
            #expect(first[0].contains("\"positions\""))
        }
    }

    @Test func aCutShortMalformedOrMisplacedImportChangesNothingAndSaysWhere() async throws {
        try await Self.withDemoAndEmpty("liaison-transfer-bad") { directory, sourceURL, targetURL, target in
            let liaisond = Binaries.path("liaisond")
            let file = directory + "/liaison.jsonl"
            #expect(try await runCommand(liaisond, ["export", "--database-url", sourceURL, "--out", file]).status == .exited(0))
            let again = try await runCommand(liaisond, ["export", "--database-url", sourceURL, "--out", file])
            #expect(again.status == .exited(1) && again.error.contains("never overwrites"), "\(again.error)")
            let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)

            func attempt(_ name: String, _ body: [Substring]) async throws -> String {
                let path = directory + "/" + name
                try body.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
                let result = try await runCommand(liaisond, ["import", "--database-url", targetURL, "--in", path])
                #expect(result.status == .exited(1), "\(name): \(result.error)")
                return result.error
            }
            // Cut short: the closing line is missing.
            #expect(try await attempt("short.jsonl", Array(lines.prefix(lines.count / 2))).contains("incomplete"))
            // A damaged line, and a row the database refuses, are named by number.
            var damaged = lines
            damaged[10] = "{\"table\":\"people\",\"row\":"
            #expect(try await attempt("damaged.jsonl", damaged).contains("line 11: not a JSON object"))
            var refused = lines
            let meeting = try #require(refused.firstIndex { $0.hasPrefix("{\"table\":\"meetings\"") })
            refused[meeting] = Substring(refused[meeting].replacingOccurrences(of: "\"duration_minutes\":", with: "\"duration_minutes\":\"long\",\"x\":"))
            let refusal = try await attempt("refused.jsonl", refused)
            #expect(refusal.contains("line \(meeting + 1) (meetings): the database refused the rows"), "\(refusal)")
            // Nothing of any attempt stayed behind.
            let records = try await PostgresConnection.withConnection(target.connection) { connection in
                try await connection.query("SELECT (SELECT count(*) FROM organizations) + (SELECT count(*) FROM people) + (SELECT count(*) FROM users)")[0]
                    .decode(Int.self, at: 0)
            }
            #expect(records == 0)
            #expect(try await Self.disabledTriggers(target) == 0, "a failed import left triggers off")
            // A database with records is refused.
            let occupied = try await runCommand(liaisond, ["import", "--database-url", sourceURL, "--in", file])
            #expect(occupied.status == .exited(1) && occupied.error.contains("already holds records"), "\(occupied.error)")
            // And the good file goes in after all that.
            #expect(try await runCommand(liaisond, ["import", "--database-url", targetURL, "--in", file]).status == .exited(0))
        }
    }
}
