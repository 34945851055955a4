import AsyncHTTPClient
import Foundation
import LiaisonPostgres
import Logging
import NIOCore
import NIOHTTP1
import Synchronization
import Testing

/// Nothing is lost under faults: sixteen clients log two hundred meetings each, with idempotency
/// keys and retries, while PostgreSQL crashes and comes back, while liaisond is killed and
/// restarted, or while clients give up on requests halfway. Afterwards every acknowledged
/// meeting exists exactly once, every meeting is whole, and the server serves again on its own.
@Suite("Nothing lost under faults", .serialized, .timeLimit(.minutes(10)))
struct FailureTests {
    enum Fault: String, CaseIterable, CustomTestStringConvertible {
        case databaseCrash, serverKilled, connectionsCut
        var testDescription: String { rawValue }
    }

    static let clients = 16
    static let meetingsPerClient = 200

    @Test(arguments: Fault.allCases)
    func everyAcknowledgedMeetingExistsOnceAndWhole(_ fault: Fault) async throws {
        let base = "/tmp/liaison-fault-\(getpid())-\(UUID().uuidString.prefix(6))"
        var logger = Logger(label: "liaison.tests")
        logger.logLevel = .warning
        // Durable, as every real cluster is: the test clusters' speed settings (no fsync, commits
        // acknowledged before they are written) would lose acknowledged commits in a crash.
        let cluster = EmbeddedCluster(.init(dataDirectory: base + "/db", durable: true), logger: logger)
        defer { TestClusters.stop(cluster, thenRemove: base) }
        try await cluster.start()
        let url = TestClusters.url(cluster)
        let created = try await runCommand(
            Binaries.path("liaisond"),
            ["user", "create", "--database-url", url, "--login", "officer", "--role", "officer", "--clearance", "strictly-confidential"])
        #expect(created.status == .exited(0), "\(created.error)")
        let token = try #require(created.output.split(separator: "\n").last.map(String.init))

        let server = try ServerProcess(arguments: ["serve", "--database-url", url, "--log-format", "json"], logFile: base + "/server.log")
        defer { server.kill() }
        try await server.start()
        let address = "http://127.0.0.1:\(server.port)"
        let seed = try await Seed.make(address, token: token)

        // The faults, while the clients work: at a fifth, two fifths and three fifths of the meetings.
        // However fast the server logs, the clients start no meeting more than a tenth past a
        // fault's mark until that fault has struck, so every fault meets requests in flight.
        let acknowledged = Counter(total: Self.clients * Self.meetingsPerClient, faults: 3)
        let load = Task {
            defer { acknowledged.finish() }
            return try await Self.logMeetings(address, token: token, seed: seed, cutting: fault == .connectionsCut, counter: acknowledged)
        }
        defer { acknowledged.openGate() }
        var faults = 0
        while faults < 3 {
            try await Task.sleep(for: .milliseconds(10))
            if acknowledged.isFinished { break }
            guard acknowledged.value >= acknowledged.mark(faults) else { continue }
            switch fault {
            case .databaseCrash:
                try await TestClusters.crash(cluster)
                try await Task.sleep(for: .milliseconds(300))
                try await cluster.start()
            case .serverKilled:
                server.kill()
                try await server.start()
            case .connectionsCut:
                break
            }
            faults += 1
            acknowledged.faultStruck()
        }
        let outcome = try await load.value
        if fault != .connectionsCut { #expect(faults == 3, "the load ended before the faults could hit it") }
        #expect(outcome.cut > 0 || fault != .connectionsCut, "no request was cut")
        #expect(outcome.refused.isEmpty, "refused: \(outcome.refused.prefix(5))")
        #expect(outcome.acknowledged.count == Self.clients * Self.meetingsPerClient)

        // The server answers again on its own.
        var ready = false
        for _ in 0..<100 where !ready {
            ready = await httpSend(.GET, address + "/readyz", token: nil, json: nil)?.status == 200
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(ready)

        // Exactly once, and whole.
        try await PostgresConnection.withConnection(.url(url)) { connection in
            let rows = try await connection.query(
                """
                SELECT m.subject, m.id::text,
                       (SELECT count(*) FROM meeting_participants p WHERE p.meeting_id = m.id),
                       (SELECT count(*) FROM positions p WHERE p.meeting_id = m.id),
                       (SELECT count(*) FROM commitments c WHERE c.meeting_id = m.id)
                FROM meetings m WHERE m.subject LIKE 'Fault drill %'
                """)
            var stored: [String: [String]] = [:]
            var partial: [String] = []
            for row in rows {
                let subject: String = try row.decode(at: 0)
                stored[subject, default: []].append(try row.decode(at: 1))
                if try row.decode(Int.self, at: 2) != 3 || row.decode(Int.self, at: 3) != 2 || row.decode(Int.self, at: 4) != 1 {
                    partial.append(subject)
                }
            }
            #expect(partial.isEmpty, "half-written: \(partial.prefix(5))")
            let duplicated = stored.filter { $0.value.count > 1 }.map(\.key)
            #expect(duplicated.isEmpty, "stored twice: \(duplicated.prefix(5))")
            let missing = outcome.acknowledged.filter { stored[$0.key]?.contains($0.value) != true }.map(\.key)
            #expect(missing.isEmpty, "acknowledged but not stored as acknowledged: \(missing.prefix(5))")
        }
    }

    /// Meetings acknowledged so far, across the clients, and the gate that keeps them from
    /// running past a fault that has not struck yet.
    final class Counter: Sendable {
        let total: Int
        let faults: Int
        private let count = Atomic<Int>(0)
        private let struck = Atomic<Int>(0)
        private let finished = Atomic<Bool>(false)
        init(total: Int, faults: Int) {
            self.total = total
            self.faults = faults
        }
        var value: Int { count.load(ordering: .relaxed) }
        var isFinished: Bool { finished.load(ordering: .acquiring) }
        func increment() { count.add(1, ordering: .relaxed) }
        func finish() { finished.store(true, ordering: .releasing) }
        /// How many meetings are acknowledged before the fault numbered `fault` (from 0) strikes.
        func mark(_ fault: Int) -> Int { total * (fault + 1) / (faults + 2) }
        func faultStruck() { struck.add(1, ordering: .releasing) }
        /// Lets every client through from now on, whatever happened to the faults.
        func openGate() { struck.store(faults, ordering: .releasing) }
        /// Whether a client may start another meeting: not once the count is a tenth past the
        /// mark of a fault that has not struck.
        var mayStart: Bool {
            let next = struck.load(ordering: .acquiring)
            return next >= faults || value < mark(next) + total / 10
        }
    }

    struct Outcome: Sendable {
        /// Subject → the id the server acknowledged it with.
        var acknowledged: [String: String] = [:]
        /// Answers that were neither a success nor worth retrying.
        var refused: [String] = []
        /// Requests given up on halfway.
        var cut = 0
    }

    /// Sixteen clients at once, each logging its meetings one after another, each meeting with
    /// a key of its own that every retry repeats.
    static func logMeetings(_ address: String, token: String, seed: Seed, cutting: Bool, counter: Counter) async throws -> Outcome {
        try await withThrowingTaskGroup(of: Outcome.self) { group in
            for client in 0..<clients {
                group.addTask {
                    var outcome = Outcome()
                    var random = SystemRandomNumberGenerator()
                    for number in 0..<meetingsPerClient {
                        while !counter.mayStart { try await Task.sleep(for: .milliseconds(10)) }
                        let subject = "Fault drill \(client)-\(number)"
                        let body = seed.meeting(subject: subject, client: client, number: number)
                        let key = UUID().uuidString
                        let deadline = ContinuousClock.now + .seconds(120)
                        while true {
                            // Some requests are abandoned a few milliseconds in: the connection is closed mid-request.
                            let cut = cutting && Int.random(in: 0..<4, using: &random) == 0
                            let timeout: TimeAmount = cut ? .milliseconds(Int64.random(in: 1...30, using: &random)) : .seconds(15)
                            let reply = await post(address + "/v1/meetings", token: token, body: body, key: key, timeout: timeout)
                            if let reply, reply.status == 201 || reply.status == 200, let id = reply.id {
                                outcome.acknowledged[subject] = id
                                counter.increment()
                                break
                            }
                            if let reply, reply.status < 500, reply.status != 429 {
                                outcome.refused.append("\(subject): \(reply.status) \(reply.body.prefix(300))")
                                break
                            }
                            if reply == nil && cut { outcome.cut += 1 }
                            guard ContinuousClock.now < deadline else {
                                outcome.refused.append("\(subject): gave up retrying")
                                break
                            }
                            try await Task.sleep(for: .milliseconds(Int.random(in: 20...100, using: &random)))
                        }
                    }
                    return outcome
                }
            }
            var total = Outcome()
            for try await outcome in group {
                total.acknowledged.merge(outcome.acknowledged) { $1 }
                total.refused += outcome.refused
                total.cut += outcome.cut
            }
            return total
        }
    }

    static func post(_ url: String, token: String, body: Data, key: String, timeout: TimeAmount) async
        -> (status: Int, body: String, id: String?)?
    {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Idempotency-Key", value: key)
        request.body = .bytes(ByteBuffer(bytes: body))
        guard let response = try? await HTTPClient.shared.execute(request, timeout: timeout),
            let collected = try? await response.body.collect(upTo: 1 << 20)
        else { return nil }
        let text = String(buffer: collected)
        let id = (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["id"] as? String
        return (Int(response.status.code), text, id)
    }

    /// The organisations, people and issues the meetings name.
    struct Seed: Sendable {
        var organizations: [String]
        var people: [String]
        var issues: [String]

        static func make(_ address: String, token: String) async throws -> Seed {
            func create(_ path: String, _ body: [String: Any]) async throws -> String {
                let reply = await httpSend(.POST, address + path, token: token, json: body)
                #expect(reply?.status == 201, "\(path): \(reply?.body ?? "no answer")")
                let object = try JSONSerialization.jsonObject(with: Data((reply?.body ?? "").utf8)) as? [String: Any]
                return try #require(object?["id"] as? String)
            }
            var seed = Seed(organizations: [], people: [], issues: [])
            for name in ["Ministry of Water", "Union of Farmers", "Party of Renewal", "Council of Elders"] {
                seed.organizations.append(try await create("/v1/organizations", ["name": name, "sector": "civil-society"]))
            }
            for name in ["Anvar Qodirov", "Zarina Sattorova", "Bahrom Yusupov", "Nigina Alieva"] {
                seed.people.append(try await create("/v1/people", ["name": name]))
            }
            for title in ["Water rights", "Land reform"] {
                seed.issues.append(try await create("/v1/issues", ["title": title]))
            }
            return seed
        }

        /// Three participants, two positions, one follow-up.
        func meeting(subject: String, client: Int, number: Int) -> Data {
            let participants = [organizations[client % 4], people[client % 4], organizations[(client + 1) % 4]]
            let minute = client * 1000 + number
            let body: [String: Any] = [
                "subject": subject,
                "startsAt": String(format: "2000-07-%02dT%02d:%02d:00Z", 1 + minute / 1440 % 28, minute / 60 % 24, minute % 60),
                "timeZone": "Asia/Dushanbe",
                "participants": participants,
                "positions": [
                    ["stakeholderId": participants[0], "issueId": issues[0], "stance": 1],
                    ["stakeholderId": participants[1], "issueId": issues[1], "stance": -1],
                ],
                "commitments": [["description": "Follow up on \(subject)", "owedBy": participants[1], "dueOn": "2000-08-01"]],
            ]
            return (try? JSONSerialization.data(withJSONObject: body)) ?? Data()
        }
    }
}

/// A `liaisond` that can be killed outright and started again on the same port, as a service
/// manager would restart it.
final class ServerProcess: @unchecked Sendable {
    let arguments: [String]
    let logFile: String
    let port: Int
    private var process: Process?

    init(arguments: [String], logFile: String) throws {
        self.arguments = arguments
        self.logFile = logFile
        port = try Self.freePort()
    }

    func start() async throws {
        try #require(FileManager.default.createFile(atPath: logFile, contents: nil), "cannot create \(logFile)")
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logFile))
        try log.seekToEnd()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binaries.path("liaisond").string)
        process.arguments = arguments + ["--port", String(port)]
        process.standardOutput = log
        process.standardError = log
        try process.run()
        self.process = process
        for _ in 0..<300 {
            if await httpSend(.GET, "http://127.0.0.1:\(port)/healthz", token: nil, json: nil)?.status == 200 { return }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ServerDidNotStart(log: (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "")
    }

    /// SIGKILL: no chance to finish anything.
    func kill() {
        guard let process, process.isRunning else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// A port nothing listens on now (the kernel's choice for port 0).
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw TestClusterError(message: "socket: \(errno)") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw TestClusterError(message: "bind: \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
