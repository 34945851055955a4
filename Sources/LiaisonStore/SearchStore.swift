import Foundation
import LiaisonDomain
import LiaisonPostgres

/// One thing found by a search.
public struct SearchHit: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case person, organization, issue, meeting }
    public var kind: Kind
    public var id: UUID
    /// The name, title or subject.
    public var title: String
    /// Where it belongs: a person's role, an organisation's sector, a meeting's date.
    public var detail: String
    /// For meetings and issues: the words matched, marked «like this».
    public var snippet: String?
    /// From 0 to 1, higher first.
    public var score: Double
    /// How it matched: name (the whole name), word (one word of it), sound (its consonants, across
    /// scripts), part (the start of a word of it), similar (a name like it), words (an issue's or
    /// meeting's text).
    public var match: String
    /// The query says this very name (in some spelling), not only something like it.
    public var exact: Bool
}

/// Search keys of people and organisations, searching, and duplicate detection.
public enum SearchStore {
    /// Writes the search keys of a person's or organisation's spellings.
    /// Queued to go in one round trip with the next statement (`sendWithNext`): an error in it
    /// is thrown by that statement.
    public static func put(_ id: UUID, kind: SearchHit.Kind, names: [String], on connection: PostgresConnection) {
        let (keys, folded) = entry(names)
        connection.sendWithNext(
            """
            INSERT INTO search_names (record_id, kind, keys, folded, rules) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (record_id) DO UPDATE SET keys = EXCLUDED.keys, folded = EXCLUDED.folded, rules = EXCLUDED.rules
            """, [id, kind.rawValue, keys, folded, NameKey.version])
    }

    /// Queues a new person's or organisation's row (`insert`, whose `$1` is the id made here),
    /// its search names and its rating, to go out with the next statement: returns the id.
    /// With `refusingDuplicates`, the look for names too close to a recorded one's goes ahead
    /// of the row (`refuseDuplicates`), in the same round trip.
    static func queueNewStakeholder(
        _ kind: SearchHit.Kind, insert: String, _ values: [any PostgresEncodable], names: [String], influence: Influence?,
        refusingDuplicates: Bool, on connection: PostgresConnection
    ) -> UUID {
        if refusingDuplicates { refuseDuplicates(of: names, kind: kind, on: connection) }
        let id = UUID.timeOrdered()
        connection.sendWithNext(insert, [id] + values)
        put(id, kind: kind, names: names, on: connection)
        if let influence { rate(id, kind, influence, on: connection) }
        return id
    }

    /// Queues a person's or organisation's rating, to go with the next statement, unless it is
    /// the one in force (the latest by date, as a record is read), so that an edit that repeats
    /// the rating adds nothing to its history. Decided by the statement itself, with no read
    /// before it.
    static func rate(_ id: UUID, _ kind: SearchHit.Kind, _ influence: Influence, on connection: PostgresConnection) {
        connection.sendWithNext(
            """
            INSERT INTO influence_ratings (\(kind == .person ? "person_id" : "organization_id"), rating, as_of)
            SELECT $1, $2, $3
            WHERE NOT EXISTS (
                SELECT FROM (
                    SELECT rating, as_of FROM influence_ratings r WHERE r.stakeholder_id = $1 ORDER BY as_of DESC, id DESC LIMIT 1
                ) latest
                WHERE latest.rating = $2 AND latest.as_of = $3)
            """,
            [id, influence.rating, PostgresDate(influence.asOf)])
    }

    /// A record's row: its spellings' keys, and their Latin keys together for parts and typos.
    static func entry(_ names: [String]) -> (keys: [String], folded: String) {
        (NameKey.searchKeys(names), names.map(NameKey.key).filter { !$0.isEmpty }.joined(separator: " "))
    }

    /// Computes the keys of every person and organisation that has none, or has them under older
    /// rules (after an upgrade, or data loaded by SQL such as the demo). Returns how many.
    @discardableResult
    public static func refresh(on connection: PostgresConnection) async throws -> Int {
        var done = 0
        while true {
            let rows = try await connection.query(
                """
                SELECT r.id, r.kind, r.names FROM (
                    SELECT id, 'person' AS kind, name || alternate_names AS names FROM people
                    UNION ALL
                    SELECT id, 'organization', name || aliases FROM organizations) r
                LEFT JOIN search_names s ON s.record_id = r.id
                WHERE s.record_id IS NULL OR s.rules < $1
                LIMIT 500
                """, [NameKey.version])
            if rows.isEmpty { return done }
            // The batch's keys in one statement. Keys are letters, digits, spaces and the markers
            // ~ ^ =, so U+001F can join each record's keys into one text for unnest.
            var ids: [String] = [], kinds: [String] = [], keys: [String] = [], folded: [String] = []
            for row in rows {
                let (rowKeys, rowFolded) = entry(try row.decode([String].self, at: 2))
                ids.append(try row.decode(UUID.self, at: 0).uuidString)
                kinds.append(try row.decode(String.self, at: 1))
                keys.append(rowKeys.joined(separator: "\u{1F}"))
                folded.append(rowFolded)
            }
            try await connection.query(
                """
                INSERT INTO search_names (record_id, kind, keys, folded, rules)
                SELECT r.id, r.kind, string_to_array(r.keys, chr(31)), r.folded, $5
                FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS r(id, kind, keys, folded)
                ON CONFLICT (record_id) DO UPDATE SET keys = EXCLUDED.keys, folded = EXCLUDED.folded, rules = EXCLUDED.rules
                """, [ids, kinds, keys, folded, NameKey.version])
            done += rows.count
        }
    }

    /// Current people (or organisations) that a new record with these spellings would duplicate:
    /// the same name by the folding rules, or one letter away from it (a typing slip) with the
    /// same digits. Trigram similarity only finds the rows to compare: it cannot tell "Ministry of
    /// Justise" (a slip) from "Social Democratic Party" beside "Democratic Party" (another party).
    public static func duplicates(
        of names: [String], kind: SearchHit.Kind, excluding: UUID? = nil, on connection: PostgresConnection
    ) async throws -> [SimilarRecord] {
        let look = duplicatesStatement(of: names, kind: kind, excluding: excluding)
        return try similarRecords(try await connection.query(look.sql, look.parameters))
    }

    static func similarRecords(_ rows: PostgresRows) throws -> [SimilarRecord] {
        try rows.map { SimilarRecord(id: try $0.decode(UUID.self, at: 0), name: try $0.decode(String.self, at: 1)) }
    }

    /// The look for records like `names` (see `duplicates`), as a query to send.
    static func duplicatesStatement(
        of names: [String], kind: SearchHit.Kind, excluding: UUID? = nil
    ) -> (sql: String, parameters: [any PostgresEncodable]) {
        var exact: [String] = [], loose: [String] = []
        for name in names {
            let keys = NameKey.queryKeys(name)
            exact += keys.exact
            loose += keys.loose.filter { $0.contains(" ") || NameKey.words(name).count == 1 }  // whole names only
        }
        // One letter away counts only for organisations' longer names: people's names are short,
        // and one letter is often another person (Aziz, Aziza).
        let folded = kind == .organization && NameKey.key(names.first ?? "").count >= 12 ? NameKey.key(names.first ?? "") : ""
        return (
            """
            WITH hits AS (
                SELECT s.record_id FROM search_names s
                WHERE s.kind = $1
                  AND (s.keys && $2::text[] OR s.keys && $3::text[]
                       OR ($4 <> '' AND length($4) <= 255 AND s.keys[1] % $4 AND length(s.keys[1]) <= 255
                           AND levenshtein_less_equal(s.keys[1], $4, 1) <= 1 AND regexp_replace(s.keys[1], '[^0-9]', '', 'g') = $6))
            )
            -- Names only for what matched, each found by its id.
            SELECT r.id, r.name FROM hits h
            CROSS JOIN LATERAL (
                SELECT p.id, p.name FROM people p WHERE p.id = h.record_id AND p.archived_at IS NULL
                UNION ALL
                SELECT o.id, o.name FROM organizations o WHERE o.id = h.record_id AND o.archived_at IS NULL
            ) r
            WHERE $5::uuid IS NULL OR r.id <> $5
            ORDER BY r.name, r.id
            LIMIT 10
            """, [kind.rawValue, exact, loose, folded, excluding, folded.filter(\.isNumber)]
        )
    }

    /// Queues the refusal of a new record that looks like one already there (see `duplicates`),
    /// to go ahead of the record's own insert. The look runs before the insert in the same round
    /// trip, so it cannot see the new row; when it finds one it raises (`refuse`, migration
    /// 0020), so the round trip fails and nothing sent with it takes effect, `COMMIT` included,
    /// and its refusal, worded from what it found, is what the request reports.
    static func refuseDuplicates(of names: [String], kind: SearchHit.Kind, on connection: PostgresConnection) {
        // Two creates of one name at once take turns, so that the second sees the first.
        // The locks go in the same round trip as the check, ahead of it.
        for key in Set(names.map(NameKey.key)).sorted() where !key.isEmpty {
            connection.sendWithNext("SELECT pg_advisory_xact_lock(hashtext($1))", ["\(kind.rawValue) \(key)"])
        }
        let look = duplicatesStatement(of: names, kind: kind)
        connection.sendWithNext(
            duplicateRefusal.select("jsonb_build_object('id', r.id, 'name', r.name) ORDER BY r.name, r.id", from: "(\(look.sql)) r"),
            look.parameters,
            failure: { error in
                guard let found = duplicateRefusal.found(in: error) else { return error }
                let similar = found.map { SimilarRecord(id: $0.id, name: $0.name) }
                let noun = kind == .person ? "A person" : "An organisation"
                return DomainError.duplicate(
                    "\(noun) with this name or a very similar one is already recorded: "
                        + similar.map { "\($0.name) (\($0.id.uuidString.lowercased()))" }.joined(separator: "; ")
                        + ". Use that record, merge the two later, or send the request again with force=true to add this one anyway.",
                    similar)
            })
    }

    /// A likely duplicate found: its id and name.
    struct Found: Decodable {
        var id: UUID
        var name: String
    }
    static let duplicateRefusal = Refusal<Found>(code: "LQDUP")

    /// People, organisations, issues and meetings matching `query`, best first. Names match in any
    /// script or spelling (NameKey), by part, and with typos (trigram similarity); meetings and
    /// issues match by their words (English, Russian, or as written). Meetings go through
    /// the clearance rule (`meetings_matching` applies `cleared()`, the policies' own rule, while it
    /// walks the words' index, then the meetings are read under the policy).
    public static func search(
        _ query: String, kinds: Set<SearchHit.Kind>, limit: Int, on connection: PostgresConnection
    ) async throws -> [SearchHit] {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw DomainError.invalid([FieldProblem(field: "q", reason: "must not be empty")]) }
        guard text.count <= 200 else { throw DomainError.invalid([FieldProblem(field: "q", reason: "must be at most 200 characters")]) }
        guard (1...100).contains(limit) else {
            throw DomainError.invalid([FieldProblem(field: "limit", reason: "must be between 1 and 100 (got \(limit))")])
        }
        var namesByKeys: PostgresQuery<PostgresRows?> = .answered(nil)
        var allNames: PostgresQuery<PostgresRows?> = .answered(nil)
        if !kinds.isDisjoint(with: [.person, .organization]) {
            let keys = NameKey.queryKeys(text)
            let folded = NameKey.key(text)
            // Names whose keys match (the very name, a word of it, or its sound) score 0.9 and
            // above, the others (part of a name, a typo) at most 0.89: when the keys alone fill
            // the page, the trigram comparison, by far the costlier, cannot change it.
            func names(keysOnly: Bool) -> PostgresQuery<PostgresRows?> {
                PostgresQuery(
                """
                WITH hits AS (
                    SELECT s.record_id, s.kind,
                           CASE WHEN s.keys && $2::text[] THEN 1.0
                                WHEN s.keys && $6::text[] THEN 0.95
                                WHEN s.keys && $3::text[] THEN 0.9
                                WHEN $4 <> '' AND ' ' || s.folded LIKE '% ' || $4 || '%' THEN least(0.7 + 0.2 * similarity(s.folded, $4), 0.89)
                                ELSE 0.8 * similarity(s.folded, $4) END AS score,
                           s.keys && $2::text[] AS exact,
                           CASE WHEN s.keys && $2::text[] THEN 'name' WHEN s.keys && $6::text[] THEN 'word'
                                WHEN s.keys && $3::text[] THEN 'sound'
                                WHEN $4 <> '' AND ' ' || s.folded LIKE '% ' || $4 || '%' THEN 'part' ELSE 'similar' END AS match
                    FROM search_names s
                    WHERE s.kind = ANY($1::text[])
                      -- Each alternative can walk an index (keys, or the trigrams of folded);
                      -- the word-start test rechecks what the trigrams let through.
                      AND (s.keys && $2::text[] OR s.keys && $3::text[] OR s.keys && $6::text[]
                           \(keysOnly ? "" : """
                           OR ($4 <> '' AND s.folded LIKE '%' || $4 || '%' AND ' ' || s.folded LIKE '% ' || $4 || '%')
                           OR ($4 <> '' AND s.folded % $4)
                           """))
                )
                -- Names only for what matched, each found by its id ...
                , named AS (
                    SELECT h.record_id, h.kind, r.name, r.detail, h.score, h.exact, h.match
                    FROM hits h
                    CROSS JOIN LATERAL (
                        SELECT p.name, NULL::text AS detail FROM people p WHERE p.id = h.record_id AND p.archived_at IS NULL
                        UNION ALL
                        SELECT o.name, o.sector FROM organizations o WHERE o.id = h.record_id AND o.archived_at IS NULL
                    ) r
                    ORDER BY h.score DESC, r.name, h.record_id
                    LIMIT $5
                )
                -- ... and a person's current role only for those shown.
                SELECT n.record_id, n.kind, n.name, coalesce(n.detail, (
                           SELECT a.role || CASE WHEN a.role = '' THEN '' ELSE ', ' END || o.name
                           FROM affiliations a JOIN organizations o ON o.id = a.organization_id
                           WHERE a.person_id = n.record_id AND a.archived_at IS NULL AND a.valid_to IS NULL
                           ORDER BY a.valid_from DESC NULLS LAST LIMIT 1), ''),
                       n.score, n.exact, n.match
                FROM named n
                ORDER BY n.score DESC, n.name, n.record_id
                """,
                [kinds.filter { $0 == .person || $0 == .organization }.map(\.rawValue).sorted(), keys.exact, keys.loose, folded, limit,
                 keys.word]) { $0 }
            }
            namesByKeys = names(keysOnly: true)
            allNames = names(keysOnly: false)
        }
        // Words: the query in English and Russian (stemmed) and as written; snippets highlighted
        // in the language the query is written in.
        let cyrillic = text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
        let headline = cyrillic ? "russian" : "english"
        let words = """
            (SELECT websearch_to_tsquery('english', $1) || websearch_to_tsquery('russian', $1) || websearch_to_tsquery('simple', $1) AS q)
            """
        let options = "StartSel=«, StopSel=», MaxWords=18, MinWords=6, MaxFragments=2, FragmentDelimiter=\" … \""
        let issues: PostgresQuery<[SearchHit]> = !kinds.contains(.issue) ? .answered([]) : PostgresQuery(
            """
            SELECT i.id, i.title, array_to_string(i.objectives, ','), ts_rank(search_vector(i.title, i.description), query.q),
                   ts_headline(\(headline == "russian" ? "'russian'" : "'english'"), i.title || ': ' || i.description, query.q, $2)
            FROM issues i, \(words) AS query
            WHERE i.archived_at IS NULL AND search_vector(i.title, i.description) @@ query.q
            ORDER BY 4 DESC, i.title, i.id
            LIMIT $3
            """, [text, options, limit]
        ) { rows in
            try rows.map { row in
                SearchHit(kind: .issue, id: try row.decode(UUID.self, at: 0), title: try row.decode(String.self, at: 1),
                          detail: "objectives " + (try row.decode(String.self, at: 2)), snippet: try row.decode(String.self, at: 4),
                          score: 0.5 + 0.4 * min(1, try row.decode(Double.self, at: 3)), match: "words", exact: false)
            }
        }
        let meetings: PostgresQuery<[SearchHit]> = !kinds.contains(.meeting) ? .answered([]) : PostgresQuery(
            """
            SELECT m.id, m.subject, to_char(m.starts_at AT TIME ZONE m.time_zone, 'YYYY-MM-DD HH24:MI'),
                   found.rank,
                   ts_headline(\(headline == "russian" ? "'russian'" : "'english'"), m.subject || ': ' || m.notes, query.q, $2)
            FROM \(words) AS query CROSS JOIN LATERAL meetings_matching(query.q, $3::integer) AS found JOIN meetings m ON m.id = found.id
            ORDER BY 4 DESC, m.starts_at DESC, m.id
            """, [text, options, limit]
        ) { rows in
            try rows.map { row in
                SearchHit(kind: .meeting, id: try row.decode(UUID.self, at: 0), title: try row.decode(String.self, at: 1),
                          detail: try row.decode(String.self, at: 2), snippet: try row.decode(String.self, at: 4),
                          score: 0.4 + 0.4 * min(1, try row.decode(Double.self, at: 3)), match: "words", exact: false)
            }
        }
        // Names by their keys, issues and meetings in one round trip; only when the keys do not
        // fill the page, the names again with the costlier comparisons, in a second.
        var (nameRows, issueHits, meetingHits) = try await connection.run(namesByKeys, issues, meetings)
        if let byKeys = nameRows, byKeys.count < limit { nameRows = try await connection.run(allNames) }
        var hits: [SearchHit] = []
        if let nameRows {
            hits += try nameRows.map { row in
                SearchHit(
                    kind: SearchHit.Kind(rawValue: try row.decode(String.self, at: 1)) ?? .person, id: try row.decode(UUID.self, at: 0),
                    title: try row.decode(String.self, at: 2), detail: try row.decode(String.self, at: 3), snippet: nil,
                    score: try row.decode(Double.self, at: 4), match: try row.decode(String.self, at: 6),
                    exact: try row.decode(Bool.self, at: 5))
            }
        }
        hits += issueHits + meetingHits
        return Array(hits.sorted { ($0.score, $1.title, $1.id.uuidString) > ($1.score, $0.title, $0.id.uuidString) }.prefix(limit))
    }
}
