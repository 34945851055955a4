import Foundation
import LiaisonDomain
import LiaisonPostgres

/// The tables whose records carry a version and can be archived. The raw values are the only
/// identifiers ever placed into SQL text, and they are constants.
enum VersionedTable: String, Sendable {
    case organizations, people, affiliations, issues, meetings, commitments

    /// The name used in error messages.
    var noun: String {
        switch self {
        case .organizations: return "organisation"
        case .people: return "person"
        case .affiliations: return "affiliation"
        case .issues: return "issue"
        case .meetings: return "meeting"
        case .commitments: return "commitment"
        }
    }
}

enum RecordLock {
    /// Queues the lock of a record and its checks for an edit, to go ahead of the change and its
    /// read back in their round trip: the change does not wait on them. No such record is a 404
    /// (or `missing`); a version the caller did not name in `expectedVersion` (an If-Match's;
    /// nil means any) a 412; an archived record, when `archived` says why it may not be, a 409.
    /// The checks fail in the database (`lock_for_edit`, migration 0018), so a refusal fails the
    /// round trip and nothing sent with it takes effect, not even a `COMMIT` sent with it
    /// (`commitWithNextRoundTrip`); the request answers with the refusal.
    static func queueForEdit(
        _ table: VersionedTable, id: UUID, expectedVersion: Set<Int>?, archived: String?, missing: DomainError? = nil,
        on connection: PostgresConnection
    ) {
        connection.sendWithNext(
            "SELECT lock_for_edit($1::regclass, $2, $3::integer[], $4)",
            [table.rawValue, id, expectedVersion.map { $0.sorted().map(String.init) }, archived],
            failure: { error -> any Error in
                switch error.sqlState?.rawValue {
                case "LQ404": return missing ?? DomainError.notFound(RecordLock.missing(table, id))
                case "LQ412": return Int(error.message).map { DomainError.versionMismatch(current: $0) } ?? error
                case "LQ409": return DomainError.conflict(error.message)
                default: return error
                }
            })
    }

    static func missing(_ table: VersionedTable, _ id: UUID) -> String { "no \(table.noun) with id \(id.uuidString.lowercased())" }

    /// Queues archiving or restoring a record, with its lock and checks (`queueForEdit`), to go
    /// with the read back that every caller makes next: one round trip for all. The version
    /// rises by one; doing it twice changes nothing (the change applies only to a record not yet
    /// in that state).
    static func setArchived(
        _ archived: Bool, _ table: VersionedTable, id: UUID, expectedVersion: Set<Int>?, on connection: PostgresConnection
    ) {
        queueForEdit(table, id: id, expectedVersion: expectedVersion, archived: nil, on: connection)
        // A merged record brought back stands on its own again.
        let unmerged = !archived && [.people, .organizations].contains(table) ? ", merged_into = NULL" : ""
        connection.sendWithNext(
            """
            UPDATE \(table.rawValue) SET archived_at = \(archived ? "now()" : "NULL")\(unmerged), version = version + 1, updated_at = now()
            WHERE id = $1 AND archived_at IS \(archived ? "" : "NOT ")NULL
            """, [id])
    }
}

/// Keyset pagination cursors: the sort key of the last row of a page, opaque to clients.
enum Cursor {
    static func encode(_ values: [String]) -> String {
        let data = (try? JSONEncoder().encode(values)) ?? Data()
        return data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// As `decode(_:count:)`, also checking that the value at `idAt` is an id and that the
    /// values pass `valid` (so that a tampered cursor is a 422, not a failed cast in SQL).
    static func decode(
        _ text: String?, count: Int, idAt: Int, valid: ([String]) -> Bool = { _ in true }
    ) throws(DomainError) -> [String]? {
        let values = try decode(text, count: count)
        if let values, UUID(uuidString: values[idAt]) == nil || !valid(values) {
            throw .invalid([FieldProblem(field: "cursor", reason: "is not a cursor this server gave out")])
        }
        return values
    }

    static func decode(_ text: String?, count: Int) throws(DomainError) -> [String]? {
        guard let text, !text.isEmpty else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64),
            let values = try? JSONDecoder().decode([String].self, from: data), values.count == count
        else { throw .invalid([FieldProblem(field: "cursor", reason: "is not a cursor this server gave out")]) }
        return values
    }
}

/// Page sizes: 1-200, 50 when not given.
enum PageSize {
    static func validated(_ limit: Int?) throws(DomainError) -> Int {
        let limit = limit ?? 50
        guard (1...200).contains(limit) else {
            throw .invalid([FieldProblem(field: "limit", reason: "must be between 1 and 200 (got \(limit))")])
        }
        return limit
    }
}

extension PostgresDate {
    init(_ date: CalendarDate) { self.init(year: date.year, month: date.month, day: date.day) }
}

extension CalendarDate {
    init(_ date: PostgresDate) { self.init(year: date.year, month: date.month, day: date.day) }
}

/// Turns the database's refusal of a reference (a foreign key) or a duplicate into a field problem.
struct ConstraintMessages {
    var fields: [String: (field: String, reason: String)]

    func map(_ error: any Error) -> any Error {
        guard let error = error as? PostgresError, error.kind == .server, let constraint = error.constraint,
            let entry = fields[constraint]
        else { return error }
        return DomainError.invalid([FieldProblem(field: entry.field, reason: entry.reason)])
    }
}

/// A look that refuses in the database (`refuse`, migration 0020): when it finds anything, its
/// statement raises with SQLSTATE `code` and what it found as a JSON array in the error's
/// DETAIL, so that the round trip fails and nothing sent with it takes effect, `COMMIT`
/// included; the store then words the refusal from the rows read back from the DETAIL.
struct Refusal<Row: Decodable> {
    /// The SQLSTATE it raises with (five letters or digits, a constant).
    let code: String

    /// `SELECT refuse(…)` over `element` (an expression of `source`'s columns, optionally
    /// followed by `ORDER BY …`) for each row of `source`.
    func select(_ element: String, from source: String) -> String {
        "SELECT refuse('\(code)', (SELECT jsonb_agg(\(element)) FROM \(source)))"
    }

    /// What the look found, when `error` is its refusal; otherwise nil.
    func found(in error: PostgresError) -> [Row]? {
        guard error.sqlState?.rawValue == code, let detail = error.detail else { return nil }
        return try? JSONDecoder().decode([Row].self, from: Data(detail.utf8))
    }
}
