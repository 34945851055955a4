import Foundation
import LiaisonDomain
import LiaisonPostgres

/// SQL for people and their affiliations.
public enum PersonStore {
    static let columns = """
        p.id, p.name, p.alternate_names, p.title, p.email, p.phone, p.address, p.notes,
        p.version, p.created_at, p.updated_at, p.archived_at, i.rating, i.as_of, lower(p.name), p.merged_into
        FROM people p
        LEFT JOIN LATERAL (
            SELECT rating, as_of FROM influence_ratings r
            WHERE r.stakeholder_id = p.id ORDER BY as_of DESC, id DESC LIMIT 1
        ) i ON true
        """

    static func decode(_ row: PostgresRow) throws -> Person {
        var influence: Influence?
        if let rating = try row.decode(Int?.self, at: 12), let asOf = try row.decode(PostgresDate?.self, at: 13) {
            influence = Influence(rating: rating, asOf: CalendarDate(asOf))
        }
        var person = Person(
            metadata: try RecordMetadata(row, id: 0, version: 8),
            details: PersonDetails(
                name: try row.decode(String.self, at: 1), alternateNames: try row.decode([String].self, at: 2),
                title: try row.decode(String.self, at: 3), email: try row.decode(String.self, at: 4),
                phone: try row.decode(String.self, at: 5), address: try row.decode(String.self, at: 6),
                notes: try row.decode(String.self, at: 7)),
            influence: influence, affiliations: [])
        person.mergedInto = try row.decode(UUID?.self, at: 15)
        return person
    }

    /// Fills in each person's current affiliations.
    static func withAffiliations(_ people: [Person], on connection: PostgresConnection) async throws -> [Person] {
        guard !people.isEmpty else { return people }
        let affiliations = try await connection.run(currentAffiliations(of: people.map(\.metadata.id)))
        return people.map { person in
            var person = person
            person.affiliations = affiliations.filter { $0.details.personID == person.metadata.id }
            return person
        }
    }

    /// The people's affiliations that are not archived, latest first.
    static func currentAffiliations(of ids: [UUID]) -> PostgresQuery<[Affiliation]> {
        PostgresQuery(
            "SELECT \(AffiliationStore.columns) WHERE a.person_id = ANY ($1::uuid[]) AND a.archived_at IS NULL ORDER BY a.valid_from DESC NULLS LAST, a.id",
            [ids.map(\.uuidString)]
        ) { try $0.map(AffiliationStore.decode) }
    }

    /// The person with their affiliations, read in one round trip.
    public static func get(_ id: UUID, on connection: PostgresConnection) async throws -> Person {
        let (rows, affiliations) = try await connection.run(
            PostgresQuery("SELECT \(columns) WHERE p.id = $1", [id]) { $0 }, currentAffiliations(of: [id]))
        guard let row = rows.first else { throw notFound(id) }
        var person = try decode(row)
        person.affiliations = affiliations
        return person
    }

    /// Nothing when the person is recorded (archived or merged too), else `notFound`: for a
    /// request about a person, sent in one round trip with what it reads.
    public static func mustExist(_ id: UUID) -> PostgresQuery<Void> {
        PostgresQuery("SELECT 1 FROM people WHERE id = $1", [id]) { rows in
            if rows.isEmpty { throw notFound(id) }
        }
    }

    static func notFound(_ id: UUID) -> DomainError { .notFound("no person with id \(id.uuidString.lowercased())") }

    /// One round trip: the look for a duplicate, the row, its names, its rating, its
    /// affiliations and the read back, and with `endingTransaction` the `COMMIT` (every refusal
    /// among them raises in the database).
    public static func create(
        _ details: PersonDetails, influence: Influence?, affiliations: [AffiliationDetails], allowDuplicates: Bool = true,
        endingTransaction: Bool = false, on connection: PostgresConnection
    ) async throws -> Person {
        // The row, its names and its rating go out with what comes next, in one round trip.
        let id = SearchStore.queueNewStakeholder(
            .person,
            insert: """
                INSERT INTO people (id, name, alternate_names, title, email, phone, address, notes)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """,
            [details.name, details.alternateNames, details.title, details.email, details.phone, details.address, details.notes],
            names: [details.name] + details.alternateNames, influence: influence, refusingDuplicates: !allowDuplicates,
            on: connection)
        for (index, affiliation) in affiliations.enumerated() {
            var affiliation = affiliation
            affiliation.personID = id
            _ = AffiliationStore.queueInsert(affiliation, field: "affiliations/\(index)/", on: connection)
        }
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }

    public static func update(
        _ id: UUID, _ details: PersonDetails, influence: Influence?, expectedVersion: Set<Int>?, endingTransaction: Bool = false,
        on connection: PostgresConnection
    ) async throws -> Person {
        RecordLock.queueForEdit(
            .people, id: id, expectedVersion: expectedVersion, archived: "the person is archived; restore them before editing", on: connection)
        // The change, its names and its rating go with the read back.
        connection.sendWithNext(
            """
            UPDATE people SET name = $2, alternate_names = $3, title = $4, email = $5, phone = $6, address = $7,
                notes = $8, version = version + 1, updated_at = now()
            WHERE id = $1
            """,
            [id, details.name, details.alternateNames, details.title, details.email, details.phone, details.address, details.notes])
        SearchStore.put(id, kind: .person, names: [details.name] + details.alternateNames, on: connection)
        if let influence { SearchStore.rate(id, .person, influence, on: connection) }
        // Every check above fails in the database: the COMMIT can go with the read back.
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }


    public static func setArchived(
        _ archived: Bool, _ id: UUID, expectedVersion: Set<Int>?, endingTransaction: Bool = false, on connection: PostgresConnection
    ) async throws -> Person {
        RecordLock.setArchived(archived, .people, id: id, expectedVersion: expectedVersion, on: connection)
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }

    public static func list(
        text: String?, organization: UUID?, archived: Bool, limit: Int?, cursor: String?, on connection: PostgresConnection
    ) async throws -> Page<Person> {
        let limit = try PageSize.validated(limit)
        let after = try Cursor.decode(cursor, count: 2, idAt: 1)
        let rows = try await connection.query(
            """
            SELECT \(columns)
            WHERE (p.archived_at IS NOT NULL) = $1
              AND ($2::text IS NULL OR strpos(lower(unaccent(p.name || ' ' || array_to_string(p.alternate_names, ' '))), lower(unaccent($2))) > 0)
              AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = p.id AND a.organization_id = $3 AND a.archived_at IS NULL))
              AND ($4::text IS NULL OR (lower(p.name), p.id) > ($4, $5::uuid))
            ORDER BY lower(p.name), p.id
            LIMIT $6
            """, [archived, text.nonEmpty, organization, after?[0], after?[1], limit + 1])
        let page = try Page(rows: rows, limit: limit, decode: decode) { row, item in [try row.decode(String?.self, at: 14) ?? "", item.metadata.id.uuidString] }
        return Page(items: try await withAffiliations(page.items, on: connection), nextCursor: page.nextCursor)
    }
}

/// SQL for affiliations.
public enum AffiliationStore {
    static let fields = """
        a.id, a.person_id, a.organization_id, a.role, a.valid_from, a.valid_to,
        a.version, a.created_at, a.updated_at, a.archived_at, p.name, o.name
        """
    static let source = "FROM affiliations a JOIN people p ON p.id = a.person_id JOIN organizations o ON o.id = a.organization_id"
    static let columns = fields + "\n" + source

    static func decode(_ row: PostgresRow) throws -> Affiliation {
        Affiliation(
            metadata: try RecordMetadata(row, id: 0, version: 6),
            details: AffiliationDetails(
                personID: try row.decode(UUID.self, at: 1), organizationID: try row.decode(UUID.self, at: 2),
                role: try row.decode(String.self, at: 3),
                from: try row.decode(PostgresDate?.self, at: 4).map(CalendarDate.init),
                to: try row.decode(PostgresDate?.self, at: 5).map(CalendarDate.init)),
            personName: try row.decode(String.self, at: 10), organizationName: try row.decode(String.self, at: 11))
    }

    static func references(_ prefix: String) -> ConstraintMessages {
        ConstraintMessages(fields: [
            "affiliations_person_id_fkey": (prefix + "personId", "no such person"),
            "affiliations_organization_id_fkey": (prefix + "organizationId", "no such organisation"),
        ])
    }

    /// Queues an affiliation's insert to go with the next statement, and returns its id (made
    /// here, time-ordered). One statement both checks that neither side was merged into another
    /// record and inserts the row when neither was; a merged side, or one that does not exist,
    /// is then reported under `prefix` by the statement that carried it.
    static func queueInsert(_ details: AffiliationDetails, field prefix: String, on connection: PostgresConnection) -> UUID {
        let id = UUID.timeOrdered()
        queueWrite(
            """
            INSERT INTO affiliations (id, person_id, organization_id, role, valid_from, valid_to)
            SELECT $1, $2, $3, $4, $5, $6 WHERE NOT EXISTS (SELECT FROM merged)
            """, id: id, details, field: prefix, on: connection)
        return id
    }

    /// Queues `write` (an insert or update of affiliation `id` whose parameters are $1 the id,
    /// then person, organisation, role, from and to, and which reads `merged`, the sides merged
    /// into another record) in one statement that refuses (`refuse`, migration 0020) when a side
    /// was merged, so that nothing sent with it takes effect; a merged side, and a side that does
    /// not exist, are reported under `prefix`.
    private static func queueWrite(
        _ write: String, id: UUID, _ details: AffiliationDetails, field prefix: String, on connection: PostgresConnection
    ) {
        let references = references(prefix)
        connection.sendWithNext(
            """
            WITH merged AS (
                SELECT 'personId' AS field, merged_into FROM people WHERE id = $2 AND merged_into IS NOT NULL
                UNION ALL SELECT 'organizationId', merged_into FROM organizations WHERE id = $3 AND merged_into IS NOT NULL
            ), written AS (
                \(write)
            )
            \(mergedRefusal.select("jsonb_build_object('field', field, 'mergedInto', merged_into)", from: "merged"))
            """,
            [id, details.personID, details.organizationID, details.role, details.from.map(PostgresDate.init),
             details.to.map(PostgresDate.init)],
            failure: { error in
                guard let merged = mergedRefusal.found(in: error) else { return references.map(error) }
                return DomainError.invalid(merged.map {
                    FieldProblem(
                        field: prefix + $0.field, reason: "was merged into \($0.mergedInto.uuidString.lowercased()); name that record instead")
                })
            })
    }

    /// A side of an affiliation merged into another record: which, and into what.
    struct Merged: Decodable {
        var field: String
        var mergedInto: UUID
    }
    static let mergedRefusal = Refusal<Merged>(code: "LQ422")

    public static func get(_ id: UUID, on connection: PostgresConnection) async throws -> Affiliation {
        let rows = try await connection.query("SELECT \(columns) WHERE a.id = $1", [id])
        guard let row = rows.first else { throw DomainError.notFound("no affiliation with id \(id.uuidString.lowercased())") }
        return try decode(row)
    }

    /// The checks, the insert and the read back in one round trip, with `endingTransaction` the
    /// `COMMIT` too.
    public static func create(
        _ details: AffiliationDetails, endingTransaction: Bool = false, on connection: PostgresConnection
    ) async throws -> Affiliation {
        let id = queueInsert(details, field: "", on: connection)
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }

    public static func update(
        _ id: UUID, _ details: AffiliationDetails, expectedVersion: Set<Int>?, endingTransaction: Bool = false,
        on connection: PostgresConnection
    ) async throws -> Affiliation {
        RecordLock.queueForEdit(
            .affiliations, id: id, expectedVersion: expectedVersion, archived: "the affiliation is archived; restore it before editing", on: connection)
        // As an insert: one statement looks for a merged side and changes the row when there is
        // none, and goes with the read back.
        queueWrite(
            """
            UPDATE affiliations SET person_id = $2, organization_id = $3, role = $4, valid_from = $5, valid_to = $6,
                version = version + 1, updated_at = now()
            WHERE id = $1 AND NOT EXISTS (SELECT FROM merged)
            """, id: id, details, field: "", on: connection)
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }

    public static func setArchived(
        _ archived: Bool, _ id: UUID, expectedVersion: Set<Int>?, endingTransaction: Bool = false, on connection: PostgresConnection
    ) async throws -> Affiliation {
        RecordLock.setArchived(archived, .affiliations, id: id, expectedVersion: expectedVersion, on: connection)
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }

    /// Affiliations, newest start first; `on` keeps those in force on that date (end dates are inclusive).
    public static func list(
        person: UUID?, organization: UUID?, on date: CalendarDate?, archived: Bool, limit: Int?, cursor: String?,
        on connection: PostgresConnection
    ) async throws -> Page<Affiliation> {
        let limit = try PageSize.validated(limit)
        let after = try Cursor.decode(cursor, count: 2, idAt: 1) { $0[0] == "-infinity" || PostgresDate($0[0]) != nil }
        let rows = try await connection.query(
            """
            SELECT \(fields), coalesce(a.valid_from, '-infinity'::date)::text
            \(source)
            WHERE (a.archived_at IS NOT NULL) = $1
              AND ($2::uuid IS NULL OR a.person_id = $2)
              AND ($3::uuid IS NULL OR a.organization_id = $3)
              AND ($4::date IS NULL OR (coalesce(a.valid_from, '-infinity') <= $4 AND coalesce(a.valid_to, 'infinity') >= $4))
              AND ($5::text IS NULL OR (coalesce(a.valid_from, '-infinity'::date), a.id) < ($5::date, $6::uuid))
            ORDER BY coalesce(a.valid_from, '-infinity'::date) DESC, a.id DESC
            LIMIT $7
            """, [archived, person, organization, date.map(PostgresDate.init), after?[0], after?[1], limit + 1])
        return try Page(rows: rows, limit: limit, decode: decode) { row, item in [try row.decode(String?.self, at: 12) ?? "", item.metadata.id.uuidString] }
    }

    /// Who represented `organization` on `date`: the affiliations in force then.
    public static func representatives(of organization: UUID, on date: CalendarDate, connection: PostgresConnection)
        async throws -> [Affiliation]
    {
        _ = try await OrganizationStore.get(organization, on: connection)
        let rows = try await connection.query(
            """
            SELECT \(columns)
            WHERE a.organization_id = $1 AND a.archived_at IS NULL AND p.archived_at IS NULL
              AND coalesce(a.valid_from, '-infinity') <= $2 AND coalesce(a.valid_to, 'infinity') >= $2
            ORDER BY p.name, a.id
            """, [organization, PostgresDate(date)])
        return try rows.map(decode)
    }
}
