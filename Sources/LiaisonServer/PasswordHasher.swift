import HummingbirdBcrypt
import NIOCore
import NIOPosix
import Synchronization

/// bcrypt, run on threads of its own: hashing is deliberately slow, and must never hold up an
/// event loop or Swift's cooperative threads.
///
/// Hashing takes half the cores at most (at least one thread), so that a flood of logins cannot
/// take every core from the requests being served; and at most `maximumInFlight` hashes wait
/// or run at once per hasher: past that, `HashingBusy` at once (503 with Retry-After), rather
/// than a queue that grows as fast as guesses arrive.
public struct PasswordHasher: Sendable {
    /// bcrypt's cost (2^cost rounds). 12 for people; tests may lower it to the minimum, 4.
    public let cost: UInt8
    /// The most hashes waiting or running at once through this hasher.
    public let maximumInFlight: Int
    private let inFlight: InFlight
    /// Where the hashing runs: the shared `threads` unless given (tests pass threads of their
    /// own, so that what they hold up holds up nothing else).
    private let pool: NIOThreadPool

    public init(cost: UInt8 = 12, maximumInFlight: Int = 16, threads: NIOThreadPool? = nil) {
        self.cost = max(4, min(31, cost))
        self.maximumInFlight = max(1, maximumInFlight)
        self.inFlight = InFlight()
        self.pool = threads ?? Self.threads
    }

    /// bcrypt's own threads: on NIO's shared pool it would queue behind blocking work such as
    /// libpq connects and `CREATE DATABASE` (a login once waited over 20 s behind them on a
    /// loaded machine).
    static let threadCount = max(1, System.coreCount / 2)
    static let threads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: threadCount)
        pool.start()
        return pool
    }()

    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await gated { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await gated { Bcrypt.verify(password, hash: hash) }
    }

    /// The same work as a verification, for a login that does not exist, so that unknown logins
    /// take as long as wrong passwords. Always false.
    public func verifyNothing(_ password: String) async throws -> Bool {
        _ = try await hash(password)
        return false
    }

    /// Hashes waiting or running through this hasher now.
    public var hashesInFlight: Int { inFlight.count.load(ordering: .relaxed) }

    /// Whether a hash started now would be taken rather than refused (it may change at once).
    public var hasRoom: Bool { hashesInFlight < maximumInFlight }

    private func gated<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async throws -> Result {
        let now = inFlight.count.wrappingAdd(1, ordering: .relaxed).newValue
        defer { inFlight.count.wrappingSubtract(1, ordering: .relaxed) }
        guard now <= maximumInFlight else { throw HashingBusy() }
        return try await pool.runIfActive(work)
    }

    private final class InFlight: Sendable {
        let count = Atomic<Int>(0)
    }
}

/// Too many passwords are being hashed at once; the request may be tried again in a moment.
public struct HashingBusy: Error, Sendable {}
