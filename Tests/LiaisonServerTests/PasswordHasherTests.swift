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
}
