import Foundation
import LiaisonPostgres
import TestSupport
import Testing

@Suite("Values round-trip through PostgreSQL")
struct ValueTests {
    /// Sends `value` as a parameter cast to `sqlType` and decodes what comes back.
    func roundTrip<T: PostgresEncodable & PostgresDecodable>(
        _ value: T, as sqlType: String, on pool: ConnectionPool
    ) async throws -> T {
        let rows = try await pool.query("SELECT $1::\(sqlType) AS value", [value])
        return try rows[0].decode(T.self, column: "value")
    }

    @Test func everySupportedTypeRoundTripsWithAndWithoutNull() async throws {
        try await withTestPool(migrated: false) { pool in
            #expect(try await roundTrip(true, as: "boolean", on: pool) == true)
            #expect(try await roundTrip(false, as: "boolean", on: pool) == false)
            #expect(try await roundTrip(Int16.min, as: "int2", on: pool) == Int16.min)
            #expect(try await roundTrip(Int32.max, as: "int4", on: pool) == Int32.max)
            #expect(try await roundTrip(Int64.min, as: "int8", on: pool) == Int64.min)
            #expect(try await roundTrip(Int.max, as: "int8", on: pool) == Int.max)
            #expect(try await roundTrip(3.141592653589793, as: "float8", on: pool) == 3.141592653589793)
            #expect(try await roundTrip(-0.1, as: "float8", on: pool) == -0.1)
            #expect(try await roundTrip(Double.infinity, as: "float8", on: pool) == .infinity)
            #expect(try await roundTrip(Double.nan, as: "float8", on: pool).isNaN)
            let text = "Рахмонов · رحمانوف · Rakhmonov \"quoted\" \\ back'slash\n"
            #expect(try await roundTrip(text, as: "text", on: pool) == text)
            #expect(try await roundTrip("", as: "text", on: pool) == "")
            let id = UUID()
            #expect(try await roundTrip(id, as: "uuid", on: pool) == id)
            let bytes = Data([0, 1, 2, 0x7f, 0x80, 0xfe, 0xff])
            #expect(try await roundTrip(bytes, as: "bytea", on: pool) == bytes)
            #expect(try await roundTrip(Data(), as: "bytea", on: pool) == Data())
            let day = PostgresDate(year: 2000, month: 6, day: 12)
            #expect(try await roundTrip(day, as: "date", on: pool) == day)
            let leap = PostgresDate(year: 2024, month: 2, day: 29)
            #expect(try await roundTrip(leap, as: "date", on: pool) == leap)
            let array = ["a", "b c", "", "NULL", "with,comma", "with\"quote", "back\\slash", "{brace}", "Ҷ ӯ ғ"]
            #expect(try await roundTrip(array, as: "text[]", on: pool) == array)
            #expect(try await roundTrip([String](), as: "text[]", on: pool) == [])
            let json = PostgresJSON(text: #"{"b": [1, 2], "a": "Қ"}"#)
            let back = try await roundTrip(json, as: "jsonb", on: pool)
            #expect(try back.decode(as: [String: AnyCodableValue].self) == ["a": .string("Қ"), "b": .array([.number(1), .number(2)])])

            // NULL comes back as nil for every type.
            #expect(try await roundTrip(Bool?.none, as: "boolean", on: pool) == nil)
            #expect(try await roundTrip(Int16?.none, as: "int2", on: pool) == nil)
            #expect(try await roundTrip(Int32?.none, as: "int4", on: pool) == nil)
            #expect(try await roundTrip(Int64?.none, as: "int8", on: pool) == nil)
            #expect(try await roundTrip(Double?.none, as: "float8", on: pool) == nil)
            #expect(try await roundTrip(String?.none, as: "text", on: pool) == nil)
            #expect(try await roundTrip(UUID?.none, as: "uuid", on: pool) == nil)
            #expect(try await roundTrip(Date?.none, as: "timestamptz", on: pool) == nil)
            #expect(try await roundTrip(PostgresDate?.none, as: "date", on: pool) == nil)
            #expect(try await roundTrip(Data?.none, as: "bytea", on: pool) == nil)
            #expect(try await roundTrip([String]?.none, as: "text[]", on: pool) == nil)
            #expect(try await roundTrip(PostgresJSON?.none, as: "jsonb", on: pool) == nil)
        }
    }

    @Test func timestampsKeepMicrosecondsAcrossTimeZonesAndEras() async throws {
        try await withTestPool(migrated: false) { pool in
            let instants: [Date] = [
                Date(timeIntervalSince1970: 960_804_000),  // 2000-06-12 10:00 UTC
                Date(timeIntervalSince1970: 1_700_000_000.123456),
                Date(timeIntervalSince1970: -1_234_567_890.5),  // before 1970
                Date(timeIntervalSince1970: 0),
            ]
            for instant in instants {
                let back = try await roundTrip(instant, as: "timestamptz", on: pool)
                #expect(abs(back.timeIntervalSince1970 - instant.timeIntervalSince1970) < 0.000_001)
            }
            // A value written with an offset is the same instant.
            let rows = try await pool.query("SELECT '2000-06-12 15:00:00+05'::timestamptz")
            #expect(try rows[0].decode(Date.self, at: 0) == Date(timeIntervalSince1970: 960_804_000))
        }
    }

    @Test func nullIntoNonOptionalIsADecodingErrorNamingTheColumn() async throws {
        try await withTestPool(migrated: false) { pool in
            let rows = try await pool.query("SELECT NULL::text AS nickname")
            let error = #expect(throws: PostgresError.self) { try rows[0].decode(String.self, at: 0) }
            #expect(error?.kind == .decoding)
            #expect(error?.message.contains("nickname") == true)
        }
    }

    /// Ids, dates and array elements are read from their text without Foundation's parsers;
    /// they must still refuse what is not one.
    @Test func idsDatesAndArrayElementsParseStrictlyFromText() throws {
        let id = UUID(uuidString: "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0")!
        #expect(try UUID(nonNullPostgresText: "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0") == id)
        #expect(try UUID(nonNullPostgresText: "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0") == id)
        for bad in ["0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f", "0f1e2d3c4b5a-6978-8796-a5b4c3d2e1f0-", "0g1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
                    "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 ", "", "Қ0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f"] {
            #expect(throws: DecodingFailure.self, "\(bad)") { try UUID(nonNullPostgresText: bad) }
        }
        #expect(PostgresDate("2000-06-12") == PostgresDate(year: 2000, month: 6, day: 12))
        #expect(PostgresDate("2024-02-29") == PostgresDate(year: 2024, month: 2, day: 29))
        #expect(PostgresDate("12000-01-31") == PostgresDate(year: 12000, month: 1, day: 31))
        for bad in ["2023-02-29", "2000-13-01", "2000-00-10", "2000-06-00", "2000-6-12", "2000/06/12", "20a0-06-12", "0044-03-15 BC", ""] {
            #expect(PostgresDate(bad) == nil, "\(bad)")
        }
        #expect(try [String](nonNullPostgresText: "{ a , b c ,\" d \",Null2}") == ["a", "b c", " d ", "Null2"])
        #expect(try [String](nonNullPostgresText: "{\"NULL\"}") == ["NULL"])
        #expect(throws: DecodingFailure.self) { try [String](nonNullPostgresText: "{a, NULL }") }
    }

    @Test func textArrayLiteralsFromTheServerDecode() async throws {
        try await withTestPool(migrated: false) { pool in
            let rows = try await pool.query(#"SELECT ARRAY['x', 'y z', 'q"uote', 'null']::text[]"#)
            #expect(try rows[0].decode([String].self, at: 0) == ["x", "y z", "q\"uote", "null"])
            let withNull = try await pool.query("SELECT ARRAY['x', NULL]::text[]")
            #expect(throws: PostgresError.self) { try withNull[0].decode([String].self, at: 0) }
        }
    }

    /// Statements sent with parameters (every statement the stores send) get their results in
    /// binary. Each value read as text must be what the server itself prints for it.
    @Test func resultsArriveInBinaryAndReadAsTheServerPrintsThem() async throws {
        try await withTestPool(migrated: false) { pool in
            let expressions = [
                "(-32768)::int2", "2147483647::int4", "(-9223372036854775808)::int8", "26::oid",
                "0::numeric", "(-0.5)::numeric", "12345678.000100::numeric", "1e-10::numeric", "(10::numeric ^ 30)",
                "(-1234.5678)::numeric", "0.0001::numeric", "'NaN'::numeric", "round(2.0 / 3, 4)",
                "1.5::float8", "(-0.1)::float8", "'-0'::float8", "0.0607927::real", "(-1.5)::float4", "1e20::float8", "100::float8", "(0.1::float8 + 0.2::float8)", "'-Infinity'::float8",
                "'0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'::uuid", "'2000-06-12'::date", "'0099-01-01'::date", "'infinity'::date",
                "'-infinity'::date", "'0044-03-15 BC'::date", "'0001-01-01 BC 10:00:00.5+00'::timestamptz", "'294276-12-31 23:59:59+00'::timestamptz", "'2000-06-12 15:00:00+05'::timestamptz", "'1969-12-31 23:59:59.5+00'::timestamptz",
                "'2024-02-29 01:02:03.000042+00'::timestamptz", "'infinity'::timestamptz", "'2000-06-12 10:00:00.25'::timestamp",
                #"'{"b": [1, 2], "a": "Қ"}'::jsonb"#, #"'{"a" :1}'::json"#, "'\\x00ff7f'::bytea", "'Рахмонов'::text",
                "'Rakhmonov'::varchar", "'pg_class'::name", "count(*)",
            ]
            for expression in expressions {
                let rows = try await pool.query("SELECT \(expression), (\(expression))::text WHERE $1", [true])
                let cell = try rows[0].cell(at: 0)
                #expect(cell.isBinary, "\(expression)")
                let rendered = try rows[0].decode(String.self, at: 0)
                let printed = try rows[0].decode(String.self, at: 1)
                #expect(rendered == printed, "\(expression)")
            }
            // A boolean prints as psql shows it (its cast to text spells it out).
            let booleans = try await pool.query("SELECT true, false WHERE $1", [true])
            #expect(try booleans[0].decode(String.self, at: 0) == "t")
            #expect(try booleans[0].decode(String.self, at: 1) == "f")
            // Arrays of any element type, element by element.
            let arrays = try await pool.query(
                "SELECT ARRAY['x', 'y z', 'q\"uote', 'null'], ARRAY[1, -2]::int8[], ARRAY['0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0']::uuid[], '{}'::text[] WHERE $1",
                [true])
            #expect(try arrays[0].decode([String].self, at: 0) == ["x", "y z", "q\"uote", "null"])
            #expect(try arrays[0].decode([String].self, at: 1) == ["1", "-2"])
            #expect(try arrays[0].decode([String].self, at: 2) == ["0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"])
            #expect(try arrays[0].decode([String].self, at: 3) == [])
            // Integers of every width, and whole numerics, read as any integer they fit in.
            let numbers = try await pool.query("SELECT 7::int2, 7::int4, 7::int8, sum(x), 3000000000::int8 FROM (VALUES (3::int8), (4)) v (x) WHERE $1", [true])
            for column in 0..<4 {
                #expect(try numbers[0].decode(Int.self, at: column) == 7)
                #expect(try numbers[0].decode(Int16.self, at: column) == 7)
                #expect(try numbers[0].decode(Double.self, at: column) == 7)
            }
            // A real reads as the number the server prints, not its binary value widened.
            let real = try await pool.query("SELECT 0.0607927::real WHERE $1", [true])
            #expect(try real[0].decode(Double.self, at: 0) == 0.0607927)
            let tooBig = #expect(throws: PostgresError.self) { try numbers[0].decode(Int32.self, at: 4) }
            #expect(tooBig?.message.contains("does not fit") == true)
        }
    }

    /// What has no Swift value (an infinite date, a type this library does not read in binary)
    /// is a decoding error naming the column, never a wrong value.
    @Test func binaryValuesWithNoSwiftValueAreDecodingErrors() async throws {
        try await withTestPool(migrated: false) { pool in
            let rows = try await pool.query(
                """
                SELECT 'infinity'::date AS day, '-infinity'::timestamptz AS at, '1 day'::interval AS span, 1::int4 AS flag,
                       '0044-03-15 BC'::date AS ides, '294276-12-31 23:59:59+00'::timestamptz AS far WHERE $1
                """, [true])
            for (column, attempt) in [
                ("day", { _ = try rows[0].decode(PostgresDate.self, column: "day") }),
                ("at", { _ = try rows[0].decode(Date.self, column: "at") }),
                ("ides", { _ = try rows[0].decode(PostgresDate.self, column: "ides") }),
                ("far", { _ = try rows[0].decode(Date.self, column: "far") }),
                ("span", { _ = try rows[0].decode(String.self, column: "span") }),
                ("flag", { _ = try rows[0].decode(Bool.self, column: "flag") }),
            ] as [(String, () throws -> Void)] {
                let error = #expect(throws: PostgresError.self, "\(column)") { try attempt() }
                #expect(error?.kind == .decoding)
                #expect(error?.message.contains("\"\(column)\"") == true, "\(error?.message ?? "")")
            }
        }
    }

    @Test func allTypesSurviveATableRoundTrip() async throws {
        try await withTestPool(migrated: false) { pool in
            try await pool.query(
                """
                CREATE TABLE sample (b boolean, s int2, i int4, l int8, d float8, t text, u uuid,
                                     ts timestamptz, day date, raw bytea, tags text[], doc jsonb)
                """)
            let id = UUID()
            let now = Date(timeIntervalSince1970: 1_000_000_000.25)
            try await pool.query(
                "INSERT INTO sample VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                [true, Int16(7), Int32(-8), Int64(9), 1.5, "x", id, now, PostgresDate(year: 1999, month: 12, day: 31),
                 Data([9, 8]), ["p", "q"], PostgresJSON(text: "[1]")])
            try await pool.query(
                "INSERT INTO sample VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                [Bool?.none, Int16?.none, Int32?.none, Int64?.none, Double?.none, String?.none, UUID?.none,
                 Date?.none, PostgresDate?.none, Data?.none, [String]?.none, PostgresJSON?.none])
            let rows = try await pool.query("SELECT * FROM sample ORDER BY b NULLS LAST")
            #expect(rows.count == 2)
            let full = rows[0]
            #expect(try full.decode(Bool.self, column: "b"))
            #expect(try full.decode(Int16.self, column: "s") == 7)
            #expect(try full.decode(Int32.self, column: "i") == -8)
            #expect(try full.decode(Int64.self, column: "l") == 9)
            #expect(try full.decode(Double.self, column: "d") == 1.5)
            #expect(try full.decode(String.self, column: "t") == "x")
            #expect(try full.decode(UUID.self, column: "u") == id)
            #expect(try full.decode(Date.self, column: "ts") == now)
            #expect(try full.decode(PostgresDate.self, column: "day") == PostgresDate(year: 1999, month: 12, day: 31))
            #expect(try full.decode(Data.self, column: "raw") == Data([9, 8]))
            #expect(try full.decode([String].self, column: "tags") == ["p", "q"])
            #expect(try full.decode(PostgresJSON.self, column: "doc").text == "[1]")
            let empty = rows[1]
            for column in 0..<12 { #expect(try empty.decode(String?.self, at: column) == nil) }
            #expect(try empty.decode(Bool?.self, column: "b") == nil)
            #expect(try empty.decode(PostgresJSON?.self, column: "doc") == nil)
        }
    }
}

/// Just enough of JSON to compare decoded documents in tests.
enum AnyCodableValue: Codable, Equatable {
    case string(String)
    case number(Double)
    case array([AnyCodableValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .array(try container.decode([AnyCodableValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        }
    }
}
