import Foundation
import LiaisonDomain
import LiaisonPostgres

/// SQL for organisations.
public enum OrganizationStore {
    static let columns = """
        o.id, o.name, o.aliases, o.sector, o.kind, o.region, o.parent_id, o.notes, o.version,
        o.created_at, o.updated_at, o.archived_at, i.rating, i.as_of, lower(o.name), o.merged_into
        FROM organizations o
        LEFT JOIN LATERAL (
            SELECT rating, as_of FROM influence_ratings r
            WHERE r.stakeholder_id = o.id ORDER BY as_of DESC, id DESC LIMIT 1
        ) i ON true
        """

    /// Serialises changes of parent organisation (an arbitrary fixed number).
    static let hierarchyLockKey: Int64 = 0x4C49_4149_534F_4E02

    static let constraints = ConstraintMessages(fields: [
        "organizations_sector_fkey": ("sector", "is not a known sector; see /v1/sectors"),
        "organizations_kind_fkey": ("kind", "is not a known kind of organisation; see /v1/organization-kinds"),
        "organizations_region_fkey": ("region", "is not a known region; see /v1/regions"),
        "organizations_parent_id_fkey": ("parentId", "no such organisation"),
    ])

    static func decode(_ row: PostgresRow) throws -> Organization {
        var influence: Influence?
        if let rating = try row.decode(Int?.self, at: 12), let asOf = try row.decode(PostgresDate?.self, at: 13) {
            influence = Influence(rating: rating, asOf: CalendarDate(asOf))
        }
        var organization = Organization(
            metadata: try RecordMetadata(row, id: 0, version: 8),
            details: OrganizationDetails(
                name: try row.decode(String.self, at: 1), aliases: try row.decode([String].self, at: 2),
                sector: try row.decode(String.self, at: 3), kind: try row.decode(String?.self, at: 4),
                region: try row.decode(String?.self, at: 5), parentID: try row.decode(UUID?.self, at: 6),
                notes: try row.decode(String.self, at: 7)),
            influence: influence)
        organization.mergedInto = try row.decode(UUID?.self, at: 15)
        return organization
    }

    public static func get(_ id: UUID, on connection: PostgresConnection) async throws -> Organization {
        let rows = try await connection.query("SELECT \(columns) WHERE o.id = $1", [id])
        guard let row = rows.first else { throw notFound(id) }
        return try decode(row)
    }

    /// Nothing when the organisation is recorded (archived or merged too), else `notFound`: for
    /// a request about an organisation, sent in one round trip with what it reads.
    public static func mustExist(_ id: UUID) -> PostgresQuery<Void> {
        PostgresQuery("SELECT 1 FROM organizations WHERE id = $1", [id]) { rows in
            if rows.isEmpty { throw notFound(id) }
        }
    }

    static func notFound(_ id: UUID) -> DomainError { .notFound("no organisation with id \(id.uuidString.lowercased())") }

    /// One round trip: the look for a duplicate, the row, its names, its rating and the read
    /// back, and with `endingTransaction` the `COMMIT` (every refusal among them raises in the
    /// database).
    public static func create(
        _ details: OrganizationDetails, influence: Influence?, allowDuplicates: Bool = true, endingTransaction: Bool = false,
        on connection: PostgresConnection
    ) async throws -> Organization {
        do {
            // The row, its names and its rating go out with the read back, in one round trip.
            let id = SearchStore.queueNewStakeholder(
                .organization,
                insert: """
                    INSERT INTO organizations (id, name, aliases, sector, kind, region, parent_id, notes)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                    """,
                [details.name, details.aliases, details.sector, details.kind, details.region, details.parentID, details.notes],
                names: [details.name] + details.aliases, influence: influence, refusingDuplicates: !allowDuplicates,
                on: connection)
            if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
            return try await get(id, on: connection)
        } catch {
            throw constraints.map(error)
        }
    }

    public static func update(
        _ id: UUID, _ details: OrganizationDetails, influence: Influence?, expectedVersion: Set<Int>?, endingTransaction: Bool = false,
        on connection: PostgresConnection
    ) async throws -> Organization {
        RecordLock.queueForEdit(
            .organizations, id: id, expectedVersion: expectedVersion, archived: "the organisation is archived; restore it before editing", on: connection)
        if let parent = details.parentID {
            // Hierarchy changes take turns, so that two concurrent edits cannot close a loop
            // that neither would see alone. The lock goes with the look for a loop.
            connection.sendWithNext("SELECT pg_advisory_xact_lock($1)", [Self.hierarchyLockKey])
            // The new parent must not be this organisation or one of its descendants.
            let cycle = try await connection.query(
                """
                WITH RECURSIVE chain(id) AS (
                    SELECT $1::uuid
                    UNION
                    SELECT o.parent_id FROM organizations o JOIN chain c ON o.id = c.id WHERE o.parent_id IS NOT NULL
                )
                SELECT EXISTS (SELECT 1 FROM chain WHERE id = $2)
                """, [parent, id])
            if try cycle[0].decode(Bool.self, at: 0) {
                throw DomainError.invalid([FieldProblem(field: "parentId", reason: "would make the organisation its own ancestor")])
            }
        }
        do {
            // The change, its names and its rating go with the read back.
            connection.sendWithNext(
                """
                UPDATE organizations SET name = $2, aliases = $3, sector = $4, kind = $5, region = $6,
                    parent_id = $7, notes = $8, version = version + 1, updated_at = now()
                WHERE id = $1
                """,
                [id, details.name, details.aliases, details.sector, details.kind, details.region, details.parentID, details.notes])
            SearchStore.put(id, kind: .organization, names: [details.name] + details.aliases, on: connection)
            if let influence { SearchStore.rate(id, .organization, influence, on: connection) }
            // Every check above fails in the database (the look for a loop, when there is one,
            // is already back): the COMMIT can go with the read back.
            if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
            return try await get(id, on: connection)
        } catch {
            throw constraints.map(error)
        }
    }


    public static func setArchived(
        _ archived: Bool, _ id: UUID, expectedVersion: Set<Int>?, endingTransaction: Bool = false, on connection: PostgresConnection
    ) async throws -> Organization {
        RecordLock.setArchived(archived, .organizations, id: id, expectedVersion: expectedVersion, on: connection)
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }

    /// Filters for listing organisations.
    public struct Filter: Sendable {
        public var text: String?
        public var sector: String?
        public var region: String?
        public var kind: String?
        public var archived = false
        public var limit: Int?
        public var cursor: String?

        public init(
            text: String? = nil, sector: String? = nil, region: String? = nil, kind: String? = nil,
            archived: Bool = false, limit: Int? = nil, cursor: String? = nil
        ) {
            self.text = text
            self.sector = sector
            self.region = region
            self.kind = kind
            self.archived = archived
            self.limit = limit
            self.cursor = cursor
        }
    }

    /// One page, ordered by name then id; the cursor is the last row's (name, id).
    public static func list(_ filter: Filter, on connection: PostgresConnection) async throws -> Page<Organization> {
        let limit = try PageSize.validated(filter.limit)
        let after = try Cursor.decode(filter.cursor, count: 2, idAt: 1)
        let text = filter.text.nonEmpty
        let rows = try await connection.query(
            """
            SELECT \(columns)
            WHERE (o.archived_at IS NOT NULL) = $1
              AND ($2::text IS NULL OR strpos(lower(unaccent(o.name || ' ' || array_to_string(o.aliases, ' '))), lower(unaccent($2))) > 0)
              AND ($3::text IS NULL OR o.sector = $3)
              AND ($4::text IS NULL OR o.region = $4)
              AND ($5::text IS NULL OR o.kind = $5)
              AND ($6::text IS NULL OR (lower(o.name), o.id) > ($6, $7::uuid))
            ORDER BY lower(o.name), o.id
            LIMIT $8
            """,
            [filter.archived, text, filter.sector, filter.region, filter.kind, after?[0], after?[1], limit + 1])
        // The database's own lower-casing, so that the next page continues exactly here.
        return try Page(rows: rows, limit: limit, decode: decode) { row, item in [try row.decode(String?.self, at: 14) ?? "", item.metadata.id.uuidString] }
    }
}
