import FoundationEssentials

/// A meeting or any other interaction, with what was said and promised.
public struct Meeting: Hashable, Sendable {
    public var metadata: RecordMetadata
    public var details: MeetingDetails
    /// The start in the meeting's own time zone, e.g. `2000-06-12T10:00:00+05:00`.
    public var localStart: String
    public var participants: [StakeholderRef]
    public var staff: [StakeholderRef]
    public var positions: [RecordedPosition]
    public var commitments: [Commitment]

    public init(
        metadata: RecordMetadata, details: MeetingDetails, localStart: String, participants: [StakeholderRef],
        staff: [StakeholderRef], positions: [RecordedPosition], commitments: [Commitment]
    ) {
        self.metadata = metadata
        self.details = details
        self.localStart = localStart
        self.participants = participants
        self.staff = staff
        self.positions = positions
        self.commitments = commitments
    }
}

/// A position as stored, with the names that make it readable.
public struct RecordedPosition: Hashable, Sendable {
    public var id: UUID
    public var stakeholder: StakeholderRef
    public var issueID: UUID
    public var issueTitle: String
    public var stance: Stance
    public var quote: String

    public init(id: UUID, stakeholder: StakeholderRef, issueID: UUID, issueTitle: String, stance: Stance, quote: String) {
        self.id = id
        self.stakeholder = stakeholder
        self.issueID = issueID
        self.issueTitle = issueTitle
        self.stance = stance
        self.quote = quote
    }
}

/// A stakeholder's stance on an issue, stated at a meeting.
public struct PositionDraft: Hashable, Sendable {
    public var stakeholderID: UUID
    public var issueID: UUID
    public var stance: Stance
    public var quote: String

    public init(stakeholderID: UUID, issueID: UUID, stance: Stance, quote: String) {
        self.stakeholderID = stakeholderID
        self.issueID = issueID
        self.stance = stance
        self.quote = quote
    }
}

/// The editable content of a meeting, validated.
public struct MeetingDetails: Hashable, Sendable {
    public var kind: MeetingKind
    public var startsAt: Date
    public var timeZone: String
    public var durationMinutes: Int?
    public var place: String
    public var region: String?
    public var subject: String
    public var notes: String
    public var objectives: [Objective]
    public var confidentiality: Confidentiality
    public var participants: [UUID]
    public var staff: [UUID]
    public var positions: [PositionDraft]

    public init(
        kind: MeetingKind, startsAt: Date, timeZone: String, durationMinutes: Int?, place: String, region: String?,
        subject: String, notes: String, objectives: [Objective], confidentiality: Confidentiality, participants: [UUID],
        staff: [UUID], positions: [PositionDraft]
    ) {
        self.kind = kind
        self.startsAt = startsAt
        self.timeZone = timeZone
        self.durationMinutes = durationMinutes
        self.place = place
        self.region = region
        self.subject = subject
        self.notes = notes
        self.objectives = objectives
        self.confidentiality = confidentiality
        self.participants = participants
        self.staff = staff
        self.positions = positions
    }

    /// A position as it arrives, before validation.
    public struct PositionInput: Sendable {
        public var stakeholderID: String
        public var issueID: String
        public var stance: Int
        public var quote: String?
        public init(stakeholderID: String, issueID: String, stance: Int, quote: String?) {
            self.stakeholderID = stakeholderID
            self.issueID = issueID
            self.stance = stance
            self.quote = quote
        }
    }

    /// A follow-up as it arrives with a new meeting, before validation.
    public struct CommitmentInput: Sendable {
        public var description: String
        public var issueID: String?
        public var owedBy: String?
        public var dueOn: String?
        public init(description: String, issueID: String?, owedBy: String?, dueOn: String?) {
            self.description = description
            self.issueID = issueID
            self.owedBy = owedBy
            self.dueOn = dueOn
        }
    }

    /// Checks everything that does not need the database, and reports every problem at once.
    /// Positions must be those of participants; a stakeholder takes one position per issue.
    public static func validated(
        kind: String?, startsAt: String, timeZone: String?, durationMinutes: Int?, place: String?, region: String?,
        subject: String, notes: String?, objectives: [String]?, confidentiality: String?, participants: [String],
        staff: [String]?, positions: [PositionInput]?, commitments: [CommitmentInput]?
    ) throws(DomainError) -> (MeetingDetails, [CommitmentDetails]) {
        var validator = Validator()
        var meetingKind = MeetingKind.meeting
        if let kind {
            if let parsed = MeetingKind(rawValue: kind) { meetingKind = parsed } else {
                validator.add("kind", "'\(kind)' is not a kind of meeting")
            }
        }
        let start = validator.timestamp(startsAt, "startsAt")
        if let start, !CalendarDate.supportedYears.contains(Timestamp.year(of: start)) {
            validator.add("startsAt", "must be between the years 1 and 9999")
        }
        let zone = validator.optional(timeZone, "timeZone", maximum: 64)
        if let durationMinutes, !(0...10_080).contains(durationMinutes) {
            validator.add("durationMinutes", "must be between 0 and 10080 (one week)")
        }
        let place = validator.optional(place, "place", maximum: 300)
        let region = validator.slug(region.nonBlank, "region")
        let subject = validator.required(subject, "subject", maximum: 300)
        let notes = validator.optional(notes, "notes", maximum: 100_000)
        let objectives = validator.objectives(objectives, "objectives")
        var level = Confidentiality.unclassified
        if let confidentiality {
            if let parsed = Confidentiality(rawValue: confidentiality) { level = parsed } else {
                validator.add("confidentiality", "'\(confidentiality)' is not a classification")
            }
        }
        if participants.isEmpty { validator.add("participants", "must name at least one person or organisation met") }
        if participants.count > 100 { validator.add("participants", "must have at most 100 entries") }
        var participantIDs: [UUID] = []
        for (index, text) in participants.enumerated() {
            guard let id = validator.requiredID(text, "participants/\(index)") else { continue }
            if participantIDs.contains(id) {
                validator.add("participants/\(index)", "is listed twice")
            } else {
                participantIDs.append(id)
            }
        }
        var staffIDs: [UUID] = []
        for (index, text) in (staff ?? []).enumerated() {
            if let id = validator.requiredID(text, "staff/\(index)"), !staffIDs.contains(id) { staffIDs.append(id) }
        }
        var drafts: [PositionDraft] = []
        for (index, position) in (positions ?? []).enumerated() {
            let field = "positions/\(index)/"
            let stakeholder = validator.requiredID(position.stakeholderID, field + "stakeholderId")
            let issue = validator.requiredID(position.issueID, field + "issueId")
            let stance = Stance(rawValue: position.stance)
            if stance == nil {
                validator.add(field + "stance", "must be between -2 (strongly opposes) and +2 (strongly supports); got \(position.stance)")
            }
            let quote = validator.optional(position.quote, field + "quote", maximum: 5000)
            if let stakeholder, !participantIDs.contains(stakeholder) {
                validator.add(field + "stakeholderId", "is not a participant of the meeting")
            }
            guard let stakeholder, let issue, let stance else { continue }
            if drafts.contains(where: { $0.stakeholderID == stakeholder && $0.issueID == issue }) {
                validator.add(field.dropLast() + "", "repeats an earlier position of the same stakeholder on the same issue")
                continue
            }
            drafts.append(PositionDraft(stakeholderID: stakeholder, issueID: issue, stance: stance, quote: quote))
        }
        var followUps: [CommitmentDetails] = []
        for (index, commitment) in (commitments ?? []).enumerated() {
            followUps.append(
                validator.commitment(
                    description: commitment.description, meetingID: nil, issueID: commitment.issueID,
                    owedBy: commitment.owedBy, dueOn: commitment.dueOn, status: nil, prefix: "commitments/\(index)/"))
        }
        try validator.check()
        return (
            MeetingDetails(
                kind: meetingKind, startsAt: start ?? Date(timeIntervalSince1970: 0), timeZone: zone.isEmpty ? "Asia/Dushanbe" : zone,
                durationMinutes: durationMinutes, place: place, region: region, subject: subject, notes: notes,
                objectives: objectives, confidentiality: level, participants: participantIDs, staff: staffIDs,
                positions: drafts),
            followUps
        )
    }
}

extension Optional where Wrapped == String {
    /// Nil for nil or blank text.
    var nonBlank: String? {
        guard let self, !self.trimmed.isEmpty else { return nil }
        return self
    }
}
