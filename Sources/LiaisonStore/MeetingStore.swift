import Foundation
import LiaisonDomain
import LiaisonPostgres
import Synchronization

/// A stakeholder's position on an issue within one meeting.
struct PositionKey: Hashable {
    var stakeholder: UUID
    var issue: UUID
}

/// The time zone names PostgreSQL knows (the tz database's names; POSIX strings such as "+05:00",
/// whose sign runs the other way, are not among them), read once per process.
enum TimeZones {
    private static let names = Mutex<Set<String>?>(nil)

    static func isKnown(_ name: String, on connection: PostgresConnection) async throws -> Bool {
        if let known = names.withLock({ $0 }) { return known.contains(name) }
        let rows = try await connection.query("SELECT name FROM pg_timezone_names")
        let known = Set(try rows.map { try $0.decode(String.self, at: 0) })
        names.withLock { $0 = known }
        return known.contains(name)
    }
}

/// SQL for meetings with their participants, staff, positions and commitments.
public enum MeetingStore {
    static let columns = """
        m.id, m.kind, m.starts_at, m.time_zone, m.duration_minutes, m.place, m.region, m.subject, m.notes,
        m.objectives, m.confidentiality, m.version, m.created_at, m.updated_at, m.archived_at,
        to_char(m.starts_at AT TIME ZONE m.time_zone, 'YYYY-MM-DD"T"HH24:MI:SS'),
        extract(epoch FROM (m.starts_at AT TIME ZONE m.time_zone) - (m.starts_at AT TIME ZONE 'UTC'))::integer,
        m.starts_at::text
        FROM meetings m
        """

    static func decodeMain(_ row: PostgresRow) throws -> Meeting {
        let offset = try row.decode(Int.self, at: 16)
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 3600
        let minutes = abs(offset) % 3600 / 60
        let local = try row.decode(String.self, at: 15)
            + "\(sign)\(hours < 10 ? "0" : "")\(hours):\(minutes < 10 ? "0" : "")\(minutes)"
        return Meeting(
            metadata: try RecordMetadata(row, id: 0, version: 11),
            details: MeetingDetails(
                kind: MeetingKind(rawValue: try row.decode(String.self, at: 1)) ?? .meeting,
                startsAt: try row.decode(Date.self, at: 2), timeZone: try row.decode(String.self, at: 3),
                durationMinutes: try row.decode(Int?.self, at: 4), place: try row.decode(String.self, at: 5),
                region: try row.decode(String?.self, at: 6), subject: try row.decode(String.self, at: 7),
                notes: try row.decode(String.self, at: 8),
                objectives: try row.decode([String].self, at: 9).compactMap(Objective.init(rawValue:)),
                confidentiality: Confidentiality(rawValue: try row.decode(String.self, at: 10)) ?? .unclassified,
                participants: [], staff: [], positions: []),
            localStart: local, participants: [], staff: [], positions: [], commitments: [])
    }

    /// A meeting's parts, by meeting.
    struct Parts {
        var participants: [UUID: [StakeholderRef]] = [:]
        var staff: [UUID: [StakeholderRef]] = [:]
        var positions: [UUID: [RecordedPosition]] = [:]
        var commitments: [UUID: [Commitment]] = [:]
    }

    /// The four reads of the parts of the meetings `ids`, to send together.
    static func partQueries(_ ids: [UUID]) -> (
        participants: PostgresQuery<[UUID: [StakeholderRef]]>, staff: PostgresQuery<[UUID: [StakeholderRef]]>,
        positions: PostgresQuery<[UUID: [RecordedPosition]]>, commitments: PostgresQuery<[UUID: [Commitment]]>
    ) {
        // One meeting is named as one value: with an array PostgreSQL cannot know its length
        // when it plans, and plans again for each request instead of keeping one plan.
        let matching = ids.count == 1 ? "= $1" : "= ANY ($1::uuid[])"
        let parameter: any PostgresEncodable = ids.count == 1 ? ids[0] : ids.map(\.uuidString)
        let participants = PostgresQuery(
            """
            SELECT mp.meeting_id, mp.stakeholder_id, \(StakeholderResolver.kindAndName)
            FROM meeting_participants mp
            LEFT JOIN people p ON p.id = mp.person_id LEFT JOIN organizations o ON o.id = mp.organization_id
            WHERE mp.meeting_id \(matching) ORDER BY mp.listing_order
            """, [parameter]
        ) { rows in
            try rows.reduce(into: [UUID: [StakeholderRef]]()) { found, row in
                found[try row.decode(UUID.self, at: 0), default: []].append(try stakeholder(row, from: 1))
            }
        }
        let staff = PostgresQuery(
            """
            SELECT ms.meeting_id, u.id, u.display_name FROM meeting_staff ms JOIN users u ON u.id = ms.user_id
            WHERE ms.meeting_id \(matching) ORDER BY u.display_name
            """, [parameter]
        ) { rows in
            try rows.reduce(into: [UUID: [StakeholderRef]]()) { found, row in
                found[try row.decode(UUID.self, at: 0), default: []].append(
                    StakeholderRef(id: try row.decode(UUID.self, at: 1), kind: .user, name: try row.decode(String.self, at: 2)))
            }
        }
        let positions = PostgresQuery(
            """
            SELECT ps.meeting_id, ps.stakeholder_id, \(StakeholderResolver.kindAndName), ps.id, ps.issue_id, i.title, ps.stance, ps.quote
            FROM positions ps JOIN issues i ON i.id = ps.issue_id
            LEFT JOIN people p ON p.id = ps.person_id LEFT JOIN organizations o ON o.id = ps.organization_id
            WHERE ps.meeting_id \(matching) ORDER BY i.title, coalesce(p.name, o.name)
            """, [parameter]
        ) { rows in
            try rows.reduce(into: [UUID: [RecordedPosition]]()) { found, row in
                found[try row.decode(UUID.self, at: 0), default: []].append(
                    RecordedPosition(
                        id: try row.decode(UUID.self, at: 4), stakeholder: try stakeholder(row, from: 1),
                        issueID: try row.decode(UUID.self, at: 5), issueTitle: try row.decode(String.self, at: 6),
                        stance: Stance(rawValue: try row.decode(Int.self, at: 7)) ?? .neutral,
                        quote: try row.decode(String.self, at: 8)))
            }
        }
        let commitments = PostgresQuery(
            "SELECT \(CommitmentStore.columns) WHERE c.meeting_id \(matching) AND c.archived_at IS NULL ORDER BY c.created_at, c.id",
            [parameter]
        ) { rows in
            try rows.reduce(into: [UUID: [Commitment]]()) { found, row in
                let commitment = try CommitmentStore.decode(row)
                if let meeting = commitment.details.meetingID { found[meeting, default: []].append(commitment) }
            }
        }
        return (participants, staff, positions, commitments)
    }

    /// Loads whole meetings, in the order of `rows`: their parts in one round trip.
    static func load(_ rows: some Collection<PostgresRow>, on connection: PostgresConnection) async throws -> [Meeting] {
        let meetings = try rows.map(decodeMain)
        guard !meetings.isEmpty else { return [] }
        let reads = partQueries(meetings.map(\.metadata.id))
        let (participants, staff, positions, commitments) = try await connection.run(
            reads.participants, reads.staff, reads.positions, reads.commitments)
        return assemble(meetings, Parts(participants: participants, staff: staff, positions: positions, commitments: commitments))
    }

    /// Meetings as read, with their parts put in place.
    static func assemble(_ meetings: [Meeting], _ parts: Parts) -> [Meeting] {
        var meetings = meetings
        for index in meetings.indices {
            let id = meetings[index].metadata.id
            meetings[index].participants = parts.participants[id] ?? []
            meetings[index].staff = parts.staff[id] ?? []
            meetings[index].positions = parts.positions[id] ?? []
            meetings[index].commitments = parts.commitments[id] ?? []
            meetings[index].details.participants = meetings[index].participants.map(\.id)
            meetings[index].details.staff = meetings[index].staff.map(\.id)
            meetings[index].details.positions = meetings[index].positions.map {
                PositionDraft(stakeholderID: $0.stakeholder.id, issueID: $0.issueID, stance: $0.stance, quote: $0.quote)
            }
        }
        return meetings
    }

    static func stakeholder(_ row: PostgresRow, from column: Int) throws -> StakeholderRef {
        StakeholderRef(
            id: try row.decode(UUID.self, at: column),
            kind: StakeholderRef.Kind(rawValue: try row.decode(String.self, at: column + 1)) ?? .person,
            name: try row.decode(String.self, at: column + 2))
    }

    /// A whole meeting, in one round trip: the meeting and its parts are read together.
    public static func get(_ id: UUID, on connection: PostgresConnection) async throws -> Meeting {
        let reads = partQueries([id])
        let (main, participants, staff, positions, commitments) = try await connection.run(
            PostgresQuery("SELECT \(columns) WHERE m.id = $1", [id]) { try $0.map(decodeMain) },
            reads.participants, reads.staff, reads.positions, reads.commitments)
        guard !main.isEmpty else { throw DomainError.notFound("no meeting with id \(id.uuidString.lowercased())") }
        return assemble(main, Parts(participants: participants, staff: staff, positions: positions, commitments: commitments))[0]
    }

    /// Checks every reference of a meeting against the database and reports all problems at once.
    static func checkReferences(
        _ details: MeetingDetails, commitments: [CommitmentDetails],
        existing existingPositions: PostgresQuery<Set<PositionKey>> = .answered([]), on connection: PostgresConnection
    ) async throws -> (participants: [UUID: StakeholderRef.Kind], owners: [UUID: StakeholderRef.Kind]) {
        var problems: [FieldProblem] = []
        if try await !TimeZones.isKnown(details.timeZone, on: connection) {
            problems.append(FieldProblem(field: "timeZone", reason: "'\(details.timeZone)' is not a time zone (use an IANA name such as Asia/Dushanbe)"))
        }
        // Every reference is read in one round trip.
        let commitmentReads = CommitmentStore.referenceQueries(commitments)
        let (region, found, staff, issues, owners, commitmentIssues, commitmentMeetings, existing) = try await connection.run(
            ReferenceStore.checking(details.region, in: .regions, field: "region"),
            StakeholderResolver.resolving(details.participants, includeUsers: false),
            StakeholderResolver.resolving(details.staff, includeUsers: true),
            ExistenceCheck.checking(details.positions.map(\.issueID), in: .issues),
            commitmentReads.owners, commitmentReads.issues, commitmentReads.meetings, existingPositions)
        if let region { problems.append(region) }
        for (index, id) in details.participants.enumerated() {
            guard let stakeholder = found[id] else {
                problems.append(FieldProblem(field: "participants/\(index)", reason: "no person or organisation has this id"))
                continue
            }
            if let kept = stakeholder.mergedInto {
                problems.append(FieldProblem(
                    field: "participants/\(index)",
                    reason: "\(stakeholder.ref.name) was merged into \(kept.uuidString.lowercased()); name that record instead"))
            } else if let archived = stakeholder.archivedAt, archived < details.startsAt {
                problems.append(
                    FieldProblem(
                        field: "participants/\(index)",
                        reason: "\(stakeholder.ref.name) was archived before the meeting; restore the record first"))
            }
        }
        for (index, id) in details.staff.enumerated() where staff[id]?.ref.kind != .user {
            problems.append(FieldProblem(field: "staff/\(index)", reason: "no staff member has this id"))
        }
        for (index, position) in details.positions.enumerated() {
            if issues.missing.contains(position.issueID) {
                problems.append(FieldProblem(field: "positions/\(index)/issueId", reason: "no such issue"))
            } else if issues.archived.contains(position.issueID),
                !existing.contains(PositionKey(stakeholder: position.stakeholderID, issue: position.issueID))
            {
                // Positions recorded before the issue was archived stay editable; new ones are refused.
                problems.append(FieldProblem(field: "positions/\(index)/issueId", reason: "the issue is archived"))
            }
        }
        let (ownerKinds, commitmentProblems) = CommitmentStore.problems(
            commitments.enumerated().map { ($0.element, "commitments/\($0.offset)/") }, owners: owners,
            issues: commitmentIssues.missing, meetings: commitmentMeetings.missing)
        problems += commitmentProblems
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        return (found.mapValues(\.ref.kind), ownerKinds)
    }

    /// Queues the writes of participants, staff and positions (`sendWithNext`), one statement
    /// each whatever their number, to go out with the next statement; `replacing` first removes
    /// the ones there were.
    static func queueParts(
        _ id: UUID, _ details: MeetingDetails, kinds: [UUID: StakeholderRef.Kind], replacing: Bool, on connection: PostgresConnection
    ) {
        func kind(_ stakeholder: UUID) -> String { kinds[stakeholder] == .person ? "person" : "organization" }
        if replacing {
            connection.sendWithNext("DELETE FROM positions WHERE meeting_id = $1", [id])
            connection.sendWithNext("DELETE FROM meeting_participants WHERE meeting_id = $1", [id])
            connection.sendWithNext("DELETE FROM meeting_staff WHERE meeting_id = $1", [id])
        }
        connection.sendWithNext(
            """
            INSERT INTO meeting_participants (meeting_id, person_id, organization_id, listing_order)
            SELECT $1, CASE WHEN k = 'person' THEN s END, CASE WHEN k <> 'person' THEN s END, n - 1
            FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS p(s, k, n)
            """, [id, details.participants.map(\.uuidString), details.participants.map(kind)])
        if !details.staff.isEmpty {
            connection.sendWithNext(
                "INSERT INTO meeting_staff (meeting_id, user_id) SELECT $1, u FROM unnest($2::uuid[]) AS u",
                [id, details.staff.map(\.uuidString)])
        }
        if !details.positions.isEmpty {
            let positions = details.positions
            connection.sendWithNext(
                """
                INSERT INTO positions (meeting_id, issue_id, person_id, organization_id, stance, quote, stated_at)
                SELECT $1, i, CASE WHEN k = 'person' THEN s END, CASE WHEN k <> 'person' THEN s END, st::smallint, q, $2
                FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[]) AS p(s, i, k, st, q)
                """,
                [id, details.startsAt, positions.map(\.stakeholderID.uuidString), positions.map(\.issueID.uuidString),
                 positions.map { kind($0.stakeholderID) }, positions.map { String($0.stance.rawValue) }, positions.map(\.quote)])
        }
    }

    /// Records a meeting with its participants, staff, positions and commitments, all or nothing.
    ///
    /// Two round trips: every reference read at once (refusals are made here), then every write
    /// and the meeting read back together, with `endingTransaction` the `COMMIT` too. The id is
    /// made here (time-ordered, so that the index on it grows at its end), so no write waits for
    /// another's result.
    public static func create(
        _ details: MeetingDetails, commitments: [CommitmentDetails], endingTransaction: Bool = false, on connection: PostgresConnection
    ) async throws -> Meeting {
        let (kinds, owners) = try await checkReferences(details, commitments: commitments, on: connection)
        let id = UUID.timeOrdered()
        connection.sendWithNext(
            """
            INSERT INTO meetings (id, kind, starts_at, time_zone, duration_minutes, place, region, subject, notes, objectives, confidentiality)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """,
            [id, details.kind.rawValue, details.startsAt, details.timeZone, details.durationMinutes, details.place, details.region,
             details.subject, details.notes, details.objectives.map(\.rawValue), details.confidentiality.rawValue])
        queueParts(id, details, kinds: kinds, replacing: false, on: connection)
        for var commitment in commitments {
            commitment.meetingID = id
            let insert = CommitmentStore.insertStatement(commitment, ownerKind: commitment.owedBy.flatMap { owners[$0] })
            connection.sendWithNext(insert.sql, insert.parameters)
        }
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }

    /// Replaces a meeting's details, participants, staff and positions. Its commitments stay.
    /// Two round trips: the row's lock and checks with every reference; the writes with the read
    /// back, and with `endingTransaction` the `COMMIT` (nothing refuses after the first).
    public static func update(
        _ id: UUID, _ details: MeetingDetails, expectedVersion: Set<Int>?, endingTransaction: Bool = false,
        on connection: PostgresConnection
    ) async throws -> Meeting {
        RecordLock.queueForEdit(
            .meetings, id: id, expectedVersion: expectedVersion, archived: "the meeting is archived; restore it before editing", on: connection)
        // The positions it has now (an archived issue may keep those) are read with the references.
        let existing = PostgresQuery("SELECT stakeholder_id, issue_id FROM positions WHERE meeting_id = $1", [id]) { rows in
            Set(try rows.map { PositionKey(stakeholder: try $0.decode(UUID.self, at: 0), issue: try $0.decode(UUID.self, at: 1)) })
        }
        let (kinds, _) = try await checkReferences(details, commitments: [], existing: existing, on: connection)
        // The parts first: while the meeting still has its old classification, the trail records
        // the replaced positions at that level.
        queueParts(id, details, kinds: kinds, replacing: true, on: connection)
        // Everything goes with the read back.
        connection.sendWithNext(
            """
            UPDATE meetings SET kind = $2, starts_at = $3, time_zone = $4, duration_minutes = $5, place = $6, region = $7,
                subject = $8, notes = $9, objectives = $10, confidentiality = $11, version = version + 1, updated_at = now()
            WHERE id = $1
            """,
            [id, details.kind.rawValue, details.startsAt, details.timeZone, details.durationMinutes, details.place,
             details.region, details.subject, details.notes, details.objectives.map(\.rawValue),
             details.confidentiality.rawValue])
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }

    public static func setArchived(
        _ archived: Bool, _ id: UUID, expectedVersion: Set<Int>?, endingTransaction: Bool = false, on connection: PostgresConnection
    ) async throws -> Meeting {
        RecordLock.setArchived(archived, .meetings, id: id, expectedVersion: expectedVersion, on: connection)
        if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
        return try await get(id, on: connection)
    }

    public struct Filter: Sendable {
        public var text: String?
        public var stakeholder: UUID?
        public var issue: UUID?
        public var sector: String?
        public var region: String?
        public var objective: String?
        public var from: CalendarDate?
        public var to: CalendarDate?
        public var archived = false
        public var limit: Int?
        public var cursor: String?

        public init(
            text: String? = nil, stakeholder: UUID? = nil, issue: UUID? = nil, sector: String? = nil, region: String? = nil,
            objective: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil, archived: Bool = false,
            limit: Int? = nil, cursor: String? = nil
        ) {
            self.text = text
            self.stakeholder = stakeholder
            self.issue = issue
            self.sector = sector
            self.region = region
            self.objective = objective
            self.from = from
            self.to = to
            self.archived = archived
            self.limit = limit
            self.cursor = cursor
        }
    }

    /// Newest first. Dates are compared in each meeting's own time zone.
    /// A page of meetings with their parts: the page, then the parts of every meeting on it at
    /// once. With `endingTransaction` (a read-only transaction that reads nothing after), the
    /// parts go with its `COMMIT` (`commitWithNextRoundTrip`).
    public static func list(_ filter: Filter, endingTransaction: Bool = false, on connection: PostgresConnection) async throws -> Page<Meeting> {
        let limit = try PageSize.validated(filter.limit)
        let after = try Cursor.decode(filter.cursor, count: 2, idAt: 1) { Date.parsePostgresTimestamp($0[0]) != nil }
        if let objective = filter.objective, Objective(rawValue: objective) == nil {
            throw DomainError.invalid([FieldProblem(field: "objective", reason: "'\(objective)' is not an objective (a, b, c or d)")])
        }
        let rows = try await connection.query(
            """
            SELECT \(columns)
            WHERE (m.archived_at IS NOT NULL) = $1
              AND ($2::text IS NULL OR strpos(lower(unaccent(m.subject || ' ' || m.notes)), lower(unaccent($2))) > 0)
              AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp.meeting_id = m.id AND mp.stakeholder_id = $3))
              AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM positions ps WHERE ps.meeting_id = m.id AND ps.issue_id = $4))
              AND ($5::text IS NULL OR EXISTS (
                    SELECT 1 FROM meeting_participants mp
                    LEFT JOIN affiliations a ON a.person_id = mp.person_id AND a.archived_at IS NULL
                        AND coalesce(a.valid_from, '-infinity') <= (m.starts_at AT TIME ZONE m.time_zone)::date
                        AND coalesce(a.valid_to, 'infinity') >= (m.starts_at AT TIME ZONE m.time_zone)::date
                    JOIN organizations o ON o.id = coalesce(mp.organization_id, a.organization_id)
                    WHERE mp.meeting_id = m.id AND o.sector = $5))
              AND ($6::text IS NULL OR m.region = $6)
              AND ($7::text IS NULL OR $7 = ANY (m.objectives))
              AND ($8::date IS NULL OR (m.starts_at AT TIME ZONE m.time_zone)::date >= $8)
              AND ($9::date IS NULL OR (m.starts_at AT TIME ZONE m.time_zone)::date <= $9)
              AND ($10::text IS NULL OR (m.starts_at, m.id) < ($10::timestamptz, $11::uuid))
            ORDER BY m.starts_at DESC, m.id DESC
            LIMIT $12
            """,
            [filter.archived, filter.text.nonEmpty, filter.stakeholder, filter.issue, filter.sector, filter.region,
             filter.objective, filter.from.map(PostgresDate.init), filter.to.map(PostgresDate.init), after?[0], after?[1],
             limit + 1])
        if endingTransaction { connection.commitWithNextRoundTrip() }
        let meetings = try await load(rows.prefix(limit), on: connection)
        var next: String?
        if rows.count > limit, let last = meetings.last {
            next = Cursor.encode([try rows[limit - 1].decode(String?.self, at: 17) ?? "", last.metadata.id.uuidString])
        }
        return Page(items: meetings, nextCursor: next)
    }
}
