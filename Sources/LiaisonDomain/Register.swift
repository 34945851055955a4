import FoundationEssentials

/// A person, organisation or staff member, as other records refer to them.
public struct StakeholderRef: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable { case person, organization, user }
    public var id: UUID
    public var kind: Kind
    public var name: String

    public init(id: UUID, kind: Kind, name: String) {
        self.id = id
        self.kind = kind
        self.name = name
    }
}

extension Validator {
    /// An optional id given as text: nil when absent or blank, and nil with a problem recorded
    /// when it is not an id.
    mutating func id(_ text: String?, _ field: String) -> UUID? {
        guard let text, !text.trimmed.isEmpty else { return nil }
        guard let id = UUID(uuidString: text.trimmed) else {
            add(field, "'\(text)' is not an id")
            return nil
        }
        return id
    }

    /// A required id: blank is a problem too.
    mutating func requiredID(_ text: String, _ field: String) -> UUID? {
        if text.trimmed.isEmpty {
            add(field, "must not be empty")
            return nil
        }
        return id(text, field)
    }

    /// A calendar date given as text (YYYY-MM-DD).
    mutating func date(_ text: String?, _ field: String) -> CalendarDate? {
        guard let text, !text.trimmed.isEmpty else { return nil }
        guard let date = CalendarDate(text.trimmed) else {
            add(field, "'\(text)' is not a date (YYYY-MM-DD)")
            return nil
        }
        return date
    }

    /// Mandate objectives: at least one, each once; [d] when absent.
    mutating func objectives(_ values: [String]?, _ field: String) -> [Objective] {
        guard let values else { return [.d] }
        var result: [Objective] = []
        for (index, value) in values.enumerated() {
            guard let objective = Objective(rawValue: value) else {
                add("\(field)/\(index)", "'\(value)' is not an objective (a, b, c or d)")
                continue
            }
            if !result.contains(objective) { result.append(objective) }
        }
        if values.isEmpty { add(field, "must name at least one objective (a, b, c or d)") }
        return result.sorted()
    }
}

// MARK: - Issues

/// A topic on which consensus is sought.
public struct Issue: Hashable, Sendable {
    public var metadata: RecordMetadata
    public var details: IssueDetails
    public init(metadata: RecordMetadata, details: IssueDetails) {
        self.metadata = metadata
        self.details = details
    }
}

public struct IssueDetails: Hashable, Sendable {
    public var title: String
    public var description: String
    public var objectives: [Objective]

    public init(title: String, description: String, objectives: [Objective]) {
        self.title = title
        self.description = description
        self.objectives = objectives
    }

    public static func validated(title: String, description: String?, objectives: [String]?) throws(DomainError) -> IssueDetails {
        var validator = Validator()
        let title = validator.required(title, "title", maximum: 300)
        let description = validator.optional(description, "description", maximum: 20_000)
        let objectives = validator.objectives(objectives, "objectives")
        try validator.check()
        return IssueDetails(title: title, description: description, objectives: objectives)
    }
}

// MARK: - People

/// Someone the mission meets.
public struct Person: Hashable, Sendable {
    public var metadata: RecordMetadata
    public var details: PersonDetails
    public var influence: Influence?
    public var affiliations: [Affiliation]
    /// Set when this record was merged into another (and archived).
    public var mergedInto: UUID?

    public init(metadata: RecordMetadata, details: PersonDetails, influence: Influence?, affiliations: [Affiliation]) {
        self.metadata = metadata
        self.details = details
        self.influence = influence
        self.affiliations = affiliations
    }
}

public struct PersonDetails: Hashable, Sendable {
    public var name: String
    public var alternateNames: [String]
    public var title: String
    public var email: String
    public var phone: String
    public var address: String
    public var notes: String

    public init(name: String, alternateNames: [String], title: String, email: String, phone: String, address: String, notes: String) {
        self.name = name
        self.alternateNames = alternateNames
        self.title = title
        self.email = email
        self.phone = phone
        self.address = address
        self.notes = notes
    }

    public static func validated(
        name: String, alternateNames: [String]?, title: String?, email: String?, phone: String?, address: String?,
        notes: String?, influence: (rating: Int, asOf: String?)?, today: Today
    ) throws(DomainError) -> (PersonDetails, Influence?) {
        var validator = Validator()
        let name = validator.required(name, "name", maximum: 300)
        let alternateNames = validator.list(alternateNames, "alternateNames", maximum: 300, count: 50)
        let title = validator.optional(title, "title", maximum: 300)
        let email = validator.optional(email, "email", maximum: 300)
        if !email.isEmpty && (!email.contains("@") || email.contains(" ")) {
            validator.add("email", "'\(email)' is not an e-mail address")
        }
        let phone = validator.optional(phone, "phone", maximum: 100)
        let address = validator.optional(address, "address", maximum: 1000)
        let notes = validator.optional(notes, "notes", maximum: 20_000)
        let rating = influence.flatMap { validator.influence($0, "influence", today: today) }
        try validator.check()
        return (
            PersonDetails(
                name: name, alternateNames: alternateNames, title: title, email: email, phone: phone, address: address,
                notes: notes),
            rating
        )
    }
}

// MARK: - Affiliations

/// A person's role at an organisation over a period.
public struct Affiliation: Hashable, Sendable {
    public var metadata: RecordMetadata
    public var details: AffiliationDetails
    public var personName: String
    public var organizationName: String

    public init(metadata: RecordMetadata, details: AffiliationDetails, personName: String, organizationName: String) {
        self.metadata = metadata
        self.details = details
        self.personName = personName
        self.organizationName = organizationName
    }
}

public struct AffiliationDetails: Hashable, Sendable {
    public var personID: UUID
    public var organizationID: UUID
    public var role: String
    public var from: CalendarDate?
    public var to: CalendarDate?

    public init(personID: UUID, organizationID: UUID, role: String, from: CalendarDate?, to: CalendarDate?) {
        self.personID = personID
        self.organizationID = organizationID
        self.role = role
        self.from = from
        self.to = to
    }

    /// Checks the fields that do not need the database; `prefix` names where they sit in the request.
    public static func validated(
        personID: String?, organizationID: String, role: String?, from: String?, to: String?, prefix: String = ""
    ) throws(DomainError) -> AffiliationDetails {
        var validator = Validator()
        let details = validator.affiliation(
            personID: personID, organizationID: organizationID, role: role, from: from, to: to, prefix: prefix)
        try validator.check()
        guard let details else { throw .invalid([FieldProblem(field: prefix + "personId", reason: "is not an id")]) }
        return details
    }
}

extension Validator {
    mutating func affiliation(
        personID: String?, organizationID: String, role: String?, from: String?, to: String?, prefix: String
    ) -> AffiliationDetails? {
        // A person created together with the affiliation has no id yet: nil stands for "the new person".
        let person = personID.map { self.requiredID($0, prefix + "personId") } ?? UUID(uuid: UUID_NULL)
        let organization = requiredID(organizationID, prefix + "organizationId")
        let role = optional(role, prefix + "role", maximum: 300)
        let from = date(from, prefix + "from")
        let to = date(to, prefix + "to")
        if let from, let to, to < from { add(prefix + "to", "must not be before from (\(from))") }
        guard let person, let organization else { return nil }
        return AffiliationDetails(personID: person, organizationID: organization, role: role, from: from, to: to)
    }
}

private let UUID_NULL: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

// MARK: - Commitments

/// A follow-up: what was promised, by whom, by when.
public struct Commitment: Hashable, Sendable {
    public var metadata: RecordMetadata
    public var details: CommitmentDetails
    public var owedBy: StakeholderRef?
    public var closedAt: Date?

    public init(metadata: RecordMetadata, details: CommitmentDetails, owedBy: StakeholderRef?, closedAt: Date?) {
        self.metadata = metadata
        self.details = details
        self.owedBy = owedBy
        self.closedAt = closedAt
    }

    /// Open and past its due date on `today`.
    public func isOverdue(on today: CalendarDate) -> Bool {
        guard details.status == .open, let due = details.dueOn else { return false }
        return due < today
    }
}

public struct CommitmentDetails: Hashable, Sendable {
    public var description: String
    public var meetingID: UUID?
    public var issueID: UUID?
    public var owedBy: UUID?
    public var dueOn: CalendarDate?
    public var status: CommitmentStatus

    public init(description: String, meetingID: UUID?, issueID: UUID?, owedBy: UUID?, dueOn: CalendarDate?, status: CommitmentStatus) {
        self.description = description
        self.meetingID = meetingID
        self.issueID = issueID
        self.owedBy = owedBy
        self.dueOn = dueOn
        self.status = status
    }

    public static func validated(
        description: String, meetingID: String?, issueID: String?, owedBy: String?, dueOn: String?, status: String?
    ) throws(DomainError) -> CommitmentDetails {
        var validator = Validator()
        let details = validator.commitment(
            description: description, meetingID: meetingID, issueID: issueID, owedBy: owedBy, dueOn: dueOn,
            status: status, prefix: "")
        try validator.check()
        return details
    }
}

extension Validator {
    mutating func commitment(
        description: String, meetingID: String?, issueID: String?, owedBy: String?, dueOn: String?, status: String?,
        prefix: String
    ) -> CommitmentDetails {
        let text = required(description, prefix + "description", maximum: 2000)
        let meeting = id(meetingID, prefix + "meetingId")
        let issue = id(issueID, prefix + "issueId")
        let owner = id(owedBy, prefix + "owedBy")
        let due = date(dueOn, prefix + "dueOn")
        var state = CommitmentStatus.open
        if let status {
            if let parsed = CommitmentStatus(rawValue: status) { state = parsed } else {
                add(prefix + "status", "'\(status)' is not a status (open, done, dropped)")
            }
        }
        return CommitmentDetails(description: text, meetingID: meeting, issueID: issue, owedBy: owner, dueOn: due, status: state)
    }
}
