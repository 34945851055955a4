import Foundation
import LiaisonDomain
import LiaisonPostgres

/// SQL for commitments (follow-ups).
public enum CommitmentStore {
    static let columns = """
        c.id, c.description, c.meeting_id, c.issue_id, c.due_on, c.status, c.closed_at,
        c.version, c.created_at, c.updated_at, c.archived_at,
        coalesce(c.owed_by_user_id, c.owed_by_person_id, c.owed_by_organization_id),
        CASE WHEN c.owed_by_user_id IS NOT NULL THEN 'user' WHEN c.owed_by_person_id IS NOT NULL THEN 'person'
             WHEN c.owed_by_organization_id IS NOT NULL THEN 'organization' END,
        coalesce(u.display_name, p.name, o.name), coalesce(c.due_on, 'infinity'::date)::text
        FROM commitments c
        LEFT JOIN users u ON u.id = c.owed_by_user_id
        LEFT JOIN people p ON p.id = c.owed_by_person_id
        LEFT JOIN organizations o ON o.id = c.owed_by_organization_id
        """

    static func decode(_ row: PostgresRow) throws -> Commitment {
        var owner: StakeholderRef?
        if let id = try row.decode(UUID?.self, at: 11), let kind = try row.decode(String?.self, at: 12) {
            owner = StakeholderRef(id: id, kind: StakeholderRef.Kind(rawValue: kind) ?? .person, name: try row.decode(String.self, at: 13))
        }
        return Commitment(
            metadata: try RecordMetadata(row, id: 0, version: 7),
            details: CommitmentDetails(
                description: try row.decode(String.self, at: 1), meetingID: try row.decode(UUID?.self, at: 2),
                issueID: try row.decode(UUID?.self, at: 3), owedBy: owner?.id,
                dueOn: try row.decode(PostgresDate?.self, at: 4).map(CalendarDate.init),
                status: CommitmentStatus(rawValue: try row.decode(String.self, at: 5)) ?? .open),
            owedBy: owner, closedAt: try row.decode(Date?.self, at: 6))
    }

    public static func get(_ id: UUID, on connection: PostgresConnection) async throws -> Commitment {
        let rows = try await connection.query("SELECT \(columns) WHERE c.id = $1", [id])
        guard let row = rows.first else { throw DomainError.notFound("no commitment with id \(id.uuidString.lowercased())") }
        return try decode(row)
    }

    /// Checks the references of commitments (owner, meeting, issue); `prefix` names each in the request.
    static func checkReferences(
        _ commitments: [(details: CommitmentDetails, prefix: String)], on connection: PostgresConnection
    ) async throws -> ([UUID: StakeholderRef.Kind], [FieldProblem]) {
        let reads = referenceQueries(commitments.map(\.details))
        let (owners, issues, meetings) = try await connection.run(reads.owners, reads.issues, reads.meetings)
        return problems(commitments, owners: owners, issues: issues.missing, meetings: meetings.missing)
    }

    /// What `checkReferences` reads, to send with other queries.
    static func referenceQueries(_ commitments: [CommitmentDetails]) -> (
        owners: PostgresQuery<[UUID: StakeholderResolver.Found]>,
        issues: PostgresQuery<(missing: Set<UUID>, archived: Set<UUID>)>,
        meetings: PostgresQuery<(missing: Set<UUID>, archived: Set<UUID>)>
    ) {
        (StakeholderResolver.resolving(commitments.compactMap(\.owedBy), includeUsers: true),
         ExistenceCheck.checking(commitments.compactMap(\.issueID), in: .issues),
         ExistenceCheck.checking(commitments.compactMap(\.meetingID), in: .meetings))
    }

    /// The owners' kinds, and every reference that names nothing (or a merged record).
    static func problems(
        _ commitments: [(details: CommitmentDetails, prefix: String)], owners: [UUID: StakeholderResolver.Found],
        issues: Set<UUID>, meetings: Set<UUID>
    ) -> ([UUID: StakeholderRef.Kind], [FieldProblem]) {
        var problems: [FieldProblem] = []
        for (details, prefix) in commitments {
            if let owner = details.owedBy, owners[owner] == nil {
                problems.append(FieldProblem(field: prefix + "owedBy", reason: "no staff member, person or organisation has this id"))
            } else if let owner = details.owedBy, let kept = owners[owner]?.mergedInto {
                problems.append(FieldProblem(field: prefix + "owedBy", reason: "was merged into \(kept.uuidString.lowercased()); name that record instead"))
            }
            if let issue = details.issueID, issues.contains(issue) {
                problems.append(FieldProblem(field: prefix + "issueId", reason: "no such issue"))
            }
            if let meeting = details.meetingID, meetings.contains(meeting) {
                problems.append(FieldProblem(field: prefix + "meetingId", reason: "no such meeting"))
            }
        }
        return (owners.mapValues(\.ref.kind), problems)
    }

    /// The insert of a commitment whose id is `id` (by default made here, time-ordered).
    static func insertStatement(
        _ details: CommitmentDetails, ownerKind: StakeholderRef.Kind?, id: UUID = .timeOrdered()
    ) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO commitments (id, description, meeting_id, issue_id, owed_by_user_id, owed_by_person_id,
                owed_by_organization_id, due_on, status, closed_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $9 = 'open' THEN NULL ELSE now() END)
            """,
            [id, details.description, details.meetingID, details.issueID,
             ownerKind == .user ? details.owedBy : nil, ownerKind == .person ? details.owedBy : nil,
             ownerKind == .organization ? details.owedBy : nil, details.dueOn.map(PostgresDate.init), details.status.rawValue])
    }

    /// Two round trips: the references checked (refusals are made here, in Swift), then the
    /// insert with the read back, and with `endingTransaction` the `COMMIT` too.
    public static func create(
        _ details: CommitmentDetails, endingTransaction: Bool = false, on connection: PostgresConnection
    ) async throws -> Commitment {
        let (kinds, problems) = try await checkReferences([(details, "")], on: connection)
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        let id = UUID.timeOrdered()
        let insert = insertStatement(details, ownerKind: details.owedBy.flatMap { kinds[$0] }, id: id)
        connection.sendWithNext(insert.sql, insert.parameters)
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }

    /// Two round trips: the row's lock and checks with the references; the change with the read
    /// back, and with `endingTransaction` the `COMMIT` (nothing refuses after the first).
    public static func update(
        _ id: UUID, _ details: CommitmentDetails, expectedVersion: Set<Int>?, endingTransaction: Bool = false,
        on connection: PostgresConnection
    ) async throws -> Commitment {
        RecordLock.queueForEdit(
            .commitments, id: id, expectedVersion: expectedVersion, archived: "the commitment is archived; restore it before editing", on: connection)
        let (kinds, problems) = try await checkReferences([(details, "")], on: connection)
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        let kind = details.owedBy.flatMap { kinds[$0] }
        // The change goes with the read back.
        connection.sendWithNext(
            """
            UPDATE commitments SET description = $2, meeting_id = $3, issue_id = $4, owed_by_user_id = $5,
                owed_by_person_id = $6, owed_by_organization_id = $7, due_on = $8,
                closed_at = CASE WHEN $9 = 'open' THEN NULL WHEN status = $9 THEN closed_at ELSE now() END,
                status = $9, version = version + 1, updated_at = now()
            WHERE id = $1
            """,
            [id, details.description, details.meetingID, details.issueID, kind == .user ? details.owedBy : nil,
             kind == .person ? details.owedBy : nil, kind == .organization ? details.owedBy : nil,
             details.dueOn.map(PostgresDate.init), details.status.rawValue])
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }

    public static func setArchived(
        _ archived: Bool, _ id: UUID, expectedVersion: Set<Int>?, endingTransaction: Bool = false, on connection: PostgresConnection
    ) async throws -> Commitment {
        RecordLock.setArchived(archived, .commitments, id: id, expectedVersion: expectedVersion, on: connection)
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }

    public struct Filter: Sendable {
        public var status: String?
        public var overdue: Bool?
        public var owedBy: UUID?
        public var meeting: UUID?
        public var issue: UUID?
        public var dueFrom: CalendarDate?
        public var dueTo: CalendarDate?
        public var archived = false
        public var limit: Int?
        public var cursor: String?

        public init(
            status: String? = nil, overdue: Bool? = nil, owedBy: UUID? = nil, meeting: UUID? = nil, issue: UUID? = nil,
            dueFrom: CalendarDate? = nil, dueTo: CalendarDate? = nil, archived: Bool = false, limit: Int? = nil,
            cursor: String? = nil
        ) {
            self.status = status
            self.overdue = overdue
            self.owedBy = owedBy
            self.meeting = meeting
            self.issue = issue
            self.dueFrom = dueFrom
            self.dueTo = dueTo
            self.archived = archived
            self.limit = limit
            self.cursor = cursor
        }
    }

    /// By due date (undated last), then id. Overdue means open with a due date before today (UTC).
    public static func list(_ filter: Filter, on connection: PostgresConnection) async throws -> Page<Commitment> {
        let limit = try PageSize.validated(filter.limit)
        let after = try Cursor.decode(filter.cursor, count: 2, idAt: 1) { $0[0] == "infinity" || PostgresDate($0[0]) != nil }
        if let status = filter.status, CommitmentStatus(rawValue: status) == nil {
            throw DomainError.invalid([FieldProblem(field: "status", reason: "'\(status)' is not a status (open, done, dropped)")])
        }
        let rows = try await connection.query(
            """
            SELECT \(columns)
            WHERE (c.archived_at IS NOT NULL) = $1
              AND ($2::text IS NULL OR c.status = $2)
              AND ($3::boolean IS NULL OR coalesce(c.status = 'open' AND c.due_on < current_date, false) = $3)
              AND ($4::uuid IS NULL OR c.owed_by = $4)
              AND ($5::uuid IS NULL OR c.meeting_id = $5)
              AND ($6::uuid IS NULL OR c.issue_id = $6)
              AND ($7::date IS NULL OR c.due_on >= $7)
              AND ($8::date IS NULL OR c.due_on <= $8)
              AND ($9::text IS NULL OR (coalesce(c.due_on, 'infinity'::date), c.id) > ($9::date, $10::uuid))
            ORDER BY coalesce(c.due_on, 'infinity'::date), c.id
            LIMIT $11
            """,
            [filter.archived, filter.status, filter.overdue, filter.owedBy, filter.meeting, filter.issue,
             filter.dueFrom.map(PostgresDate.init), filter.dueTo.map(PostgresDate.init), after?[0], after?[1], limit + 1])
        return try Page(rows: rows, limit: limit, decode: decode) { row, item in [try row.decode(String?.self, at: 14) ?? "", item.metadata.id.uuidString] }
    }
}
