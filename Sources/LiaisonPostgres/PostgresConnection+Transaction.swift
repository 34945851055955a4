extension PostgresConnection {
    /// Runs `body` inside a transaction: commits when it returns, rolls back when it throws or
    /// when the task has been cancelled, and rethrows.
    public func withTransaction<T>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await executeUncancellable("BEGIN")
        do {
            let value = try await body(self)
            try Task.checkCancellation()
            try await executeUncancellable("COMMIT")
            return value
        } catch {
            // After a failed COMMIT the transaction is already over; ROLLBACK then only warns.
            if isOpen { try? await executeUncancellable("ROLLBACK") }
            throw error
        }
    }
}
