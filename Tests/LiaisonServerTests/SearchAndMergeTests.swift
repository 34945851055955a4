import Foundation
import LiaisonDomain
import TestSupport
import Testing

@Suite("Search, duplicates and merging")
struct SearchAndMergeTests {
    static func create(_ api: API, _ path: String, _ body: [String: Any]) async throws -> String {
        let created = try await api.post(path, body)
        #expect(created.status == 201, "\(path): \(created.text)")
        return try #require(created.json["id"] as? String)
    }

    static func meeting(
        _ api: API, _ day: String, _ participants: [String], subject: String, notes: String = "",
        positions: [[String: Any]] = [], commitments: [[String: Any]] = [], confidentiality: String = "unclassified"
    ) async throws -> String {
        try await create(api, "/v1/meetings", [
            "startsAt": "\(day)T10:00:00+05:00", "subject": subject, "notes": notes, "participants": participants,
            "positions": positions, "commitments": commitments, "confidentiality": confidentiality,
        ])
    }

    static func items(_ response: TestResponse) -> [[String: Any]] { (response.json["items"] as? [[String: Any]]) ?? [] }

    @Test func aNameIsFoundFromAnyScriptOrSpelling() async throws {
        try await withAPI { api in
            let person = try await Self.create(api, "/v1/people", ["name": "Emomali Rakhmonov"])
            _ = try await Self.create(api, "/v1/people", ["name": "Rustam Rahimov"])
            let ministry = try await Self.create(api, "/v1/organizations", [
                "name": "Ministry of Justice", "sector": "government", "aliases": ["Вазорати адлия", "Министерство юстиции"],
            ])
            for query in ["Рахмонов", "rahmonov", "Раҳмонов", "RAKHMONOV", "رحمانوف", "Emomali Rahmonov", "Эмомали Раҳмонов"] {
                let found = Self.items(try await api.get("/v1/search?q=\(query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)"))
                #expect(found.first?["id"] as? String == person, "\(query): \(found.map { $0["title"] ?? "" })")
                // The whole name is "exact"; the surname alone is a part of it.
                #expect(found.first?["exact"] as? Bool == query.contains(" "), "\(query)")
            }
            // A typo still finds it, though not as the very name; Rahimov is another name.
            let typo = Self.items(try await api.get("/v1/search?q=Rakhmonv&type=person"))
            #expect(typo.first?["id"] as? String == person)
            #expect(typo.first?["exact"] as? Bool == false)
            #expect(!Self.items(try await api.get("/v1/search?q=Rahimov")).contains { $0["id"] as? String == person })
            // Organisations by any of their names, and by part.
            for query in ["министерство юстиции", "Justice", "адлия"] {
                let found = Self.items(try await api.get("/v1/search?q=\(query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)&type=organization"))
                #expect(found.first?["id"] as? String == ministry, "\(query)")
            }
            expectProblem(try await api.get("/v1/search?q=%20"), status: 422, field: "q")
            expectProblem(try await api.get("/v1/search?q=x&type=planet"), status: 422, field: "type")
            expectProblem(try await api.get("/v1/search?q=\(String(repeating: "a", count: 201))"), status: 422, field: "q")
        }
    }

    /// A short page is the head of a long one: when a name's keys alone fill the page, the
    /// search leaves out the costlier comparison of parts and typos, which must not change it.
    @Test func aShortPageIsTheHeadOfALongerOne() async throws {
        try await withAPI { api in
            for name in ["Rustam Rahimov", "Dilshod Rahimov", "Alisher Rakhimov", "Rahimov", "Zarina Rahimova", "Farid Rakhimow", "Rahim Rahimzoda"] {
                _ = try await Self.create(api, "/v1/people?force=true", ["name": name])
            }
            let archived = try await Self.create(api, "/v1/people?force=true", ["name": "Bakhtiyor Rahimov"])
            #expect(try await api.post("/v1/people/\(archived)/archive", [:]).status == 200)
            for query in ["Rahimov", "Rakhimov", "Dilshod Rahimov"] {
                let whole = Self.items(try await api.get("/v1/search?q=\(query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)&type=person&limit=100"))
                let matches = whole.compactMap { $0["match"] as? String }
                #expect(!whole.contains { $0["id"] as? String == archived })
                for size in 1...whole.count {
                    let page = Self.items(try await api.get(
                        "/v1/search?q=\(query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)&type=person&limit=\(size)"))
                    #expect(page.compactMap { $0["id"] as? String } == whole.prefix(size).compactMap { $0["id"] as? String },
                            "\(query), \(size) of \(matches)")
                }
                if query == "Rahimov" {
                    // Both ways are taken: pages filled by keys, and a longer one with parts and typos.
                    #expect(matches.filter { ["name", "word", "sound"].contains($0) }.count >= 2, "\(matches)")
                    #expect(matches.contains { ["part", "similar"].contains($0) }, "\(matches)")
                }
            }
        }
    }

    @Test func meetingsAndIssuesAreFoundByTheirWordsWithinClearance() async throws {
        try await withAPIAndPool { api, pool in
            let ministry = try await Self.create(api, "/v1/organizations", ["name": "Ministry of Justice", "sector": "government"])
            let issue = try await Self.create(api, "/v1/issues", ["title": "Amnesty", "description": "Release of prisoners under the 1997 agreement"])
            let english = try await Self.meeting(api, "2000-06-12", [ministry], subject: "Amnesty implementation",
                                                 notes: "The ministry agreed that the deadlines should be extended.")
            let russian = try await Self.meeting(api, "2000-06-13", [ministry], subject: "Встреча в министерстве",
                                                 notes: "Министр сказал, что амнистия будет продлена.")
            let secret = try await Self.meeting(api, "2000-06-14", [ministry], subject: "Quiet word", notes: "zanzibar deadlines",
                                                confidentiality: "strictly-confidential")
            // English stems: "deadline" finds "deadlines", with the word marked.
            let found = Self.items(try await api.get("/v1/search?q=deadline&type=meeting"))
            #expect(Set(found.compactMap { $0["id"] as? String }) == [english, secret])
            #expect((found.first { $0["id"] as? String == english }?["snippet"] as? String)?.contains("«deadlines»") == true)
            // Russian stems: "амнистии" finds "амнистия".
            let inRussian = Self.items(try await api.get("/v1/search?q=\("амнистии".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)&type=meeting"))
            #expect(inRussian.compactMap { $0["id"] as? String } == [russian])
            #expect((inRussian.first?["snippet"] as? String)?.contains("«амнистия»") == true)
            // Issues by title and description.
            #expect(Self.items(try await api.get("/v1/search?q=prisoners&type=issue")).first?["id"] as? String == issue)
            // A reader without clearance finds nothing of the strictly confidential meeting.
            let viewer = api.as(try await makeUser(pool, login: "viewer", role: .viewer, clearance: .confidential))
            let theirs = try await viewer.get("/v1/search?q=zanzibar")
            #expect(theirs.status == 200)
            #expect(Self.items(theirs).isEmpty)
            #expect(!theirs.text.contains(secret))
            #expect(Self.items(try await api.get("/v1/search?q=zanzibar")).first?["id"] as? String == secret)
        }
    }

    @Test func aLikelyDuplicateIsRefusedWithItsCandidatesUnlessForced() async throws {
        try await withAPI { api in
            let first = try await Self.create(api, "/v1/people", ["name": "Emomali Rakhmonov"])
            let again = try await api.post("/v1/people", ["name": "Эмомали Раҳмонов"])
            expectProblem(again, status: 409)
            #expect((again.json["candidates"] as? [[String: Any]])?.first?["id"] as? String == first)
            #expect(try await api.post("/v1/people?force=true", ["name": "Эмомали Раҳмонов"]).status == 201)
            // Organisations too, by any of their names.
            _ = try await Self.create(api, "/v1/organizations", ["name": "Ministry of Justice", "sector": "government", "aliases": ["Минюст"]])
            expectProblem(try await api.post("/v1/organizations", ["name": "Minjust", "sector": "government", "aliases": ["Минюст"]]), status: 409)
            expectProblem(try await api.post("/v1/organizations", ["name": "Ministry of Justise", "sector": "government"]), status: 409)
            // Different names are not duplicates, relatives included.
            #expect(try await api.post("/v1/people", ["name": "Emomali Rahimov"]).status == 201)
            #expect(try await api.post("/v1/people", ["name": "Aziz Karimov"]).status == 201)
            #expect(try await api.post("/v1/people", ["name": "Aziza Karimova"]).status == 201)
            #expect(try await api.post("/v1/organizations", ["name": "School No. 1", "sector": "other"]).status == 201)
            #expect(try await api.post("/v1/organizations", ["name": "School No. 11", "sector": "other"]).status == 201)
            #expect(try await api.post("/v1/organizations", ["name": "Ministry of Finance", "sector": "government"]).status == 201)
        }
    }

    @Test func aMergeMovesTheWholeHistoryAtOnce() async throws {
        try await withAPIAndPool { api, pool in
            let ministry = try await Self.create(api, "/v1/organizations", ["name": "Ministry of Justice", "sector": "government"])
            let amnesty = try await Self.create(api, "/v1/issues", ["title": "Amnesty"])
            let keep = try await Self.create(api, "/v1/people", ["name": "Rustam Karimov"])
            let other = try await api.post("/v1/people?force=true", [
                "name": "Рустам Каримов", "alternateNames": ["R. Karimov"], "influence": ["rating": 4, "asOf": "2000-06-01"],
                "affiliations": [["organizationId": ministry, "role": "Deputy Minister"]],
            ]).json["id"] as! String
            let alone = try await Self.meeting(api, "2000-06-10", [other], subject: "Alone",
                                               positions: [["stakeholderId": other, "issueId": amnesty, "stance": -1]],
                                               commitments: [["description": "Send the list", "owedBy": other]])
            let both = try await Self.meeting(api, "2000-06-11", [keep, other], subject: "Both",
                                              positions: [["stakeholderId": keep, "issueId": amnesty, "stance": 1],
                                                          ["stakeholderId": other, "issueId": amnesty, "stance": 2]])
            let secret = try await Self.meeting(api, "2000-06-12", [other], subject: "Secret", confidentiality: "strictly-confidential")

            // Refusals change nothing.
            expectProblem(try await api.post("/v1/people/\(keep)/merge", ["other": keep]), status: 422, field: "other")
            expectProblem(try await api.post("/v1/people/\(keep)/merge", ["other": "not-an-id"]), status: 422, field: "other")
            // No record by that id: the other is a field of the request (422), the kept one the path (404).
            let nobody = UUID().uuidString.lowercased()
            expectProblem(try await api.post("/v1/people/\(keep)/merge", ["other": nobody]), status: 422, field: "other")
            expectProblem(try await api.post("/v1/people/\(nobody)/merge", ["other": keep]), status: 404)

            let before = try await api.get("/v1/meetings/\(alone)")
            #expect(before.headers["etag"] == "\"1\"")

            // An officer without clearance for the secret meeting merges: it moves too.
            let officer = api.as(try await makeUser(pool, login: "officer", role: .officer, clearance: .unclassified))
            let merged = try await officer.post("/v1/people/\(keep)/merge", ["other": other])
            #expect(merged.status == 200, "\(merged.text)")
            #expect((merged.json["alternateNames"] as? [String])?.contains("Рустам Каримов") == true)
            #expect((merged.json["alternateNames"] as? [String])?.contains("R. Karimov") == true)
            #expect((merged.json["affiliations"] as? [[String: Any]])?.first?["role"] as? String == "Deputy Minister")
            #expect((merged.json["influence"] as? [String: Any])?["rating"] as? Int == 4)

            for meeting in [alone, both, secret] {
                let participants = (try await api.get("/v1/meetings/\(meeting)").json["participants"] as? [[String: Any]]) ?? []
                #expect(participants.compactMap { $0["id"] as? String } == [keep], "\(meeting)")
            }
            let positions = (try await api.get("/v1/meetings/\(both)").json["positions"] as? [[String: Any]]) ?? []
            #expect(positions.compactMap { $0["stance"] as? Int } == [1])  // the kept record's own stays
            let moved = (try await api.get("/v1/meetings/\(alone)").json["positions"] as? [[String: Any]]) ?? []
            #expect((moved.first?["stakeholder"] as? [String: Any])?["id"] as? String == keep)
            let owed = Self.items(try await api.get("/v1/commitments?owedBy=\(keep)"))
            #expect(owed.compactMap { $0["description"] as? String } == ["Send the list"])
            let gone = try await api.get("/v1/people/\(other)")
            #expect(gone.json["archived"] as? Bool == true)
            #expect(gone.json["mergedInto"] as? String == keep)
            let trail = Self.items(try await api.get("/v1/audit?record=\(keep)"))
            #expect(trail.first?["action"] as? String == "merge")
            // The other's name now finds the kept record, and only it.
            let found = Self.items(try await api.get("/v1/search?q=\("Рустам Каримов".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)"))
            #expect(found.compactMap { $0["id"] as? String }.filter { $0 == keep || $0 == other } == [keep])
            expectProblem(try await api.post("/v1/people/\(keep)/merge", ["other": other]), status: 409)  // already merged
            // An edit based on the meeting as read before the merge is refused, not applied with the old participant.
            var stale = before.json
            for key in ["id", "localStart", "version", "createdAt", "updatedAt", "archived", "commitments"] { stale[key] = nil }
            stale["participants"] = [other]
            stale["staff"] = []
            stale["positions"] = []
            expectProblem(try await api.put("/v1/meetings/\(alone)", stale, headers: ["If-Match": "\"1\""]), status: 412)
            // The merged record cannot be named in new records; restoring it makes it a record of its own again.
            let named = try await api.post("/v1/meetings", ["startsAt": "2000-06-20T10:00:00+05:00", "subject": "Later", "participants": [other]])
            expectProblem(named, status: 422, field: "participants/0")
            #expect(named.text.contains("merged into"))
            #expect(try await api.post("/v1/people/\(other)/restore", [String: Any]()).json["mergedInto"] == nil)
        }
    }

    @Test func mergingOrganisationsKeepsTheHierarchyWithoutLoops() async throws {
        try await withAPI { api in
            let other = try await Self.create(api, "/v1/organizations", ["name": "Old Ministry", "sector": "government"])
            let middle = try await Self.create(api, "/v1/organizations", ["name": "Department", "sector": "government", "parentId": other])
            let keep = try await Self.create(api, "/v1/organizations", ["name": "Section", "sector": "government", "parentId": middle])
            let child = try await Self.create(api, "/v1/organizations", ["name": "Another Unit", "sector": "government", "parentId": other])
            let merged = try await api.post("/v1/organizations/\(keep)/merge", ["other": other])
            #expect(merged.status == 200, "\(merged.text)")
            // The department, on the kept unit's line, takes the old ministry's place (no parent);
            // the other child now belongs to the kept unit.
            #expect(try await api.get("/v1/organizations/\(middle)").json["parentId"] == nil)
            #expect(merged.json["parentId"] as? String == middle)
            #expect(try await api.get("/v1/organizations/\(child)").json["parentId"] as? String == keep)
        }
    }

    @Test func aMergeThatFailsLeavesEverythingWhereItWas() async throws {
        try await withAPI { api in
            let keep = try await Self.create(api, "/v1/people", [
                "name": "Keep Person", "alternateNames": (1...30).map { "Keep spelling \($0)" },
            ])
            let other = try await api.post("/v1/people?force=true", [
                "name": "Other Person", "alternateNames": (1...30).map { "Other spelling \($0)" },
            ]).json["id"] as! String
            let meeting = try await Self.meeting(api, "2000-06-10", [other], subject: "Before the merge")
            // Together they would have 61 spellings: refused after the history moved, so all of it rolls back.
            expectProblem(try await api.post("/v1/people/\(keep)/merge", ["other": other]), status: 422, field: "other")
            let participants = (try await api.get("/v1/meetings/\(meeting)").json["participants"] as? [[String: Any]]) ?? []
            #expect(participants.compactMap { $0["id"] as? String } == [other])
            #expect(try await api.get("/v1/people/\(other)").json["archived"] as? Bool == false)
        }
    }
}
