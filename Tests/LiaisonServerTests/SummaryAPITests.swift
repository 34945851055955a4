import Foundation
import LiaisonDomain
import LiaisonStore
import TestSupport
import Testing

/// The summary over HTTP, on records made through the API, with the answers worked out by hand
/// (the same story as the domain's scenario, plus an archived organisation and a strictly
/// confidential meeting).
@Suite("GET /v1/summary")
struct SummaryAPITests {
    struct Story {
        var ministry = "", democrats = "", renaissance = "", women = "", gone = "", rustam = "", amnesty = "", secretMeeting = ""
    }

    static func make(_ api: API) async throws -> Story {
        var story = Story()
        func organization(_ name: String, _ sector: String, _ region: String, influence: Int) async throws -> String {
            let created = try await api.post("/v1/organizations", [
                "name": name, "sector": sector, "region": region, "influence": ["rating": influence, "asOf": "2000-01-01"],
            ])
            #expect(created.status == 201, "\(created.text)")
            return try #require(created.json["id"] as? String)
        }
        story.ministry = try await organization("Ministry of Justice", "government", "dushanbe", influence: 5)
        story.democrats = try await organization("Democratic Party", "political-party", "dushanbe", influence: 2)
        story.renaissance = try await organization("Islamic Renaissance Party", "political-party", "rrs", influence: 4)
        story.women = try await organization("Women's Association", "civil-society", "khatlon", influence: 1)
        story.gone = try await organization("Closed Forum", "civil-society", "khatlon", influence: 3)
        let person = try await api.post("/v1/people", [
            "name": "Rustam Karimov",
            "affiliations": [
                ["organizationId": story.ministry, "role": "Deputy Minister", "from": "2000-01-01", "to": "2000-07-15"],
                ["organizationId": story.democrats, "role": "Deputy Chairman", "from": "2000-07-16"],
            ],
        ])
        #expect(person.status == 201, "\(person.text)")
        story.rustam = try #require(person.json["id"] as? String)
        story.amnesty = try #require(try await api.post("/v1/issues", ["title": "Amnesty"]).json["id"] as? String)

        func meeting(_ day: String, with participants: [String], _ positions: [(String, Int, String)], subject: String,
                     commitments: [[String: Any]] = [], confidentiality: String = "unclassified") async throws -> String {
            let created = try await api.post("/v1/meetings", [
                "startsAt": "\(day)T10:00:00+05:00", "timeZone": "Asia/Dushanbe", "subject": subject, "participants": participants,
                "positions": positions.map { ["stakeholderId": $0.0, "issueId": story.amnesty, "stance": $0.1, "quote": $0.2] },
                "commitments": commitments, "confidentiality": confidentiality,
            ])
            #expect(created.status == 201, "\(created.text)")
            return try #require(created.json["id"] as? String)
        }
        _ = try await meeting("2000-06-10", with: [story.ministry], [(story.ministry, -1, "")], subject: "First call")
        _ = try await meeting("2000-06-12", with: [story.democrats], [(story.democrats, 2, "")], subject: "Party view")
        _ = try await meeting("2000-06-20", with: [story.women], [(story.women, 1, "")], subject: "Khatlon women")
        _ = try await meeting("2000-06-25", with: [story.rustam], [(story.rustam, -2, "")], subject: "Deputy Minister")
        _ = try await meeting("2000-07-05", with: [story.renaissance], [(story.renaissance, 1, "")], subject: "Renaissance")
        _ = try await meeting("2000-07-10", with: [story.ministry], [(story.ministry, 1, "We will extend the deadline.")],
                              subject: "Ministry again", commitments: [["description": "Send the decree", "dueOn": "2000-07-20"]])
        _ = try await meeting("2000-07-20", with: [story.rustam, story.democrats], [(story.rustam, 0, "")], subject: "Rustam, now a party man")
        _ = try await meeting("2000-07-22", with: [story.gone], [(story.gone, -2, "Gone and forgotten.")], subject: "Closed forum")
        story.secretMeeting = try await meeting(
            "2000-07-25", with: [story.women], [(story.women, -2, "Secret doubts.")], subject: "Quiet word",
            commitments: [["description": "Hidden errand", "dueOn": "2000-07-28"]], confidentiality: "strictly-confidential")
        #expect(try await api.post("/v1/organizations/\(story.gone)/archive", [String: Any]()).status == 200)
        return story
    }

    static let july = "/v1/summary?from=2000-07-01&to=2000-07-31"

    static func issue(_ summary: [String: Any]) throws -> [String: Any] {
        try #require((summary["issues"] as? [[String: Any]])?.first)
    }

    static func sectors(_ issue: [String: Any]) -> [String: [Int]] {
        Dictionary(((issue["sectors"] as? [[String: Any]]) ?? []).map { ($0["sector"] as! String, $0["counts"] as! [Int]) }) { first, _ in first }
    }

    @Test func aLowerClearedReaderGetsTheNumbersOfWhatTheyMaySee() async throws {
        try await withAPIAndPool { api, pool in
            let story = try await Self.make(api)
            let viewer = api.as(try await makeUser(pool, login: "viewer", role: .viewer, clearance: .unclassified))
            let response = try await viewer.get(Self.july)
            #expect(response.status == 200, "\(response.text)")
            for hidden in ["Secret doubts", "Hidden errand", story.secretMeeting, "Closed Forum", "Gone and forgotten"] {
                #expect(!response.text.contains(hidden), "the viewer sees \(hidden)")
            }
            let summary = response.json
            let amnesty = try Self.issue(summary)
            #expect(Self.sectors(amnesty) == ["government": [0, 0, 0, 1, 0], "political-party": [0, 0, 1, 1, 0], "civil-society": [0, 0, 0, 1, 0]])
            #expect(abs((amnesty["convergence"] as? Double ?? -1) - 11.0 / 12) < 1e-9)
            #expect(abs((amnesty["convergenceAtStart"] as? Double ?? -1) - 1.0 / 3) < 1e-9)
            let movements = try #require(amnesty["movements"] as? [[String: Any]])
            #expect(movements.compactMap { $0["name"] as? String } == ["Ministry of Justice", "Rustam Karimov"])
            #expect(movements.compactMap { $0["change"] as? Int } == [2, 2])
            let engagement = try #require(summary["engagement"] as? [String: Any])
            #expect(engagement["meetings"] as? Int == 3)
            #expect(engagement["stakeholders"] as? Int == 4)
            #expect(engagement["firstTime"] as? Int == 1)
            let gaps = try #require(summary["gaps"] as? [[String: Any]])
            #expect(gaps.compactMap { $0["name"] as? String } == ["Women's Association"])
            #expect(gaps.first?["daysSince"] as? Int == 41)
            let commitments = try #require(summary["commitments"] as? [String: Any])
            #expect(commitments["overdue"] as? Int == 1)
            #expect(commitments["opened"] as? Int == 1)
            #expect((summary["quotes"] as? [[String: Any]])?.compactMap { $0["quote"] as? String } == ["We will extend the deadline."])
        }
    }

    @Test func theStrictlyClearedAdminCountsTheConfidentialMeetingToo() async throws {
        try await withAPIAndPool { api, _ in
            _ = try await Self.make(api)
            let summary = try await api.get(Self.july).json
            let amnesty = try Self.issue(summary)
            #expect(Self.sectors(amnesty)["civil-society"] == [1, 0, 0, 0, 0])
            // Government [+1], parties [0, +1], civil society [-2]: 1/2, 3 and 5/2; mean 2; 1 - 2/4.
            #expect(abs((amnesty["convergence"] as? Double ?? -1) - 0.5) < 1e-9)
            let movements = try #require(amnesty["movements"] as? [[String: Any]])
            #expect(movements.first?["name"] as? String == "Women's Association")
            #expect(movements.first?["change"] as? Int == -3)
            let engagement = try #require(summary["engagement"] as? [String: Any])
            #expect(engagement["meetings"] as? Int == 4)
            #expect((summary["gaps"] as? [[String: Any]])?.isEmpty == true)
            #expect((summary["commitments"] as? [String: Any])?["overdue"] as? Int == 2)
            #expect((summary["quotes"] as? [[String: Any]])?.first?["quote"] as? String == "Secret doubts.")
            let map = try #require(amnesty["map"] as? [[String: Any]])
            #expect(map.compactMap { $0["name"] as? String } == ["Ministry of Justice", "Islamic Renaissance Party", "Democratic Party",
                                                                 "Women's Association"])
            #expect(map.compactMap { $0["influence"] as? Int } == [5, 4, 2, 1])
        }
    }

    @Test func idsAreInLowerCaseLikeEveryOtherEndpoint() async throws {
        try await withAPIAndPool { api, _ in
            _ = try await Self.make(api)
            let response = try await api.get(Self.july)
            let ids = response.text.matches(of: /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/).map { String($0.output) }
            // Issues, movements, the map, quotes and their meetings, and the overdue follow-ups.
            #expect(ids.count >= 10, "\(response.text.prefix(300))")
            #expect(ids.allSatisfy { $0 == $0.lowercased() }, "\(ids.filter { $0 != $0.lowercased() })")
            // Compact, like every response: no indentation or line breaks to send and encode.
            #expect(!response.text.contains("\n") && !response.text.contains("\" : "), "\(response.text.prefix(200))")
            let issue = try Self.issue(response.json)
            let issues = try await api.get("/v1/issues").json["items"] as? [[String: Any]] ?? []
            #expect(issues.contains { $0["id"] as? String == issue["issueId"] as? String })
        }
    }

    /// The days participants were met follow a meeting moved in time (kept by a trigger), and
    /// follow-ups follow the issue filter.
    @Test func movingAMeetingMovesWhenItsParticipantsWereMet() async throws {
        try await withAPIAndPool { api, _ in
            let story = try await Self.make(api)
            #expect((try await api.get(Self.july).json["gaps"] as? [[String: Any]])?.isEmpty == true)
            // The only unclassified meeting with the Women's Association moves from 20 June to 10 May:
            // it was already a gap for others; now, for a viewer-level count, it is first met before June.
            let list = try await api.get("/v1/meetings?stakeholder=\(story.women)&limit=10")
            let june = try #require((list.json["items"] as? [[String: Any]])?.first { $0["subject"] as? String == "Khatlon women" })
            var moved = june
            for key in ["id", "localStart", "version", "createdAt", "updatedAt", "archived", "commitments"] { moved[key] = nil }
            moved["startsAt"] = "2000-08-10T10:00:00+05:00"
            moved["participants"] = [story.women]
            moved["staff"] = []
            moved["positions"] = [["stakeholderId": story.women, "issueId": story.amnesty, "stance": 1]]
            let put = try await api.put("/v1/meetings/\(june["id"] as! String)", moved, headers: ["If-Match": "\"1\""])
            #expect(put.status == 200, "\(put.text)")
            // Met on 10 August: in the August summary the association is met, and for the first time.
            let august = try await api.get("/v1/summary?from=2000-08-01&to=2000-08-31&gap_days=30").json
            #expect((august["gaps"] as? [[String: Any]])?.contains { $0["name"] as? String == "Women's Association" } == false)
            let engagement = try #require(august["engagement"] as? [String: Any])
            #expect(engagement["firstTime"] as? Int == 0)  // still met first on 25 July (the confidential meeting)
            #expect(engagement["stakeholders"] as? Int == 1)
            // Follow-ups follow the issue: none of them is about the amnesty.
            let commitments = try await api.get(Self.july + "&issue=\(story.amnesty)").json["commitments"] as? [String: Any]
            #expect(commitments?["overdue"] as? Int == 0)
        }
    }

    @Test func filtersAndBadInput() async throws {
        try await withAPIAndPool { api, _ in
            let story = try await Self.make(api)
            let parties = try await api.get(Self.july + "&sector=political-party")
            #expect(Self.sectors(try Self.issue(parties.json)).keys.sorted() == ["political-party"])
            let one = try await api.get(Self.july + "&issue=\(story.amnesty)")
            #expect((one.json["issues"] as? [[String: Any]])?.count == 1)
            let gaps = try await api.get(Self.july + "&gap_days=5")
            #expect((gaps.json["gaps"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
                == ["Islamic Renaissance Party", "Ministry of Justice", "Democratic Party", "Women's Association"])
            expectProblem(try await api.get("/v1/summary?from=2000-08-01&to=2000-07-01"), status: 422, field: "from")
            expectProblem(try await api.get("/v1/summary?gap_days=0"), status: 422, field: "gap_days")
            expectProblem(try await api.get("/v1/summary?top=0"), status: 422, field: "top")
            expectProblem(try await api.get("/v1/summary?top=1001"), status: 422, field: "top")
            // `top` shortens the lists, most influential and longest unmet first, and keeps the counts whole.
            let whole = try await api.get(Self.july + "&gap_days=5").json, short = try await api.get(Self.july + "&gap_days=5&top=1").json
            let map = try #require(try Self.issue(whole)["map"] as? [[String: Any]])
            #expect((try Self.issue(short)["map"] as? [[String: Any]])?.count == 1)
            #expect((try Self.issue(short)["map"] as? [[String: Any]])?.first?["name"] as? String == map.first?["name"] as? String)
            #expect(try Self.issue(short)["mapTotal"] as? Int == map.count)
            #expect((short["gaps"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Islamic Renaissance Party"])
            #expect(short["gapsTotal"] as? Int == 4)
            let misspelt = try await api.get("/v1/summary?sector=goverment")
            expectProblem(misspelt, status: 422, field: "sector")
            #expect(misspelt.text.contains("'goverment' is not one of the sectors: government, political-party"), "\(misspelt.text)")
            expectProblem(try await api.get("/v1/summary?region=atlantis"), status: 422, field: "region")
            expectProblem(try await api.get("/v1/summary?to=2000-02-30"), status: 422, field: "to")
            #expect(try await api.get("/v1/summary").status == 200)  // the last seven days
        }
    }

    /// When an organisation was last met is found two ways: from the gap window's own meetings
    /// when it was met there, by a walk further back when it was not. On the demo data, every
    /// organisation's date must be the same either way: with the window ending just after its
    /// last meeting it is a gap with that date, with one day more it is not a gap.
    @Test func lastMetIsTheSameWhetherTheGapWindowHoldsItOrNot() async throws {
        try await withAPIAndPool { api, pool in
            try await DemoData.load(pool)
            let to = try #require(CalendarDate("2000-09-30"))
            func gaps(_ days: Int) async throws -> [String: String] {
                let response = try await api.get("/v1/summary?from=2000-09-01&to=2000-09-30&gap_days=\(days)")
                #expect(response.status == 200, "\(response.text)")
                let gaps = try #require(response.json["gaps"] as? [[String: Any]])
                return Dictionary(uniqueKeysWithValues: gaps.map { ($0["stakeholderId"] as! String, $0["lastMet"] as? String ?? "never") })
            }
            let everyone = try await gaps(1)
            let met = everyone.filter { $0.value != "never" }
            #expect(met.count >= 10, "\(everyone)")
            // Some of them were last met only through someone representing them.
            let throughPeople = try await pool.query(
                """
                SELECT count(*) FROM organizations o
                WHERE NOT EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp.stakeholder_id = o.id)
                  AND EXISTS (SELECT 1 FROM affiliations a JOIN meeting_participants mp ON mp.stakeholder_id = a.person_id
                              WHERE a.organization_id = o.id)
                """)
            #expect(try throughPeople[0].decode(Int.self, at: 0) > 0)
            for (id, day) in met {
                let last = try #require(CalendarDate(day))
                let since = to.dayNumber - last.dayNumber
                #expect(try await gaps(since)[id] == day, "\(id) last met \(day), window of \(since) days")
                #expect(try await gaps(since + 1)[id] == nil, "\(id) last met \(day), window of \(since + 1) days")
            }
            // Those never met are gaps whatever the window.
            for (id, day) in everyone where day == "never" { #expect(try await gaps(3650)[id] == "never") }
        }
    }
}
