import ArgumentParser
import Foundation
@testable import LiaisonCLI
import LiaisonClient
import Testing

/// Every command parses as documented, without a server.
@Suite("Parsing every command")
struct CommandTreeTests {
    static let id = "8c1e0b2a-1f3d-4e5a-9b7c-6d5e4f3a2b1c"

    /// One valid command line per command, and the type it must parse to.
    static let examples: [(arguments: [String], type: any ParsableCommand.Type)] = [
        (["auth", "login", "--server", "http://127.0.0.1:8080", "--login", "officer1"], Auth.Login.self),
        (["auth", "login", "--with-token"], Auth.Login.self),
        (["auth", "logout"], Auth.Logout.self),
        (["auth", "status"], Auth.Status.self),
        (["org", "add", "Democratic Party of Tajikistan", "--sector", "political-party", "--region", "Dushanbe"], Org.Add.self),
        (["org", "list", "--sector", "government"], Org.List.self),
        (["org", "ls", "--archived", "--json"], Org.List.self),
        (["org", "show", "Ministry of Justice"], ShowCommand<OrgNoun>.self),
        (["org", "edit", "Ministry of Justice", "--alias", "Minjust", "--if-version", "3"], Org.Edit.self),
        (["org", "archive", "Ministry of Justice"], ArchiveCommand<OrgNoun>.self),
        (["org", "restore", "Ministry of Justice"], RestoreCommand<OrgNoun>.self),
        (["org", "history", "Ministry of Justice"], HistoryCommand<OrgNoun>.self),
        (["person", "add", "Rustam Karimov", "--org", "Ministry of Justice", "--role", "Deputy Minister"], PersonCommand.Add.self),
        (["person", "ls", "karim"], PersonCommand.List.self),
        (["person", "show", "Rustam Karimov"], ShowCommand<PersonNoun>.self),
        (["person", "edit", "Rustam Karimov", "--title", "Minister"], PersonCommand.Edit.self),
        (["person", "archive", "Rustam Karimov"], ArchiveCommand<PersonNoun>.self),
        (["person", "restore", "Rustam Karimov"], RestoreCommand<PersonNoun>.self),
        (["person", "history", "Rustam Karimov"], HistoryCommand<PersonNoun>.self),
        (["affiliation", "add", "Rustam Karimov", "Ministry of Justice", "--role", "Deputy Minister", "--from", "2000-03-01"],
         AffiliationCommand.Add.self),
        (["affiliation", "list", "--org", "Ministry of Justice", "--on", "2000-06-12"], AffiliationCommand.List.self),
        (["affiliation", "show", id], ShowCommand<AffiliationNoun>.self),
        (["affiliation", "edit", id, "--to", "2000-08-31"], AffiliationCommand.Edit.self),
        (["affiliation", "archive", id], ArchiveCommand<AffiliationNoun>.self),
        (["affiliation", "restore", id], RestoreCommand<AffiliationNoun>.self),
        (["issue", "add", "Amnesty", "--objective", "d"], IssueCommand.Add.self),
        (["issue", "ls"], IssueCommand.List.self),
        (["issue", "show", "Amnesty"], ShowCommand<IssueNoun>.self),
        (["issue", "edit", "Amnesty", "--objective", "a", "--objective", "d"], IssueCommand.Edit.self),
        (["issue", "archive", "Amnesty"], ArchiveCommand<IssueNoun>.self),
        (["issue", "restore", "Amnesty"], RestoreCommand<IssueNoun>.self),
        (["meeting", "log", "--subject", "Amnesty implementation", "--with", "Democratic Party of Tajikistan", "--with",
          "Ministry of Justice", "--issue", "Amnesty=+1", "--on", "2000-06-12T10:00", "--at", "Dushanbe", "--note",
          "Supportive of extending the deadline."], MeetingCommand.Log.self),
        (["log", "--subject", "Call", "--with", "UNHCR", "--edit"], MeetingCommand.Log.self),
        (["meeting", "list", "--from", "2000-06-01", "--to", "2000-06-30"], MeetingCommand.List.self),
        (["meeting", "ls", "--with", "Ministry of Justice", "--issue", "Amnesty"], MeetingCommand.List.self),
        (["meeting", "show", id], ShowCommand<MeetingNoun>.self),
        (["meeting", "edit", id, "--subject", "New", "--stance", "Ministry of Justice:Amnesty=-1", "--if-version", "2"],
         MeetingCommand.Edit.self),
        (["meeting", "archive", id], ArchiveCommand<MeetingNoun>.self),
        (["meeting", "restore", id], RestoreCommand<MeetingNoun>.self),
        (["followup", "add", "Send the draft decree", "--owner", "me", "--due", "2000-06-30"], FollowupCommand.Add.self),
        (["followup", "list", "--overdue"], FollowupCommand.List.self),
        (["followup", "show", id], ShowCommand<FollowupNoun>.self),
        (["followup", "edit", id, "--status", "dropped"], FollowupCommand.Edit.self),
        (["followup", "done", id], FollowupCommand.Done.self),
        (["followup", "archive", id], ArchiveCommand<FollowupNoun>.self),
        (["followup", "restore", id], RestoreCommand<FollowupNoun>.self),
        (["user", "add", "officer2", "--role", "officer", "--clearance", "confidential"], UserCommand.Add.self),
        (["user", "list"], UserCommand.List.self),
        (["user", "show", "me"], UserCommand.Show.self),
        (["user", "edit", "officer2", "--disable"], UserCommand.Edit.self),
        (["user", "edit", "officer2", "--enable", "--clearance", "strictly-confidential"], UserCommand.Edit.self),
        (["token", "add", "laptop", "--expires", "2001-01-01"], TokenCommand.Add.self),
        (["token", "list"], TokenCommand.List.self),
        (["token", "revoke", id], TokenCommand.Revoke.self),
        (["audit", "list", "--org", "Ministry of Justice"], AuditCommand.List.self),
        (["audit"], AuditCommand.List.self),
        (["summary", "--from", "2000-06-01", "--to", "2000-08-31", "--format", "markdown"], SummaryCommand.self),
        (["summary", "--issue", "Amnesty", "--format", "html", "--out", "summary.html"], SummaryCommand.self),
        (["search", "Рахмонов"], SearchCommand.self),
        (["search", "amnesty", "deadline", "--type", "meeting", "--type", "issue", "--json"], SearchCommand.self),
        (["person", "merge", "Rustam Karimov", id, "--yes"], MergeCommand<PersonNoun>.self),
        (["org", "merge", "Ministry of Justice", id], MergeCommand<OrgNoun>.self),
        (["import", "organizations", "orgs.csv", "--dry-run"], ImportCommand.self),
        (["import", "people", "contacts.csv", "--errors", "rejected.csv", "--json"], ImportCommand.self),
        (["import", "meetings", "q3.csv", "--time-zone", "Asia/Dushanbe"], ImportCommand.self),
        (["sync"], Sync.self),
        (["sync", "--list"], Sync.self),
        (["config", "list"], ConfigCommand.List.self),
        (["config", "get", "time-zone"], ConfigCommand.Get.self),
        (["config", "set", "time-zone", "Asia/Dushanbe"], ConfigCommand.SetValue.self),
        (["config", "unset", "server"], ConfigCommand.Unset.self),
        (["status"], Status.self),
    ]

    /// Every leaf command in the tree.
    static func leaves(_ command: any ParsableCommand.Type = Liaison.self) -> [any ParsableCommand.Type] {
        let children = command.configuration.subcommands
        return children.isEmpty ? [command] : children.flatMap { leaves($0) }
    }

    @Test func everyExampleParsesToItsCommand() throws {
        for (arguments, type) in Self.examples {
            let parsed = try Liaison.parseAsRoot(arguments)
            #expect(ObjectIdentifier(Swift.type(of: parsed)) == ObjectIdentifier(type), "liaison \(arguments.joined(separator: " "))")
        }
    }

    @Test func everyCommandHasAParseExample() {
        let covered = Set(Self.examples.map { ObjectIdentifier($0.type) })
        for leaf in Self.leaves() {
            #expect(covered.contains(ObjectIdentifier(leaf)), "no parse example for \(leaf)")
        }
    }

    @Test func everyCommandHasHelpWithExamples() {
        var all: [any ParsableCommand.Type] = []
        func walk(_ command: any ParsableCommand.Type) {
            all.append(command)
            command.configuration.subcommands.forEach(walk)
        }
        walk(Liaison.self)
        #expect(all.count > 60)
        for command in all {
            #expect(command.configuration.discussion.contains("Examples:"), "\(String(reflecting: command)) has no examples")
        }
    }

    /// docs/man/liaison.1 is generated (scripts/generate-man-pages); this notices when it falls behind.
    @Test func theManPageDescribesEveryCommand() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let page = try String(contentsOf: root.appendingPathComponent("docs/man/liaison.1"), encoding: .utf8)
            .replacingOccurrences(of: "\\e", with: "\\").replacingOccurrences(of: "\\&", with: "")
        var all: [any ParsableCommand.Type] = []
        func walk(_ command: any ParsableCommand.Type) {
            all.append(command)
            command.configuration.subcommands.forEach(walk)
        }
        walk(Liaison.self)
        for command in all {
            let described = page.contains(command.configuration.abstract)
            #expect(described, "docs/man/liaison.1 lacks \(String(reflecting: command)); run scripts/generate-man-pages")
        }
    }

    @Test func theOneLineMeetingKeepsEverythingTyped() throws {
        let log = try #require(try Liaison.parseAsRoot(Self.examples.first { $0.type == MeetingCommand.Log.self }!.arguments)
            as? MeetingCommand.Log)
        #expect(log.subject == "Amnesty implementation")
        #expect(log.participants == ["Democratic Party of Tajikistan", "Ministry of Justice"])
        #expect(log.issue == ["Amnesty=+1"])
        #expect(log.on == "2000-06-12T10:00")
        #expect(log.at == "Dushanbe")
        #expect(log.note == "Supportive of extending the deadline.")
        #expect(log.confidential == false)
    }

    @Test func aliasesReachTheSameCommands() throws {
        #expect(try Liaison.parseAsRoot(["org", "ls"]) is Org.List)
        #expect(try Liaison.parseAsRoot(["organisation", "list"]) is Org.List)
        #expect(try Liaison.parseAsRoot(["people", "ls"]) is PersonCommand.List)
        #expect(try Liaison.parseAsRoot(["log", "--subject", "x", "--with", "y"]) is MeetingCommand.Log)
        #expect(try Liaison.parseAsRoot(["meeting", "view", Self.id]) is ShowCommand<MeetingNoun>)
    }

    @Test func badUsageIsRefusedBeforeAnythingIsSent() {
        let refused: [[String]] = [
            ["org", "add"],
            ["org", "add", "X", "--influence", "9"],
            ["person", "add", "X", "--role", "Minister"],
            ["issue", "add", "X", "--objective", "e"],
            ["log", "--subject", "x", "--with", "y", "--issue", "Amnesty=+3"],
            ["log", "--subject", "x", "--with", "y", "--confidential", "--strictly-confidential"],
            ["log", "--subject", "x", "--with", "y", "--kind", "party"],
            ["log", "--subject", "x", "--with", "y", "--followup", "x;due=2000-02-30"],
            ["meeting", "ls", "--from", "June"],
            ["meeting", "edit", Self.id, "--classification", "secret"],
            ["affiliation", "add", "A", "B", "--from", "2000-13-01"],
            ["affiliation", "edit", Self.id, "--to", "2000-01-01", "--ongoing"],
            ["followup", "add", "x", "--meeting", "yesterday"],
            ["followup", "list", "--status", "late"],
            ["user", "add", "x", "--role", "king", "--clearance", "confidential"],
            ["user", "edit", "x", "--enable", "--disable"],
            ["token", "revoke", "laptop"],
            ["audit", "list", "--record", "Ministry of Justice"],
            ["config", "set", "time-zone", "Mars/Olympus"],
            ["config", "set", "colour", "on"],
            ["org", "frobnicate"],
            ["summary", "--from", "2000-09-01", "--to", "2000-08-31"],
            ["summary", "--format", "pdf"],
            ["summary", "--gap-days", "0"],
            ["search"],
            ["search", "x", "--type", "planet"],
            ["person", "merge", "only-one"],
            ["import", "planets", "x.csv"],
            ["import", "people"],
        ]
        for arguments in refused {
            #expect(throws: (any Error).self, "liaison \(arguments.joined(separator: " "))") { try Liaison.parseAsRoot(arguments) }
        }
    }
}

@Suite("Did you mean")
struct CommandSuggestionTests {
    @Test func editsCountSwapsOfNeighboursAsOne() {
        #expect(CommandSuggestion.distance("log", "lgo") == 1)
        #expect(CommandSuggestion.distance("list", "lsit") == 1)
        #expect(CommandSuggestion.distance("search", "serch") == 1)
        #expect(CommandSuggestion.distance("org", "org") == 0)
        #expect(CommandSuggestion.distance("", "org") == 3)
    }

    @Test func theFirstWordNoGroupKnowsIsNamedWithWhatComesClose() {
        #expect(CommandSuggestion.unknownCommand(in: ["org", "lsit"], root: Liaison.self)
            == .init(word: "lsit", path: ["org"], suggestions: ["list"]))
        #expect(CommandSuggestion.unknownCommand(in: ["meting", "list"], root: Liaison.self)?.suggestions.first == "meeting")
        // Known commands, options and a command's own arguments are not mistakes.
        #expect(CommandSuggestion.unknownCommand(in: ["org", "show", "Ministry of Justice"], root: Liaison.self) == nil)
        #expect(CommandSuggestion.unknownCommand(in: ["--help"], root: Liaison.self) == nil)
        #expect(CommandSuggestion.unknownCommand(in: ["zzzz"], root: Liaison.self)?.suggestions == [])
    }
}

@Suite("What an audit entry changed")
struct AuditChangesTests {
    @Test func onlyTheFieldsThatDifferAndNotTheBookkeeping() {
        let before = #"{"id": "x", "name": "Ministry", "notes": "", "aliases": [], "version": 1, "updated_at": "a", "archived_at": null}"#
        let after = #"{"id": "x", "name": "Ministry", "notes": "Met.", "aliases": ["MoJ"], "version": 2, "updated_at": "b", "archived_at": null}"#
        #expect(AuditChanges.describe(before: before, after: after) == #"aliases: [] → ["MoJ"]; notes: "" → "Met.""#)
        #expect(AuditChanges.describe(before: nil, after: after) == #"aliases: ["MoJ"]; name: "Ministry"; notes: "Met.""#)
        #expect(AuditChanges.describe(before: after, after: after) == "")
        let long = String(repeating: "word ", count: 30)
        #expect(AuditChanges.describe(before: #"{"notes": ""}"#, after: "{\"notes\": \"\(long)\"}").hasSuffix("…\""))
    }
}
