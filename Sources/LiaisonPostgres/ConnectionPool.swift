import Logging
import NIOPosix

/// A bounded pool of PostgreSQL connections.
///
/// At most `maximumConnections` connections are open; a task that needs one when all are busy,
/// or while one is being opened for it, waits up to `acquireTimeout` in all and then gets a
/// `.poolTimeout` error that says so: a database slow to accept connections holds no request
/// longer than a busy one. Connections
/// that broke (a terminated backend, a server restart) are noticed when they come back or
/// before they are handed out again, and replaced. The pool owns the threads on which libpq's
/// blocking calls run: one per connection, so a slow query never waits for a thread.
public final class ConnectionPool: Sendable {
    public struct Configuration: Sendable {
        public var connection: ConnectionConfiguration
        public var maximumConnections: Int
        public var acquireTimeout: Duration
        /// A role every connection switches to (`SET ROLE`) before it is used, so that all work
        /// through this pool runs with that role's privileges and row-level security policies.
        public var sessionRole: String?
        /// Settings every connection takes for its whole session when it opens (name, value),
        /// such as `statement_timeout`; sent in the same round trip as the `SET ROLE`.
        public var sessionSettings: [(name: String, value: String)]

        public init(
            connection: ConnectionConfiguration, maximumConnections: Int = 10,
            acquireTimeout: Duration = .seconds(10), sessionRole: String? = nil,
            sessionSettings: [(name: String, value: String)] = []
        ) {
            self.connection = connection
            self.maximumConnections = max(1, maximumConnections)
            self.acquireTimeout = acquireTimeout
            self.sessionRole = sessionRole
            self.sessionSettings = sessionSettings
        }
    }

    public let configuration: Configuration
    private let state: PoolState
    private let logger: Logger

    public init(_ configuration: Configuration, logger: Logger = Logger(label: "liaison.postgres")) {
        self.configuration = configuration
        self.logger = logger
        self.state = PoolState(configuration, logger: logger)
    }

    /// How many connections are open (in use or idle), and how many tasks wait for one.
    public var statistics: (open: Int, idle: Int, waiting: Int) {
        get async { await state.statistics }
    }

    /// Round trips to the server made on the pool's connections, counted as each is handed
    /// back (a pipeline is one; connecting is not counted).
    public var roundTrips: Int {
        get async { await state.roundTrips }
    }

    /// Times a connection has been handed out and come back.
    public var checkouts: Int {
        get async { await state.checkouts }
    }

    /// Closes every connection once it is back, fails waiting tasks, and stops the pool's
    /// threads. Returns when all connections are closed.
    public func shutdown() async { await state.shutdown() }

    // MARK: Using connections

    /// Runs `body` with a connection of its own and returns the connection afterwards.
    ///
    /// When the very first statement on a connection that had been idle in the pool fails
    /// because the server had already dropped it (a terminated backend, a restart), nothing was
    /// executed, so `body` is run once more on a fresh connection.
    public func withConnection<T>(
        _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        var retried = false
        while true {
            // The session is lent to a connection made for this checkout alone: `body` cannot
            // send it to another task, and once handed back it is of no more use to anyone here.
            let (session, reused) = try await state.acquire()
            let connection = PostgresConnection(session)
            do {
                let value = try await body(connection)
                await state.release(connection.handBack())
                return value
            } catch let error as PostgresError where error.kind == .connectionLost {
                let firstStatement = connection.roundTripsSinceCheckout <= 1 && !connection.sentCommitSinceCheckout
                await state.release(connection.handBack())
                if reused && firstStatement && !retried {
                    retried = true
                    logger.debug("retrying on a fresh connection", metadata: ["error": "\(error)"])
                    continue
                }
                throw error
            } catch {
                await state.release(connection.handBack())
                throw error
            }
        }
    }

    /// Runs `body` in a transaction on a connection of its own (see `PostgresConnection.withTransaction`).
    public func withTransaction<T>(
        _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await withConnection { connection in
            try await connection.withTransaction { try await body($0) }
        }
    }

    /// Runs one statement on any free connection.
    @discardableResult
    public func query(
        _ sql: String, _ parameters: [any PostgresEncodable] = []
    ) async throws -> PostgresRows {
        try await withConnection { try await $0.query(sql, parameters) }
    }
}

/// The pool's mutable state, behind an actor.
actor PoolState {
    private struct Waiter {
        var id: Int
        var continuation: CheckedContinuation<(PostgresSession, Bool), any Error>
        var timeout: Task<Void, Never>
    }

    let configuration: ConnectionPool.Configuration
    private let threadPool: NIOThreadPool
    private let logger: Logger
    private var idle: [PostgresSession] = []
    private var waiters: [Waiter] = []
    private var nextWaiterID = 0
    /// Connections open or being opened, in use or idle.
    private var openCount = 0
    /// Of those, connections being opened.
    private var opening = 0
    private(set) var roundTrips = 0
    private(set) var checkouts = 0
    private var isShutDown = false
    private var shutdownWaiters: [CheckedContinuation<Void, Never>] = []

    init(_ configuration: ConnectionPool.Configuration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.threadPool = NIOThreadPool(numberOfThreads: configuration.maximumConnections)
        threadPool.start()
    }

    var statistics: (open: Int, idle: Int, waiting: Int) { (openCount, idle.count, waiters.count) }

    /// A new session, switched to the session role when there is one. Off the actor: it holds
    /// no state of the pool's.
    @concurrent private nonisolated static func open(
        _ configuration: ConnectionPool.Configuration, threadPool: NIOThreadPool
    ) async throws -> PostgresSession {
        let connection = try await PostgresConnection.connect(configuration.connection, threadPool: threadPool)
        guard configuration.sessionRole != nil || !configuration.sessionSettings.isEmpty else {
            return connection.handBack()!.session
        }
        do {
            for setting in configuration.sessionSettings {
                connection.sendWithNext("SELECT set_config($1, $2, false)", [setting.name, setting.value])
            }
            // The session's set-up, once per connection, is no request's work in a trace.
            try await StatementTrace.$label.withValue(nil) {
                if let role = configuration.sessionRole {
                    try await connection.executeUncancellable("SET ROLE \(try connection.escapeIdentifier(role))")
                } else {
                    try await connection.executeUncancellable("SELECT 1")
                }
            }
            return connection.handBack()!.session
        } catch {
            await connection.close()
            throw error
        }
    }

    // MARK: Acquire and release

    /// A connection for the caller: an idle one that still looks alive, or else the first to
    /// become free or be opened for it, within `acquireTimeout` either way. A connection that
    /// takes longer to open than that is not lost: it goes to whoever waits next.
    func acquire() async throws -> (PostgresSession, Bool) {
        if isShutDown { throw PostgresError(.poolClosed, message: "pool is shut down") }
        while let connection = idle.popLast() {
            if connection.looksAlive() { return (connection, true) }
            logger.info("replacing a broken database connection")
            await discard(connection)
        }
        if isShutDown { throw PostgresError(.poolClosed, message: "pool is shut down") }
        let id = nextWaiterID
        nextWaiterID += 1
        let timeout = configuration.acquireTimeout
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let timer = Task { [weak self] in
                    try? await Task.sleep(for: timeout)
                    await self?.expireWaiter(id)
                }
                waiters.append(Waiter(id: id, continuation: continuation, timeout: timer))
                openForWaiters()
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    /// Takes back a session lent out (`PostgresConnection.handBack`), with the round trips
    /// made on it; nil when the connection had already been handed back.
    func release(_ returned: (session: PostgresSession, roundTrips: Int)?) async {
        guard let (connection, made) = returned else { return }
        roundTrips += made
        checkouts += 1
        guard !isShutDown, connection.isOpen, connection.isIdle else {
            await discard(connection)
            openForWaiters()
            return
        }
        hand(connection, reused: true)
    }

    /// Gives a free connection to the task that has waited longest, or keeps it idle.
    private func hand(_ connection: PostgresSession, reused: Bool) {
        if !waiters.isEmpty {
            let waiter = waiters.removeFirst()
            waiter.timeout.cancel()
            waiter.continuation.resume(returning: (connection, reused))
        } else {
            idle.append(connection)
        }
    }

    private func discard(_ connection: PostgresSession) async {
        openCount -= 1
        await connection.close()
        finishShutdownIfDone()
    }

    /// Starts opening a connection for each waiting task that no connection being opened
    /// already answers, as far as the limit allows. Each opens off the actor and goes, when it
    /// is ready, to whoever waits then; waiters keep their own timeouts meanwhile, so a server
    /// that is slow to accept or to answer the log-in holds no one past `acquireTimeout`.
    private func openForWaiters() {
        while !isShutDown, waiters.count > opening, openCount < configuration.maximumConnections {
            openCount += 1
            opening += 1
            Task { [configuration, threadPool] in
                let result: Result<PostgresSession, any Error>
                do {
                    result = .success(try await Self.open(configuration, threadPool: threadPool))
                } catch {
                    result = .failure(error)
                }
                await self.opened(result)
            }
        }
    }

    private func opened(_ result: Result<PostgresSession, any Error>) async {
        opening -= 1
        switch result {
        case .success(let connection):
            if isShutDown {
                await discard(connection)
            } else {
                hand(connection, reused: false)
            }
        case .failure(let error):
            openCount -= 1
            finishShutdownIfDone()
            // The task that waited longest hears why at once rather than at its timeout.
            if !waiters.isEmpty {
                let waiter = waiters.removeFirst()
                waiter.timeout.cancel()
                waiter.continuation.resume(throwing: error)
            }
        }
    }

    private func expireWaiter(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        let waiter = waiters.remove(at: index)
        let seconds = Double(configuration.acquireTimeout.components.seconds)
            + Double(configuration.acquireTimeout.components.attoseconds) / 1e18
        waiter.continuation.resume(
            throwing: PostgresError(
                .poolTimeout,
                message: "no database connection became free within \(seconds) s "
                    + "(all \(configuration.maximumConnections) in use); the database is overloaded or a query is stuck"))
    }

    private func cancelWaiter(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        let waiter = waiters.remove(at: index)
        waiter.timeout.cancel()
        waiter.continuation.resume(throwing: CancellationError())
    }

    // MARK: Shutdown

    func shutdown() async {
        guard !isShutDown else { return }
        isShutDown = true
        for waiter in waiters {
            waiter.timeout.cancel()
            waiter.continuation.resume(throwing: PostgresError(.poolClosed, message: "pool is shut down"))
        }
        waiters.removeAll()
        let idleConnections = idle
        idle.removeAll()
        for connection in idleConnections { await discard(connection) }
        if openCount > 0 {
            await withCheckedContinuation { shutdownWaiters.append($0) }
        }
        try? await threadPool.shutdownGracefully()
    }

    private func finishShutdownIfDone() {
        guard isShutDown, openCount == 0 else { return }
        let waiting = shutdownWaiters
        shutdownWaiters.removeAll()
        waiting.forEach { $0.resume() }
    }
}
