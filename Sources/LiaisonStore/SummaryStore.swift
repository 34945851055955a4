import Foundation
import LiaisonDomain
import LiaisonPostgres

/// Reads the facts the consensus summary is computed from. Run it in one read-only snapshot on a
/// request connection, so that row-level security leaves out what the caller may not see (a
/// confidential meeting's participants, positions and follow-ups are simply not there).
///
/// Three round trips: the filters' checks, the issues and who represented whom; every read
/// of the period (the large ones folded as their rows arrive); the people those name, with the
/// transaction's `COMMIT` when `endingTransaction` says nothing is read after.
///
/// The kept state it reads (stances, first meetings, organisations met, follow-ups' days) counts
/// only the writes whose notes were worked out: call `KeptState.catchUp` first, outside the
/// transaction, as the server does before every summary it reads on the primary.
public enum SummaryStore {
    /// A meeting's date where it took place.
    static let localDate = "(m.starts_at AT TIME ZONE m.time_zone)::date"

    public static func facts(
        from: CalendarDate, to: CalendarDate, gapDays: Int, issue: UUID?, sector: String?, region: String?, top: Int,
        endingTransaction: Bool = false, on connection: PostgresConnection
    ) async throws -> SummaryFacts {
        let (fromDate, toDate) = (PostgresDate(from), PostgresDate(to))
        // Who represented which organisation, and when, is read first, so that the many
        // positions and participants below need no lookup each in the database.
        let (sectorProblem, regionProblem, issues, representation) = try await connection.run(
            ReferenceStore.checking(sector, in: .sectors, field: "sector"),
            ReferenceStore.checking(region, in: .regions, field: "region"),
            PostgresQuery(
                "SELECT id, title FROM issues WHERE archived_at IS NULL AND ($1::uuid IS NULL OR id = $1) ORDER BY lower(title), id", [issue]
            ) { rows in try rows.map { (id: try $0.decode(UUID.self, at: 0), title: try $0.decode(String.self, at: 1)) } },
            Representation.reading)
        let unknown = [sectorProblem, regionProblem].compactMap { $0 }
        if !unknown.isEmpty { throw DomainError.invalid(unknown) }

        let influence = """
            (SELECT r.rating FROM influence_ratings r WHERE r.stakeholder_id = s.id AND r.as_of <= $1
             ORDER BY r.as_of DESC, r.id DESC LIMIT 1)
            """
        let stakeholder: @Sendable (PostgresRow) throws -> SummaryFacts.Stakeholder = { row in
            SummaryFacts.Stakeholder(
                id: try row.decode(UUID.self, at: 0), kind: SummaryFacts.Stakeholder.Kind(rawValue: try row.decode(String.self, at: 1)) ?? .person,
                name: try row.decode(String.self, at: 2), sector: try row.decode(String?.self, at: 3), region: try row.decode(String?.self, at: 4),
                influence: try row.decode(Int?.self, at: 5))
        }
        let position: @Sendable (PostgresRow) throws -> SummaryFacts.Position = { row in
            let date = CalendarDate(try row.decode(PostgresDate.self, at: 4))
            return SummaryFacts.Position(
                stakeholderID: try row.decode(UUID.self, at: 0), issueID: try row.decode(UUID.self, at: 1), stance: try row.decode(Int.self, at: 2),
                statedAt: try row.decode(Date.self, at: 3), date: date, meetingID: try row.decode(UUID.self, at: 5),
                quote: try row.decode(String.self, at: 6), representing: representation.organizations(of: try row.decode(UUID?.self, at: 7), on: date))
        }

        // The reads of the period, in one round trip. Some return up to a million rows at scale:
        // each is folded as its rows arrive rather than held whole.
        let (organizations, held, stanceBefore, changes, meetings, firstMet, lastMet, commitments) = try await connection.run(
            // Every organisation (each can be a gap); the people come after, once it is known
            // which the period needs (at scale a hundred thousand people, of whom a quarter met anyone).
            PostgresQuery<[SummaryFacts.Stakeholder]>.decodingEach(
                "SELECT s.id, 'organization', s.name, s.sector, s.region, \(influence) FROM organizations s WHERE s.archived_at IS NULL",
                [toDate], stakeholder),

            // The stances held over the period (from the day before it, for convergence at its
            // start): kept by the database as they change (sql/0009_stance_state.sql), at the
            // request's level.
            PostgresQuery<[UUID: [SummaryFacts.HeldStance]]>.folding(
                """
                SELECT s.holder_id, s.issue_id, s.first_day, nullif(s.end_day, 'infinity'), s.stance
                FROM stance_spans s
                JOIN issues i ON i.id = s.issue_id AND i.archived_at IS NULL AND ($3::uuid IS NULL OR i.id = $3)
                -- The rows worked out for the request's level (the bit is worked out once).
                WHERE s.levels & (SELECT CASE WHEN request_clearance() >= 0 THEN 1 << request_clearance() ELSE 0 END) <> 0
                  AND s.first_day <= $2 AND s.end_day >= $1
                """, [fromDate, toDate, issue], into: [:]
            ) { held, row in
                held[try row.decode(UUID.self, at: 1), default: []].append(SummaryFacts.HeldStance(
                    holderID: try row.decode(UUID.self, at: 0), from: CalendarDate(try row.decode(PostgresDate.self, at: 2)),
                    until: try row.decode(PostgresDate?.self, at: 3).map(CalendarDate.init), stance: try row.decode(Int.self, at: 4)))
            },

            // Who may have moved: a speaker whose own stance (kept by the database as it changes,
            // sql/0011_speaker_stances.sql) the day before the period stopped holding during it.
            // Their stance then; the period's positions say where they ended.
            PostgresQuery<[UUID: [UUID: Int]]>.folding(
                """
                SELECT s.issue_id, s.speaker_id, s.stance
                FROM speaker_stances s
                JOIN issues i ON i.id = s.issue_id AND i.archived_at IS NULL AND ($3::uuid IS NULL OR i.id = $3)
                WHERE s.levels & (SELECT CASE WHEN request_clearance() >= 0 THEN 1 << request_clearance() ELSE 0 END) <> 0
                  AND s.end_day BETWEEN $1 AND $2 AND s.first_day < $1
                """, [fromDate, toDate, issue], into: [:]
            ) { before, row in
                before[try row.decode(UUID.self, at: 0), default: [:]][try row.decode(UUID.self, at: 1)] = try row.decode(Int.self, at: 2)
            },

            // In the period: every position, from positions_stated_at_idx.
            PostgresQuery<[SummaryFacts.Position]>.decodingEach(
                """
                SELECT ps.stakeholder_id, ps.issue_id, ps.stance, ps.stated_at, \(localDate), ps.meeting_id, ps.quote, ps.person_id
                FROM positions ps
                JOIN meetings m ON m.id = ps.meeting_id AND m.archived_at IS NULL
                JOIN issues i ON i.id = ps.issue_id AND i.archived_at IS NULL AND ($3::uuid IS NULL OR i.id = $3)
                WHERE ps.stated_at >= ($1::date - 2)::timestamptz AND ps.stated_at < ($2::date + 2)::timestamptz
                  -- The same bounds on the meetings, so that they too are read by their index rather
                  -- than all converted to their local date (2 s at a million meetings).
                  AND m.starts_at >= ($1::date - 2)::timestamptz AND m.starts_at < ($2::date + 2)::timestamptz
                  AND \(localDate) BETWEEN $1 AND $2
                ORDER BY ps.stated_at, ps.meeting_id, ps.stakeholder_id, ps.issue_id
                """, [fromDate, toDate, issue], position),

            // The period's meetings, a row per participant, in order.
            PostgresQuery<[SummaryFacts.Meeting]>.folding(
                """
                SELECT m.id, \(localDate), m.region, mp.stakeholder_id, mp.person_id
                FROM meetings m JOIN meeting_participants mp ON mp.meeting_id = m.id
                WHERE m.archived_at IS NULL AND m.starts_at >= ($1::date - 2)::timestamptz AND m.starts_at < ($2::date + 2)::timestamptz
                  AND \(localDate) BETWEEN $1 AND $2
                ORDER BY m.starts_at, m.id, mp.listing_order
                """, [fromDate, toDate], into: []
            ) { meetings, row in
                let (id, date) = (try row.decode(UUID.self, at: 0), CalendarDate(try row.decode(PostgresDate.self, at: 1)))
                let participant = SummaryFacts.Meeting.Participant(
                    try row.decode(UUID.self, at: 3), representing: representation.organizations(of: try row.decode(UUID?.self, at: 4), on: date))
                if meetings.last?.id == id {
                    meetings[meetings.count - 1].participants.append(participant)
                } else {
                    meetings.append(.init(id: id, date: date, region: try row.decode(String?.self, at: 2), participants: [participant]))
                }
            },

            // Who was first met at all during the period, as kept for the request's level
            // (sql/0010_first_meetings.sql): the rows whose day falls in it.
            PostgresQuery<[UUID: CalendarDate]>.folding(
                """
                SELECT f.stakeholder_id, f.day FROM first_meetings f
                WHERE f.clearance = request_clearance() AND f.day BETWEEN $1 AND $2
                """, [fromDate, toDate], into: [:]
            ) { first, row in first[try row.decode(UUID.self, at: 0)] = CalendarDate(try row.decode(PostgresDate.self, at: 1)) },

            // Each organisation's latest meeting up to `to`, itself or through a person (not
            // archived) representing it that day, as the database keeps them
            // (sql/0014_organizations_met.sql): one backward step of an index per organisation.
            PostgresQuery<[UUID: CalendarDate]>.folding(
                """
                SELECT o.id, last.day
                FROM organizations o
                CROSS JOIN LATERAL (
                    SELECT om.day FROM organizations_met om
                    WHERE om.organization_id = o.id AND om.day <= $1
                    ORDER BY om.day DESC
                    LIMIT 1) last
                WHERE o.archived_at IS NULL
                """, [toDate], into: [:]
            ) { last, row in last[try row.decode(UUID.self, at: 0)] = CalendarDate(try row.decode(PostgresDate.self, at: 1)) },

            commitmentTotals(from: fromDate, to: toDate, issue: issue, top: top))

        var facts = SummaryFacts(
            from: from, to: to, gapDays: gapDays, sector: sector, region: region, issues: issues, stakeholders: organizations,
            changes: changes, meetings: meetings, firstMet: firstMet, lastMet: lastMet)
        facts.held = held
        facts.stanceBefore = stanceBefore
        facts.commitmentTotals = commitments

        // The people the summary can name or count: those who hold a stance of their own (they
        // spoke for no one), who spoke in the period, or who took part in its meetings; archived
        // people are left out, as everywhere. With the COMMIT, when nothing is read after.
        var people = Set<UUID>()
        for (_, spans) in held { for span in spans where facts.stakeholders[span.holderID] == nil { people.insert(span.holderID) } }
        for position in changes where facts.stakeholders[position.stakeholderID] == nil { people.insert(position.stakeholderID) }
        for meeting in meetings {
            for participant in meeting.participants where facts.stakeholders[participant.stakeholderID] == nil { people.insert(participant.stakeholderID) }
        }
        if endingTransaction { connection.commitWithNextRoundTrip() }
        let named = try await connection.run(PostgresQuery<[SummaryFacts.Stakeholder]>.decodingEach(
            """
            SELECT s.id, 'person', s.name, NULL, NULL, \(influence) FROM people s
            WHERE s.archived_at IS NULL AND s.id = ANY ($2::text[]::uuid[])
            """, [toDate, people.map(\.uuidString)], stakeholder))
        for person in named { facts.stakeholders[person.id] = person }
        return facts
    }

    /// The follow-ups' figures, counted from what the database keeps for them
    /// (sql/0013_followup_days.sql: each follow-up that counts, with the days it was made and
    /// closed), each from an index of its own, under row-level security like every other read;
    /// and the `top` longest overdue, walked in their order. SummaryFacts.commitmentSummary is
    /// the same arithmetic over every follow-up, the model these are checked against.
    static func commitmentTotals(from fromDate: PostgresDate, to toDate: PostgresDate, issue: UUID?, top: Int)
        -> PostgresQuery<Summary.Commitments>
    {
        let counts = """
            FROM followup_days f
            WHERE ($3::uuid IS NULL OR f.issue_id = $3)
              AND (f.issue_id IS NULL OR f.issue_id NOT IN (SELECT i.id FROM issues i WHERE i.archived_at IS NOT NULL))
            """
        return PostgresQuery(
            """
            SELECT (SELECT count(*) \(counts) AND f.opened_on BETWEEN $1 AND $2),
                   (SELECT count(*) \(counts) AND f.status = 'done' AND f.closed_on BETWEEN $1 AND $2 AND f.opened_on <= $2),
                   (SELECT count(*) \(counts) AND f.status = 'open' AND f.opened_on <= $2),
                   (SELECT count(*) \(counts) AND f.status = 'open' AND f.opened_on <= $2 AND f.due_on < $2),
                   late.commitment_id, late.description, late.due_on, coalesce(u.display_name, p.name, o.name)
            FROM (VALUES (1)) AS one (row)
            LEFT JOIN (
                SELECT f.commitment_id, f.description, f.due_on \(counts) AND f.status = 'open' AND f.due_on < $2 AND f.opened_on <= $2
                ORDER BY f.due_on, f.description COLLATE "C", f.commitment_id
                LIMIT $4) late ON true
            LEFT JOIN commitments c ON c.id = late.commitment_id
            LEFT JOIN users u ON u.id = c.owed_by_user_id
            LEFT JOIN people p ON p.id = c.owed_by_person_id
            LEFT JOIN organizations o ON o.id = c.owed_by_organization_id
            ORDER BY late.due_on, late.description COLLATE "C", late.commitment_id
            """, [fromDate, toDate, issue, max(0, top)]
        ) { rows in
            var totals = Summary.Commitments(opened: 0, done: 0, open: 0, overdue: 0, overdueItems: [])
            for row in rows {
                (totals.opened, totals.done, totals.open, totals.overdue) = (
                    try row.decode(Int.self, at: 0), try row.decode(Int.self, at: 1), try row.decode(Int.self, at: 2), try row.decode(Int.self, at: 3))
                guard let id = try row.decode(UUID?.self, at: 4) else { continue }
                totals.overdueItems.append(.init(
                    id: id, description: try row.decode(String.self, at: 5), dueOn: try row.decode(PostgresDate?.self, at: 6).map(CalendarDate.init),
                    owner: try row.decode(String?.self, at: 7)))
            }
            return totals
        }
    }
}

/// Every affiliation not archived, by person: which organisations a person represented on a day.
/// Archived organisations are included, so that the domain can tell "spoke for an organisation
/// since archived" (does not count) from "spoke for no one" (counts as an individual).
struct Representation: Sendable {
    private var byPerson: [UUID: [(organization: UUID, from: CalendarDate?, to: CalendarDate?)]] = [:]

    /// Read from every affiliation, folded as the rows arrive.
    static var reading: PostgresQuery<Representation> {
        .folding("SELECT person_id, organization_id, valid_from, valid_to FROM affiliations WHERE archived_at IS NULL", into: Representation()) {
            representation, row in
            representation.byPerson[try row.decode(UUID.self, at: 0), default: []].append((
                try row.decode(UUID.self, at: 1), try row.decode(PostgresDate?.self, at: 2).map(CalendarDate.init),
                try row.decode(PostgresDate?.self, at: 3).map(CalendarDate.init)))
        }
    }

    /// The organisations `person` represented on `day`, each once, in the order of their ids' text.
    func organizations(of person: UUID?, on day: CalendarDate) -> [UUID] {
        guard let person, let affiliations = byPerson[person] else { return [] }
        let found = Array(affiliations.lazy.filter { ($0.from.map { $0 <= day } ?? true) && ($0.to.map { $0 >= day } ?? true) }
            .map(\.organization)).withoutRepeats()
        return found.count < 2 ? found : found.sorted { $0.uuidString < $1.uuidString }
    }
}
