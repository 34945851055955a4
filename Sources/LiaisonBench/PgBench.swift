import AsyncHTTPClient
import Foundation
import LiaisonPostgres
import NIOCore
import Subprocess
import SystemPackage

/// The ceiling liaisond is measured against: pgbench running the statements liaisond itself
/// sends to log a meeting (three participants, two positions, one follow-up), in the same round
/// trips, with no HTTP, JSON or Swift in between.
///
/// The script is not written by hand. A liaisond started with `--trace-statements` logs one
/// meeting, and its trace of that request becomes the script (`PgBenchScript`), each round trip
/// one pipeline. What must differ in each transaction is replaced by pgbench expressions: the
/// stakeholders and issues (random ones from the data set, as the benchmark's requests pick),
/// the idempotency key, and the ids liaisond made (made from the client and a random number).
/// pgbench connects as the owner and runs as `liaison_app` with the session settings of a
/// request connection, given at connection start as liaisond's pool sets them once per
/// connection.
enum PgBench {
    /// The traced request's stakeholders and issues, numbers whose ids appear nowhere else.
    static let traced = Requests.MeetingNumbers(first: 1, person: 2, second: 3, issue: 4, other: 5)

    /// Logs one meeting through a liaisond that traces its statements, and writes what that
    /// request sent as a pgbench script.
    static func traceScript(requests: Requests, server: Server, traceFile: String) async throws -> PgBenchScript {
        try await server.start()
        let requestID = "bench-trace"
        var request = requests.logMeeting(traced, subject: "Benchmark meeting traced", day: 12, key: "bench-trace-key")
        request.headers.add(name: "X-Request-Id", value: requestID)
        let response: HTTPClientResponse
        let body: ByteBuffer
        do {
            // A meeting first, as the measured server has served many: what a server does once
            // (its list of time zones read) is not part of the request traced.
            let first = try await HTTPClient.shared.execute(
                requests.logMeeting(traced, subject: "Benchmark meeting before the traced one", day: 12, key: "bench-trace-first"),
                timeout: .seconds(30))
            _ = try await first.body.collect(upTo: 1 << 20)
            guard first.status == .created else { throw BenchError("the meeting before the traced one was not logged: \(first.status)") }
            response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
            body = try await response.body.collect(upTo: 1 << 20)
            server.stop()
        } catch {
            server.stop()
            throw error
        }
        guard response.status == .created,
            let meeting = try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any],
            let meetingID = meeting["id"] as? String
        else { throw BenchError("the traced meeting was not logged: \(response.status)\n\(String(buffer: body))") }
        let followUpIDs = (meeting["commitments"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        let roundTrips = try StatementTrace.read(traceFile).filter { $0.label == requestID }
        guard !roundTrips.isEmpty else { throw BenchError("the trace \(traceFile) holds nothing of the traced request") }

        func numbered(_ kind: DataSet.Kind, _ variable: String) -> String {
            "'\(kind.rawValue)-0000-4000-8000-' || lpad(to_hex(:\(variable)::int), 12, '0')"
        }
        var substitutions = [
            PgBenchScript.Substitution(requests.token, ":token::text"),
            .init("bench-trace-key", "'pgbench-' || :client_id::text || '-' || :k::text"),
            .init(DataSet.id(.organization, traced.first), numbered(.organization, "o1")),
            .init(DataSet.id(.person, traced.person), numbered(.person, "p1")),
            .init(DataSet.id(.organization, traced.second), numbered(.organization, "o2")),
            .init(DataSet.id(.issue, traced.issue), numbered(.issue, "i1")),
            .init(DataSet.id(.issue, traced.other), numbered(.issue, "i2")),
        ]
        for (variant, id) in ([meetingID] + followUpIDs).enumerated() {
            substitutions.append(.transactionID(id.lowercased(), variant: variant))
        }
        return try PgBenchScript(
            roundTrips, substituting: substitutions,
            prologue: [
                "\\set o1 random(0, :organizations - 1)",
                "\\set o2 (:o1 + 1 + random(0, :organizations - 2)) % :organizations",
                "\\set p1 random(0, :people - 1)",
                "\\set i1 random(0, :issues - 1)",
                "\\set i2 random(0, :issues - 1)",
                PgBenchScript.transactionKey,
            ])
    }

    struct Result {
        var clients: Int
        var transactions: Int
        var transactionsPerSecond: Double
        var averageLatency: Double
        /// How long the run lasted.
        var seconds: Double
        /// How long working out the summary's kept state took after the run (what liaisond's
        /// background refresh does: the same function, on the notes the run's writes left).
        var catchUpSeconds: Double = 0
        /// Transactions per second counting that time too.
        var sustainedPerSecond: Double { Double(transactions) / (seconds + catchUpSeconds) }
    }

    /// Runs the script with `clients` connections (two pgbench threads, or one for one client)
    /// for `seconds`, each connection started with `options` (server settings, as in `PGOPTIONS`).
    static func run(
        program: String, socketDirectory: String, port: Int, user: String, database: String, runAs: String?,
        clients: Int, seconds: Int, variables: [String: String], options: String, scriptPath: String
    ) async throws -> Result {
        var arguments = [
            "-n", "-M", "prepared", "-c", "\(clients)", "-j", "\(min(clients, 2))", "-T", "\(seconds)", "-f", scriptPath,
            "-h", socketDirectory, "-p", "\(port)", "-U", user,
        ]
        for (name, value) in variables.sorted(by: { $0.key < $1.key }) { arguments += ["-D", "\(name)=\(value)"] }
        arguments.append("dbname=\(database) options='\(options)'")
        let output = try await Shell.run(program, arguments, as: runAs)
        func number(after label: String) -> Double? {
            guard let line = output.split(separator: "\n").first(where: { $0.contains(label) }) else { return nil }
            return line.split(separator: " ").compactMap { Double($0) }.first
        }
        guard let tps = number(after: "tps = ") else { throw BenchError("pgbench printed no rate:\n\(output)") }
        let transactions = Int(number(after: "number of transactions actually processed") ?? 0)
        return Result(
            clients: clients, transactions: transactions, transactionsPerSecond: tps, averageLatency: number(after: "latency average") ?? .nan,
            seconds: Double(transactions) / tps)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs programs and returns what they print. Through swift-subprocess, which starts children
/// with no signals blocked: pgbench ends its -T run on a timer signal, and a child started with
/// the signals this process's threads block never ends.
enum Shell {
    static func run(_ program: String, _ arguments: [String], as user: String? = nil, environment: [String: String]? = nil) async throws -> String {
        let (executable, fullArguments) = user.map { ("/usr/sbin/runuser", ["-u", $0, "--", program] + arguments) } ?? (program, arguments)
        var updates: [Environment.Key: String?] = [:]
        for (key, value) in environment ?? [:] { updates[Environment.Key(rawValue: key)!] = value }
        let result = try await Subprocess.run(
            .path(FilePath(executable)), arguments: Arguments(fullArguments), environment: .inherit.updating(updates),
            output: .string(limit: 1 << 24), error: .string(limit: 1 << 24))
        let output = result.standardOutput + result.standardError
        guard result.terminationStatus.isSuccess else {
            throw BenchError("\(program) \(arguments.prefix(3).joined(separator: " ")) failed (\(result.terminationStatus)):\n\(output.suffix(3000))")
        }
        return output
    }
}
