import Foundation
import LiaisonPostgres
import TestSupport
import Testing

/// How many times a request waits on the database: the round trips its connections make,
/// counted by the request pool as each connection comes back, and how many connections it takes
/// from the pool. The token is checked in the first round trip of the request's transaction.
@Suite("Round trips per request")
struct RoundTripTests {
    /// What `request` answered, the round trips it made and the connections it took.
    static func cost(of request: () async throws -> TestResponse, on pool: ConnectionPool) async throws -> (TestResponse, trips: Int, checkouts: Int) {
        let (trips, checkouts) = (await pool.roundTrips, await pool.checkouts)
        let response = try await request()
        return (response, await pool.roundTrips - trips, await pool.checkouts - checkouts)
    }

    /// Expects `request` to answer `status` in `expected` round trips on one checkout of `pool`.
    @discardableResult
    static func expectCost(
        _ name: String, trips expected: Int, status: Int, on pool: ConnectionPool, _ request: () async throws -> TestResponse
    ) async throws -> TestResponse {
        let (response, trips, checkouts) = try await cost(of: request, on: pool)
        #expect(response.status == status, "\(name): \(response.text)")
        #expect(trips == expected, "\(name)")
        #expect(checkouts == 1, "\(name)")
        return response
    }

    /// `expectCost` bound to the request pool of a test's server: `expectCost("name", trips:, status:) { request }`.
    struct ExpectCost: Sendable {
        let pool: ConnectionPool

        @discardableResult
        func callAsFunction(_ name: String, trips: Int, status: Int, _ request: () async throws -> TestResponse) async throws -> TestResponse {
            try await RoundTripTests.expectCost(name, trips: trips, status: status, on: pool, request)
        }
    }

    /// A server with the register made (tokens stamped ahead of time), and `expectCost` on its pool.
    static func withRegister(
        _ body: @Sendable @escaping (_ api: API, _ owner: ConnectionPool, _ register: Register, _ expectCost: ExpectCost) async throws -> Void
    ) async throws {
        try await withAPIAndPools { api, owner, requests in
            try await stampTokensAheadOfTime(owner)
            try await body(api, owner, try await Register.make(api, owner), ExpectCost(pool: requests))
        }
    }

    /// Takes the stamping of tokens' last use out of the counts: it runs on the same pool, just
    /// after a request, once a minute per token. Called before a token's first use.
    static func stampTokensAheadOfTime(_ owner: ConnectionPool) async throws {
        try await owner.query("UPDATE api_tokens SET last_used_at = now() + interval '1 day'")
    }

    @Test func loggingAMeetingTakesTwoRoundTripsOnOneConnectionWhateverItHolds() async throws {
        try await withAPIAndPools { api, owner, requests in
            try await Self.stampTokensAheadOfTime(owner)
            let register = try await Register.make(api, owner)
            var meeting = register.meeting
            // The server's first meeting also reads the time zones' names, once.
            #expect(try await api.post("/v1/meetings", meeting).status == 201)
            // Every reference at once (with BEGIN and the token's check); every write and the
            // meeting read back, with COMMIT.
            let (small, trips, checkouts) = try await Self.cost(of: { try await api.post("/v1/meetings", meeting) }, on: requests)
            #expect(small.status == 201, "\(small.text)")
            #expect(trips == 2)
            #expect(checkouts == 1)
            #expect((small.json["positions"] as? [Any])?.count == 2)
            #expect((small.json["commitments"] as? [Any])?.count == 1)

            // Three times the follow-ups and every participant speaking: the same.
            meeting["participants"] = [register.party, register.person, register.ministry]
            meeting["positions"] = [register.party, register.person, register.ministry].flatMap { stakeholder in
                [register.amnesty, register.refugees].map { ["stakeholderId": stakeholder, "issueId": $0, "stance": 1] }
            }
            meeting["commitments"] = (1...3).map { ["description": "Follow-up \($0)", "owedBy": register.person] }
            let (large, largeTrips, largeCheckouts) = try await Self.cost(of: { try await api.post("/v1/meetings", meeting) }, on: requests)
            #expect(large.status == 201, "\(large.text)")
            #expect(largeTrips == 2)
            #expect(largeCheckouts == 1)
            #expect((large.json["positions"] as? [Any])?.count == 6)
            #expect((large.json["commitments"] as? [Any])?.count == 3)

            // With an Idempotency-Key, its claim goes with the first read and its response is
            // stored with the COMMIT, once the read back has come: one round trip more.
            let (keyed, keyedTrips, keyedCheckouts) = try await Self.cost(
                of: { try await api.post("/v1/meetings", meeting, headers: ["Idempotency-Key": "round-trips-1"]) }, on: requests)
            #expect(keyed.status == 201, "\(keyed.text)")
            #expect(keyedTrips == 3)
            #expect(keyedCheckouts == 1)
            // A replay finds the key in that first round trip, rolls it back, and answers as before.
            func meetings() async throws -> Int { try await owner.query("SELECT count(*) FROM meetings")[0].decode(Int.self, at: 0) }
            let before = try await meetings()
            let (replay, replayTrips, _) = try await Self.cost(
                of: { try await api.post("/v1/meetings", meeting, headers: ["Idempotency-Key": "round-trips-1"]) }, on: requests)
            #expect(replay.status == 201)
            #expect(replay.json["id"] as? String == keyed.json["id"] as? String)
            #expect(replayTrips == 2)
            #expect(try await meetings() == before)
            var other = meeting
            other["subject"] = "Another meeting"
            expectProblem(try await api.post("/v1/meetings", other, headers: ["Idempotency-Key": "round-trips-1"]),
                          status: 422, field: "Idempotency-Key")

            // Reading a meeting back: the meeting and its parts at once, with BEGIN and the
            // token's check before them and COMMIT after.
            let id = try #require(large.json["id"] as? String)
            let (read, readTrips, readCheckouts) = try await Self.cost(of: { try await api.get("/v1/meetings/\(id)") }, on: requests)
            #expect(read.status == 200)
            #expect(readTrips == 1)

            // A page of meetings: the page with BEGIN and the check; every meeting's parts
            // with COMMIT. An empty page: the page; COMMIT.
            let (list, listTrips, _) = try await Self.cost(of: { try await api.get("/v1/meetings?limit=50") }, on: requests)
            #expect(list.status == 200)
            #expect((list.json["items"] as? [Any])?.count == 4)
            #expect(listTrips == 2)
            let (empty, emptyTrips, _) = try await Self.cost(of: { try await api.get("/v1/meetings?from=1990-01-01&to=1990-12-31") }, on: requests)
            #expect(empty.status == 200)
            #expect((empty.json["items"] as? [Any])?.count == 0)
            #expect(emptyTrips == 2)
            #expect(readCheckouts == 1)
            #expect(read.text == large.text)
        }
    }

    @Test func aRefusedTokenIsRefusedInTheRequestsFirstRoundTripAndNothingItSentTakesEffect() async throws {
        try await withAPIAndPools { api, owner, requests in
            let viewer = api.as(try await makeUser(owner, login: "looker", role: .viewer, clearance: .strictlyConfidential))
            try await Self.stampTokensAheadOfTime(owner)
            let register = try await Register.make(api, owner)
            let meetings = try await owner.query("SELECT count(*) FROM meetings")[0].decode(Int.self, at: 0)
            let keys = try await owner.query("SELECT count(*) FROM idempotency_keys")[0].decode(Int.self, at: 0)

            // An unknown token, on a keyed create: refused in the first round trip, with the key's
            // claim, which the ROLLBACK (the second) undoes.
            let (unknown, unknownTrips, unknownCheckouts) = try await Self.cost(
                of: { try await api.as("lsn_not-a-token").post("/v1/meetings", register.meeting, headers: ["Idempotency-Key": "refused-1"]) },
                on: requests)
            expectProblem(unknown, status: 401)
            #expect(unknownTrips == 2)
            #expect(unknownCheckouts == 1)

            // A viewer logging a meeting: 403 naming the role, the same way.
            let (low, lowTrips, _) = try await Self.cost(
                of: { try await viewer.post("/v1/meetings", register.meeting, headers: ["Idempotency-Key": "refused-2"]) }, on: requests)
            expectProblem(low, status: 403)
            #expect(low.text.contains("officer"), "\(low.text)")
            #expect(lowTrips == 2)

            // A revoked token, on a read.
            let revoked = try await makeUser(owner, login: "revoked", role: .admin, clearance: .strictlyConfidential)
            try await owner.query("UPDATE api_tokens SET revoked_at = now() WHERE user_id = (SELECT id FROM users WHERE login = 'revoked')")
            expectProblem(try await api.as(revoked).get("/v1/meetings"), status: 401)

            #expect(try await owner.query("SELECT count(*) FROM meetings")[0].decode(Int.self, at: 0) == meetings)
            #expect(try await owner.query("SELECT count(*) FROM idempotency_keys")[0].decode(Int.self, at: 0) == keys)
        }
    }

    @Test func aRequestAnsweredWithoutTheDatabaseStillHasItsTokenChecked() async throws {
        try await withAPIAndPools { api, owner, requests in
            try await Self.stampTokensAheadOfTime(owner)
            // A body the handler refuses before any statement: a bad token still gets 401, not 422.
            let bad = try await api.as("lsn_not-a-token").post("/v1/meetings", ["subject": ""])
            expectProblem(bad, status: 401)
            // A good token gets the handler's own answer, after one round trip for the check.
            let (invalid, trips, _) = try await Self.cost(of: { try await api.post("/v1/meetings", ["subject": ""]) }, on: requests)
            expectProblem(invalid, status: 422)
            #expect(trips == 1)
        }
    }

    @Test func aTokensUseIsStampedOutsideTheRequestOnceAMinute() async throws {
        try await withAPIAndPools { api, owner, requests in
            try await owner.query("UPDATE api_tokens SET last_used_at = NULL")
            let start = await requests.checkouts
            #expect(try await api.get("/v1/issues").status == 200)
            // The request's connection, then the stamp's.
            var waited = 0
            while await requests.checkouts < start + 2, waited < 600 {
                try await Task.sleep(for: .milliseconds(50))
                waited += 1
            }
            #expect(await requests.checkouts == start + 2)
            let stamped = try await owner.query("SELECT last_used_at FROM api_tokens")[0].decode(Date?.self, at: 0)
            #expect(stamped != nil, "the token's use was never stamped")
            // Within the minute, using it again stamps nothing: the request's own connection is
            // the only one taken, then and after.
            let (again, _, checkouts) = try await Self.cost(of: { try await api.get("/v1/issues") }, on: requests)
            #expect(again.status == 200)
            #expect(checkouts == 1)
            let after = await requests.checkouts
            try await Task.sleep(for: .milliseconds(500))
            #expect(await requests.checkouts == after)
        }
    }

    @Test func aMeetingJustCreatedHasNoPartsDeleted() async throws {
        try await withAPIAndPools { api, owner, _ in
            let register = try await Register.make(api, owner)
            // Any DELETE on a meeting's parts, even one that finds no row, now fails.
            try await owner.query(
                """
                CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'DELETE FROM % while creating a meeting', TG_TABLE_NAME; END $$
                """)
            for table in ["positions", "meeting_participants", "meeting_staff"] {
                try await owner.query("CREATE TRIGGER refuse_delete BEFORE DELETE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete()")
            }
            let created = try await api.post("/v1/meetings", register.meeting)
            #expect(created.status == 201, "\(created.text)")
        }
    }

    @Test func idsMadeForMeetingsAndFollowUpsFollowTheOrderTheyWereMadeIn() async throws {
        try await withAPIAndPools { api, owner, _ in
            let register = try await Register.make(api, owner)
            var ids: [String] = []
            for _ in 0..<3 {
                let created = try await api.post("/v1/meetings", register.meeting)
                ids.append(try #require(created.json["id"] as? String))
                ids.append(try #require(((created.json["commitments"] as? [[String: Any]])?.first?["id"]) as? String))
                try await Task.sleep(for: .milliseconds(2))
            }
            for id in ids { #expect(Array(id)[14] == "7", "\(id) is not a version 7 UUID") }
            let meetings = stride(from: 0, to: ids.count, by: 2).map { ids[$0] }
            #expect(meetings == meetings.sorted())
        }
    }

    /// Register records, their timelines and search: statements that do not need each other's
    /// results go out together, in the request's first round trip where they can.
    @Test func registerWritesAndReadsSendTogetherWhatDoesNotWaitOnAnAnswer() async throws {
        try await Self.withRegister { api, owner, register, expectCost in
            // BEGIN, the token's check, the name locks, the look for a duplicate (which refuses in
            // the database), the row, its names and its rating, the read back and COMMIT.
            let organization = try await expectCost("create an organisation", trips: 1, status: 201) {
                try await api.post("/v1/organizations", ["name": "Movement for Islamic Revival", "sector": "political-party",
                                                         "influence": ["rating": 4, "asOf": "2000-05-01"]])
            }
            #expect(organization.json["influence"] != nil)
            let person = try await expectCost("create a person", trips: 1, status: 201) {
                try await api.post("/v1/people", ["name": "Davlat Usmon", "alternateNames": ["Давлат Усмон"]])
            }
            let personID = try #require(person.json["id"] as? String)
            // A name already recorded: the look, sent before the row, refuses it, and the row
            // and the COMMIT that went with it do not take effect (the failed round trip, then
            // ROLLBACK).
            let people = try await owner.query("SELECT count(*) FROM people")[0].decode(Int.self, at: 0)
            let again = try await expectCost("create a person already recorded", trips: 2, status: 409) {
                try await api.post("/v1/people", ["name": "Давлат Усмон", "affiliations": [["organizationId": UUID().uuidString.lowercased()]]])
            }
            #expect(again.text.contains(personID), "\(again.text)")
            let peopleAfter = try await owner.query("SELECT count(*) FROM people")[0].decode(Int.self, at: 0)
            #expect(peopleAfter == people)
            // The names went in with the row: the person is found by either spelling.
            let found = try await api.get("/v1/search?q=%D0%94%D0%B0%D0%B2%D0%BB%D0%B0%D1%82%20%D0%A3%D1%81%D0%BC%D0%BE%D0%BD")
            #expect(found.text.contains(personID))

            // The record with its affiliations, and a timeline with the stakeholder's check:
            // BEGIN, everything and COMMIT in one.
            _ = try await expectCost("read a person", trips: 1, status: 200) { try await api.get("/v1/people/\(register.person)") }
            _ = try await expectCost("read an organisation", trips: 1, status: 200) {
                try await api.get("/v1/organizations/\(register.party)")
            }
            _ = try await expectCost("read an issue", trips: 1, status: 200) { try await api.get("/v1/issues/\(register.amnesty)") }
            _ = try await expectCost("a person's timeline", trips: 1, status: 200) {
                try await api.get("/v1/people/\(register.person)/timeline")
            }
            _ = try await expectCost("an organisation's timeline", trips: 1, status: 200) {
                try await api.get("/v1/organizations/\(register.party)/timeline")
            }
            // Nobody by that id: the check finds no one, and the read-only transaction is over.
            _ = try await expectCost("an unknown person's timeline", trips: 1, status: 404) {
                try await api.get("/v1/people/\(UUID().uuidString.lowercased())/timeline")
            }
            // Names by their keys, issues and meetings at once; names filling the page need no
            // second look with the costlier comparisons.
            _ = try await expectCost("search whose names fill the page", trips: 2, status: 200) {
                try await api.get("/v1/search?q=Davlat%20Usmon&limit=1")
            }
            _ = try await expectCost("search that looks again for parts and typos", trips: 3, status: 200) {
                try await api.get("/v1/search?q=Usmo&limit=5")
            }

            // An affiliation: the check that neither side was merged (refusing in the database),
            // the insert, the read back and COMMIT with BEGIN and the token's check.
            let affiliation = try await expectCost("create an affiliation", trips: 1, status: 201) {
                try await api.post("/v1/affiliations", ["personId": personID, "organizationId": register.party, "role": "Adviser"])
            }
            #expect(affiliation.json["organizationName"] as? String == "Democratic Party of Tajikistan")
            // A person with two affiliations costs what a person alone does.
            let affiliated = try await expectCost("create a person with two affiliations", trips: 1, status: 201) {
                try await api.post("/v1/people", ["name": "Said Abdullo Nuri", "affiliations": [
                    ["organizationId": register.party, "role": "Chairman"], ["organizationId": register.ministry, "role": "Envoy"]]])
            }
            #expect((affiliated.json["affiliations"] as? [Any])?.count == 2)
            // A side that does not exist, or was merged into another record, is still named by
            // where it is in the request, and nothing of the person is kept.
            let unknown = UUID().uuidString.lowercased()
            expectProblem(
                try await api.post("/v1/people", ["name": "Nobody Kept", "affiliations": [
                    ["organizationId": register.party], ["organizationId": unknown]]]),
                status: 422, field: "affiliations/1/organizationId")
            let absorbed = try #require(try await api.post("/v1/organizations", ["name": "Party of Islamic Revival", "sector": "political-party"]).json["id"] as? String)
            let merge = try await api.post("/v1/organizations/\(register.party)/merge", ["other": absorbed])
            #expect(merge.status == 200, "\(merge.text)")
            let merged = try await api.post("/v1/people", ["name": "Nobody Kept", "affiliations": [
                ["organizationId": register.ministry], ["organizationId": absorbed]]])
            expectProblem(merged, status: 422, field: "affiliations/1/organizationId")
            #expect(merged.text.contains("was merged into \(register.party)"), "\(merged.text)")
            expectProblem(try await api.post("/v1/affiliations", ["personId": personID, "organizationId": absorbed]),
                          status: 422, field: "organizationId")
            // A merged side named before one that does not exist is the problem reported, as it
            // came first.
            expectProblem(
                try await api.post("/v1/people", ["name": "Nobody Kept", "affiliations": [
                    ["organizationId": absorbed], ["organizationId": UUID().uuidString.lowercased()]]]),
                status: 422, field: "affiliations/0/organizationId")
            #expect(!(try await api.get("/v1/search?q=Nobody%20Kept").text.contains("Nobody Kept")))

            // A follow-up: its references checked with the token; the insert with the read back and COMMIT.
            _ = try await expectCost("create a follow-up", trips: 2, status: 201) {
                try await api.post("/v1/commitments", ["description": "Send the draft amnesty law", "owedBy": personID,
                                                       "issueId": register.amnesty, "dueOn": "2000-06-30"])
            }

            // The summary: the token's check with the kept state's refresh (its own transaction,
            // which must end before the summary's snapshot begins); the filters' checks, the
            // issues and who represented whom with BEGIN; every read of the period; the people
            // those name with COMMIT.
            _ = try await api.post("/v1/meetings", register.meeting)
            let summary = try await expectCost("a summary", trips: 4, status: 200) {
                try await api.get("/v1/summary?from=2000-06-01&to=2000-06-30")
            }
            #expect(summary.text.contains("Amnesty"))
            // An unknown sector is refused after the transaction's first, which the ROLLBACK follows.
            _ = try await expectCost("a summary with an unknown sector", trips: 3, status: 422) {
                try await api.get("/v1/summary?from=2000-06-01&to=2000-06-30&sector=nowhere")
            }

            // Archiving: the row locked and its version checked (refusing in the database), the
            // change, the read back and COMMIT, all in one.
            let archivedID = try #require(organization.json["id"] as? String)
            let archived = try await expectCost("archive an organisation", trips: 1, status: 200) {
                try await api.post("/v1/organizations/\(archivedID)/archive", [:] as [String: Any])
            }
            #expect(archived.json["archived"] as? Bool == true)
            // Twice changes nothing: the change applies only to a record not archived yet.
            let twice = try await expectCost("archive it again", trips: 1, status: 200) {
                try await api.post("/v1/organizations/\(archivedID)/archive", [:] as [String: Any])
            }
            #expect(twice.json["version"] as? Int == archived.json["version"] as? Int)
            // A stale version is refused by the check sent ahead of the change: the round trip
            // fails, COMMIT and all, and the transaction is rolled back.
            let stale = try await expectCost("restore with a stale version", trips: 2, status: 412) {
                try await api.post("/v1/organizations/\(archivedID)/restore", [:] as [String: Any], headers: ["If-Match": "\"1\""])
            }
            _ = stale
            let still = try await api.get("/v1/organizations/\(archivedID)")
            #expect(still.json["archived"] as? Bool == true)
        }
    }

    /// Edits: the row locked and its version checked (refusing in the database), the change with
    /// its names and rating, the read back and COMMIT, in one round trip. An edit that must read
    /// something first takes one more; one whose checks refuse in Swift (an affiliation's merged
    /// side, a follow-up's and a meeting's references) sends COMMIT on its own.
    @Test func registerEditsSendTheirChangeWithTheReadBack() async throws {
        try await Self.withRegister { api, owner, register, expectCost in
            func ratings(_ id: String) async throws -> Int {
                try await owner.query("SELECT count(*) FROM influence_ratings WHERE stakeholder_id = $1::uuid", [id])[0].decode(Int.self, at: 0)
            }
            let anyVersion = ["If-Match": "*"]

            // A rating that is already the one in force adds nothing to the history; a new one does.
            let person = ["name": "Rustam Karimov", "title": "Deputy Minister", "influence": ["rating": 4, "asOf": "2000-06-01"]] as [String: Any]
            _ = try await expectCost("edit a person, first rating", trips: 1, status: 200) {
                try await api.put("/v1/people/\(register.person)", person, headers: anyVersion)
            }
            let rated = try await ratings(register.person)
            let same = try await expectCost("edit a person, the same rating", trips: 1, status: 200) {
                try await api.put("/v1/people/\(register.person)", person.merging(["title": "Minister"]) { $1 }, headers: anyVersion)
            }
            #expect(same.json["title"] as? String == "Minister")
            #expect(try await ratings(register.person) == rated)
            let changed = try await expectCost("edit a person, a new rating", trips: 1, status: 200) {
                try await api.put("/v1/people/\(register.person)", person.merging(["influence": ["rating": 2, "asOf": "2000-07-01"]]) { $1 },
                                  headers: anyVersion)
            }
            #expect((changed.json["influence"] as? [String: Any])?["rating"] as? Int == 2)
            #expect(try await ratings(register.person) == rated + 1)
            // The new names are searched at once.
            _ = try await api.put("/v1/people/\(register.person)", ["name": "Rustam Karimovich"], headers: anyVersion)
            #expect(try await api.get("/v1/search?q=Karimovich").text.contains(register.person))

            let organization = ["name": "Ministry of Justice", "sector": "government", "notes": "Edited", "influence": ["rating": 3]] as [String: Any]
            _ = try await expectCost("edit an organisation", trips: 1, status: 200) {
                try await api.put("/v1/organizations/\(register.ministry)", organization, headers: anyVersion)
            }
            // A new parent also takes the hierarchy's turn and the look for a loop: one more.
            _ = try await expectCost("give an organisation a parent", trips: 2, status: 200) {
                try await api.put("/v1/organizations/\(register.ministry)", organization.merging(["parentId": register.party]) { $1 },
                                  headers: anyVersion)
            }
            expectProblem(
                try await api.put("/v1/organizations/\(register.party)", ["name": "Democratic Party of Tajikistan", "sector": "political-party",
                                                                         "parentId": register.ministry], headers: anyVersion),
                status: 422, field: "parentId")

            _ = try await expectCost("edit an issue", trips: 1, status: 200) {
                try await api.put("/v1/issues/\(register.amnesty)", ["title": "Amnesty law", "objectives": ["d"]], headers: anyVersion)
            }
            // A title already taken fails the round trip that carried the change: named, and nothing kept.
            expectProblem(try await api.put("/v1/issues/\(register.refugees)", ["title": "amnesty law"], headers: anyVersion),
                          status: 422, field: "title")

            // An affiliation: the look for a merged side is the change's own statement, and
            // refuses in the database, so COMMIT goes with it.
            let affiliation = try #require(try await api.post(
                "/v1/affiliations", ["personId": register.person, "organizationId": register.party, "role": "Adviser"]).json["id"] as? String)
            let moved = try await expectCost("edit an affiliation", trips: 1, status: 200) {
                try await api.put("/v1/affiliations/\(affiliation)", ["personId": register.person, "organizationId": register.ministry,
                                                                     "role": "Envoy"], headers: anyVersion)
            }
            #expect(moved.json["organizationName"] as? String == "Ministry of Justice")
            expectProblem(
                try await api.put("/v1/affiliations/\(affiliation)", ["personId": register.person, "organizationId": UUID().uuidString.lowercased()],
                                  headers: anyVersion),
                status: 422, field: "organizationId")

            let followUp = try #require(try await api.post(
                "/v1/commitments", ["description": "Send the draft", "owedBy": register.person]).json["id"] as? String)
            _ = try await expectCost("edit a follow-up", trips: 2, status: 200) {
                try await api.put("/v1/commitments/\(followUp)", ["description": "Send the draft law", "owedBy": register.person,
                                                                  "status": "done"], headers: anyVersion)
            }

            // A meeting: its current positions are read with the references; the writes go with
            // the read back and COMMIT.
            let meeting = try #require(try await api.post("/v1/meetings", register.meeting).json["id"] as? String)
            var edited = register.meeting
            edited["subject"] = "Amnesty, again"
            edited["commitments"] = nil
            let replaced = try await expectCost("replace a meeting", trips: 2, status: 200) {
                try await api.put("/v1/meetings/\(meeting)", edited, headers: anyVersion)
            }
            #expect(replaced.json["subject"] as? String == "Amnesty, again")

            // What the lock's check refuses is what the request answers, and the change sent with
            // it, COMMIT included, does not take effect: a stale version (412), an archived record
            // (409), no record (404). The failed round trip, then ROLLBACK.
            let stale = try await expectCost("edit a person with a stale version", trips: 2, status: 412) {
                try await api.put("/v1/people/\(register.person)", ["name": "Stale Edit"], headers: ["If-Match": "\"1\""])
            }
            _ = stale
            let unchanged = try await api.get("/v1/people/\(register.person)")
            #expect(unchanged.json["name"] as? String == "Rustam Karimovich")
            _ = try await api.post("/v1/issues/\(register.refugees)/archive", [:] as [String: Any])
            let archivedIssue = try await expectCost("edit an archived issue", trips: 2, status: 409) {
                try await api.put("/v1/issues/\(register.refugees)", ["title": "Refugees, edited"], headers: anyVersion)
            }
            #expect(archivedIssue.text.contains("archived"), "\(archivedIssue.text)")
            let issueAfter = try await api.get("/v1/issues/\(register.refugees)")
            #expect(issueAfter.json["title"] as? String != "Refugees, edited")
            _ = try await expectCost("edit no one", trips: 2, status: 404) {
                try await api.put("/v1/people/\(UUID().uuidString.lowercased())", ["name": "Nobody"], headers: anyVersion)
            }
        }
    }
}
