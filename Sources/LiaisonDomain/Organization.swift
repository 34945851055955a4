import FoundationEssentials

/// A ministry, party, NGO, local authority or any other organisation the mission deals with.
public struct Organization: Hashable, Sendable {
    public var metadata: RecordMetadata
    public var details: OrganizationDetails
    /// The latest influence rating, if any.
    public var influence: Influence?
    /// Set when this record was merged into another (and archived).
    public var mergedInto: UUID?

    public init(metadata: RecordMetadata, details: OrganizationDetails, influence: Influence?) {
        self.metadata = metadata
        self.details = details
        self.influence = influence
    }
}

/// The editable content of an organisation, validated.
public struct OrganizationDetails: Hashable, Sendable {
    public var name: String
    public var aliases: [String]
    public var sector: String
    public var kind: String?
    public var region: String?
    public var parentID: UUID?
    public var notes: String

    /// As stored; use `validated` for anything that comes from outside.
    public init(
        name: String, aliases: [String], sector: String, kind: String?, region: String?, parentID: UUID?, notes: String
    ) {
        self.name = name
        self.aliases = aliases
        self.sector = sector
        self.kind = kind
        self.region = region
        self.parentID = parentID
        self.notes = notes
    }

    /// Checks every field and reports all problems at once (field names as in the API).
    public static func validated(
        name: String, aliases: [String]?, sector: String, kind: String?, region: String?,
        parentID: String?, notes: String?, influence: (rating: Int, asOf: String?)?, today: Today
    ) throws(DomainError) -> (OrganizationDetails, Influence?) {
        var validator = Validator()
        let name = validator.required(name, "name", maximum: 300)
        let aliases = validator.list(aliases, "aliases", maximum: 300, count: 50)
        let sector = validator.slug(sector, "sector") ?? ""
        let kind = validator.slug(kind.flatMap { $0.trimmed.isEmpty ? nil : $0 }, "kind")
        let region = validator.slug(region.flatMap { $0.trimmed.isEmpty ? nil : $0 }, "region")
        var parent: UUID?
        if let parentID, !parentID.trimmed.isEmpty {
            parent = UUID(uuidString: parentID.trimmed)
            if parent == nil { validator.add("parentId", "'\(parentID)' is not an id") }
        }
        let notes = validator.optional(notes, "notes", maximum: 20_000)
        let rating = influence.flatMap { validator.influence($0, "influence", today: today) }
        try validator.check()
        return (
            OrganizationDetails(
                name: name, aliases: aliases, sector: sector, kind: kind, region: region, parentID: parent, notes: notes),
            rating
        )
    }
}

extension Validator {
    /// An influence rating 1-5 judged on a real date that has begun somewhere (`today.date` when none is given).
    mutating func influence(_ value: (rating: Int, asOf: String?), _ field: String, today: Today) -> Influence? {
        var ok = true
        if !(1...5).contains(value.rating) {
            add("\(field)/rating", "must be between 1 and 5 (got \(value.rating))")
            ok = false
        }
        var asOf = today.date
        if let text = value.asOf {
            if let date = CalendarDate(text) {
                asOf = date
                if today.isInTheFuture(date) { add("\(field)/asOf", "must not be in the future"); ok = false }
            } else {
                add("\(field)/asOf", "'\(text)' is not a date (YYYY-MM-DD)")
                ok = false
            }
        }
        return ok ? Influence(rating: value.rating, asOf: asOf) : nil
    }
}
