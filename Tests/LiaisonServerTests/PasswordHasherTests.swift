import Foundation
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

    @Test func aLoginRefusedForWantOfAHashingSlotDoesNotCountAsAFailure() async throws {
        let threads = HeldThreads()
        let hasher = PasswordHasher(cost: 4, maximumInFlight: 1, threads: threads.pool)
        try await withAPIAndPools(passwords: hasher) { api, owner, requests in
            _ = try await makeUser(owner, login: "busy", role: .viewer, clearance: .unclassified, password: "a long enough password")
            // The only slot, taken by a check that waits for the held thread.
            await threads.hold()
            let holder = Task { try await hasher.hash("x") }
            while hasher.hashesInFlight == 0 { try await Task.sleep(for: .milliseconds(5)) }
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
        await threads.shutdown()
    }

    /// Fifty wrong-password logins at once, their checks held in flight, while another client
    /// reads through a pool of two connections: every read is answered, and every login gets
    /// 401, 429 or 503, never an error. (How fast the reader stays while the hashing really
    /// runs is the benchmark's to measure: docs/benchmarks.md.)
    @Test func fiftyWrongPasswordLoginsAtOnceLeaveAReaderServed() async throws {
        let threads = HeldThreads()
        let hasher = PasswordHasher(cost: 4, threads: threads.pool)
        try await withAPIAndPools(poolSize: 2, passwords: hasher) { api, owner, _ in
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
            while hasher.hashesInFlight < hasher.maximumInFlight { try await Task.sleep(for: .milliseconds(5)) }
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
        await threads.shutdown()
    }

    @Test func aLoginHoldsNoDatabaseConnectionWhileItsPasswordIsChecked() async throws {
        let threads = HeldThreads()
        let hasher = PasswordHasher(cost: 4, threads: threads.pool)
        try await withAPIAndPools(poolSize: 1, passwords: hasher) { api, owner, _ in
            let token = try await makeUser(owner, login: "reader", role: .viewer, clearance: .unclassified)
            _ = try await makeUser(owner, login: "slow", role: .viewer, clearance: .unclassified, password: "the right one")
            // The login's check waits for the held thread.
            await threads.hold()
            let login = Task { try await api.as(nil).post("/v1/auth/login", ["login": "slow", "password": "the right one"]) }
            while hasher.hashesInFlight == 0 { try await Task.sleep(for: .milliseconds(5)) }
            // The pool's only connection is free while the password waits to be checked.
            let read = try await api.as(token).get("/v1/auth/me")
            #expect(read.status == 200)
            threads.letGo()
            let answer = try await login.value
            #expect(answer.status == 200, "\(answer.text)")
        }
        await threads.shutdown()
    }
}

/// A value several tasks of a test update.
final class Shared<Value: Sendable>: Sendable {
    let value: Mutex<Value>
    init(_ value: Value) { self.value = Mutex(value) }
}
