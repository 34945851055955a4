import Foundation
import LiaisonPostgres
import LiaisonServer
import NIOCore
import NIOPosix
import Synchronization
import Testing

@Suite("Password hashing")
struct PasswordHasherTests {
    /// NIO's shared blocking pool also runs libpq's blocking connects (and, in the tests,
    /// `CREATE DATABASE`). A login must not queue behind them: with every thread of that pool
    /// held, hashing still finishes, and only then are the holders let go.
    @Test func hashingDoesNotWaitForNIOsSharedBlockingThreads() async throws {
        let holders = NIOSingletons.blockingPoolThreadCountSuggestion
        let release = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)
        let heldTooLong = Atomic<Int>(0)
        let held = (0..<holders).map { _ in
            NIOThreadPool.singleton.runIfActive(eventLoop: MultiThreadedEventLoopGroup.singleton.any()) {
                started.signal()
                // Long enough that a hash queued behind this would surely come after it.
                if release.wait(timeout: .now() + 30) == .timedOut { heldTooLong.add(1, ordering: .relaxed) }
            }
        }
        // Waited for on a thread of its own: blocking one of Swift's few cooperative threads
        // stalls every other test's timers meanwhile.
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                for _ in 0..<holders { started.wait() }
                continuation.resume()
            }
        }

        let hasher = PasswordHasher(cost: 4)
        let hash = try await hasher.hash("correct horse battery")
        #expect(try await hasher.verify("correct horse battery", hash: hash))
        #expect(try await !hasher.verify("wrong", hash: hash))

        for _ in 0..<holders { release.signal() }
        for future in held { try await future.get() }
        #expect(heldTooLong.load(ordering: .relaxed) == 0, "hashing waited for the shared pool's threads")
    }

    @Test func pastItsBoundAHasherRefusesAtOnceInsteadOfQueueing() async throws {
        let threads = HeldThreads()
        let hasher = PasswordHasher(cost: 4, maximumInFlight: 3, threads: threads.pool)
        await threads.hold()
        let outcomes = Shared<[String: Int]>([:])
        let hashes = (0..<20).map { _ in
            Task {
                let outcome: String
                do {
                    _ = try await hasher.hash("a password")
                    outcome = "hashed"
                } catch is HashingBusy {
                    outcome = "busy"
                } catch {
                    outcome = "\(error)"
                }
                outcomes.value.withLock { $0[outcome, default: 0] += 1 }
            }
        }
        // Three wait for the held thread; the other seventeen are refused at once.
        while outcomes.value.withLock({ $0["busy", default: 0] }) < 17 { try await Task.sleep(for: .milliseconds(5)) }
        #expect(hasher.hashesInFlight == 3)
        threads.letGo()
        for hash in hashes { await hash.value }
        #expect(outcomes.value.withLock { $0 } == ["hashed": 3, "busy": 17])
        #expect(hasher.hashesInFlight == 0)
        await threads.shutdown()
    }

    /// Threads of a test's own for a hasher, and a way to hold them: work queued behind the
    /// hold stays in flight until it is let go, without spending any CPU (expensive hashes on
    /// the shared threads held up other tests' logins past their client's timeout).
    final class HeldThreads: Sendable {
        let pool: NIOThreadPool
        private let release = DispatchSemaphore(value: 0)
        private let started = DispatchSemaphore(value: 0)

        init() {
            pool = NIOThreadPool(numberOfThreads: 1)
            pool.start()
        }

        /// Takes the only thread until `letGo`.
        func hold() async {
            _ = pool.runIfActive(eventLoop: MultiThreadedEventLoopGroup.singleton.any()) { [self] in
                started.signal()
                _ = release.wait(timeout: .now() + 60)
            }
            await withCheckedContinuation { continuation in
                Thread.detachNewThread { [self] in
                    started.wait()
                    continuation.resume()
                }
            }
        }

        func letGo() { release.signal() }

        func shutdown() async { try? await pool.shutdownGracefully() }
    }

    /// An application whose password checks run on one thread of the test's own, which the
    /// test can hold (`threads.hold()`) to keep checks in flight.
    func withHeldHashing(
        maximumInFlight: Int = 16, poolSize: Int = 8,
        _ body: @Sendable @escaping (API, _ owner: ConnectionPool, _ requests: ConnectionPool, PasswordHasher, HeldThreads) async throws -> Void
    ) async throws {
        let threads = HeldThreads()
        let hasher = PasswordHasher(cost: 4, maximumInFlight: maximumInFlight, threads: threads.pool)
        do {
            try await withAPIAndPools(poolSize: poolSize, passwords: hasher) { api, owner, requests in
                do {
                    try await body(api, owner, requests, hasher, threads)
                } catch {
                    // Before the server stops: it waits for requests whose checks are held.
                    threads.letGo()
                    throw error
                }
            }
        } catch {
            threads.letGo()
            await threads.shutdown()
            throw error
        }
        await threads.shutdown()
    }

    /// Waits until `count` checks are in flight through `hasher`; gives up after two minutes.
    static func waitForChecks(_ hasher: PasswordHasher, _ count: Int) async throws {
        let deadline = ContinuousClock.now + .seconds(120)
        while hasher.hashesInFlight < count {
            guard ContinuousClock.now < deadline else {
                struct TooFew: Error, CustomStringConvertible { var description: String }
                throw TooFew(description: "\(hasher.hashesInFlight) checks in flight, not \(count), after two minutes")
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    @Test func aLoginRefusedForWantOfAHashingSlotDoesNotCountAsAFailure() async throws {
        try await withHeldHashing(maximumInFlight: 1) { api, owner, requests, hasher, threads in
            _ = try await makeUser(owner, login: "busy", role: .viewer, clearance: .unclassified, password: "a long enough password")
            // The only slot, taken by a check that waits for the held thread.
            await threads.hold()
            let holder = Task { try await hasher.hash("x") }
            try await Self.waitForChecks(hasher, 1)
            let before = await requests.roundTrips
            let response = try await api.as(nil).post("/v1/auth/login", ["login": "busy", "password": "wrong"])
            // Turned away before it cost the database anything.
            #expect(await requests.roundTrips == before)
            threads.letGo()
            _ = try await holder.value
            expectProblem(response, status: 503)
            #expect(response.headers["retry-after"] == "1")
            let failures = try await owner.query("SELECT coalesce(sum(failures), 0) FROM login_failures WHERE key = 'login:busy'")
            #expect(try failures[0].decode(Int.self, at: 0) == 0, "an attempt never checked was counted as a failure")
        }
    }

    @Test func loginPausesAreRememberedUntilTheyEndAndNeverPastTheirLimit() {
        let pauses = LoginPauses(limit: 2)
        pauses.remember(["login:a"], seconds: 0)
        pauses.remember(["login:b"], seconds: 60)
        #expect(pauses.remaining(["login:a"]) == nil, "a pause that has ended still answered")
        #expect(pauses.remaining(["login:b"]) == 60)
        // At the limit, the ended pause makes room for a new one.
        pauses.remember(["login:c"], seconds: 30)
        #expect(pauses.remaining(["login:c"]) == 30)
        // With the limit taken by pauses still running, a new one is not kept at all.
        pauses.remember(["login:d"], seconds: 60)
        #expect(pauses.remaining(["login:d"]) == nil)
        #expect(pauses.remaining(["login:b"]) == 60)
    }

    /// Fifty wrong-password logins at once, their checks held in flight, while another client
    /// reads through a pool of two connections: every read is answered, and every login gets
    /// 401, 429 or 503, never an error. (How fast the reader stays while the hashing really
    /// runs is the benchmark's to measure: docs/benchmarks.md.)
    @Test func fiftyWrongPasswordLoginsAtOnceLeaveAReaderServed() async throws {
        try await withHeldHashing(poolSize: 2) { api, owner, _, hasher, threads in
            let token = try await makeUser(owner, login: "reader", role: .viewer, clearance: .unclassified)
            _ = try await makeUser(owner, login: "target", role: .viewer, clearance: .unclassified, password: "the right one")
            await threads.hold()
            let anonymous = api.as(nil)
            var logins: [Task<Int, any Error>] = []
            for n in 0..<50 {
                let login = n % 2 == 0 ? "target" : "nobody\(n)"
                logins.append(Task { try await anonymous.post("/v1/auth/login", ["login": login, "password": "wrong"]).status })
            }
            // As many checks in flight as the hasher takes; the rest were turned away.
            try await Self.waitForChecks(hasher, hasher.maximumInFlight)
            for _ in 0..<20 {
                let me = try await api.as(token).get("/v1/auth/me")
                #expect(me.status == 200)
                let meetings = try await api.as(token).get("/v1/meetings?limit=5")
                #expect(meetings.status == 200)
            }
            threads.letGo()
            var statuses: [Int: Int] = [:]
            for login in logins {
                let status = try await login.value
                statuses[status, default: 0] += 1
            }
            #expect(Set(statuses.keys).isSubset(of: [401, 429, 503]), "\(statuses)")
            // No more were checked than the hasher takes at once; the throttle or the full
            // hasher turned the others away without hashing.
            #expect(statuses[401, default: 0] <= hasher.maximumInFlight, "\(statuses)")
            #expect(statuses[503, default: 0] > 0, "\(statuses)")
        }
    }

    @Test func aLoginHoldsNoDatabaseConnectionWhileItsPasswordIsChecked() async throws {
        try await withHeldHashing(poolSize: 1) { api, owner, _, hasher, threads in
            let token = try await makeUser(owner, login: "reader", role: .viewer, clearance: .unclassified)
            _ = try await makeUser(owner, login: "slow", role: .viewer, clearance: .unclassified, password: "the right one")
            // The login's check waits for the held thread.
            await threads.hold()
            let login = Task { try await api.as(nil).post("/v1/auth/login", ["login": "slow", "password": "the right one"]) }
            try await Self.waitForChecks(hasher, 1)
            // The pool's only connection is free while the password waits to be checked.
            let read = try await api.as(token).get("/v1/auth/me")
            #expect(read.status == 200)
            threads.letGo()
            let answer = try await login.value
            #expect(answer.status == 200, "\(answer.text)")
        }
    }
}

/// A value several tasks of a test update.
final class Shared<Value: Sendable>: Sendable {
    let value: Mutex<Value>
    init(_ value: Value) { self.value = Mutex(value) }
}
