import Foundation

/// What went wrong, in the domain's terms. The server maps these to HTTP problem documents in
/// one place; the client maps them back to messages and exit codes.
public enum DomainError: Error, Sendable, Equatable {
    /// No such record, or one the caller may not see (the two are not told apart).
    case notFound(String)
    /// The request clashes with the current state (a duplicate, a stale version).
    case conflict(String)
    /// The request's content is wrong; each problem names its field.
    case invalid([FieldProblem])
    /// Authenticated, but not allowed to do this.
    case forbidden(String)
    /// Not authenticated, or the credentials are not valid.
    case unauthenticated
    /// A dependency (the database) is not available right now; retrying later may work.
    case unavailable(String)
    /// The record changed since the caller read it (a stale If-Match).
    case versionMismatch(current: Int)
    /// An update must say which version it is based on (If-Match).
    case versionRequired
    /// The request body is not JSON at all, or not of the right shape.
    case malformed(String)
    /// The request body is not JSON.
    case unsupportedMediaType(String)
    /// A new person or organisation looks like one already recorded; say so again to add it anyway.
    case duplicate(String, [SimilarRecord])
}

/// A record that a new one seems to duplicate.
public struct SimilarRecord: Sendable, Equatable {
    public var id: UUID
    public var name: String

    public init(id: UUID, name: String) {
        self.id = id
        self.name = name
    }
}

/// One field-level problem with a request.
public struct FieldProblem: Sendable, Equatable, Codable {
    /// The field, as a JSON pointer or parameter name.
    public var field: String
    public var reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }
}

extension DomainError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notFound(let detail), .conflict(let detail), .forbidden(let detail), .unavailable(let detail),
            .malformed(let detail), .unsupportedMediaType(let detail), .duplicate(let detail, _):
            return detail
        case .invalid(let problems):
            return problems.map { $0.field.isEmpty ? $0.reason : "\($0.field): \($0.reason)" }.joined(separator: "; ")
        case .unauthenticated: return "not authenticated"
        case .versionMismatch(let current): return "the record has changed (it is now at version \(current))"
        case .versionRequired: return "the update must say which version it is based on (If-Match)"
        }
    }
}
