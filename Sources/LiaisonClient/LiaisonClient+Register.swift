import Foundation
import LiaisonAPI
import OpenAPIRuntime

/// The calls the command line makes. Problems the server answers with are thrown as
/// `ClientError`s by `ProblemResponses` before the generated code sees them, so each call only
/// has to name its success.
extension LiaisonClient {
    public typealias Organization = Components.Schemas.Organization
    public typealias Person = Components.Schemas.Person
    public typealias Issue = Components.Schemas.Issue
    public typealias Affiliation = Components.Schemas.Affiliation
    public typealias Meeting = Components.Schemas.Meeting
    public typealias Commitment = Components.Schemas.Commitment
    public typealias User = Components.Schemas.User
    public typealias Token = Components.Schemas.Token
    public typealias NewToken = Components.Schemas.NewToken
    public typealias AuditEntry = Components.Schemas.AuditEntry
    public typealias TimelineEntry = Components.Schemas.TimelineEntry
    public typealias Stance = Components.Schemas.Stance

    /// Runs a call, turning transport failures into `.unreachable` and unwrapping the server's problems.
    func call<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ClientError {
            throw error
        } catch let error as OpenAPIRuntime.ClientError {
            if let problem = error.underlyingError as? ClientError { throw problem }
            let cause = String(reflecting: type(of: error.underlyingError))
            if cause.contains("AsyncHTTPClient") || cause.contains("NIO") {
                throw ClientError.unreachable(serverURL, underlying: "\(error.underlyingError)")
            }
            throw ClientError.configuration(
                "the server's answer could not be read (\(error.causeDescription)); is \(serverURL.absoluteString) a Liaison server?")
        } catch {
            throw ClientError.unexpected(
                "the server's answer was not what this client expects (\(error)); is \(serverURL.absoluteString) a Liaison server of this version?")
        }
    }

    /// Follows `nextCursor` until `limit` items are collected or the pages end.
    func collect<Item>(limit: Int, _ page: (_ size: Int, _ cursor: String?) async throws -> (items: [Item], next: String?)) async throws -> [Item] {
        var items: [Item] = []
        var cursor: String?
        repeat {
            let (batch, next) = try await page(min(200, max(1, limit - items.count)), cursor)
            items += batch
            cursor = next
        } while cursor != nil && items.count < limit
        return Array(items.prefix(limit))
    }

    static func ifMatch(_ version: Int) -> String { "\"\(version)\"" }

    // MARK: Accounts

    public func me() async throws -> User {
        try await call { try await client.getCurrentUser().ok.body.json }
    }

    public func login(_ login: String, password: String) async throws -> (token: String, user: User) {
        let body = Components.Schemas.LoginRequest(login: login, password: password, tokenName: "liaison command line")
        let issued = try await call { try await client.login(body: .json(body)).ok.body.json }
        return (issued.token, issued.user)
    }

    public func users() async throws -> [User] {
        try await call { try await client.listUsers().ok.body.json }
    }

    public func user(_ id: String) async throws -> User {
        try await call { try await client.getUser(path: .init(id: id)).ok.body.json }
    }

    public func createUser(_ input: Components.Schemas.UserInput) async throws -> User {
        try await call { try await client.createUser(body: .json(input)).created.body.json }
    }

    public func updateUser(_ id: String, _ input: Components.Schemas.UserInput, version: Int) async throws -> User {
        try await call {
            try await client.updateUser(path: .init(id: id), headers: .init(ifMatch: Self.ifMatch(version)), body: .json(input)).ok.body.json
        }
    }

    public func tokens() async throws -> [Token] {
        try await call { try await client.listTokens().ok.body.json }
    }

    public func createToken(_ input: Components.Schemas.TokenInput) async throws -> NewToken {
        try await call { try await client.createToken(body: .json(input)).created.body.json }
    }

    public func revokeToken(_ id: String) async throws -> Token {
        try await call { try await client.revokeToken(path: .init(id: id)).ok.body.json }
    }

    public func audit(record: String? = nil, user: String? = nil, type: String? = nil, limit: Int = 50) async throws -> [AuditEntry] {
        try await collect(limit: limit) { size, cursor in
            let page = try await call {
                try await client.listAudit(query: .init(record: record, user: user, _type: type, limit: size, cursor: cursor)).ok.body.json
            }
            return (page.items, page.nextCursor)
        }
    }

    // MARK: Organisations

    public func createOrganization(_ input: Components.Schemas.OrganizationInput, idempotencyKey: String, force: Bool = false) async throws
        -> Organization
    {
        try await call {
            try await client.createOrganization(
                query: .init(force: force ? true : nil), headers: .init(idempotencyKey: idempotencyKey), body: .json(input)
            ).created.body.json
        }
    }

    public func mergeOrganization(keep: String, other: String) async throws -> Organization {
        try await call { try await client.mergeOrganization(path: .init(id: keep), body: .json(.init(other: other))).ok.body.json }
    }

    public func mergePerson(keep: String, other: String) async throws -> Person {
        try await call { try await client.mergePerson(path: .init(id: keep), body: .json(.init(other: other))).ok.body.json }
    }

    public typealias SearchResult = Components.Schemas.SearchResult

    /// People, organisations, issues and meetings matching `query`, best first (`types`: person, organization, issue, meeting).
    public func search(_ query: String, types: [String] = [], limit: Int = 20) async throws -> [SearchResult] {
        try await call {
            try await client.search(query: .init(q: query, _type: types.isEmpty ? nil : types.joined(separator: ","), limit: limit))
                .ok.body.json.items
        }
    }

    public func organizations(
        text: String? = nil, sector: String? = nil, region: String? = nil, archived: Bool = false, limit: Int = 200
    ) async throws -> [Organization] {
        try await collect(limit: limit) { size, cursor in
            let page = try await call {
                try await client.listOrganizations(
                    query: .init(q: text, sector: sector, region: region, archived: archived, limit: size, cursor: cursor)
                ).ok.body.json
            }
            return (page.items, page.nextCursor)
        }
    }

    public func organization(_ id: String) async throws -> Organization {
        try await call { try await client.getOrganization(path: .init(id: id)).ok.body.json }
    }

    public func updateOrganization(_ id: String, _ input: Components.Schemas.OrganizationInput, version: Int) async throws -> Organization {
        try await call {
            try await client.updateOrganization(path: .init(id: id), headers: .init(ifMatch: Self.ifMatch(version)), body: .json(input))
                .ok.body.json
        }
    }

    public func setOrganizationArchived(_ archived: Bool, id: String) async throws -> Organization {
        try await call {
            archived
                ? try await client.archiveOrganization(path: .init(id: id)).ok.body.json
                : try await client.restoreOrganization(path: .init(id: id)).ok.body.json
        }
    }

    public func organizationTimeline(_ id: String, limit: Int = 200) async throws -> [TimelineEntry] {
        try await call { try await client.getOrganizationTimeline(path: .init(id: id), query: .init(limit: limit)).ok.body.json }
    }

    // MARK: People

    public func people(text: String? = nil, archived: Bool = false, limit: Int = 200) async throws -> [Person] {
        try await collect(limit: limit) { size, cursor in
            let page = try await call {
                try await client.listPeople(query: .init(q: text, archived: archived, limit: size, cursor: cursor)).ok.body.json
            }
            return (page.items, page.nextCursor)
        }
    }

    public func createPerson(_ input: Components.Schemas.PersonInput, idempotencyKey: String, force: Bool = false) async throws -> Person {
        try await call {
            try await client.createPerson(
                query: .init(force: force ? true : nil), headers: .init(idempotencyKey: idempotencyKey), body: .json(input)
            ).created.body.json
        }
    }

    public func person(_ id: String) async throws -> Person {
        try await call { try await client.getPerson(path: .init(id: id)).ok.body.json }
    }

    public func updatePerson(_ id: String, _ input: Components.Schemas.PersonInput, version: Int) async throws -> Person {
        try await call {
            try await client.updatePerson(path: .init(id: id), headers: .init(ifMatch: Self.ifMatch(version)), body: .json(input)).ok.body.json
        }
    }

    public func setPersonArchived(_ archived: Bool, id: String) async throws -> Person {
        try await call {
            archived
                ? try await client.archivePerson(path: .init(id: id)).ok.body.json
                : try await client.restorePerson(path: .init(id: id)).ok.body.json
        }
    }

    public func personTimeline(_ id: String, limit: Int = 200) async throws -> [TimelineEntry] {
        try await call { try await client.getPersonTimeline(path: .init(id: id), query: .init(limit: limit)).ok.body.json }
    }

    // MARK: Reference lists

    public func sectors() async throws -> [Components.Schemas.ReferenceEntry] {
        try await call { try await client.listSectors().ok.body.json }
    }

    public func regions() async throws -> [Components.Schemas.ReferenceEntry] {
        try await call { try await client.listRegions().ok.body.json }
    }

    public func organizationKinds() async throws -> [Components.Schemas.ReferenceEntry] {
        try await call { try await client.listOrganizationKinds().ok.body.json }
    }

    // MARK: Issues

    public func issues(text: String? = nil, archived: Bool = false, limit: Int = 200) async throws -> [Issue] {
        try await collect(limit: limit) { size, cursor in
            let page = try await call {
                try await client.listIssues(query: .init(q: text, archived: archived, limit: size, cursor: cursor)).ok.body.json
            }
            return (page.items, page.nextCursor)
        }
    }

    public func createIssue(_ input: Components.Schemas.IssueInput, idempotencyKey: String) async throws -> Issue {
        try await call { try await client.createIssue(headers: .init(idempotencyKey: idempotencyKey), body: .json(input)).created.body.json }
    }

    public func issue(_ id: String) async throws -> Issue {
        try await call { try await client.getIssue(path: .init(id: id)).ok.body.json }
    }

    public func updateIssue(_ id: String, _ input: Components.Schemas.IssueInput, version: Int) async throws -> Issue {
        try await call {
            try await client.updateIssue(path: .init(id: id), headers: .init(ifMatch: Self.ifMatch(version)), body: .json(input)).ok.body.json
        }
    }

    public func setIssueArchived(_ archived: Bool, id: String) async throws -> Issue {
        try await call {
            archived
                ? try await client.archiveIssue(path: .init(id: id)).ok.body.json
                : try await client.restoreIssue(path: .init(id: id)).ok.body.json
        }
    }

    public func stances(issue: String? = nil, stakeholder: String? = nil, asOf: String? = nil) async throws -> [Stance] {
        try await call { try await client.listStances(query: .init(asOf: asOf, issue: issue, stakeholder: stakeholder)).ok.body.json }
    }

    // MARK: Affiliations

    public func affiliations(
        person: String? = nil, organization: String? = nil, on: String? = nil, archived: Bool = false, limit: Int = 200
    ) async throws -> [Affiliation] {
        try await collect(limit: limit) { size, cursor in
            let page = try await call {
                try await client.listAffiliations(
                    query: .init(person: person, organization: organization, on: on, archived: archived, limit: size, cursor: cursor)
                ).ok.body.json
            }
            return (page.items, page.nextCursor)
        }
    }

    public func createAffiliation(_ input: Components.Schemas.AffiliationInput, idempotencyKey: String) async throws -> Affiliation {
        try await call {
            try await client.createAffiliation(headers: .init(idempotencyKey: idempotencyKey), body: .json(input)).created.body.json
        }
    }

    public func affiliation(_ id: String) async throws -> Affiliation {
        try await call { try await client.getAffiliation(path: .init(id: id)).ok.body.json }
    }

    public func updateAffiliation(_ id: String, _ input: Components.Schemas.AffiliationInput, version: Int) async throws -> Affiliation {
        try await call {
            try await client.updateAffiliation(path: .init(id: id), headers: .init(ifMatch: Self.ifMatch(version)), body: .json(input))
                .ok.body.json
        }
    }

    public func setAffiliationArchived(_ archived: Bool, id: String) async throws -> Affiliation {
        try await call {
            archived
                ? try await client.archiveAffiliation(path: .init(id: id)).ok.body.json
                : try await client.restoreAffiliation(path: .init(id: id)).ok.body.json
        }
    }

    // MARK: Meetings

    public func createMeeting(_ input: Components.Schemas.MeetingInput, idempotencyKey: String) async throws -> Meeting {
        try await call { try await client.createMeeting(headers: .init(idempotencyKey: idempotencyKey), body: .json(input)).created.body.json }
    }

    public struct MeetingFilter: Sendable {
        public var text: String?
        public var stakeholder: String?
        public var issue: String?
        public var sector: String?
        public var region: String?
        public var from: String?
        public var to: String?
        public var archived = false

        public init(
            text: String? = nil, stakeholder: String? = nil, issue: String? = nil, sector: String? = nil, region: String? = nil,
            from: String? = nil, to: String? = nil, archived: Bool = false
        ) {
            (self.text, self.stakeholder, self.issue, self.sector) = (text, stakeholder, issue, sector)
            (self.region, self.from, self.to, self.archived) = (region, from, to, archived)
        }
    }

    public func meetings(_ filter: MeetingFilter = .init(), limit: Int = 50) async throws -> [Meeting] {
        try await collect(limit: limit) { size, cursor in
            let page = try await call {
                try await client.listMeetings(
                    query: .init(
                        q: filter.text, stakeholder: filter.stakeholder, issue: filter.issue, sector: filter.sector, region: filter.region,
                        from: filter.from, to: filter.to, archived: filter.archived, limit: size, cursor: cursor)
                ).ok.body.json
            }
            return (page.items, page.nextCursor)
        }
    }

    public func meeting(_ id: String) async throws -> Meeting {
        try await call { try await client.getMeeting(path: .init(id: id)).ok.body.json }
    }

    public func updateMeeting(_ id: String, _ input: Components.Schemas.MeetingInput, version: Int) async throws -> Meeting {
        try await call {
            try await client.updateMeeting(path: .init(id: id), headers: .init(ifMatch: Self.ifMatch(version)), body: .json(input)).ok.body.json
        }
    }

    public func setMeetingArchived(_ archived: Bool, id: String) async throws -> Meeting {
        try await call {
            archived
                ? try await client.archiveMeeting(path: .init(id: id)).ok.body.json
                : try await client.restoreMeeting(path: .init(id: id)).ok.body.json
        }
    }

    // MARK: The consensus summary

    public typealias Summary = Components.Schemas.Summary

    public func summary(
        from: String?, to: String?, issue: String? = nil, sector: String? = nil, region: String? = nil, gapDays: Int? = nil, top: Int? = nil
    ) async throws -> Summary {
        try await call {
            try await client.getSummary(
                query: .init(from: from, to: to, issue: issue, sector: sector, region: region, gapDays: gapDays, top: top))
                .ok.body.json
        }
    }

    // MARK: Commitments (follow-ups)

    public struct CommitmentFilter: Sendable {
        public var status: String?
        public var overdue: Bool?
        public var owedBy: String?
        public var meeting: String?
        public var issue: String?
        public var dueFrom: String?
        public var dueTo: String?
        public var archived = false

        public init(
            status: String? = nil, overdue: Bool? = nil, owedBy: String? = nil, meeting: String? = nil, issue: String? = nil,
            dueFrom: String? = nil, dueTo: String? = nil, archived: Bool = false
        ) {
            (self.status, self.overdue, self.owedBy, self.meeting) = (status, overdue, owedBy, meeting)
            (self.issue, self.dueFrom, self.dueTo, self.archived) = (issue, dueFrom, dueTo, archived)
        }
    }

    public func commitments(_ filter: CommitmentFilter = .init(), limit: Int = 50) async throws -> [Commitment] {
        try await collect(limit: limit) { size, cursor in
            let page = try await call {
                try await client.listCommitments(
                    query: .init(
                        status: filter.status, overdue: filter.overdue, owedBy: filter.owedBy, meeting: filter.meeting,
                        issue: filter.issue, dueFrom: filter.dueFrom, dueTo: filter.dueTo, archived: filter.archived,
                        limit: size, cursor: cursor)
                ).ok.body.json
            }
            return (page.items, page.nextCursor)
        }
    }

    public func createCommitment(_ input: Components.Schemas.CommitmentInput, idempotencyKey: String) async throws -> Commitment {
        try await call {
            try await client.createCommitment(headers: .init(idempotencyKey: idempotencyKey), body: .json(input)).created.body.json
        }
    }

    public func commitment(_ id: String) async throws -> Commitment {
        try await call { try await client.getCommitment(path: .init(id: id)).ok.body.json }
    }

    public func updateCommitment(_ id: String, _ input: Components.Schemas.CommitmentInput, version: Int) async throws -> Commitment {
        try await call {
            try await client.updateCommitment(path: .init(id: id), headers: .init(ifMatch: Self.ifMatch(version)), body: .json(input))
                .ok.body.json
        }
    }

    public func setCommitmentArchived(_ archived: Bool, id: String) async throws -> Commitment {
        try await call {
            archived
                ? try await client.archiveCommitment(path: .init(id: id)).ok.body.json
                : try await client.restoreCommitment(path: .init(id: id)).ok.body.json
        }
    }
}
