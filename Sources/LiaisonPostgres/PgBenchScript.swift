/// A pgbench script written from traced round trips (`StatementTrace`): the statements as the
/// stores sent them, each round trip one pipeline (`\startpipeline` … `\endpipeline`), so that
/// pgbench measures what the same work costs PostgreSQL with nothing of the server around it.
///
/// Parameters become literals of their type. Values that must differ in each transaction (an
/// id the server made, a key, the stakeholders a request names) are replaced, wherever they
/// appear inside a parameter, by the pgbench SQL expressions given for them. pgbench reads
/// `:name` anywhere in a command as a variable, even inside a quoted string, so a colon in a
/// string that is followed by a letter is split from it (`'HH24:' || 'MI'`); comments are
/// dropped and each statement is written on one line.
public struct PgBenchScript: Sendable {
    /// A value seen in the trace, and the pgbench SQL expression of type text that replaces it.
    public struct Substitution: Sendable {
        public var value: String
        public var expression: String

        public init(_ value: String, _ expression: String) {
            self.value = value
            self.expression = expression
        }

        /// An id made afresh in each transaction in place of `value`, one the server made: a
        /// UUID (version 7 in form) from the pgbench client's number and `:k`
        /// (`transactionKey`), `variant` (0–4095) telling apart the ids of one transaction.
        public static func transactionID(_ value: String, variant: Int) -> Substitution {
            Substitution(
                value,
                "lpad(to_hex(:client_id::int), 8, '0') || '-0000-7000-\(String(format: "8%03x", variant))-' || lpad(to_hex(:k::bigint), 12, '0')")
        }
    }

    /// The `\set` line that draws `:k`, the number `transactionID` makes ids from.
    public static let transactionKey = "\\set k random(1, 1000000000000)"

    /// Why a trace could not be written as a script.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public var text: String
    /// How many round trips (pipelines) one transaction of the script makes.
    public var roundTrips: Int

    /// `prologue` goes first (`\set` lines, commands such as `SET ROLE`), then each round trip,
    /// then `epilogue`.
    public init(
        _ roundTrips: [TracedRoundTrip], substituting substitutions: [Substitution],
        prologue: [String] = [], epilogue: [String] = []
    ) throws {
        // The longest value first, so that one value inside another is not taken for it.
        let ordered = substitutions.filter { !$0.value.isEmpty }.sorted { $0.value.count > $1.value.count }
        var lines = prologue
        for roundTrip in roundTrips {
            lines.append("\\startpipeline")
            for statement in roundTrip.statements {
                lines.append(try Self.command(statement, ordered) + ";")
            }
            lines.append("\\endpipeline")
        }
        lines += epilogue
        text = lines.joined(separator: "\n") + "\n"
        self.roundTrips = roundTrips.count
    }

    /// One statement on one line, its parameters written in.
    static func command(_ statement: TracedStatement, _ substitutions: [Substitution]) throws -> String {
        let sql = Array(statement.sql.unicodeScalars)
        let digits: ClosedRange<Unicode.Scalar> = "0"..."9"
        var output = ""
        var index = 0
        var pendingSpace = false
        func emit(_ text: String) {
            if pendingSpace && !output.isEmpty { output += " " }
            pendingSpace = false
            output += text
        }
        while index < sql.count {
            let c = sql[index]
            if c == "'" {
                // A string literal, its doubled quotes included.
                var end = index + 1
                var content = ""
                while end < sql.count {
                    if sql[end] == "'" {
                        if end + 1 < sql.count && sql[end + 1] == "'" {
                            content += "'"
                            end += 2
                            continue
                        }
                        break
                    }
                    content.unicodeScalars.append(sql[end])
                    end += 1
                }
                guard end < sql.count else { throw Failure(description: "an unterminated string in: \(statement.sql)") }
                emit(literal(content))
                index = end + 1
            } else if c == "-" && index + 1 < sql.count && sql[index + 1] == "-" {
                while index < sql.count && sql[index] != "\n" { index += 1 }
                pendingSpace = true
            } else if c == "$" && index + 1 < sql.count && digits.contains(sql[index + 1]) {
                var end = index + 1
                while end < sql.count, digits.contains(sql[end]) { end += 1 }
                let number = sql[(index + 1)..<end].reduce(0) { $0 * 10 + Int($1.value - 48) }
                guard number >= 1 && number <= statement.parameters.count else {
                    throw Failure(description: "$\(number) has no parameter in: \(statement.sql)")
                }
                emit(try parameter(statement.parameters[number - 1], substitutions))
                index = end
            } else if c == "$" {
                throw Failure(description: "a dollar-quoted string, which the script writer does not read, in: \(statement.sql)")
            } else if c.properties.isWhitespace {
                pendingSpace = true
                index += 1
            } else if c == ";" {
                throw Failure(description: "more than one statement in: \(statement.sql)")
            } else {
                var text = ""
                while index < sql.count, !sql[index].properties.isWhitespace, !["'", "$", ";"].contains(sql[index]),
                    !(sql[index] == "-" && index + 1 < sql.count && sql[index + 1] == "-")
                {
                    text.unicodeScalars.append(sql[index])
                    index += 1
                }
                emit(text)
            }
        }
        return output
    }

    /// A parameter as a literal of its type, the substitutions' expressions inside it.
    static func parameter(_ parameter: TracedStatement.Parameter, _ substitutions: [Substitution]) throws -> String {
        let type = try typeName(parameter.type)
        guard let value = parameter.value else { return type.map { "NULL::\($0)" } ?? "NULL" }
        var pieces: [String] = []
        var rest = Substring(value)
        while !rest.isEmpty {
            let next = substitutions.compactMap { substitution in
                rest.range(of: substitution.value).map { (range: $0, expression: substitution.expression) }
            }.min {
                // The first to start; of two starting together, the longer.
                ($0.range.lowerBound, rest.distance(from: $1.range.lowerBound, to: $1.range.upperBound))
                    < ($1.range.lowerBound, rest.distance(from: $0.range.lowerBound, to: $0.range.upperBound))
            }
            guard let next else {
                pieces.append(literal(String(rest)))
                break
            }
            if next.range.lowerBound > rest.startIndex { pieces.append(literal(String(rest[..<next.range.lowerBound]))) }
            pieces.append("(\(next.expression))")
            rest = rest[next.range.upperBound...]
        }
        if pieces.isEmpty { pieces.append("''") }
        let joined = pieces.count == 1 ? pieces[0] : "(" + pieces.joined(separator: " || ") + ")"
        // Without a type the server infers it, as it did for the store (an expression is text).
        guard let type else { return joined }
        return "\(joined)::\(type)"
    }

    /// A string literal pgbench leaves alone: quotes doubled, and a colon before what could
    /// start a variable's name ends one literal and the rest starts another.
    static func literal(_ text: String) -> String {
        var parts: [String] = []
        var current = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            current.unicodeScalars.append(scalar)
            if scalar == "'" { current += "'" }
            // pgbench takes a name to start with an ASCII letter, an underscore or any byte
            // outside ASCII.
            if scalar == ":", index + 1 < scalars.count, Self.startsAVariableName(scalars[index + 1]) {
                parts.append("'\(current)'")
                current = ""
            }
        }
        if !current.isEmpty || parts.isEmpty { parts.append("'\(current)'") }
        return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " || ") + ")"
    }

    static func startsAVariableName(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || !scalar.isASCII || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// The SQL name of a parameter's type, nil when the server infers it.
    static func typeName(_ oid: UInt32) throws -> String? {
        let type = PostgresType(rawValue: oid)
        if type == .unspecified { return nil }
        guard let name = type.sqlName else {
            throw Failure(description: "a parameter of type OID \(oid), which the script writer has no name for")
        }
        return name
    }
}
