import Foundation
import Hummingbird
import HummingbirdTesting
import LiaisonDomain
import LiaisonPostgres
import LiaisonServer
import LiaisonStore
import Logging
import TestSupport
import Testing

/// The summary the store reads (its shortcuts: the stances the database keeps as they change, the
/// gap window for last meetings, four indexes for follow-ups, row-level security for clearance)
/// against the summary of the whole register read the plain way: every row of every table, with
/// the owner's rights, classification applied by comparing each meeting's confidentiality here.
/// Registers are random and written through the API: meetings back-dated, edited, moved across
/// time zones, archived and restored, reclassified both ways, people and organisations merged,
/// affiliations changed and ended, an issue and an organisation archived.
@Suite("The summary's reads against the whole register")
struct SummaryModelCheckTests {
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
        mutating func chance(_ percent: Int) -> Bool { next(100) < percent }
    }

    static let levels: [Confidentiality] = [.unclassified, .confidential, .strictlyConfidential]

    /// Writes a random register through the API.
    static func makeRegister(_ api: API, seed: UInt64) async throws {
        var random = Random(state: seed)
        func created(_ response: TestResponse) throws -> String {
            #expect(response.status == 201, "\(response.text)")
            return try #require(response.json["id"] as? String)
        }
        func ok(_ response: TestResponse) {
            #expect(response.status == 200, "\(response.text)")
        }
        func day(_ offset: Int) -> String { CalendarDate(year: 2000, month: 1, day: 1).adding(days: offset).description }

        let sectors = ["government", "political-party", "civil-society", "media"]
        let regions = ["dushanbe", "khatlon", "sughd"]
        var organizations: [String] = []
        for n in 0..<6 {
            var body: [String: Any] = ["name": "Organisation \(n)", "sector": sectors[n % sectors.count], "region": regions[n % regions.count]]
            if random.chance(70) { body["influence"] = ["rating": 1 + random.next(5), "asOf": day(random.next(360))] }
            organizations.append(try created(try await api.post("/v1/organizations", body)))
        }
        var people: [String] = []
        for n in 0..<6 {
            var affiliations: [[String: Any]] = []
            if n < 5 {
                var affiliation: [String: Any] = ["organizationId": organizations[n % 4], "role": "Member"]
                if random.chance(50) { affiliation["from"] = day(random.next(120)) }
                if random.chance(30) { affiliation["to"] = day(150 + random.next(150)) }
                affiliations.append(affiliation)
            }
            if n == 1 { affiliations.append(["organizationId": organizations[5], "role": "Adviser"]) }
            // Person 5 speaks for organisation 5, then for organisation 3, which is archived at the end.
            if n == 5 {
                affiliations = [["organizationId": organizations[5], "role": "Member", "to": day(100)],
                                ["organizationId": organizations[3], "role": "Member", "from": day(101)]]
            }
            people.append(try created(try await api.post("/v1/people", ["name": "Person \(n)", "affiliations": affiliations])))
        }
        var issues: [String] = []
        for title in ["Amnesty", "Refugee return", "electoral code"] {
            issues.append(try created(try await api.post("/v1/issues", ["title": title, "objectives": ["d"]])))
        }
        let zones = ["Asia/Dushanbe", "UTC", "Pacific/Kiritimati", "America/New_York"]
        let levels = ["unclassified", "unclassified", "confidential", "strictly-confidential"]
        func meeting(_ n: Int) -> [String: Any] {
            let stakeholders = organizations + people
            var participants: [String] = []
            for _ in 0..<(1 + random.next(3)) {
                let who = random.pick(stakeholders)
                if !participants.contains(who) { participants.append(who) }
            }
            var positions: [[String: Any]] = []
            for who in participants {
                for issue in issues where random.chance(45) {
                    positions.append(["stakeholderId": who, "issueId": issue, "stance": random.next(5) - 2,
                                      "quote": random.chance(30) ? "Said at \(n)" : ""])
                }
            }
            let at = "\(day(random.next(300)))T\(String(format: "%02d", random.next(24))):00:00Z"
            return ["subject": "Meeting \(n)", "startsAt": at, "timeZone": random.pick(zones), "region": random.pick(regions),
                    "confidentiality": random.pick(levels), "participants": participants, "positions": positions]
        }
        var meetings: [String] = []
        var previous: [String: Any]?
        for n in 0..<28 {
            var body = meeting(n)
            if n == 1 { body["confidentiality"] = "strictly-confidential" }
            // Now and then a second meeting at the very moment of the one before, with the same people
            // taking other stances: which of the two is the latest is decided as the summary says.
            if let twin = previous, random.chance(25) {
                body["startsAt"] = twin["startsAt"]
                body["timeZone"] = twin["timeZone"]
                body["participants"] = twin["participants"]
                body["positions"] = (twin["positions"] as? [[String: Any]] ?? []).map { position in
                    var moved = position
                    moved["stance"] = random.next(5) - 2
                    return moved
                }
            }
            previous = body
            if random.chance(40) {
                var commitment: [String: Any] = ["description": "Follow-up \(n)", "dueOn": day(random.next(330))]
                if random.chance(60) { commitment["issueId"] = random.pick(issues) }
                if random.chance(50) { commitment["owedBy"] = random.pick(organizations + people) }
                body["commitments"] = [commitment]
            }
            meetings.append(try created(try await api.post("/v1/meetings", body)))
        }
        // Follow-ups without a meeting, and some closed.
        for n in 0..<3 {
            _ = try created(try await api.post("/v1/commitments", ["description": "Errand \(n)", "dueOn": day(random.next(330))]))
        }
        // In the order they were written, so that a seed always makes the same register.
        let commitments = try #require(try await api.get("/v1/commitments?limit=200").json["items"] as? [[String: Any]])
            .sorted { ($0["description"] as? String ?? "") < ($1["description"] as? String ?? "") }
        for commitment in commitments where random.chance(40) {
            var input: [String: Any] = ["description": commitment["description"] as? String ?? "", "status": random.chance(70) ? "done" : "dropped"]
            for key in ["meetingId", "issueId", "dueOn"] { if let value = commitment[key] { input[key] = value } }
            if let owner = (commitment["owedBy"] as? [String: Any])?["id"] { input["owedBy"] = owner }
            ok(try await api.put("/v1/commitments/\(commitment["id"] as! String)", input, headers: ["If-Match": "*"]))
        }
        // Some archived, one of them restored.
        let archived = commitments.filter { _ in random.chance(10) }.map { $0["id"] as! String }
        for id in archived { ok(try await api.post("/v1/commitments/\(id)/archive", [String: Any]())) }
        if let id = archived.first { ok(try await api.post("/v1/commitments/\(id)/restore", [String: Any]())) }
        // Edits: moved in time and zone, positions replaced, reclassified either way.
        for id in meetings where random.chance(30) {
            ok(try await api.put("/v1/meetings/\(id)", meeting(100), headers: ["If-Match": "*"]))
        }
        ok(try await api.post("/v1/meetings/\(meetings[0])/archive", [String: Any]()))
        for id in meetings.dropFirst() where random.chance(15) {
            ok(try await api.post("/v1/meetings/\(id)/archive", [String: Any]()))
            if random.chance(40) { ok(try await api.post("/v1/meetings/\(id)/restore", [String: Any]())) }
        }
        // An affiliation changed, another ended.
        let affiliations = try #require(try await api.get("/v1/affiliations?limit=200").json["items"] as? [[String: Any]])
            .sorted { ($0["personName"] as? String ?? "", $0["role"] as? String ?? "") < ($1["personName"] as? String ?? "", $1["role"] as? String ?? "") }
        for (index, affiliation) in affiliations.prefix(2).enumerated() {
            var input: [String: Any] = ["personId": affiliation["personId"]!, "organizationId": affiliation["organizationId"]!, "role": "Changed"]
            input["from"] = day(30 + random.next(60))
            if index == 1 { input["to"] = day(200) }
            ok(try await api.put("/v1/affiliations/\(affiliation["id"] as! String)", input, headers: ["If-Match": "*"]))
        }
        _ = try created(try await api.post("/v1/affiliations", ["personId": people[5], "organizationId": organizations[2], "from": day(180)]))
        // What person 5 said for organisation 3 will count for no one once it is archived; what they
        // said before, for organisation 5, still counts.
        for (offset, stance) in [(50, 2), (150, -2)] {
            _ = try created(try await api.post("/v1/meetings", [
                "subject": "Person 5 on day \(offset)", "startsAt": "\(day(offset))T09:00:00Z", "timeZone": "Asia/Dushanbe",
                "confidentiality": "unclassified", "participants": [people[5]],
                "positions": [["stakeholderId": people[5], "issueId": issues[0], "stance": stance]],
            ]))
        }
        // Merges, then an organisation and an issue archived.
        ok(try await api.post("/v1/people/\(people[0])/merge", ["other": people[3]]))
        ok(try await api.post("/v1/organizations/\(organizations[1])/merge", ["other": organizations[4]]))
        ok(try await api.post("/v1/organizations/\(organizations[3])/archive", [String: Any]()))
        ok(try await api.post("/v1/issues/\(issues[2])/archive", [String: Any]()))
    }

    /// Every row, read with the owner's rights.
    struct WholeRegister {
        struct Meeting { var id: UUID; var startsAt: Date; var day: CalendarDate; var region: String?; var level: Int; var archived: Bool }
        var organizations: [(id: UUID, name: String, sector: String, region: String?, archived: Bool)] = []
        var people: [(id: UUID, name: String, archived: Bool)] = []
        var ratings: [(stakeholder: UUID, rating: Int, asOf: CalendarDate, id: Int)] = []
        var affiliations: [(person: UUID, organization: UUID, from: CalendarDate?, to: CalendarDate?, archived: Bool)] = []
        var issues: [(id: UUID, title: String, archived: Bool)] = []
        var meetings: [UUID: Meeting] = [:]
        var participants: [(meeting: UUID, stakeholder: UUID, person: UUID?, order: Int)] = []
        var positions: [(id: UUID, meeting: UUID, issue: UUID, stakeholder: UUID, person: UUID?, stance: Int, statedAt: Date, quote: String)] = []
        var commitments: [(commitment: SummaryFacts.Commitment, meeting: UUID?, issue: UUID?, archived: Bool)] = []

        init(_ pool: ConnectionPool) async throws {
            func date(_ row: PostgresRow, _ at: Int) throws -> CalendarDate? {
                try row.decode(PostgresDate?.self, at: at).map { CalendarDate(year: $0.year, month: $0.month, day: $0.day) }
            }
            for row in try await pool.query("SELECT id, name, sector, region, archived_at IS NOT NULL FROM organizations") {
                organizations.append((try row.decode(UUID.self, at: 0), try row.decode(String.self, at: 1), try row.decode(String.self, at: 2),
                                      try row.decode(String?.self, at: 3), try row.decode(Bool.self, at: 4)))
            }
            for row in try await pool.query("SELECT id, name, archived_at IS NOT NULL FROM people") {
                people.append((try row.decode(UUID.self, at: 0), try row.decode(String.self, at: 1), try row.decode(Bool.self, at: 2)))
            }
            for row in try await pool.query("SELECT stakeholder_id, rating, as_of, id FROM influence_ratings") {
                ratings.append((try row.decode(UUID.self, at: 0), try row.decode(Int.self, at: 1), try date(row, 2)!, try row.decode(Int.self, at: 3)))
            }
            for row in try await pool.query("SELECT person_id, organization_id, valid_from, valid_to, archived_at IS NOT NULL FROM affiliations") {
                affiliations.append((try row.decode(UUID.self, at: 0), try row.decode(UUID.self, at: 1), try date(row, 2), try date(row, 3),
                                     try row.decode(Bool.self, at: 4)))
            }
            for row in try await pool.query("SELECT id, title, archived_at IS NOT NULL FROM issues") {
                issues.append((try row.decode(UUID.self, at: 0), try row.decode(String.self, at: 1), try row.decode(Bool.self, at: 2)))
            }
            for row in try await pool.query(
                """
                SELECT id, starts_at, (starts_at AT TIME ZONE time_zone)::date, region,
                       CASE confidentiality WHEN 'unclassified' THEN 0 WHEN 'confidential' THEN 1 ELSE 2 END, archived_at IS NOT NULL
                FROM meetings
                """)
            {
                let id = try row.decode(UUID.self, at: 0)
                meetings[id] = Meeting(id: id, startsAt: try row.decode(Date.self, at: 1), day: try date(row, 2)!, region: try row.decode(String?.self, at: 3),
                                       level: try row.decode(Int.self, at: 4), archived: try row.decode(Bool.self, at: 5))
            }
            for row in try await pool.query("SELECT meeting_id, stakeholder_id, person_id, listing_order FROM meeting_participants") {
                participants.append((try row.decode(UUID.self, at: 0), try row.decode(UUID.self, at: 1), try row.decode(UUID?.self, at: 2),
                                     try row.decode(Int.self, at: 3)))
            }
            for row in try await pool.query("SELECT id, meeting_id, issue_id, stakeholder_id, person_id, stance, stated_at, quote FROM positions") {
                positions.append((try row.decode(UUID.self, at: 0), try row.decode(UUID.self, at: 1), try row.decode(UUID.self, at: 2),
                                  try row.decode(UUID.self, at: 3), try row.decode(UUID?.self, at: 4), try row.decode(Int.self, at: 5),
                                  try row.decode(Date.self, at: 6), try row.decode(String.self, at: 7)))
            }
            for row in try await pool.query(
                """
                SELECT c.id, c.description, (c.created_at AT TIME ZONE 'Asia/Dushanbe')::date, c.due_on, c.status,
                       (c.closed_at AT TIME ZONE coalesce(m.time_zone, 'Asia/Dushanbe'))::date, coalesce(u.display_name, p.name, o.name),
                       c.meeting_id, c.issue_id, c.archived_at IS NOT NULL
                FROM commitments c
                LEFT JOIN meetings m ON m.id = c.meeting_id
                LEFT JOIN users u ON u.id = c.owed_by_user_id
                LEFT JOIN people p ON p.id = c.owed_by_person_id
                LEFT JOIN organizations o ON o.id = c.owed_by_organization_id
                """)
            {
                let meeting = try row.decode(UUID?.self, at: 7)
                let commitment = SummaryFacts.Commitment(
                    id: try row.decode(UUID.self, at: 0), description: try row.decode(String.self, at: 1),
                    openedOn: try date(row, 2)!, dueOn: try date(row, 3),
                    status: CommitmentStatus(rawValue: try row.decode(String.self, at: 4)) ?? .open, closedOn: try date(row, 5),
                    owner: try row.decode(String?.self, at: 6))
                commitments.append((commitment, meeting, try row.decode(UUID?.self, at: 8), try row.decode(Bool.self, at: 9)))
            }
        }

        /// The summary's facts, from these rows and the definitions in docs/summary.md alone.
        func facts(
            from: CalendarDate, to: CalendarDate, gapDays: Int, issue: UUID?, sector: String?, region: String?, level: Int
        ) -> SummaryFacts {
            func visible(_ id: UUID?) -> Meeting? {
                guard let id, let meeting = meetings[id], !meeting.archived, meeting.level <= level else { return nil }
                return meeting
            }
            func representing(_ person: UUID?, on day: CalendarDate) -> [UUID] {
                guard let person else { return [] }
                let found = affiliations.filter {
                    $0.person == person && !$0.archived && ($0.from.map { $0 <= day } ?? true) && ($0.to.map { $0 >= day } ?? true)
                }.map { $0.organization }.withoutRepeats()
                return found.count < 2 ? found : found.sorted { $0.uuidString < $1.uuidString }
            }
            let currentIssues = issues.filter { !$0.archived && (issue == nil || $0.id == issue) }
                .sorted { ($0.title.lowercased(), $0.id.uuidString) < ($1.title.lowercased(), $1.id.uuidString) }
            let stakeholders = organizations.filter { !$0.archived }.map { organization in
                let rating = ratings.filter { $0.stakeholder == organization.id && $0.asOf <= to }
                    .max { ($0.asOf, $0.id) < ($1.asOf, $1.id) }
                return SummaryFacts.Stakeholder(id: organization.id, kind: .organization, name: organization.name, sector: organization.sector,
                                                region: organization.region, influence: rating?.rating)
            } + people.filter { !$0.archived }.map { person in
                let rating = ratings.filter { $0.stakeholder == person.id && $0.asOf <= to }.max { ($0.asOf, $0.id) < ($1.asOf, $1.id) }
                return SummaryFacts.Stakeholder(id: person.id, kind: .person, name: person.name, influence: rating?.rating)
            }
            var facts = SummaryFacts(
                from: from, to: to, gapDays: gapDays, sector: sector, region: region, issues: currentIssues.map { ($0.id, $0.title) },
                stakeholders: stakeholders)
            let counted = Set(currentIssues.map { $0.id })
            for position in positions where counted.contains(position.issue) {
                guard let meeting = visible(position.meeting), meeting.day <= to else { continue }
                let stated = SummaryFacts.Position(
                    stakeholderID: position.stakeholder, issueID: position.issue, stance: position.stance, statedAt: position.statedAt,
                    date: meeting.day, meetingID: meeting.id, quote: meeting.day >= from ? position.quote : "",
                    representing: representing(position.person, on: meeting.day))
                if meeting.day < from { facts.baseline.append(stated) } else { facts.changes.append(stated) }
            }
            let periodMeetings = meetings.values.filter { visible($0.id) != nil && $0.day >= from && $0.day <= to }
                .sorted { ($0.startsAt, $0.id.uuidString) < ($1.startsAt, $1.id.uuidString) }
            facts.meetings = periodMeetings.map { meeting in
                SummaryFacts.Meeting(
                    id: meeting.id, date: meeting.day, region: meeting.region,
                    participants: participants.filter { $0.meeting == meeting.id }.sorted { $0.order < $1.order }.map {
                        SummaryFacts.Meeting.Participant($0.stakeholder, representing: representing($0.person, on: meeting.day))
                    })
            }
            // First met: each stakeholder's earliest meeting.
            var first: [UUID: Meeting] = [:]
            for participant in participants {
                guard let meeting = visible(participant.meeting) else { continue }
                if let held = first[participant.stakeholder], (held.startsAt, held.id.uuidString) <= (meeting.startsAt, meeting.id.uuidString) { continue }
                first[participant.stakeholder] = meeting
            }
            facts.firstMet = first.mapValues { $0.day }
            // Last met: each current organisation, itself or through a current person representing it that day.
            let currentPeople = Set(people.filter { !$0.archived }.map { $0.id })
            let currentOrganizations = Set(organizations.filter { !$0.archived }.map { $0.id })
            for participant in participants {
                guard let meeting = visible(participant.meeting), meeting.day <= to else { continue }
                var met: [UUID] = [participant.stakeholder]
                if currentPeople.contains(participant.stakeholder) {
                    met += affiliations.filter {
                        $0.person == participant.stakeholder && !$0.archived && ($0.from.map { $0 <= meeting.day } ?? true)
                            && ($0.to.map { $0 >= meeting.day } ?? true)
                    }.map { $0.organization }
                }
                for organization in met where currentOrganizations.contains(organization) {
                    if let last = facts.lastMet[organization], last >= meeting.day { continue }
                    facts.lastMet[organization] = meeting.day
                }
            }
            let archivedIssues = Set(issues.filter { $0.archived }.map { $0.id })
            facts.commitments = commitments.compactMap { entry in
                guard !entry.archived, entry.issue.map({ !archivedIssues.contains($0) }) ?? true, issue == nil || entry.issue == issue else { return nil }
                var commitment = entry.commitment
                if let id = entry.meeting {
                    guard let meeting = visible(id) else { return nil }
                    commitment.openedOn = meeting.day
                }
                return commitment
            }.sorted { $0.id.uuidString < $1.id.uuidString }
            return facts
        }
    }

    @Test(arguments: Array(UInt64(1)...12))
    func theStoresSummaryIsTheWholeRegistersSummary(seed: UInt64) async throws {
        try await withTestPools(role: LiaisonDatabase.requestRole) { owner, requests in
            let app = try buildApplication(
                database: LiaisonDatabase(pool: requests, passwords: PasswordHasher(cost: 4)), port: 0, logger: Logger(label: "test"))
            let token = try await makeUser(owner, login: "model-admin", role: .admin, clearance: .strictlyConfidential)
            try await app.test(.router) { client in try await Self.makeRegister(API(client: client, token: token), seed: seed) }
            // What the server does before a summary: the writes' notes worked out.
            try await requests.withConnection { try await KeptState.catchUp(on: $0) }
            let whole = try await WholeRegister(owner)
            var random = Random(state: seed &* 7919)
            let issueIDs = whole.issues.map { $0.id }
            var compared = 0
            for _ in 0..<12 {
                let from = CalendarDate(year: 2000, month: 1, day: 1).adding(days: random.next(280))
                let to = from.adding(days: random.next(120))
                let gapDays = random.pick([7, 30, 90])
                let issue: UUID? = random.chance(30) ? random.pick(issueIDs) : nil
                let sector: String? = random.chance(30) ? random.pick(["government", "political-party", "civil-society"]) : nil
                let region: String? = random.chance(20) ? random.pick(["dushanbe", "khatlon"]) : nil
                let top = random.pick([1, 3, 100])
                for (level, clearance) in Self.levels.enumerated() {
                    let stored = try await requests.withTransaction { connection in
                        try await connection.query("SELECT set_config('liaison.clearance', $1, true)", [clearance.rawValue])
                        return try await SummaryStore.facts(
                            from: from, to: to, gapDays: gapDays, issue: issue, sector: sector, region: region, top: top, on: connection)
                    }
                    let expected = whole.facts(from: from, to: to, gapDays: gapDays, issue: issue, sector: sector, region: region, level: level)
                        .summarize(top: top)
                    let summary = stored.summarize(top: top)
                    #expect(summary == expected, "seed \(seed), \(from)...\(to), gap \(gapDays), issue \(issue?.uuidString ?? "-"), sector \(sector ?? "-"), region \(region ?? "-"), top \(top), \(clearance)")
                    compared += 1
                }
            }
            #expect(compared == 36)
            // The register is what the test meant: every kind of change happened.
            #expect(whole.meetings.values.contains { $0.archived } && whole.meetings.values.contains { $0.level == 2 })
            #expect(whole.people.contains { $0.archived } && whole.issues.contains { $0.archived })
        }
    }
}
