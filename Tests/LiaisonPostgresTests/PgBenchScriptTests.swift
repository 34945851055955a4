@testable import LiaisonPostgres
import Testing

/// The writing of traced round trips as a pgbench script; that a script written from a real
/// request runs is tested end to end (`PgBenchScriptEndToEndTests`).
@Suite struct PgBenchScriptTests {
    func statement(_ sql: String, _ parameters: [(PostgresType, String?)] = []) -> TracedStatement {
        TracedStatement(sql: sql, parameters: parameters.map { .init(type: $0.0.rawValue, value: $0.1) })
    }

    @Test func eachRoundTripIsOnePipelineOfOneLineStatements() throws {
        let trips = [
            TracedRoundTrip(label: "r", backend: 7, statements: [statement("BEGIN"), statement("SELECT 1 -- a comment\n  FROM t\n\tWHERE x = 2")]),
            TracedRoundTrip(label: "r", backend: 7, statements: [statement("COMMIT")]),
        ]
        let script = try PgBenchScript(trips, substituting: [], prologue: ["\\set k 1"], epilogue: ["SELECT 2;"])
        #expect(script.roundTrips == 2)
        #expect(script.text == """
            \\set k 1
            \\startpipeline
            BEGIN;
            SELECT 1 FROM t WHERE x = 2;
            \\endpipeline
            \\startpipeline
            COMMIT;
            \\endpipeline
            SELECT 2;

            """)
    }

    @Test func parametersBecomeLiteralsOfTheirType() throws {
        let sql = try PgBenchScript.command(
            statement(
                "INSERT INTO t VALUES ($1, $2, $3, $10, $11)",
                [(.uuid, "0a"), (.text, "it's"), (.unspecified, "plain"), (.int4, "4"), (.int4, "5"), (.int4, "6"), (.int4, "7"),
                 (.int4, "8"), (.int4, "9"), (.timestamptz, nil), (.textArray, "{a,b}")]), [])
        #expect(sql == "INSERT INTO t VALUES ('0a'::uuid, 'it''s'::text, 'plain', NULL::timestamptz, '{a,b}'::text[])")
    }

    @Test func substitutedValuesBecomeTheirExpressionsWhereverTheyAppear() throws {
        let substitutions = [
            PgBenchScript.Substitution("abc", ":a::text"),
            PgBenchScript.Substitution("abcdef", ":long::text"),
        ]
        let sql = try PgBenchScript.command(
            statement("SELECT $1, $2, $3", [(.uuid, "abc"), (.textArray, "{x,abcdef,abc}"), (.unspecified, "abc")]), substitutions)
        #expect(sql == "SELECT (:a::text)::uuid, ('{x,' || (:long::text) || ',' || (:a::text) || '}')::text[], (:a::text)")
    }

    /// pgbench takes `:name` for a variable even inside a string: the SQL's own strings and the
    /// parameters' values are split after such a colon.
    @Test func colonsBeforeALetterNeverReachPgbenchAsVariables() throws {
        let sql = try PgBenchScript.command(
            statement("SELECT to_char(x, 'HH24:MI:SS'), 'a::b', '1:2', $1", [(.text, "note: x:_y")]), [])
        #expect(sql == "SELECT to_char(x, ('HH24:' || 'MI:' || 'SS')), ('a::' || 'b'), '1:2', ('note: x:' || '_y')::text")
        #expect(!sql.contains(":MI") && !sql.contains(":_y") && !sql.contains("::b"))
        // Any character outside ASCII may start a name for pgbench, a letter or not.
        let quoted = try PgBenchScript.command(statement("SELECT $1", [(.text, "см.:Душанбе :«x» 10:30")]), [])
        #expect(quoted == "SELECT ('см.:' || 'Душанбе :' || '«x» 10:30')::text")
    }

    @Test func whatItCannotWriteIsRefusedWithTheStatement() {
        #expect(throws: PgBenchScript.Failure.self) { try PgBenchScript.command(statement("SELECT $2", [(.int4, "1")]), []) }
        #expect(throws: PgBenchScript.Failure.self) { try PgBenchScript.command(statement("SELECT 'open"), []) }
        #expect(throws: PgBenchScript.Failure.self) { try PgBenchScript.command(statement("SELECT $$x$$"), []) }
        #expect(throws: PgBenchScript.Failure.self) { try PgBenchScript.command(statement("SELECT $1", [(PostgresType(rawValue: 99999), "1")]), []) }
    }

    @Test func serverMadeIdsAreMadeAgainFromTheClientAndK() {
        let meeting = PgBenchScript.Substitution.transactionID("m", variant: 0)
        let followUp = PgBenchScript.Substitution.transactionID("f", variant: 1)
        #expect(meeting.expression.contains("'-0000-7000-8000-'") && followUp.expression.contains("'-0000-7000-8001-'"))
        #expect(meeting.expression.contains(":client_id") && meeting.expression.contains(":k::bigint"))
        #expect(PgBenchScript.transactionKey.hasPrefix("\\set k "))
    }
}
