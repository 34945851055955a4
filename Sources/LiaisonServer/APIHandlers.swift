import LiaisonAPI
import LiaisonDomain
import Logging
import OpenAPIRuntime

/// The generated `APIProtocol`, implemented by delegating each operation to the part of the
/// server that owns it.
struct APIHandlers: APIProtocol {
    let operations: OperationsAPI
    let reference: ReferenceAPI
    let organizations: OrganizationsAPI

    init(database: LiaisonDatabase, logger: Logger) {
        operations = OperationsAPI(database: database, logger: logger)
        reference = ReferenceAPI(pool: database.pool)
        organizations = OrganizationsAPI(pool: database.pool)
    }

    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        operations.health()
    }

    func getReadiness(_ input: Operations.GetReadiness.Input) async throws -> Operations.GetReadiness.Output {
        await operations.readiness()
    }

    // MARK: Reference lists

    func listSectors(_ input: Operations.ListSectors.Input) async throws -> Operations.ListSectors.Output {
        .ok(.init(body: .json(try await reference.list(.sectors))))
    }

    func listRegions(_ input: Operations.ListRegions.Input) async throws -> Operations.ListRegions.Output {
        .ok(.init(body: .json(try await reference.list(.regions))))
    }

    func createRegion(_ input: Operations.CreateRegion.Input) async throws -> Operations.CreateRegion.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        return .created(.init(body: .json(try await reference.add(body, to: .regions))))
    }

    func listOrganizationKinds(_ input: Operations.ListOrganizationKinds.Input) async throws
        -> Operations.ListOrganizationKinds.Output
    {
        .ok(.init(body: .json(try await reference.list(.organizationKinds))))
    }

    func createOrganizationKind(_ input: Operations.CreateOrganizationKind.Input) async throws
        -> Operations.CreateOrganizationKind.Output
    {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        return .created(.init(body: .json(try await reference.add(body, to: .organizationKinds))))
    }

    // MARK: Organisations

    func listOrganizations(_ input: Operations.ListOrganizations.Input) async throws -> Operations.ListOrganizations.Output {
        try await organizations.list(input)
    }

    func createOrganization(_ input: Operations.CreateOrganization.Input) async throws -> Operations.CreateOrganization.Output {
        try await organizations.create(input)
    }

    func getOrganization(_ input: Operations.GetOrganization.Input) async throws -> Operations.GetOrganization.Output {
        try await organizations.get(input)
    }

    func updateOrganization(_ input: Operations.UpdateOrganization.Input) async throws -> Operations.UpdateOrganization.Output {
        try await organizations.update(input)
    }

    func archiveOrganization(_ input: Operations.ArchiveOrganization.Input) async throws
        -> Operations.ArchiveOrganization.Output
    {
        let organization = try await organizations.setArchived(true, id: input.path.id, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: EntityTag.make(organization.version)), body: .json(organization)))
    }

    func restoreOrganization(_ input: Operations.RestoreOrganization.Input) async throws
        -> Operations.RestoreOrganization.Output
    {
        let organization = try await organizations.setArchived(false, id: input.path.id, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: EntityTag.make(organization.version)), body: .json(organization)))
    }
}
