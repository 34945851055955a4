/// What kind of transaction to open.
public enum TransactionMode: Sendable {
    /// PostgreSQL's default: read committed, reads and writes.
    case readWrite
    /// One consistent snapshot for every statement, and no writes.
    case readOnlySnapshot

    var begin: String {
        switch self {
        case .readWrite: return "BEGIN"
        case .readOnlySnapshot: return "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
        }
    }
}

extension PostgresConnection {
    /// Runs `body` inside a transaction: commits when it returns, rolls back when it throws or
    /// when the task has been cancelled, and rethrows.
    ///
    /// `BEGIN` costs no round trip of its own: it goes out with the transaction's first
    /// statement (`sendWithNext`), and whatever is still queued at the end goes with `COMMIT`.
    public func withTransaction<T>(
        _ mode: TransactionMode = .readWrite,
        _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        sendWithNext(mode.begin)
        if case .readOnlySnapshot = mode { transactionIsReadOnly = true }
        defer { endTransactionState() }
        do {
            let value = try await body(self)
            if endedTransaction {
                // A read sent with COMMIT (`commitWithNextRoundTrip`) has ended it already:
                // whatever was queued after it would never be sent.
                if hasUnsent {
                    throw PostgresError(
                        .invalidParameter, message: "statements were queued after a read ended the transaction; they were not sent")
                }
            } else {
                try Task.checkCancellation()
                try await executeUncancellable("COMMIT")
            }
            return value
        } catch {
            // Statements never sent need no undoing. After a failed COMMIT the transaction is
            // already over, and when BEGIN never reached the server there is none.
            dropUnsent()
            if isOpen && !isIdle { try? await executeUncancellable("ROLLBACK") }
            throw error
        }
    }
}
