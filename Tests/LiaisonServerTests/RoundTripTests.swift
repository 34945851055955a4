import Foundation
import LiaisonPostgres
import TestSupport
import Testing

/// How many times a request waits on the database: the round trips its connections make,
/// counted by the request pool as each connection comes back. Authentication takes one of its
/// own before the handler runs.
@Suite("Round trips per request")
struct RoundTripTests {
    static func roundTrips(of request: () async throws -> TestResponse, on pool: ConnectionPool) async throws -> (TestResponse, Int) {
        let before = await pool.roundTrips
        let response = try await request()
        return (response, await pool.roundTrips - before)
    }

    @Test func loggingAMeetingTakesThreeRoundTripsAfterAuthenticationWhateverItHolds() async throws {
        try await withAPIAndPools { api, owner, requests in
            let register = try await Register.make(api, owner)
            var meeting = register.meeting
            // Authentication; every reference at once (with BEGIN and who is asking); every write
            // and the meeting read back; COMMIT.
            let (small, trips) = try await Self.roundTrips(of: { try await api.post("/v1/meetings", meeting) }, on: requests)
            #expect(small.status == 201, "\(small.text)")
            #expect(trips == 4)
            #expect((small.json["positions"] as? [Any])?.count == 2)
            #expect((small.json["commitments"] as? [Any])?.count == 1)

            // Three times the follow-ups and every participant speaking: the same.
            meeting["participants"] = [register.party, register.person, register.ministry]
            meeting["positions"] = [register.party, register.person, register.ministry].flatMap { stakeholder in
                [register.amnesty, register.refugees].map { ["stakeholderId": stakeholder, "issueId": $0, "stance": 1] }
            }
            meeting["commitments"] = (1...3).map { ["description": "Follow-up \($0)", "owedBy": register.person] }
            let (large, largeTrips) = try await Self.roundTrips(of: { try await api.post("/v1/meetings", meeting) }, on: requests)
            #expect(large.status == 201, "\(large.text)")
            #expect(largeTrips == 4)
            #expect((large.json["positions"] as? [Any])?.count == 6)
            #expect((large.json["commitments"] as? [Any])?.count == 3)

            // With an Idempotency-Key, claiming it takes one more; its response is stored with the COMMIT.
            let (keyed, keyedTrips) = try await Self.roundTrips(
                of: { try await api.post("/v1/meetings", meeting, headers: ["Idempotency-Key": "round-trips-1"]) }, on: requests)
            #expect(keyed.status == 201, "\(keyed.text)")
            #expect(keyedTrips == 5)
            let replay = try await api.post("/v1/meetings", meeting, headers: ["Idempotency-Key": "round-trips-1"])
            #expect(replay.json["id"] as? String == keyed.json["id"] as? String)

            // Reading a meeting back: authentication, the meeting and its parts at once, COMMIT.
            let id = try #require(large.json["id"] as? String)
            let (read, readTrips) = try await Self.roundTrips(of: { try await api.get("/v1/meetings/\(id)") }, on: requests)
            #expect(read.status == 200)
            #expect(readTrips == 3)
            #expect(read.text == large.text)
        }
    }

    @Test func aMeetingJustCreatedHasNoPartsDeleted() async throws {
        try await withAPIAndPools { api, owner, _ in
            let register = try await Register.make(api, owner)
            // Any DELETE on a meeting's parts, even one that finds no row, now fails.
            try await owner.query(
                """
                CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'DELETE FROM % while creating a meeting', TG_TABLE_NAME; END $$
                """)
            for table in ["positions", "meeting_participants", "meeting_staff"] {
                try await owner.query("CREATE TRIGGER refuse_delete BEFORE DELETE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete()")
            }
            let created = try await api.post("/v1/meetings", register.meeting)
            #expect(created.status == 201, "\(created.text)")
        }
    }

    @Test func idsMadeForMeetingsAndFollowUpsFollowTheOrderTheyWereMadeIn() async throws {
        try await withAPIAndPools { api, owner, _ in
            let register = try await Register.make(api, owner)
            var ids: [String] = []
            for _ in 0..<3 {
                let created = try await api.post("/v1/meetings", register.meeting)
                ids.append(try #require(created.json["id"] as? String))
                ids.append(try #require(((created.json["commitments"] as? [[String: Any]])?.first?["id"]) as? String))
                try await Task.sleep(for: .milliseconds(2))
            }
            for id in ids { #expect(Array(id)[14] == "7", "\(id) is not a version 7 UUID") }
            let meetings = stride(from: 0, to: ids.count, by: 2).map { ids[$0] }
            #expect(meetings == meetings.sorted())
        }
    }
}
