import FoundationEssentials

/// What a user may do: viewers read, officers also create and edit, admins also manage users.
public enum Role: String, Sendable, CaseIterable, Codable, Comparable {
    case viewer
    case officer
    case admin

    var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// A member of the mission's staff with an account.
public struct User: Hashable, Sendable {
    public var id: UUID
    public var login: String
    public var displayName: String
    public var role: Role
    public var clearance: Confidentiality
    public var active: Bool
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID, login: String, displayName: String, role: Role, clearance: Confidentiality, active: Bool, version: Int,
        createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.login = login
        self.displayName = displayName
        self.role = role
        self.clearance = clearance
        self.active = active
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// The editable content of an account, validated.
public struct UserDetails: Hashable, Sendable {
    public var login: String
    public var displayName: String
    public var role: Role
    public var clearance: Confidentiality
    public var active: Bool

    public init(login: String, displayName: String, role: Role, clearance: Confidentiality, active: Bool) {
        self.login = login
        self.displayName = displayName
        self.role = role
        self.clearance = clearance
        self.active = active
    }

    public static func validated(
        login: String, displayName: String?, role: String, clearance: String, active: Bool?, password: String?
    ) throws(DomainError) -> UserDetails {
        var validator = Validator()
        let login = validator.required(login, "login", maximum: 64).lowercased()
        if !login.isEmpty && !login.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) {
            validator.add("login", "may hold only letters, digits, '.', '_' and '-'")
        }
        var name = validator.optional(displayName, "displayName", maximum: 200)
        if name.isEmpty { name = login }
        let parsedRole = Role(rawValue: role)
        if parsedRole == nil { validator.add("role", "'\(role)' is not a role (admin, officer, viewer)") }
        let parsedClearance = Confidentiality(rawValue: clearance)
        if parsedClearance == nil {
            validator.add("clearance", "'\(clearance)' is not a clearance (unclassified, confidential, strictly-confidential)")
        }
        if let password, password.unicodeScalars.count < 10 || password.utf8.count > 72 {
            validator.add("password", "must be 10 to 72 bytes long")
        }
        try validator.check()
        return UserDetails(
            login: login, displayName: name, role: parsedRole ?? .viewer, clearance: parsedClearance ?? .unclassified,
            active: active ?? true)
    }
}
