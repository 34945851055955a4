import LiaisonAPI
import Logging
import OpenAPIRuntime

/// The generated `APIProtocol`, implemented by delegating each operation to the part of the
/// server that owns it.
struct APIHandlers: APIProtocol {
    let operations: OperationsAPI

    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        operations.health()
    }

    func getReadiness(_ input: Operations.GetReadiness.Input) async throws -> Operations.GetReadiness.Output {
        await operations.readiness()
    }
}
