import Foundation
import LiaisonAPI
import OpenAPIRuntime

/// The calls the command line makes, with the server's problems turned into `ClientError`s.
extension LiaisonClient {
    public typealias Organization = Components.Schemas.Organization
    public typealias Person = Components.Schemas.Person
    public typealias Issue = Components.Schemas.Issue
    public typealias Meeting = Components.Schemas.Meeting
    public typealias User = Components.Schemas.User

    /// Runs a call, turning transport failures into `.unreachable`.
    func call<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ClientError {
            throw error
        } catch let error as OpenAPIRuntime.ClientError {
            let cause = String(reflecting: type(of: error.underlyingError))
            if cause.contains("AsyncHTTPClient") || cause.contains("NIO") {
                throw ClientError.unreachable(serverURL, underlying: "\(error.underlyingError)")
            }
            throw ClientError.configuration("the server's answer could not be read (\(error.causeDescription)); is \(serverURL.absoluteString) a Liaison server?")
        } catch {
            throw ClientError.unreachable(serverURL, underlying: "\(error)")
        }
    }

    static func problem(_ statusCode: Int, _ response: Components.Responses.Problem) -> ClientError {
        if case .applicationProblemJson(let problem) = response.body { return ClientError(problem) }
        return .unexpectedStatus(statusCode)
    }

    public func me() async throws -> User {
        switch try await call({ try await client.getCurrentUser() }) {
        case .ok(let ok): return try ok.body.json
        case .default(let status, let problem): throw Self.problem(status, problem)
        }
    }

    public func login(_ login: String, password: String) async throws -> (token: String, user: User) {
        let body = Components.Schemas.LoginRequest(login: login, password: password, tokenName: "liaison command line")
        switch try await call({ try await client.login(body: .json(body)) }) {
        case .ok(let ok):
            let issued = try ok.body.json
            return (issued.token, issued.user)
        case .default(let status, let problem): throw Self.problem(status, problem)
        }
    }

    public func createOrganization(_ input: Components.Schemas.OrganizationInput, idempotencyKey: String) async throws -> Organization {
        switch try await call({ try await client.createOrganization(headers: .init(idempotencyKey: idempotencyKey), body: .json(input)) }) {
        case .created(let created): return try created.body.json
        case .default(let status, let problem): throw Self.problem(status, problem)
        }
    }

    public func organizations(text: String? = nil, sector: String? = nil, region: String? = nil, limit: Int = 200) async throws -> [Organization] {
        switch try await call({ try await client.listOrganizations(query: .init(q: text, sector: sector, region: region, limit: limit)) }) {
        case .ok(let ok): return try ok.body.json.items
        case .default(let status, let problem): throw Self.problem(status, problem)
        }
    }

    public func people(text: String? = nil, limit: Int = 200) async throws -> [Person] {
        switch try await call({ try await client.listPeople(query: .init(q: text, limit: limit)) }) {
        case .ok(let ok): return try ok.body.json.items
        case .default(let status, let problem): throw Self.problem(status, problem)
        }
    }

    public func createPerson(_ input: Components.Schemas.PersonInput, idempotencyKey: String) async throws -> Person {
        switch try await call({ try await client.createPerson(headers: .init(idempotencyKey: idempotencyKey), body: .json(input)) }) {
        case .created(let created): return try created.body.json
        case .default(let status, let problem): throw Self.problem(status, problem)
        }
    }

    public func issues(text: String? = nil, limit: Int = 200) async throws -> [Issue] {
        switch try await call({ try await client.listIssues(query: .init(q: text, limit: limit)) }) {
        case .ok(let ok): return try ok.body.json.items
        case .default(let status, let problem): throw Self.problem(status, problem)
        }
    }

    public func createIssue(_ input: Components.Schemas.IssueInput, idempotencyKey: String) async throws -> Issue {
        switch try await call({ try await client.createIssue(headers: .init(idempotencyKey: idempotencyKey), body: .json(input)) }) {
        case .created(let created): return try created.body.json
        case .default(let status, let problem): throw Self.problem(status, problem)
        }
    }

    public func createMeeting(_ input: Components.Schemas.MeetingInput, idempotencyKey: String) async throws -> Meeting {
        switch try await call({ try await client.createMeeting(headers: .init(idempotencyKey: idempotencyKey), body: .json(input)) }) {
        case .created(let created): return try created.body.json
        case .default(let status, let problem): throw Self.problem(status, problem)
        }
    }

    public func meetings(text: String? = nil, from: String? = nil, to: String? = nil, limit: Int = 50) async throws -> [Meeting] {
        switch try await call({ try await client.listMeetings(query: .init(q: text, from: from, to: to, limit: limit)) }) {
        case .ok(let ok): return try ok.body.json.items
        case .default(let status, let problem): throw Self.problem(status, problem)
        }
    }
}

/// Finds records by id or by a name typed loosely (case and accents ignored).
public struct NameResolver: Sendable {
    let client: LiaisonClient

    public init(client: LiaisonClient) { self.client = client }

    /// A person or organisation: its id, kind and name.
    public func stakeholder(_ text: String) async throws -> (id: String, name: String) {
        if UUID(uuidString: text) != nil { return (text.lowercased(), text) }
        let organizations = try await client.organizations(text: text).map { (id: $0.id, name: $0.name, other: $0.aliases) }
        let people = try await client.people(text: text).map { (id: $0.id, name: $0.name, other: $0.alternateNames) }
        return try Self.pick(text, from: organizations + people, noun: "person or organisation")
    }

    public func organization(_ text: String) async throws -> (id: String, name: String) {
        if UUID(uuidString: text) != nil { return (text.lowercased(), text) }
        let candidates = try await client.organizations(text: text).map { (id: $0.id, name: $0.name, other: $0.aliases) }
        return try Self.pick(text, from: candidates, noun: "organisation")
    }

    public func issue(_ text: String) async throws -> (id: String, name: String) {
        if UUID(uuidString: text) != nil { return (text.lowercased(), text) }
        let candidates = try await client.issues(text: text).map { (id: $0.id, name: $0.title, other: [String]()) }
        return try Self.pick(text, from: candidates, noun: "issue")
    }

    /// An exact (loose) match of the name or another spelling wins; otherwise the one candidate
    /// whose name contains the text; otherwise the choice is the user's.
    static func pick(
        _ text: String, from candidates: [(id: String, name: String, other: [String])], noun: String
    ) throws -> (id: String, name: String) {
        let wanted = fold(text)
        let exact = candidates.filter { fold($0.name) == wanted || $0.other.contains { fold($0) == wanted } }
        let pool = exact.isEmpty ? candidates : exact
        var unique: [String: (id: String, name: String)] = [:]
        for candidate in pool { unique[candidate.id] = (candidate.id, candidate.name) }
        if unique.count == 1, let only = unique.values.first { return only }
        if unique.isEmpty { throw ClientError.notFound("no \(noun) called '\(text)'; add it first, or check the spelling") }
        throw ClientError.ambiguous(text, candidates: unique.values.sorted { $0.name < $1.name }.map { "\($0.id)  \($0.name)" })
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
