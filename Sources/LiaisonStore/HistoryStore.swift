import Foundation
import LiaisonDomain
import LiaisonPostgres

/// The latest stance of each stakeholder on each issue as of a date.
public struct CurrentStance: Hashable, Sendable {
    public var stakeholder: StakeholderRef
    public var issueID: UUID
    public var issueTitle: String
    public var stance: Stance
    public var quote: String
    public var meetingID: UUID
    public var statedAt: Date
}

/// One event in a stakeholder's history.
public struct TimelineEntry: Hashable, Sendable {
    public enum Kind: String, Sendable { case meeting, position, commitment }
    public var kind: Kind
    public var at: Date
    public var meetingID: UUID?
    public var summary: String
    public var issueID: UUID?
    public var stance: Stance?
    public var quote: String?
    public var commitmentID: UUID?
    public var status: CommitmentStatus?
    public var dueOn: CalendarDate?
}

/// Stances and timelines: reads across meetings, positions and commitments.
public enum HistoryStore {
    /// The latest position per stakeholder and issue up to the end of `asOf` (UTC), from
    /// meetings that are not archived. Walks `positions_latest_idx` per stakeholder and issue.
    public static func stances(
        asOf: CalendarDate, issue: UUID?, stakeholder: UUID?, sector: String?, on connection: PostgresConnection
    ) async throws -> [CurrentStance] {
        // The latest position first, then the filters on who spoke: a filter applied before
        // choosing the latest would bring back a stance that is no longer current.
        let rows = try await connection.query(
            """
            SELECT latest.stakeholder_id, \(StakeholderResolver.kindAndName), latest.issue_id, i.title, latest.stance,
                latest.quote, latest.meeting_id, latest.stated_at
            FROM (
                SELECT DISTINCT ON (ps.stakeholder_id, ps.issue_id)
                    ps.stakeholder_id, ps.person_id, ps.organization_id, ps.issue_id, ps.stance, ps.quote, ps.meeting_id,
                    ps.stated_at, (m.starts_at AT TIME ZONE m.time_zone)::date AS local_date
                FROM positions ps
                JOIN meetings m ON m.id = ps.meeting_id AND m.archived_at IS NULL
                WHERE ps.stated_at < ($1::date + 1)::timestamptz
                  AND ($2::uuid IS NULL OR ps.issue_id = $2)
                  AND ($3::uuid IS NULL OR ps.stakeholder_id = $3)
                -- Two positions at one moment (two meetings at one time): the later meeting's id
                -- wins, as in the summary.
                ORDER BY ps.stakeholder_id, ps.issue_id, ps.stated_at DESC, ps.meeting_id DESC
            ) latest
            JOIN issues i ON i.id = latest.issue_id
            LEFT JOIN people p ON p.id = latest.person_id
            LEFT JOIN organizations o ON o.id = latest.organization_id
            WHERE $4::text IS NULL OR o.sector = $4 OR EXISTS (
                SELECT 1 FROM affiliations a JOIN organizations ao ON ao.id = a.organization_id
                WHERE a.person_id = latest.person_id AND a.archived_at IS NULL AND ao.sector = $4
                  AND coalesce(a.valid_from, '-infinity') <= latest.local_date
                  AND coalesce(a.valid_to, 'infinity') >= latest.local_date)
            """, [PostgresDate(asOf), issue, stakeholder, sector])
        let stances = try rows.map { row in
            CurrentStance(
                stakeholder: try MeetingStore.stakeholder(row, from: 0), issueID: try row.decode(UUID.self, at: 3),
                issueTitle: try row.decode(String.self, at: 4),
                stance: Stance(rawValue: try row.decode(Int.self, at: 5)) ?? .neutral, quote: try row.decode(String.self, at: 6),
                meetingID: try row.decode(UUID.self, at: 7), statedAt: try row.decode(Date.self, at: 8))
        }
        return stances.sorted { ($0.issueTitle, $0.stakeholder.name) < ($1.issueTitle, $1.stakeholder.name) }
    }

    /// Meetings, positions and commitments of one person or organisation, newest first: a
    /// query, to go in one round trip with the stakeholder's check.
    public static func timeline(of stakeholder: UUID, limit: Int?) throws -> PostgresQuery<[TimelineEntry]> {
        let limit = limit ?? 200
        guard (1...1000).contains(limit) else {
            throw DomainError.invalid([FieldProblem(field: "limit", reason: "must be between 1 and 1000 (got \(limit))")])
        }
        return PostgresQuery(
            """
            SELECT 'meeting', m.starts_at, m.id, m.subject, NULL::uuid, NULL::smallint, NULL::text, NULL::uuid, NULL::text, NULL::date
            FROM meetings m JOIN meeting_participants mp ON mp.meeting_id = m.id
            WHERE mp.stakeholder_id = $1 AND m.archived_at IS NULL
            UNION ALL
            SELECT 'position', ps.stated_at, ps.meeting_id, i.title, ps.issue_id, ps.stance, ps.quote, NULL, NULL, NULL
            FROM positions ps JOIN issues i ON i.id = ps.issue_id JOIN meetings m ON m.id = ps.meeting_id AND m.archived_at IS NULL
            WHERE ps.stakeholder_id = $1
            UNION ALL
            SELECT 'commitment', coalesce(m.starts_at, c.created_at), c.meeting_id, c.description, c.issue_id, NULL, NULL,
                   c.id, c.status, c.due_on
            FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id
            WHERE c.archived_at IS NULL AND (m.id IS NULL OR m.archived_at IS NULL)
              AND c.id IN (
                  SELECT id FROM commitments
                  WHERE owed_by = $1
                  UNION
                  SELECT c2.id FROM commitments c2 JOIN meeting_participants mp ON mp.meeting_id = c2.meeting_id
                  WHERE mp.stakeholder_id = $1)
            ORDER BY 2 DESC, 1
            LIMIT $2
            """, [stakeholder, limit]
        ) { rows in try rows.map { row in
            let kind = TimelineEntry.Kind(rawValue: try row.decode(String.self, at: 0)) ?? .meeting
            let stance = try row.decode(Int?.self, at: 5).flatMap(Stance.init(rawValue:))
            var summary = try row.decode(String.self, at: 3)
            if kind == .position, let stance { summary = "\(stance.label) on \(summary)" }
            return TimelineEntry(
                kind: kind, at: try row.decode(Date.self, at: 1), meetingID: try row.decode(UUID?.self, at: 2),
                summary: summary, issueID: try row.decode(UUID?.self, at: 4), stance: stance,
                quote: try row.decode(String?.self, at: 6), commitmentID: try row.decode(UUID?.self, at: 7),
                status: try row.decode(String?.self, at: 8).flatMap(CommitmentStatus.init(rawValue:)),
                dueOn: try row.decode(PostgresDate?.self, at: 9).map(CalendarDate.init))
        } }
    }
}
