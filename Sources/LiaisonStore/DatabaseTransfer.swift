import Foundation
import LiaisonDomain
import LiaisonPostgres

/// The whole database as JSON lines, for moving a deployment to another server
/// (`liaisond export` and `liaisond import`).
///
/// The file is:
/// - a header: `{"format":"liaison-export","formatVersion":1,"schemaVersion":N,"exportedAt":…,"tables":{"people":120,…}}`;
/// - one line per row, `{"table":"people","row":{…}}`, the row as PostgreSQL's `row_to_json`
///   writes it, tables in an order where every row comes after the rows it refers to, rows in
///   primary-key order;
/// - a last line `{"end":true}`, so that a cut-off file is told from a complete one.
///
/// Every table of the schema is carried (accounts and token hashes, the audit trail, search
/// keys, idempotency keys) except the record of applied migrations and the summary's kept
/// stances, which an import works out again from the rows. Exporting reads one
/// snapshot; importing is one transaction into a database that holds no records yet, with the
/// tables' own triggers held off so that rows arrive exactly as they left (the audit trail is
/// copied, not written anew). The same data exported twice gives the same file but for
/// `exportedAt`.
public enum DatabaseTransfer {
    public static let format = "liaison-export"
    public static let formatVersion = 1

    /// Tables the migrations fill (the reference lists): an import replaces their rows.
    static let seededTables: Set<String> = ["sectors", "organization_kinds", "regions"]
    /// Not carried: the record of applied migrations, and state derived from the rows (rebuilt
    /// after an import).
    static let excludedTables: Set<String> = [
        "schema_migrations", "stance_spans", "stance_dirty", "speaker_stances", "first_meetings", "first_meetings_dirty",
        "followup_days", "organizations_met", "organizations_met_dirty",
        "followup_days_dirty",
    ]
    static let batchSize = 1000

    public struct Header: Codable, Sendable {
        public var format: String
        public var formatVersion: Int
        public var schemaVersion: Int
        public var exportedAt: String
        public var tables: [String: Int]
    }

    /// What went wrong with an import, in words that say where.
    public enum ImportError: Error, CustomStringConvertible, Equatable {
        case notAnExport(line: Int, String)
        case schemaMismatch(file: Int, database: Int)
        case notEmpty([String])
        case badLine(line: Int, String)
        case rowsRejected(lines: ClosedRange<Int>, table: String, String)
        case truncated(line: Int)
        case countMismatch(table: String, expected: Int, found: Int)

        public var description: String {
            switch self {
            case .notAnExport(let line, let reason):
                return "line \(line): not a Liaison export (\(reason))"
            case .schemaMismatch(let file, let database):
                return file < database
                    ? "the export was made at schema version \(file) and this liaisond is at \(database): upgrade the source (liaisond migrate) and export again"
                    : "the export was made at schema version \(file), newer than this liaisond's \(database): import it with a liaisond at least as new"
            case .notEmpty(let tables):
                return "the database already holds records (\(tables.joined(separator: ", "))); import into a database that has only been migrated, before any server has run on it"
            case .badLine(let line, let reason):
                return "line \(line): \(reason)"
            case .rowsRejected(let lines, let table, let reason):
                let place = lines.count == 1 ? "line \(lines.lowerBound)" : "lines \(lines.lowerBound)–\(lines.upperBound)"
                return "\(place) (\(table)): the database refused the rows: \(reason)"
            case .truncated(let line):
                return "the file ends at line \(line) without its closing line: it is incomplete"
            case .countMismatch(let table, let expected, let found):
                return "\(table): the header announces \(expected) rows, the file holds \(found)"
            }
        }
    }

    /// A table as the catalog describes it.
    struct Table {
        var name: String
        var columns: [String]
        /// Columns computed by PostgreSQL (`GENERATED ALWAYS AS … STORED`): exported, not inserted.
        var generated: Set<String>
        var primaryKey: [String]
        /// Columns referring to the same table, filled in once all its rows are in.
        var selfReferences: [String]
        /// Columns whose values come from a sequence.
        var serial: [String]
        /// Text columns, which sort by collation.
        var collatable: Set<String> = []

        var insertable: [String] { columns.filter { !generated.contains($0) } }
    }

    // MARK: Export

    /// Writes the database, as seen by one snapshot, line by line to `write`. Runs its own
    /// read-only transaction on `connection`. Returns the rows written per table.
    @discardableResult
    public static func export(
        schemaVersion: Int, on connection: PostgresConnection,
        progress: @escaping @Sendable (_ table: String, _ rows: Int) -> Void = { _, _ in },
        write: (String) async throws -> Void
    ) async throws -> [String: Int] {
        try await connection.withTransaction(.readOnlySnapshot) { connection in
            // Times written in one zone, so that the same data gives the same file anywhere.
            try await connection.query(
                "SELECT set_config('TimeZone', 'UTC', true), set_config('bytea_output', 'hex', true), set_config('IntervalStyle', 'iso_8601', true)")
            let tables = try await catalog(on: connection)
            var counts: [String: Int] = [:]
            for table in tables {
                counts[table.name] = try await connection.query("SELECT count(*) FROM \(try connection.escapeIdentifier(table.name))")[0]
                    .decode(Int.self, at: 0)
            }
            let header = Header(
                format: format, formatVersion: formatVersion, schemaVersion: schemaVersion,
                exportedAt: ISO8601DateFormatter().string(from: Date()), tables: counts)
            try await write(String(decoding: try JSONEncoder.sorted.encode(header), as: UTF8.self))
            for table in tables {
                let name = try connection.escapeIdentifier(table.name)
                // Byte order for text, so that the order does not depend on the server's collation.
                let order = table.primaryKey.isEmpty
                    ? "row_to_json(t)::text COLLATE \"C\""
                    : try table.primaryKey.map { column in
                        try "t." + connection.escapeIdentifier(column) + (table.collatable.contains(column) ? " COLLATE \"C\"" : "")
                    }.joined(separator: ", ")
                try await connection.query("DECLARE export_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text FROM \(name) t ORDER BY \(order)")
                let prefix = "{\"table\":\"\(table.name)\",\"row\":"
                var written = 0
                while true {
                    let rows = try await connection.query("FETCH \(batchSize) FROM export_rows")
                    if rows.isEmpty { break }
                    for row in rows { try await write(prefix + (try row.decode(String?.self, at: 0) ?? "null") + "}") }
                    written += rows.count
                    if written / 100_000 > (written - rows.count) / 100_000 { progress(table.name, written) }
                }
                try await connection.query("CLOSE export_rows")
                progress(table.name, written)
            }
            try await write("{\"end\":true}")
            return counts
        }
    }

    // MARK: Import

    /// Reads and checks an export's first line, before anything touches a database.
    public static func header(_ first: String?, schemaVersion: Int) throws -> Header {
        guard let first else { throw ImportError.notAnExport(line: 1, "the file is empty") }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(first.utf8))
        } catch {
            throw ImportError.notAnExport(line: 1, "its first line is not an export header")
        }
        guard header.format == format else { throw ImportError.notAnExport(line: 1, "its format is \(header.format)") }
        guard header.formatVersion == formatVersion else {
            throw ImportError.notAnExport(line: 1, "format version \(header.formatVersion); this liaisond reads version \(formatVersion)")
        }
        guard header.schemaVersion == schemaVersion else {
            throw ImportError.schemaMismatch(file: header.schemaVersion, database: schemaVersion)
        }
        return header
    }

    /// Reads the rest of an export (after `header`) from `nextLine` (nil at the end) into the
    /// database on `connection`, which must be migrated to the export's schema version and hold
    /// no records; all of it in one transaction, or nothing. Runs as the tables' owner. Returns
    /// the rows imported per table.
    @discardableResult
    public static func importLines(
        header: Header, on connection: PostgresConnection,
        progress: @escaping @Sendable (_ table: String, _ rows: Int) -> Void = { _, _ in },
        nextLine: () throws -> String?
    ) async throws -> [String: Int] {
        try await connection.withTransaction { connection in
            let tables = try await catalog(on: connection)
            let byName = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0) })
            if let unknown = header.tables.keys.sorted().first(where: { byName[$0] == nil }) {
                throw ImportError.notAnExport(line: 1, "it has a table \(unknown) that this schema lacks")
            }
            var occupied: [String] = []
            for table in tables where !seededTables.contains(table.name) {
                let rows = try await connection.query("SELECT count(*) FROM \(try connection.escapeIdentifier(table.name))")
                let count = try rows[0].decode(Int.self, at: 0)
                if count > 0 { occupied.append("\(table.name): \(count)") }
            }
            if !occupied.isEmpty { throw ImportError.notEmpty(occupied) }
            for table in tables {
                let name = try connection.escapeIdentifier(table.name)
                // The audit, search-key and derived-row triggers: rows are copied as they are.
                try await connection.query("ALTER TABLE \(name) DISABLE TRIGGER USER")
                if seededTables.contains(table.name), header.tables[table.name] != nil {
                    try await connection.query("DELETE FROM \(name)")
                }
            }

            var importer = Importer(connection: connection, progress: progress)
            for table in tables { importer.counts[table.name] = 0 }
            var lineNumber = 1
            var ended = false
            while let line = try nextLine() {
                lineNumber += 1
                if ended {
                    if line.allSatisfy(\.isWhitespace) { continue }
                    throw ImportError.badLine(line: lineNumber, "text after the closing line")
                }
                guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                    throw ImportError.badLine(line: lineNumber, "not a JSON object")
                }
                if object["end"] as? Bool == true {
                    ended = true
                    continue
                }
                guard let tableName = object["table"] as? String, object["row"] is [String: Any] else {
                    throw ImportError.badLine(line: lineNumber, "expected {\"table\":…,\"row\":{…}}")
                }
                guard let table = byName[tableName] else {
                    throw ImportError.badLine(line: lineNumber, "no table \(tableName) in this schema")
                }
                try await importer.add(line, number: lineNumber, table: table)
            }
            guard ended else { throw ImportError.truncated(line: lineNumber) }
            try await importer.finish()

            for table in tables {
                let expected = header.tables[table.name] ?? 0
                let found = importer.counts[table.name] ?? 0
                if expected != found { throw ImportError.countMismatch(table: table.name, expected: expected, found: found) }
            }
            for table in tables {
                let name = try connection.escapeIdentifier(table.name)
                try await connection.query("ALTER TABLE \(name) ENABLE TRIGGER USER")
                for column in table.serial {
                    // The sequence carries on after the highest imported value.
                    let quoted = try connection.escapeIdentifier(column)
                    try await connection.query(
                        "SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max(\(quoted)), 1), max(\(quoted)) IS NOT NULL) FROM \(name)",
                        [table.name, column])
                }
            }
            // The stances a summary reads were not carried: worked out from the imported rows.
            try await connection.query("SELECT rebuild_summary_state()")
            return importer.counts
        }
    }

    /// Collects the rows of one table into batches and inserts each with one statement.
    private struct Importer {
        let connection: PostgresConnection
        let progress: @Sendable (String, Int) -> Void
        var counts: [String: Int] = [:]
        var table: Table?
        var batch: [String] = []
        var batchLines: [Int] = []
        /// The rows of a self-referring table, kept for the pass that fills those references.
        var pending: [(lines: ClosedRange<Int>, rows: [String])] = []

        mutating func add(_ line: String, number: Int, table: Table) async throws {
            if self.table?.name != table.name {
                try await finish()
                self.table = table
            }
            batch.append(line)
            batchLines.append(number)
            if batch.count >= DatabaseTransfer.batchSize { try await flush() }
        }

        mutating func finish() async throws {
            try await flush()
            if let table, !table.selfReferences.isEmpty {
                for (lines, rows) in pending { try await fillSelfReferences(table, rows, lines: lines) }
            }
            pending = []
            if let table { progress(table.name, counts[table.name] ?? 0) }
            table = nil
        }

        private mutating func flush() async throws {
            guard let table, let first = batchLines.first, let last = batchLines.last, !batch.isEmpty else { return }
            let lines = first...last
            let name = try connection.escapeIdentifier(table.name)
            let columns = try table.insertable.map { try connection.escapeIdentifier($0) }
            let values = try table.insertable.map { column in
                table.selfReferences.contains(column) ? "NULL" : "r." + (try connection.escapeIdentifier(column))
            }
            let insert = """
                INSERT INTO \(name) (\(columns.joined(separator: ", ")))
                SELECT \(values.joined(separator: ", "))
                FROM json_populate_recordset(NULL::\(name), (SELECT json_agg(e -> 'row') FROM json_array_elements($1::json) e)) r
                """
            try await connection.query("SAVEPOINT import_batch")
            do {
                try await connection.query(insert, ["[" + batch.joined(separator: ",") + "]"])
                try await connection.query("RELEASE SAVEPOINT import_batch")
            } catch let error as PostgresError where error.kind == .server {
                // Row by row, to name the line the database refuses.
                try await connection.query("ROLLBACK TO SAVEPOINT import_batch")
                for (row, number) in zip(batch, batchLines) {
                    do {
                        try await connection.query(insert, ["[" + row + "]"])
                    } catch let error as PostgresError {
                        throw ImportError.rowsRejected(lines: number...number, table: table.name, Self.reason(error))
                    }
                }
                throw ImportError.rowsRejected(lines: lines, table: table.name, Self.reason(error))
            }
            counts[table.name, default: 0] += batch.count
            if !table.selfReferences.isEmpty { pending.append((lines, batch)) }
            let total = counts[table.name] ?? 0
            if total / 100_000 > (total - batch.count) / 100_000 { progress(table.name, total) }
            batch = []
            batchLines = []
        }

        private func fillSelfReferences(_ table: Table, _ rows: [String], lines: ClosedRange<Int>) async throws {
            let name = try connection.escapeIdentifier(table.name)
            let assignments = try table.selfReferences.map { column in
                let quoted = try connection.escapeIdentifier(column)
                return "\(quoted) = r.\(quoted)"
            }
            let key = try table.primaryKey.map { column in
                let quoted = try connection.escapeIdentifier(column)
                return "t.\(quoted) = r.\(quoted)"
            }
            do {
                try await connection.query(
                    """
                    UPDATE \(name) t SET \(assignments.joined(separator: ", "))
                    FROM json_populate_recordset(NULL::\(name), (SELECT json_agg(e -> 'row') FROM json_array_elements($1::json) e)) r
                    WHERE \(key.joined(separator: " AND "))
                    """,
                    ["[" + rows.joined(separator: ",") + "]"])
            } catch let error as PostgresError {
                throw ImportError.rowsRejected(lines: lines, table: table.name, Self.reason(error))
            }
        }

        static func reason(_ error: PostgresError) -> String {
            [error.message, error.detail].compactMap { $0 }.joined(separator: ": ")
        }
    }

    // MARK: The catalog

    /// The schema's tables, each after the tables it refers to.
    static func catalog(on connection: PostgresConnection) async throws -> [Table] {
        let tableRows = try await connection.query(
            """
            SELECT c.oid::int8, c.relname FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY c.relname
            """)
        var tables: [Int64: Table] = [:]
        var names: [Int64] = []
        for row in tableRows {
            let name: String = try row.decode(at: 1)
            if excludedTables.contains(name) { continue }
            let oid: Int64 = try row.decode(at: 0)
            names.append(oid)
            tables[oid] = Table(name: name, columns: [], generated: [], primaryKey: [], selfReferences: [], serial: [])
        }
        let columnRows = try await connection.query(
            """
            SELECT a.attrelid::int8, a.attname, a.attgenerated <> '', pg_get_serial_sequence(a.attrelid::regclass::text, a.attname) IS NOT NULL,
                   a.attcollation <> 0
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum
            """)
        for row in columnRows {
            let oid: Int64 = try row.decode(at: 0)
            guard tables[oid] != nil else { continue }
            let column: String = try row.decode(at: 1)
            tables[oid]?.columns.append(column)
            if try row.decode(Bool.self, at: 2) { tables[oid]?.generated.insert(column) }
            if try row.decode(Bool.self, at: 3) { tables[oid]?.serial.append(column) }
            if try row.decode(Bool.self, at: 4) { tables[oid]?.collatable.insert(column) }
        }
        let constraintRows = try await connection.query(
            """
            SELECT con.contype::text, con.conrelid::int8, con.confrelid::int8,
                   array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i)::text[]
            FROM pg_constraint con
            WHERE con.connamespace = 'public'::regnamespace AND con.contype IN ('p', 'f')
            ORDER BY con.conname
            """)
        var dependencies: [Int64: Set<Int64>] = [:]
        for row in constraintRows {
            let kind: String = try row.decode(at: 0)
            let oid: Int64 = try row.decode(at: 1)
            guard tables[oid] != nil else { continue }
            let columns: [String] = try row.decode(at: 3)
            if kind == "p" {
                tables[oid]?.primaryKey = columns
            } else {
                let target: Int64 = try row.decode(at: 2)
                if target == oid {
                    tables[oid]?.selfReferences.append(contentsOf: columns)
                } else if tables[target] != nil {
                    dependencies[oid, default: []].insert(target)
                }
            }
        }
        // Depth-first, alphabetical among equals, so the order is the same every time.
        var ordered: [Table] = []
        var done: Set<Int64> = []
        var visiting: Set<Int64> = []
        func visit(_ oid: Int64) {
            if done.contains(oid) || visiting.contains(oid) { return }
            visiting.insert(oid)
            for dependency in (dependencies[oid] ?? []).sorted(by: { tables[$0]!.name < tables[$1]!.name }) { visit(dependency) }
            visiting.remove(oid)
            done.insert(oid)
            ordered.append(tables[oid]!)
        }
        for oid in names { visit(oid) }
        return ordered
    }
}

extension JSONEncoder {
    /// Keys in a fixed order, so that the same value always gives the same text.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
