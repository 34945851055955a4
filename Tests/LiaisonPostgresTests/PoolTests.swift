import Foundation
import LiaisonPostgres
import TestSupport
import Testing

@Suite("Connection pool")
struct PoolTests {
    @Test func fiveHundredConcurrentQueriesThroughAPoolOfEightAllComplete() async throws {
        try await withTestPool(size: 8, migrated: false) { pool in
            let sums = try await withThrowingTaskGroup(of: Int.self) { group in
                for n in 0..<500 {
                    group.addTask {
                        let rows = try await pool.query("SELECT $1::int8 + 1, pg_backend_pid()", [n])
                        return try rows[0].decode(Int.self, at: 0)
                    }
                }
                var results: [Int] = []
                for try await value in group { results.append(value) }
                return results
            }
            #expect(sums.sorted() == Array(1...500))
            let statistics = await pool.statistics
            #expect(statistics.open <= 8)
            #expect(statistics.waiting == 0)
            let backends = try await pool.query(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")
            #expect(try backends[0].decode(Int.self, at: 0) <= 8)
        }
    }

    @Test func acquireTimesOutWithAClearError() async throws {
        try await withTestPool(size: 1, acquireTimeout: .milliseconds(300), migrated: false) { pool in
            // The only connection opened first: on a busy machine opening it can take longer
            // than the timeout, and one opened late waits in the pool for the next try.
            for _ in 0..<100 {
                if (try? await pool.query("SELECT 1")) != nil { break }
            }
            // Held far longer than a busy machine can delay the waiter's timer.
            let holder = Task { try await pool.query("SELECT pg_sleep(600) -- hold the only connection") }
            defer { holder.cancel() }
            try await waitUntilRunning("SELECT pg_sleep(600) -- hold the only connection")
            let error = await #expect(throws: PostgresError.self) { try await pool.query("SELECT 1") }
            #expect(error?.kind == .poolTimeout)
            #expect(error?.description.contains("within") == true)
            holder.cancel()
            _ = try? await holder.value
            // Once the connection is back, the pool serves again.
            let rows = try await pool.query("SELECT 2")
            #expect(try rows[0].decode(Int.self, at: 0) == 2)
        }
    }

    @Test func acquireTimeoutBoundsOpeningAConnectionToAServerThatNeverAnswers() async throws {
        // A socket that listens but never answers: the kernel completes the handshake, libpq
        // sends its start-up packet and waits, as with a database too loaded to accept.
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(listener, generic, length) == 0 && listen(listener, 8) == 0
                    && getsockname(listener, generic, &length) == 0
            }
        }
        #expect(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let pool = ConnectionPool(.init(
            connection: ConnectionConfiguration(parameters: [
                .init("host", "127.0.0.1"), .init("port", String(port)), .init("user", "nobody"),
                .init("dbname", "nothing"), .init("connect_timeout", "5"),
            ]),
            maximumConnections: 2, acquireTimeout: .milliseconds(300)))
        let error = await #expect(throws: PostgresError.self) { try await pool.query("SELECT 1") }
        // Without the bound, libpq's own connect_timeout would end it after 5 s as a failed connection.
        #expect(error?.kind == .poolTimeout, "\(String(describing: error))")
        await pool.shutdown()
    }

    @Test func sessionSettingsHoldOnEveryConnectionAndStopWhatRunsOrIdlesTooLong() async throws {
        try await withTestDatabase(migrated: false) { database in
            let pool = ConnectionPool(
                .init(
                    connection: database.connection, maximumConnections: 2, acquireTimeout: TestPostgres.acquireTimeout,
                    sessionSettings: [("statement_timeout", "500"), ("idle_in_transaction_session_timeout", "500")]))
            let limit = try await pool.query("SELECT current_setting('statement_timeout')")[0].decode(String.self, at: 0)
            #expect(limit == "500ms")
            let slow = await #expect(throws: PostgresError.self) { try await pool.query("SELECT pg_sleep(5)") }
            #expect(slow?.sqlState == .queryCanceled)
            // A transaction left idle is ended by the server; the connection is not handed out again.
            let idle = await #expect(throws: PostgresError.self) {
                try await pool.withTransaction { connection in
                    try await connection.query("SELECT 1")
                    try await Task.sleep(for: .seconds(2))
                    try await connection.query("SELECT 2")
                }
            }
            #expect(idle?.kind == .connectionLost)
            let after = try await pool.query("SELECT 3")[0].decode(Int.self, at: 0)
            #expect(after == 3)
            await pool.shutdown()
        }
    }

    @Test func aTerminatedBackendIsReplacedAndTheNextQuerySucceeds() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            let before = try await pool.query("SELECT pg_backend_pid()")[0].decode(Int32.self, at: 0)
            let admin = try await PostgresConnection.connect(
                TestPostgres.shared.maintenanceConnection(), threadPool: .singleton)
            try await admin.query("SELECT pg_terminate_backend($1)", [before])
            await admin.close()
            let after = try await pool.query("SELECT pg_backend_pid()")[0].decode(Int32.self, at: 0)
            #expect(after != before)
            #expect(await pool.statistics.open == 1)
        }
    }

    @Test func aTerminatedBackendInsideATransactionFailsAsConnectionLost() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            let admin = try await PostgresConnection.connect(
                TestPostgres.shared.maintenanceConnection(), threadPool: .singleton)
            let error = await #expect(throws: PostgresError.self) {
                try await pool.withTransaction { connection in
                    let pid = try await connection.query("SELECT pg_backend_pid()")[0].decode(Int32.self, at: 0)
                    try await admin.query("SELECT pg_terminate_backend($1)", [pid])
                    try await Task.sleep(for: .milliseconds(100))
                    try await connection.query("SELECT 1")
                }
            }
            await admin.close()
            // Work already done in a transaction must not be replayed silently.
            #expect(error?.kind == .connectionLost)
            let rows = try await pool.query("SELECT 1")
            #expect(try rows[0].decode(Int.self, at: 0) == 1)
        }
    }

    @Test func cancellingATaskCancelsItsRunningQuery() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            let task = Task { try await pool.query("SELECT pg_sleep(600) -- cancel me") }
            defer { task.cancel() }
            try await waitUntilRunning("SELECT pg_sleep(600) -- cancel me")
            let cancelled = ContinuousClock.now
            task.cancel()
            let error = await #expect(throws: PostgresError.self) { try await task.value }
            #expect(error?.sqlState == .queryCanceled)
            // Stopped, not run out: however busy the machine, far short of the ten minutes.
            #expect(ContinuousClock.now - cancelled < .seconds(300))
            let rows = try await pool.query("SELECT 3")
            #expect(try rows[0].decode(Int.self, at: 0) == 3)
        }
    }

    @Test func aCancelRequestNeverReachesTheConnectionsNextStatement() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            let task = Task { try await pool.query("SELECT pg_sleep(30) -- cancel this one") }
            try await waitUntilRunning("SELECT pg_sleep(30) -- cancel this one")
            task.cancel()
            _ = try? await task.value
            // The same connection, at once, for a statement that takes a while: cancel requests
            // repeated for the first must not stop it.
            let next = try await pool.query("SELECT pg_sleep(0.5), 7")
            #expect(try next[0].decode(Int.self, at: 1) == 7)
        }
    }

    @Test func aBurstOfCancellationsStartsNoThreadPerRequest() async throws {
        let burst = 64
        try await withTestPool(size: burst, migrated: false) { pool in
            let tasks = (0..<burst).map { n in
                Task { try await pool.query("SELECT pg_sleep(600) -- burst \(n)") }
            }
            // Whatever fails, the sleeps end with the test, and their connections with them.
            defer { for task in tasks { task.cancel() } }
            try await waitUntilRunning("SELECT pg_sleep(600) -- burst ", count: burst)
            func threads() -> Int { (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").count) ?? 0 }
            // The threads the process's other tests start and end meanwhile, sampled as below
            // for as long before any cancellation: what this test allows beyond its bound.
            func spread(for duration: Duration) async throws -> (least: Int, most: Int) {
                var (least, most) = (Int.max, 0)
                let until = ContinuousClock.now + duration
                while ContinuousClock.now < until {
                    let now = threads()
                    (least, most) = (min(least, now), max(most, now))
                    try await Task.sleep(for: .milliseconds(2))
                }
                return (least, most)
            }
            let quiet = try await spread(for: .milliseconds(400))
            let noise = quiet.most - quiet.least
            let before = threads()
            for task in tasks { task.cancel() }
            // Sampled while the requests go out and for longer than one repeat interval: a
            // thread per request would show up as one more thread per cancelled statement.
            let most = max(before, try await spread(for: .milliseconds(400)).most)
            for task in tasks {
                let error = await #expect(throws: PostgresError.self) { try await task.value }
                #expect(error?.sqlState == .queryCanceled)
            }
            // Other tests in this process start threads too: the bound leaves them room (a third
            // of the burst, and what they did in as long just before), and is still far below
            // one thread per request.
            #expect(most - before <= burst / 3 + noise, "\(most - before) more threads for \(burst) cancellations (others: \(noise))")
        }
    }

    @Test func aTaskCancelledBeforeItsQueryStartsNeverRunsIt() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query("CREATE TABLE marks (n int)")
            let task = Task {
                try await pool.withConnection { connection in
                    withUnsafeCurrentTask { $0?.cancel() }
                    try await connection.query("INSERT INTO marks VALUES (1)")
                }
            }
            await #expect(throws: CancellationError.self) { try await task.value }
            let rows = try await pool.query("SELECT count(*) FROM marks")
            #expect(try rows[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test func shutdownClosesEveryConnectionAndRefusesNewWork() async throws {
        try await withTestDatabase { database in
            let pool = ConnectionPool(.init(connection: database.connection, maximumConnections: 3))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<6 { group.addTask { try await pool.query("SELECT pg_sleep(0.05)") } }
                try await group.waitForAll()
            }
            #expect(await pool.statistics.open > 0)
            await pool.shutdown()
            #expect(await pool.statistics.open == 0)
            let error = await #expect(throws: PostgresError.self) { try await pool.query("SELECT 1") }
            #expect(error?.kind == .poolClosed)
        }
    }
}

@Suite("Transactions")
struct TransactionTests {
    @Test func aThrownErrorInsideATransactionLeavesNothingBehind() async throws {
        struct Abandon: Error {}
        try await withTestPool(migrated: false) { pool in
            try await pool.query("CREATE TABLE meetings (subject text)")
            await #expect(throws: Abandon.self) {
                try await pool.withTransaction { connection in
                    try await connection.query("INSERT INTO meetings VALUES ($1)", ["Amnesty"])
                    try await connection.query("INSERT INTO meetings VALUES ($1)", ["Refugee return"])
                    throw Abandon()
                }
            }
            let rows = try await pool.query("SELECT count(*) FROM meetings")
            #expect(try rows[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test func aFailingStatementRollsBackTheWholeTransaction() async throws {
        try await withTestPool(migrated: false) { pool in
            try await pool.query("CREATE TABLE meetings (subject text UNIQUE)")
            await #expect(throws: PostgresError.self) {
                try await pool.withTransaction { connection in
                    try await connection.query("INSERT INTO meetings VALUES ($1)", ["Amnesty"])
                    try await connection.query("INSERT INTO meetings VALUES ($1)", ["Amnesty"])
                }
            }
            let rows = try await pool.query("SELECT count(*) FROM meetings")
            #expect(try rows[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test func aTransactionCommitsWhenTheBodyReturns() async throws {
        try await withTestPool(migrated: false) { pool in
            try await pool.query("CREATE TABLE meetings (subject text)")
            let count = try await pool.withTransaction { connection in
                try await connection.query("INSERT INTO meetings VALUES ($1)", ["Amnesty"])
                return try await connection.query("SELECT count(*) FROM meetings")[0].decode(Int.self, at: 0)
            }
            #expect(count == 1)
            let rows = try await pool.query("SELECT subject FROM meetings")
            #expect(try rows[0].decode(String.self, at: 0) == "Amnesty")
        }
    }

    @Test func cancellationRollsBackATransaction() async throws {
        try await withTestPool(migrated: false) { pool in
            try await pool.query("CREATE TABLE meetings (subject text)")
            let inserted = AsyncStream<Void>.makeStream()
            let task = Task {
                try await pool.withTransaction { connection in
                    try await connection.query("INSERT INTO meetings VALUES ($1)", ["Amnesty"])
                    inserted.continuation.yield()
                    try await Task.sleep(for: .seconds(30))
                }
            }
            var iterator = inserted.stream.makeAsyncIterator()
            await iterator.next()
            task.cancel()
            await #expect(throws: CancellationError.self) { try await task.value }
            let rows = try await pool.query("SELECT count(*) FROM meetings")
            #expect(try rows[0].decode(Int.self, at: 0) == 0)
        }
    }
}

/// Waits until a statement starting with `statement` is running on the test server, however slowly
/// a loaded machine got it there.
/// Waits until `count` statements starting with `statement` run at once (for two minutes at
/// most, then fails rather than hang the run).
func waitUntilRunning(_ statement: String, count: Int = 1) async throws {
    let admin = try await PostgresConnection.connect(TestPostgres.shared.maintenanceConnection(), threadPool: .singleton)
    do {
        let deadline = ContinuousClock.now + .seconds(120)
        while try await admin.query(
            "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND starts_with(query, $1)", [statement]
        )[0].decode(Int.self, at: 0) < count {
            guard ContinuousClock.now < deadline else {
                throw NeverRan(statement: statement, count: count)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    } catch {
        await admin.close()
        throw error
    }
    await admin.close()
}

struct NeverRan: Error, CustomStringConvertible {
    var statement: String
    var count: Int
    var description: String { "\(count) × '\(statement)' never ran at once within two minutes" }
}
