import CLibPQ
import Foundation
import NIOPosix
import Synchronization

/// The libpq connection (`PGconn`) under a `PostgresConnection`, with what must outlive one
/// checkout from a pool: its prepared statements and its cancel handle.
///
/// Sendable only so that its blocking calls can run on the thread pool: it is used by one
/// thread at a time, because only two owners ever touch it, one after the other. While a
/// `PostgresConnection` holds it, that connection (which is not Sendable, so it never leaves
/// its task) calls it only from work it awaits on the thread pool; while it is idle in a pool,
/// only the pool's actor does. The one exception is cancellation, which another thread may
/// start at any time: its state is behind a lock.
final class PostgresSession: @unchecked Sendable {
    private(set) var handle: OpaquePointer?
    /// Guards the cancel handle, which another thread may use while a query runs.
    private let cancelState: Mutex<CancelState>
    /// Where this session's blocking calls run.
    let threadPool: NIOThreadPool

    /// Results created and not yet freed on this connection: zero whenever no call is running.
    let liveResultCount = Atomic<Int>(0)
    /// When a pipeline's statement fails, the rows of those before it, which succeeded.
    var rowsBeforeFailure: [PostgresRows] = []
    /// Whether the last pipeline's statements went out (a cancellation while its rows streamed
    /// in comes after they ran).
    var sentLastPipeline = false

    /// Statements prepared on this connection, by their SQL and parameter types: their names.
    /// A new connection (after a reconnect) starts empty and prepares them again.
    var prepared: [PreparedKey: String] = [:]
    /// The most statements a connection keeps prepared; others are parsed and planned each time.
    static let preparedLimit = 500
    /// Names given so far (never reused: a name whose preparation failed may still exist).
    var preparedNames = 0

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

    /// Opens a session, running libpq's blocking connect on `threadPool`.
    static func connect(_ configuration: ConnectionConfiguration, threadPool: NIOThreadPool) async throws -> PostgresSession {
        try await threadPool.runIfActive { try connectBlocking(configuration, threadPool: threadPool) }
    }

    private static func connectBlocking(
        _ configuration: ConnectionConfiguration, threadPool: NIOThreadPool
    ) throws -> PostgresSession {
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
        let connection = PostgresSession(handle: conn, threadPool: threadPool)
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

    /// Closes the connection off the cooperative pool (`PQfinish` may send a Terminate
    /// message). Safe to call more than once.
    func close() async {
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
    var isOpen: Bool {
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
    func escapeIdentifier(_ name: String) throws -> String {
        guard let handle else { throw PostgresError(.connectionLost, message: "the connection is closed") }
        guard let escaped = PQescapeIdentifier(handle, name, name.utf8.count) else {
            throw PostgresError(.invalidParameter, message: Self.errorMessage(handle))
        }
        defer { PQfreemem(escaped) }
        return String(cString: escaped)
    }

    /// The backend's process id, for the statement trace (0 once closed).
    var backendPID: Int32 { handle.map { PQbackendPID($0) } ?? 0 }

    // MARK: Cancelling

    /// Forgets an earlier cancellation before a new round trip.
    func clearCancelRequest() { cancelState.withLock { $0.cancelRequested = false } }

    /// Whether the task running a statement asked for it to stop.
    var cancelRequested: Bool { cancelState.withLock { $0.cancelRequested } }

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
    func executeCancellable<Result>(_ work: () throws -> Result) throws -> Result {
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
    func executeBlocking(
        _ sql: String, parameters: [any PostgresEncodable], simpleProtocol: Bool
    ) throws -> PostgresRows {
        guard let handle else { throw PostgresError(.connectionLost, message: "the connection is closed") }
        let result: OpaquePointer?
        if simpleProtocol {
            result = PQexec(handle, sql)
        } else {
            result = try Self.withParameters(parameters) { count, types, values in
                PQexecParams(handle, sql, count, types, values, nil, nil, 1)
            }
        }
        guard let result else { throw Self.unanswered(handle) }
        holding(result)
        defer { release(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return .command(affectedRows: Self.affectedRows(result))
        case PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE:
            return Self.copyRows(result)
        default:
            throw Self.error(from: result, connection: handle)
        }
    }

    /// A result this connection holds until `release`: counted, so that tests can tell every
    /// one was freed.
    func holding(_ result: OpaquePointer) { liveResultCount.add(1, ordering: .relaxed) }

    func release(_ result: OpaquePointer) {
        PQclear(result)
        liveResultCount.subtract(1, ordering: .relaxed)
    }

    /// libpq sent nothing or returned no result: only when out of memory or when the connection
    /// is gone.
    static func unanswered(_ handle: OpaquePointer) -> PostgresError {
        PostgresError(PQstatus(handle) == CONNECTION_OK ? .server : .connectionLost, message: errorMessage(handle))
    }

    static func errorMessage(_ conn: OpaquePointer) -> String {
        guard let message = PQerrorMessage(conn) else { return "unknown error" }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "unknown error" : text
    }

    /// Copies every error field out of a failed result before it is cleared.
    static func error(from result: OpaquePointer, connection: OpaquePointer) -> PostgresError {
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
