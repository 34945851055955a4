/// The rows a statement returned, copied out of libpq's result (which is freed at once): every
/// value's bytes in one buffer, in the format each column arrived in.
public struct PostgresRows: Sendable, RandomAccessCollection {
    /// Column names in result order.
    public let columns: [String]
    /// Column type OIDs in result order.
    public let columnTypes: [PostgresType]
    /// Whether each column arrived in PostgreSQL's binary format (else text).
    let columnIsBinary: [Bool]
    /// The number of rows the statement affected (`INSERT`, `UPDATE`, `DELETE`, ...), when it says.
    public let affectedRows: Int?
    let storage: Values
    let columnIndex: [String: Int]

    /// Every value of a result, row after row: where its bytes start in `bytes` and how many
    /// there are (-1 for NULL).
    struct Values: Sendable {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var lengths: [Int32] = []
        static let empty = Values()
    }

    init(columns: [String], columnTypes: [PostgresType], columnIsBinary: [Bool], values: Values, affectedRows: Int?) {
        self.columns = columns
        self.columnTypes = columnTypes
        self.columnIsBinary = columnIsBinary
        self.storage = values
        self.affectedRows = affectedRows
        var index: [String: Int] = [:]
        for (position, name) in columns.enumerated() where index[name] == nil { index[name] = position }
        self.columnIndex = index
    }

    /// A result with no rows, only a count of those affected.
    static func command(affectedRows: Int?) -> PostgresRows {
        PostgresRows(columns: [], columnTypes: [], columnIsBinary: [], values: .empty, affectedRows: affectedRows)
    }

    /// Other values under the same columns (the rows of one statement, one at a time).
    func withValues(_ values: Values) -> PostgresRows {
        PostgresRows(columns: columns, columnTypes: columnTypes, columnIsBinary: columnIsBinary, columnIndex: columnIndex, values: values)
    }

    private init(columns: [String], columnTypes: [PostgresType], columnIsBinary: [Bool], columnIndex: [String: Int], values: Values) {
        (self.columns, self.columnTypes, self.columnIsBinary, self.columnIndex, self.storage, self.affectedRows) =
            (columns, columnTypes, columnIsBinary, columnIndex, values, nil)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { columns.isEmpty ? 0 : storage.lengths.count / columns.count }
    public subscript(position: Int) -> PostgresRow { PostgresRow(rows: self, row: position) }

    func cell(row: Int, column: Int) -> PostgresCell {
        let index = row * columns.count + column
        let length = Int(storage.lengths[index])
        let start = storage.starts[index]
        return PostgresCell(
            type: columnTypes[column], isBinary: columnIsBinary[column],
            bytes: length < 0 ? nil : storage.bytes[start..<start + length])
    }
}

/// One row of a result; decode its columns by position or by name.
public struct PostgresRow: Sendable {
    let rows: PostgresRows
    let row: Int

    /// The value at `column` (0-based) as it arrived.
    public func cell(at column: Int) throws -> PostgresCell {
        guard column >= 0, column < rows.columns.count else {
            throw PostgresError(.decoding, message: "no column at position \(column)")
        }
        return rows.cell(row: row, column: column)
    }

    /// Decodes the column at `column` (0-based) as `type`.
    public func decode<T: PostgresDecodable>(_ type: T.Type = T.self, at column: Int) throws -> T {
        let cell = try cell(at: column)
        do {
            return try T.decode(cell)
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
