import Foundation
import LiaisonDomain
import LiaisonPostgres

/// SQL for accounts, API tokens and failed logins.
public enum UserStore {
    static let columns = "u.id, u.login::text AS login, u.display_name, u.role, u.clearance, u.active, u.version, u.created_at, u.updated_at FROM users u"

    static func decode(_ row: PostgresRow) throws -> User {
        User(
            id: try row.decode(UUID.self, at: 0), login: try row.decode(String.self, at: 1),
            displayName: try row.decode(String.self, at: 2), role: Role(rawValue: try row.decode(String.self, at: 3)) ?? .viewer,
            clearance: Confidentiality(rawValue: try row.decode(String.self, at: 4)) ?? .unclassified,
            active: try row.decode(Bool.self, at: 5), version: try row.decode(Int.self, at: 6),
            createdAt: try row.decode(Date.self, at: 7), updatedAt: try row.decode(Date.self, at: 8))
    }

    public static func get(_ id: UUID, on connection: PostgresConnection) async throws -> User {
        let rows = try await connection.query("SELECT \(columns) WHERE u.id = $1", [id])
        guard let row = rows.first else { throw DomainError.notFound("no user with id \(id.uuidString.lowercased())") }
        return try decode(row)
    }

    public static func list(on connection: PostgresConnection) async throws -> [User] {
        try await connection.query("SELECT \(columns) ORDER BY u.login").map(decode)
    }

    /// How many active admin accounts there are.
    public static func activeAdmins(on connection: PostgresConnection) async throws -> Int {
        try await connection.query("SELECT count(*) FROM users WHERE role = 'admin' AND active")[0].decode(Int.self, at: 0)
    }

    static func duplicateLogin(_ error: any Error) -> any Error {
        guard let error = error as? PostgresError, error.constraint == "users_login_key" else { return error }
        return DomainError.invalid([FieldProblem(field: "login", reason: "is already taken")])
    }

    public static func create(_ details: UserDetails, passwordHash: String?, on connection: PostgresConnection) async throws -> User {
        do {
            let rows = try await connection.query(
                """
                INSERT INTO users (login, display_name, role, clearance, active, password_hash)
                VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
                """,
                [details.login, details.displayName, details.role.rawValue, details.clearance.rawValue, details.active, passwordHash])
            return try await get(try rows[0].decode(UUID.self, at: 0), on: connection)
        } catch {
            throw duplicateLogin(error)
        }
    }

    /// Replaces an account's details; a new password hash replaces the old one when given.
    public static func update(
        _ id: UUID, _ details: UserDetails, passwordHash: String?, expectedVersion: Set<Int>?, on connection: PostgresConnection
    ) async throws -> User {
        let rows = try await connection.query("SELECT version FROM users WHERE id = $1 FOR UPDATE", [id])
        guard let row = rows.first else { throw DomainError.notFound("no user with id \(id.uuidString.lowercased())") }
        let current = try row.decode(Int.self, at: 0)
        if let expectedVersion, !expectedVersion.contains(current) { throw DomainError.versionMismatch(current: current) }
        // The change (and, with a new password, the end of every session the old one may have
        // opened) goes with the read back.
        connection.sendWithNext(
            """
            UPDATE users SET login = $2, display_name = $3, role = $4, clearance = $5, active = $6,
                password_hash = coalesce($7, password_hash), version = version + 1, updated_at = now()
            WHERE id = $1
            """,
            [id, details.login, details.displayName, details.role.rawValue, details.clearance.rawValue, details.active,
             passwordHash],
            failure: { duplicateLogin($0) })
        if passwordHash != nil {
            connection.sendWithNext("UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL", [id])
        }
        return try await get(id, on: connection)
    }

    /// The password hash of an active account, by login.
    public static func credentials(login: String, on connection: PostgresConnection) async throws -> (User, String?)? {
        let rows = try await connection.query(
            "SELECT \(columns.replacingOccurrences(of: " FROM users u", with: "")), u.password_hash FROM users u WHERE u.login = $1 AND u.active",
            [login.lowercased()])
        guard let row = rows.first else { return nil }
        return (try decode(row), try row.decode(String?.self, at: 9))
    }

    // MARK: Tokens

    /// A new random token (256 bits) for `user`; only its SHA-256 is stored.
    public static func issueToken(
        for user: UUID, name: String, expiresAt: Date?, on connection: PostgresConnection
    ) async throws -> (token: String, record: APIToken) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let token = "lsn_" + Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        let rows = try await connection.query(
            """
            INSERT INTO api_tokens (user_id, name, token_hash, expires_at)
            VALUES ($1, $2, sha256(convert_to($3, 'UTF8')), $4)
            RETURNING id, user_id, name, created_at, expires_at, revoked_at, last_used_at
            """, [user, name, token, expiresAt])
        return (token, try APIToken(rows[0]))
    }

    /// A request's token, checked as its transaction's first statement.
    public struct Authenticated: Sendable {
        public var user: User
        public var tokenID: UUID
        /// The token's last use was stamped more than a minute ago (or never).
        public var stampDue: Bool
    }

    /// Queues the check of a request's bearer token on `connection`, to go out with the next
    /// statement (normally with `BEGIN`, in the transaction's first round trip):
    /// `authenticate_request` finds the token's active user, refuses a token that is unknown,
    /// revoked or expired and a role below `needed` by failing that round trip
    /// (`isUnauthenticated`, `isForbidden`), and sets the transaction's user and clearance.
    /// `accept` takes what it found once the round trip is back. It writes nothing: when the
    /// token's last use wants stamping, `stampDue` says so, for `stampUse`.
    public static func authenticate(
        token: String, needing needed: Role, on connection: PostgresConnection,
        then accept: @escaping @Sendable (Authenticated) -> Void
    ) {
        connection.sendWithNext("""
            SELECT id, login::text AS login, display_name, role, clearance, active, version, created_at, updated_at, token_id, stamp_due
              FROM authenticate_request($1, $2)
            """, [token, needed.rawValue]) { rows in
            guard let row = rows.first else { throw PostgresError(.decoding, message: "authenticate_request returned no row") }
            accept(Authenticated(user: try decode(row), tokenID: try row.decode(UUID.self, at: 9), stampDue: try row.decode(Bool.self, at: 10)))
        }
    }

    /// Whether `error` is `authenticate_request` refusing the token (or its account).
    public static func isUnauthenticated(_ error: PostgresError) -> Bool { error.sqlState == SQLState("LQ401") }
    /// Whether `error` is `authenticate_request` refusing the account's role; its message says which is needed.
    public static func isForbidden(_ error: PostgresError) -> Bool { error.sqlState == SQLState("LQ403") }

    /// Stamps the tokens' last use, to the minute: a token stamped less than a minute ago is
    /// left as it is (another server may have stamped it meanwhile).
    public static func stampUse(of tokens: [UUID], on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            UPDATE api_tokens SET last_used_at = now()
            WHERE id = ANY ($1::uuid[]) AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
            """, [tokens.map { $0.uuidString.lowercased() }])
    }

    public static func tokens(of user: UUID?, on connection: PostgresConnection) async throws -> [APIToken] {
        try await connection.query(
            """
            SELECT id, user_id, name, created_at, expires_at, revoked_at, last_used_at FROM api_tokens
            WHERE $1::uuid IS NULL OR user_id = $1 ORDER BY created_at DESC, id
            """, [user]
        ).map(APIToken.init)
    }

    /// Revokes a token; `owner` restricts it to that user's tokens (nil: any, for admins).
    public static func revokeToken(_ id: UUID, owner: UUID?, on connection: PostgresConnection) async throws -> APIToken {
        let rows = try await connection.query(
            """
            UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now())
            WHERE id = $1 AND ($2::uuid IS NULL OR user_id = $2)
            RETURNING id, user_id, name, created_at, expires_at, revoked_at, last_used_at
            """, [id, owner])
        guard let row = rows.first else { throw DomainError.notFound("no token with id \(id.uuidString.lowercased())") }
        return try APIToken(row)
    }

    // MARK: Failed logins

    /// Seconds to wait before `keys` may try again: none below `throttle.threshold` failures
    /// within `throttle.window`; then `throttle.firstPause` after the last failure, doubling with
    /// each further failure, never more than the window.
    public static func lockout(keys: [String], throttle: LoginThrottle, on connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query(
            """
            SELECT coalesce(max(
                CASE WHEN failures < $2 THEN 0
                     ELSE ceil(extract(epoch FROM (last_failure + make_interval(secs => least($4 * power(2, failures - $2), $3)) - now())))::int
                END), 0)
            FROM login_failures WHERE key = ANY ($1::text[]) AND last_failure > now() - make_interval(secs => $3)
            """, [keys, throttle.threshold, throttle.window, throttle.firstPause])
        return max(0, try rows[0].decode(Int.self, at: 0))
    }

    /// Counts a failure against each of `keys`, starting again from one when the last failure
    /// is older than the window.
    public static func recordFailure(keys: [String], throttle: LoginThrottle, on connection: PostgresConnection) async throws {
        let window = throttle.window
        for key in keys {
            try await connection.query(
                """
                INSERT INTO login_failures (key, failures, first_failure, last_failure) VALUES ($1, 1, now(), now())
                ON CONFLICT (key) DO UPDATE SET
                    failures = CASE WHEN login_failures.last_failure < now() - make_interval(secs => $2) THEN 1 ELSE login_failures.failures + 1 END,
                    last_failure = now()
                """, [key, window])
        }
    }

    /// Takes back one failure counted against each of `keys` for an attempt that was never checked.
    public static func forgetFailure(keys: [String], on connection: PostgresConnection) async throws {
        try await connection.query(
            "UPDATE login_failures SET failures = failures - 1 WHERE key = ANY ($1::text[]) AND failures > 0", [keys])
    }

    public static func clearFailures(keys: [String], on connection: PostgresConnection) async throws {
        try await connection.query("DELETE FROM login_failures WHERE key = ANY ($1::text[])", [keys])
    }
}

/// A personal API token (never the secret itself).
public struct APIToken: Hashable, Sendable {
    public var id: UUID
    public var userID: UUID
    public var name: String
    public var createdAt: Date
    public var expiresAt: Date?
    public var revokedAt: Date?
    public var lastUsedAt: Date?

    init(_ row: PostgresRow) throws {
        id = try row.decode(UUID.self, at: 0)
        userID = try row.decode(UUID.self, at: 1)
        name = try row.decode(String.self, at: 2)
        createdAt = try row.decode(Date.self, at: 3)
        expiresAt = try row.decode(Date?.self, at: 4)
        revokedAt = try row.decode(Date?.self, at: 5)
        lastUsedAt = try row.decode(Date?.self, at: 6)
    }
}

/// One row of the audit trail.
public struct AuditEntry: Hashable, Sendable {
    public var id: Int
    public var at: Date
    public var userID: UUID?
    public var action: String
    public var recordType: String
    public var recordID: UUID
    public var before: String?
    public var after: String?
}

public enum AuditStore {
    /// Newest first; RLS keeps out what the caller's clearance does not allow.
    public static func list(
        record: UUID?, user: UUID?, type: String?, limit: Int?, cursor: String?, on connection: PostgresConnection
    ) async throws -> Page<AuditEntry> {
        let limit = try PageSize.validated(limit)
        let after = try Cursor.decode(cursor, count: 1)
        if let after, Int(after[0]) == nil {
            throw DomainError.invalid([FieldProblem(field: "cursor", reason: "is not a cursor this server gave out")])
        }
        let rows = try await connection.query(
            """
            SELECT id, at, user_id, action, record_type, record_id, before::text, after::text FROM audit_log
            WHERE ($1::uuid IS NULL OR record_id = $1) AND ($2::uuid IS NULL OR user_id = $2)
              AND ($3::text IS NULL OR record_type = $3) AND ($4::bigint IS NULL OR id < $4)
            ORDER BY id DESC LIMIT $5
            """, [record, user, type, after.flatMap { Int($0[0]) }, limit + 1])
        return try Page(rows: rows, limit: limit, decode: { row in
            AuditEntry(
                id: try row.decode(Int.self, at: 0), at: try row.decode(Date.self, at: 1), userID: try row.decode(UUID?.self, at: 2),
                action: try row.decode(String.self, at: 3), recordType: try row.decode(String.self, at: 4),
                recordID: try row.decode(UUID.self, at: 5), before: try row.decode(String?.self, at: 6),
                after: try row.decode(String?.self, at: 7))
        }) { _, item in [String(item.id)] }
    }
}

/// How failed logins slow down guessing, per login and per client address.
public struct LoginThrottle: Hashable, Sendable {
    /// Failures allowed within the window before attempts must pause.
    public var threshold: Int
    /// Seconds a failure is remembered; also the longest pause.
    public var window: Int
    /// Seconds of the first pause; each further failure doubles it.
    public var firstPause: Int

    public init(threshold: Int = 5, window: Int = 900, firstPause: Int = 2) {
        precondition(threshold > 0 && window > 0 && firstPause > 0, "a login throttle needs positive numbers")
        self.threshold = threshold
        self.window = window
        self.firstPause = firstPause
    }
}
