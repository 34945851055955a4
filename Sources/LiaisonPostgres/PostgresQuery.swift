/// A statement and what its rows become, so that several reads (or writes with results) can be
/// sent in one round trip with `PostgresConnection.run` and each still gets its own type.
///
/// A query may need no statement at all (an empty list of ids to look up): `answered` gives its
/// value without the database.
public struct PostgresQuery<Value> {
    let statement: PostgresStatement?
    let decode: (PostgresRows) throws -> Value
    let answer: (() throws -> Value)?
    /// For a query whose rows are folded as they arrive: a fresh fold for each run.
    var makeFold: (() -> RowFold<Value>)?

    public init(_ sql: String, _ parameters: [any PostgresEncodable] = [], decode: @escaping (PostgresRows) throws -> Value) {
        self.statement = PostgresStatement(sql, parameters)
        self.decode = decode
        self.answer = nil
    }

    private init(answer: @escaping () throws -> Value) {
        self.statement = nil
        self.decode = { _ in try answer() }
        self.answer = answer
    }

    /// A query answered without the database.
    public static func answered(_ value: @autoclosure @escaping () -> Value) -> PostgresQuery<Value> {
        PostgresQuery(answer: value)
    }

    /// A query whose rows are folded into `initial` with `take` as they arrive (libpq's
    /// single-row mode), on the connection's thread, so that a large result is never held whole:
    /// only what `take` keeps. Sent with others (`run`), each such query streams in its turn.
    public static func folding(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], into initial: Value,
        _ take: @escaping @Sendable (inout Value, PostgresRow) throws -> Void
    ) -> PostgresQuery<Value> where Value: Sendable {
        var query = PostgresQuery(sql, parameters) { _ in initial }
        query.makeFold = { RowFold(initial, take) }
        return query
    }

    /// A query whose rows are decoded one by one with `decode` as they arrive (see `folding`).
    public static func decodingEach<Element: Sendable>(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], _ decode: @escaping @Sendable (PostgresRow) throws -> Element
    ) -> PostgresQuery<[Element]> where Value == [Element] {
        .folding(sql, parameters, into: []) { values, row in values.append(try decode(row)) }
    }

    /// The same statement, its value turned into another.
    public func map<Other>(_ transform: @escaping (Value) throws -> Other) -> PostgresQuery<Other> {
        let decode = self.decode
        if let answer {
            return PostgresQuery<Other>(answer: { try transform(try answer()) })
        }
        precondition(makeFold == nil, "a folded query's value is its fold; fold into what is wanted instead")
        return PostgresQuery<Other>(statement: statement!, decode: { try transform(try decode($0)) })
    }

    private init(statement: PostgresStatement, decode: @escaping (PostgresRows) throws -> Value) {
        self.statement = statement
        self.decode = decode
        self.answer = nil
    }
}

/// The value a folded query builds as its rows arrive. Touched only by the thread that reads
/// the round trip's results (the connection's, while its task awaits) and then, once the round
/// trip is over, by that task: never by two threads at once.
final class RowFold<Value>: @unchecked Sendable {
    private(set) var value: Value
    private let take: @Sendable (inout Value, PostgresRow) throws -> Void

    init(_ initial: Value, _ take: @escaping @Sendable (inout Value, PostgresRow) throws -> Void) {
        self.value = initial
        self.take = take
    }

    func add(_ row: PostgresRow) throws { try take(&value, row) }
}

extension PostgresConnection {
    /// Runs the queries' statements in order in one round trip (`pipeline`) and decodes each
    /// one's rows into its value; a folded query's rows are folded as they arrive. Statements
    /// queued with `sendWithNext` go first.
    public func run<each Value>(_ queries: repeat PostgresQuery<each Value>) async throws -> (repeat each Value) {
        var statements: [PostgresStatement] = []
        var streaming: [Int: @Sendable (PostgresRow) throws -> Void] = [:]
        func prepare<V>(_ query: PostgresQuery<V>) -> RowFold<V>? {
            guard let statement = query.statement else { return nil }
            let fold = query.makeFold?()
            if let fold { streaming[statements.count] = { try fold.add($0) } }
            statements.append(statement)
            return fold
        }
        let folds = (repeat prepare(each queries))
        let results = statements.isEmpty ? [] : try await pipeline(statements, streaming: streaming)
        var next = 0
        func value<V>(_ query: PostgresQuery<V>, _ fold: RowFold<V>?) throws -> V {
            if let answer = query.answer { return try answer() }
            defer { next += 1 }
            return try fold?.value ?? query.decode(results[next])
        }
        return (repeat try value(each queries, each folds))
    }
}
