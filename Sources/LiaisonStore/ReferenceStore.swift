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

    var plural: String {
        switch self {
        case .sectors: return "sectors"
        case .regions: return "regions"
        case .organizationKinds: return "kinds of organisation"
        }
    }
}

public enum ReferenceStore {
    public static func list(_ list: ReferenceList, on connection: PostgresConnection) async throws -> [ReferenceEntry] {
        try await connection.run(listing(list))
    }

    /// `list` as a query, to send with others.
    static func listing(_ list: ReferenceList) -> PostgresQuery<[ReferenceEntry]> {
        let order = list == .sectors ? "sort_order, slug" : "name, slug"
        return PostgresQuery("SELECT slug, name FROM \(list.rawValue) ORDER BY \(order)") { rows in
            try rows.map { ReferenceEntry(slug: try $0.decode(String.self, at: 0), name: try $0.decode(String.self, at: 1)) }
        }
    }

    /// The problem of a slug that `list` does not hold, naming every one it does, so that the
    /// person who typed it sees the choices rather than where to look them up.
    public static func unknown(_ slug: String, in list: ReferenceList, field: String, among entries: [ReferenceEntry]) -> FieldProblem {
        FieldProblem(field: field, reason: "'\(slug)' is not one of the \(list.plural): " + entries.map(\.slug).joined(separator: ", "))
    }

    /// Nil when `list` holds `slug`; otherwise its problem, naming the choices. One read.
    public static func check(_ slug: String, in list: ReferenceList, field: String, on connection: PostgresConnection) async throws
        -> FieldProblem?
    {
        try await connection.run(checking(slug, in: list, field: field))
    }

    /// `check` as a query, to send with others; answered at once when there is no slug to check.
    static func checking(_ slug: String?, in list: ReferenceList, field: String) -> PostgresQuery<FieldProblem?> {
        guard let slug else { return .answered(nil) }
        return listing(list).map { entries in
            entries.contains { $0.slug == slug } ? nil : unknown(slug, in: list, field: field, among: entries)
        }
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
