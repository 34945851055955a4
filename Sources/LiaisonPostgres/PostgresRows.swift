/// The rows a statement returned, copied out of libpq's result (which is freed at once).
public struct PostgresRows: Sendable, RandomAccessCollection {
    /// Column names in result order.
    public let columns: [String]
    /// Column type OIDs in result order.
    public let columnTypes: [PostgresType]
    /// The number of rows the statement affected (`INSERT`, `UPDATE`, `DELETE`, ...), when it says.
    public let affectedRows: Int?
    let values: [String?]
    let columnIndex: [String: Int]

    init(columns: [String], columnTypes: [PostgresType], values: [String?], affectedRows: Int?) {
        self.columns = columns
        self.columnTypes = columnTypes
        self.values = values
        self.affectedRows = affectedRows
        var index: [String: Int] = [:]
        for (position, name) in columns.enumerated() where index[name] == nil { index[name] = position }
        self.columnIndex = index
    }

    /// Other values under the same columns (the rows of one statement, one at a time).
    func withValues(_ values: [String?]) -> PostgresRows {
        PostgresRows(columns: columns, columnTypes: columnTypes, columnIndex: columnIndex, values: values)
    }

    private init(columns: [String], columnTypes: [PostgresType], columnIndex: [String: Int], values: [String?]) {
        (self.columns, self.columnTypes, self.columnIndex, self.values, self.affectedRows) = (columns, columnTypes, columnIndex, values, nil)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { columns.isEmpty ? 0 : values.count / columns.count }
    public subscript(position: Int) -> PostgresRow { PostgresRow(rows: self, row: position) }
}

/// One row of a result; decode its columns by position or by name.
public struct PostgresRow: Sendable {
    let rows: PostgresRows
    let row: Int

    /// The raw text of a column, nil for NULL.
    public func text(at column: Int) -> String? { rows.values[row * rows.columns.count + column] }

    /// Decodes the column at `column` (0-based) as `type`.
    public func decode<T: PostgresDecodable>(_ type: T.Type = T.self, at column: Int) throws -> T {
        guard column >= 0, column < rows.columns.count else {
            throw PostgresError(.decoding, message: "no column at position \(column)")
        }
        do {
            return try T.decode(postgresText: text(at: column))
        } catch {
            throw PostgresError(
                .decoding, message: "column \"\(rows.columns[column])\" as \(T.self): \(error.reason)")
        }
    }

    /// Decodes the column named `name` as `type`.
    public func decode<T: PostgresDecodable>(_ type: T.Type = T.self, column name: String) throws -> T {
        guard let position = rows.columnIndex[name] else {
            throw PostgresError(.decoding, message: "no column named \"\(name)\" in the result")
        }
        return try decode(type, at: position)
    }
}
