import Foundation
import LiaisonPostgres
import SystemPackage
import Testing

/// The benchmark's ceiling runs the statements liaisond really sends: a liaisond started with
/// `--trace-statements` logs a meeting, its trace becomes a pgbench script, and pgbench runs it
/// against the same database, each transaction logging a meeting of its own.
@Suite("A pgbench script from liaisond's own statements", .timeLimit(.minutes(3)))
struct PgBenchScriptEndToEndTests {
    @Test func aTracedMeetingBecomesAScriptThatLogsMeetings() async throws {
        try await withScratchDirectory("liaison-trace") { directory in
            let logFile = directory + ".log"
            let traceFile = directory + "-statements.jsonl"
            defer {
                try? FileManager.default.removeItem(atPath: logFile)
                try? FileManager.default.removeItem(atPath: traceFile)
            }
            let cluster = EmbeddedCluster(.init(dataDirectory: directory))
            let status = try await withRunningServer(directory, extraArguments: ["--demo", "--trace-statements", traceFile]) { port, _ in
                let token = try String(contentsOfFile: directory + "/admin-token", encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                // Two organisations, a person and two issues of the demo data.
                let (organizations, person, issues) = try await PostgresConnection.withConnection(cluster.connection) { connection in
                    let organizations = try await connection.query("SELECT id::text FROM organizations ORDER BY id LIMIT 2").map { try $0.decode(String.self, at: 0) }
                    let person = try await connection.query("SELECT id::text FROM people ORDER BY id LIMIT 1").map { try $0.decode(String.self, at: 0) }
                    let issues = try await connection.query("SELECT id::text FROM issues ORDER BY id LIMIT 2").map { try $0.decode(String.self, at: 0) }
                    return (organizations, person[0], issues)
                }
                let body: [String: Any] = [
                    "subject": "Traced meeting", "startsAt": "2009-06-12T09:30:00+05:00", "timeZone": "Asia/Dushanbe", "place": "Dushanbe",
                    "participants": [organizations[0], person, organizations[1]],
                    "positions": [
                        ["stakeholderId": organizations[0], "issueId": issues[0], "stance": 1],
                        ["stakeholderId": person, "issueId": issues[1], "stance": -1],
                    ],
                    "commitments": [["description": "Send the draft", "owedBy": person, "dueOn": "2009-07-01"]],
                ]
                // One meeting first, as a running server has served others: what a server does
                // once (its list of time zones read) is not in the request traced.
                let first = await httpSend(
                    .POST, "http://127.0.0.1:\(port)/v1/meetings", token: token, json: body, headers: ["X-Request-Id": "first-request"])
                #expect(first?.status == 201, "\(first?.body ?? "no answer")")
                let logged = await httpSend(
                    .POST, "http://127.0.0.1:\(port)/v1/meetings", token: token, json: body,
                    headers: ["Idempotency-Key": "traced-key", "X-Request-Id": "traced-request"])
                #expect(logged?.status == 201, "\(logged?.body ?? "no answer")")
                let meeting = try #require(try JSONSerialization.jsonObject(with: Data((logged?.body ?? "").utf8)) as? [String: Any])
                let meetingID = try #require(meeting["id"] as? String)
                let followUpID = try #require((meeting["commitments"] as? [[String: Any]])?.first?["id"] as? String)

                let trace = try StatementTrace.read(traceFile)
                #expect(trace.contains { $0.label == "first-request" })
                let request = trace.filter { $0.label == "traced-request" }
                // The request's round trips, all on one connection: as RoundTripTests count them.
                #expect(request.count == 3)
                #expect(Set(request.map(\.backend)).count == 1)
                #expect(request.first?.statements.first?.sql == "BEGIN")
                #expect(request.last?.statements.last?.sql == "COMMIT")
                // The token is in the trace: the file is its owner's alone.
                #expect(request.contains { $0.statements.contains { $0.parameters.contains { $0.value == token } } })
                let attributes = try FileManager.default.attributesOfItem(atPath: traceFile)
                #expect((attributes[.posixPermissions] as? Int) == 0o600)

                let written = try PgBenchScript(
                    request,
                    substituting: [
                        .init("traced-key", "'pgbench-' || :client_id::text || '-' || :k::text"),
                        .transactionID(meetingID, variant: 0), .transactionID(followUpID, variant: 1),
                    ],
                    prologue: [PgBenchScript.transactionKey])
                #expect(written.roundTrips == 3)
                #expect(!written.text.contains("traced-key") && written.text.contains("\\startpipeline"))

                // pgbench runs it on the same database, as the role requests run as: two clients,
                // three transactions each, each logging a meeting of its own.
                let scriptFile = directory + "-log-meeting.pgbench"
                defer { try? FileManager.default.removeItem(atPath: scriptFile) }
                try written.text.write(toFile: scriptFile, atomically: true, encoding: .utf8)
                try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: scriptFile)
                let pgbench = try PostgresInstallation.find().program("pgbench")
                var command = [
                    pgbench, "-n", "-M", "prepared", "-c", "2", "-t", "3", "-f", scriptFile, "-h", cluster.clusterDirectory,
                    "-p", "\(cluster.port)", "-U", EmbeddedCluster.databaseUser,
                    "dbname=\(EmbeddedCluster.databaseName) options='-c role=liaison_app'",
                ]
                if geteuid() == 0 { command = ["/usr/sbin/runuser", "-u", cluster.configuration.unprivilegedUser, "--"] + command }
                let run = try await runCommand(FilePath(command[0]), Array(command.dropFirst()))
                #expect(run.status == .exited(0), "\(run.output)\n\(run.error)")
                #expect(run.output.contains("number of transactions actually processed: 6/6"), "\(run.output)")
                let counts = try await PostgresConnection.withConnection(cluster.connection) { connection in
                    try await connection.query("""
                        SELECT count(DISTINCT m.id), count(DISTINCT c.id), count(DISTINCT k.key)
                          FROM meetings m JOIN commitments c ON c.meeting_id = m.id
                          JOIN idempotency_keys k ON k.response_status = 201 AND k.key LIKE 'pgbench-%'
                         WHERE m.subject = 'Traced meeting'
                        """).map { [try $0.decode(Int.self, at: 0), try $0.decode(Int.self, at: 1), try $0.decode(Int.self, at: 2)] }
                }
                // The two meetings logged through liaisond and six more, each with its follow-up
                // and its stored answer.
                #expect(counts == [[8, 8, 6]])
            }
            #expect(status == .exited(0))
        }
    }
}
