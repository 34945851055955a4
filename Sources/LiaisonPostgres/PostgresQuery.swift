/// A statement and what its rows become, so that several reads (or writes with results) can be
/// sent in one round trip with `PostgresConnection.run` and each still gets its own type.
///
/// A query may need no statement at all (an empty list of ids to look up): `answered` gives its
/// value without the database.
public struct PostgresQuery<Value> {
    let statement: PostgresStatement?
    let decode: (PostgresRows) throws -> Value
    let answer: (() throws -> Value)?

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

    /// The same statement, its value turned into another.
    public func map<Other>(_ transform: @escaping (Value) throws -> Other) -> PostgresQuery<Other> {
        let decode = self.decode
        if let answer {
            return PostgresQuery<Other>(answer: { try transform(try answer()) })
        }
        return PostgresQuery<Other>(statement: statement!, decode: { try transform(try decode($0)) })
    }

    private init(statement: PostgresStatement, decode: @escaping (PostgresRows) throws -> Value) {
        self.statement = statement
        self.decode = decode
        self.answer = nil
    }
}

extension PostgresConnection {
    /// Runs the queries' statements in order in one round trip (`pipeline`) and decodes each
    /// one's rows into its value. Statements queued with `sendWithNext` go first.
    public func run<each Value>(_ queries: repeat PostgresQuery<each Value>) async throws -> (repeat each Value) {
        var statements: [PostgresStatement] = []
        for query in repeat each queries {
            if let statement = query.statement { statements.append(statement) }
        }
        let results = statements.isEmpty ? [] : try await pipeline(statements)
        var next = 0
        func value<V>(_ query: PostgresQuery<V>) throws -> V {
            if let answer = query.answer { return try answer() }
            defer { next += 1 }
            return try query.decode(results[next])
        }
        return (repeat try value(each queries))
    }

    /// Runs one query.
    public func run<Value>(_ query: PostgresQuery<Value>) async throws -> Value {
        if let answer = query.answer { return try answer() }
        let statement = query.statement!
        return try query.decode(try await self.query(statement.sql, statement.parameters))
    }
}
