/// A five-character PostgreSQL error code (SQLSTATE), with names for the ones Liaison reacts to.
public struct SQLState: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The two-character class, e.g. `23` for integrity constraint violations.
    public var errorClass: String { String(rawValue.prefix(2)) }
    public var description: String { rawValue }

    public static let uniqueViolation = SQLState("23505")
    public static let foreignKeyViolation = SQLState("23503")
    public static let notNullViolation = SQLState("23502")
    public static let checkViolation = SQLState("23514")
    public static let exclusionViolation = SQLState("23P01")
    public static let serializationFailure = SQLState("40001")
    public static let deadlockDetected = SQLState("40P01")
    public static let insufficientPrivilege = SQLState("42501")
    public static let undefinedTable = SQLState("42P01")
    public static let queryCanceled = SQLState("57014")
    public static let adminShutdown = SQLState("57P01")
    public static let crashShutdown = SQLState("57P02")
    public static let cannotConnectNow = SQLState("57P03")
    public static let invalidTextRepresentation = SQLState("22P02")
}

/// Everything that can go wrong talking to PostgreSQL, as a value.
///
/// Server errors keep every field PostgreSQL reports (SQLSTATE, message, detail, hint and the
/// names of the constraint, table, column and schema involved), copied out of the libpq result
/// before it is freed. The description never includes the SQL text or parameter values.
public struct PostgresError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A connection could not be established.
        case connectionFailed
        /// An established connection broke (the server went away, the backend was terminated).
        case connectionLost
        /// The server rejected a statement; see `sqlState`.
        case server
        /// A value in a result could not be decoded as the requested Swift type.
        case decoding
        /// A parameter cannot be sent (for example text containing a NUL character).
        case invalidParameter
        /// No connection became free within the pool's acquire timeout.
        case poolTimeout
        /// The pool has been shut down.
        case poolClosed
    }

    public var kind: Kind
    public var message: String
    public var sqlState: SQLState?
    public var severity: String?
    public var detail: String?
    public var hint: String?
    public var constraint: String?
    public var table: String?
    public var column: String?
    public var schema: String?
    public var dataType: String?
    /// For a statement of a pipeline, its place in it (from 0).
    public var pipelineIndex: Int?

    public init(
        _ kind: Kind, message: String, sqlState: SQLState? = nil, severity: String? = nil,
        detail: String? = nil, hint: String? = nil, constraint: String? = nil, table: String? = nil,
        column: String? = nil, schema: String? = nil, dataType: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
        self.severity = severity
        self.detail = detail
        self.hint = hint
        self.constraint = constraint
        self.table = table
        self.column = column
        self.schema = schema
        self.dataType = dataType
    }

    /// True when the connection that produced this error can no longer be used.
    public var isConnectionProblem: Bool { kind == .connectionFailed || kind == .connectionLost }

    public var description: String {
        var text: String
        switch kind {
        case .connectionFailed: text = "could not connect to PostgreSQL: \(message)"
        case .connectionLost: text = "lost the connection to PostgreSQL: \(message)"
        case .server: text = "PostgreSQL error \(sqlState?.rawValue ?? "?????"): \(message)"
        case .decoding: text = "could not decode a PostgreSQL value: \(message)"
        case .invalidParameter: text = "invalid query parameter: \(message)"
        case .poolTimeout: text = message
        case .poolClosed: text = "the database connection pool is shut down"
        }
        if let detail { text += " (\(detail))" }
        return text
    }
}
