import HummingbirdBcrypt
import NIOCore
import NIOPosix

/// bcrypt, run on threads of its own: hashing is deliberately slow, and must never hold up an
/// event loop or Swift's cooperative threads.
public struct PasswordHasher: Sendable {
    /// bcrypt's cost (2^cost rounds). 12 for people; tests may lower it to the minimum, 4.
    public let cost: UInt8

    public init(cost: UInt8 = 12) { self.cost = max(4, min(31, cost)) }

    /// bcrypt's own threads, one per core: hashing is pure computation, and on NIO's shared
    /// pool it would queue behind blocking work such as libpq connects and `CREATE DATABASE`
    /// (a login once waited over 20 s behind them on a loaded machine).
    static let threads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: System.coreCount)
        pool.start()
        return pool
    }()

    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await Self.threads.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await Self.threads.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// The same work as a verification, for a login that does not exist, so that unknown logins
    /// take as long as wrong passwords. Always false.
    public func verifyNothing(_ password: String) async throws -> Bool {
        _ = try await hash(password)
        return false
    }
}
