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
        for _ in 0..<holders { started.wait() }

        let hasher = PasswordHasher(cost: 4)
        let hash = try await hasher.hash("correct horse battery")
        #expect(try await hasher.verify("correct horse battery", hash: hash))
        #expect(try await !hasher.verify("wrong", hash: hash))

        for _ in 0..<holders { release.signal() }
        for future in held { try await future.get() }
        #expect(heldTooLong.load(ordering: .relaxed) == 0, "hashing waited for the shared pool's threads")
    }

    @Test func pastItsBoundAHasherRefusesAtOnceInsteadOfQueueing() async throws {
        let hasher = PasswordHasher(cost: 10, maximumInFlight: 3)
        let most = Shared(0)
        let outcomes = await withTaskGroup(of: String.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    do {
                        _ = try await hasher.hash("a password")
                        return "hashed"
                    } catch is HashingBusy {
                        return "busy"
                    } catch {
                        return "\(error)"
                    }
                }
                group.addTask {
                    let seen = hasher.hashesInFlight
                    most.value.withLock { $0 = max($0, seen) }
                    return "watched"
                }
            }
            return await group.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        }
        #expect(outcomes["hashed", default: 0] >= 3)
        #expect(outcomes["busy", default: 0] >= 1, "\(outcomes)")
        #expect(outcomes["hashed", default: 0] + outcomes["busy", default: 0] == 20, "\(outcomes)")
        #expect(most.value.withLock { $0 } <= 4)  // three admitted, and one on its way to being refused
        #expect(hasher.hashesInFlight == 0)
    }

    @Test func aLoginRefusedForWantOfAHashingSlotDoesNotCountAsAFailure() async throws {
        let hasher = PasswordHasher(cost: 4, maximumInFlight: 1)
        try await withAPIAndPools(passwords: hasher) { api, owner, _ in
            _ = try await makeUser(owner, login: "busy", role: .viewer, clearance: .unclassified, password: "a long enough password")
            // The only slot, taken by a slow check (a cost-14 hash takes a second or more).
            let slowHash = try await PasswordHasher(cost: 14).hash("x")
            let holder = Task { try await hasher.verify("x", hash: slowHash) }
            while hasher.hashesInFlight == 0 { try await Task.sleep(for: .milliseconds(5)) }
            let response = try await api.as(nil).post("/v1/auth/login", ["login": "busy", "password": "wrong"])
            expectProblem(response, status: 503)
            #expect(response.headers["retry-after"] == "1")
            #expect(try await holder.value)
            let failures = try await owner.query("SELECT coalesce(sum(failures), 0) FROM login_failures WHERE key = 'login:busy'")
            #expect(try failures[0].decode(Int.self, at: 0) == 0, "an attempt never checked was counted as a failure")
        }
    }

    @Test func aLoginHoldsNoDatabaseConnectionWhileItsPasswordIsChecked() async throws {
        let hasher = PasswordHasher(cost: 4)
        try await withAPIAndPools(poolSize: 1, passwords: hasher) { api, owner, _ in
            let token = try await makeUser(owner, login: "reader", role: .viewer, clearance: .unclassified)
            _ = try await makeUser(owner, login: "slow", role: .viewer, clearance: .unclassified)
            // A hash that takes a while to check (cost 13), stored as the account's password.
            let slowHash = try await PasswordHasher(cost: 13).hash("the right one")
            try await owner.query("UPDATE users SET password_hash = $1 WHERE login = 'slow'", [slowHash])
            let order = Shared<[String]>([])
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    let response = try await api.as(nil).post("/v1/auth/login", ["login": "slow", "password": "the right one"])
                    #expect(response.status == 200, "\(response.text)")
                    order.value.withLock { $0.append("login") }
                }
                group.addTask {
                    while hasher.hashesInFlight == 0 { try await Task.sleep(for: .milliseconds(5)) }
                    // The pool's only connection is free while bcrypt runs.
                    #expect(try await api.as(token).get("/v1/auth/me").status == 200)
                    order.value.withLock { $0.append("read") }
                }
                try await group.waitForAll()
            }
            #expect(order.value.withLock { $0 } == ["read", "login"])
        }
    }
}

/// A value several tasks of a test update.
final class Shared<Value: Sendable>: Sendable {
    let value: Mutex<Value>
    init(_ value: Value) { self.value = Mutex(value) }
}
