import Foundation
import LiaisonDomain
import LiaisonPostgres

/// Reads the facts the consensus summary is computed from. Run it in one read-only snapshot on a
/// request connection, so that row-level security leaves out what the caller may not see (a
/// confidential meeting's participants, positions and follow-ups are simply not there).
public enum SummaryStore {
    /// A meeting's date where it took place.
    static let localDate = "(m.starts_at AT TIME ZONE m.time_zone)::date"

    /// The organisations a person represented on a date, as text ids, each once. Archived ones
    /// are included, so that the domain can tell "spoke for an organisation since archived" (does
    /// not count) from "spoke for no one" (counts as an individual).
    static func representing(person: String, on date: String) -> String {
        """
        CASE WHEN \(person) IS NULL THEN '{}'::text[] ELSE ARRAY(
            SELECT DISTINCT a.organization_id::text FROM affiliations a
            WHERE a.person_id = \(person) AND a.archived_at IS NULL
              AND coalesce(a.valid_from, '-infinity') <= \(date) AND coalesce(a.valid_to, 'infinity') >= \(date)
            ORDER BY 1) END
        """
    }

    /// The default zone of meetings in the schema, for dates of records kept without a meeting.
    static let missionZone = "'Asia/Dushanbe'"

    public static func facts(
        from: CalendarDate, to: CalendarDate, gapDays: Int, issue: UUID?, sector: String?, region: String?,
        on connection: PostgresConnection
    ) async throws -> SummaryFacts {
        let (fromDate, toDate) = (PostgresDate(from), PostgresDate(to))
        var unknown: [FieldProblem] = []
        if let sector, try await connection.query("SELECT 1 FROM sectors WHERE slug = $1", [sector]).isEmpty {
            unknown.append(FieldProblem(field: "sector", reason: "there is no sector '\(sector)' (see /v1/sectors)"))
        }
        if let region, try await connection.query("SELECT 1 FROM regions WHERE slug = $1", [region]).isEmpty {
            unknown.append(FieldProblem(field: "region", reason: "there is no region '\(region)' (see /v1/regions)"))
        }
        if !unknown.isEmpty { throw DomainError.invalid(unknown) }

        let issues = try await connection.query(
            "SELECT id, title FROM issues WHERE archived_at IS NULL AND ($1::uuid IS NULL OR id = $1) ORDER BY lower(title), id", [issue]
        ).map { (id: try $0.decode(UUID.self, at: 0), title: try $0.decode(String.self, at: 1)) }

        let influence = """
            (SELECT r.rating FROM influence_ratings r WHERE r.stakeholder_id = s.id AND r.as_of <= $1
             ORDER BY r.as_of DESC, r.id DESC LIMIT 1)
            """
        let stakeholders = try await connection.query(
            """
            SELECT s.id, 'organization', s.name, s.sector, s.region, \(influence) FROM organizations s WHERE s.archived_at IS NULL
            UNION ALL
            SELECT s.id, 'person', s.name, NULL, NULL, \(influence) FROM people s WHERE s.archived_at IS NULL
            ORDER BY 1
            """, [toDate]
        ).map { row in
            SummaryFacts.Stakeholder(
                id: try row.decode(UUID.self, at: 0), kind: SummaryFacts.Stakeholder.Kind(rawValue: try row.decode(String.self, at: 1)) ?? .person,
                name: try row.decode(String.self, at: 2), sector: try row.decode(String?.self, at: 3), region: try row.decode(String?.self, at: 4),
                influence: try row.decode(Int?.self, at: 5))
        }

        func position(_ row: PostgresRow) throws -> SummaryFacts.Position {
            SummaryFacts.Position(
                stakeholderID: try row.decode(UUID.self, at: 0), issueID: try row.decode(UUID.self, at: 1), stance: try row.decode(Int.self, at: 2),
                statedAt: try row.decode(Date.self, at: 3), date: CalendarDate(try row.decode(PostgresDate.self, at: 4)),
                meetingID: try row.decode(UUID.self, at: 5), quote: try row.decode(String.self, at: 6),
                representing: try row.decode([String].self, at: 7).compactMap(UUID.init(uuidString:)))
        }

        // Before the period: each stakeholder's latest position on each issue, in one pass over the
        // positions before `from` (latest_positions_before, which keeps to the request's clearance).
        // Their quotes are not read: only positions in the period are quoted.
        let baseline = try await connection.query(
            """
            SELECT b.stakeholder_id, b.issue_id, b.stance, b.stated_at, b.local_date, b.meeting_id, '', b.representing
            FROM latest_positions_before($1, $2) b
            """, [fromDate, issue]
        ).map(position)

        // In the period: every position, from positions_stated_at_idx.
        let changes = try await connection.query(
            """
            SELECT ps.stakeholder_id, ps.issue_id, ps.stance, ps.stated_at, \(localDate), ps.meeting_id, ps.quote,
                   \(representing(person: "ps.person_id", on: localDate))
            FROM positions ps
            JOIN meetings m ON m.id = ps.meeting_id AND m.archived_at IS NULL
            JOIN issues i ON i.id = ps.issue_id AND i.archived_at IS NULL AND ($3::uuid IS NULL OR i.id = $3)
            WHERE ps.stated_at >= ($1::date - 2)::timestamptz AND ps.stated_at < ($2::date + 2)::timestamptz
              AND \(localDate) BETWEEN $1 AND $2
            ORDER BY ps.stated_at, ps.meeting_id, ps.stakeholder_id, ps.issue_id
            """, [fromDate, toDate, issue]
        ).map(position)

        var meetings: [SummaryFacts.Meeting] = []
        for row in try await connection.query(
            """
            SELECT m.id, \(localDate), m.region, mp.stakeholder_id, \(representing(person: "mp.person_id", on: localDate))
            FROM meetings m JOIN meeting_participants mp ON mp.meeting_id = m.id
            WHERE m.archived_at IS NULL AND m.starts_at >= ($1::date - 2)::timestamptz AND m.starts_at < ($2::date + 2)::timestamptz
              AND \(localDate) BETWEEN $1 AND $2
            ORDER BY m.starts_at, m.id, mp.listing_order
            """, [fromDate, toDate])
        {
            let id = try row.decode(UUID.self, at: 0)
            let participant = SummaryFacts.Meeting.Participant(
                try row.decode(UUID.self, at: 3), representing: try row.decode([String].self, at: 4).compactMap(UUID.init(uuidString:)))
            if meetings.last?.id == id {
                meetings[meetings.count - 1].participants.append(participant)
            } else {
                meetings.append(.init(id: id, date: CalendarDate(try row.decode(PostgresDate.self, at: 1)),
                                      region: try row.decode(String?.self, at: 2), participants: [participant]))
            }
        }

        // When those met in the period were first met at all: one walk up meeting_participants_when_idx each.
        let met = Array(Set(meetings.flatMap { $0.participants.map(\.stakeholderID.uuidString) })).sorted()
        var firstMet: [UUID: CalendarDate] = [:]
        for row in try await connection.query(
            """
            SELECT s.id, first.day
            FROM unnest($1::text[]::uuid[]) AS s(id)
            CROSS JOIN LATERAL (
                SELECT \(localDate) AS day
                FROM meeting_participants mp JOIN meetings m ON m.id = mp.meeting_id AND m.archived_at IS NULL
                WHERE mp.stakeholder_id = s.id
                ORDER BY mp.starts_at, mp.meeting_id
                LIMIT 1) first
            """, [met])
        {
            firstMet[try row.decode(UUID.self, at: 0)] = CalendarDate(try row.decode(PostgresDate.self, at: 1))
        }

        // Each organisation's latest meeting up to `to`: itself, or a person (not archived)
        // representing it that day. Most organisations were met within the gap window (the last
        // `gapDays` days), so one read of the window's meetings answers for them; only those not met
        // there are looked for further back, each a walk down meeting_participants_when_idx from the
        // window's start, stopping at the first meeting that qualifies.
        var lastMet: [UUID: CalendarDate] = [:]
        for row in try await connection.query(
            """
            WITH recent AS (
                SELECT coalesce(a.organization_id, mp.stakeholder_id) AS id, max(\(localDate)) AS day
                FROM meetings m
                JOIN meeting_participants mp ON mp.meeting_id = m.id
                LEFT JOIN (affiliations a JOIN people p ON p.id = a.person_id AND p.archived_at IS NULL)
                       ON a.person_id = mp.stakeholder_id AND a.archived_at IS NULL
                      AND \(localDate) BETWEEN coalesce(a.valid_from, '-infinity') AND coalesce(a.valid_to, 'infinity')
                WHERE m.archived_at IS NULL
                  AND m.starts_at >= ($2::date - 2)::timestamptz AND m.starts_at < ($1::date + 2)::timestamptz
                  AND \(localDate) BETWEEN $2 AND $1
                GROUP BY 1
            )
            SELECT o.id, coalesce(recent.day, greatest(direct.day, via.day))
            FROM organizations o
            LEFT JOIN recent ON recent.id = o.id
            LEFT JOIN LATERAL (
                SELECT \(localDate) AS day
                FROM meeting_participants mp JOIN meetings m ON m.id = mp.meeting_id AND m.archived_at IS NULL
                WHERE recent.id IS NULL
                  AND mp.stakeholder_id = o.id AND mp.starts_at < ($2::date + 2)::timestamptz AND \(localDate) < $2
                ORDER BY mp.starts_at DESC
                LIMIT 1) direct ON true
            LEFT JOIN LATERAL (
                SELECT max(latest.day) AS day
                FROM affiliations a
                JOIN people p ON p.id = a.person_id AND p.archived_at IS NULL
                CROSS JOIN LATERAL (
                    SELECT \(localDate) AS day
                    FROM meeting_participants mp JOIN meetings m ON m.id = mp.meeting_id AND m.archived_at IS NULL
                    WHERE mp.stakeholder_id = a.person_id
                      AND mp.starts_at < (least(coalesce(a.valid_to, $2), $2) + 2)::timestamptz
                      AND mp.starts_at >= (coalesce(a.valid_from, '-infinity'::date) - 2)::timestamptz
                      AND \(localDate) < $2
                      AND \(localDate) BETWEEN coalesce(a.valid_from, '-infinity') AND coalesce(a.valid_to, 'infinity')
                    ORDER BY mp.starts_at DESC
                    LIMIT 1) latest
                WHERE recent.id IS NULL AND a.organization_id = o.id AND a.archived_at IS NULL) via ON true
            WHERE o.archived_at IS NULL AND coalesce(recent.day, greatest(direct.day, via.day)) IS NOT NULL
            """, [toDate, PostgresDate(to.adding(days: 1 - gapDays))])
        {
            lastMet[try row.decode(UUID.self, at: 0)] = CalendarDate(try row.decode(PostgresDate.self, at: 1))
        }

        // Follow-ups that can count: open ones, and those made or closed in the period. Four
        // index-backed reads, not a pass over all follow-ups ever made.
        let commitments = try await connection.query(
            """
            WITH picked AS (
                SELECT id FROM commitments WHERE status = 'open'
                UNION
                SELECT c.id FROM meetings m JOIN commitments c ON c.meeting_id = m.id
                WHERE m.starts_at >= ($1::date - 2)::timestamptz AND m.starts_at < ($2::date + 2)::timestamptz
                UNION
                SELECT id FROM commitments
                WHERE meeting_id IS NULL AND created_at >= ($1::date - 2)::timestamptz AND created_at < ($2::date + 2)::timestamptz
                UNION
                SELECT id FROM commitments
                WHERE closed_at IS NOT NULL AND closed_at >= ($1::date - 2)::timestamptz AND closed_at < ($2::date + 2)::timestamptz
            )
            SELECT c.id, c.description, coalesce(\(localDate), (c.created_at AT TIME ZONE \(missionZone))::date), c.due_on, c.status,
                   (c.closed_at AT TIME ZONE coalesce(m.time_zone, \(missionZone)))::date, coalesce(u.display_name, p.name, o.name)
            FROM picked JOIN commitments c ON c.id = picked.id
            LEFT JOIN meetings m ON m.id = c.meeting_id
            LEFT JOIN issues i ON i.id = c.issue_id
            LEFT JOIN users u ON u.id = c.owed_by_user_id
            LEFT JOIN people p ON p.id = c.owed_by_person_id
            LEFT JOIN organizations o ON o.id = c.owed_by_organization_id
            WHERE c.archived_at IS NULL AND (m.id IS NULL OR m.archived_at IS NULL) AND (i.id IS NULL OR i.archived_at IS NULL)
              AND ($3::uuid IS NULL OR c.issue_id = $3)
            ORDER BY c.id
            """, [fromDate, toDate, issue]
        ).map { row in
            SummaryFacts.Commitment(
                id: try row.decode(UUID.self, at: 0), description: try row.decode(String.self, at: 1),
                openedOn: CalendarDate(try row.decode(PostgresDate.self, at: 2)), dueOn: try row.decode(PostgresDate?.self, at: 3).map(CalendarDate.init),
                status: CommitmentStatus(rawValue: try row.decode(String.self, at: 4)) ?? .open,
                closedOn: try row.decode(PostgresDate?.self, at: 5).map(CalendarDate.init), owner: try row.decode(String?.self, at: 6))
        }

        return SummaryFacts(
            from: from, to: to, gapDays: gapDays, sector: sector, region: region, issues: issues, stakeholders: stakeholders,
            baseline: baseline, changes: changes, meetings: meetings, firstMet: firstMet, lastMet: lastMet, commitments: commitments)
    }
}
