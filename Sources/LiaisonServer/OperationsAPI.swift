import LiaisonAPI
import LiaisonPostgres
import Logging

/// Health and readiness, as the OpenAPI contract describes them.
struct OperationsAPI: Sendable {
    let database: LiaisonDatabase
    let logger: Logger

    func health() -> Operations.GetHealth.Output {
        .ok(.init(body: .json(.init(status: .ok, version: LiaisonVersion.current))))
    }

    /// Ready when the database answers and its schema is exactly the one this server carries.
    func readiness() async -> Operations.GetReadiness.Output {
        do {
            let status = try await database.migrator.status(database.pool)
            guard status.isCurrent else {
                return notReady("the database schema is not migrated (\(status.pending.count) pending)")
            }
            return .ok(.init(body: .json(.init(status: .ready, schemaVersion: status.appliedVersions.last ?? 0))))
        } catch let error as MigrationError {
            return notReady(error.description)
        } catch {
            logger.warning("readiness check failed", metadata: ["error": "\(error)"])
            return notReady("the database is not reachable")
        }
    }

    private func notReady(_ detail: String) -> Operations.GetReadiness.Output {
        .serviceUnavailable(
            .init(
                body: .applicationProblemJson(
                    .init(_type: "about:blank", title: "Not ready", status: 503, detail: detail))))
    }
}
