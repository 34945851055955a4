import CLibPQ
import Foundation
import Metrics
import NIOPosix
import Synchronization

/// One libpq connection (`PGconn`), owned by one task at a time.
///
/// Every libpq call that can block runs on the `NIOThreadPool` given at connect time, never on
/// Swift's cooperative pool nor on an event loop. The connection is not meant to be shared:
/// take it from a `ConnectionPool` (or own it outright) and use it from one task. The
/// `PGconn` is freed by `close()` or, failing that, when the object is released; every
/// `PGresult` is freed before the call that produced it returns, on every path.
public final class PostgresConnection: @unchecked Sendable {
    /// How long each round trip takes, from sending its statements to having their rows (`/metrics`).
    static let queryDuration = Timer(label: "liaison_query_duration_seconds", preferredDisplayUnit: .seconds)

    private var handle: OpaquePointer?
    /// Guards the cancel handle, which another thread may use while a query runs.
    private let cancelState: Mutex<CancelState>
    private let threadPool: NIOThreadPool

    /// Results created and not yet freed on this connection: zero whenever no call is running.
    public var liveResults: Int { liveResultCount.load(ordering: .relaxed) }
    private let liveResultCount = Atomic<Int>(0)

    /// Round trips made since the pool last handed this connection out.
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
    /// When a pipeline's statement fails, the rows of those before it, which succeeded.
    private var rowsBeforeFailure: [PostgresRows] = []

    /// A statement queued by `sendWithNext`, and what takes its rows once they come back.
    private struct Queued {
        var statement: PostgresStatement
        var then: (@Sendable (PostgresRows) throws -> Void)?
    }

    /// Statements prepared on this connection, by their SQL and parameter types: their names.
    /// A new connection (after a reconnect) starts empty and prepares them again.
    private var prepared: [PreparedKey: String] = [:]
    /// The most statements a connection keeps prepared; others are parsed and planned each time.
    static let preparedLimit = 500
    /// Names given so far (never reused: a name whose preparation failed may still exist).
    private var preparedNames = 0

    private init(handle: OpaquePointer, threadPool: NIOThreadPool) {
        self.handle = handle
        self.cancelState = Mutex(CancelState(pointer: PQgetCancel(handle)))
        self.threadPool = threadPool
    }

    deinit { closeNow() }

    /// libpq's `PGcancel` (safe to use from another thread while a query runs), and whether a
    /// statement is running or its task has asked for cancellation.
    private struct CancelState: @unchecked Sendable {
        var pointer: OpaquePointer?
        var running = false
        var cancelRequested = false
        /// Counts the statements run: a repeated cancel request stops at the end of the one
        /// it was for, and never reaches the connection's next user.
        var statement = 0
    }

    // MARK: Connecting

    /// Opens a connection, running libpq's blocking connect on `threadPool`.
    public static func connect(
        _ configuration: ConnectionConfiguration, threadPool: NIOThreadPool
    ) async throws -> PostgresConnection {
        try await threadPool.runIfActive {
            try connectBlocking(configuration, threadPool: threadPool)
        }
    }

    /// Opens a connection, runs `body` with it, and closes it on every path.
    @discardableResult
    public static func withConnection<T>(
        _ configuration: ConnectionConfiguration, threadPool: NIOThreadPool = .singleton,
        isolation: isolated (any Actor)? = #isolation,
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

    private static func connectBlocking(
        _ configuration: ConnectionConfiguration, threadPool: NIOThreadPool
    ) throws -> PostgresConnection {
        var parameters = configuration.parameters
        // Defaults that a configuration (or the PG* environment) may still override.
        parameters.insert(.init("fallback_application_name", "liaison"), at: 0)
        let keywords = parameters.map { strdup($0.keyword) } + [nil]
        let values = parameters.map { strdup($0.value) } + [nil]
        defer {
            keywords.forEach { free($0) }
            values.forEach { free($0) }
        }
        let conn = keywords.withUnsafeBufferPointer { k in
            values.withUnsafeBufferPointer { v in
                k.withMemoryRebound(to: UnsafePointer<CChar>?.self) { k in
                    v.withMemoryRebound(to: UnsafePointer<CChar>?.self) { v in
                        PQconnectdbParams(k.baseAddress, v.baseAddress, 1)
                    }
                }
            }
        }
        guard let conn else {
            throw PostgresError(.connectionFailed, message: "out of memory allocating a connection")
        }
        guard PQstatus(conn) == CONNECTION_OK else {
            let message = errorMessage(conn)
            PQfinish(conn)  // libpq requires this even after a failed connect
            throw PostgresError(.connectionFailed, message: message)
        }
        PQsetNoticeProcessor(conn, { _, _ in }, nil)  // notices are not errors; keep stderr clean
        let connection = PostgresConnection(handle: conn, threadPool: threadPool)
        guard PQsetClientEncoding(conn, "UTF8") == 0 else {
            let message = errorMessage(conn)
            connection.closeNow()
            throw PostgresError(.connectionFailed, message: message)
        }
        do {
            // Fixed session settings that the value decoders rely on.
            _ = try connection.executeBlocking(
                """
                SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'; SET IntervalStyle = 'iso_8601';
                SET bytea_output = 'hex'; SET extra_float_digits = 3
                """, parameters: [], simpleProtocol: true)
        } catch {
            connection.closeNow()
            throw error
        }
        return connection
    }

    /// Closes the connection. Safe to call more than once.
    public func close() async {
        // PQfinish may send a Terminate message; keep it off the cooperative pool.
        _ = try? await threadPool.runIfActive { self.closeNow() }
        closeNow()  // if the thread pool is already shut down
    }

    func closeNow() {
        cancelState.withLock { state in
            if let pointer = state.pointer { PQfreeCancel(pointer) }
            state.pointer = nil
        }
        if let handle {
            PQfinish(handle)
            self.handle = nil
        }
    }

    // MARK: State

    /// False once the connection has broken or been closed.
    public var isOpen: Bool {
        guard let handle else { return false }
        return PQstatus(handle) == CONNECTION_OK
    }

    /// True when the server-side session is idle (not inside a transaction).
    var isIdle: Bool {
        guard let handle else { return false }
        return PQtransactionStatus(handle) == PQTRANS_IDLE
    }

    /// Notices a connection the server has already closed (a terminated backend, a restart)
    /// without a round trip: libpq's socket is non-blocking, so this only reads what has arrived.
    func looksAlive() -> Bool {
        guard let handle, PQstatus(handle) == CONNECTION_OK else { return false }
        if PQconsumeInput(handle) == 0 { return false }
        return PQstatus(handle) == CONNECTION_OK
    }

    /// Escapes an identifier (a database or role name) with libpq's own quoting, for the few
    /// statements such as `CREATE DATABASE` that cannot take parameters.
    public func escapeIdentifier(_ name: String) throws -> String {
        guard let handle else { throw PostgresError(.connectionLost, message: "the connection is closed") }
        guard let escaped = PQescapeIdentifier(handle, name, name.utf8.count) else {
            throw PostgresError(.invalidParameter, message: Self.errorMessage(handle))
        }
        defer { PQfreemem(escaped) }
        return String(cString: escaped)
    }

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
        guard !(unsent.isEmpty && statements.isEmpty) else { return [] }
        try refuseAfterEndedTransaction()
        let queued = unsent
        unsent.removeAll()
        let committing = commitWithNext
        commitWithNext = false
        let all = queued.map(\.statement) + statements + (committing ? [PostgresStatement("COMMIT")] : [])
        // Once the COMMIT has gone through, the transaction is over, whatever fails after it
        // (what takes a queued statement's rows, say).
        var sent = true
        defer { if committing && sent && isIdle { endedTransaction = true } }
        do {
            traceRoundTrip(all)
            let results = try await carrying(queued) {
                if committing && !transactionIsReadOnly { sentCommitSinceCheckout = true }
                let results = try await timedAndCancellable { try self.pipelineBlocking(all, streamingLast: nil) }
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
            sent = false
            unsent = queued + unsent  // cancelled before it started: nothing was sent
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
    /// too when a statement after it in that round trip fails.
    public func sendWithNext(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], then: (@Sendable (PostgresRows) throws -> Void)? = nil
    ) {
        unsent.append(Queued(statement: PostgresStatement(sql, parameters), then: then))
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
        guard queued.contains(where: { $0.then != nil }) else { return try await send().0 }
        let value: Value
        let results: [PostgresRows]
        do {
            (value, results) = try await send()
        } catch let error as PostgresError where error.pipelineIndex != nil {
            let before = rowsBeforeFailure
            rowsBeforeFailure = []
            _ = Self.deliver(before, to: queued)
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
    /// once. For a read-only transaction whose reads are all sent together, which then takes no
    /// round trip of its own to end. Only a `pipeline` (or `run`) takes it; any other round
    /// trip clears it. A statement sent after the transaction ended this way is refused, since
    /// it would run outside the transaction.
    public func commitWithNextRoundTrip() { commitWithNext = true }

    /// Hands a round trip about to go out to the statement trace, when one is installed.
    private func traceRoundTrip(_ statements: [PostgresStatement]) {
        StatementTrace.record(statements, backend: handle.map { PQbackendPID($0) } ?? 0)
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
            ((), try await timedAndCancellable { try self.pipelineBlocking(statements, streamingLast: nil) })
        }
    }

    /// Runs one parameterised statement and decodes each row with `decode` as it arrives
    /// (libpq's single-row mode), so that a result of a million rows is never held whole, neither
    /// by libpq nor as text: only the decoded values are kept. `decode` runs on the connection's
    /// thread. When it throws, the rest of the result is read and dropped, and its error rethrown.
    public func query<Value: Sendable>(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], decodingEach decode: @escaping @Sendable (PostgresRow) throws -> Value
    ) async throws -> [Value] {
        try await query(sql, parameters, into: [Value]()) { values, row in values.append(try decode(row)) }
    }

    /// Runs one parameterised statement and folds its rows into `initial` with `take` as they
    /// arrive (libpq's single-row mode, as `query(_:_:decodingEach:)`), for results that are kept
    /// in a compact form of their own rather than as one value per row. `take` runs on the
    /// connection's thread; when it throws, the rest of the result is read and dropped, and its
    /// error rethrown.
    public func query<Accumulated: Sendable>(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], into initial: Accumulated,
        _ take: @escaping @Sendable (inout Accumulated, PostgresRow) throws -> Void
    ) async throws -> Accumulated {
        let queued = unsent
        unsent.removeAll()
        commitWithNext = false  // a streamed read's COMMIT could not follow it in its round trip
        let statements = queued.map(\.statement) + [PostgresStatement(sql, parameters)]
        traceRoundTrip(statements)
        return try await carrying(queued) {
            try await timedAndCancellable {
                var accumulated = initial
                let results = try self.pipelineBlocking(statements) { row in try take(&accumulated, row) }
                return (accumulated, results)
            }
        }
    }

    /// Runs one statement's blocking `work` on the thread pool, timed for the query-latency
    /// metric; cancelling the task sends the server a cancel request for it.
    private func timedAndCancellable<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws -> Result {
        try refuseAfterEndedTransaction()
        roundTripsSinceCheckout += 1
        cancelState.withLock { $0.cancelRequested = false }
        let started = ContinuousClock.now
        defer { Self.recordDuration(since: started) }
        return try await withTaskCancellationHandler {
            try await threadPool.runIfActive { try self.executeCancellable(work) }
        } onCancel: {
            self.cancelRunningStatement()
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

    /// One round trip for several statements: each sent with its parameters, then a sync point,
    /// then each one's results read in order. `streamingLast`, when given, takes the last
    /// statement's rows one at a time as they arrive (single-row mode) instead of their being
    /// returned.
    private func pipelineBlocking(
        _ statements: [PostgresStatement], streamingLast take: ((PostgresRow) throws -> Void)?
    ) throws -> [PostgresRows] {
        rowsBeforeFailure = []
        guard let handle else { throw PostgresError(.connectionLost, message: "the connection is closed") }
        // Every parameter is checked before anything is sent.
        let encoded = try statements.map { try EncodedParameters($0.parameters) }
        guard PQenterPipelineMode(handle) == 1 else { throw Self.unanswered(handle) }
        var failure: (any Error)?
        var sent = 0
        // Statements prepared in this pipeline, by index: kept once their preparation succeeds.
        var preparing: [Int: (key: PreparedKey, name: String)] = [:]
        for (index, (statement, parameters)) in zip(statements, encoded).enumerated() {
            let key = PreparedKey(sql: statement.sql, types: parameters.types)
            var name = prepared[key] ?? preparing.values.first { $0.key == key }?.name
            if name == nil, prepared.count + preparing.count < Self.preparedLimit, Self.worthPreparing(statement.sql) {
                preparedNames += 1
                let fresh = "liaison_\(preparedNames)"
                let accepted = parameters.withPointers { count, types, _ in PQsendPrepare(handle, fresh, statement.sql, count, types) }
                guard accepted == 1 else {
                    failure = Self.unanswered(handle)
                    break
                }
                preparing[index] = (key, fresh)
                name = fresh
            }
            let accepted = parameters.withPointers { count, types, values in
                if let name { return PQsendQueryPrepared(handle, name, count, values, nil, nil, 0) }
                return PQsendQueryParams(handle, statement.sql, count, types, values, nil, nil, 0)
            }
            guard accepted == 1 else {
                failure = Self.unanswered(handle)
                break
            }
            sent += 1
        }
        if let failure {
            // Some statements went out and others could not: without its sync point the server
            // applies none of them, and the connection, mid-pipeline, is not used again.
            closeNow()
            throw failure
        }
        guard PQpipelineSync(handle) == 1 else {
            // Without its sync point the pipeline's state is unknown: the connection is not
            // used again.
            let error = failure ?? PostgresError(.connectionLost, message: Self.errorMessage(handle))
            closeNow()
            throw error
        }
        var results: [PostgresRows] = []
        results.reserveCapacity(sent)
        for index in 0..<sent {
            if let preparation = preparing[index] {
                // The preparation's own result comes first.
                while let result = PQgetResult(handle) {
                    holding(result)
                    defer { release(result) }
                    switch PQresultStatus(result) {
                    case PGRES_COMMAND_OK:
                        prepared[preparation.key] = preparation.name
                    case PGRES_PIPELINE_ABORTED:
                        continue
                    default:
                        if failure == nil {
                            var error = Self.error(from: result, connection: handle)
                            error.pipelineIndex = index
                            failure = error
                        }
                    }
                }
            }
            let streaming = take != nil && index == statements.count - 1
            if streaming { _ = PQsetSingleRowMode(handle) }
            var rows = PostgresRows(columns: [], columnTypes: [], values: [], affectedRows: nil)
            var columns: PostgresRows?
            // Each statement's results end with a NULL; every one is read, whatever happened.
            while let result = PQgetResult(handle) {
                holding(result)
                defer { release(result) }
                switch PQresultStatus(result) {
                case PGRES_SINGLE_TUPLE, PGRES_TUPLES_OK:
                    guard streaming, let take else {
                        rows = Self.copyRows(result)
                        continue
                    }
                    if failure == nil && cancelState.withLock({ $0.cancelRequested }) { failure = CancellationError() }
                    guard failure == nil, PQntuples(result) > 0 else { continue }
                    let chunk = columns.map { $0.withValues(Self.copyValues(result)) } ?? Self.copyRows(result)
                    columns = columns ?? chunk
                    do {
                        for row in chunk { try take(row) }
                    } catch {
                        failure = error
                    }
                case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
                    rows = PostgresRows(columns: [], columnTypes: [], values: [], affectedRows: Self.affectedRows(result))
                case PGRES_PIPELINE_ABORTED:
                    continue  // not run: a statement before it failed
                default:
                    if failure == nil {
                        var error = Self.error(from: result, connection: handle)
                        error.pipelineIndex = index
                        failure = error
                    }
                }
            }
            results.append(rows)
            if PQstatus(handle) != CONNECTION_OK { break }
        }
        if PQstatus(handle) == CONNECTION_OK {
            // The sync point's own result closes the pipeline.
            if let sync = PQgetResult(handle) {
                holding(sync)
                let status = PQresultStatus(sync)
                release(sync)
                if status != PGRES_PIPELINE_SYNC && failure == nil {
                    failure = PostgresError(.server, message: "the pipeline ended without its sync point")
                }
            }
            if PQexitPipelineMode(handle) != 1 {
                let error = PostgresError(.connectionLost, message: Self.errorMessage(handle))
                closeNow()
                throw failure ?? error
            }
        } else if failure == nil {
            failure = PostgresError(.connectionLost, message: Self.errorMessage(handle))
        }
        if let lost = failure as? PostgresError, lost.kind == .connectionLost {
            closeNow()  // the session is over even if libpq has not read the end of it yet
        }
        if let failure {
            if let failed = (failure as? PostgresError)?.pipelineIndex { rowsBeforeFailure = Array(results.prefix(failed)) }
            throw failure
        }
        return results
    }

    /// Whether a statement is prepared once and its plan kept. Not transaction control (no
    /// plan to keep), and not a statement that tests a parameter for NULL: those are the
    /// catch-all filters (`$2::text IS NULL OR …`) whose best plan depends on which filters a
    /// request gives, so they are planned for each request's values.
    static func worthPreparing(_ sql: String) -> Bool {
        let start = sql.drop { $0.isWhitespace }.prefix(9).uppercased()
        for command in ["BEGIN", "COMMIT", "ROLLBACK", "SET ", "RESET", "SAVEPOINT", "RELEASE", "START"] where start.hasPrefix(command) {
            return false
        }
        return sql.range(of: #"\$[0-9]+(::[A-Za-z_ \[\]]+)?\)? IS (NOT )?NULL"#, options: .regularExpression) == nil
    }

    /// The parameters as libpq takes them: their count, type OIDs and text (NULL for nil).
    private static func withParameters<Result>(
        _ parameters: [any PostgresEncodable],
        _ body: (Int32, [Oid], UnsafePointer<UnsafePointer<CChar>?>?) throws -> Result
    ) throws -> Result {
        try EncodedParameters(parameters).withPointers(body)
    }

    /// Runs a script of several statements without parameters (libpq's simple query protocol).
    /// For the migration files and fixed session commands only; never for SQL built from values.
    public func executeScript(_ sql: String) async throws {
        try await sendQueued()
        traceRoundTrip([PostgresStatement(sql)])
        _ = try await timedAndCancellable { try self.executeBlocking(sql, parameters: [], simpleProtocol: true) }
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
        return try await threadPool.runIfActive { try self.copyInBlocking(sql, produce) }
    }

    private func copyInBlocking(_ sql: String, _ produce: (_ write: (String) throws -> Void) throws -> Void) throws -> Int {
        guard let handle else { throw PostgresError(.connectionLost, message: "the connection is closed") }
        guard let start = PQexec(handle, sql) else { throw Self.unanswered(handle) }
        guard PQresultStatus(start) == PGRES_COPY_IN else {
            defer { PQclear(start) }
            throw Self.error(from: start, connection: handle)
        }
        PQclear(start)
        var failure: (any Error)?
        do {
            try produce { chunk in
                let bytes = Array(chunk.utf8)
                let sent = bytes.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
                }
                if sent != 1 { throw PostgresError(.connectionLost, message: Self.errorMessage(handle)) }
            }
        } catch {
            failure = error
        }
        let ended = PQputCopyEnd(handle, failure == nil ? nil : "the rows could not be produced")
        var loaded = 0
        var refused: PostgresError?
        while let result = PQgetResult(handle) {
            if PQresultStatus(result) == PGRES_COMMAND_OK {
                loaded = Self.affectedRows(result) ?? 0
            } else if refused == nil {
                refused = Self.error(from: result, connection: handle)
            }
            PQclear(result)
        }
        if let failure { throw failure }
        if let refused { throw refused }
        if ended != 1 { throw PostgresError(.connectionLost, message: Self.errorMessage(handle)) }
        return loaded
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
            let results = try await threadPool.runIfActive {
                statements.count == 1
                    ? [try self.executeBlocking(sql, parameters: parameters, simpleProtocol: false)]
                    : try self.pipelineBlocking(statements, streamingLast: nil)
            }
            return ((), results)
        }
    }

    /// Asks the server to cancel whatever statement this connection is running.
    func cancelRunningStatement() {
        let target = cancelState.withLock { state -> Int? in
            state.cancelRequested = true
            // A statement not yet sent is stopped before it starts; a cancel request that
            // reached an idle backend would be ignored.
            return state.running && state.pointer != nil ? state.statement : nil
        }
        guard let target else { return }
        // PQcancel opens a connection to the server and waits for it: never on the thread that
        // cancelled (it may be one of Swift's cooperative threads), and on a bounded set of
        // threads (CancelRequests). A backend ignores a cancel that reaches it between two
        // messages of a pipeline (it is reading the next one), so the request is repeated while
        // the statement still runs, for up to five seconds. Each request is sent under the lock
        // that the statement's end takes, so it can only reach the statement it was meant for.
        CancelRequests.send(attempts: 50, interval: .milliseconds(100)) {
            self.cancelState.withLock { state -> Bool in
                guard state.running, state.statement == target, let pointer = state.pointer else { return false }
                var buffer = [CChar](repeating: 0, count: 256)
                _ = PQcancel(pointer, &buffer, Int32(buffer.count))
                return true
            }
        }
    }

    /// Runs a statement unless its task asked for cancellation before it started; while it runs,
    /// a cancellation sends PostgreSQL a cancel request.
    private func executeCancellable<Result>(_ work: () throws -> Result) throws -> Result {
        let proceed = cancelState.withLock { state -> Bool in
            if state.cancelRequested { return false }
            state.running = true
            state.statement &+= 1
            return true
        }
        guard proceed else { throw CancellationError() }
        defer { cancelState.withLock { $0.running = false } }
        return try work()
    }

    private func executeBlocking(
        _ sql: String, parameters: [any PostgresEncodable], simpleProtocol: Bool
    ) throws -> PostgresRows {
        guard let handle else { throw PostgresError(.connectionLost, message: "the connection is closed") }
        let result: OpaquePointer?
        if simpleProtocol {
            result = PQexec(handle, sql)
        } else {
            result = try Self.withParameters(parameters) { count, types, values in
                PQexecParams(handle, sql, count, types, values, nil, nil, 0)
            }
        }
        guard let result else { throw Self.unanswered(handle) }
        holding(result)
        defer { release(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return PostgresRows(
                columns: [], columnTypes: [], values: [], affectedRows: Self.affectedRows(result))
        case PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE:
            return Self.copyRows(result)
        default:
            throw Self.error(from: result, connection: handle)
        }
    }

    /// A result this connection holds until `release`: counted, so that tests can tell every
    /// one was freed.
    private func holding(_ result: OpaquePointer) { liveResultCount.add(1, ordering: .relaxed) }

    private func release(_ result: OpaquePointer) {
        PQclear(result)
        liveResultCount.subtract(1, ordering: .relaxed)
    }

    /// libpq sent nothing or returned no result: only when out of memory or when the connection
    /// is gone.
    private static func unanswered(_ handle: OpaquePointer) -> PostgresError {
        PostgresError(PQstatus(handle) == CONNECTION_OK ? .server : .connectionLost, message: errorMessage(handle))
    }

    private static func copyRows(_ result: OpaquePointer) -> PostgresRows {
        let columnCount = Int(PQnfields(result))
        var columns: [String] = []
        var types: [PostgresType] = []
        for column in 0..<columnCount {
            columns.append(String(cString: PQfname(result, Int32(column))))
            types.append(PostgresType(rawValue: UInt32(PQftype(result, Int32(column)))))
        }
        return PostgresRows(
            columns: columns, columnTypes: types, values: copyValues(result), affectedRows: affectedRows(result))
    }

    /// Every value of a result as text, row after row (nil for NULL).
    private static func copyValues(_ result: OpaquePointer) -> [String?] {
        let rowCount = PQntuples(result), columnCount = PQnfields(result)
        var values: [String?] = []
        values.reserveCapacity(Int(rowCount * columnCount))
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                if PQgetisnull(result, row, column) == 1 {
                    values.append(nil)
                } else {
                    values.append(String(cString: PQgetvalue(result, row, column)))
                }
            }
        }
        return values
    }

    private static func affectedRows(_ result: OpaquePointer) -> Int? {
        guard let text = PQcmdTuples(result) else { return nil }
        return Int(String(cString: text))
    }

    private static func errorMessage(_ conn: OpaquePointer) -> String {
        guard let message = PQerrorMessage(conn) else { return "unknown error" }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "unknown error" : text
    }

    /// Copies every error field out of a failed result before it is cleared.
    private static func error(from result: OpaquePointer, connection: OpaquePointer) -> PostgresError {
        func field(_ code: Int32) -> String? {
            guard let value = PQresultErrorField(result, code) else { return nil }
            return String(cString: value)
        }
        let sqlState = field(Int32(UInt8(ascii: "C"))).map(SQLState.init(rawValue:))
        let primary = field(Int32(UInt8(ascii: "M")))
        let message: String
        if let primary {
            message = primary
        } else if let text = PQresultErrorMessage(result), text.pointee != 0 {
            message = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        } else {
            message = errorMessage(connection)
        }
        // A FATAL error ends the session (an idle-in-transaction timeout, a terminated backend).
        let severity = field(Int32(UInt8(ascii: "V"))) ?? field(Int32(UInt8(ascii: "S")))
        let broken =
            PQstatus(connection) != CONNECTION_OK || sqlState?.errorClass == "08"
            || sqlState == .adminShutdown || sqlState == .crashShutdown || sqlState == .cannotConnectNow
            || severity == "FATAL" || severity == "PANIC"
        return PostgresError(
            broken ? .connectionLost : .server,
            message: message,
            sqlState: sqlState,
            severity: severity,
            detail: field(Int32(UInt8(ascii: "D"))),
            hint: field(Int32(UInt8(ascii: "H"))),
            constraint: field(Int32(UInt8(ascii: "n"))),
            table: field(Int32(UInt8(ascii: "t"))),
            column: field(Int32(UInt8(ascii: "c"))),
            schema: field(Int32(UInt8(ascii: "s"))),
            dataType: field(Int32(UInt8(ascii: "d"))))
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

/// What a prepared statement is known by on a connection: its text and its parameters' types.
private struct PreparedKey: Hashable {
    var sql: String
    var types: [Oid]
}

/// A statement's parameters in libpq's form, C strings owned until this is released.
private final class EncodedParameters {
    private var texts: [UnsafeMutablePointer<CChar>?] = []
    private(set) var types: [Oid] = []

    init(_ parameters: [any PostgresEncodable]) throws {
        texts.reserveCapacity(parameters.count)
        types.reserveCapacity(parameters.count)
        for (index, parameter) in parameters.enumerated() {
            let value = parameter.postgresText
            if let value, value.utf8.contains(0) {
                throw PostgresError(
                    .invalidParameter,
                    message: "parameter $\(index + 1) contains a NUL character, which PostgreSQL cannot store")
            }
            texts.append(value.map { strdup($0) } ?? nil)
            types.append(Oid(type(of: parameter).postgresType.rawValue))
        }
    }

    deinit { texts.forEach { free($0) } }

    func withPointers<Result>(_ body: (Int32, [Oid], UnsafePointer<UnsafePointer<CChar>?>?) throws -> Result) rethrows -> Result {
        try texts.withUnsafeBufferPointer { values in
            try values.withMemoryRebound(to: UnsafePointer<CChar>?.self) { values in
                try body(Int32(types.count), types, values.baseAddress)
            }
        }
    }
}
