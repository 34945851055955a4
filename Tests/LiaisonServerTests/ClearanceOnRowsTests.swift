import Foundation
import LiaisonDomain
import LiaisonPostgres
import LiaisonServer
import LiaisonStore
import TestSupport
import Testing

/// The clearance carried on every row of a meeting (sql/0008_clearance_on_rows.sql).
@Suite("Clearance carried on the rows")
struct ClearanceOnRowsTests {
    /// Each table's levels for the rows of `meeting`, read with the owner's rights.
    static func levels(of meeting: String, _ pool: ConnectionPool) async throws -> [String: Set<Int>] {
        var found: [String: Set<Int>] = [:]
        for (table, column) in [
            ("meeting_participants", "clearance"), ("meeting_staff", "clearance"), ("positions", "clearance"),
            ("commitments", "clearance"), ("audit_log", "meeting_clearance"),
        ] {
            let rows = try await pool.query("SELECT DISTINCT \(column) FROM \(table) WHERE meeting_id = $1::uuid", [meeting])
            found[table] = Set(try rows.map { try $0.decode(Int.self, at: 0) })
        }
        return found
    }

    @Test func everyRowOfAMeetingCarriesItsLevelAndFollowsAReclassificationAtOnce() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            let created = try await api.post("/v1/meetings", register.meeting)
            #expect(created.status == 201, "\(created.text)")
            let id = try #require(created.json["id"] as? String)
            let everyTable = ["meeting_participants", "meeting_staff", "positions", "commitments", "audit_log"]
            #expect(try await Self.levels(of: id, pool) == Dictionary(uniqueKeysWithValues: everyTable.map { ($0, [0]) }))

            // Reclassified through the API: every row follows in the same statement.
            var meeting = register.meeting
            meeting.removeValue(forKey: "commitments")  // a replacement keeps the meeting's follow-ups
            meeting["confidentiality"] = "strictly-confidential"
            let replaced = try await api.put("/v1/meetings/\(id)", meeting, headers: ["If-Match": "*"])
            #expect(replaced.status == 200, "\(replaced.text)")
            #expect(try await Self.levels(of: id, pool) == Dictionary(uniqueKeysWithValues: everyTable.map { ($0, [2]) }))
            // The follow-up kept its level through the cascade without a change of its own in the trail.
            let commitmentChanges = try await pool.query(
                "SELECT count(*) FROM audit_log WHERE record_type = 'commitments' AND action = 'update' AND meeting_id = $1::uuid", [id])
            #expect(try commitmentChanges[0].decode(Int.self, at: 0) == 0)

            // Back down: the rows follow again, and a reader cleared to confidential sees them.
            meeting["confidentiality"] = "confidential"
            #expect(try await api.put("/v1/meetings/\(id)", meeting, headers: ["If-Match": "*"]).status == 200)
            #expect(try await Self.levels(of: id, pool)["positions"] == [1])
            let reader = api.as(try await makeUser(pool, login: "reader", role: .viewer, clearance: .confidential))
            #expect(try await reader.get("/v1/commitments?meeting=\(id)").text.contains("Send the draft decree"))
        }
    }

    @Test func aRowCannotCarryALevelOtherThanItsMeetings() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            var meeting = register.meeting
            meeting["confidentiality"] = "confidential"
            let id = try #require(try await api.post("/v1/meetings", meeting).json["id"] as? String)
            // Even the owner cannot lower one row's level below its meeting's.
            for table in ["meeting_participants", "meeting_staff", "positions", "commitments"] {
                await #expect {
                    try await pool.query("UPDATE \(table) SET clearance = 0 WHERE meeting_id = $1::uuid", [id])
                } throws: { error in
                    (error as? PostgresError)?.sqlState?.rawValue == "23503"
                }
            }
            // A row added without a level takes its meeting's.
            try await pool.query(
                "INSERT INTO positions (meeting_id, issue_id, organization_id, stance, stated_at) VALUES ($1::uuid, $2::uuid, $3::uuid, 0, now())",
                [id, register.refugees, register.ministry])
            #expect(try await Self.levels(of: id, pool)["positions"] == [1])
        }
    }

    @Test func everyPolicyIsOneComparisonOfTheRowsOwnLevel() async throws {
        try await withTestPools(role: LiaisonDatabase.requestRole) { owner, requests in
            let policies = try await owner.query(
                "SELECT tablename::text, coalesce(qual, ''), coalesce(with_check, '') FROM pg_policies WHERE policyname LIKE '%clearance'")
            let byTable = Dictionary(uniqueKeysWithValues: try policies.map {
                (try $0.decode(String.self, at: 0), (try $0.decode(String.self, at: 1), try $0.decode(String.self, at: 2)))
            })
            #expect(Set(byTable.keys) == [
                "meetings", "meeting_participants", "meeting_staff", "positions", "commitments", "audit_log",
                // What the summary keeps (stances, speakers' own stances, first meetings, follow-ups' days, organisations met) is worked out per level and read under the same rule.
                "stance_spans", "speaker_stances", "first_meetings", "followup_days", "organizations_met",
            ])
            for (table, (using, check)) in byTable {
                #expect(!using.localizedCaseInsensitiveContains("select") && !check.localizedCaseInsensitiveContains("select"), "\(table): \(using)")
                #expect(using.contains("cleared(clearance)"), "\(table): \(using)")
            }
            // The functions that copied the rule with their owner's rights are gone.
            let copies = try await owner.query(
                "SELECT count(*) FROM pg_proc WHERE proname IN ('latest_positions_before', 'summary_commitments')")
            #expect(try copies[0].decode(Int.self, at: 0) == 0)

            // Under the request role a stakeholder's positions and follow-ups are read by their
            // indexes alone: the plan looks at no meeting.
            for query in [
                "SELECT count(*) FROM positions WHERE stakeholder_id = '20000000-0000-4000-8000-000000000007'",
                "SELECT count(*) FROM commitments WHERE owed_by = '20000000-0000-4000-8000-000000000007'",
                "SELECT count(*) FROM meeting_participants WHERE stakeholder_id = '20000000-0000-4000-8000-000000000007'",
            ] {
                let plan = try await requests.withTransaction { connection in
                    try await connection.query("SELECT set_config('liaison.clearance', 'confidential', true)")
                    try await connection.query("SET LOCAL enable_seqscan = off")
                    return try await connection.query("EXPLAIN " + query).map { try $0.decode(String.self, at: 0) }.joined(separator: "\n")
                }
                #expect(!plan.contains("SubPlan") && !plan.contains("meetings"), "\(query):\n\(plan)")
                // The rule is inlined into the plan as an expression: no function is called for each row.
                #expect(!plan.contains("clearance_rank(") && !plan.contains("cleared(") && plan.contains("current_setting"), "\(query):\n\(plan)")
                #expect(plan.contains("Index"), "\(query):\n\(plan)")
            }
        }
    }
}
