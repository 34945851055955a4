import Foundation
import Subprocess
import SystemPackage

/// The statements liaisond runs to log a meeting (three participants, two positions, one
/// follow-up), as PostgreSQL's statement log shows them, written as a pgbench script, in the
/// same round trips (pgbench's `\startpipeline` and `\endpipeline` around each that carries
/// several): BEGIN with the token's check (which sets the caller's identity) and the
/// idempotency key; the checks of the records named; the inserts with the meeting read back;
/// the stored response with COMMIT. Run as liaison_app, under row-level security, as the server's requests are.
/// This is the ceiling: the same work with no HTTP, no JSON and no Swift in between. (Two
/// differences of form: pgbench reads `:MI` inside a string as a variable, so the meeting's
/// local time is formatted with dots and the dots replaced; and the ids liaisond makes are
/// made from the client and a random number, the follow-up's by `gen_random_uuid()`.)
///
/// A copy by hand: keep it in step with MeetingStore.create and IdempotencyStore.
enum PgBench {
    static let script = """
        \\set o1 random(0, :organizations - 1)
        \\set o2 (:o1 + 1 + random(0, :organizations - 2)) % :organizations
        \\set p1 random(0, :people - 1)
        \\set i1 random(0, :issues - 1)
        \\set i2 random(0, :issues - 1)
        \\set k random(1, 1000000000000)
        SET ROLE liaison_app;
        \\startpipeline
        BEGIN;
        SELECT * FROM authenticate_request(:token::text, 'officer');
        INSERT INTO idempotency_keys (scope, user_id, key, request, response_status, response) VALUES ('meetings.create', coalesce(request_user(), '00000000-0000-0000-0000-000000000000'), 'pgbench-' || :client_id::text || '-' || :k::text, repeat('r', 620), 0, '') ON CONFLICT (scope, user_id, key) DO NOTHING RETURNING 1;
        \\endpipeline
        \\startpipeline
        SELECT id, 'person', name, archived_at, merged_into FROM people WHERE id = ANY (ARRAY[('20000000-0000-4000-8000-' || lpad(to_hex(:o1::int), 12, '0'))::uuid, ('30000000-0000-4000-8000-' || lpad(to_hex(:p1::int), 12, '0'))::uuid, ('20000000-0000-4000-8000-' || lpad(to_hex(:o2::int), 12, '0'))::uuid]) UNION ALL SELECT id, 'organization', name, archived_at, merged_into FROM organizations WHERE id = ANY (ARRAY[('20000000-0000-4000-8000-' || lpad(to_hex(:o1::int), 12, '0'))::uuid, ('30000000-0000-4000-8000-' || lpad(to_hex(:p1::int), 12, '0'))::uuid, ('20000000-0000-4000-8000-' || lpad(to_hex(:o2::int), 12, '0'))::uuid]) UNION ALL SELECT id, 'user', display_name, CASE WHEN active THEN NULL ELSE created_at END, NULL FROM users WHERE false;
        SELECT id, archived_at IS NOT NULL FROM issues WHERE id = ANY (ARRAY[('50000000-0000-4000-8000-' || lpad(to_hex(:i1::int), 12, '0'))::uuid, ('50000000-0000-4000-8000-' || lpad(to_hex(:i2::int), 12, '0'))::uuid]);
        SELECT id, 'person', name, archived_at, merged_into FROM people WHERE id = ANY (ARRAY[('30000000-0000-4000-8000-' || lpad(to_hex(:p1::int), 12, '0'))::uuid]) UNION ALL SELECT id, 'organization', name, archived_at, merged_into FROM organizations WHERE id = ANY (ARRAY[('30000000-0000-4000-8000-' || lpad(to_hex(:p1::int), 12, '0'))::uuid]) UNION ALL SELECT id, 'user', display_name, CASE WHEN active THEN NULL ELSE created_at END, NULL FROM users WHERE id = ANY (ARRAY[('30000000-0000-4000-8000-' || lpad(to_hex(:p1::int), 12, '0'))::uuid]);
        \\endpipeline
        \\startpipeline
        INSERT INTO meetings (id, kind, starts_at, time_zone, duration_minutes, place, region, subject, notes, objectives, confidentiality) VALUES ((lpad(to_hex(:client_id::int), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid, 'meeting', '2009-06-12 04:30:00+00', 'Asia/Dushanbe', NULL, 'Dushanbe', NULL, 'pgbench meeting ' || :k::text, '', '{d}', 'unclassified');
        INSERT INTO meeting_participants (meeting_id, person_id, organization_id, listing_order) SELECT (lpad(to_hex(:client_id::int), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid, CASE WHEN k = 'person' THEN s END, CASE WHEN k <> 'person' THEN s END, n - 1 FROM unnest(ARRAY[('20000000-0000-4000-8000-' || lpad(to_hex(:o1::int), 12, '0'))::uuid, ('30000000-0000-4000-8000-' || lpad(to_hex(:p1::int), 12, '0'))::uuid, ('20000000-0000-4000-8000-' || lpad(to_hex(:o2::int), 12, '0'))::uuid], ARRAY['organization', 'person', 'organization']) WITH ORDINALITY AS p(s, k, n);
        INSERT INTO positions (meeting_id, issue_id, person_id, organization_id, stance, quote, stated_at) SELECT (lpad(to_hex(:client_id::int), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid, i, CASE WHEN k = 'person' THEN s END, CASE WHEN k <> 'person' THEN s END, st::smallint, q, '2009-06-12 04:30:00+00' FROM unnest(ARRAY[('20000000-0000-4000-8000-' || lpad(to_hex(:o1::int), 12, '0'))::uuid, ('30000000-0000-4000-8000-' || lpad(to_hex(:p1::int), 12, '0'))::uuid], ARRAY[('50000000-0000-4000-8000-' || lpad(to_hex(:i1::int), 12, '0'))::uuid, ('50000000-0000-4000-8000-' || lpad(to_hex(:i2::int), 12, '0'))::uuid], ARRAY['organization', 'person'], ARRAY['1', '-1'], ARRAY['', '']) AS p(s, i, k, st, q);
        INSERT INTO commitments (id, description, meeting_id, issue_id, owed_by_user_id, owed_by_person_id, owed_by_organization_id, due_on, status, closed_at) VALUES (gen_random_uuid(), 'Send the draft', (lpad(to_hex(:client_id::int), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid, NULL, NULL, ('30000000-0000-4000-8000-' || lpad(to_hex(:p1::int), 12, '0'))::uuid, NULL, '2009-07-01', 'open', NULL) RETURNING id;
        SELECT m.id, m.kind, m.starts_at, m.time_zone, m.duration_minutes, m.place, m.region, m.subject, m.notes, m.objectives, m.confidentiality, m.version, m.created_at, m.updated_at, m.archived_at, replace(to_char(m.starts_at AT TIME ZONE m.time_zone, 'YYYY-MM-DD"T"HH24.MI.SS'), '.', ':'), extract(epoch FROM (m.starts_at AT TIME ZONE m.time_zone) - (m.starts_at AT TIME ZONE 'UTC'))::integer, m.starts_at::text FROM meetings m WHERE m.id = (lpad(to_hex(:client_id::int), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid;
        SELECT mp.meeting_id, mp.stakeholder_id, CASE WHEN p.id IS NOT NULL THEN 'person' ELSE 'organization' END, coalesce(p.name, o.name) FROM meeting_participants mp LEFT JOIN people p ON p.id = mp.person_id LEFT JOIN organizations o ON o.id = mp.organization_id WHERE mp.meeting_id = ANY (ARRAY[(lpad(to_hex(:client_id::int), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid]) ORDER BY mp.listing_order;
        SELECT ms.meeting_id, u.id, u.display_name FROM meeting_staff ms JOIN users u ON u.id = ms.user_id WHERE ms.meeting_id = ANY (ARRAY[(lpad(to_hex(:client_id::int), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid]) ORDER BY u.display_name;
        SELECT ps.meeting_id, ps.stakeholder_id, CASE WHEN p.id IS NOT NULL THEN 'person' ELSE 'organization' END, coalesce(p.name, o.name), ps.id, ps.issue_id, i.title, ps.stance, ps.quote FROM positions ps JOIN issues i ON i.id = ps.issue_id LEFT JOIN people p ON p.id = ps.person_id LEFT JOIN organizations o ON o.id = ps.organization_id WHERE ps.meeting_id = ANY (ARRAY[(lpad(to_hex(:client_id::int), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid]) ORDER BY i.title, coalesce(p.name, o.name);
        SELECT c.id, c.description, c.meeting_id, c.issue_id, c.due_on, c.status, c.closed_at, c.version, c.created_at, c.updated_at, c.archived_at, coalesce(c.owed_by_user_id, c.owed_by_person_id, c.owed_by_organization_id), CASE WHEN c.owed_by_user_id IS NOT NULL THEN 'user' WHEN c.owed_by_person_id IS NOT NULL THEN 'person' WHEN c.owed_by_organization_id IS NOT NULL THEN 'organization' END, coalesce(u.display_name, p.name, o.name), coalesce(c.due_on, 'infinity'::date)::text FROM commitments c LEFT JOIN users u ON u.id = c.owed_by_user_id LEFT JOIN people p ON p.id = c.owed_by_person_id LEFT JOIN organizations o ON o.id = c.owed_by_organization_id WHERE c.meeting_id = ANY (ARRAY[(lpad(to_hex(:client_id::int), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid]) AND c.archived_at IS NULL ORDER BY c.created_at, c.id;
        \\endpipeline
        \\startpipeline
        UPDATE idempotency_keys SET response_status = 201, response = repeat('s', 2100) WHERE scope = 'meetings.create' AND key = 'pgbench-' || :client_id::text || '-' || :k::text AND user_id = coalesce(request_user(), '00000000-0000-0000-0000-000000000000');
        COMMIT;
        \\endpipeline
        RESET ROLE;

        """

    struct Result {
        var transactionsPerSecond: Double
        var averageLatency: Double
        var output: String
    }

    /// Runs the script with `clients` connections (two pgbench threads) for `seconds`.
    static func run(
        program: String, socketDirectory: String, port: Int, user: String, database: String, runAs: String?,
        clients: Int, seconds: Int, variables: [String: String], scriptPath: String
    ) async throws -> Result {
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        var arguments = [
            "-n", "-M", "prepared", "-c", "\(clients)", "-j", "2", "-T", "\(seconds)", "-f", scriptPath,
            "-h", socketDirectory, "-p", "\(port)", "-U", user,
        ]
        for (name, value) in variables.sorted(by: { $0.key < $1.key }) { arguments += ["-D", "\(name)=\(value)"] }
        arguments.append(database)
        let output = try await Shell.run(program, arguments, as: runAs)
        func number(after label: String) -> Double? {
            guard let line = output.split(separator: "\n").first(where: { $0.contains(label) }) else { return nil }
            return line.split(separator: " ").compactMap { Double($0) }.first
        }
        guard let tps = number(after: "tps = ") else { throw BenchError("pgbench printed no rate:\n\(output)") }
        return Result(transactionsPerSecond: tps, averageLatency: number(after: "latency average") ?? .nan, output: output)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs programs and returns what they print. Through swift-subprocess, which starts children
/// with no signals blocked: pgbench ends its -T run on a timer signal, and a child started with
/// the signals this process's threads block never ends.
enum Shell {
    static func run(_ program: String, _ arguments: [String], as user: String? = nil, environment: [String: String]? = nil) async throws -> String {
        let (executable, fullArguments) = user.map { ("/usr/sbin/runuser", ["-u", $0, "--", program] + arguments) } ?? (program, arguments)
        var updates: [Environment.Key: String?] = [:]
        for (key, value) in environment ?? [:] { updates[Environment.Key(rawValue: key)!] = value }
        let result = try await Subprocess.run(
            .path(FilePath(executable)), arguments: Arguments(fullArguments), environment: .inherit.updating(updates),
            output: .string(limit: 1 << 24), error: .string(limit: 1 << 24))
        let output = result.standardOutput + result.standardError
        guard result.terminationStatus.isSuccess else {
            throw BenchError("\(program) \(arguments.prefix(3).joined(separator: " ")) failed (\(result.terminationStatus)):\n\(output.suffix(3000))")
        }
        return output
    }
}
