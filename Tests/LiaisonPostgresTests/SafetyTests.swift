import Foundation
import LiaisonPostgres
import TestSupport
import Testing

@Suite("Parameters, errors and handles")
struct SafetyTests {
    static let injectionPayloads = [
        "'; DROP TABLE notes; --",
        "Robert'); DROP TABLE notes;--",
        "' OR '1'='1",
        "$1",
        "\\'; SELECT pg_sleep(10); --",
        "\"; DELETE FROM notes; --",
        "E'\\x27'",
        "1; COMMIT; DROP TABLE notes",
        "/* */ UNION SELECT version() --",
    ]

    @Test func sqlInjectionPayloadsAreStoredVerbatim() async throws {
        try await withTestPool(migrated: false) { pool in
            try await pool.query("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)")
            for payload in Self.injectionPayloads {
                try await pool.query("INSERT INTO notes (body) VALUES ($1)", [payload])
            }
            let rows = try await pool.query("SELECT body FROM notes ORDER BY id")
            #expect(try rows.map { try $0.decode(String.self, at: 0) } == Self.injectionPayloads)
            for payload in Self.injectionPayloads {
                let found = try await pool.query("SELECT count(*) FROM notes WHERE body = $1", [payload])
                #expect(try found[0].decode(Int.self, at: 0) == 1)
            }
        }
    }

    @Test func textWithANulCharacterIsRefusedRatherThanTruncated() async throws {
        try await withTestPool(migrated: false) { pool in
            let error = await #expect(throws: PostgresError.self) {
                try await pool.query("SELECT $1::text", ["before\u{0}after"])
            }
            #expect(error?.kind == .invalidParameter)
        }
    }

    @Test func uniqueViolationKeepsSQLStateConstraintAndTable() async throws {
        try await withTestPool(migrated: false) { pool in
            try await pool.query("CREATE TABLE people (login text CONSTRAINT people_login_key UNIQUE)")
            try await pool.query("INSERT INTO people VALUES ($1)", ["rahmonov"])
            let error = await #expect(throws: PostgresError.self) {
                try await pool.query("INSERT INTO people VALUES ($1)", ["rahmonov"])
            }
            #expect(error?.kind == .server)
            #expect(error?.sqlState == .uniqueViolation)
            #expect(error?.constraint == "people_login_key")
            #expect(error?.table == "people")
            #expect(error?.detail?.contains("rahmonov") == true)
            #expect(error?.severity == "ERROR")
            // The error is not the connection's end: the pool goes on working.
            let rows = try await pool.query("SELECT count(*) FROM people")
            #expect(try rows[0].decode(Int.self, at: 0) == 1)
        }
    }

    @Test func notNullViolationNamesTheColumn() async throws {
        try await withTestPool(migrated: false) { pool in
            try await pool.query("CREATE TABLE org (name text NOT NULL)")
            let error = await #expect(throws: PostgresError.self) {
                try await pool.query("INSERT INTO org VALUES ($1)", [String?.none])
            }
            #expect(error?.sqlState == .notNullViolation)
            #expect(error?.column == "name")
            #expect(error?.table == "org")
        }
    }

    @Test func errorDescriptionsNeverContainTheSQLOrParameters() async throws {
        try await withTestPool(migrated: false) { pool in
            let error = await #expect(throws: PostgresError.self) {
                try await pool.query("SELECT secret_column FROM nowhere WHERE x = $1", ["password123"])
            }
            #expect(error?.sqlState == .undefinedTable)
            #expect(error?.description.contains("password123") == false)
            #expect(error?.description.contains("SELECT") == false)
        }
    }

    @Test func everyResultIsFreedOnSuccessAndErrorPaths() async throws {
        try await withTestDatabase { database in
            let threads = NIOThreadPoolForTests.make()
            let connection = try await PostgresConnection.connect(database.connection, threadPool: threads)
            try await connection.query("SELECT 1")
            #expect(connection.liveResults == 0)
            _ = try? await connection.query("SELECT * FROM no_such_table")
            #expect(connection.liveResults == 0)
            _ = try? await connection.query("SELECT 1/0")
            #expect(connection.liveResults == 0)
            await connection.close()
            #expect(!connection.isOpen)
            await connection.close()  // closing twice is harmless
            try await threads.shutdownGracefully()
        }
    }

    @Test func aConnectionThatCannotBeMadeSaysSo() async throws {
        let threads = NIOThreadPoolForTests.make()
        let nowhere = ConnectionConfiguration.socket(directory: "/nonexistent-liaison", port: 5999, user: "x", database: "x")
        let error = await #expect(throws: PostgresError.self) {
            try await PostgresConnection.connect(nowhere, threadPool: threads)
        }
        #expect(error?.kind == .connectionFailed)
        #expect(error?.isConnectionProblem == true)
        try await threads.shutdownGracefully()
    }

    @Test func valuesWithQuotesAndSpacesAreSafeInConnectionParameters() async throws {
        // A password with quotes and spaces would break a pasted connection string; as a separate
        // keyword it is merely wrong.
        try await withTestDatabase { database in
            let threads = NIOThreadPoolForTests.make()
            let odd = database.connection.setting("application_name", "it's a 'name' with spaces = x")
            let connection = try await PostgresConnection.connect(odd, threadPool: threads)
            let rows = try await connection.query("SELECT current_setting('application_name')")
            #expect(try rows[0].decode(String.self, at: 0) == "it's a 'name' with spaces = x")
            await connection.close()
            try await threads.shutdownGracefully()
        }
    }
}

@Suite("COPY FROM STDIN")
struct CopyTests {
    struct Refused: Error {}

    @Test func rowsArriveInChunksAndARefusedOrAbandonedCopyKeepsNothing() async throws {
        try await withTestPool(migrated: false) { pool in
            try await pool.query("CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)")
            try await pool.withConnection { connection in
                let loaded = try await connection.copyIn("COPY notes (id, body) FROM STDIN") { write in
                    for chunk in 0..<3 {
                        try write((0..<500).map { "\(chunk * 500 + $0)\tnote\\twith a tab \(chunk)\n" }.joined())
                    }
                }
                #expect(loaded == 1500)
                #expect(connection.liveResults == 0)
                // A value the table refuses: the server's error, nothing of that COPY kept.
                await #expect(throws: PostgresError.self) {
                    try await connection.copyIn("COPY notes (id, body) FROM STDIN") { write in try write("5000\tfine\n1\tduplicate key\n") }
                }
                // The producer gives up: the COPY is abandoned and its error comes back.
                await #expect(throws: Refused.self) {
                    try await connection.copyIn("COPY notes (id, body) FROM STDIN") { write in
                        try write("6000\tfirst\n")
                        throw Refused()
                    }
                }
                #expect(connection.liveResults == 0)
                let rows = try await connection.query("SELECT count(*), max(id), min(body) FROM notes")
                #expect(try rows[0].decode(Int.self, at: 0) == 1500)
                #expect(try rows[0].decode(Int.self, at: 1) == 1499)
                #expect(try rows[0].decode(String.self, at: 2) == "note\twith a tab 0")
            }
        }
    }
}

@Suite("Rows decoded as they arrive")
struct StreamingQueryTests {
    struct Refused: Error {}

    @Test func everyRowArrivesInOrderAndAFailureHalfwayLeavesTheConnectionReady() async throws {
        try await withTestPool(migrated: false) { pool in
            try await pool.withConnection { connection in
                let numbers = try await connection.query(
                    "SELECT n, 'row ' || n, CASE WHEN n % 7 = 0 THEN NULL ELSE n * 2 END FROM generate_series(1, $1::int) AS n",
                    [100_000]
                ) { row in (try row.decode(Int.self, at: 0), try row.decode(String.self, column: "?column?"), try row.decode(Int?.self, at: 2)) }
                #expect(numbers.count == 100_000)
                #expect(numbers.map(\.0) == Array(1...100_000))
                #expect(numbers[40].1 == "row 41" && numbers[40].2 == 82 && numbers[6].2 == nil)
                #expect(connection.liveResults == 0)
                let none = try await connection.query("SELECT 1 WHERE false") { try $0.decode(Int.self, at: 0) }
                #expect(none.isEmpty)

                // Folded into a value of the caller's own rather than one per row.
                let folded = try await connection.query(
                    "SELECT n FROM generate_series(1, $1::int) AS n", [100_000], into: (count: 0, sum: 0, last: 0)
                ) { totals, row in
                    let n = try row.decode(Int.self, at: 0)
                    totals = (totals.count + 1, totals.sum + n, n)
                }
                #expect(folded.count == 100_000 && folded.sum == 5_000_050_000 && folded.last == 100_000)
                let untouched = try await connection.query("SELECT 1 WHERE false", into: 7) { total, _ in total += 1 }
                #expect(untouched == 7)

                // The decoder gives up at row 500: its error, and the connection answers the next statement.
                await #expect(throws: Refused.self) {
                    _ = try await connection.query("SELECT n FROM generate_series(1, 10000) AS n") { row in
                        if try row.decode(Int.self, at: 0) == 500 { throw Refused() }
                        return 0
                    }
                }
                // The server fails after sending rows: its error, and again the connection is ready.
                let error = await #expect(throws: PostgresError.self) {
                    _ = try await connection.query("SELECT 1 / (n - 5000) FROM generate_series(1, 10000) AS n") { try $0.decode(Int.self, at: 0) }
                }
                #expect(error?.sqlState?.rawValue == "22012")
                #expect(connection.liveResults == 0)
                #expect(try await connection.query("SELECT 42")[0].decode(Int.self, at: 0) == 42)
            }
        }
    }

    @Test func aCancelledTaskStopsAStatementStillSendingRowsAndItsConnectionServesTheNext() async throws {
        try await withTestPool(migrated: false) { pool in
            let backend = try await pool.withConnection { try await $0.query("SELECT pg_backend_pid()")[0].decode(Int.self, at: 0) }
            // The statement would otherwise run for a minute and succeed. A connection cannot be
            // shared with another task, so the cancelled task takes it from the pool and hands it
            // back; the pool gives the last connection back first.
            let slow = Task {
                try await pool.withConnection { connection in
                    try await connection.query("SELECT n, pg_sleep(0.001) FROM generate_series(1, 60000) AS n") { try $0.decode(Int.self, at: 0) }
                }
            }
            try await Task.sleep(for: .milliseconds(300))
            slow.cancel()
            await #expect(throws: (any Error).self) { _ = try await slow.value }
            try await pool.withConnection { connection in
                let again = try await connection.query("SELECT pg_backend_pid()")[0].decode(Int.self, at: 0)
                #expect(again == backend)
                #expect(connection.liveResults == 0)
                #expect(try await connection.query("SELECT 43")[0].decode(Int.self, at: 0) == 43)
            }
        }
    }
}
