import Foundation
import LiaisonClient
import LiaisonDomain
import Testing

@Suite("Reading the command line's arguments")
struct CommandLineParsingTests {
    @Test func issueStancesReadSignsAndWords() throws {
        #expect(try MeetingLogArguments.issue("Amnesty=+1") == ("Amnesty", .supports))
        #expect(try MeetingLogArguments.issue("Refugee return = -2").stance == .stronglyOpposes)
        #expect(try MeetingLogArguments.issue("Amnesty=neutral").stance == .neutral)
        #expect(try MeetingLogArguments.issue("Electoral code=law=0").issue == "Electoral code=law")
        #expect(throws: ClientError.self) { try MeetingLogArguments.issue("Amnesty") }
        #expect(throws: ClientError.self) { try MeetingLogArguments.issue("Amnesty=+3") }
        #expect(throws: ClientError.self) { try MeetingLogArguments.issue("=+1") }
    }

    @Test func oneStakeholdersStanceNamesWhoAndWhat() throws {
        let parsed = try MeetingLogArguments.stance("Ministry of Justice:Amnesty=-1")
        #expect(parsed.stakeholder == "Ministry of Justice")
        #expect(parsed.issue == "Amnesty")
        #expect(parsed.stance == .opposes)
        #expect(throws: ClientError.self) { try MeetingLogArguments.stance("Amnesty=-1") }
    }

    @Test func followUpsTakeOptionalDueDatesAndOwners() throws {
        let full = try MeetingLogArguments.followup("Send the draft decree;due=2000-06-30;owner=Rustam Karimov")
        #expect(full.description == "Send the draft decree")
        #expect(full.due == "2000-06-30")
        #expect(full.owner == "Rustam Karimov")
        #expect(try MeetingLogArguments.followup("Call back").due == nil)
        #expect(throws: ClientError.self) { try MeetingLogArguments.followup("x;due=2000-02-30") }
        #expect(throws: ClientError.self) { try MeetingLogArguments.followup("x;when=tomorrow") }
        #expect(throws: ClientError.self) { try MeetingLogArguments.followup(";due=2000-06-30") }
    }

    @Test func meetingTimesWithoutAnOffsetAreReadInTheGivenZone() throws {
        let dushanbe = TimeZone(identifier: "Asia/Dushanbe")!
        #expect(try MeetingLogArguments.start("2000-06-12T10:00", zone: dushanbe) == "2000-06-12T10:00:00+05:00")
        #expect(try MeetingLogArguments.start("2000-06-12 10:00", zone: TimeZone(identifier: "UTC")!) == "2000-06-12T10:00:00+00:00")
        #expect(try MeetingLogArguments.start("2000-06-12T10:00:00+03:00", zone: dushanbe) == "2000-06-12T10:00:00+03:00")
        #expect(throws: ClientError.self) { try MeetingLogArguments.start("2000-02-30T10:00", zone: dushanbe) }
        #expect(throws: ClientError.self) { try MeetingLogArguments.start("2000-06-12T25:00", zone: dushanbe) }
        #expect(throws: ClientError.self) { try MeetingLogArguments.start("tomorrow", zone: dushanbe) }
    }

    @Test func theServerAndTokenComeFromFlagThenEnvironmentThenFile() {
        let file = ClientConfiguration(server: "http://file:8080", token: "lsn_file")
        #expect(ClientConfiguration.resolve(serverFlag: nil, environment: [:], file: file) == ("http://file:8080", "lsn_file"))
        #expect(ClientConfiguration.resolve(serverFlag: nil, environment: ["LIAISON_SERVER": "http://env:1", "LIAISON_TOKEN": "lsn_env"], file: file)
            == ("http://env:1", "lsn_env"))
        // A token is not sent to a server other than the one it came from, however that server is named.
        #expect(ClientConfiguration.resolve(serverFlag: "http://other:1", environment: [:], file: file) == ("http://other:1", nil))
        #expect(ClientConfiguration.resolve(serverFlag: nil, environment: ["LIAISON_SERVER": "http://other:1"], file: file) == ("http://other:1", nil))
        #expect(ClientConfiguration.resolve(serverFlag: "http://file:8080", environment: [:], file: file) == ("http://file:8080", "lsn_file"))
        #expect(ClientConfiguration.resolve(serverFlag: nil, environment: [:], file: ClientConfiguration()).server
            == ClientConfiguration.defaultServer)
    }

    @Test func theConfigFileIsReadableByItsOwnerOnly() throws {
        let directory = NSTemporaryDirectory() + "liaison-config-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/liaison/config.json"
        try ClientConfiguration(server: "http://x:1", token: "lsn_secret").save(to: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try ClientConfiguration.load(from: path).token == "lsn_secret")
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: ClientError.self) { try ClientConfiguration.load(from: path) }
    }

    @Test func exitStatusesFollowTheDocumentedTable() {
        #expect(ClientError.usage("x").exitCode == 2)
        #expect(ClientError.problem(status: 401, title: "", detail: nil, fields: []).exitCode == 3)
        #expect(ClientError.problem(status: 403, title: "", detail: nil, fields: []).exitCode == 3)
        #expect(ClientError.notFound("x").exitCode == 4)
        #expect(ClientError.problem(status: 412, title: "", detail: nil, fields: []).exitCode == 5)
        #expect(ClientError.unreachable(URL(string: "http://x")!, underlying: "").exitCode == 6)
        // What may work later goes to the outbox: no connection, or the server's database or proxy down.
        #expect(ClientError.unreachable(URL(string: "http://x")!, underlying: "").isTransient)
        #expect(ClientError.problem(status: 503, title: "", detail: nil, fields: []).isTransient)
        #expect(ClientError.problem(status: 502, title: "", detail: nil, fields: []).isTransient)
        #expect(!ClientError.problem(status: 422, title: "", detail: nil, fields: []).isTransient)
        #expect(!ClientError.problem(status: 401, title: "", detail: nil, fields: []).isTransient)
    }
}
