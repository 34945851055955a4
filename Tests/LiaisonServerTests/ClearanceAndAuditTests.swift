import Foundation
import LiaisonDomain
import LiaisonPostgres
import LiaisonServer
import LiaisonStore
import TestSupport
import Testing

@Suite("Clearance, tokens, logins and the audit trail")
struct ClearanceAndAuditTests {
    /// A strictly confidential meeting with a position, a quote and a commitment, and the ids to look for.
    static func secretMeeting(_ api: API, _ register: Register) async throws -> (id: String, commitment: String) {
        var secret = register.meeting
        secret["confidentiality"] = "strictly-confidential"
        secret["subject"] = "Backchannel on the amnesty list"
        secret["notes"] = "zanzibarcodeword"
        secret["positions"] = [["stakeholderId": register.party, "issueId": register.refugees, "stance": -2, "quote": "Never, says the quote."]]
        let created = try await api.post("/v1/meetings", secret)
        #expect(created.status == 201, "\(created.text)")
        let id = try #require(created.json["id"] as? String)
        let commitment = try #require((created.json["commitments"] as? [[String: Any]])?.first?["id"] as? String)
        return (id, commitment)
    }

    @Test func aStrictlyConfidentialMeetingLeaksThroughNoReadPath() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            let (secret, commitment) = try await Self.secretMeeting(api, register)
            for clearance in [Confidentiality.unclassified, .confidential] {
                // An admin, so that the audit trail is readable too; only the clearance is lower.
                let reader = api.as(try await makeUser(pool, login: "reader-\(clearance.rawValue)", role: .admin, clearance: clearance))
                let paths = [
                    "/v1/meetings", "/v1/meetings?q=zanzibarcodeword", "/v1/meetings?issue=\(register.refugees)",
                    "/v1/meetings?stakeholder=\(register.party)", "/v1/stances", "/v1/stances?issue=\(register.refugees)",
                    "/v1/commitments", "/v1/commitments?meeting=\(secret)", "/v1/organizations/\(register.party)/timeline",
                    "/v1/people/\(register.person)/timeline", "/v1/audit?limit=200", "/v1/audit?record=\(secret)",
                ]
                for path in paths {
                    let response = try await reader.get(path)
                    #expect(response.status == 200, "\(path): \(response.text.prefix(200))")
                    for secretText in [secret, commitment, "zanzibarcodeword", "Never, says the quote.", "Backchannel"] {
                        #expect(!response.text.contains(secretText), "\(clearance) sees \(secretText) through \(path)")
                    }
                }
                expectProblem(try await reader.get("/v1/meetings/\(secret)"), status: 404)
                expectProblem(try await reader.get("/v1/commitments/\(commitment)"), status: 404)
                // Counting is no way round it either: no hint that more exists.
                let all = try await reader.get("/v1/meetings?limit=200")
                #expect((all.json["items"] as? [[String: Any]])?.count == 0)
            }
            // The strictly cleared admin sees all of it.
            #expect(try await api.get("/v1/meetings/\(secret)").status == 200)
            #expect(try await api.get("/v1/stances?issue=\(register.refugees)").text.contains("Never, says the quote."))
        }
    }

    @Test func nobodyCanWriteAboveTheirClearance() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            let officer = api.as(try await makeUser(pool, login: "low", role: .officer, clearance: .confidential))
            var meeting = register.meeting
            meeting["confidentiality"] = "strictly-confidential"
            let meetings = try await pool.query("SELECT count(*) FROM meetings")[0].decode(Int.self, at: 0)
            // With a key and without, the refusal says why.
            for headers in [[:], ["Idempotency-Key": "above-1"]] {
                let refused = try await officer.post("/v1/meetings", meeting, headers: headers)
                expectProblem(refused, status: 403)
                #expect(refused.text.contains("You are cleared to confidential and cannot record a strictly-confidential meeting"), "\(refused.text)")
            }
            #expect(try await pool.query("SELECT count(*) FROM meetings")[0].decode(Int.self, at: 0) == meetings)
            meeting["confidentiality"] = "confidential"
            let created = try await officer.post("/v1/meetings", meeting, headers: ["Idempotency-Key": "within-1"])
            #expect(created.status == 201)
            let id = try #require(created.json["id"] as? String)
            // Raising it above their clearance by an edit: refused the same way.
            var edit = meeting
            edit["confidentiality"] = "strictly-confidential"
            edit["commitments"] = nil
            let raised = try await officer.put("/v1/meetings/\(id)", edit, headers: ["If-Match": "*"])
            expectProblem(raised, status: 403)
            #expect(raised.text.contains("You are cleared to confidential"), "\(raised.text)")
            // Cleared down later, the officer cannot have the meeting back by replaying its key.
            try await pool.query("UPDATE users SET clearance = 'unclassified' WHERE login = 'low'")
            let replayed = try await officer.post("/v1/meetings", meeting, headers: ["Idempotency-Key": "within-1"])
            expectProblem(replayed, status: 403)
            #expect(!replayed.text.contains(id))
        }
    }

    @Test func everyKindOfChangeIsInTheAuditTrailAndTheServerRoleCannotAlterIt() async throws {
        try await withTestPools(role: LiaisonDatabase.requestRole) { owner, requests in
            let app = try buildApplication(database: LiaisonDatabase(pool: requests, passwords: PasswordHasher(cost: 4)))
            let token = try await makeUser(owner, login: "auditor", role: .admin, clearance: .strictlyConfidential)
            let userID = try await owner.query("SELECT id FROM users WHERE login = 'auditor'")[0].decode(UUID.self, at: 0)
            try await app.test(.router) { client in
                let api = API(client: client, token: token)
                let created = try await api.post("/v1/organizations", ["name": "Ministry of Justice", "sector": "government"])
                let id = try #require(created.json["id"] as? String)
                _ = try await api.put("/v1/organizations/\(id)", ["name": "Ministry of Justice", "sector": "government", "notes": "Edited"],
                                      headers: ["If-Match": "\"1\""])
                _ = try await api.post("/v1/organizations/\(id)/archive", [String: Any]())
                _ = try await api.post("/v1/organizations/\(id)/restore", [String: Any]())
                let history = try await api.get("/v1/audit?record=\(id)")
                let entries = try #require(history.json["items"] as? [[String: Any]])
                #expect(entries.compactMap { $0["action"] as? String } == ["restore", "archive", "update", "create"])
                #expect(entries.allSatisfy { $0["userId"] as? String == userID.uuidString.lowercased() })
                let update = entries[2]
                #expect((update["before"] as? String)?.contains("\"notes\": \"\"") == true)
                #expect((update["after"] as? String)?.contains("\"notes\": \"Edited\"") == true)
                #expect(entries[3]["before"] == nil)
            }
            // The role requests run as may add rows but never change or remove them.
            for statement in ["UPDATE audit_log SET action = 'create'", "DELETE FROM audit_log", "TRUNCATE audit_log"] {
                let error = await #expect(throws: PostgresError.self) { try await requests.query(statement) }
                #expect(error?.sqlState == .insufficientPrivilege, "\(statement)")
            }
            // Not even the owner can, short of dropping the trigger.
            let error = await #expect(throws: PostgresError.self) { try await owner.query("DELETE FROM audit_log") }
            #expect(error?.sqlState == .insufficientPrivilege)
            let role = try await requests.query("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")
            #expect(try role[0].decode(Bool.self, at: 0) == false)
            #expect(try role[0].decode(Bool.self, at: 1) == false)
            // Passwords and token hashes never reach the trail.
            let secrets = try await owner.query("SELECT count(*) FROM audit_log WHERE after ? 'token_hash' OR after ? 'password_hash'")
            #expect(try secrets[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test func aRevokedExpiredOrDisabledTokenStopsWorkingAtOnce() async throws {
        try await withAPIAndPool { api, pool in
            let created = try await api.post("/v1/tokens", ["name": "field laptop"])
            #expect(created.status == 201)
            let token = try #require(created.json["token"] as? String)
            #expect(token.count >= 43)  // 256 bits, base64url
            let tokenID = try #require((created.json["tokenInfo"] as? [String: Any])?["id"] as? String)
            let stored = try await pool.query("SELECT count(*) FROM api_tokens WHERE token_hash = convert_to($1, 'UTF8')", [token])
            #expect(try stored[0].decode(Int.self, at: 0) == 0)  // only the hash is kept
            let laptop = api.as(token)
            #expect(try await laptop.get("/v1/auth/me").status == 200)
            #expect(try await api.post("/v1/tokens/\(tokenID)/revoke", [String: Any]()).json["revoked"] as? Bool == true)
            expectProblem(try await laptop.get("/v1/auth/me"), status: 401)

            let expiring = try #require(try await api.post("/v1/tokens", ["name": "short"]).json["token"] as? String)
            try await pool.query("UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE name = 'short'")
            expectProblem(try await api.as(expiring).get("/v1/auth/me"), status: 401)
            expectProblem(try await api.post("/v1/tokens", ["name": "past", "expiresAt": "2000-01-01T00:00:00Z"]), status: 422, field: "expiresAt")

            let viewerToken = try await makeUser(pool, login: "leaver", role: .viewer, clearance: .unclassified)
            let viewer = api.as(viewerToken)
            #expect(try await viewer.get("/v1/auth/me").status == 200)
            let leaver = try #require(try await viewer.get("/v1/auth/me").json["id"] as? String)
            _ = try await api.put("/v1/users/\(leaver)", ["login": "leaver", "role": "viewer", "clearance": "unclassified", "active": false],
                                  headers: ["If-Match": "*"])
            expectProblem(try await viewer.get("/v1/auth/me"), status: 401)
            // A viewer may not revoke someone else's token.
            let other = try await makeUser(pool, login: "other", role: .viewer, clearance: .unclassified)
            let adminTokens = try JSONSerialization.jsonObject(with: try await api.get("/v1/tokens").body) as? [[String: Any]]
            let adminID = try #require(try await api.get("/v1/auth/me").json["id"] as? String)
            let adminTokenID = try #require(adminTokens?.first { ($0["userId"] as? String) == adminID }?["id"] as? String)
            expectProblem(try await api.as(other).post("/v1/tokens/\(adminTokenID)/revoke", [String: Any]()), status: 404)
        }
    }

    @Test func loginsGiveOneAnswerForUnknownLoginsAndWrongPasswordsAndSlowDownGuessing() async throws {
        try await withAPIAndPools { api, pool, requests in
            _ = try await makeUser(pool, login: "officer1", role: .officer, clearance: .confidential, password: "correct horse battery")
            let anonymous = api.as(nil)
            let good = try await anonymous.post("/v1/auth/login", ["login": "Officer1", "password": "correct horse battery"])
            #expect(good.status == 200, "\(good.text)")
            let token = try #require(good.json["token"] as? String)
            // Stamped ahead, so that no stamp of its use lands among the round trips counted below.
            try await pool.query("UPDATE api_tokens SET last_used_at = now() + interval '1 day'")
            #expect(try await api.as(token).get("/v1/auth/me").json["login"] as? String == "officer1")

            let wrong = try await anonymous.post("/v1/auth/login", ["login": "officer1", "password": "wrong"])
            let unknown = try await anonymous.post("/v1/auth/login", ["login": "nobody", "password": "wrong"])
            expectProblem(wrong, status: 401)
            expectProblem(unknown, status: 401)
            #expect(wrong.text == unknown.text)

            for _ in 0..<5 { _ = try await anonymous.post("/v1/auth/login", ["login": "officer1", "password": "guess"]) }
            let throttled = try await anonymous.post("/v1/auth/login", ["login": "officer1", "password": "correct horse battery"])
            expectProblem(throttled, status: 429)
            // The server's throttle is the one it was given (patientThrottle's 600 s), not the default 2 s.
            #expect(Int(throttled.headers["retry-after"] ?? "") ?? 0 > 500)
            // Repeats within the pause are answered from memory, the same way, without asking
            // the database again.
            let before = await requests.roundTrips
            let again = try await anonymous.post("/v1/auth/login", ["login": "officer1", "password": "correct horse battery"])
            expectProblem(again, status: 429)
            #expect(Int(again.headers["retry-after"] ?? "") ?? 0 > 500)
            #expect(await requests.roundTrips == before)
            // Other logins are not held back by someone else's guessing of this one (the router
            // test client has no address, so only the per-login count applies here).
            _ = try await makeUser(pool, login: "officer2", role: .officer, clearance: .confidential, password: "another long password")
            #expect(try await anonymous.post("/v1/auth/login", ["login": "officer2", "password": "another long password"]).status == 200)
        }
    }

    @Test func guessingFromOneAddressIsSlowedAcrossLogins() async throws {
        try await withAPIAndPool(live: true) { api, pool in
            _ = try await makeUser(pool, login: "officer3", role: .officer, clearance: .confidential, password: "a long enough password")
            let anonymous = api.as(nil)
            for attempt in 0..<5 {
                expectProblem(try await anonymous.post("/v1/auth/login", ["login": "guess\(attempt)", "password": "x"]), status: 401)
            }
            // A sixth login from the same address, for an account nobody guessed at, waits too.
            let throttled = try await anonymous.post("/v1/auth/login", ["login": "officer3", "password": "a long enough password"])
            expectProblem(throttled, status: 429)
            #expect(throttled.headers["retry-after"] != nil)
        }
    }
}

@Suite("Security regressions")
struct SecurityRegressionTests {
    @Test func doubledSlashesDoNotGetPastAuthentication() async throws {
        try await withAPIAndPool { api, pool in
            let anonymous = api.as(nil)
            for path in ["//v1/users", "/v1//users", "//v1//people", "/v1/organizations/"] {
                expectProblem(try await anonymous.get(path), status: 401)
            }
            let officer = api.as(try await makeUser(pool, login: "officer9", role: .officer, clearance: .strictlyConfidential))
            expectProblem(
                try await officer.post("/v1//users", ["login": "evil", "role": "admin", "clearance": "strictly-confidential"]), status: 403)
            expectProblem(try await officer.get("/v1//audit"), status: 403)
        }
    }

    @Test func declassifyingAMeetingDoesNotRevealItsPastInTheTrail() async throws {
        try await withAPIAndPool { api, pool in
            let register = try await Register.make(api, pool)
            var meeting = register.meeting
            meeting.removeValue(forKey: "commitments")
            meeting["confidentiality"] = "strictly-confidential"
            meeting["notes"] = "originalsecretnotes"
            meeting["positions"] = [["stakeholderId": register.party, "issueId": register.amnesty, "stance": 1, "quote": "secretquote"]]
            let id = try #require(try await api.post("/v1/meetings", meeting).json["id"] as? String)
            meeting["confidentiality"] = "unclassified"
            meeting["notes"] = "redacted"
            meeting["positions"] = []
            #expect(try await api.put("/v1/meetings/\(id)", meeting, headers: ["If-Match": "*"]).status == 200)
            // And the other way: an unclassified meeting later classified hides its history too.
            var open = register.meeting
            open.removeValue(forKey: "commitments")
            open["notes"] = "laterclassifiednotes"
            let second = try #require(try await api.post("/v1/meetings", open).json["id"] as? String)
            open["confidentiality"] = "strictly-confidential"
            #expect(try await api.put("/v1/meetings/\(second)", open, headers: ["If-Match": "*"]).status == 200)

            let lowAdmin = api.as(try await makeUser(pool, login: "lowadmin", role: .admin, clearance: .unclassified))
            let trail = try await lowAdmin.get("/v1/audit?limit=200").text
            for secret in ["originalsecretnotes", "secretquote", "laterclassifiednotes"] {
                #expect(!trail.contains(secret), "\(secret) leaks through the audit trail")
            }
            // The declassified meeting itself is visible, as it now is.
            #expect(try await lowAdmin.get("/v1/meetings/\(id)").json["notes"] as? String == "redacted")
        }
    }

    @Test func adminsCannotGrantMoreClearanceThanTheyHold() async throws {
        try await withAPIAndPool { api, pool in
            let lowAdmin = api.as(try await makeUser(pool, login: "lowadmin2", role: .admin, clearance: .confidential))
            expectProblem(
                try await lowAdmin.post("/v1/users", ["login": "x1", "role": "viewer", "clearance": "strictly-confidential"]), status: 403)
            let me = try #require(try await lowAdmin.get("/v1/auth/me").json["id"] as? String)
            expectProblem(
                try await lowAdmin.put(
                    "/v1/users/\(me)", ["login": "lowadmin2", "role": "admin", "clearance": "strictly-confidential"], headers: ["If-Match": "*"]),
                status: 403)
        }
    }

    @Test func aNewPasswordRevokesOldTokensAndTokenUseIsNotAudited() async throws {
        try await withAPIAndPool { api, pool in
            let token = try await makeUser(pool, login: "rotating", role: .viewer, clearance: .unclassified, password: "first password 1")
            let viewer = api.as(token)
            let id = try #require(try await viewer.get("/v1/auth/me").json["id"] as? String)
            let before = try await pool.query("SELECT count(*) FROM audit_log")[0].decode(Int.self, at: 0)
            for _ in 0..<3 { _ = try await viewer.get("/v1/auth/me") }
            let after = try await pool.query("SELECT count(*) FROM audit_log")[0].decode(Int.self, at: 0)
            #expect(after == before)
            // Use is still recorded, on the token itself (stamped just after the request).
            var used = 0
            for _ in 0..<600 where used == 0 {
                used = try await pool.query(
                    "SELECT count(*) FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE u.login = 'rotating' AND t.last_used_at IS NOT NULL"
                )[0].decode(Int.self, at: 0)
                if used == 0 { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(used == 1)
            #expect(try await pool.query("SELECT count(*) FROM audit_log")[0].decode(Int.self, at: 0) == before)
            _ = try await api.put(
                "/v1/users/\(id)", ["login": "rotating", "role": "viewer", "clearance": "unclassified", "password": "second password 2"],
                headers: ["If-Match": "*"])
            expectProblem(try await viewer.get("/v1/auth/me"), status: 401)
        }
    }
}

@Suite("Login throttling under concurrency")
struct ConcurrentLoginTests {
    @Test func parallelGuessesTakeTurnsAndNoneSlipsPastTheCount() async throws {
        try await withAPIAndPool { api, pool in
            _ = try await makeUser(pool, login: "target", role: .viewer, clearance: .unclassified, password: "the right password")
            let anonymous = api.as(nil)
            let body = try jsonText(["login": "target", "password": "a guess"])
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<10 { group.addTask { try await anonymous.request(.post, "/v1/auth/login", raw: body).status } }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            // Counted outside the expectations: a closure inside #expect once reported 12 for 6 + 4.
            let checked = statuses.filter { $0 == 401 }.count
            let refused = statuses.filter { $0 == 429 }.count
            // Exactly five guesses are checked, however the ten interleave; the pause after them
            // (patientThrottle) outlasts the run, so the other five are refused.
            #expect(checked == 5 && refused == 5, "\(statuses)")
            // Every checked guess was counted: none slipped past the count.
            let failures = try await pool.query("SELECT failures FROM login_failures WHERE key = 'login:target'")
            #expect(try failures.first?.decode(Int.self, at: 0) == checked, "\(statuses)")
        }
    }

    /// The documented schedule (docs/api.md): five failures within 15 minutes are free; then 2, 4,
    /// 8, ... seconds after the last failure, at most 15 minutes; the stricter of a login and an
    /// address applies. Checked in one transaction, where `now()` stands still.
    @Test func pausesStartAtTwoSecondsAndDoubleUpToTheWindow() async throws {
        try await withTestPool { pool in
            try await pool.withTransaction { connection in
                let throttle = LoginThrottle()
                let login = ["login:someone"], both = ["address:10.0.0.1", "login:someone"]
                var pauses: [Int] = []
                for _ in 0..<15 {
                    try await UserStore.recordFailure(keys: login, throttle: throttle, on: connection)
                    pauses.append(try await UserStore.lockout(keys: login, throttle: throttle, on: connection))
                }
                #expect(pauses == [0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900])
                // The address has no failures of its own; with the login, the login's pause applies.
                #expect(try await UserStore.lockout(keys: ["address:10.0.0.1"], throttle: throttle, on: connection) == 0)
                #expect(try await UserStore.lockout(keys: both, throttle: throttle, on: connection) == 900)
                // Failures older than the window are forgotten, and counting starts again.
                try await connection.query("UPDATE login_failures SET last_failure = now() - interval '901 seconds'")
                #expect(try await UserStore.lockout(keys: login, throttle: throttle, on: connection) == 0)
                try await UserStore.recordFailure(keys: login, throttle: throttle, on: connection)
                let count = try await connection.query("SELECT failures FROM login_failures WHERE key = 'login:someone'")
                #expect(try count[0].decode(Int.self, at: 0) == 1)
                // A success clears the count.
                try await UserStore.clearFailures(keys: both, on: connection)
                #expect(try await connection.query("SELECT 1 FROM login_failures").isEmpty)
            }
        }
    }
}
