import Foundation
import LiaisonDomain
import LiaisonPostgres

/// SQL for issues.
public enum IssueStore {
    static let columns = """
        i.id, i.title, i.description, i.objectives, i.version, i.created_at, i.updated_at, i.archived_at, lower(i.title)
        FROM issues i
        """

    static func decode(_ row: PostgresRow) throws -> Issue {
        Issue(
            metadata: try RecordMetadata(row, id: 0, version: 4),
            details: IssueDetails(
                title: try row.decode(String.self, at: 1), description: try row.decode(String.self, at: 2),
                objectives: try row.decode([String].self, at: 3).compactMap(Objective.init(rawValue:))))
    }

    static func duplicateTitle(_ error: any Error) -> any Error {
        guard let error = error as? PostgresError, error.constraint == "issues_title_key" else { return error }
        return DomainError.invalid([FieldProblem(field: "title", reason: "another current issue already has this title")])
    }

    public static func get(_ id: UUID, on connection: PostgresConnection) async throws -> Issue {
        let rows = try await connection.query("SELECT \(columns) WHERE i.id = $1", [id])
        guard let row = rows.first else { throw DomainError.notFound("no issue with id \(id.uuidString.lowercased())") }
        return try decode(row)
    }

    public static func create(_ details: IssueDetails, on connection: PostgresConnection) async throws -> Issue {
        do {
            let rows = try await connection.query(
                "INSERT INTO issues (title, description, objectives) VALUES ($1, $2, $3) RETURNING id",
                [details.title, details.description, details.objectives.map(\.rawValue)])
            return try await get(try rows[0].decode(UUID.self, at: 0), on: connection)
        } catch {
            throw duplicateTitle(error)
        }
    }

    public static func update(
        _ id: UUID, _ details: IssueDetails, expectedVersion: Set<Int>?, endingTransaction: Bool = false,
        on connection: PostgresConnection
    ) async throws -> Issue {
        RecordLock.queueForEdit(
            .issues, id: id, expectedVersion: expectedVersion, archived: "the issue is archived; restore it before editing", on: connection)
        do {
            // The change goes with the read back: a title already taken fails that round trip.
            connection.sendWithNext(
                """
                UPDATE issues SET title = $2, description = $3, objectives = $4, version = version + 1, updated_at = now()
                WHERE id = $1
                """, [id, details.title, details.description, details.objectives.map(\.rawValue)])
            if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
            return try await get(id, on: connection)
        } catch {
            throw duplicateTitle(error)
        }
    }

    public static func setArchived(
        _ archived: Bool, _ id: UUID, expectedVersion: Set<Int>?, endingTransaction: Bool = false, on connection: PostgresConnection
    ) async throws -> Issue {
        do {
            // The change goes out with the read back: a title taken meanwhile fails that.
            RecordLock.setArchived(archived, .issues, id: id, expectedVersion: expectedVersion, on: connection)
            if endingTransaction { connection.commitWithNextRoundTrip(afterWrites: true) }
            return try await get(id, on: connection)
        } catch {
            throw duplicateTitle(error)
        }
    }

    public static func list(
        text: String?, objective: String?, archived: Bool, limit: Int?, cursor: String?, on connection: PostgresConnection
    ) async throws -> Page<Issue> {
        let limit = try PageSize.validated(limit)
        let after = try Cursor.decode(cursor, count: 2, idAt: 1)
        if let objective, Objective(rawValue: objective) == nil {
            throw DomainError.invalid([FieldProblem(field: "objective", reason: "'\(objective)' is not an objective (a, b, c or d)")])
        }
        let rows = try await connection.query(
            """
            SELECT \(columns)
            WHERE (i.archived_at IS NOT NULL) = $1
              AND ($2::text IS NULL OR strpos(lower(unaccent(i.title || ' ' || i.description)), lower(unaccent($2))) > 0)
              AND ($3::text IS NULL OR $3 = ANY (i.objectives))
              AND ($4::text IS NULL OR (lower(i.title), i.id) > ($4, $5::uuid))
            ORDER BY lower(i.title), i.id
            LIMIT $6
            """, [archived, text.nonEmpty, objective, after?[0], after?[1], limit + 1])
        return try Page(rows: rows, limit: limit, decode: decode) { row, item in [try row.decode(String?.self, at: 8) ?? "", item.metadata.id.uuidString] }
    }
}

extension RecordMetadata {
    /// Reads id, version, created_at, updated_at and archived_at from consecutive columns
    /// (`version` is followed by the three timestamps).
    init(_ row: PostgresRow, id: Int, version: Int) throws {
        self.init(
            id: try row.decode(UUID.self, at: id), version: try row.decode(Int.self, at: version),
            createdAt: try row.decode(Date.self, at: version + 1), updatedAt: try row.decode(Date.self, at: version + 2),
            archivedAt: try row.decode(Date?.self, at: version + 3))
    }
}

extension Page {
    /// The first `limit` rows as items; when there are more, a cursor made of the last item's sort key.
    init(
        rows: PostgresRows, limit: Int, decode: (PostgresRow) throws -> Item,
        sortKey: (PostgresRow, Item) throws -> [String]
    ) throws {
        let items = try rows.prefix(limit).map(decode)
        var next: String?
        if rows.count > limit, let last = items.last {
            next = Cursor.encode(try sortKey(rows[limit - 1], last))
        }
        self.init(items: items, nextCursor: next)
    }
}

extension Optional where Wrapped == String {
    /// Nil for nil, empty or blank text; otherwise the text trimmed.
    var nonEmpty: String? {
        guard let self else { return nil }
        let trimmed = self.trimmed
        return trimmed.isEmpty ? nil : trimmed
    }
}
