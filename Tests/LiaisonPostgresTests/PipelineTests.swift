import Foundation
@testable import LiaisonPostgres
import TestSupport
import Testing

@Suite("Pipelines: several statements in one round trip")
struct PipelineTests {
    static let table = "CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL)"

    static func count(_ connection: PostgresConnection) async throws -> Int {
        try await connection.query("SELECT count(*) FROM notes")[0].decode(Int.self, at: 0)
    }

    @Test func statementsRunInOrderInOneRoundTripAndSeeWhatTheOnesBeforeWrote() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                let before = connection.roundTripsSinceCheckout
                let results = try await connection.pipeline([
                    PostgresStatement("INSERT INTO notes VALUES ($1, $2)", [1, "first"]),
                    PostgresStatement("INSERT INTO notes SELECT id + 1, body || ' again' FROM notes"),
                    PostgresStatement("SELECT id, body FROM notes ORDER BY id"),
                    PostgresStatement("UPDATE notes SET body = upper(body) WHERE id = $1", [2]),
                ])
                #expect(connection.roundTripsSinceCheckout - before == 1)
                #expect(results.count == 4)
                #expect(results[0].affectedRows == 1)
                #expect(results[1].affectedRows == 1)
                #expect(try results[2].map { try $0.decode(String.self, at: 1) } == ["first", "first again"])
                #expect(results[3].affectedRows == 1)
                #expect(connection.liveResults == 0)
            }
            #expect(try await pool.query("SELECT body FROM notes WHERE id = 2")[0].decode(String.self, at: 0) == "FIRST AGAIN")
        }
    }

    @Test func aFailingStatementStopsTheRestAndOutsideATransactionUndoesTheOnesBefore() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                let error = await #expect(throws: PostgresError.self) {
                    try await connection.pipeline([
                        PostgresStatement("INSERT INTO notes VALUES (1, 'kept?')"),
                        PostgresStatement("INSERT INTO notes VALUES (1, 'twice')"),
                        PostgresStatement("INSERT INTO notes VALUES (2, 'after')"),
                    ])
                }
                #expect(error?.sqlState == .uniqueViolation)
                #expect(error?.pipelineIndex == 1)
                #expect(connection.liveResults == 0)
                // The connection is ready for more, out of pipeline mode and out of any transaction.
                #expect(connection.isIdle)
                let left = try await Self.count(connection)
                #expect(left == 0)
            }
        }
    }

    @Test func insideATransactionAFailureAbortsItAndNothingOfItStays() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            await #expect(throws: PostgresError.self) {
                try await pool.withTransaction { connection in
                    try await connection.query("INSERT INTO notes VALUES (1, 'before the pipeline')")
                    try await connection.pipeline([
                        PostgresStatement("INSERT INTO notes VALUES (2, 'in it')"),
                        PostgresStatement("SELECT 1 / 0"),
                    ])
                }
            }
            #expect(try await pool.query("SELECT count(*) FROM notes")[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test func aTransactionsBeginGoesWithItsFirstStatementAndItsQueueWithTheCommit() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                let before = connection.roundTripsSinceCheckout
                let inside = try await connection.withTransaction { connection in
                    connection.sendWithNext("SELECT set_config('liaison.test', $1, true)", ["set"])
                    let seen = try await connection.query("SELECT current_setting('liaison.test', true)")
                    connection.sendWithNext("INSERT INTO notes VALUES (1, 'queued last')")
                    return try seen[0].decode(String.self, at: 0)
                }
                #expect(inside == "set")
                // BEGIN, the setting and the query; then the queued insert and COMMIT.
                #expect(connection.roundTripsSinceCheckout - before == 2)
                #expect(connection.isIdle)
            }
            #expect(try await pool.query("SELECT body FROM notes")[0].decode(String.self, at: 0) == "queued last")
            // The setting was the transaction's own.
            #expect(try await pool.query("SELECT current_setting('liaison.test', true)")[0].decode(String?.self, at: 0) ?? "" == "")
        }
    }

    @Test func anErrorInAQueuedStatementIsThrownByTheNextAndTheQueueIsNotSentTwice() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                connection.sendWithNext("INSERT INTO notes VALUES (1, 'one')")
                connection.sendWithNext("INSERT INTO notes VALUES (1, 'clash')")
                let error = await #expect(throws: PostgresError.self) {
                    try await connection.query("INSERT INTO notes VALUES (3, 'three')")
                }
                #expect(error?.sqlState == .uniqueViolation)
                #expect(!connection.hasUnsent)
                let left = try await Self.count(connection)
                #expect(left == 0)
            }
        }
    }

    @Test func queuedStatementsAreDroppedUnsentWhenTheConnectionGoesBack() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                connection.sendWithNext("INSERT INTO notes VALUES (1, 'never')")
            }
            #expect(try await pool.query("SELECT count(*) FROM notes")[0].decode(Int.self, at: 0) == 0)
            // A transaction whose body ran nothing sends its BEGIN with its COMMIT, harmlessly.
            try await pool.withTransaction { _ in }
            await #expect(throws: CancellationError.self) {
                try await pool.withTransaction { connection in
                    connection.sendWithNext("INSERT INTO notes VALUES (2, 'never either')")
                    throw CancellationError()
                }
            }
            #expect(try await pool.query("SELECT count(*) FROM notes")[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test func rowsStreamedAfterQueuedStatementsArriveWhole() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.withConnection { connection in
                let total = try await connection.withTransaction(.readOnlySnapshot) { connection in
                    connection.sendWithNext("SELECT set_config('liaison.test', '7', true)")
                    return try await connection.query(
                        "SELECT g, current_setting('liaison.test')::int FROM generate_series(1, 5000) g", into: 0
                    ) { sum, row in sum += try row.decode(Int.self, at: 0) * row.decode(Int.self, at: 1) }
                }
                #expect(total == 7 * 5000 * 5001 / 2)
                #expect(connection.liveResults == 0)
            }
        }
    }

    @Test func aBadParameterAnywhereStopsThePipelineBeforeAnythingIsSent() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                let error = await #expect(throws: PostgresError.self) {
                    try await connection.pipeline([
                        PostgresStatement("INSERT INTO notes VALUES (1, 'fine')"),
                        PostgresStatement("INSERT INTO notes VALUES (2, $1)", ["nul\u{0}inside"]),
                    ])
                }
                #expect(error?.kind == .invalidParameter)
                let left = try await Self.count(connection)
                #expect(left == 0)
            }
        }
    }

    @Test func aThousandStatementsGoInOneRoundTrip() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                let before = connection.roundTripsSinceCheckout
                let results = try await connection.pipeline((1...1000).map {
                    PostgresStatement("INSERT INTO notes VALUES ($1, $2) RETURNING id", [$0, String(repeating: "x", count: 200)])
                })
                #expect(connection.roundTripsSinceCheckout - before == 1)
                #expect(try results.map { try $0[0].decode(Int.self, at: 0) } == Array(1...1000))
            }
        }
    }
}
