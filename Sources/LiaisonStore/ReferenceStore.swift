import LiaisonDomain
import LiaisonPostgres

/// The lists users extend: sectors, regions and kinds of organisation.
public enum ReferenceList: String, Sendable {
    case sectors
    case regions
    case organizationKinds = "organization_kinds"

    var noun: String {
        switch self {
        case .sectors: return "sector"
        case .regions: return "region"
        case .organizationKinds: return "kind of organisation"
        }
    }
}

public enum ReferenceStore {
    public static func list(_ list: ReferenceList, on connection: PostgresConnection) async throws -> [ReferenceEntry] {
        let order = list == .sectors ? "sort_order, slug" : "name, slug"
        let rows = try await connection.query("SELECT slug, name FROM \(list.rawValue) ORDER BY \(order)")
        return try rows.map { ReferenceEntry(slug: try $0.decode(String.self, at: 0), name: try $0.decode(String.self, at: 1)) }
    }

    public static func add(_ entry: ReferenceEntry, to list: ReferenceList, on connection: PostgresConnection) async throws -> ReferenceEntry {
        do {
            try await connection.query("INSERT INTO \(list.rawValue) (slug, name) VALUES ($1, $2)", [entry.slug, entry.name])
            return entry
        } catch let error as PostgresError where error.sqlState == .uniqueViolation {
            throw DomainError.conflict("a \(list.noun) '\(entry.slug)' already exists")
        }
    }
}
