import LiaisonPostgres
import Logging
import Metrics
import Synchronization

/// A read-only copy of the database (a PostgreSQL streaming-replication standby) that serves the
/// read-only work which may trail the primary by a moment: lists, search and summaries.
///
/// When the replica cannot be reached, or refuses a query because of its own state (shutting
/// down, starting up, a conflict with replay), the request is served by the primary instead.
/// After a connection-level failure the replica is left alone for `retryAfter` before it is
/// tried again, so that an outage does not cost every request a failed attempt; the outage is
/// logged when it begins and when the replica answers again.
public final class ReadReplica: Sendable {
    public let pool: ConnectionPool
    let retryAfter: Duration
    private let logger: Logger
    private struct State {
        /// Until when the replica is left alone.
        var restingUntil: ContinuousClock.Instant?
        /// Since its last failure the replica has not answered yet.
        var inOutage = false
    }
    private let state = Mutex(State())
    private let fallbacks = Counter(label: "liaison_replica_fallbacks_total")

    public init(pool: ConnectionPool, retryAfter: Duration = .seconds(10), logger: Logger) {
        self.pool = pool
        self.retryAfter = retryAfter
        self.logger = logger
    }

    /// False while the replica is being left alone after a failure.
    var isAvailable: Bool {
        state.withLock { state in
            guard let deadline = state.restingUntil else { return true }
            if ContinuousClock.now >= deadline {
                state.restingUntil = nil
                return true
            }
            return false
        }
    }

    enum Fault {
        /// The replica cannot serve: leave it alone for a while.
        case down
        /// This query could not be served there (no free connection, a conflict with replay).
        case once
    }

    /// Whether `error` means the replica, not the query, is at fault, and for how long: the
    /// query is then run on the primary, which has the same data (and more). nil: the query's
    /// own failure (including its cancellation), which the primary would share.
    static func fault(_ error: PostgresError) -> Fault? {
        switch error.kind {
        case .connectionFailed, .connectionLost, .poolClosed:
            return .down
        case .poolTimeout:
            return .once
        case .server:
            guard let state = error.sqlState, state.rawValue != "57014" else { return nil }  // 57014: cancelled
            if state == .serializationFailure { return .once }  // cancelled by a conflict with replay
            // 08 connection exception, 53 insufficient resources, 57 operator intervention
            // (shutting down, not yet accepting connections).
            return ["08", "53", "57"].contains(state.errorClass) ? .down : nil
        case .decoding, .invalidParameter:
            return nil
        }
    }

    /// Counts a query that went to the primary instead, and rests the replica when it is down.
    func failed(_ error: PostgresError, _ fault: Fault) {
        fallbacks.increment()
        guard fault == .down else {
            logger.debug("read from the primary instead of the replica", metadata: ["error": "\(error)"])
            return
        }
        let began = state.withLock { state in
            state.restingUntil = ContinuousClock.now + retryAfter
            defer { state.inOutage = true }
            return !state.inOutage
        }
        if began {
            logger.warning(
                "the read replica is unavailable; reading from the primary",
                metadata: ["error": "\(error)", "retry_after_seconds": "\(retryAfter.components.seconds)"])
        }
    }

    /// Notes that the replica answered, ending an outage.
    func answered() {
        let ended = state.withLock { state in
            defer { state.inOutage = false }
            return state.inOutage
        }
        if ended { logger.notice("the read replica answers again") }
    }
}
