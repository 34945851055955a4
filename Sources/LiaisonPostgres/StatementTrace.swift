import Foundation
import Synchronization

/// Every round trip as it goes out, for when the exact statements a request sends matter: the
/// benchmark turns a traced request into a pgbench script (`PgBenchScript`), so that the
/// ceiling it measures runs the statements the stores really send, in the same round trips.
///
/// Off unless a sink is installed; then each round trip on any connection of the process is
/// handed to it, with the label of the task that sent it (`StatementTrace.$label`, for the
/// server the request's id). Parameters are recorded as sent, bearer tokens included: a trace
/// is as secret as the database.
public enum StatementTrace {
    /// What the round trips sent by the current task are labelled with.
    @TaskLocal public static var label: String?

    private static let sink = Mutex<(@Sendable (TracedRoundTrip) -> Void)?>(nil)

    /// Hands every later round trip to `sink` (nil: stop tracing).
    public static func install(_ sink: (@Sendable (TracedRoundTrip) -> Void)?) {
        self.sink.withLock { $0 = sink }
    }

    /// Writes every later round trip to `path`, one JSON object per line (created afresh,
    /// readable by its owner only).
    public static func install(writingTo path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw PostgresError(.invalidParameter, message: "cannot create the statement trace \(path)")
        }
        guard let file = FileHandle(forWritingAtPath: path) else {
            throw PostgresError(.invalidParameter, message: "cannot open the statement trace \(path)")
        }
        let output = Mutex(file)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        install { roundTrip in
            guard let line = try? encoder.encode(roundTrip) else { return }
            // A trace that cannot be written (a full disk) is lost; the server goes on.
            output.withLock { try? $0.write(contentsOf: line + Data("\n".utf8)) }
        }
    }

    /// Reads a trace written by `install(writingTo:)`.
    public static func read(_ path: String) throws -> [TracedRoundTrip] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").map { try decoder.decode(TracedRoundTrip.self, from: Data($0.utf8)) }
    }

    /// Records a round trip about to go out, when tracing is on. Called in the sending task, so
    /// that its label is known.
    static func record(_ statements: [PostgresStatement], backend: @autoclosure () -> Int32) {
        guard let sink = sink.withLock({ $0 }) else { return }
        sink(TracedRoundTrip(label: label, backend: backend(), statements: statements.map(TracedStatement.init)))
    }
}

/// One round trip: the statements sent together, in order.
public struct TracedRoundTrip: Codable, Sendable, Equatable {
    /// The label of the task that sent it (for the server, the request's id).
    public var label: String?
    /// The server process the connection talks to: round trips of one connection share it.
    public var backend: Int32
    public var statements: [TracedStatement]

    public init(label: String?, backend: Int32, statements: [TracedStatement]) {
        self.label = label
        self.backend = backend
        self.statements = statements
    }
}

/// One statement with its parameters as sent: each one's type OID (0: inferred by the server)
/// and text, nil for NULL.
public struct TracedStatement: Codable, Sendable, Equatable {
    public struct Parameter: Codable, Sendable, Equatable {
        public var type: UInt32
        public var value: String?

        public init(type: UInt32, value: String?) {
            self.type = type
            self.value = value
        }
    }

    public var sql: String
    public var parameters: [Parameter]

    public init(sql: String, parameters: [Parameter]) {
        self.sql = sql
        self.parameters = parameters
    }

    init(_ statement: PostgresStatement) {
        sql = statement.sql
        parameters = statement.parameters.map { Parameter(type: type(of: $0).postgresType.rawValue, value: $0.postgresText) }
    }
}
