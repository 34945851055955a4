import Foundation
import Hummingbird
import HummingbirdTesting
import LiaisonDomain
import LiaisonPostgres
import LiaisonServer
import LiaisonStore
import Logging
import Synchronization
import TestSupport
import Testing

/// The stances, first meetings, follow-ups' days and organisations met kept for the summary
/// (sql/0009_stance_state.sql, sql/0010_first_meetings.sql, sql/0011_speaker_stances.sql,
/// sql/0013_followup_days.sql, sql/0014_organizations_met.sql), once every write's notes are
/// worked out (sql/0019_kept_after_commit.sql), against the same state worked out afresh from
/// the register. What they mean is checked through the summary (SummaryModelCheckTests); these
/// check that every kind of write notes what it changes.
@Suite("The summary's state kept by each write")
struct StanceStateTests {
    /// Everything kept (every span, every first meeting), in one order, as text.
    static func spans(on connection: PostgresConnection) async throws -> [String] {
        try await connection.query(
            """
            SELECT holder_id::text, issue_id::text, levels::text, first_day || ' ' || end_day, stance::text FROM stance_spans
            UNION ALL
            SELECT 'own:' || speaker_id, issue_id::text, levels::text, first_day || ' ' || end_day, stance::text FROM speaker_stances
            UNION ALL
            SELECT 'first', stakeholder_id::text, clearance::text, day::text, '' FROM first_meetings
            UNION ALL
            SELECT 'followup:' || commitment_id, coalesce(issue_id::text, '-'), clearance::text,
                   status || ' ' || opened_on || ' ' || coalesce(closed_on::text, '-') || ' ' || coalesce(due_on::text, '-'), description
            FROM followup_days
            UNION ALL
            SELECT 'met:' || organization_id, meeting_id::text, clearance::text, day::text, '' FROM organizations_met
            ORDER BY 1, 2, 3, 4
            """
        ).map { row in (0..<5).map { (try? row.decode(String.self, at: $0)) ?? "" }.joined(separator: " ") }
    }

    /// Everything kept, once every note committed so far is worked out.
    static func spans(_ owner: ConnectionPool) async throws -> [String] {
        try await owner.withConnection { connection in
            try await KeptState.catchUp(on: connection)
            return try await spans(on: connection)
        }
    }

    /// The same worked out afresh from the register, in a transaction then rolled back, so that
    /// what was kept stays for the test to go on with.
    static func afresh(_ owner: ConnectionPool) async throws -> [String] {
        struct Rollback: Error { var spans: [String] }
        do {
            try await owner.withConnection { connection in
                try await connection.withTransaction { connection in
                    try await connection.query("SELECT rebuild_summary_state()")
                    throw Rollback(spans: try await spans(on: connection))
                }
            }
            return []
        } catch let rollback as Rollback {
            return rollback.spans
        }
    }

    @Test("Kept through back-dated, edited, archived, reclassified and merged meetings and changed affiliations", arguments: Array(UInt64(1)...6))
    func keptStancesAreThoseWorkedOutAfresh(seed: UInt64) async throws {
        try await withTestPools(role: LiaisonDatabase.requestRole) { owner, requests in
            let app = try buildApplication(
                database: LiaisonDatabase(pool: requests, passwords: PasswordHasher(cost: 4)), port: 0, logger: Logger(label: "test"))
            let token = try await makeUser(owner, login: "state-admin", role: .admin, clearance: .strictlyConfidential)
            try await app.test(.router) { client in try await SummaryModelCheckTests.makeRegister(API(client: client, token: token), seed: seed) }
            let kept = try await Self.spans(owner)
            #expect(kept.count > 10)
            // Classified positions made spans of their own levels.
            #expect(kept.contains { !$0.hasPrefix("first") && $0.split(separator: " ")[2] != "7" })
            #expect(kept.contains { $0.hasPrefix("first") })
            #expect(kept.contains { $0.hasPrefix("own:") && $0.split(separator: " ")[2] != "7" })
            #expect(kept.contains { $0.hasPrefix("followup:") && $0.contains(" done ") })
            #expect(kept.contains { $0.hasPrefix("met:") && $0.split(separator: " ")[2] != "0" })
            #expect(kept == (try await Self.afresh(owner)), "seed \(seed)")
        }
    }

    /// One change of each kind the kept state must follow, made to a small register.
    enum Change: String, CaseIterable, CustomTestStringConvertible {
        case backDatedMeeting, editedPositions, movedMeeting, otherZone, archivedMeeting, restoredMeeting, reclassifiedMeeting
        case declassifiedMeeting, endedAffiliation, newAffiliation, archivedAffiliation, archivedPerson, archivedOrganization
        case restoredOrganization, mergedPeople, mergedOrganizations
        var testDescription: String { rawValue }
    }

    @Test("Each kind of change is followed", arguments: Change.allCases)
    func eachKindOfChangeIsFollowed(_ change: Change) async throws {
        try await withTestPools(role: LiaisonDatabase.requestRole) { owner, requests in
            let app = try buildApplication(
                database: LiaisonDatabase(pool: requests, passwords: PasswordHasher(cost: 4)), port: 0, logger: Logger(label: "test"))
            let token = try await makeUser(owner, login: "state-editor", role: .admin, clearance: .strictlyConfidential)
            let before = try await app.test(.router) { client in
                let api = API(client: client, token: token)
                func id(_ response: TestResponse) throws -> String {
                    #expect(response.status == 201, "\(response.text)")
                    return try #require(response.json["id"] as? String)
                }
                func ok(_ response: TestResponse) { #expect(response.status == 200, "\(response.text)") }
                let ministry = try id(try await api.post("/v1/organizations", ["name": "Ministry", "sector": "government"]))
                let party = try id(try await api.post("/v1/organizations", ["name": "Party", "sector": "political-party"]))
                let issue = try id(try await api.post("/v1/issues", ["title": "Amnesty"]))
                let deputy = try id(try await api.post("/v1/people", [
                    "name": "Deputy", "affiliations": [["organizationId": ministry, "role": "Deputy", "from": "2000-01-01"]]]))
                let activist = try id(try await api.post("/v1/people", ["name": "Activist"]))
                func meeting(_ day: String, _ confidentiality: String, _ said: [(String, Int)], zone: String = "Asia/Dushanbe") -> [String: Any] {
                    ["subject": "Talks on \(day)", "startsAt": "\(day)T09:00:00Z", "timeZone": zone, "confidentiality": confidentiality,
                     "participants": said.map(\.0), "positions": said.map { ["stakeholderId": $0.0, "issueId": issue, "stance": $0.1] }]
                }
                let first = try id(try await api.post("/v1/meetings", meeting("2000-03-01", "unclassified", [(ministry, 1), (deputy, -2)])))
                let second = try id(try await api.post("/v1/meetings", meeting("2000-05-01", "unclassified", [(deputy, 2), (activist, 1)])))
                _ = try id(try await api.post("/v1/meetings", meeting("2000-04-01", "confidential", [(party, -1), (deputy, 0)])))
                var before = try await Self.spans(owner)

                switch change {
                case .backDatedMeeting:
                    _ = try id(try await api.post("/v1/meetings", meeting("2000-02-01", "unclassified", [(deputy, 0), (party, 2)])))
                case .editedPositions:
                    ok(try await api.put("/v1/meetings/\(first)", meeting("2000-03-01", "unclassified", [(ministry, -1)]), headers: ["If-Match": "*"]))
                case .movedMeeting:
                    ok(try await api.put("/v1/meetings/\(second)", meeting("2000-02-15", "unclassified", [(deputy, 2), (activist, 1)]), headers: ["If-Match": "*"]))
                case .otherZone:
                    // 09:00 UTC on 1 March is already 2 March in Kiritimati (UTC+14): the day moves.
                    var body = meeting("2000-03-01", "unclassified", [(ministry, 1), (deputy, -2)], zone: "Pacific/Kiritimati")
                    body["startsAt"] = "2000-03-01T11:00:00Z"
                    ok(try await api.put("/v1/meetings/\(first)", body, headers: ["If-Match": "*"]))
                case .archivedMeeting:
                    ok(try await api.post("/v1/meetings/\(second)/archive", [String: Any]()))
                case .restoredMeeting:
                    ok(try await api.post("/v1/meetings/\(second)/archive", [String: Any]()))
                    before = try await Self.spans(owner)
                    ok(try await api.post("/v1/meetings/\(second)/restore", [String: Any]()))
                case .reclassifiedMeeting:
                    ok(try await api.put("/v1/meetings/\(second)", meeting("2000-05-01", "strictly-confidential", [(deputy, 2), (activist, 1)]), headers: ["If-Match": "*"]))
                case .declassifiedMeeting:
                    let third = try #require(try await api.get("/v1/meetings?limit=10").json["items"] as? [[String: Any]])
                        .first { $0["confidentiality"] as? String == "confidential" }?["id"] as? String
                    ok(try await api.put("/v1/meetings/\(try #require(third))", meeting("2000-04-01", "unclassified", [(party, -1), (deputy, 0)]), headers: ["If-Match": "*"]))
                case .endedAffiliation, .archivedAffiliation:
                    let affiliation = try #require((try await api.get("/v1/affiliations?limit=10").json["items"] as? [[String: Any]])?.first?["id"] as? String)
                    if change == .endedAffiliation {
                        ok(try await api.put("/v1/affiliations/\(affiliation)", [
                            "personId": deputy, "organizationId": ministry, "role": "Deputy", "from": "2000-01-01", "to": "2000-03-15"], headers: ["If-Match": "*"]))
                    } else {
                        ok(try await api.post("/v1/affiliations/\(affiliation)/archive", [String: Any]()))
                    }
                case .newAffiliation:
                    _ = try id(try await api.post("/v1/affiliations", ["personId": activist, "organizationId": party, "from": "2000-04-15"]))
                case .archivedPerson:
                    ok(try await api.post("/v1/people/\(deputy)/archive", [String: Any]()))
                case .archivedOrganization:
                    ok(try await api.post("/v1/organizations/\(ministry)/archive", [String: Any]()))
                case .restoredOrganization:
                    ok(try await api.post("/v1/organizations/\(ministry)/archive", [String: Any]()))
                    before = try await Self.spans(owner)
                    ok(try await api.post("/v1/organizations/\(ministry)/restore", [String: Any]()))
                case .mergedPeople:
                    ok(try await api.post("/v1/people/\(deputy)/merge", ["other": activist]))
                case .mergedOrganizations:
                    ok(try await api.post("/v1/organizations/\(ministry)/merge", ["other": party]))
                }
                return before
            }
            let after = try await Self.spans(owner)
            #expect(after != before, "the change made a difference to the stances")
            #expect(after == (try await Self.afresh(owner)))
        }
    }

    @Test("Two writers touching one organisation at once both count")
    func concurrentWritersTakeTurns() async throws {
        try await withTestPools(role: LiaisonDatabase.requestRole, size: 8) { owner, requests in
            let app = try buildApplication(
                database: LiaisonDatabase(pool: requests, passwords: PasswordHasher(cost: 4)), port: 0, logger: Logger(label: "test"))
            let token = try await makeUser(owner, login: "state-writer", role: .admin, clearance: .strictlyConfidential)
            try await app.test(.router) { client in
                let api = API(client: client, token: token)
                let organization = try #require(try await api.post("/v1/organizations", ["name": "Ministry", "sector": "government"]).json["id"] as? String)
                let issue = try #require(try await api.post("/v1/issues", ["title": "Amnesty"]).json["id"] as? String)
                var people: [String] = []
                for n in 0..<4 {
                    let body: [String: Any] = ["name": "Deputy \(n)", "affiliations": [["organizationId": organization, "role": "Deputy"]]]
                    people.append(try #require(try await api.post("/v1/people", body).json["id"] as? String))
                }
                let deputies = people
                // Sixteen meetings over nine days, each with one of the ministry's deputies, logged at once.
                try await withThrowingTaskGroup(of: Int.self) { group in
                    for n in 0..<16 {
                        group.addTask {
                            let body: [String: Any] = [
                                "subject": "Talk \(n)", "startsAt": "2000-07-0\(1 + n % 9)T\(String(format: "%02d", n)):00:00Z",
                                "timeZone": "UTC", "participants": [deputies[n % 4]],
                                "positions": [["stakeholderId": deputies[n % 4], "issueId": issue, "stance": n % 5 - 2]],
                            ]
                            return try await api.post("/v1/meetings", body).status
                        }
                    }
                    for try await status in group { #expect(status == 201) }
                }
            }
            let kept = try await Self.spans(owner)
            #expect(!kept.isEmpty)
            #expect(kept == (try await Self.afresh(owner)))
        }
    }

    /// A write only notes what it touched: nothing is worked out at its commit (no trigger on
    /// the notes), the notes outlive it, and one refresh works out every kind at once.
    @Test func writesLeaveNotesThatOneRefreshWorksOut() async throws {
        try await withTestPools(role: LiaisonDatabase.requestRole) { owner, requests in
            let triggers = try await owner.query(
                """
                SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                WHERE NOT t.tgisinternal
                  AND c.relname IN ('stance_dirty', 'first_meetings_dirty', 'organizations_met_dirty', 'followup_days_dirty')
                """)
            #expect(try triggers[0].decode(Int.self, at: 0) == 0)
            let token = try await makeUser(owner, login: "state-later", role: .admin, clearance: .strictlyConfidential)
            let before = try await Self.spans(owner)
            // A server with no background refresh: what the writes noted waits.
            let app = try buildApplication(
                database: LiaisonDatabase(pool: requests, passwords: PasswordHasher(cost: 4)), port: 0, logger: Logger(label: "test"))
            try await app.test(.router) { client in try await SummaryModelCheckTests.makeRegister(API(client: client, token: token), seed: 3) }
            try await owner.withConnection { connection in
                let pending = try await KeptState.pending(on: connection)
                #expect(pending > 10)
                let unrefreshed = try await Self.spans(on: connection)
                #expect(unrefreshed == before, "nothing is worked out at commit")
                // Two notes of each kind at a time: many refreshes, each saying whether more wait.
                let first = try await KeptState.refresh(wait: true, most: 2, on: connection)
                #expect(first?.taken ?? 0 > 0 && first?.more == true)
                let caught = try await KeptState.catchUp(most: 2, on: connection)
                #expect(caught + (first?.taken ?? 0) == pending)
                let left = try await KeptState.pending(on: connection)
                #expect(left == 0)
            }
            let kept = try await Self.spans(owner)
            #expect(kept != before)
            #expect(kept.contains { $0.hasPrefix("met:") } && kept.contains { $0.hasPrefix("first") })
            #expect(kept == (try await Self.afresh(owner)))
        }
    }

    /// A meeting and its position written straight to the database (no server, so no refresh
    /// after it) change nothing kept until a refresh; then they count.
    @Test func aCommittedWriteCountsOnlyOnceRefreshed() async throws {
        try await withTestPools(role: LiaisonDatabase.requestRole) { owner, _ in
            let before = try await Self.spans(owner)
            try await owner.withTransaction { connection in
                try await connection.query(
                    """
                    WITH o AS (INSERT INTO organizations (name, sector) VALUES ('Ministry of Justice', 'government') RETURNING id),
                         i AS (INSERT INTO issues (title) VALUES ('Amnesty') RETURNING id),
                         m AS (INSERT INTO meetings (subject, starts_at, time_zone) VALUES ('Talk', '2000-07-01T10:00:00Z', 'UTC') RETURNING id, starts_at),
                         mp AS (INSERT INTO meeting_participants (meeting_id, organization_id, listing_order) SELECT m.id, o.id, 0 FROM m, o)
                    INSERT INTO positions (meeting_id, issue_id, organization_id, stance, quote, stated_at)
                    SELECT m.id, i.id, o.id, 2, '', m.starts_at FROM m, i, o
                    """)
            }
            let pending = try await owner.withConnection { try await KeptState.pending(on: $0) }
            #expect(pending > 0)
            let unrefreshed = try await owner.withConnection { try await Self.spans(on: $0) }
            #expect(unrefreshed == before, "nothing is worked out at commit")
            let after = try await Self.spans(owner)
            #expect(after.contains { $0.hasPrefix("first") } && after.contains { $0.hasPrefix("met:") })
            #expect(after.contains { $0.hasSuffix(" 2") && !$0.hasPrefix("own:") }, "the ministry's stance counts")
            #expect(after == (try await Self.afresh(owner)))
        }
    }

    /// A refresh that waits takes its turn after one under way and then sees what that one
    /// worked out; one that does not wait gives way at once.
    @Test func refreshesTakeTurns() async throws {
        try await withTestPools(role: LiaisonDatabase.requestRole) { owner, _ in
            let configuration = owner.configuration.connection
            try await PostgresConnection.withConnection(configuration) { first in
                try await first.query("BEGIN")
                let firstRefresh = try await KeptState.refresh(wait: true, on: first)
                #expect(firstRefresh != nil)
                let givenWay = try await PostgresConnection.withConnection(configuration) { second in
                    try await KeptState.refresh(wait: false, on: second)
                }
                #expect(givenWay == nil)
                let finished = Mutex(false)
                async let waited: KeptState.Refresh? = PostgresConnection.withConnection(configuration) { second in
                    let refresh = try await KeptState.refresh(wait: true, on: second)
                    finished.withLock { $0 = true }
                    return refresh
                }
                try await Task.sleep(for: .milliseconds(300))
                #expect(!finished.withLock { $0 }, "the second refresh waits for the first to end")
                try await first.query("COMMIT")
                let secondRefresh = try await waited
                #expect(secondRefresh != nil)
            }
        }
    }

    /// A meeting moved while one of its follow-ups is edited: both transactions rewrite the
    /// follow-up's kept row, the second after the first commits, and neither fails.
    @Test func aFollowUpRewrittenByTwoTransactionsAtOnceTakesTurns() async throws {
        try await withTestPools(role: LiaisonDatabase.requestRole) { owner, requests in
            let app = try buildApplication(
                database: LiaisonDatabase(pool: requests, passwords: PasswordHasher(cost: 4)), port: 0, logger: Logger(label: "test"))
            let token = try await makeUser(owner, login: "state-turns", role: .admin, clearance: .strictlyConfidential)
            try await app.test(.router) { client in try await SummaryModelCheckTests.makeRegister(API(client: client, token: token), seed: 2) }
            let found = try await owner.query(
                """
                SELECT c.id::text, c.meeting_id::text FROM commitments c JOIN meetings m ON m.id = c.meeting_id
                WHERE c.archived_at IS NULL AND m.archived_at IS NULL ORDER BY c.id LIMIT 1
                """)
            let (commitment, meeting) = (try found[0].decode(String.self, at: 0), try found[0].decode(String.self, at: 1))
            let configuration = owner.configuration.connection
            try await PostgresConnection.withConnection(configuration) { first in
                try await first.query("BEGIN")
                try await first.query("UPDATE meetings SET starts_at = starts_at + interval '3 days' WHERE id = $1::uuid", [meeting])
                async let second: Void = PostgresConnection.withConnection(configuration) { second in
                    try await second.query("UPDATE commitments SET description = description || ' (edited)' WHERE id = $1::uuid", [commitment])
                }
                // The second waits on the follow-up's kept row until the first commits.
                try await Task.sleep(for: .milliseconds(300))
                try await first.query("COMMIT")
                try await second
            }
            let kept = try await Self.spans(owner)
            #expect(kept.contains { $0.hasPrefix("followup:\(commitment)") && $0.hasSuffix("(edited)") })
            #expect(kept == (try await Self.afresh(owner)))
        }
    }
}
