import Foundation
import LiaisonDomain
import LiaisonPostgres

/// Finds out what each id names: a person, an organisation or a staff member.
enum StakeholderResolver {
    struct Found {
        var ref: StakeholderRef
        var archivedAt: Date?
        /// Set when the record was merged into another: name that one instead.
        var mergedInto: UUID?
    }

    static func resolve(_ ids: [UUID], includeUsers: Bool, on connection: PostgresConnection) async throws -> [UUID: Found] {
        try await connection.run(resolving(ids, includeUsers: includeUsers))
    }

    /// `resolve` as a query, to send with others.
    static func resolving(_ ids: [UUID], includeUsers: Bool) -> PostgresQuery<[UUID: Found]> {
        guard !ids.isEmpty else { return .answered([:]) }
        return PostgresQuery(
            """
            SELECT id, 'person', name, archived_at, merged_into FROM people WHERE id = ANY ($1::uuid[])
            UNION ALL SELECT id, 'organization', name, archived_at, merged_into FROM organizations WHERE id = ANY ($1::uuid[])
            UNION ALL SELECT id, 'user', display_name, CASE WHEN active THEN NULL ELSE created_at END, NULL
                FROM users WHERE $2 AND id = ANY ($1::uuid[])
            """, [ids.map(\.uuidString), includeUsers]
        ) { rows in
            var found: [UUID: Found] = [:]
            for row in rows {
                let id = try row.decode(UUID.self, at: 0)
                let kind = StakeholderRef.Kind(rawValue: try row.decode(String.self, at: 1)) ?? .person
                found[id] = Found(
                    ref: StakeholderRef(id: id, kind: kind, name: try row.decode(String.self, at: 2)),
                    archivedAt: try row.decode(Date?.self, at: 3), mergedInto: try row.decode(UUID?.self, at: 4))
            }
            return found
        }
    }

    /// The SQL expression's columns for a stakeholder reference: kind and name, given the
    /// aliases `p` (people) and `o` (organisations) joined on the row's person/organisation ids.
    static let kindAndName = "CASE WHEN p.id IS NOT NULL THEN 'person' ELSE 'organization' END, coalesce(p.name, o.name)"
}

/// Ids that must exist (issues, meetings), checked in one query per table.
enum ExistenceCheck {
    static func missing(_ ids: [UUID], in table: VersionedTable, on connection: PostgresConnection) async throws -> (missing: Set<UUID>, archived: Set<UUID>) {
        try await connection.run(checking(ids, in: table))
    }

    /// `missing` as a query, to send with others.
    static func checking(_ ids: [UUID], in table: VersionedTable) -> PostgresQuery<(missing: Set<UUID>, archived: Set<UUID>)> {
        guard !ids.isEmpty else { return .answered(([], [])) }
        return PostgresQuery("SELECT id, archived_at IS NOT NULL FROM \(table.rawValue) WHERE id = ANY ($1::uuid[])", [ids.map(\.uuidString)]) { rows in
            var present = Set<UUID>()
            var archived = Set<UUID>()
            for row in rows {
                let id = try row.decode(UUID.self, at: 0)
                present.insert(id)
                if try row.decode(Bool.self, at: 1) { archived.insert(id) }
            }
            return (Set(ids).subtracting(present), archived)
        }
    }
}
