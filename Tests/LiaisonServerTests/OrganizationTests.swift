import Foundation
import Testing

@Suite("Organisations over HTTP")
struct OrganizationTests {
    static var party: [String: Any] {
        [
        "name": "Democratic Party of Tajikistan", "aliases": ["Демократическая партия Таджикистана", "DPT"],
        "sector": "political-party", "kind": "party", "region": "dushanbe",
        "notes": "Opposition party.", "influence": ["rating": 3, "asOf": "2000-06-01"],
        ]
    }

    @Test func createReadAndListAnOrganization() async throws {
        try await withAPI { api in
            let created = try await api.post("/v1/organizations", Self.party)
            #expect(created.status == 201, "\(created.text)")
            #expect(created.headers["etag"] == "\"1\"")
            let id = try #require(created.json["id"] as? String)
            #expect(created.json["name"] as? String == "Democratic Party of Tajikistan")
            #expect(created.json["aliases"] as? [String] == ["Демократическая партия Таджикистана", "DPT"])
            #expect((created.json["influence"] as? [String: Any])?["rating"] as? Int == 3)
            #expect(created.json["archived"] as? Bool == false)

            let read = try await api.get("/v1/organizations/\(id)")
            #expect(read.status == 200)
            #expect(read.json["sector"] as? String == "political-party")
            #expect(read.headers["etag"] == "\"1\"")

            _ = try await api.post("/v1/organizations", ["name": "Ministry of Justice", "sector": "government", "kind": "ministry"])
            let parties = try await api.get("/v1/organizations?sector=political-party")
            #expect((parties.json["items"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Democratic Party of Tajikistan"])
            // Text search ignores case and accents and looks at aliases too.
            let byAlias = try await api.get("/v1/organizations?q=%D0%B4%D0%B5%D0%BC%D0%BE%D0%BA%D1%80%D0%B0%D1%82")  // "демократ"
            #expect((byAlias.json["items"] as? [[String: Any]])?.count == 1)
            let all = try await api.get("/v1/organizations")
            #expect((all.json["items"] as? [[String: Any]])?.count == 2)
            #expect(all.json["nextCursor"] == nil)
        }
    }

    @Test func referenceListsAreDataAndCanBeExtended() async throws {
        try await withAPI { api in
            let sectors = try await api.get("/v1/sectors")
            let slugs = (try JSONSerialization.jsonObject(with: sectors.body) as? [[String: Any]])?.compactMap { $0["slug"] as? String }
            #expect(slugs == ["government", "political-party", "civil-society", "international", "religious", "media", "other"])
            let added = try await api.post("/v1/regions", ["slug": "rasht-valley", "name": "Rasht Valley"])
            #expect(added.status == 201)
            let again = try await api.post("/v1/regions", ["slug": "rasht-valley", "name": "Rasht"])
            expectProblem(again, status: 409)
            let badSlug = try await api.post("/v1/organization-kinds", ["slug": "Not A Slug", "name": "x"])
            expectProblem(badSlug, status: 422, field: "slug")
            let organization = try await api.post("/v1/organizations", ["name": "Rasht hukumat", "sector": "government", "region": "rasht-valley"])
            #expect(organization.status == 201)
        }
    }

    @Test func aRoleTooLowIsToldWhichRoleItNeedsInPlainWords() async throws {
        try await withAPIAndPool { api, pool in
            let viewer = api.as(try await makeUser(pool, login: "reader", role: .viewer, clearance: .unclassified))
            let refused = try await viewer.post("/v1/organizations", ["name": "Ministry of Justice", "sector": "government"])
            expectProblem(refused, status: 403)
            #expect(refused.json["detail"] as? String == "This needs the officer role; your account's role is viewer.")
        }
    }

    @Test func anUnknownSectorKindOrRegionIsAnsweredWithTheOnesThereAre() async throws {
        try await withAPI { api in
            let sector = try await api.post("/v1/organizations", ["name": "Khatlon NGO", "sector": "ngo"])
            expectProblem(sector, status: 422, field: "sector")
            #expect(sector.text.contains("'ngo' is not one of the sectors: government, political-party, civil-society"), "\(sector.text)")
            let kind = try await api.post("/v1/organizations", ["name": "Khatlon NGO", "sector": "civil-society", "kind": "club"])
            expectProblem(kind, status: 422, field: "kind")
            #expect(kind.text.contains("ngo"), "\(kind.text)")
        }
    }

    @Test func jsonWithItsCharsetIsReadAndOnlyJSON() async throws {
        try await withAPI { api in
            let body = #"{"name": "Ministry of Justice", "sector": "government"}"#
            #expect(try await api.request(.post, "/v1/organizations", raw: body, headers: ["Content-Type": "application/json; charset=utf-8"]).status == 201)
            for type in ["application/evil+json", "application/problem+json", "text/json"] {
                expectProblem(try await api.request(.post, "/v1/organizations", raw: body, headers: ["Content-Type": type]), status: 415)
            }
        }
    }

    @Test func badInputGetsAProblemDocumentNamingTheField() async throws {
        try await withAPI { api in
            expectProblem(try await api.request(.post, "/v1/organizations", raw: "{\"name\": "), status: 400)
            expectProblem(try await api.request(.post, "/v1/organizations", raw: "[1, 2]"), status: 400)
            expectProblem(
                try await api.request(.post, "/v1/organizations", raw: "name=x", headers: ["Content-Type": "text/plain"]),
                status: 415)
            // Only JSON itself: a "+json" type the API does not speak is refused as such, not misread.
            let evil = #"{"name": "Evil", "sector": "government"}"#
            expectProblem(try await api.request(.post, "/v1/organizations", raw: evil, headers: ["Content-Type": "application/evil+json"]), status: 415)
            expectProblem(try await api.post("/v1/organizations", ["sector": "government"]), status: 422, field: "name")
            expectProblem(try await api.post("/v1/organizations", ["name": "   ", "sector": "government"]), status: 422, field: "name")
            expectProblem(
                try await api.post("/v1/organizations", ["name": String(repeating: "x", count: 301), "sector": "government"]),
                status: 422, field: "name")
            expectProblem(try await api.post("/v1/organizations", ["name": 5, "sector": "government"]), status: 422, field: "name")
            expectProblem(try await api.post("/v1/organizations", ["name": "X", "sector": "nowhere"]), status: 422, field: "sector")
            expectProblem(try await api.post("/v1/organizations", ["name": "X", "sector": "government", "region": "atlantis"]),
                          status: 422, field: "region")
            expectProblem(
                try await api.post("/v1/organizations", ["name": "X", "sector": "government", "parentId": UUID().uuidString]),
                status: 422, field: "parentId")
            expectProblem(
                try await api.post("/v1/organizations", ["name": "X", "sector": "government", "influence": ["rating": 7]]),
                status: 422, field: "influence/rating")
            expectProblem(
                try await api.post(
                    "/v1/organizations", ["name": "X", "sector": "government", "influence": ["rating": 2, "asOf": "2000-02-30"]]),
                status: 422, field: "influence/asOf")
            expectProblem(try await api.post("/v1/organizations", ["name": "X", "sector": "government", "aliases": ["ok", ""]]),
                          status: 422, field: "aliases/1")
            // Unknown fields are rejected, not ignored: a misspelt field must not vanish silently.
            let unknown = try await api.post("/v1/organizations", ["name": "X", "sector": "government", "regoin": "khatlon"])
            expectProblem(unknown, status: 422)
            #expect(unknown.text.contains("regoin"))
            expectProblem(try await api.get("/v1/organizations/\(UUID().uuidString)"), status: 404)
            expectProblem(try await api.get("/v1/organizations/not-an-id"), status: 404)
            expectProblem(try await api.get("/v1/organizations?limit=0"), status: 422, field: "limit")
            expectProblem(try await api.get("/v1/organizations?cursor=bogus"), status: 422, field: "cursor")
            // Nothing was created by any of that.
            let all = try await api.get("/v1/organizations")
            #expect((all.json["items"] as? [[String: Any]])?.isEmpty == true)
        }
    }

    @Test func updatesNeedTheCurrentVersion() async throws {
        try await withAPI { api in
            let created = try await api.post("/v1/organizations", Self.party)
            let id = try #require(created.json["id"] as? String)
            var edited = Self.party
            edited["notes"] = "Registered again in 1999."
            expectProblem(try await api.put("/v1/organizations/\(id)", edited), status: 428)
            let updated = try await api.put("/v1/organizations/\(id)", edited, headers: ["If-Match": "\"1\""])
            #expect(updated.status == 200, "\(updated.text)")
            #expect(updated.headers["etag"] == "\"2\"")
            #expect(updated.json["notes"] as? String == "Registered again in 1999.")
            edited["notes"] = "A stale edit."
            expectProblem(try await api.put("/v1/organizations/\(id)", edited, headers: ["If-Match": "\"1\""]), status: 412)
            let read = try await api.get("/v1/organizations/\(id)")
            #expect(read.json["notes"] as? String == "Registered again in 1999.")
            #expect(read.json["version"] as? Int == 2)
        }
    }

    @Test func ofTwoConcurrentUpdatesExactlyOneWins() async throws {
        try await withAPI { api in
            let created = try await api.post("/v1/organizations", Self.party)
            let id = try #require(created.json["id"] as? String)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for note in ["first", "second"] {
                    var edited = Self.party
                    edited["notes"] = note
                    let body = try jsonText(edited)
                    group.addTask {
                        try await api.request(.put, "/v1/organizations/\(id)", raw: body, headers: ["If-Match": "\"1\""]).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.sorted() == [200, 412])
            let read = try await api.get("/v1/organizations/\(id)")
            #expect(read.json["version"] as? Int == 2)
        }
    }

    @Test func archiveAndRestoreKeepTheRecord() async throws {
        try await withAPI { api in
            let created = try await api.post("/v1/organizations", Self.party)
            let id = try #require(created.json["id"] as? String)
            let archived = try await api.post("/v1/organizations/\(id)/archive", [String: Any]())
            #expect(archived.status == 200)
            #expect(archived.json["archived"] as? Bool == true)
            #expect(archived.json["archivedAt"] != nil)
            let current = try await api.get("/v1/organizations")
            #expect((current.json["items"] as? [[String: Any]])?.isEmpty == true)
            let inArchive = try await api.get("/v1/organizations?archived=true")
            #expect((inArchive.json["items"] as? [[String: Any]])?.count == 1)
            // Archiving twice changes nothing; editing an archived record is refused.
            let twice = try await api.post("/v1/organizations/\(id)/archive", [String: Any]())
            #expect(twice.json["version"] as? Int == archived.json["version"] as? Int)
            expectProblem(try await api.put("/v1/organizations/\(id)", Self.party, headers: ["If-Match": "\"2\""]), status: 409)
            expectProblem(try await api.post("/v1/organizations/\(id)/restore", [String: Any](), headers: ["If-Match": "\"1\""]),
                          status: 412)
            let restored = try await api.post("/v1/organizations/\(id)/restore", [String: Any]())
            #expect(restored.status == 200)
            #expect(restored.json["archived"] as? Bool == false)
            #expect(restored.json["archivedAt"] == nil)
            expectProblem(try await api.post("/v1/organizations/\(UUID().uuidString)/archive", [String: Any]()), status: 404)
        }
    }

    @Test func paginationHasNoGapsOrRepeatsWhileRowsAreInserted() async throws {
        try await withAPI { api in
            var names: Set<String> = []
            for number in 0..<23 {
                let name = "Organisation \(String(format: "%02d", number))"
                names.insert(name)
                #expect(try await api.post("/v1/organizations", ["name": name, "sector": "civil-society"]).status == 201)
            }
            var seen: [String] = []
            var cursor: String?
            var pages = 0
            repeat {
                let uri = "/v1/organizations?limit=5" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await api.get(uri)
                #expect(page.status == 200, "\(page.text)")
                seen += (page.json["items"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                cursor = page.json["nextCursor"] as? String
                // Someone else adds records, before and after the current position, between pages.
                _ = try await api.post("/v1/organizations", ["name": "AAA inserted \(pages)", "sector": "media"])
                _ = try await api.post("/v1/organizations", ["name": "zzz inserted \(pages)", "sector": "media"])
                pages += 1
            } while cursor != nil && pages < 50
            let original = seen.filter { $0.hasPrefix("Organisation") }
            #expect(original.count == 23)
            #expect(Set(original) == names)
            #expect(Set(seen).count == seen.count)  // no repeats
            #expect(seen == seen.sorted { $0.lowercased() < $1.lowercased() })
        }
    }

    @Test func aRetriedCreateWithTheSameIdempotencyKeyCreatesNothingNew() async throws {
        try await withAPI { api in
            let key = ["Idempotency-Key": "meeting-7f3a"]
            let first = try await api.post("/v1/organizations", Self.party, headers: key)
            let second = try await api.post("/v1/organizations", Self.party, headers: key)
            #expect(first.status == 201)
            #expect(second.status == 201)
            #expect(first.json["id"] as? String == second.json["id"] as? String)
            var other = Self.party
            other["name"] = "Another party"
            expectProblem(try await api.post("/v1/organizations", other, headers: key), status: 422, field: "Idempotency-Key")
            let all = try await api.get("/v1/organizations")
            #expect((all.json["items"] as? [[String: Any]])?.count == 1)
            // Concurrent retries with one key also create one record.
            let concurrentKey = ["Idempotency-Key": "concurrent-1"]
            var body = Self.party
            body["name"] = "Concurrent"
            body["aliases"] = [String]()  // the party's other names would make it a duplicate
            let snapshot = try jsonText(body)
            let ids = try await withThrowingTaskGroup(of: String?.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        try await api.request(.post, "/v1/organizations", raw: snapshot, headers: concurrentKey).json["id"] as? String
                    }
                }
                return try await group.reduce(into: Set<String?>()) { $0.insert($1) }
            }
            #expect(ids.count == 1)
            let after = try await api.get("/v1/organizations?q=concurrent")
            #expect((after.json["items"] as? [[String: Any]])?.count == 1)
        }
    }
}
