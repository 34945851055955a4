import Foundation
import LiaisonAPI
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore
import Synchronization

/// The address a request came from, for slowing down password guessing.
enum ClientAddress {
    @TaskLocal static var value: String?
}

/// `/v1/auth`, `/v1/users`, `/v1/tokens`, `/v1/audit`.
struct AccountsAPI: Sendable {
    let database: RequestDatabase
    let passwords: PasswordHasher
    let throttle: LoginThrottle
    /// Pauses the database imposed lately, to answer repeats within them without asking again.
    let pauses = LoginPauses()

    /// What a login attempt came to.
    enum LoginAttempt: Sendable {
        case throttled(seconds: Int)
        /// The account (nil for an unknown login) and its password hash, to check.
        case check(User?, hash: String?)
    }

    func login(_ body: Components.Schemas.LoginRequest) async throws -> Components.Schemas.NewToken {
        let login = body.login.trimmed.lowercased()
        let keys = (["login:" + login] + (ClientAddress.value.map { ["address:" + $0] } ?? [])).sorted()
        let password = body.password
        let throttle = self.throttle
        // A flood of guesses is turned away before it costs a transaction: a repeat within a
        // pause the database set, and any attempt while every hashing slot is taken (checked
        // again when the hash starts; this only spares the database the attempts that would
        // be refused anyway).
        if let seconds = pauses.remaining(keys) { throw LoginThrottled(retryAfter: seconds) }
        guard passwords.hasRoom else { throw HashingBusy() }
        // A short transaction, holding a lock per login and per address so that concurrent
        // guesses take turns: whether this attempt may go ahead, and if so it is counted as a
        // failure at once, before the password is checked. Guesses in flight are all counted, so
        // none slips past the count, and no connection or lock is held while bcrypt runs.
        let attempt = try await database.write { connection -> LoginAttempt in
            for key in keys {
                connection.sendWithNext("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [key])
            }
            let pause = try await UserStore.lockout(keys: keys, throttle: throttle, on: connection)
            if pause > 0 { return .throttled(seconds: pause) }
            try await UserStore.recordFailure(keys: keys, throttle: throttle, on: connection)
            let found = try await UserStore.credentials(login: login, on: connection)
            return .check(found?.0, hash: found?.1)
        }
        guard case .check(let found, let hash) = attempt else {
            if case .throttled(let seconds) = attempt {
                pauses.remember(keys, seconds: seconds)
                throw LoginThrottled(retryAfter: seconds)
            }
            throw DomainError.unauthenticated
        }
        // An unknown login costs as much as a wrong password and gets the same answer.
        let matches: Bool
        do {
            if let hash {
                matches = try await passwords.verify(password, hash: hash)
            } else {
                matches = try await passwords.verifyNothing(password)
            }
        } catch let busy as HashingBusy {
            // Not checked, so not a failure: the one counted in advance is taken back.
            try await database.write { try await UserStore.forgetFailure(keys: keys, on: $0) }
            throw busy
        }
        guard matches, let user = found else { throw DomainError.unauthenticated }
        let name = body.tokenName.map(\.trimmed).flatMap { $0.isEmpty ? nil : String($0.prefix(100)) } ?? "login"
        return try await RequestIdentity.$current.withValue(RequestIdentity(user: user)) {
            try await database.write { connection in
                // The failure counted in advance is taken back with the others.
                try await UserStore.clearFailures(keys: keys, on: connection)
                let issued = try await UserStore.issueToken(for: user.id, name: name, expiresAt: nil, on: connection)
                return .init(token: issued.token, tokenInfo: issued.record.api, user: user.api)
            }
        }
    }

    func me() async throws -> Components.Schemas.User {
        try await database.user().api
    }

    func validated(_ body: Components.Schemas.UserInput) async throws -> UserDetails {
        let details = try UserDetails.validated(
            login: body.login, displayName: body.displayName, role: body.role.rawValue, clearance: body.clearance.rawValue,
            active: body.active, password: body.password)
        // Nobody hands out more clearance than they hold.
        let admin = try await database.user()
        if details.clearance > admin.clearance {
            throw DomainError.forbidden("You are cleared to \(admin.clearance.rawValue) and cannot grant \(details.clearance.rawValue).")
        }
        return details
    }

    func createUser(_ body: Components.Schemas.UserInput) async throws -> Components.Schemas.User {
        let details = try await validated(body)
        let hash = try await body.password.asyncMap { try await passwords.hash($0) }
        return try await database.write { try await UserStore.create(details, passwordHash: hash, on: $0).api }
    }

    func updateUser(_ id: String, _ body: Components.Schemas.UserInput, ifMatch: String?) async throws -> Components.Schemas.User {
        let id = try RecordID.parse(id)
        let version = try EntityTag.requiredVersions(ifMatch: ifMatch)
        let details = try await validated(body)
        let hash = try await body.password.asyncMap { try await passwords.hash($0) }
        return try await database.write {
            try await UserStore.update(id, details, passwordHash: hash, expectedVersion: version, on: $0).api
        }
    }

    func createToken(_ body: Components.Schemas.TokenInput) async throws -> Components.Schemas.NewToken {
        var validator = Validator()
        let name = validator.required(body.name, "name", maximum: 100)
        if let expiry = body.expiresAt, expiry <= Date() { validator.add("expiresAt", "must be in the future") }
        try validator.check()
        let database = database
        return try await database.write { connection in
            let user = try await database.user(on: connection)
            let issued = try await UserStore.issueToken(for: user.id, name: name, expiresAt: body.expiresAt, on: connection)
            return .init(token: issued.token, tokenInfo: issued.record.api, user: user.api)
        }
    }

    func tokens() async throws -> [Components.Schemas.Token] {
        let database = database
        return try await database.read { connection in
            let user = try await database.user(on: connection)
            return try await UserStore.tokens(of: user.role == .admin ? nil : user.id, on: connection)
        }.map(\.api)
    }

    func revokeToken(_ id: String) async throws -> Components.Schemas.Token {
        let id = try RecordID.parse(id)
        let database = database
        return try await database.write { connection in
            let user = try await database.user(on: connection)
            return try await UserStore.revokeToken(id, owner: user.role == .admin ? nil : user.id, on: connection)
        }.api
    }

    func audit(_ query: Operations.ListAudit.Input.Query) async throws -> Components.Schemas.AuditPage {
        let record = try QueryValue.id(query.record, "record")
        let user = try QueryValue.id(query.user, "user")
        let page = try await database.read {
            try await AuditStore.list(record: record, user: user, type: query._type, limit: query.limit, cursor: query.cursor, on: $0)
        }
        return .init(items: page.items.map(\.api), nextCursor: page.nextCursor)
    }
}

/// Login pauses the database has imposed, by the keys of the attempt (login and address), kept
/// in memory until they end. The database stays the judge: this only answers repeats of an
/// attempt it has just refused, for as long as it said to wait.
public final class LoginPauses: Sendable {
    private let until = Mutex<[[String]: ContinuousClock.Instant]>([:])
    /// The most pauses remembered. Past it, those that ended are dropped; if as many are still
    /// running (guesses from very many logins and addresses at once), a new one is not kept and
    /// its repeats go to the database as before, so memory stays bounded whatever arrives.
    public let limit: Int

    public init(limit: Int = 10_000) { self.limit = max(1, limit) }

    public func remember(_ keys: [String], seconds: Int) {
        let end = ContinuousClock.now + .seconds(seconds)
        until.withLock { until in
            if until.count >= limit {
                let now = ContinuousClock.now
                until = until.filter { $0.value > now }
                guard until.count < limit else { return }
            }
            until[keys] = end
        }
    }

    /// Whole seconds left of the pause on exactly these keys, if one is running.
    public func remaining(_ keys: [String]) -> Int? {
        let now = ContinuousClock.now
        return until.withLock { until -> Int? in
            guard let end = until[keys] else { return nil }
            guard end > now else {
                until[keys] = nil
                return nil
            }
            let left = (end - now).components
            return max(1, Int((Double(left.seconds) + Double(left.attoseconds) / 1e18).rounded(.up)))
        }
    }
}

/// Too many failed logins: try again after `retryAfter` seconds.
struct LoginThrottled: Error {
    var retryAfter: Int
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

extension User {
    var api: Components.Schemas.User {
        .init(
            id: id.wire, login: login, displayName: displayName, role: .init(rawValue: role.rawValue) ?? .viewer,
            clearance: .init(rawValue: clearance.rawValue) ?? .unclassified, active: active, version: version,
            createdAt: createdAt, updatedAt: updatedAt)
    }
}

extension APIToken {
    var api: Components.Schemas.Token {
        .init(
            id: id.wire, userId: userID.wire, name: name, createdAt: createdAt, expiresAt: expiresAt, revoked: revokedAt != nil,
            revokedAt: revokedAt, lastUsedAt: lastUsedAt)
    }
}

extension AuditEntry {
    var api: Components.Schemas.AuditEntry {
        .init(
            id: id, at: at, userId: userID?.wire, action: .init(rawValue: action) ?? .update, recordType: recordType,
            recordId: recordID.wire, before: before, after: after)
    }
}
