import Foundation
import LiaisonAPI
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore

/// `/v1/issues`, `/v1/people`, `/v1/affiliations`, `/v1/meetings`, `/v1/commitments`,
/// `/v1/stances` and the timelines.
struct RegisterAPI: Sendable {
    let database: RequestDatabase

    var idempotency: Idempotency { Idempotency(database: database) }

    /// Reads see one snapshot, so that a record read in several queries is never half old, half new.
    func read<T: Sendable>(_ body: @escaping (PostgresConnection) async throws -> T) async throws -> T {
        try await database.read(body)
    }

    /// A read whose queries all go at once, with `BEGIN` and `COMMIT`: one round trip.
    func readAtOnce<T: Sendable>(_ body: @escaping (PostgresConnection) async throws -> T) async throws -> T {
        try await database.readAtOnce(body)
    }

    /// Lists, search and summaries: may be served by the read replica (`RequestDatabase.browse`).
    func browse<T: Sendable>(
        refreshingKeptState: Bool = false, _ body: @escaping (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await database.browse(refreshingKeptState: refreshingKeptState, body)
    }

    func write<T: Sendable>(_ body: @escaping (PostgresConnection) async throws -> T) async throws -> T {
        try await database.write(body)
    }

    // MARK: Issues

    func validated(_ body: Components.Schemas.IssueInput) throws(DomainError) -> IssueDetails {
        try IssueDetails.validated(title: body.title, description: body.description, objectives: body.objectives?.map(\.rawValue))
    }

    func createIssue(_ body: Components.Schemas.IssueInput, key: String?) async throws -> Components.Schemas.Issue {
        let details = try validated(body)
        return try await idempotency.create(scope: "issues.create", key: key, request: body) {
            try await IssueStore.create(details, on: $0).api
        }
    }

    func updateIssue(_ id: String, _ body: Components.Schemas.IssueInput, ifMatch: String?) async throws -> Components.Schemas.Issue {
        let id = try RecordID.parse(id)
        let version = try EntityTag.requiredVersions(ifMatch: ifMatch)
        let details = try validated(body)
        return try await write { try await IssueStore.update(id, details, expectedVersion: version, endingTransaction: true, on: $0).api }
    }

    // MARK: People

    func validated(_ body: Components.Schemas.PersonInput) throws(DomainError) -> (PersonDetails, Influence?) {
        try PersonDetails.validated(
            name: body.name, alternateNames: body.alternateNames, title: body.title, email: body.email, phone: body.phone,
            address: body.address, notes: body.notes, influence: body.influence.map { ($0.rating, $0.asOf) }, today: Today())
    }

    func createPerson(_ body: Components.Schemas.PersonInput, key: String?, force: Bool) async throws -> Components.Schemas.Person {
        let (details, influence) = try validated(body)
        var affiliations: [AffiliationDetails] = []
        var problems: [FieldProblem] = []
        for (index, affiliation) in (body.affiliations ?? []).enumerated() {
            do {
                affiliations.append(
                    try AffiliationDetails.validated(
                        personID: nil, organizationID: affiliation.organizationId, role: affiliation.role,
                        from: affiliation.from, to: affiliation.to, prefix: "affiliations/\(index)/"))
            } catch {
                // Collect the problems of every affiliation before answering.
                if case .invalid(let found) = error { problems += found } else { throw error }
            }
        }
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        let newAffiliations = affiliations
        return try await idempotency.create(scope: "people.create", key: key, request: body) {
            try await PersonStore.create(
                details, influence: influence, affiliations: newAffiliations, allowDuplicates: force, endingTransaction: key == nil, on: $0
            ).api
        }
    }

    func updatePerson(_ id: String, _ body: Components.Schemas.PersonInput, ifMatch: String?) async throws -> Components.Schemas.Person {
        let id = try RecordID.parse(id)
        let version = try EntityTag.requiredVersions(ifMatch: ifMatch)
        let (details, influence) = try validated(body)
        if let affiliations = body.affiliations, !affiliations.isEmpty {
            throw DomainError.invalid([
                FieldProblem(field: "affiliations", reason: "can only be given when the person is created; edit them through /v1/affiliations")
            ])
        }
        return try await write {
            try await PersonStore.update(id, details, influence: influence, expectedVersion: version, endingTransaction: true, on: $0).api
        }
    }

    // MARK: Affiliations

    func validated(_ body: Components.Schemas.AffiliationInput) throws(DomainError) -> AffiliationDetails {
        if body.personId.isEmpty { throw .invalid([FieldProblem(field: "personId", reason: "must not be empty")]) }
        return try AffiliationDetails.validated(
            personID: body.personId, organizationID: body.organizationId, role: body.role, from: body.from, to: body.to)
    }

    func createAffiliation(_ body: Components.Schemas.AffiliationInput, key: String?) async throws -> Components.Schemas.Affiliation {
        let details = try validated(body)
        return try await idempotency.create(scope: "affiliations.create", key: key, request: body) {
            try await AffiliationStore.create(details, endingTransaction: key == nil, on: $0).api
        }
    }

    func updateAffiliation(_ id: String, _ body: Components.Schemas.AffiliationInput, ifMatch: String?) async throws
        -> Components.Schemas.Affiliation
    {
        let id = try RecordID.parse(id)
        let version = try EntityTag.requiredVersions(ifMatch: ifMatch)
        let details = try validated(body)
        return try await write {
            try await AffiliationStore.update(id, details, expectedVersion: version, endingTransaction: true, on: $0).api
        }
    }

    // MARK: Meetings

    func validated(_ body: Components.Schemas.MeetingInput) throws(DomainError) -> (MeetingDetails, [CommitmentDetails]) {
        let validated = try MeetingDetails.validated(
            kind: body.kind?.rawValue, startsAt: body.startsAt, timeZone: body.timeZone,
            durationMinutes: body.durationMinutes, place: body.place, region: body.region, subject: body.subject,
            notes: body.notes, objectives: body.objectives?.map(\.rawValue), confidentiality: body.confidentiality?.rawValue,
            participants: body.participants, staff: body.staff,
            positions: body.positions?.map {
                .init(stakeholderID: $0.stakeholderId, issueID: $0.issueId, stance: $0.stance, quote: $0.quote)
            },
            commitments: body.commitments?.map {
                .init(description: $0.description, issueID: $0.issueId, owedBy: $0.owedBy, dueOn: $0.dueOn)
            })
        return validated
    }

    /// Runs `work`, which records a meeting at `level`. PostgreSQL refuses a meeting above the
    /// user's clearance (the policy's WITH CHECK) in words of its own; this says it clearly.
    func explainingClearance<T>(for level: Confidentiality, _ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let error as PostgresError where error.sqlState == .insufficientPrivilege {
            if let user = RequestIdentity.current?.user, level > user.clearance { throw Self.notCleared(user, for: level) }
            throw error
        }
    }

    static func notCleared(_ user: User, for level: Confidentiality) -> DomainError {
        .forbidden("You are cleared to \(user.clearance.rawValue) and cannot record a \(level.rawValue) meeting.")
    }

    func createMeeting(_ body: Components.Schemas.MeetingInput, key: String?) async throws -> Components.Schemas.Meeting {
        let (details, commitments) = try validated(body)
        let level = details.confidentiality
        return try await explainingClearance(for: level) {
            try await idempotency.create(
                scope: "meetings.create", key: key, request: body,
                authorize: { user in if level > user.clearance { throw Self.notCleared(user, for: level) } }
            ) {
                // Without a key nothing follows the create: its COMMIT goes with the read back.
                try await MeetingStore.create(details, commitments: commitments, endingTransaction: key == nil, on: $0).api
            }
        }
    }

    func updateMeeting(_ id: String, _ body: Components.Schemas.MeetingInput, ifMatch: String?) async throws -> Components.Schemas.Meeting {
        let id = try RecordID.parse(id)
        let version = try EntityTag.requiredVersions(ifMatch: ifMatch)
        if body.confidentiality == nil {
            // A replacement that forgot the classification must not declassify the meeting.
            throw DomainError.invalid([FieldProblem(field: "confidentiality", reason: "is required when a meeting is replaced")])
        }
        let (details, commitments) = try validated(body)
        if !commitments.isEmpty {
            throw DomainError.invalid([
                FieldProblem(field: "commitments", reason: "can only be given when the meeting is created; edit them through /v1/commitments")
            ])
        }
        return try await explainingClearance(for: details.confidentiality) {
            try await write { try await MeetingStore.update(id, details, expectedVersion: version, endingTransaction: true, on: $0).api }
        }
    }

    // MARK: Commitments

    func validated(_ body: Components.Schemas.CommitmentInput) throws(DomainError) -> CommitmentDetails {
        try CommitmentDetails.validated(
            description: body.description, meetingID: body.meetingId, issueID: body.issueId, owedBy: body.owedBy,
            dueOn: body.dueOn, status: body.status?.rawValue)
    }

    func createCommitment(_ body: Components.Schemas.CommitmentInput, key: String?) async throws -> Components.Schemas.Commitment {
        let details = try validated(body)
        return try await idempotency.create(scope: "commitments.create", key: key, request: body) {
            try await CommitmentStore.create(details, endingTransaction: key == nil, on: $0).api
        }
    }

    func updateCommitment(_ id: String, _ body: Components.Schemas.CommitmentInput, ifMatch: String?) async throws
        -> Components.Schemas.Commitment
    {
        let id = try RecordID.parse(id)
        let version = try EntityTag.requiredVersions(ifMatch: ifMatch)
        let details = try validated(body)
        return try await write {
            try await CommitmentStore.update(id, details, expectedVersion: version, endingTransaction: true, on: $0).api
        }
    }
}
