import LiaisonAPI
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore

/// `/v1/sectors`, `/v1/regions`, `/v1/organization-kinds`.
struct ReferenceAPI: Sendable {
    let database: RequestDatabase

    func list(_ list: ReferenceList) async throws -> [Components.Schemas.ReferenceEntry] {
        try await database.read { try await ReferenceStore.list(list, on: $0) }.map(\.api)
    }

    func add(_ body: Components.Schemas.ReferenceEntry, to list: ReferenceList) async throws -> Components.Schemas.ReferenceEntry {
        let entry = try ReferenceEntry.validated(slug: body.slug, name: body.name)
        return try await database.write { try await ReferenceStore.add(entry, to: list, on: $0) }.api
    }
}

extension ReferenceEntry {
    var api: Components.Schemas.ReferenceEntry { .init(slug: slug, name: name) }
}
