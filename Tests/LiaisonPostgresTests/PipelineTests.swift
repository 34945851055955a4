import Foundation
import Synchronization
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

    @Test func aReadSentWithItsCommitIsTheWholeTransactionInOneRoundTrip() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.query("INSERT INTO notes VALUES (1, 'one'), (2, 'two')")
            try await pool.withConnection { connection in
                let before = connection.roundTripsSinceCheckout
                let (bodies, count) = try await connection.withTransaction(.readOnlySnapshot) { connection in
                    connection.commitWithNextRoundTrip()
                    return try await connection.run(
                        PostgresQuery("SELECT body FROM notes ORDER BY id") { try $0.map { try $0.decode(String.self, at: 0) } },
                        PostgresQuery("SELECT count(*) FROM notes") { try $0[0].decode(Int.self, at: 0) })
                }
                #expect(bodies == ["one", "two"] && count == 2)
                // BEGIN, both reads and COMMIT: one round trip, and no COMMIT of its own after.
                #expect(connection.roundTripsSinceCheckout - before == 1)
                #expect(connection.isIdle)
                #expect(!connection.endedTransaction)  // forgotten for the next transaction
                // Running a read again is harmless: its COMMIT leaves the pool free to retry it
                // on a fresh connection if the first round trip found this one dropped.
                #expect(!connection.sentCommitSinceCheckout)

                // Another transaction on the connection is an ordinary one.
                let plain = try await connection.withTransaction { try await Self.count($0) }
                #expect(plain == 2)
                #expect(connection.roundTripsSinceCheckout - before == 3)
                #expect(connection.sentCommitSinceCheckout)

                // A statement queued after the read that ended the transaction is never sent:
                // the transaction says so rather than dropping it.
                let unsent = await #expect(throws: PostgresError.self) {
                    try await connection.withTransaction(.readOnlySnapshot) { connection in
                        connection.commitWithNextRoundTrip()
                        _ = try await Self.count(connection)
                        connection.sendWithNext("SELECT 1")
                    }
                }
                #expect(unsent?.message.contains("not sent") == true)
                #expect(connection.isIdle && !connection.hasUnsent)
            }
        }
    }

    @Test func aStatementAfterAReadThatEndedItsTransactionIsRefusedAndAFailedReadRollsBack() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                // A second round trip would run outside the transaction: refused, never sent.
                let refused = await #expect(throws: PostgresError.self) {
                    try await connection.withTransaction(.readOnlySnapshot) { connection in
                        connection.commitWithNextRoundTrip()
                        _ = try await Self.count(connection)
                        return try await Self.count(connection)
                    }
                }
                #expect(refused?.message.contains("outside") == true)
                #expect(connection.isIdle)

                // A read that fails takes its COMMIT down with it: the transaction is rolled back.
                let failed = await #expect(throws: PostgresError.self) {
                    try await connection.withTransaction(.readOnlySnapshot) { connection in
                        connection.commitWithNextRoundTrip()
                        return try await connection.query("SELECT 1 / 0")
                    }
                }
                #expect(failed?.sqlState == SQLState("22012"))  // division by zero
                #expect(connection.isIdle)

                // A streamed read carries the COMMIT too: its rows are read before the COMMIT's.
                let before = connection.roundTripsSinceCheckout
                let streamed = try await connection.withTransaction(.readOnlySnapshot) { connection in
                    connection.commitWithNextRoundTrip()
                    return try await connection.query("SELECT generate_series(1, 3)") { try $0.decode(Int.self, at: 0) }
                }
                #expect(streamed == [1, 2, 3])
                #expect(connection.roundTripsSinceCheckout - before == 1)
                #expect(connection.isIdle)
            }
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

    /// A queued statement's check speaks first whatever fails after it in the round trip: a
    /// statement the server refuses, or a fold of streamed rows that throws.
    @Test func aQueuedChecksProblemComesBeforeALaterFoldsError() async throws {
        struct Refused: Error {}
        struct FoldFailed: Error {}
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.withConnection { connection in
                connection.sendWithNext("SELECT 1") { _ in throw Refused() }
                await #expect(throws: Refused.self) {
                    _ = try await connection.run(
                        PostgresQuery<Int>.folding("SELECT n FROM generate_series(1, 10) AS n", into: 0) { _, _ in throw FoldFailed() })
                }
                // A check that passes leaves the fold's own error to be reported.
                connection.sendWithNext("SELECT 1") { _ in }
                await #expect(throws: FoldFailed.self) {
                    _ = try await connection.run(
                        PostgresQuery<Int>.folding("SELECT n FROM generate_series(1, 10) AS n", into: 0) { _, _ in throw FoldFailed() })
                }
                #expect(!connection.hasUnsent)
                #expect(connection.isIdle)
            }
        }
    }

    /// A write's COMMIT may go with its last round trip, but never with rows folded as they
    /// stream in: a fold that throws stops reading while the server runs on to the COMMIT.
    @Test func aRoundTripThatCommitsWritesRefusesToFold() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                let error = await #expect(throws: PostgresError.self) {
                    try await connection.withTransaction { connection in
                        connection.sendWithNext("INSERT INTO notes VALUES (1, 'kept?')")
                        connection.commitWithNextRoundTrip(afterWrites: true)
                        _ = try await connection.run(
                            PostgresQuery<Int>.folding("SELECT n FROM generate_series(1, 3) AS n", into: 0) { total, row in
                                total += try row.decode(Int.self, at: 0)
                            })
                    }
                }
                #expect(error?.message.contains("fold") == true)
                let left = try await Self.count(connection)
                #expect(left == 0)
                // Without a fold, the insert, the read and COMMIT are one round trip.
                let before = connection.roundTripsSinceCheckout
                let read = try await connection.withTransaction { connection in
                    connection.sendWithNext("INSERT INTO notes VALUES (1, 'kept')")
                    connection.commitWithNextRoundTrip(afterWrites: true)
                    return try await connection.run(PostgresQuery("SELECT body FROM notes") { try $0[0].decode(String.self, at: 0) })
                }
                #expect(read == "kept")
                #expect(connection.roundTripsSinceCheckout - before == 1)
                let kept = try await Self.count(connection)
                #expect(kept == 1)
            }
        }
    }

    @Test func severalStreamedStatementsShareOneRoundTripWithWholeOnes() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.withConnection { connection in
                let before = connection.roundTripsSinceCheckout
                let (sum, whole, squares, empty) = try await connection.run(
                    PostgresQuery<Int>.folding("SELECT n FROM generate_series(1, 20000) AS n", into: 0) { total, row in total += try row.decode(Int.self, at: 0) },
                    PostgresQuery("SELECT 'between'") { try $0[0].decode(String.self, at: 0) },
                    PostgresQuery<[Int]>.decodingEach("SELECT n * n FROM generate_series(1, $1::int) AS n", [5]) { try $0.decode(Int.self, at: 0) },
                    PostgresQuery<[Int]>.decodingEach("SELECT 1 WHERE false") { try $0.decode(Int.self, at: 0) })
                #expect(sum == 20000 * 20001 / 2)
                #expect(whole == "between")
                #expect(squares == [1, 4, 9, 16, 25])
                #expect(empty.isEmpty)
                #expect(connection.roundTripsSinceCheckout - before == 1)
                #expect(connection.liveResults == 0)

                // A fold that throws stops that result, and the round trip throws its error;
                // the connection is ready for the next.
                struct Enough: Error {}
                await #expect(throws: Enough.self) {
                    _ = try await connection.run(
                        PostgresQuery<Int>.folding("SELECT n FROM generate_series(1, 10000) AS n", into: 0) { _, row in
                            if try row.decode(Int.self, at: 0) == 100 { throw Enough() }
                        },
                        PostgresQuery<[Int]>.decodingEach("SELECT 2") { try $0.decode(Int.self, at: 0) })
                }
                #expect(connection.liveResults == 0)
                let after = try await connection.query("SELECT 3")[0].decode(Int.self, at: 0)
                #expect(after == 3)
                // A query reused folds afresh.
                let counting = PostgresQuery<Int>.folding("SELECT generate_series(1, 4)", into: 0) { total, _ in total += 1 }
                let (first, second) = try await connection.run(counting, counting)
                #expect(first == 4 && second == 4)
            }
        }
    }

    @Test func aCancellationWhileRowsStreamInDoesNotQueueAgainWhatWasSent() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            let task = Task {
                try await pool.withConnection { connection -> Bool in
                    connection.sendWithNext("INSERT INTO notes VALUES (9, 'sent once')")
                    do {
                        _ = try await connection.query("SELECT n, pg_sleep(0.001) FROM generate_series(1, 60000) AS n") {
                            try $0.decode(Int.self, at: 0)
                        }
                    } catch {}
                    return connection.hasUnsent
                }
            }
            try await Task.sleep(for: .milliseconds(300))
            task.cancel()
            let requeued = try await task.value
            #expect(!requeued)
        }
    }

    @Test func aQueuedStatementsFailureIsGivenItsOwnMeaningAndOnlyItsOwn() async throws {
        struct Clash: Error { var row: Int }
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                // The second of three queued statements fails: its meaning is what is thrown.
                connection.sendWithNext("INSERT INTO notes VALUES (1, 'one')", failure: { _ in Clash(row: 1) })
                connection.sendWithNext("INSERT INTO notes VALUES (1, 'clash')", failure: { _ in Clash(row: 2) })
                connection.sendWithNext("INSERT INTO notes VALUES (3, 'three')", failure: { _ in Clash(row: 3) })
                let clash = await #expect(throws: Clash.self) { try await connection.query("SELECT 1") }
                #expect(clash?.row == 2)
                #expect(!connection.hasUnsent)

                // The carrying statement's own failure is not a queued one's: thrown as it is.
                connection.sendWithNext("INSERT INTO notes VALUES (4, 'four')", failure: { _ in Clash(row: 4) })
                let own = await #expect(throws: PostgresError.self) { try await connection.query("SELECT 1 / 0") }
                #expect(own?.sqlState == SQLState("22012"))
                let left = try await Self.count(connection)
                #expect(left == 0)
            }
        }
    }

    @Test func aStatementRefusedBeforeSendingLeavesTheQueueForTheNext() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                connection.sendWithNext("INSERT INTO notes VALUES (1, 'queued')")
                await #expect(throws: PostgresError.self) { try await connection.query("SELECT $1::text", ["nul\u{0}"]) }
                #expect(connection.hasUnsent)
                let count = try await Self.count(connection)
                #expect(count == 1)
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

    @Test func aQueuedStatementHandsOnItsRowsInTheRoundTripThatCarriesIt() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                let seen = Mutex<[String]>([])
                // With a pipeline, a streamed query and a COMMIT, and sent on its own.
                connection.sendWithNext("SELECT 'with a pipeline'") { rows in let value = try rows[0].decode(String.self, at: 0); seen.withLock { $0.append(value) } }
                let before = connection.roundTripsSinceCheckout
                _ = try await connection.pipeline([PostgresStatement("SELECT 1")])
                #expect(connection.roundTripsSinceCheckout - before == 1)
                connection.sendWithNext("SELECT 'with a streamed query'") { rows in let value = try rows[0].decode(String.self, at: 0); seen.withLock { $0.append(value) } }
                _ = try await connection.query("SELECT g FROM generate_series(1, 3) g", into: 0) { sum, row in sum += try row.decode(Int.self, at: 0) }
                try await connection.withTransaction { connection in
                    connection.sendWithNext("SELECT 'with the commit'") { rows in let value = try rows[0].decode(String.self, at: 0); seen.withLock { $0.append(value) } }
                }
                connection.sendWithNext("SELECT 'alone'") { rows in let value = try rows[0].decode(String.self, at: 0); seen.withLock { $0.append(value) } }
                try await connection.sendQueuedNow()
                #expect(!connection.hasUnsent)
                #expect(seen.withLock { $0 } == ["with a pipeline", "with a streamed query", "with the commit", "alone"])
            }
        }
    }

    @Test func aQueuedStatementHandsOnItsRowsWhenALaterOneFailsButNotWhenItFailsItself() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(Self.table)
            try await pool.withConnection { connection in
                let seen = Mutex<[Int]>([])
                connection.sendWithNext("SELECT 1") { rows in let value = try rows[0].decode(Int.self, at: 0); seen.withLock { $0.append(value) } }
                await #expect(throws: PostgresError.self) {
                    try await connection.pipeline([PostgresStatement("SELECT 1 / 0")])
                }
                #expect(seen.withLock { $0 } == [1])
                connection.sendWithNext("SELECT 2 / 0") { _ in seen.withLock { $0.append(2) } }
                await #expect(throws: PostgresError.self) {
                    try await connection.pipeline([PostgresStatement("SELECT 3")])
                }
                #expect(seen.withLock { $0 } == [1])
                // The same before a streamed query that fails, and before a COMMIT that fails.
                connection.sendWithNext("SELECT 4") { rows in let value = try rows[0].decode(Int.self, at: 0); seen.withLock { $0.append(value) } }
                await #expect(throws: PostgresError.self) {
                    try await connection.query("SELECT 1 / (g - 2) FROM generate_series(1, 3) g", into: 0) { sum, row in sum += try row.decode(Int.self, at: 0) }
                }
                try await connection.query("CREATE TEMPORARY TABLE once (n int UNIQUE DEFERRABLE INITIALLY DEFERRED)")
                await #expect(throws: PostgresError.self) {
                    try await connection.withTransaction { connection in
                        try await connection.query("INSERT INTO once VALUES (1), (1)")
                        connection.sendWithNext("SELECT 5") { rows in let value = try rows[0].decode(Int.self, at: 0); seen.withLock { $0.append(value) } }
                    }
                }
                #expect(seen.withLock { $0 } == [1, 4, 5])
            }
        }
    }

    @Test func whatTakesAQueuedStatementsRowsCanFailTheStatementThatCarriedIt() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.withConnection { connection in
                struct Refused: Error {}
                let seen = Mutex(false)
                connection.sendWithNext("SELECT 1") { _ in throw Refused() }
                connection.sendWithNext("SELECT 2") { _ in seen.withLock { $0 = true } }
                await #expect(throws: Refused.self) { try await connection.query("SELECT 3") }
                // The others still had their rows.
                #expect(seen.withLock { $0 })
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

@Suite("Prepared statements, kept per connection")
struct PreparedStatementTests {
    static func preparedHere(_ connection: PostgresConnection) async throws -> [String] {
        try await connection.query("SELECT statement FROM pg_prepared_statements ORDER BY name").map { try $0.decode(String.self, at: 0) }
    }

    @Test func aStatementIsPreparedOnceAndItsPlanKeptButACatchAllFilterIsPlannedEachTime() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(PipelineTests.table)
            try await pool.withConnection { connection in
                for id in 1...3 { try await connection.query("INSERT INTO notes VALUES ($1, $2)", [id, "n\(id)"]) }
                let filtered = "SELECT count(*) FROM notes WHERE ($1::text IS NULL OR body = $1)"
                let all = try await connection.query(filtered, [String?.none])[0].decode(Int.self, at: 0)
                let one = try await connection.query(filtered, ["n2"])[0].decode(Int.self, at: 0)
                #expect(all == 3 && one == 1)
                let statements = try await Self.preparedHere(connection)
                #expect(statements.filter { $0.hasPrefix("INSERT INTO notes") }.count == 1)
                #expect(!statements.contains(filtered))
                // The listing itself is prepared by now too: a statement, not a filter.
                #expect(statements.contains { $0.hasPrefix("SELECT statement FROM pg_prepared_statements") })
            }
        }
    }

    @Test func theSameStatementTwiceInOnePipelineIsPreparedOnce() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(PipelineTests.table)
            try await pool.withConnection { connection in
                let insert = "INSERT INTO notes VALUES ($1, $2) RETURNING id"
                for round in 0..<3 {
                    let results = try await connection.pipeline((1...4).map { PostgresStatement(insert, [round * 10 + $0, "x"]) })
                    #expect(results.count == 4)
                }
                let copies = try await Self.preparedHere(connection).filter { $0 == insert }.count
                let rows = try await PipelineTests.count(connection)
                #expect(copies == 1)
                #expect(rows == 12)
            }
        }
    }

    @Test func aStatementThatFailsToPrepareIsNotKeptAndTheConnectionGoesOn() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.withConnection { connection in
                let error = await #expect(throws: PostgresError.self) {
                    try await connection.pipeline([PostgresStatement("SELECT 1"), PostgresStatement("SELEC $1::int", [1])])
                }
                #expect(error?.sqlState == SQLState("42601"))  // syntax error
                #expect(error?.pipelineIndex == 1)
                let kept = try await Self.preparedHere(connection)
                let answer = try await connection.query("SELECT $1::int + 1", [41])[0].decode(Int.self, at: 0)
                #expect(kept.allSatisfy { !$0.hasPrefix("SELEC ") })
                #expect(answer == 42)
            }
        }
    }

    @Test func preparedStatementsOutliveARolledBackTransactionAndAreMadeAgainOnANewConnection() async throws {
        try await withTestPool(size: 1, migrated: false) { pool in
            try await pool.query(PipelineTests.table)
            let insert = "INSERT INTO notes VALUES ($1, $2)"
            await #expect(throws: PostgresError.self) {
                try await pool.withTransaction { connection in
                    try await connection.query(insert, [1, "rolled back"])
                    try await connection.query("SELECT 1 / 0")
                }
            }
            try await pool.withTransaction { try await $0.query(insert, [1, "kept"]) }
            // The backend goes away; the pool's next connection prepares what it runs afresh.
            let admin = try await PostgresConnection.connect(TestPostgres.shared.maintenanceConnection(), threadPool: .singleton)
            let pid = try await pool.query("SELECT pg_backend_pid()")[0].decode(Int.self, at: 0)
            try await admin.query("SELECT pg_terminate_backend($1::int)", [pid])
            await admin.close()
            try await pool.query(insert, [2, "after the reconnect"])
            #expect(try await pool.query("SELECT string_agg(body, ',' ORDER BY id) FROM notes")[0].decode(String.self, at: 0)
                == "kept,after the reconnect")
        }
    }
}
