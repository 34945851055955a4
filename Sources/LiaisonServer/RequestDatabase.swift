import Foundation
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore
import Synchronization

/// Who a request comes from. A request with a bearer token starts with the token unchecked:
/// the first transaction the request opens checks it in its first round trip
/// (`authenticate_request`, sent with `BEGIN`), on the connection the request's work uses, and
/// from then on the user is known. A request that never opens one has its token checked before
/// its answer goes out (`AuthenticationMiddleware`).
final class RequestIdentity: Sendable {
    private enum State {
        case unchecked(token: String, needed: Role)
        case known(User)
        case refused(DomainError)
    }

    private let state: Mutex<State>

    /// A request whose token is still to be checked, and the least role it needs.
    init(token: String, needing needed: Role) { state = Mutex(.unchecked(token: token, needed: needed)) }
    /// A request made on behalf of `user`, already known (a login issuing its token).
    init(user: User) { state = Mutex(.known(user)) }

    @TaskLocal static var current: RequestIdentity?

    /// The request's user, once the token has been checked.
    var user: User? { state.withLock { if case .known(let user) = $0 { user } else { nil } } }

    /// The token and the role the check will demand, while the token is unchecked.
    var unchecked: (token: String, needed: Role)? {
        state.withLock { if case .unchecked(let token, let needed) = $0 { (token, needed) } else { nil } }
    }

    /// Why the token was refused, once it has been.
    var refusal: DomainError? { state.withLock { if case .refused(let error) = $0 { error } else { nil } } }

    /// The least role the request is sure to have: its user's, or while the token is unchecked,
    /// the one its check demands (no statement of the request runs unless the check passes).
    var assuredRole: Role? {
        state.withLock {
            switch $0 {
            case .known(let user): user.role
            case .unchecked(_, let needed): needed
            case .refused: nil
            }
        }
    }

    func accept(_ user: User) { state.withLock { $0 = .known(user) } }
    func refuse(_ error: DomainError) { state.withLock { $0 = .refused(error) } }
}

/// Database work on behalf of a request: each transaction carries the request's user and
/// clearance (`liaison.user_id`, `liaison.clearance`), which the row-level security policies and
/// the audit trail read. The pool's connections run as the `liaison_app` role.
///
/// The request's first transaction also checks its token: `authenticate_request` goes out with
/// `BEGIN` and the transaction's first statement, in one round trip, and sets the user and
/// clearance itself. A refused token fails that round trip, so nothing sent with it takes
/// effect, and the request gets 401 or 403.
struct RequestDatabase: Sendable {
    let pool: ConnectionPool
    /// Where lists, search and summaries are read when there is a replica.
    var replica: ReadReplica? = nil
    /// Where the tokens' last use is stamped.
    let stamps: TokenStamps
    /// Told when a write commits: it works out what the write noted for the summary.
    let keptState: KeptStateRefresher?

    /// A read-only transaction over one snapshot, on the primary: what a request reads before
    /// writing, or right after, must be current.
    func read<T: Sendable>(_ body: @escaping (PostgresConnection) async throws -> T) async throws -> T {
        try await read(on: pool, body)
    }

    /// `read`, for a body that sends all its reads at once (one `run`): `BEGIN`, the token's
    /// check, the reads and `COMMIT` go in one round trip. A body that sends more is refused at
    /// its second round trip (`commitWithNextRoundTrip`).
    func readAtOnce<T: Sendable>(_ body: @escaping (PostgresConnection) async throws -> T) async throws -> T {
        try await read(on: pool, endingWithTheRead: true, body)
    }

    /// A read-only transaction over one snapshot for work that may trail the latest writes by
    /// the replication delay (lists, search, summaries): on the read replica when there is one
    /// and it answers, otherwise on the primary. A token is checked on the primary, where
    /// tokens are revoked: before the replica is read, when it is still unchecked.
    ///
    /// With `refreshingKeptState` (a summary), on the primary every note committed before the
    /// request is worked out first (`KeptState.catchUp`), in transactions of its own on the
    /// request's connection, the token's check going with the first. On the replica the kept
    /// state trails the primary's by the replication delay, like everything else read there.
    func browse<T: Sendable>(
        refreshingKeptState: Bool = false, _ body: @escaping (PostgresConnection) async throws -> T
    ) async throws -> T {
        if let replica, replica.isAvailable {
            _ = try await user()
            do {
                let value = try await read(on: replica.pool, body)
                replica.answered()
                return value
            } catch let error as PostgresError {
                guard let fault = ReadReplica.fault(error) else { throw error }
                replica.failed(error, fault)
            }
        }
        return try await read(on: pool, refreshingKeptState: refreshingKeptState, body)
    }

    private func read<T: Sendable>(
        on pool: ConnectionPool, endingWithTheRead: Bool = false, refreshingKeptState: Bool = false,
        _ body: @escaping (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await refusingTokens {
            try await pool.withConnection { connection in
                if refreshingKeptState {
                    try identify(connection)
                    try await KeptState.catchUp(on: connection)
                }
                return try await connection.withTransaction(.readOnlySnapshot) { connection in
                    try identify(connection)
                    if endingWithTheRead { connection.commitWithNextRoundTrip() }
                    return try await body(connection)
                }
            }
        }
    }

    /// A read-write transaction.
    func write<T: Sendable>(_ body: @escaping (PostgresConnection) async throws -> T) async throws -> T {
        try await refusingTokens {
            let value = try await pool.withTransaction { connection in
                try identify(connection)
                return try await body(connection)
            }
            keptState?.note()
            return value
        }
    }

    /// The request's user, its token checked: at once when it already is, otherwise by the
    /// check alone, in one round trip (and cancelled, like any statement, when the client goes
    /// away). For work that needs the user before its first statement; most work needs it no
    /// sooner than its transaction does.
    func user() async throws -> User {
        if let user = RequestIdentity.current?.user { return user }
        try await refusingTokens {
            try await pool.withConnection { connection in
                try identify(connection)
                try await connection.sendQueuedNow()
            }
        }
        return try known()
    }

    /// The request's user, inside one of its transactions on `connection`: when the token is
    /// still unchecked, what waits to be sent (the check among it) goes now, in a round trip of
    /// its own.
    func user(on connection: PostgresConnection) async throws -> User {
        if let user = RequestIdentity.current?.user { return user }
        try await connection.sendQueuedNow()
        return try known()
    }

    private func known() throws -> User {
        guard let identity = RequestIdentity.current else { throw DomainError.unauthenticated }
        if let user = identity.user { return user }
        throw identity.refusal ?? DomainError.unauthenticated
    }

    /// Tells PostgreSQL who is asking, for this transaction only, sent with the transaction's
    /// first statement, in its round trip: the token's check while it is unchecked (which sets
    /// the user and clearance itself), the known user's id and clearance after. Without a user
    /// nothing classified is visible.
    private func identify(_ connection: PostgresConnection) throws {
        let identity = RequestIdentity.current
        if let refusal = identity?.refusal { throw refusal }
        if let identity, let pending = identity.unchecked {
            let stamps = stamps
            UserStore.authenticate(token: pending.token, needing: pending.needed, on: connection) { found in
                identity.accept(found.user)
                if found.stampDue { stamps.note(found.tokenID) }
            }
            return
        }
        let user = identity?.user
        connection.sendWithNext(
            "SELECT set_config('liaison.user_id', $1, true), set_config('liaison.clearance', $2, true)",
            [user?.id.uuidString.lowercased() ?? "", user?.clearance.rawValue ?? ""])
    }

    /// Runs `work`, turning the token check's refusals into 401 and 403, and remembering them:
    /// a refused request sends nothing more.
    private func refusingTokens<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let error as PostgresError where UserStore.isUnauthenticated(error) || UserStore.isForbidden(error) {
            let refusal = UserStore.isForbidden(error) ? DomainError.forbidden(error.message) : DomainError.unauthenticated
            RequestIdentity.current?.refuse(refusal)
            throw refusal
        }
    }
}

/// Stamps tokens' last use (`api_tokens.last_used_at`, kept to the minute) outside the requests
/// that used them, so that a request's own transactions stay read-only when it only reads and no
/// request waits on another's stamp. A token is noted when its check finds its stamp a minute
/// old; the notes go out together, one statement at a time, on a pooled connection. A stamp
/// that fails is dropped: the token's next use notes it again.
final class TokenStamps: Sendable {
    private let pool: ConnectionPool
    private let state = Mutex<(due: Set<UUID>, sending: Bool)>(([], false))

    init(pool: ConnectionPool) { self.pool = pool }

    func note(_ token: UUID) {
        let start = state.withLock { state -> Bool in
            state.due.insert(token)
            guard !state.sending else { return false }
            state.sending = true
            return true
        }
        // Detached: the stamps belong to no request, and carry none's identity or cancellation.
        if start { Task.detached { await self.send() } }
    }

    /// Sends what is noted until nothing is left.
    private func send() async {
        while true {
            let batch = state.withLock { state -> [UUID] in
                let batch = Array(state.due)
                state.due.removeAll()
                if batch.isEmpty { state.sending = false }
                return batch
            }
            if batch.isEmpty { return }
            try? await pool.withConnection { try await UserStore.stampUse(of: batch, on: $0) }
        }
    }
}
