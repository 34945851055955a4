import LiaisonPostgres
import Logging
import Metrics
import Synchronization

/// A read-only copy of the database (a PostgreSQL streaming-replication standby) that serves the
/// read-only work which may trail the primary by a moment: lists, search and summaries.
///
/// When the replica cannot be reached, or refuses a query because of its own state (shutting
/// down, starting up, a conflict with replay), the request is served by the primary instead, and
/// the replica is left alone for `retryAfter` before it is tried again, so an outage costs one
/// failed attempt, not one per request.
public final class ReadReplica: Sendable {
    public let pool: ConnectionPool
    let retryAfter: Duration
    private let logger: Logger
    private let unavailableUntil = Mutex<ContinuousClock.Instant?>(nil)
    private let fallbacks = Counter(label: "liaison_replica_fallbacks_total")

    public init(pool: ConnectionPool, retryAfter: Duration = .seconds(10), logger: Logger) {
        self.pool = pool
        self.retryAfter = retryAfter
        self.logger = logger
    }

    /// False while the replica is being left alone after a failure.
    var isAvailable: Bool {
        unavailableUntil.withLock { until in
            guard let deadline = until else { return true }
            if ContinuousClock.now >= deadline {
                until = nil
                return true
            }
            return false
        }
    }

    /// Whether `error` means the replica, not the query, is at fault: the query is then run on
    /// the primary, which has the same data (and more).
    static func isReplicaFault(_ error: PostgresError) -> Bool {
        switch error.kind {
        case .connectionFailed, .connectionLost, .poolTimeout, .poolClosed:
            return true
        case .server:
            guard let state = error.sqlState else { return false }
            // 08 connection exception, 53 insufficient resources, 57 operator intervention
            // (shutting down, not yet accepting connections), 40001 cancelled by a replay conflict.
            return ["08", "53", "57"].contains(state.errorClass) || state == .serializationFailure
        case .decoding, .invalidParameter:
            return false
        }
    }

    /// Counts a query that went to the primary instead, and for connection-level failures rests
    /// the replica for a while.
    func failed(_ error: PostgresError) {
        fallbacks.increment()
        let resting = error.kind != .server || error.sqlState?.errorClass != "40"
        if resting {
            let wasAvailable = unavailableUntil.withLock { until in
                let was = until == nil
                until = ContinuousClock.now + retryAfter
                return was
            }
            if wasAvailable {
                logger.warning(
                    "the read replica is unavailable; reading from the primary",
                    metadata: ["error": "\(error)", "retry_after_seconds": "\(retryAfter.components.seconds)"])
            }
        } else {
            logger.info("a replica query conflicted with replay; read from the primary instead", metadata: ["error": "\(error)"])
        }
    }
}
