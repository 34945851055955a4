import CLibPQ
import Foundation
import Metrics
import NIOPosix

/// A connection to PostgreSQL, for one task: statements, pipelines, transactions.
///
/// Not Sendable: the compiler keeps it inside the task that opened it or took it from a
/// `ConnectionPool`, so two threads can never use one `PGconn`. Every libpq call that can
/// block runs on the `NIOThreadPool` given at connect time, awaited, never on Swift's
/// cooperative pool nor on an event loop. The `PGconn` (a `PostgresSession`) is freed by
/// `close()` or, failing that, when the last reference goes; every `PGresult` is freed before
/// the call that produced it returns, on every path. A connection taken from a pool is handed
/// back when the pool's `withConnection` returns: used after that, it only throws.
public final class PostgresConnection {
    /// How long each round trip takes, from sending its statements to having their rows (`/metrics`).
    static let queryDuration = Timer(label: "liaison_query_duration_seconds", preferredDisplayUnit: .seconds)

    /// The libpq connection, until it goes back to its pool.
    private var attached: PostgresSession?

    /// Round trips made since the pool handed this connection out.
    var roundTripsSinceCheckout = 0
    /// Whether a COMMIT has been sent since the pool handed this connection out: work that may
    /// have been committed is never run again on another connection.
    var sentCommitSinceCheckout = false

    /// Set by `commitWithNextRoundTrip()`: the next round trip, if it is a `pipeline` (or `run`),
    /// ends with `COMMIT`. Any other round trip clears it unused.
    private var commitWithNext = false
    /// Whether a read ended its transaction with its round trip (`commitWithNextRoundTrip`): the
    /// transaction has nothing left to commit, and a statement sent now would run outside it.
    private(set) var endedTransaction = false
    /// Whether the transaction running is read-only: its COMMIT sent with a read
    /// (`commitWithNextRoundTrip`) leaves the pool free to run it again on a fresh connection
    /// when the first round trip finds the connection dropped, as it would any read.
    var transactionIsReadOnly = false

    /// Statements queued by `sendWithNext`, to go out in the same round trip as the next one.
    private var unsent: [Queued] = []

    /// A statement queued by `sendWithNext`, and what takes its rows once they come back.
    private struct Queued {
        var statement: PostgresStatement
        var then: (@Sendable (PostgresRows) throws -> Void)?
        var failure: (@Sendable (PostgresError) -> any Error)?
    }

    /// A connection over `session`, for one owner (a task that opened it, or one checkout).
    init(_ session: PostgresSession) {
        self.attached = session
    }

    /// The session, or an error once the connection has gone back to its pool.
    private func liveSession() throws -> PostgresSession {
        guard let attached else {
            throw PostgresError(.connectionLost, message: "this connection went back to its pool and can no longer be used")
        }
        return attached
    }

    /// Ends this owner's use of the session, for the pool to hand it to the next: what was
    /// queued and never sent is dropped, and the connection itself can no longer be used.
    /// Returns the session and the round trips made on it.
    func handBack() -> (session: PostgresSession, roundTrips: Int)? {
        guard let session = attached else { return nil }
        attached = nil
        unsent.removeAll()
        endTransactionState()
        return (session, roundTripsSinceCheckout)
    }

    // MARK: Connecting

    /// Opens a connection, running libpq's blocking connect on `threadPool`.
    public static func connect(
        _ configuration: ConnectionConfiguration, threadPool: NIOThreadPool
    ) async throws -> PostgresConnection {
        PostgresConnection(try await PostgresSession.connect(configuration, threadPool: threadPool))
    }

    /// Opens a connection, runs `body` with it, and closes it on every path.
    @discardableResult
    public static func withConnection<T>(
        _ configuration: ConnectionConfiguration, threadPool: NIOThreadPool = .singleton,
        _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        let connection = try await connect(configuration, threadPool: threadPool)
        do {
            let value = try await body(connection)
            await connection.close()
            return value
        } catch {
            await connection.close()
            throw error
        }
    }

    /// Closes the connection. Safe to call more than once.
    public func close() async { await attached?.close() }

    /// Closes the connection at once, on the calling thread (after a failure that leaves the
    /// session unusable).
    func closeNow() { attached?.closeNow() }

    // MARK: State

    /// False once the connection has broken, been closed, or gone back to its pool.
    public var isOpen: Bool { attached?.isOpen ?? false }

    /// True when the server-side session is idle (not inside a transaction).
    var isIdle: Bool { attached?.isIdle ?? false }

    /// Results created and not yet freed on this connection: zero whenever no call is running.
    public var liveResults: Int { attached?.liveResultCount.load(ordering: .relaxed) ?? 0 }

    /// Escapes an identifier (a database or role name) with libpq's own quoting, for the few
    /// statements such as `CREATE DATABASE` that cannot take parameters.
    public func escapeIdentifier(_ name: String) throws -> String { try liveSession().escapeIdentifier(name) }

    // MARK: Queries

    /// Runs one parameterised statement and returns its rows. `$1`, `$2`, ... in `sql` take
    /// `parameters` in order; values are never pasted into the SQL text.
    ///
    /// Cancelling the task sends a cancel request to the server for the running statement.
    @discardableResult
    public func query(_ sql: String, _ parameters: [any PostgresEncodable] = []) async throws -> PostgresRows {
        try await pipeline([PostgresStatement(sql, parameters)])[0]
    }

    /// Runs `statements` in order in one round trip (libpq's pipeline mode) and returns each one's
    /// rows. The statements cannot use each other's results, but each sees what the ones before
    /// it wrote. When one fails, those after it are not run and its error is thrown
    /// (`PostgresError.pipelineIndex` says which); inside a transaction, the transaction is then
    /// aborted as after any failed statement. Outside one, the statements are one implicit
    /// transaction: all of them take effect or none.
    ///
    /// Statements queued with `sendWithNext` go first, and their results are not returned.
    /// Sending and reading are not interleaved: meant for statements and results of ordinary
    /// size, not for megabytes each way.
    @discardableResult
    public func pipeline(_ statements: [PostgresStatement]) async throws -> [PostgresRows] {
        try await pipeline(statements, streaming: [:])
    }

    /// `pipeline`, with the rows of the statements that have a handler in `streaming` (by their
    /// index in `statements`) handed to it one at a time as they arrive, on the connection's
    /// thread, rather than returned (their place in the result is empty).
    func pipeline(
        _ statements: [PostgresStatement], streaming: [Int: @Sendable (PostgresRow) throws -> Void]
    ) async throws -> [PostgresRows] {
        guard !(unsent.isEmpty && statements.isEmpty) else { return [] }
        try refuseAfterEndedTransaction()
        let queued = unsent
        unsent.removeAll()
        let committing = commitWithNext
        commitWithNext = false
        if committing && !transactionIsReadOnly && !streaming.isEmpty {
            unsent = queued + unsent
            throw PostgresError(.invalidParameter, message: "a round trip that commits writes cannot fold rows as they stream in")
        }
        let all = queued.map(\.statement) + statements + (committing ? [PostgresStatement("COMMIT")] : [])
        // Once the COMMIT has gone through, the transaction is over, whatever fails after it
        // (what takes a queued statement's rows, say).
        var sent = true
        defer { if committing && sent && isIdle { endedTransaction = true } }
        do {
            traceRoundTrip(all)
            let results = try await carrying(queued) {
                if committing && !transactionIsReadOnly { sentCommitSinceCheckout = true }
                let shifted = Dictionary(uniqueKeysWithValues: streaming.map { ($0.key + queued.count, $0.value) })
                let results = try await timedAndCancellable { try $0.pipelineBlocking(all, streaming: shifted) }
                return (results, results)
            }
            return Array(results.dropFirst(queued.count).prefix(statements.count))
        } catch var error as PostgresError {
            // A parameter that cannot be sent stops the pipeline before anything goes out:
            // what was queued still waits for the next statement.
            if error.kind == .invalidParameter {
                sent = false
                unsent = queued + unsent
            }
            error.pipelineIndex = error.pipelineIndex.flatMap { $0 >= queued.count ? $0 - queued.count : nil }
            throw error
        } catch let error as CancellationError {
            // Cancelled before it started, nothing was sent, and what was queued still waits;
            // cancelled while rows streamed in, everything ran.
            if attached?.sentLastPipeline != true {
                sent = false
                unsent = queued + unsent
            }
            throw error
        }
    }

    /// Queues a statement whose rows nobody needs (`BEGIN`, a `set_config`) to be sent in the
    /// same round trip as the next statement on this connection, ahead of it. An error in it is
    /// thrown by that statement. Statements still queued when a transaction commits go with the
    /// `COMMIT`; when it fails or the connection goes back to its pool, they are dropped unsent.
    ///
    /// `then`, when given, takes the statement's rows as soon as they are back, before the
    /// statement that carried it returns; what it throws, that statement throws. It takes them
    /// too when a statement after it in that round trip fails. `failure`, when given, says what
    /// this statement's own error means to the caller (a problem naming a field, say): the round
    /// trip throws what it returns instead.
    public func sendWithNext(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], then: (@Sendable (PostgresRows) throws -> Void)? = nil,
        failure: (@Sendable (PostgresError) -> any Error)? = nil
    ) {
        unsent.append(Queued(statement: PostgresStatement(sql, parameters), then: then, failure: failure))
    }

    /// Sends whatever `sendWithNext` queued now, in a round trip of its own, so that what takes
    /// its rows has them. Nothing when nothing is queued.
    public func sendQueuedNow() async throws { try await sendQueued() }

    /// Runs `send`, a round trip that carries `queued` ahead of its own statements and returns
    /// its value with every statement's rows, and hands each queued statement's rows to what
    /// waits for them: all of them once the round trip is back, or, when a statement in it
    /// fails, those of the statements before it. Every one is handed its rows even when another
    /// throws; the first error thrown is then thrown, after the round trip's own error if any.
    private func carrying<Value>(
        _ queued: [Queued], _ send: () async throws -> (Value, [PostgresRows])
    ) async throws -> Value {
        guard queued.contains(where: { $0.then != nil || $0.failure != nil }) else { return try await send().0 }
        let value: Value
        let results: [PostgresRows]
        attached?.rowsBeforeFailure = []  // none left from an earlier round trip
        do {
            (value, results) = try await send()
        } catch {
            let before = attached?.rowsBeforeFailure ?? []
            attached?.rowsBeforeFailure = []
            // What takes the rows of a statement before the failed one speaks first: its
            // problem came first in the request (a refused token, an earlier field). So it
            // does when the failure was not the server's (a fold that threw, a cancellation).
            if let earlier = Self.deliver(before, to: queued) { throw earlier }
            if let refused = error as? PostgresError, let failed = refused.pipelineIndex, failed < queued.count,
                let meaning = queued[failed].failure
            {
                throw meaning(refused)
            }
            throw error
        }
        if let failure = Self.deliver(results, to: queued) { throw failure }
        return value
    }

    /// Hands each queued statement's rows to what waits for them, in order; returns the first
    /// error one of them threw.
    private static func deliver(_ results: [PostgresRows], to queued: [Queued]) -> (any Error)? {
        var failure: (any Error)?
        for (queued, rows) in zip(queued, results) {
            do { try queued.then?(rows) } catch { failure = failure ?? error }
        }
        return failure
    }

    /// Makes the next round trip end the transaction: its statements, then `COMMIT`, all at
    /// once. For a transaction whose remaining statements are all sent together, which then
    /// takes no round trip of its own to end. Only a `pipeline` (or `run`) takes it; any other
    /// round trip clears it. A statement sent after the transaction ended this way is refused,
    /// since it would run outside the transaction.
    ///
    /// A round trip runs to its end on the server, `COMMIT` included, whatever the client
    /// decides once it is back. So a transaction that wrote (`afterWrites`) may end this way
    /// only when nothing in that round trip refuses after the server has answered: every check
    /// that can refuse must fail in the database (as `lock_for_edit` does), no queued
    /// statement's `then` may throw a refusal, and no read may be folded as it streams in (a
    /// fold that throws stops reading halfway; such a round trip is refused before it is sent).
    public func commitWithNextRoundTrip(afterWrites: Bool = false) {
        assert(afterWrites || transactionIsReadOnly, "a transaction that wrote must say so: commitWithNextRoundTrip(afterWrites: true)")
        commitWithNext = true
    }

    /// Hands a round trip about to go out to the statement trace, when one is installed.
    private func traceRoundTrip(_ statements: [PostgresStatement]) {
        StatementTrace.record(statements, backend: attached?.backendPID ?? 0)
    }

    /// True while statements queued by `sendWithNext` wait for the next round trip.
    var hasUnsent: Bool { !unsent.isEmpty }

    /// Drops whatever `sendWithNext` queued: nothing of it reached the server.
    func dropUnsent() { unsent.removeAll() }

    /// Forgets how the last transaction ended, for the next one (and the pool's next user).
    func endTransactionState() {
        commitWithNext = false
        endedTransaction = false
        transactionIsReadOnly = false
    }

    /// Sends what `sendWithNext` queued, alone, before work that cannot carry it along.
    private func sendQueued() async throws {
        guard !unsent.isEmpty else { return }
        commitWithNext = false
        let queued = unsent
        unsent.removeAll()
        let statements = queued.map(\.statement)
        traceRoundTrip(statements)
        try await carrying(queued) {
            ((), try await timedAndCancellable { try $0.pipelineBlocking(statements) })
        }
    }

    /// Runs one parameterised statement and decodes each row with `decode` as it arrives
    /// (libpq's single-row mode), so that a result of a million rows is never held whole, neither
    /// by libpq nor copied out of it: only the decoded values are kept. `decode` runs on the
    /// connection's thread. When it throws, the rest of the result is read and dropped, and its
    /// error rethrown.
    public func query<Value: Sendable>(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], decodingEach decode: @escaping @Sendable (PostgresRow) throws -> Value
    ) async throws -> [Value] {
        try await run(.decodingEach(sql, parameters, decode))
    }

    /// Runs one parameterised statement and folds its rows into `initial` with `take` as they
    /// arrive (libpq's single-row mode; `PostgresQuery.folding` and `.decodingEach` send such
    /// reads together with others), for results that are kept in a compact form of their own
    /// rather than as one value per row. `take` runs on the
    /// connection's thread; when it throws, the rest of the result is read and dropped, and its
    /// error rethrown.
    public func query<Accumulated: Sendable>(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], into initial: Accumulated,
        _ take: @escaping @Sendable (inout Accumulated, PostgresRow) throws -> Void
    ) async throws -> Accumulated {
        try await run(.folding(sql, parameters, into: initial, take))
    }

    /// Runs one statement's blocking `work` on the thread pool, timed for the query-latency
    /// metric; cancelling the task sends the server a cancel request for it.
    private func timedAndCancellable<Result: Sendable>(
        _ work: @escaping @Sendable (PostgresSession) throws -> Result
    ) async throws -> Result {
        try refuseAfterEndedTransaction()
        let session = try liveSession()
        roundTripsSinceCheckout += 1
        session.clearCancelRequest()
        let started = ContinuousClock.now
        defer { Self.recordDuration(since: started) }
        return try await withTaskCancellationHandler {
            try await session.threadPool.runIfActive { try session.executeCancellable { try work(session) } }
        } onCancel: {
            session.cancelRunningStatement()
        }
    }

    /// Refuses a round trip after a read ended its transaction: it would run outside it.
    private func refuseAfterEndedTransaction() throws {
        guard endedTransaction else { return }
        throw PostgresError(
            .invalidParameter, message: "the transaction was already ended by a read sent with its COMMIT; this statement would run outside it")
    }

    /// Records a round trip's time in the query-latency metric.
    private static func recordDuration(since started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        queryDuration.recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
    }

    /// Runs a script of several statements without parameters (libpq's simple query protocol).
    /// For the migration files and fixed session commands only; never for SQL built from values.
    public func executeScript(_ sql: String) async throws {
        try await sendQueued()
        traceRoundTrip([PostgresStatement(sql)])
        _ = try await timedAndCancellable { try $0.executeBlocking(sql, parameters: [], simpleProtocol: true) }
    }

    /// Loads rows with `COPY … FROM STDIN` (PostgreSQL's fastest way in): `sql` is the COPY
    /// statement, and `produce` hands the data, in COPY's text format, to `write` in chunks of
    /// any size. Runs on the connection's thread. When `produce` throws, the COPY is abandoned
    /// (nothing of it is kept) and its error is rethrown. Returns the rows loaded.
    @discardableResult
    public func copyIn(
        _ sql: String, _ produce: @escaping @Sendable (_ write: (String) throws -> Void) throws -> Void
    ) async throws -> Int {
        try await sendQueued()
        roundTripsSinceCheckout += 1
        let session = try liveSession()
        return try await session.threadPool.runIfActive { try session.copyInBlocking(sql, produce) }
    }

    /// Runs a statement that must run even when the task is cancelled (`ROLLBACK`, unlocks).
    func executeUncancellable(_ sql: String, _ parameters: [any PostgresEncodable] = []) async throws {
        commitWithNext = false
        roundTripsSinceCheckout += 1
        if sql == "COMMIT" { sentCommitSinceCheckout = true }
        let queued = unsent
        unsent.removeAll()
        let statements = queued.map(\.statement) + [PostgresStatement(sql, parameters)]
        traceRoundTrip(statements)
        // Timed like every other round trip: a COMMIT is where the database's commit-time work is.
        let started = ContinuousClock.now
        defer { Self.recordDuration(since: started) }
        try await carrying(queued) {
            let session = try liveSession()
            let results = try await session.threadPool.runIfActive {
                statements.count == 1
                    ? [try session.executeBlocking(sql, parameters: parameters, simpleProtocol: false)]
                    : try session.pipelineBlocking(statements)
            }
            return ((), results)
        }
    }
}

/// A statement and its parameters, for `PostgresConnection.pipeline`.
public struct PostgresStatement: Sendable {
    public var sql: String
    public var parameters: [any PostgresEncodable]

    public init(_ sql: String, _ parameters: [any PostgresEncodable] = []) {
        self.sql = sql
        self.parameters = parameters
    }
}
