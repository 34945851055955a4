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
