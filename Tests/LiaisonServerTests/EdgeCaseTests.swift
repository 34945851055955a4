import Foundation
import Testing

@Suite("Edge cases of input and concurrency")
struct EdgeCaseTests {
    @Test func blankIdsAreProblemsNotCrashes() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            expectProblem(try await api.post("/v1/affiliations", ["personId": " ", "organizationId": register.party]),
                          status: 422, field: "personId")
            expectProblem(try await api.post("/v1/affiliations", ["personId": register.person, "organizationId": ""]),
                          status: 422, field: "organizationId")
            var meeting = register.meeting
            meeting["participants"] = [""]
            meeting["positions"] = []
            expectProblem(try await api.post("/v1/meetings", meeting), status: 422, field: "participants/0")
            meeting = register.meeting
            meeting["positions"] = [["stakeholderId": register.party, "issueId": " ", "stance": 1]]
            expectProblem(try await api.post("/v1/meetings", meeting), status: 422, field: "positions/0/issueId")
            // The server is still there.
            #expect(try await api.get("/v1/organizations").status == 200)
        }
    }

    @Test func emptyIdAndDateFiltersAreRefusedLikeOtherEmptyFilters() async throws {
        try await withAPI { api in
            for (path, field) in [
                ("/v1/meetings?to=", "to"), ("/v1/meetings?stakeholder=", "stakeholder"), ("/v1/affiliations?person=", "person"),
                ("/v1/commitments?dueFrom=", "dueFrom"), ("/v1/summary?to=", "to"), ("/v1/stances?asOf=", "asOf"),
            ] {
                expectProblem(try await api.get(path), status: 422, field: field)
            }
            #expect(try await api.get("/v1/meetings").status == 200)
        }
    }

    @Test func lengthsAreCountedAsTheDatabaseCountsThem() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            var meeting = register.meeting
            meeting["subject"] = String(repeating: "🇹🇯", count: 300)  // 300 characters, 600 code points
            expectProblem(try await api.post("/v1/meetings", meeting), status: 422, field: "subject")
            expectProblem(try await api.post("/v1/issues", ["title": "Amnesty\u{0}law"]), status: 422)
        }
    }

    @Test func posixStyleTimeZonesAndYearZeroAreRefused() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            var meeting = register.meeting
            meeting["timeZone"] = "+05:00"  // POSIX reads this as five hours west of UTC
            expectProblem(try await api.post("/v1/meetings", meeting), status: 422, field: "timeZone")
            meeting["timeZone"] = "UTC"
            #expect(try await api.post("/v1/meetings", meeting).status == 201)
            expectProblem(try await api.get("/v1/stances?asOf=0000-01-01"), status: 422, field: "asOf")
            meeting["startsAt"] = "0000-06-12T10:00:00+05:00"
            expectProblem(try await api.post("/v1/meetings", meeting), status: 422, field: "startsAt")
        }
    }

    @Test func tamperedCursorsAreProblems() async throws {
        try await withAPI { api in
            let forged = Data(#"["not a time","00000000-0000-4000-8000-000000000001"]"#.utf8).base64EncodedString()
            for path in ["/v1/meetings", "/v1/affiliations", "/v1/commitments", "/v1/people", "/v1/issues", "/v1/organizations"] {
                let response = try await api.get("\(path)?cursor=\(forged.replacingOccurrences(of: "=", with: ""))")
                #expect(response.status == 422 || response.status == 200, "\(path): \(response.text)")
                #expect(response.status != 500, "\(path)")
            }
            expectProblem(try await api.get("/v1/meetings?cursor=\(forged.replacingOccurrences(of: "=", with: ""))"),
                          status: 422, field: "cursor")
        }
    }

    @Test func openCommitmentsWithoutADueDateAreNotOverdue() async throws {
        try await withAPI { api in
            #expect(try await api.post("/v1/commitments", ["description": "Whenever"]).status == 201)
            #expect(try await api.post("/v1/commitments", ["description": "Late", "dueOn": "2000-01-01"]).status == 201)
            let notOverdue = try await api.get("/v1/commitments?overdue=false")
            #expect((notOverdue.json["items"] as? [[String: Any]])?.compactMap { $0["description"] as? String } == ["Whenever"])
            let overdue = try await api.get("/v1/commitments?overdue=true")
            #expect((overdue.json["items"] as? [[String: Any]])?.compactMap { $0["description"] as? String } == ["Late"])
        }
    }

    @Test func aSectorFilterNeverBringsBackAStanceThatIsNoLongerCurrent() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            let ngo = try #require(
                try await api.post("/v1/organizations", ["name": "Bureau on Human Rights", "sector": "civil-society"]).json["id"] as? String)
            // The person leaves the ministry at the end of June and joins the NGO in July.
            let affiliations = try await api.get("/v1/affiliations?person=\(register.person)")
            let ministryAffiliation = try #require((affiliations.json["items"] as? [[String: Any]])?.first?["id"] as? String)
            _ = try await api.put(
                "/v1/affiliations/\(ministryAffiliation)",
                ["personId": register.person, "organizationId": register.ministry, "from": "1999-01-01", "to": "2000-06-30"],
                headers: ["If-Match": "\"1\""])
            _ = try await api.post("/v1/affiliations", ["personId": register.person, "organizationId": ngo, "from": "2000-07-01"])
            for (date, stance) in [("2000-06-15", 2), ("2000-08-01", -2)] {
                let response = try await api.post(
                    "/v1/meetings",
                    ["subject": "Amnesty", "startsAt": "\(date)T10:00:00+05:00", "participants": [register.person],
                     "positions": [["stakeholderId": register.person, "issueId": register.amnesty, "stance": stance]]])
                #expect(response.status == 201)
            }
            func stances(_ sector: String) async throws -> [Int] {
                let response = try await api.get("/v1/stances?asOf=2000-12-31&sector=\(sector)")
                return (try JSONSerialization.jsonObject(with: response.body) as? [[String: Any]])?.compactMap { $0["stance"] as? Int } ?? []
            }
            #expect(try await stances("government") == [])
            #expect(try await stances("civil-society") == [-2])
        }
    }

    @Test func meetingsStayEditableAfterTheirIssueIsArchived() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            var meeting = register.meeting
            meeting.removeValue(forKey: "commitments")
            let created = try await api.post("/v1/meetings", meeting)
            let id = try #require(created.json["id"] as? String)
            _ = try await api.post("/v1/issues/\(register.amnesty)/archive", [String: Any]())
            meeting["notes"] = "Corrected a typo."
            let updated = try await api.put("/v1/meetings/\(id)", meeting, headers: ["If-Match": "\"1\""])
            #expect(updated.status == 200, "\(updated.text)")
            // A new position on the archived issue is still refused.
            meeting["positions"] = [["stakeholderId": register.party, "issueId": register.amnesty, "stance": 1],
                                    ["stakeholderId": register.person, "issueId": register.amnesty, "stance": -1]]
            meeting["participants"] = [register.party, register.person, register.ministry]
            var extra = meeting["positions"] as! [[String: Any]]
            extra.append(["stakeholderId": register.ministry, "issueId": register.amnesty, "stance": 0])
            meeting["positions"] = extra
            expectProblem(try await api.put("/v1/meetings/\(id)", meeting, headers: ["If-Match": "\"2\""]),
                          status: 422, field: "positions/2/issueId")
        }
    }

    @Test func ifMatchFollowsHTTP() async throws {
        try await withAPI { api in
            let body: [String: Any] = ["name": "Ministry of Justice", "sector": "government"]
            let id = try #require(try await api.post("/v1/organizations", body).json["id"] as? String)
            expectProblem(try await api.put("/v1/organizations/\(id)", body, headers: ["If-Match": "garbage"]), status: 412)
            #expect(try await api.put("/v1/organizations/\(id)", body, headers: ["If-Match": "\"7\", \"1\""]).status == 200)
            #expect(try await api.put("/v1/organizations/\(id)", body, headers: ["If-Match": "W/\"2\""]).status == 200)
            #expect(try await api.put("/v1/organizations/\(id)", body, headers: ["If-Match": "*"]).status == 200)
            let read = try await api.get("/v1/organizations/\(id)")
            #expect(read.json["version"] as? Int == 4)
        }
    }
}
