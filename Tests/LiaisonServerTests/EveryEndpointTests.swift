import Foundation
import Testing

/// The endpoints the other suites do not walk through in detail, each exercised once.
@Suite("Every endpoint answers as documented")
struct EveryEndpointTests {
    @Test func theRemainingReadsUpdatesArchivesAndRestores() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            let kinds = try await api.get("/v1/organization-kinds")
            #expect(kinds.status == 200)
            #expect(try await api.post("/v1/organization-kinds", ["slug": "trade-union", "name": "Trade union"]).status == 201)
            #expect((try await api.get("/v1/regions")).status == 200)

            // People: update and timeline.
            let person = try await api.put(
                "/v1/people/\(register.person)", ["name": "Rustam Karimov", "title": "Minister", "influence": ["rating": 4]],
                headers: ["If-Match": "\"1\""])
            #expect(person.status == 200, "\(person.text)")
            #expect(person.json["title"] as? String == "Minister")
            #expect((person.json["influence"] as? [String: Any])?["rating"] as? Int == 4)
            expectProblem(
                try await api.put(
                    "/v1/people/\(register.person)", ["name": "R", "affiliations": [["organizationId": register.party]]],
                    headers: ["If-Match": "\"2\""]),
                status: 422, field: "affiliations")
            let meeting = try await api.post("/v1/meetings", register.meeting)
            let meetingID = try #require(meeting.json["id"] as? String)
            let timeline = try await api.get("/v1/people/\(register.person)/timeline?limit=10")
            let entries = try JSONSerialization.jsonObject(with: timeline.body) as? [[String: Any]]
            #expect(Set(entries?.compactMap { $0["type"] as? String } ?? []) == ["meeting", "position", "commitment"])
            expectProblem(try await api.get("/v1/people/\(UUID().uuidString)/timeline"), status: 404)
            expectProblem(try await api.get("/v1/people/\(register.person)/timeline?limit=0"), status: 422, field: "limit")

            // Affiliations: list, read, archive, restore.
            let list = try await api.get("/v1/affiliations?person=\(register.person)&on=2000-06-01")
            #expect(list.status == 200, "\(list.text)")
            let affiliation = try #require((list.json["items"] as? [[String: Any]])?.first)
            let affiliationID = try #require(affiliation["id"] as? String)
            #expect(try await api.get("/v1/affiliations/\(affiliationID)").json["role"] as? String == "Deputy Minister")
            #expect(try await api.post("/v1/affiliations/\(affiliationID)/archive", [String: Any]()).json["archived"] as? Bool == true)
            #expect((try await api.get("/v1/affiliations?person=\(register.person)").json["items"] as? [[String: Any]])?.isEmpty == true)
            #expect(try await api.post("/v1/affiliations/\(affiliationID)/restore", [String: Any]()).json["archived"] as? Bool == false)
            expectProblem(try await api.get("/v1/affiliations?on=yesterday"), status: 422, field: "on")

            // Issues: read, update, restore.
            let issue = try await api.put(
                "/v1/issues/\(register.amnesty)", ["title": "Amnesty law", "description": "The 1997 amnesty."],
                headers: ["If-Match": "\"1\""])
            #expect(issue.json["title"] as? String == "Amnesty law")
            #expect(issue.json["objectives"] as? [String] == ["d"])
            #expect(try await api.post("/v1/issues/\(register.amnesty)/archive", [String: Any]()).status == 200)
            #expect(try await api.post("/v1/issues/\(register.amnesty)/restore", [String: Any]()).json["archived"] as? Bool == false)

            // Commitments: read, archive, restore.
            let commitmentID = try #require((meeting.json["commitments"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(try await api.get("/v1/commitments/\(commitmentID)").json["description"] as? String == "Send the draft decree")
            #expect(try await api.post("/v1/commitments/\(commitmentID)/archive", [String: Any]()).json["archived"] as? Bool == true)
            #expect(try await api.post("/v1/commitments/\(commitmentID)/restore", [String: Any]()).status == 200)

            // Meetings: archive hides the meeting and its positions from stances; restore brings them back.
            #expect(try await api.post("/v1/meetings/\(meetingID)/archive", [String: Any]()).json["archived"] as? Bool == true)
            let hidden = try await api.get("/v1/stances?asOf=2000-12-31")
            #expect((try JSONSerialization.jsonObject(with: hidden.body) as? [[String: Any]])?.isEmpty == true)
            #expect((try await api.get("/v1/meetings?archived=true").json["items"] as? [[String: Any]])?.count == 1)
            #expect(try await api.post("/v1/meetings/\(meetingID)/restore", [String: Any]()).json["archived"] as? Bool == false)
            let shown = try await api.get("/v1/stances?asOf=2000-12-31")
            #expect((try JSONSerialization.jsonObject(with: shown.body) as? [[String: Any]])?.count == 2)
        }
    }

    @Test func theContractListsEveryEndpoint() async throws {
        try await withAPI { api in
            let document = try await api.get("/openapi.yaml").text
            for path in [
                "/v1/organizations:", "/v1/organizations/{id}:", "/v1/organizations/{id}/archive:", "/v1/organizations/{id}/restore:",
                "/v1/organizations/{id}/timeline:", "/v1/organizations/{id}/representatives:",
                "/v1/people:", "/v1/people/{id}:", "/v1/people/{id}/archive:", "/v1/people/{id}/restore:", "/v1/people/{id}/timeline:",
                "/v1/affiliations:", "/v1/affiliations/{id}:", "/v1/issues:", "/v1/issues/{id}:", "/v1/meetings:",
                "/v1/meetings/{id}:", "/v1/commitments:", "/v1/commitments/{id}:", "/v1/stances:",
            ] {
                #expect(document.contains("\n  \(path)\n"), "\(path) is missing from the contract")
            }
        }
    }
}
