import Foundation
import LiaisonPostgres

/// The benchmark's findings in Markdown, with the machine they were measured on.
struct Report {
    var scale: Bench.Scale
    var data: DataSet
    var clients: Int
    var seconds: Int
    var measurements: [Measurement]
    /// The script with as many connections as clients, and with as many as liaisond's pool.
    var pgbench: [PgBench.Result]
    /// The same script with one connection.
    var pgbenchOne: PgBench.Result
    /// Round trips in one transaction of the script: what liaisond sends to log a meeting.
    var roundTrips: Int
    var peakMemory: Double
    var cli: CommandLineTiming
    var started: Date
    var finished: Date

    static func machine() async -> [(String, String)] {
        func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        let cpu = read("/proc/cpuinfo").split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let memory = read("/proc/meminfo").split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { $0.split(separator: " ").compactMap { Double($0) }.first }.map { String(format: "%.0f GiB", $0 / 1024 / 1024) } ?? "unknown"
        var system = utsname()
        uname(&system)
        let kernel = withUnsafeBytes(of: system.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let postgres = (try? await Shell.run(try PostgresInstallation.find().program("postgres"), ["--version"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown"
        return [
            ("CPU", "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores available"), ("Memory", memory),
            ("Kernel", "Linux \(kernel)"), ("PostgreSQL", postgres), ("Network", "loopback (server, clients and database on one machine)"),
        ]
    }

    func markdown() async -> String {
        func ms(_ value: Double) -> String { value.isNaN ? "–" : String(format: "%.2f ms", value) }
        func verdict(_ met: Bool) -> String { met ? "met" : "**missed**" }
        let log = measurements[0]
        let summary = measurements.first { $0.name == "quarterly summary" }!
        // Latency targets without a number of clients are held against one client at a time;
        // the same request at \(clients) clients is shown beside it.
        let search = measurements.first { $0.name == "name search" && $0.clients == 1 }!
        let busySearch = measurements.first { $0.name == "name search" && $0.clients == clients }!
        // Both counted until the summary's kept state had caught up with what they wrote.
        let ceiling = pgbench.max { $0.sustainedPerSecond < $1.sustainedPerSecond }!
        let ratio = log.sustainedThroughput / ceiling.sustainedPerSecond
        let startup = cli.startup[cli.startup.count / 2]
        var lines: [String] = []
        lines.append("# Benchmarks")
        lines.append("")
        lines.append("Measured by `liaison-bench` (Sources/LiaisonBench; how to run it is in docs/development.md) on \(ISO8601DateFormatter().string(from: finished).prefix(10)), in \(Int(finished.timeIntervalSince(started))) s.")
        lines.append("Release builds; liaisond with its default pool of \(Bench.serverPoolSize) database connections; every figure is from one run.")
        lines.append("")
        lines.append("## Machine")
        lines.append("")
        for (name, value) in await Self.machine() { lines.append("- \(name): \(value)") }
        lines.append("")
        lines.append("## Data set (`--scale \(scale.rawValue)`)")
        lines.append("")
        lines.append("\(data.meetings.formatted()) meetings over ten years (2000–2009), each with 3 participants and 2 positions, a follow-up for one in four; \(data.people.formatted()) people; \(data.organizations.formatted()) organisations; \(data.issues) issues. Loaded with COPY.")
        lines.append("")
        lines.append("## Against the targets")
        lines.append("")
        lines.append("| what | measured | target | |")
        lines.append("|---|---|---|---|")
        lines.append("| logging a meeting, \(clients) clients, against pgbench running the same SQL (its best, at \(ceiling.clients) connections), each counted until the summary's kept state had caught up | \(String(format: "%.0f/s vs %.0f/s = %.2f", log.sustainedThroughput, ceiling.sustainedPerSecond, ratio)) | ≥ 0.70 | \(verdict(ratio >= 0.7)) |")
        lines.append("| logging a meeting, \(clients) clients, p99 | \(ms(log.percentile(99))) | < 25 ms | \(verdict(log.percentile(99) < 25)) |")
        // What queueing alone gives: each of the clients waits for all the others' requests.
        let queueing = Double(clients) / log.throughput * 1000
        lines.append("| logging a meeting, \(clients) clients, p99, against queueing alone (\(clients) ÷ throughput = \(ms(queueing))) | \(ms(log.percentile(99))) = \(String(format: "%.2f", log.percentile(99) / queueing)) × | ≤ 1.5 × | \(verdict(log.percentile(99) <= 1.5 * queueing)) |")
        if let one = measurements.first(where: { $0.name == "log a meeting" && $0.clients == 1 }) {
            lines.append("| logging a meeting, one client, p50 (pgbench, the same SQL, one connection: \(ms(pgbenchOne.averageLatency)) on average) | \(ms(one.percentile(50))) | ≤ 3 ms | \(verdict(one.percentile(50) <= 3)) |")
        }
        let fullSize = data.meetings >= 1_000_000
        lines.append("| quarterly summary at \(data.meetings.formatted()) meetings, p50, one client | \(ms(summary.percentile(50))) | < 50 ms at 1,000,000 | \(fullSize ? verdict(summary.percentile(50) < 50) : "smaller set") |")
        lines.append("| name search at \(data.people.formatted()) people, p50, one client (\(clients) clients: \(ms(busySearch.percentile(50)))) | \(ms(search.percentile(50))) | < 10 ms at 100,000 | \(data.people >= 100_000 ? verdict(search.percentile(50) < 10) : "smaller set") |")
        if let reader = measurements.first(where: { $0.name == Bench.stormReader }) {
            lines.append("| stakeholder timeline, one client, while \(Bench.stormClients) clients send wrong-password logins at once, p99 | \(ms(reader.percentile(99))) | < 100 ms | \(verdict(reader.percentile(99) < 100)) |")
        }
        lines.append("| liaisond peak memory (VmHWM) over the whole run | \(String(format: "%.0f MB", peakMemory)) | < 150 MB | \(verdict(peakMemory < 150)) |")
        lines.append("| `liaison --help`, median of 30 | \(ms(startup)) | < 20 ms | \(verdict(startup < 20)) |")
        lines.append("")
        lines.append("## Every measurement")
        lines.append("")
        lines.append("\(seconds) s each after a second's warm-up (the summary: at least three requests, however long they take); latencies from request sent to response read, at the client. Peak memory is liaisond's during that measurement alone; the largest response is its body's size. \"Caught up\" is how long after the last answer the summary's kept state still had notes of the requests' writes to work out (liaisond does it in the background; for pgbench, `refresh_kept_state` called after the run), and \"sustained\" counts the requests over the run and that time together.")
        lines.append("")
        lines.append("| request | clients | requests | per second | sustained | caught up | p50 | p95 | p99 | max | errors | peak memory | largest response |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        func rate(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.0f", value) }
        func duration(_ value: Double) -> String { String(format: "%.2f s", value) }
        for m in measurements {
            let size = m.largestResponse >= 1 << 20 ? String(format: "%.1f MB", Double(m.largestResponse) / 1_048_576)
                : String(format: "%.1f kB", Double(m.largestResponse) / 1024)
            lines.append("| \(m.name) | \(m.clients) | \(m.latencies.count) | \(rate(m.throughput)) | \(rate(m.sustainedThroughput)) | \(duration(m.catchUpSeconds)) | \(ms(m.percentile(50))) | \(ms(m.percentile(95))) | \(ms(m.percentile(99))) | \(ms(m.latencies.last ?? .nan)) | \(m.errors) | \(m.peakMegabytes.isNaN ? "–" : String(format: "%.0f MB", m.peakMegabytes)) | \(size) |")
        }
        for run in pgbench + [pgbenchOne] {
            lines.append(String(format: "| pgbench, the SQL of logging a meeting (%d round trips) | %d | %d | %.0f | %.0f | %.2f s | | | | | average %.2f ms | | |", roundTrips, run.clients, run.transactions, run.transactionsPerSecond, run.sustainedPerSecond, run.catchUpSeconds, run.averageLatency))
        }
        lines.append("")
        lines.append("The command line, against this server:")
        lines.append("")
        lines.append("| command | median | fastest | slowest |")
        lines.append("|---|---:|---:|---:|")
        lines.append("| `liaison --help` (30 runs) | \(ms(startup)) | \(ms(cli.startup.first ?? .nan)) | \(ms(cli.startup.last ?? .nan)) |")
        lines.append("| `liaison meeting log …` (10 runs, process start to exit) | \(ms(cli.meetingLog[cli.meetingLog.count / 2])) | \(ms(cli.meetingLog.first ?? .nan)) | \(ms(cli.meetingLog.last ?? .nan)) |")
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
