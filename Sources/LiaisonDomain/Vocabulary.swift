/// One of the four objectives of the mission's mandate.
public enum Objective: String, Sendable, CaseIterable, Codable, Comparable {
    /// Political framework and leadership for the UN system's post-conflict peace-building.
    case a
    /// International support for rule of law, demobilisation, arms collection and jobs for former combatants.
    case b
    /// An environment for consolidating peace, democracy and the rule of law.
    case c
    /// Liaison with the Government, parties and civil society to broaden national consensus.
    case d

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The UN classification of a record, in rising order of sensitivity.
public enum Confidentiality: String, Sendable, CaseIterable, Codable, Comparable {
    case unclassified
    case confidential
    case strictlyConfidential = "strictly-confidential"

    var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// The form an interaction took.
public enum MeetingKind: String, Sendable, CaseIterable, Codable {
    case meeting
    case call
    case workshop
    case roundTable = "round-table"
    case fieldVisit = "field-visit"
    case correspondence
}

/// Where a follow-up stands.
public enum CommitmentStatus: String, Sendable, CaseIterable, Codable {
    case open
    case done
    case dropped
}

/// A stakeholder's stance on an issue, from −2 (strongly opposes) to +2 (strongly supports).
public struct Stance: RawRepresentable, Hashable, Sendable, Comparable, Codable {
    public let rawValue: Int

    /// Nil unless `rawValue` is in −2...+2.
    public init?(rawValue: Int) {
        guard Self.range.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public static let range = -2...2
    public static let stronglyOpposes = Stance(rawValue: -2)!
    public static let opposes = Stance(rawValue: -1)!
    public static let neutral = Stance(rawValue: 0)!
    public static let supports = Stance(rawValue: 1)!
    public static let stronglySupports = Stance(rawValue: 2)!

    /// Words for the stance, as a report would put them.
    public var label: String {
        switch rawValue {
        case -2: return "strongly opposes"
        case -1: return "opposes"
        case 0: return "neutral"
        case 1: return "supports"
        default: return "strongly supports"
        }
    }

    /// Parses "+1", "1", "-2", "0" and the words of `label`.
    public init?(parsing text: String) {
        let trimmed = text.trimmed.lowercased()
        if let number = Int(trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed) {
            self.init(rawValue: number)
            return
        }
        guard let value = Self.range.first(where: { Stance(rawValue: $0)!.label == trimmed }) else { return nil }
        self.init(rawValue: value)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
