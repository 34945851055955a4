import Foundation
import LiaisonDomain
import LiaisonPostgres

/// Merging a duplicate person or organisation into the record kept.
public enum MergeStore {
    public enum Kind: String, Sendable { case person, organization }

    /// Moves every meeting, position, affiliation, follow-up and influence rating of `other` to
    /// `keep`, adds the other's spellings to the kept record's, archives the other with a pointer
    /// to the kept one, and records the merge in the audit trail: all in the caller's transaction.
    public static func merge(_ kind: Kind, keep: UUID, other: UUID, on connection: PostgresConnection) async throws {
        if keep == other { throw DomainError.invalid([FieldProblem(field: "other", reason: "is the record itself")]) }
        let table: VersionedTable = kind == .person ? .people : .organizations
        // Lock both, in a fixed order so that two merges of the same pair cannot deadlock; the
        // locks and their checks go with the read of both records' spellings.
        for id in [keep, other].sorted(by: { $0.uuidString < $1.uuidString }) {
            RecordLock.queueForEdit(
                table, id: id, expectedVersion: nil,
                archived: id == keep
                    ? "the record to keep is archived; restore it first"
                    : "the other record is archived (already merged?); restore it to merge it",
                missing: id == other ? .invalid([FieldProblem(field: "other", reason: RecordLock.missing(table, id))]) : nil,
                on: connection)
        }
        let names = kind == .person ? "name, alternate_names" : "name, aliases"
        let source = kind == .person ? "people" : "organizations"
        let rows = try await connection.query(
            "SELECT id, \(names) FROM \(source) WHERE id = ANY($1::uuid[])", [[keep.uuidString, other.uuidString]])
        var spellings: [UUID: (name: String, others: [String])] = [:]
        for row in rows { spellings[try row.decode(UUID.self, at: 0)] = (try row.decode(String.self, at: 1), try row.decode([String].self, at: 2)) }
        guard let kept = spellings[keep], let merged = spellings[other] else { throw DomainError.notFound("no such record") }

        if kind == .organization {
            // Hierarchy changes take turns (see OrganizationStore.update).
            try await connection.query("SELECT pg_advisory_xact_lock($1)", [OrganizationStore.hierarchyLockKey])
        }
        try await connection.query(kind == .person ? "SELECT merge_people($1, $2)" : "SELECT merge_organizations($1, $2)", [keep, other])

        // The other's spellings become the kept record's, without repeats (at most 50).
        var others = kept.others
        // Every other spelling is kept, even one that folds to the same key (another script is worth keeping).
        for name in [merged.name] + merged.others
        where name.lowercased() != kept.name.lowercased() && !others.contains(where: { $0.lowercased() == name.lowercased() }) {
            others.append(name)
        }
        if others.count > 50 {
            throw DomainError.invalid([FieldProblem(field: "other", reason: "together the two would have \(others.count) spellings; at most 50")])
        }
        try await connection.query(
            kind == .person
                ? "UPDATE people SET alternate_names = $2, version = version + 1, updated_at = now() WHERE id = $1"
                : "UPDATE organizations SET aliases = $2, version = version + 1, updated_at = now() WHERE id = $1",
            [keep, others])
        try await connection.query(
            kind == .person
                ? "UPDATE people SET merged_into = $2, archived_at = now(), version = version + 1, updated_at = now() WHERE id = $1"
                : "UPDATE organizations SET merged_into = $2, archived_at = now(), version = version + 1, updated_at = now() WHERE id = $1",
            [other, keep])
        try await connection.query(
            """
            INSERT INTO audit_log (user_id, action, record_type, record_id, confidentiality, before, after)
            VALUES (request_user(), 'merge', $1, $2, 'unclassified',
                    jsonb_build_object('merged', $3::text, 'name', $4::text), jsonb_build_object('kept', $2::text))
            """, [source, keep, other.uuidString.lowercased(), merged.name])
        SearchStore.put(keep, kind: kind == .person ? .person : .organization, names: [kept.name] + others, on: connection)
        SearchStore.put(other, kind: kind == .person ? .person : .organization, names: [merged.name] + merged.others, on: connection)
    }
}
