import CLibPQ
import Foundation

extension PostgresSession {
    /// One round trip for several statements: each sent with its parameters, then a sync point,
    /// then each one's results read in order. A statement with a handler in `streaming` (by its
    /// index) has its rows handed to it one at a time as they arrive (single-row mode) instead
    /// of their being returned.
    func pipelineBlocking(
        _ statements: [PostgresStatement], streaming: [Int: @Sendable (PostgresRow) throws -> Void] = [:]
    ) throws -> [PostgresRows] {
        rowsBeforeFailure = []
        sentLastPipeline = false
        guard let handle else { throw PostgresError(.connectionLost, message: "the connection is closed") }
        // Every parameter is checked before anything is sent.
        let encoded = try statements.map { try EncodedParameters($0.parameters) }
        guard PQenterPipelineMode(handle) == 1 else { throw Self.unanswered(handle) }
        var failure: (any Error)?
        var failedAt: Int?  // the statement whose result failed, when one did
        var sent = 0
        // Statements prepared in this pipeline, by index: kept once their preparation succeeds.
        var preparing: [Int: (key: PreparedKey, name: String)] = [:]
        for (index, (statement, parameters)) in zip(statements, encoded).enumerated() {
            let key = PreparedKey(sql: statement.sql, types: parameters.types)
            var name = prepared[key] ?? preparing.values.first { $0.key == key }?.name
            if name == nil, prepared.count + preparing.count < Self.preparedLimit, Self.worthPreparing(statement.sql) {
                preparedNames += 1
                let fresh = "liaison_\(preparedNames)"
                let accepted = parameters.withPointers { count, types, _ in PQsendPrepare(handle, fresh, statement.sql, count, types) }
                guard accepted == 1 else {
                    failure = Self.unanswered(handle)
                    break
                }
                preparing[index] = (key, fresh)
                name = fresh
            }
            let accepted = parameters.withPointers { count, types, values in
                // Results in binary: ids, times and numbers are read without parsing text.
                if let name { return PQsendQueryPrepared(handle, name, count, values, nil, nil, 1) }
                return PQsendQueryParams(handle, statement.sql, count, types, values, nil, nil, 1)
            }
            guard accepted == 1 else {
                failure = Self.unanswered(handle)
                break
            }
            sent += 1
        }
        if let failure {
            // Some statements went out and others could not: without its sync point the server
            // applies none of them, and the connection, mid-pipeline, is not used again.
            closeNow()
            throw failure
        }
        sentLastPipeline = true
        guard PQpipelineSync(handle) == 1 else {
            // Without its sync point the pipeline's state is unknown: the connection is not
            // used again.
            let error = failure ?? PostgresError(.connectionLost, message: Self.errorMessage(handle))
            closeNow()
            throw error
        }
        var results: [PostgresRows] = []
        results.reserveCapacity(sent)
        for index in 0..<sent {
            if let preparation = preparing[index] {
                // The preparation's own result comes first.
                while let result = PQgetResult(handle) {
                    holding(result)
                    defer { release(result) }
                    switch PQresultStatus(result) {
                    case PGRES_COMMAND_OK:
                        prepared[preparation.key] = preparation.name
                    case PGRES_PIPELINE_ABORTED:
                        continue
                    default:
                        if failure == nil {
                            var error = Self.error(from: result, connection: handle)
                            error.pipelineIndex = index
                            failure = error
                        }
                    }
                }
            }
            let take = streaming[index]
            if take != nil { _ = PQsetSingleRowMode(handle) }
            var rows = PostgresRows.command(affectedRows: nil)
            var columns: PostgresRows?
            // Each statement's results end with a NULL; every one is read, whatever happened.
            while let result = PQgetResult(handle) {
                holding(result)
                defer { release(result) }
                switch PQresultStatus(result) {
                case PGRES_SINGLE_TUPLE, PGRES_TUPLES_OK:
                    guard let take else {
                        rows = Self.copyRows(result)
                        continue
                    }
                    if failure == nil && cancelRequested {
                        failure = CancellationError()
                        failedAt = index
                    }
                    guard failure == nil, PQntuples(result) > 0 else { continue }
                    let chunk = columns.map { $0.withValues(Self.copyValues(result)) } ?? Self.copyRows(result)
                    columns = columns ?? chunk
                    do {
                        for row in chunk { try take(row) }
                    } catch {
                        failure = error
                        failedAt = index
                    }
                case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
                    rows = .command(affectedRows: Self.affectedRows(result))
                case PGRES_PIPELINE_ABORTED:
                    continue  // not run: a statement before it failed
                default:
                    if failure == nil {
                        var error = Self.error(from: result, connection: handle)
                        error.pipelineIndex = index
                        failure = error
                        failedAt = index
                    }
                }
            }
            results.append(rows)
            if PQstatus(handle) != CONNECTION_OK { break }
        }
        if PQstatus(handle) == CONNECTION_OK {
            // The sync point's own result closes the pipeline.
            if let sync = PQgetResult(handle) {
                holding(sync)
                let status = PQresultStatus(sync)
                release(sync)
                if status != PGRES_PIPELINE_SYNC && failure == nil {
                    failure = PostgresError(.server, message: "the pipeline ended without its sync point")
                }
            }
            if PQexitPipelineMode(handle) != 1 {
                let error = PostgresError(.connectionLost, message: Self.errorMessage(handle))
                closeNow()
                throw failure ?? error
            }
        } else if failure == nil {
            failure = PostgresError(.connectionLost, message: Self.errorMessage(handle))
        }
        if let lost = failure as? PostgresError, lost.kind == .connectionLost {
            closeNow()  // the session is over even if libpq has not read the end of it yet
        }
        if let failure {
            // The statements before the one that failed (a server error, a fold that threw, a
            // cancellation while rows streamed in) ran: what waits on their rows gets them.
            if let failedAt = failedAt ?? (failure as? PostgresError)?.pipelineIndex {
                rowsBeforeFailure = Array(results.prefix(failedAt))
            }
            throw failure
        }
        return results
    }

    /// Whether a statement is prepared once and its plan kept. Not transaction control (no
    /// plan to keep), and not a statement that tests a parameter for NULL: those are the
    /// catch-all filters (`$2::text IS NULL OR …`) whose best plan depends on which filters a
    /// request gives, so they are planned for each request's values.
    static func worthPreparing(_ sql: String) -> Bool {
        let start = sql.drop { $0.isWhitespace }.prefix(9).uppercased()
        for command in ["BEGIN", "COMMIT", "ROLLBACK", "SET ", "RESET", "SAVEPOINT", "RELEASE", "START"] where start.hasPrefix(command) {
            return false
        }
        return sql.range(of: #"\$[0-9]+(::[A-Za-z_ \[\]]+)?\)? IS (NOT )?NULL"#, options: .regularExpression) == nil
    }

    /// The parameters as libpq takes them: their count, type OIDs and text (NULL for nil).
    static func withParameters<Result>(
        _ parameters: [any PostgresEncodable],
        _ body: (Int32, [Oid], UnsafePointer<UnsafePointer<CChar>?>?) throws -> Result
    ) throws -> Result {
        try EncodedParameters(parameters).withPointers(body)
    }

    /// Runs `COPY … FROM STDIN`, handing `produce` a way to send the data (see
    /// `PostgresConnection.copyIn`).
    func copyInBlocking(_ sql: String, _ produce: (_ write: (String) throws -> Void) throws -> Void) throws -> Int {
        guard let handle else { throw PostgresError(.connectionLost, message: "the connection is closed") }
        guard let start = PQexec(handle, sql) else { throw Self.unanswered(handle) }
        guard PQresultStatus(start) == PGRES_COPY_IN else {
            defer { PQclear(start) }
            throw Self.error(from: start, connection: handle)
        }
        PQclear(start)
        var failure: (any Error)?
        do {
            try produce { chunk in
                let bytes = Array(chunk.utf8)
                let sent = bytes.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
                }
                if sent != 1 { throw PostgresError(.connectionLost, message: Self.errorMessage(handle)) }
            }
        } catch {
            failure = error
        }
        let ended = PQputCopyEnd(handle, failure == nil ? nil : "the rows could not be produced")
        var loaded = 0
        var refused: PostgresError?
        while let result = PQgetResult(handle) {
            if PQresultStatus(result) == PGRES_COMMAND_OK {
                loaded = Self.affectedRows(result) ?? 0
            } else if refused == nil {
                refused = Self.error(from: result, connection: handle)
            }
            PQclear(result)
        }
        if let failure { throw failure }
        if let refused { throw refused }
        if ended != 1 { throw PostgresError(.connectionLost, message: Self.errorMessage(handle)) }
        return loaded
    }

    /// A result's column names, types and formats, and every value (`copyValues`).
    static func copyRows(_ result: OpaquePointer) -> PostgresRows {
        let columnCount = Int(PQnfields(result))
        var columns: [String] = []
        var types: [PostgresType] = []
        var binary: [Bool] = []
        for column in 0..<Int32(columnCount) {
            columns.append(String(cString: PQfname(result, column)))
            types.append(PostgresType(rawValue: UInt32(PQftype(result, column))))
            binary.append(PQfformat(result, column) == 1)
        }
        return PostgresRows(
            columns: columns, columnTypes: types, columnIsBinary: binary, values: copyValues(result),
            affectedRows: affectedRows(result))
    }

    /// Every value of a result, row after row, copied into one buffer.
    static func copyValues(_ result: OpaquePointer) -> PostgresRows.Values {
        let rowCount = PQntuples(result), columnCount = PQnfields(result)
        var values = PostgresRows.Values()
        let cells = Int(rowCount * columnCount)
        values.starts.reserveCapacity(cells)
        values.lengths.reserveCapacity(cells)
        var total = 0
        for row in 0..<rowCount {
            for column in 0..<columnCount { total += Int(PQgetlength(result, row, column)) }
        }
        values.bytes.reserveCapacity(total)
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                values.starts.append(values.bytes.count)
                if PQgetisnull(result, row, column) == 1 {
                    values.lengths.append(-1)
                    continue
                }
                let length = PQgetlength(result, row, column)
                values.lengths.append(length)
                if length > 0, let start = PQgetvalue(result, row, column) {
                    start.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                        values.bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: Int(length)))
                    }
                }
            }
        }
        return values
    }

    static func affectedRows(_ result: OpaquePointer) -> Int? {
        guard let text = PQcmdTuples(result) else { return nil }
        return Int(String(cString: text))
    }
}

/// What a prepared statement is known by on a connection: its text and its parameters' types.
struct PreparedKey: Hashable {
    var sql: String
    var types: [Oid]
}

/// A statement's parameters in libpq's form, C strings owned until this is released.
final class EncodedParameters {
    private var texts: [UnsafeMutablePointer<CChar>?] = []
    private(set) var types: [Oid] = []

    init(_ parameters: [any PostgresEncodable]) throws {
        texts.reserveCapacity(parameters.count)
        types.reserveCapacity(parameters.count)
        for (index, parameter) in parameters.enumerated() {
            let value = parameter.postgresText
            if let value, value.utf8.contains(0) {
                throw PostgresError(
                    .invalidParameter,
                    message: "parameter $\(index + 1) contains a NUL character, which PostgreSQL cannot store")
            }
            texts.append(value.map { strdup($0) } ?? nil)
            types.append(Oid(type(of: parameter).postgresType.rawValue))
        }
    }

    deinit { texts.forEach { free($0) } }

    func withPointers<Result>(_ body: (Int32, [Oid], UnsafePointer<UnsafePointer<CChar>?>?) throws -> Result) rethrows -> Result {
        try texts.withUnsafeBufferPointer { values in
            try values.withMemoryRebound(to: UnsafePointer<CChar>?.self) { values in
                try body(Int32(types.count), types, values.baseAddress)
            }
        }
    }
}
