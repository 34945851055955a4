import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run on threads of its own: hashing is deliberately slow, and must never hold up an
/// event loop or Swift's cooperative threads.
public struct PasswordHasher: Sendable {
    /// bcrypt's cost (2^cost rounds). 12 for people; tests may lower it to the minimum, 4.
    public let cost: UInt8

    /// A hash of the same cost to check unknown logins against, so that they take as long as wrong passwords.
    let decoy: String

    public init(cost: UInt8 = 12) {
        self.cost = max(4, min(31, cost))
        self.decoy = Bcrypt.hash("liaison decoy password", cost: self.cost)
    }

    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
