import Foundation
import LiaisonAPI
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore

/// `/v1/organizations`.
struct OrganizationsAPI: Sendable {
    let database: RequestDatabase

    func list(_ input: Operations.ListOrganizations.Input) async throws -> Operations.ListOrganizations.Output {
        let query = input.query
        let filter = OrganizationStore.Filter(
            text: query.q, sector: query.sector, region: query.region, kind: query.kind,
            archived: query.archived ?? false, limit: query.limit, cursor: query.cursor)
        let page = try await database.browse { try await OrganizationStore.list(filter, on: $0) }
        return .ok(.init(body: .json(.init(items: page.items.map(\.api), nextCursor: page.nextCursor))))
    }

    func create(_ input: Operations.CreateOrganization.Input) async throws -> Operations.CreateOrganization.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let (details, influence) = try body.validated()
        let organization = try await namingTheChoices(of: details) {
            try await Idempotency(database: database).create(
                scope: "organizations.create", key: input.headers.idempotencyKey, request: body
            ) { connection in
                // Without a key nothing follows the create: its COMMIT goes with it.
                try await OrganizationStore.create(
                    details, influence: influence, allowDuplicates: input.query.force ?? false,
                    endingTransaction: input.headers.idempotencyKey == nil, on: connection
                ).api
            }
        }
        return .created(.init(headers: .init(eTag: EntityTag.make(organization.version)), body: .json(organization)))
    }

    func get(_ input: Operations.GetOrganization.Input) async throws -> Operations.GetOrganization.Output {
        let id = try RecordID.parse(input.path.id)
        let organization = try await database.readAtOnce { try await OrganizationStore.get(id, on: $0) }
        return .ok(.init(headers: .init(eTag: EntityTag.make(organization.metadata.version)), body: .json(organization.api)))
    }

    func update(_ input: Operations.UpdateOrganization.Input) async throws -> Operations.UpdateOrganization.Output {
        let id = try RecordID.parse(input.path.id)
        let version = try EntityTag.requiredVersions(ifMatch: input.headers.ifMatch)
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let (details, influence) = try body.validated()
        let organization = try await namingTheChoices(of: details) {
            try await database.write {
                try await OrganizationStore.update(
                    id, details, influence: influence, expectedVersion: version, endingTransaction: true, on: $0)
            }
        }
        return .ok(.init(headers: .init(eTag: EntityTag.make(organization.metadata.version)), body: .json(organization.api)))
    }

    /// An unknown sector, kind or region is answered with the ones there are. The database's
    /// foreign keys refuse it within the write; the lists are read afterwards, in a read of their
    /// own, so that only a mistake pays for them.
    private func namingTheChoices<T: Sendable>(of details: OrganizationDetails, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch DomainError.invalid(let problems) {
            let given: [String: (slug: String?, list: ReferenceList)] = [
                "sector": (details.sector, .sectors), "kind": (details.kind, .organizationKinds), "region": (details.region, .regions),
            ]
            var named = problems
            for (index, problem) in problems.enumerated() {
                guard let (slug, list) = given[problem.field], let slug else { continue }
                let entries = try await database.read { try await ReferenceStore.list(list, on: $0) }
                named[index] = ReferenceStore.unknown(slug, in: list, field: problem.field, among: entries)
            }
            throw DomainError.invalid(named)
        }
    }

    func setArchived(_ archived: Bool, id: String, ifMatch: String?) async throws -> Components.Schemas.Organization {
        let id = try RecordID.parse(id)
        let version = EntityTag.versions(ifMatch: ifMatch)
        return try await database.write {
            try await OrganizationStore.setArchived(archived, id, expectedVersion: version, endingTransaction: true, on: $0)
        }.api
    }
}

/// Ids in paths.
enum RecordID {
    static func parse(_ text: String) throws(DomainError) -> UUID {
        guard let id = UUID(uuidString: text) else {
            throw .notFound("'\(text)' is not an id of this server")
        }
        return id
    }

    /// An id in a request body: a bad one is the field's problem (422), not a missing record.
    static func parse(_ text: String, field: String) throws(DomainError) -> UUID {
        guard let id = UUID(uuidString: text) else { throw .invalid([FieldProblem(field: field, reason: "'\(text)' is not an id")]) }
        return id
    }
}

extension Components.Schemas.OrganizationInput {
    func validated() throws(DomainError) -> (OrganizationDetails, Influence?) {
        try OrganizationDetails.validated(
            name: name, aliases: aliases, sector: sector, kind: kind, region: region, parentID: parentId,
            notes: notes, influence: influence.map { ($0.rating, $0.asOf) }, today: Today())
    }
}

extension Influence {
    var api: Components.Schemas.Influence { .init(rating: rating, asOf: asOf.description) }
}

extension Organization {
    var api: Components.Schemas.Organization {
        .init(
            id: metadata.id.uuidString.lowercased(), name: details.name, aliases: details.aliases,
            sector: details.sector, kind: details.kind, region: details.region,
            parentId: details.parentID?.uuidString.lowercased(), notes: details.notes, influence: influence?.api,
            version: metadata.version, createdAt: metadata.createdAt, updatedAt: metadata.updatedAt,
            archived: metadata.archivedAt != nil, archivedAt: metadata.archivedAt, mergedInto: mergedInto?.uuidString.lowercased())
    }
}
