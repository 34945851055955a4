import LiaisonAPI
import Foundation
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore
import Logging
import OpenAPIRuntime

/// The generated `APIProtocol`, implemented by delegating each operation to the part of the
/// server that owns it.
struct APIHandlers: APIProtocol {
    let operations: OperationsAPI
    let reference: ReferenceAPI
    let organizations: OrganizationsAPI
    let register: RegisterAPI
    let accounts: AccountsAPI

    init(database: LiaisonDatabase, logger: Logger) {
        let requests = database.requests
        register = RegisterAPI(database: requests)
        accounts = AccountsAPI(database: requests, passwords: database.passwords, throttle: database.loginThrottle)
        operations = OperationsAPI(database: database, logger: logger)
        reference = ReferenceAPI(database: requests)
        organizations = OrganizationsAPI(database: requests)
    }

    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        operations.health()
    }

    func getReadiness(_ input: Operations.GetReadiness.Input) async throws -> Operations.GetReadiness.Output {
        await operations.readiness()
    }

    // MARK: Reference lists

    func listSectors(_ input: Operations.ListSectors.Input) async throws -> Operations.ListSectors.Output {
        .ok(.init(body: .json(try await reference.list(.sectors))))
    }

    func listRegions(_ input: Operations.ListRegions.Input) async throws -> Operations.ListRegions.Output {
        .ok(.init(body: .json(try await reference.list(.regions))))
    }

    func createRegion(_ input: Operations.CreateRegion.Input) async throws -> Operations.CreateRegion.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        return .created(.init(body: .json(try await reference.add(body, to: .regions))))
    }

    func listOrganizationKinds(_ input: Operations.ListOrganizationKinds.Input) async throws
        -> Operations.ListOrganizationKinds.Output
    {
        .ok(.init(body: .json(try await reference.list(.organizationKinds))))
    }

    func createOrganizationKind(_ input: Operations.CreateOrganizationKind.Input) async throws
        -> Operations.CreateOrganizationKind.Output
    {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        return .created(.init(body: .json(try await reference.add(body, to: .organizationKinds))))
    }

    // MARK: Organisations

    func listOrganizations(_ input: Operations.ListOrganizations.Input) async throws -> Operations.ListOrganizations.Output {
        try await organizations.list(input)
    }

    func createOrganization(_ input: Operations.CreateOrganization.Input) async throws -> Operations.CreateOrganization.Output {
        try await organizations.create(input)
    }

    func getOrganization(_ input: Operations.GetOrganization.Input) async throws -> Operations.GetOrganization.Output {
        try await organizations.get(input)
    }

    func updateOrganization(_ input: Operations.UpdateOrganization.Input) async throws -> Operations.UpdateOrganization.Output {
        try await organizations.update(input)
    }

    func archiveOrganization(_ input: Operations.ArchiveOrganization.Input) async throws
        -> Operations.ArchiveOrganization.Output
    {
        let organization = try await organizations.setArchived(true, id: input.path.id, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: EntityTag.make(organization.version)), body: .json(organization)))
    }

    func restoreOrganization(_ input: Operations.RestoreOrganization.Input) async throws
        -> Operations.RestoreOrganization.Output
    {
        let organization = try await organizations.setArchived(false, id: input.path.id, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: EntityTag.make(organization.version)), body: .json(organization)))
    }
}

// MARK: - The register

extension APIHandlers {
    // Issues

    func listIssues(_ input: Operations.ListIssues.Input) async throws -> Operations.ListIssues.Output {
        let q = input.query
        let page = try await register.browse {
            try await IssueStore.list(
                text: q.q, objective: q.objective, archived: q.archived ?? false, limit: q.limit, cursor: q.cursor, on: $0)
        }
        return .ok(.init(body: .json(.init(items: page.items.map(\.api), nextCursor: page.nextCursor))))
    }

    func createIssue(_ input: Operations.CreateIssue.Input) async throws -> Operations.CreateIssue.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let issue = try await register.createIssue(body, key: input.headers.idempotencyKey)
        return .created(.init(headers: .init(eTag: EntityTag.make(issue.version)), body: .json(issue)))
    }

    func getIssue(_ input: Operations.GetIssue.Input) async throws -> Operations.GetIssue.Output {
        let id = try RecordID.parse(input.path.id)
        let issue = try await register.readAtOnce { try await IssueStore.get(id, on: $0).api }
        return .ok(.init(headers: .init(eTag: EntityTag.make(issue.version)), body: .json(issue)))
    }

    func updateIssue(_ input: Operations.UpdateIssue.Input) async throws -> Operations.UpdateIssue.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let issue = try await register.updateIssue(input.path.id, body, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: EntityTag.make(issue.version)), body: .json(issue)))
    }

    func archiveIssue(_ input: Operations.ArchiveIssue.Input) async throws -> Operations.ArchiveIssue.Output {
        let issue = try await archive(true, input.path.id, input.headers.ifMatch, IssueStore.setArchived).api
        return .ok(.init(headers: .init(eTag: EntityTag.make(issue.version)), body: .json(issue)))
    }

    func restoreIssue(_ input: Operations.RestoreIssue.Input) async throws -> Operations.RestoreIssue.Output {
        let issue = try await archive(false, input.path.id, input.headers.ifMatch, IssueStore.setArchived).api
        return .ok(.init(headers: .init(eTag: EntityTag.make(issue.version)), body: .json(issue)))
    }

    // People

    func listPeople(_ input: Operations.ListPeople.Input) async throws -> Operations.ListPeople.Output {
        let q = input.query
        let organization = try QueryValue.id(q.organization, "organization")
        let page = try await register.browse {
            try await PersonStore.list(
                text: q.q, organization: organization, archived: q.archived ?? false, limit: q.limit, cursor: q.cursor, on: $0)
        }
        return .ok(.init(body: .json(.init(items: page.items.map(\.api), nextCursor: page.nextCursor))))
    }

    func createPerson(_ input: Operations.CreatePerson.Input) async throws -> Operations.CreatePerson.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let person = try await register.createPerson(body, key: input.headers.idempotencyKey, force: input.query.force ?? false)
        return .created(.init(headers: .init(eTag: EntityTag.make(person.version)), body: .json(person)))
    }

    func getPerson(_ input: Operations.GetPerson.Input) async throws -> Operations.GetPerson.Output {
        let id = try RecordID.parse(input.path.id)
        let person = try await register.readAtOnce { try await PersonStore.get(id, on: $0).api }
        return .ok(.init(headers: .init(eTag: EntityTag.make(person.version)), body: .json(person)))
    }

    func updatePerson(_ input: Operations.UpdatePerson.Input) async throws -> Operations.UpdatePerson.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let person = try await register.updatePerson(input.path.id, body, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: EntityTag.make(person.version)), body: .json(person)))
    }

    func archivePerson(_ input: Operations.ArchivePerson.Input) async throws -> Operations.ArchivePerson.Output {
        let person = try await archive(true, input.path.id, input.headers.ifMatch, PersonStore.setArchived).api
        return .ok(.init(headers: .init(eTag: EntityTag.make(person.version)), body: .json(person)))
    }

    func restorePerson(_ input: Operations.RestorePerson.Input) async throws -> Operations.RestorePerson.Output {
        let person = try await archive(false, input.path.id, input.headers.ifMatch, PersonStore.setArchived).api
        return .ok(.init(headers: .init(eTag: EntityTag.make(person.version)), body: .json(person)))
    }

    func getPersonTimeline(_ input: Operations.GetPersonTimeline.Input) async throws -> Operations.GetPersonTimeline.Output {
        let id = try RecordID.parse(input.path.id)
        let timeline = try HistoryStore.timeline(of: id, limit: input.query.limit)
        let entries = try await register.readAtOnce { try await $0.run(PersonStore.mustExist(id), timeline).1 }
        return .ok(.init(body: .json(entries.map(\.api))))
    }

    // Affiliations

    func listAffiliations(_ input: Operations.ListAffiliations.Input) async throws -> Operations.ListAffiliations.Output {
        let q = input.query
        let person = try QueryValue.id(q.person, "person")
        let organization = try QueryValue.id(q.organization, "organization")
        let date = try QueryValue.date(q.on, "on")
        let page = try await register.browse {
            try await AffiliationStore.list(
                person: person, organization: organization, on: date, archived: q.archived ?? false, limit: q.limit,
                cursor: q.cursor, on: $0)
        }
        return .ok(.init(body: .json(.init(items: page.items.map(\.api), nextCursor: page.nextCursor))))
    }

    func createAffiliation(_ input: Operations.CreateAffiliation.Input) async throws -> Operations.CreateAffiliation.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let affiliation = try await register.createAffiliation(body, key: input.headers.idempotencyKey)
        return .created(.init(headers: .init(eTag: EntityTag.make(affiliation.version)), body: .json(affiliation)))
    }

    func getAffiliation(_ input: Operations.GetAffiliation.Input) async throws -> Operations.GetAffiliation.Output {
        let id = try RecordID.parse(input.path.id)
        let affiliation = try await register.readAtOnce { try await AffiliationStore.get(id, on: $0).api }
        return .ok(.init(headers: .init(eTag: EntityTag.make(affiliation.version)), body: .json(affiliation)))
    }

    func updateAffiliation(_ input: Operations.UpdateAffiliation.Input) async throws -> Operations.UpdateAffiliation.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let affiliation = try await register.updateAffiliation(input.path.id, body, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: EntityTag.make(affiliation.version)), body: .json(affiliation)))
    }

    func archiveAffiliation(_ input: Operations.ArchiveAffiliation.Input) async throws -> Operations.ArchiveAffiliation.Output {
        let affiliation = try await archive(true, input.path.id, input.headers.ifMatch, AffiliationStore.setArchived).api
        return .ok(.init(headers: .init(eTag: EntityTag.make(affiliation.version)), body: .json(affiliation)))
    }

    func restoreAffiliation(_ input: Operations.RestoreAffiliation.Input) async throws -> Operations.RestoreAffiliation.Output {
        let affiliation = try await archive(false, input.path.id, input.headers.ifMatch, AffiliationStore.setArchived).api
        return .ok(.init(headers: .init(eTag: EntityTag.make(affiliation.version)), body: .json(affiliation)))
    }

    func listRepresentatives(_ input: Operations.ListRepresentatives.Input) async throws -> Operations.ListRepresentatives.Output {
        let id = try RecordID.parse(input.path.id)
        let date = try QueryValue.date(input.query.on, "on") ?? .today
        let affiliations = try await register.read { try await AffiliationStore.representatives(of: id, on: date, connection: $0) }
        return .ok(.init(body: .json(affiliations.map(\.api))))
    }

    func getOrganizationTimeline(_ input: Operations.GetOrganizationTimeline.Input) async throws
        -> Operations.GetOrganizationTimeline.Output
    {
        let id = try RecordID.parse(input.path.id)
        let timeline = try HistoryStore.timeline(of: id, limit: input.query.limit)
        let entries = try await register.readAtOnce { try await $0.run(OrganizationStore.mustExist(id), timeline).1 }
        return .ok(.init(body: .json(entries.map(\.api))))
    }

    // Meetings

    func listMeetings(_ input: Operations.ListMeetings.Input) async throws -> Operations.ListMeetings.Output {
        let q = input.query
        let filter = MeetingStore.Filter(
            text: q.q, stakeholder: try QueryValue.id(q.stakeholder, "stakeholder"), issue: try QueryValue.id(q.issue, "issue"),
            sector: q.sector, region: q.region, objective: q.objective, from: try QueryValue.date(q.from, "from"),
            to: try QueryValue.date(q.to, "to"), archived: q.archived ?? false, limit: q.limit, cursor: q.cursor)
        let page = try await register.browse { try await MeetingStore.list(filter, endingTransaction: true, on: $0) }
        return .ok(.init(body: .json(.init(items: page.items.map(\.api), nextCursor: page.nextCursor))))
    }

    func createMeeting(_ input: Operations.CreateMeeting.Input) async throws -> Operations.CreateMeeting.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let meeting = try await register.createMeeting(body, key: input.headers.idempotencyKey)
        return .created(.init(headers: .init(eTag: EntityTag.make(meeting.version)), body: .json(meeting)))
    }

    func getMeeting(_ input: Operations.GetMeeting.Input) async throws -> Operations.GetMeeting.Output {
        let id = try RecordID.parse(input.path.id)
        let meeting = try await register.readAtOnce { try await MeetingStore.get(id, on: $0).api }
        return .ok(.init(headers: .init(eTag: EntityTag.make(meeting.version)), body: .json(meeting)))
    }

    func updateMeeting(_ input: Operations.UpdateMeeting.Input) async throws -> Operations.UpdateMeeting.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let meeting = try await register.updateMeeting(input.path.id, body, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: EntityTag.make(meeting.version)), body: .json(meeting)))
    }

    func archiveMeeting(_ input: Operations.ArchiveMeeting.Input) async throws -> Operations.ArchiveMeeting.Output {
        let meeting = try await archive(true, input.path.id, input.headers.ifMatch, MeetingStore.setArchived).api
        return .ok(.init(headers: .init(eTag: EntityTag.make(meeting.version)), body: .json(meeting)))
    }

    func restoreMeeting(_ input: Operations.RestoreMeeting.Input) async throws -> Operations.RestoreMeeting.Output {
        let meeting = try await archive(false, input.path.id, input.headers.ifMatch, MeetingStore.setArchived).api
        return .ok(.init(headers: .init(eTag: EntityTag.make(meeting.version)), body: .json(meeting)))
    }

    func listStances(_ input: Operations.ListStances.Input) async throws -> Operations.ListStances.Output {
        let q = input.query
        let asOf = try QueryValue.date(q.asOf, "asOf") ?? .today
        let issue = try QueryValue.id(q.issue, "issue")
        let stakeholder = try QueryValue.id(q.stakeholder, "stakeholder")
        let stances = try await register.read {
            try await HistoryStore.stances(asOf: asOf, issue: issue, stakeholder: stakeholder, sector: q.sector, on: $0)
        }
        return .ok(.init(body: .json(stances.map(\.api))))
    }

    // Search and merging

    func search(_ input: Operations.Search.Input) async throws -> Operations.Search.Output {
        var kinds = Set(SearchHit.Kind.allCases)
        if let types = input.query._type {
            kinds = []
            for name in types.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
                guard let kind = SearchHit.Kind(rawValue: name) else {
                    throw DomainError.invalid([FieldProblem(field: "type", reason: "'\(name)' is not person, organization, issue or meeting")])
                }
                kinds.insert(kind)
            }
        }
        let query = input.query.q
        let limit = input.query.limit ?? 20
        let hits = try await register.browse { try await SearchStore.search(query, kinds: kinds, limit: limit, on: $0) }
        return .ok(.init(body: .json(.init(items: hits.map { hit in
            .init(_type: .init(rawValue: hit.kind.rawValue) ?? .person, id: hit.id.wire, title: hit.title, detail: hit.detail,
                  snippet: hit.snippet, score: hit.score, match: .init(rawValue: hit.match) ?? .similar, exact: hit.exact)
        }))))
    }

    func mergePerson(_ input: Operations.MergePerson.Input) async throws -> Operations.MergePerson.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let person = try await merge(.person, keep: input.path.id, other: body.other) { try await PersonStore.get($0, on: $1).api }
        return .ok(.init(headers: .init(eTag: EntityTag.make(person.version)), body: .json(person)))
    }

    func mergeOrganization(_ input: Operations.MergeOrganization.Input) async throws -> Operations.MergeOrganization.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let organization = try await merge(.organization, keep: input.path.id, other: body.other) {
            try await OrganizationStore.get($0, on: $1).api
        }
        return .ok(.init(headers: .init(eTag: EntityTag.make(organization.version)), body: .json(organization)))
    }

    /// Merges `other` into the record `keep` and reads the kept record back, in one transaction.
    private func merge<Record: Sendable>(
        _ kind: MergeStore.Kind, keep: String, other: String,
        read: @escaping @Sendable (UUID, PostgresConnection) async throws -> Record
    ) async throws -> Record {
        let keep = try RecordID.parse(keep)
        let other = try RecordID.parse(other, field: "other")
        return try await register.write { connection in
            try await MergeStore.merge(kind, keep: keep, other: other, on: connection)
            return try await read(keep, connection)
        }
    }

    // The consensus summary

    func getSummary(_ input: Operations.GetSummary.Input) async throws -> Operations.GetSummary.Output {
        let q = input.query
        let to = try QueryValue.date(q.to, "to") ?? .today
        let from = try QueryValue.date(q.from, "from") ?? to.adding(days: -6)
        var problems: [FieldProblem] = []
        if from > to { problems.append(FieldProblem(field: "from", reason: "must not be after to (\(to))")) }
        if to.dayNumber - from.dayNumber > 3660 { problems.append(FieldProblem(field: "from", reason: "the period may be at most ten years long")) }
        let gapDays = q.gapDays ?? 30
        if !(1...3650).contains(gapDays) { problems.append(FieldProblem(field: "gap_days", reason: "must be between 1 and 3650 (got \(gapDays))")) }
        let top = q.top ?? 100
        if !(1...1000).contains(top) { problems.append(FieldProblem(field: "top", reason: "must be between 1 and 1000 (got \(top))")) }
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        let issue = try QueryValue.id(q.issue, "issue")
        let facts = try await register.browse(refreshingKeptState: true) {
            try await SummaryStore.facts(
                from: from, to: to, gapDays: gapDays, issue: issue, sector: q.sector, region: q.region, top: top, endingTransaction: true, on: $0)
        }
        return .ok(.init(body: .json(facts.summarize(top: top).api)))
    }

    // Commitments

    func listCommitments(_ input: Operations.ListCommitments.Input) async throws -> Operations.ListCommitments.Output {
        let q = input.query
        let filter = CommitmentStore.Filter(
            status: q.status, overdue: q.overdue, owedBy: try QueryValue.id(q.owedBy, "owedBy"),
            meeting: try QueryValue.id(q.meeting, "meeting"), issue: try QueryValue.id(q.issue, "issue"),
            dueFrom: try QueryValue.date(q.dueFrom, "dueFrom"), dueTo: try QueryValue.date(q.dueTo, "dueTo"),
            archived: q.archived ?? false, limit: q.limit, cursor: q.cursor)
        let page = try await register.browse { try await CommitmentStore.list(filter, on: $0) }
        return .ok(.init(body: .json(.init(items: page.items.map(\.api), nextCursor: page.nextCursor))))
    }

    func createCommitment(_ input: Operations.CreateCommitment.Input) async throws -> Operations.CreateCommitment.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let commitment = try await register.createCommitment(body, key: input.headers.idempotencyKey)
        return .created(.init(headers: .init(eTag: EntityTag.make(commitment.version)), body: .json(commitment)))
    }

    func getCommitment(_ input: Operations.GetCommitment.Input) async throws -> Operations.GetCommitment.Output {
        let id = try RecordID.parse(input.path.id)
        let commitment = try await register.readAtOnce { try await CommitmentStore.get(id, on: $0).api }
        return .ok(.init(headers: .init(eTag: EntityTag.make(commitment.version)), body: .json(commitment)))
    }

    func updateCommitment(_ input: Operations.UpdateCommitment.Input) async throws -> Operations.UpdateCommitment.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let commitment = try await register.updateCommitment(input.path.id, body, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: EntityTag.make(commitment.version)), body: .json(commitment)))
    }

    func archiveCommitment(_ input: Operations.ArchiveCommitment.Input) async throws -> Operations.ArchiveCommitment.Output {
        let commitment = try await archive(true, input.path.id, input.headers.ifMatch, CommitmentStore.setArchived).api
        return .ok(.init(headers: .init(eTag: EntityTag.make(commitment.version)), body: .json(commitment)))
    }

    func restoreCommitment(_ input: Operations.RestoreCommitment.Input) async throws -> Operations.RestoreCommitment.Output {
        let commitment = try await archive(false, input.path.id, input.headers.ifMatch, CommitmentStore.setArchived).api
        return .ok(.init(headers: .init(eTag: EntityTag.make(commitment.version)), body: .json(commitment)))
    }

    /// Archives or restores any record through its store.
    func archive<Record: Sendable>(
        _ archived: Bool, _ id: String, _ ifMatch: String?,
        _ set: @escaping @Sendable (Bool, UUID, Set<Int>?, Bool, PostgresConnection) async throws -> Record
    ) async throws -> Record {
        let id = try RecordID.parse(id)
        let version = EntityTag.versions(ifMatch: ifMatch)
        // The change, its checks and the read back end the transaction: one round trip.
        return try await register.write { try await set(archived, id, version, true, $0) }
    }
}

// MARK: - Accounts

extension APIHandlers {
    /// A second line of defence behind `AccessRule`: account management is for admins only.
    func requireAdmin() throws {
        guard let role = RequestIdentity.current?.assuredRole else { throw DomainError.unauthenticated }
        guard role == .admin else { throw DomainError.forbidden("This needs the admin role.") }
    }

    func login(_ input: Operations.Login.Input) async throws -> Operations.Login.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        return .ok(.init(body: .json(try await accounts.login(body))))
    }

    func getCurrentUser(_ input: Operations.GetCurrentUser.Input) async throws -> Operations.GetCurrentUser.Output {
        .ok(.init(body: .json(try await accounts.me())))
    }

    func listUsers(_ input: Operations.ListUsers.Input) async throws -> Operations.ListUsers.Output {
        try requireAdmin()
        return .ok(.init(body: .json(try await register.read { try await UserStore.list(on: $0) }.map(\.api))))
    }

    func createUser(_ input: Operations.CreateUser.Input) async throws -> Operations.CreateUser.Output {
        try requireAdmin()
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let user = try await accounts.createUser(body)
        return .created(.init(headers: .init(eTag: EntityTag.make(user.version)), body: .json(user)))
    }

    func getUser(_ input: Operations.GetUser.Input) async throws -> Operations.GetUser.Output {
        try requireAdmin()
        let id = try RecordID.parse(input.path.id)
        let user = try await register.read { try await UserStore.get(id, on: $0) }.api
        return .ok(.init(headers: .init(eTag: EntityTag.make(user.version)), body: .json(user)))
    }

    func updateUser(_ input: Operations.UpdateUser.Input) async throws -> Operations.UpdateUser.Output {
        try requireAdmin()
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        let user = try await accounts.updateUser(input.path.id, body, ifMatch: input.headers.ifMatch)
        return .ok(.init(headers: .init(eTag: EntityTag.make(user.version)), body: .json(user)))
    }

    func listTokens(_ input: Operations.ListTokens.Input) async throws -> Operations.ListTokens.Output {
        .ok(.init(body: .json(try await accounts.tokens())))
    }

    func createToken(_ input: Operations.CreateToken.Input) async throws -> Operations.CreateToken.Output {
        guard case .json(let body) = input.body else { throw DomainError.malformed("The request body must be JSON.") }
        return .created(.init(body: .json(try await accounts.createToken(body))))
    }

    func revokeToken(_ input: Operations.RevokeToken.Input) async throws -> Operations.RevokeToken.Output {
        .ok(.init(body: .json(try await accounts.revokeToken(input.path.id))))
    }

    func listAudit(_ input: Operations.ListAudit.Input) async throws -> Operations.ListAudit.Output {
        try requireAdmin()
        return .ok(.init(body: .json(try await accounts.audit(input.query))))
    }
}
