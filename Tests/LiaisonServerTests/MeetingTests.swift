import Foundation
import LiaisonPostgres
import Testing

/// A small register: two organisations, a person affiliated with one of them, two issues and a staff member.
struct Register {
    var party: String
    var ministry: String
    var person: String
    var amnesty: String
    var refugees: String
    var officer: String

    static func make(_ api: API, _ pool: ConnectionPool) async throws -> Register {
        func id(_ response: TestResponse) throws -> String {
            #expect(response.status == 201, "\(response.text)")
            return try #require(response.json["id"] as? String)
        }
        let party = try id(try await api.post("/v1/organizations", ["name": "Democratic Party of Tajikistan", "sector": "political-party"]))
        let ministry = try id(try await api.post("/v1/organizations", ["name": "Ministry of Justice", "sector": "government", "kind": "ministry"]))
        let person = try id(
            try await api.post(
                "/v1/people",
                ["name": "Rustam Karimov", "alternateNames": ["Рустам Каримов"], "title": "Deputy Minister",
                 "affiliations": [["organizationId": ministry, "role": "Deputy Minister", "from": "1999-01-01"]]]))
        let amnesty = try id(try await api.post("/v1/issues", ["title": "Amnesty", "objectives": ["d"]]))
        let refugees = try id(try await api.post("/v1/issues", ["title": "Refugee return", "objectives": ["b", "d"]]))
        let officer = try await pool.query(
            "INSERT INTO users (login, display_name) VALUES ($1, $2) RETURNING id", ["officer1", "Political Officer"]
        )[0].decode(UUID.self, at: 0).uuidString.lowercased()
        return Register(party: party, ministry: ministry, person: person, amnesty: amnesty, refugees: refugees, officer: officer)
    }

    var meeting: [String: Any] {
        [
            "subject": "Amnesty implementation", "startsAt": "2000-06-12T10:00:00+05:00", "timeZone": "Asia/Dushanbe",
            "place": "Dushanbe", "region": "dushanbe", "notes": "Supportive of extending the deadline.",
            "confidentiality": "unclassified",
            "participants": [party, person], "staff": [officer],
            "positions": [
                ["stakeholderId": party, "issueId": amnesty, "stance": 1, "quote": "Extend the deadline."],
                ["stakeholderId": person, "issueId": amnesty, "stance": -1],
            ],
            "commitments": [["description": "Send the draft decree", "owedBy": person, "dueOn": "2000-06-30", "issueId": amnesty]],
        ]
    }
}

@Suite("Meetings, people, issues and commitments over HTTP")
struct MeetingTests {
    @Test func aMeetingIsLoggedWithEverythingInOneRequest() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            let created = try await api.post("/v1/meetings", register.meeting)
            #expect(created.status == 201, "\(created.text)")
            let meeting = created.json
            #expect(meeting["localStart"] as? String == "2000-06-12T10:00:00+05:00")
            #expect(meeting["objectives"] as? [String] == ["d"])
            #expect(meeting["confidentiality"] as? String == "unclassified")
            #expect((meeting["participants"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
                == ["Democratic Party of Tajikistan", "Rustam Karimov"])
            #expect((meeting["staff"] as? [[String: Any]])?.first?["name"] as? String == "Political Officer")
            #expect((meeting["positions"] as? [[String: Any]])?.count == 2)
            let commitments = try #require(meeting["commitments"] as? [[String: Any]])
            #expect(commitments.count == 1)
            #expect((commitments[0]["owedBy"] as? [String: Any])?["type"] as? String == "person")
            #expect(commitments[0]["overdue"] as? Bool == true)

            let id = try #require(meeting["id"] as? String)
            #expect(try await api.get("/v1/meetings/\(id)").status == 200)
            let byStakeholder = try await api.get("/v1/meetings?stakeholder=\(register.person)")
            #expect((byStakeholder.json["items"] as? [[String: Any]])?.count == 1)
            let bySector = try await api.get("/v1/meetings?sector=government")  // through the person's affiliation
            #expect((bySector.json["items"] as? [[String: Any]])?.count == 1)
            let outOfRange = try await api.get("/v1/meetings?from=2000-07-01")
            #expect((outOfRange.json["items"] as? [[String: Any]])?.isEmpty == true)
            let byText = try await api.get("/v1/meetings?q=DEADLINE")
            #expect((byText.json["items"] as? [[String: Any]])?.count == 1)

            let overdue = try await api.get("/v1/commitments?overdue=true")
            #expect((overdue.json["items"] as? [[String: Any]])?.count == 1)
            let owed = try await api.get("/v1/commitments?owedBy=\(register.person)")
            #expect((owed.json["items"] as? [[String: Any]])?.count == 1)
        }
    }

    @Test func aMeetingWithAnyBadPartCreatesNothing() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            var meeting = register.meeting
            meeting["positions"] = [["stakeholderId": register.party, "issueId": UUID().uuidString, "stance": 1]]
            expectProblem(try await api.post("/v1/meetings", meeting), status: 422, field: "positions/0/issueId")
            let rows = try await pool.query("SELECT (SELECT count(*) FROM meetings) + (SELECT count(*) FROM commitments)")
            #expect(try rows[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test func everyBadMeetingInputIsNamed() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            func attempt(_ change: (inout [String: Any]) -> Void) async throws -> TestResponse {
                var meeting = register.meeting
                change(&meeting)
                return try await api.post("/v1/meetings", meeting)
            }
            expectProblem(try await attempt { $0["positions"] = [["stakeholderId": register.party, "issueId": register.amnesty, "stance": 3]] },
                          status: 422, field: "positions/0/stance")
            expectProblem(try await attempt { $0["positions"] = [["stakeholderId": register.ministry, "issueId": register.amnesty, "stance": 1]] },
                          status: 422, field: "positions/0/stakeholderId")
            expectProblem(try await attempt { $0["startsAt"] = "2000-02-30T10:00:00+05:00" }, status: 422, field: "startsAt")
            expectProblem(try await attempt { $0["startsAt"] = "next Tuesday" }, status: 422, field: "startsAt")
            expectProblem(try await attempt { $0["startsAt"] = "2000-06-12T10:00:00" }, status: 422, field: "startsAt")
            expectProblem(try await attempt { $0["timeZone"] = "Mars/Olympus_Mons" }, status: 422, field: "timeZone")
            expectProblem(try await attempt { $0["subject"] = "" }, status: 422, field: "subject")
            expectProblem(try await attempt { $0.removeValue(forKey: "subject") }, status: 422, field: "subject")
            expectProblem(try await attempt { $0["notes"] = String(repeating: "n", count: 100_001) }, status: 422, field: "notes")
            expectProblem(try await attempt { $0["participants"] = [] }, status: 422, field: "participants")
            expectProblem(try await attempt { $0["participants"] = [UUID().uuidString]; $0["positions"] = [] },
                          status: 422, field: "participants/0")
            expectProblem(try await attempt { $0["staff"] = [register.person] }, status: 422, field: "staff/0")
            expectProblem(try await attempt { $0["objectives"] = ["e"] }, status: 422, field: "objectives/0")
            expectProblem(try await attempt { $0["confidentiality"] = "secret" }, status: 422, field: "confidentiality")
            let atlantis = try await attempt { $0["region"] = "atlantis" }
            expectProblem(atlantis, status: 422, field: "region")
            #expect(atlantis.text.contains("'atlantis' is not one of the regions: "), "\(atlantis.text)")
            #expect(atlantis.text.contains("khatlon"), "\(atlantis.text)")
            expectProblem(try await attempt { $0["commitments"] = [["description": "x", "owedBy": UUID().uuidString]] },
                          status: 422, field: "commitments/0/owedBy")
            expectProblem(try await attempt { $0["commitments"] = [["description": "x", "dueOn": "2000-13-01"]] },
                          status: 422, field: "commitments/0/dueOn")

            // A participant archived before the meeting cannot have been met.
            _ = try await api.post("/v1/organizations/\(register.party)/archive", [String: Any]())
            expectProblem(try await attempt { $0["startsAt"] = "2099-01-01T10:00:00+05:00" }, status: 422, field: "participants/0")
            // ...but a meeting from before it was archived can still be logged.
            let earlier = try await attempt { $0["startsAt"] = "2000-06-12T10:00:00+05:00" }
            #expect(earlier.status == 201, "\(earlier.text)")
        }
    }

    @Test func updatingAMeetingReplacesItsPartsAndKeepsItsCommitments() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            let created = try await api.post("/v1/meetings", register.meeting)
            let id = try #require(created.json["id"] as? String)
            var edited = register.meeting
            edited.removeValue(forKey: "commitments")
            edited["participants"] = [register.party]
            edited["positions"] = [["stakeholderId": register.party, "issueId": register.refugees, "stance": 2]]
            edited["startsAt"] = "2000-06-13T09:00:00+05:00"
            let updated = try await api.put("/v1/meetings/\(id)", edited, headers: ["If-Match": "\"1\""])
            #expect(updated.status == 200, "\(updated.text)")
            #expect((updated.json["participants"] as? [[String: Any]])?.count == 1)
            #expect((updated.json["positions"] as? [[String: Any]])?.first?["issueTitle"] as? String == "Refugee return")
            #expect((updated.json["commitments"] as? [[String: Any]])?.count == 1)
            expectProblem(try await api.put("/v1/meetings/\(id)", edited, headers: ["If-Match": "\"1\""]), status: 412)
            expectProblem(try await api.put("/v1/meetings/\(id)", register.meeting, headers: ["If-Match": "\"2\""]),
                          status: 422, field: "commitments")
        }
    }

    @Test func currentStancesAreTheLatestPositionAsOfADate() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            func log(_ date: String, _ stance: Int) async throws {
                let response = try await api.post(
                    "/v1/meetings",
                    ["subject": "Amnesty", "startsAt": "\(date)T10:00:00+05:00", "participants": [register.party],
                     "positions": [["stakeholderId": register.party, "issueId": register.amnesty, "stance": stance]]])
                #expect(response.status == 201, "\(response.text)")
            }
            try await log("2000-06-01", -2)
            try await log("2000-07-01", 0)
            try await log("2000-08-01", 2)
            func stance(asOf date: String) async throws -> Int? {
                let response = try await api.get("/v1/stances?asOf=\(date)&issue=\(register.amnesty)")
                let stances = try JSONSerialization.jsonObject(with: response.body) as? [[String: Any]]
                return stances?.first?["stance"] as? Int
            }
            #expect(try await stance(asOf: "2000-05-31") == nil)
            #expect(try await stance(asOf: "2000-06-15") == -2)
            #expect(try await stance(asOf: "2000-07-01") == 0)
            #expect(try await stance(asOf: "2000-12-31") == 2)
            let government = try await api.get("/v1/stances?asOf=2000-12-31&sector=government")
            #expect((try JSONSerialization.jsonObject(with: government.body) as? [[String: Any]])?.isEmpty == true)
            expectProblem(try await api.get("/v1/stances?asOf=2000-02-30"), status: 422, field: "asOf")

            let timeline = try await api.get("/v1/organizations/\(register.party)/timeline")
            let entries = try #require(try JSONSerialization.jsonObject(with: timeline.body) as? [[String: Any]])
            #expect(entries.count == 6)  // three meetings and three positions
            #expect(entries.first?["at"] as? String == "2000-08-01T05:00:00Z")
        }
    }

    @Test func ofTwoPositionsAtOneMomentTheStancesAndTheSummaryTakeTheSameOne() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            var ids: [(id: String, stance: Int)] = []
            for stance in [-2, 2, 1] {
                let response = try await api.post(
                    "/v1/meetings",
                    ["subject": "Twin \(stance)", "startsAt": "2000-06-12T10:00:00+05:00", "participants": [register.party],
                     "positions": [["stakeholderId": register.party, "issueId": register.amnesty, "stance": stance]]])
                ids.append((try #require(response.json["id"] as? String), stance))
            }
            // As the summary's sweep decides a tie: the greatest meeting id.
            let expected = try #require(ids.max { $0.id < $1.id }).stance
            let stances = try await api.get("/v1/stances?asOf=2000-06-30&issue=\(register.amnesty)")
            #expect((try JSONSerialization.jsonObject(with: stances.body) as? [[String: Any]])?.first?["stance"] as? Int == expected)
            let summary = try await api.get("/v1/summary?from=2000-07-01&to=2000-07-31&issue=\(register.amnesty)").json
            let issue = try #require((summary["issues"] as? [[String: Any]])?.first)
            let map = try #require(issue["map"] as? [[String: Any]])
            #expect(map.first { $0["stakeholderId"] as? String == register.party }?["stance"] as? Int == expected)
        }
    }

    @Test func peopleAffiliationsAndRepresentatives() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            let person = try await api.get("/v1/people/\(register.person)")
            let affiliations = try #require(person.json["affiliations"] as? [[String: Any]])
            #expect(affiliations.first?["organizationName"] as? String == "Ministry of Justice")
            // Found by another script's spelling.
            let found = try await api.get("/v1/people?q=%D0%9A%D0%B0%D1%80%D0%B8%D0%BC%D0%BE%D0%B2")  // "Каримов"
            #expect((found.json["items"] as? [[String: Any]])?.count == 1)
            // A successor from 2000-07-01; the first one leaves on 2000-06-30 (end dates are inclusive).
            let affiliationID = try #require(affiliations.first?["id"] as? String)
            let ended = try await api.put(
                "/v1/affiliations/\(affiliationID)",
                ["personId": register.person, "organizationId": register.ministry, "role": "Deputy Minister",
                 "from": "1999-01-01", "to": "2000-06-30"], headers: ["If-Match": "\"1\""])
            #expect(ended.status == 200, "\(ended.text)")
            let successor = try await api.post(
                "/v1/people",
                ["name": "Davron Saidov", "affiliations": [["organizationId": register.ministry, "role": "Deputy Minister", "from": "2000-07-01"]]])
            #expect(successor.status == 201)
            func representatives(on date: String) async throws -> [String] {
                let response = try await api.get("/v1/organizations/\(register.ministry)/representatives?on=\(date)")
                return (try JSONSerialization.jsonObject(with: response.body) as? [[String: Any]])?.compactMap { $0["personName"] as? String } ?? []
            }
            #expect(try await representatives(on: "2000-06-30") == ["Rustam Karimov"])
            #expect(try await representatives(on: "2000-07-01") == ["Davron Saidov"])
            #expect(try await representatives(on: "1998-01-01") == [])

            expectProblem(
                try await api.post("/v1/affiliations", ["personId": register.person, "organizationId": register.party, "from": "2000-06-01", "to": "2000-05-01"]),
                status: 422, field: "to")
            expectProblem(try await api.post("/v1/affiliations", ["personId": UUID().uuidString, "organizationId": register.party]),
                          status: 422, field: "personId")
            expectProblem(try await api.post("/v1/people", ["name": "X", "email": "not an address"]), status: 422, field: "email")
            expectProblem(try await api.post("/v1/people", ["name": "X", "affiliations": [["organizationId": UUID().uuidString]]]),
                          status: 422, field: "affiliations/0/organizationId")
            let archived = try await api.post("/v1/people/\(register.person)/archive", [String: Any]())
            #expect(archived.json["archived"] as? Bool == true)
            #expect(try await api.post("/v1/people/\(register.person)/restore", [String: Any]()).json["archived"] as? Bool == false)
        }
    }

    @Test func issuesAndCommitmentsHaveTheirOwnLifecycles() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            expectProblem(try await api.post("/v1/issues", ["title": "amnesty"]), status: 422, field: "title")
            expectProblem(try await api.post("/v1/issues", ["title": "X", "objectives": []]), status: 422, field: "objectives")
            let issue = try await api.get("/v1/issues/\(register.refugees)")
            #expect(issue.json["objectives"] as? [String] == ["b", "d"])
            let objectiveB = try await api.get("/v1/issues?objective=b")
            #expect((objectiveB.json["items"] as? [[String: Any]])?.count == 1)
            #expect(try await api.post("/v1/issues/\(register.refugees)/archive", [String: Any]()).status == 200)
            #expect((try await api.get("/v1/issues").json["items"] as? [[String: Any]])?.count == 1)

            let commitment = try await api.post(
                "/v1/commitments", ["description": "Visit Khatlon", "owedBy": register.officer, "dueOn": "2000-07-15"],
                headers: ["Idempotency-Key": "followup-1"])
            #expect(commitment.status == 201, "\(commitment.text)")
            #expect((commitment.json["owedBy"] as? [String: Any])?["type"] as? String == "user")
            let again = try await api.post(
                "/v1/commitments", ["description": "Visit Khatlon", "owedBy": register.officer, "dueOn": "2000-07-15"],
                headers: ["Idempotency-Key": "followup-1"])
            #expect(again.json["id"] as? String == commitment.json["id"] as? String)
            let id = try #require(commitment.json["id"] as? String)
            let done = try await api.put(
                "/v1/commitments/\(id)", ["description": "Visit Khatlon", "owedBy": register.officer, "dueOn": "2000-07-15", "status": "done"],
                headers: ["If-Match": "\"1\""])
            #expect(done.json["status"] as? String == "done")
            #expect(done.json["closedAt"] != nil)
            #expect(done.json["overdue"] as? Bool == false)
            expectProblem(try await api.post("/v1/commitments", ["description": "x", "status": "maybe"]), status: 422, field: "status")
            expectProblem(try await api.post("/v1/commitments", ["description": "x", "meetingId": UUID().uuidString]),
                          status: 422, field: "meetingId")
            expectProblem(try await api.get("/v1/commitments?status=maybe"), status: 422, field: "status")
        }
    }

    @Test func meetingPagesHaveNoGapsOrRepeats() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            for day in 1...12 {
                let response = try await api.post(
                    "/v1/meetings",
                    ["subject": "Call \(day)", "startsAt": "2000-07-\(day < 10 ? "0" : "")\(day)T09:00:00+05:00", "participants": [register.party]])
                #expect(response.status == 201)
            }
            var subjects: [String] = []
            var cursor: String?
            repeat {
                let page = try await api.get("/v1/meetings?limit=5" + (cursor.map { "&cursor=\($0)" } ?? ""))
                subjects += (page.json["items"] as? [[String: Any]] ?? []).compactMap { $0["subject"] as? String }
                cursor = page.json["nextCursor"] as? String
                _ = try await api.post(
                    "/v1/meetings", ["subject": "Inserted", "startsAt": "2000-12-01T09:00:00+05:00", "participants": [register.party]])
            } while cursor != nil
            #expect(subjects.filter { $0.hasPrefix("Call") } == (1...12).reversed().map { "Call \($0)" })
        }
    }
}
