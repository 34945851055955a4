import FoundationEssentials

/// A calendar date (no time, no zone), as used for due dates and affiliation periods.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil when it is not a real date (2000-02-30 is not).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year),
            Self.supportedYears.contains(year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Years PostgreSQL and the calendar agree on (there is no year 0).
    public static let supportedYears = 1...9999

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// An influence rating (1-5) and the date it was judged.
public struct Influence: Hashable, Sendable, Codable {
    public var rating: Int
    public var asOf: CalendarDate

    public init(rating: Int, asOf: CalendarDate) {
        self.rating = rating
        self.asOf = asOf
    }
}

/// What every stored record carries besides its content.
public struct RecordMetadata: Hashable, Sendable {
    public var id: UUID
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date
    public var archivedAt: Date?

    public init(id: UUID, version: Int, createdAt: Date, updatedAt: Date, archivedAt: Date?) {
        self.id = id
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.archivedAt = archivedAt
    }
}

/// An entry of a list users extend (a sector, region or kind of organisation).
public struct ReferenceEntry: Hashable, Sendable, Codable {
    public var slug: String
    public var name: String

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }

    /// Checks and normalises a new entry.
    public static func validated(slug: String, name: String) throws(DomainError) -> ReferenceEntry {
        var validator = Validator()
        let slug = validator.slug(slug, "slug") ?? ""
        let name = validator.required(name, "name", maximum: 100)
        try validator.check()
        return ReferenceEntry(slug: slug, name: name)
    }
}

/// One page of a list, and where the next one starts.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var nextCursor: String?

    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}
