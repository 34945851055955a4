import Foundation
import HTTPTypes
import LiaisonDomain
import LiaisonPostgres
import Testing

/// Who is asking, in the authorisation matrix.
struct Actor: CustomStringConvertible, Sendable {
    var role: Role?
    var clearance: Confidentiality
    var description: String { role.map { "\($0.rawValue)/\(clearance.rawValue)" } ?? "anonymous" }

    static let all: [Actor] =
        [Actor(role: nil, clearance: .unclassified)]
        + Role.allCases.flatMap { role in Confidentiality.allCases.map { Actor(role: role, clearance: $0) } }
}

/// One endpoint of the matrix: what to send, who may, and what success looks like.
struct Endpoint: Sendable {
    var method: HTTPRequest.Method
    var path: String
    var body: (@Sendable () -> Any)?
    var role: Role
    var success: Int
    /// Only callers cleared to at least this see it; others get 404.
    var needsClearance: Confidentiality = .unclassified
    var headers: [String: String] = [:]
}

@Suite("Authorisation and clearance")
struct AccessTests {
    /// Every endpoint, set up against one register so that each call can succeed when allowed.
    static func endpoints(_ register: Register, meeting: String, secretMeeting: String, commitment: String,
                          affiliation: String, user: String) -> [Endpoint] {
        let any = ["If-Match": "*"]
        @Sendable func unique(_ prefix: String) -> String { prefix + "-" + UUID().uuidString.prefix(8).lowercased() }
        let org = register.party
        return [
            Endpoint(method: .get, path: "/v1/sectors", role: .viewer, success: 200),
            Endpoint(method: .get, path: "/v1/regions", role: .viewer, success: 200),
            Endpoint(method: .post, path: "/v1/regions", body: { ["slug": unique("r"), "name": "Region"] }, role: .officer, success: 201),
            Endpoint(method: .get, path: "/v1/organization-kinds", role: .viewer, success: 200),
            Endpoint(method: .post, path: "/v1/organization-kinds", body: { ["slug": unique("k"), "name": "Kind"] }, role: .officer, success: 201),
            Endpoint(method: .get, path: "/v1/organizations", role: .viewer, success: 200),
            Endpoint(method: .post, path: "/v1/organizations", body: { ["name": unique("Org"), "sector": "media"] }, role: .officer, success: 201),
            Endpoint(method: .get, path: "/v1/organizations/\(org)", role: .viewer, success: 200),
            Endpoint(method: .put, path: "/v1/organizations/\(org)", body: { ["name": "Democratic Party of Tajikistan", "sector": "political-party"] },
                     role: .officer, success: 200, headers: any),
            Endpoint(method: .post, path: "/v1/organizations/\(org)/archive", body: { [String: Any]() }, role: .officer, success: 200),
            Endpoint(method: .post, path: "/v1/organizations/\(org)/restore", body: { [String: Any]() }, role: .officer, success: 200),
            Endpoint(method: .get, path: "/v1/organizations/\(register.ministry)/representatives?on=2000-06-12", role: .viewer, success: 200),
            Endpoint(method: .get, path: "/v1/organizations/\(org)/timeline", role: .viewer, success: 200),
            Endpoint(method: .get, path: "/v1/people", role: .viewer, success: 200),
            Endpoint(method: .post, path: "/v1/people", body: { ["name": unique("Person")] }, role: .officer, success: 201),
            Endpoint(method: .get, path: "/v1/people/\(register.person)", role: .viewer, success: 200),
            Endpoint(method: .put, path: "/v1/people/\(register.person)", body: { ["name": "Rustam Karimov"] }, role: .officer, success: 200, headers: any),
            Endpoint(method: .post, path: "/v1/people/\(register.person)/archive", body: { [String: Any]() }, role: .officer, success: 200),
            Endpoint(method: .post, path: "/v1/people/\(register.person)/restore", body: { [String: Any]() }, role: .officer, success: 200),
            Endpoint(method: .get, path: "/v1/people/\(register.person)/timeline", role: .viewer, success: 200),
            Endpoint(method: .get, path: "/v1/affiliations", role: .viewer, success: 200),
            Endpoint(method: .post, path: "/v1/affiliations", body: { ["personId": register.person, "organizationId": register.party] },
                     role: .officer, success: 201),
            Endpoint(method: .get, path: "/v1/affiliations/\(affiliation)", role: .viewer, success: 200),
            Endpoint(method: .put, path: "/v1/affiliations/\(affiliation)",
                     body: { ["personId": register.person, "organizationId": register.ministry, "role": "Deputy Minister"] },
                     role: .officer, success: 200, headers: any),
            Endpoint(method: .post, path: "/v1/affiliations/\(affiliation)/archive", body: { [String: Any]() }, role: .officer, success: 200),
            Endpoint(method: .post, path: "/v1/affiliations/\(affiliation)/restore", body: { [String: Any]() }, role: .officer, success: 200),
            Endpoint(method: .get, path: "/v1/issues", role: .viewer, success: 200),
            Endpoint(method: .post, path: "/v1/issues", body: { ["title": unique("Issue")] }, role: .officer, success: 201),
            Endpoint(method: .get, path: "/v1/issues/\(register.refugees)", role: .viewer, success: 200),
            Endpoint(method: .put, path: "/v1/issues/\(register.refugees)", body: { ["title": "Refugee return", "objectives": ["b", "d"]] },
                     role: .officer, success: 200, headers: any),
            Endpoint(method: .post, path: "/v1/issues/\(register.refugees)/archive", body: { [String: Any]() }, role: .officer, success: 200),
            Endpoint(method: .post, path: "/v1/issues/\(register.refugees)/restore", body: { [String: Any]() }, role: .officer, success: 200),
            Endpoint(method: .get, path: "/v1/meetings", role: .viewer, success: 200),
            Endpoint(method: .post, path: "/v1/meetings",
                     body: { ["subject": "Call", "startsAt": "2000-06-20T10:00:00+05:00", "participants": [org]] }, role: .officer, success: 201),
            Endpoint(method: .get, path: "/v1/meetings/\(meeting)", role: .viewer, success: 200),
            Endpoint(method: .get, path: "/v1/meetings/\(secretMeeting)", role: .viewer, success: 200, needsClearance: .strictlyConfidential),
            Endpoint(method: .put, path: "/v1/meetings/\(meeting)",
                     body: { ["subject": "Amnesty implementation", "startsAt": "2000-06-12T10:00:00+05:00", "participants": [org],
                              "confidentiality": "unclassified"] },
                     role: .officer, success: 200, headers: any),
            Endpoint(method: .post, path: "/v1/meetings/\(meeting)/archive", body: { [String: Any]() }, role: .officer, success: 200),
            Endpoint(method: .post, path: "/v1/meetings/\(meeting)/restore", body: { [String: Any]() }, role: .officer, success: 200),
            Endpoint(method: .post, path: "/v1/meetings/\(secretMeeting)/archive", body: { [String: Any]() }, role: .officer, success: 200,
                     needsClearance: .strictlyConfidential),
            Endpoint(method: .post, path: "/v1/meetings/\(secretMeeting)/restore", body: { [String: Any]() }, role: .officer, success: 200,
                     needsClearance: .strictlyConfidential),
            Endpoint(method: .get, path: "/v1/stances", role: .viewer, success: 200),
            Endpoint(method: .get, path: "/v1/summary?from=2000-06-01&to=2000-08-31", role: .viewer, success: 200),
            Endpoint(method: .get, path: "/v1/commitments", role: .viewer, success: 200),
            Endpoint(method: .post, path: "/v1/commitments", body: { ["description": "Follow up"] }, role: .officer, success: 201),
            Endpoint(method: .get, path: "/v1/commitments/\(commitment)", role: .viewer, success: 200),
            Endpoint(method: .put, path: "/v1/commitments/\(commitment)", body: { ["description": "Follow up", "status": "done"] },
                     role: .officer, success: 200, headers: any),
            Endpoint(method: .post, path: "/v1/commitments/\(commitment)/archive", body: { [String: Any]() }, role: .officer, success: 200),
            Endpoint(method: .post, path: "/v1/commitments/\(commitment)/restore", body: { [String: Any]() }, role: .officer, success: 200),
            Endpoint(method: .get, path: "/v1/auth/me", role: .viewer, success: 200),
            Endpoint(method: .get, path: "/v1/tokens", role: .viewer, success: 200),
            Endpoint(method: .post, path: "/v1/tokens", body: { ["name": "laptop"] }, role: .viewer, success: 201),
            Endpoint(method: .get, path: "/v1/users", role: .admin, success: 200),
            Endpoint(method: .post, path: "/v1/users", body: { ["login": unique("u"), "role": "viewer", "clearance": "unclassified"] },
                     role: .admin, success: 201),
            Endpoint(method: .get, path: "/v1/users/\(user)", role: .admin, success: 200),
            Endpoint(method: .put, path: "/v1/users/\(user)", body: { ["login": "someone", "role": "viewer", "clearance": "unclassified"] },
                     role: .admin, success: 200, headers: any),
            Endpoint(method: .get, path: "/v1/audit", role: .admin, success: 200),
        ]
    }

    static func expected(_ endpoint: Endpoint, for actor: Actor) -> Int {
        guard let role = actor.role else { return 401 }
        if role < endpoint.role { return 403 }
        if actor.clearance < endpoint.needsClearance { return 404 }
        return endpoint.success
    }

    @Test func everyEndpointAnswersEachRoleAndClearanceAsTheMatrixSays() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            let meeting = try #require(try await api.post("/v1/meetings", register.meeting).json["id"] as? String)
            var secret = register.meeting
            secret["confidentiality"] = "strictly-confidential"
            secret.removeValue(forKey: "commitments")
            let secretMeeting = try #require(try await api.post("/v1/meetings", secret).json["id"] as? String)
            let commitment = try #require(try await api.post("/v1/commitments", ["description": "Follow up"]).json["id"] as? String)
            let affiliation = try #require(
                (try await api.get("/v1/affiliations?person=\(register.person)").json["items"] as? [[String: Any]])?.first?["id"] as? String)
            let someone = try #require(
                try await api.post("/v1/users", ["login": "someone", "role": "viewer", "clearance": "unclassified"]).json["id"] as? String)
            let endpoints = Self.endpoints(
                register, meeting: meeting, secretMeeting: secretMeeting, commitment: commitment, affiliation: affiliation, user: someone)

            var cells = 0
            for (index, actor) in Actor.all.enumerated() {
                var caller = api.as(nil)
                if let role = actor.role {
                    caller = api.as(try await makeUser(pool, login: "matrix\(index)", role: role, clearance: actor.clearance))
                }
                for endpoint in endpoints {
                    let response = try await caller.request(
                        endpoint.method, endpoint.path, json: endpoint.body?(), headers: endpoint.headers)
                    let want = Self.expected(endpoint, for: actor)
                    #expect(response.status == want, "\(actor) \(endpoint.method) \(endpoint.path): \(response.text.prefix(300))")
                    if want >= 400 { #expect(response.isProblem) }
                    if want == 401 { #expect(response.headers["www-authenticate"] == "Bearer") }
                    cells += 1
                }
            }
            #expect(cells == Actor.all.count * endpoints.count)
        }
    }
}
