import Foundation
import Subprocess
import SystemPackage
import Testing

/// The real `liaison` binary, logged in to a real `liaisond`, with its own config and outbox.
struct CLI {
    let directory: String
    let port: Int
    var environment: [String: String]

    init(directory: String, port: Int) {
        self.directory = directory
        self.port = port
        environment = [
            "XDG_CONFIG_HOME": directory + "/config", "XDG_STATE_HOME": directory + "/state", "LIAISON_SERVER": "", "LIAISON_TOKEN": "",
            "TZ": "Asia/Dushanbe", "NO_COLOR": "", "EDITOR": "", "VISUAL": "", "LIAISON_EDITOR": "",
        ]
    }

    var server: String { "http://127.0.0.1:\(port)" }

    /// Runs `liaison` with standard input and output as pipes.
    func run(_ arguments: [String], input: String? = nil, extra: [String: String] = [:]) async throws
        -> (status: TerminationStatus, output: String, error: String)
    {
        try await runCommand(Binaries.path("liaison"), arguments, environment: environment.merging(extra) { $1 }, input: input)
    }

    /// Runs `liaison` on a pseudo-terminal (through script(1)), as a person at a terminal would;
    /// `input` is what they type. Standard output and error arrive together, with CR LF line ends.
    func atTerminal(_ arguments: [String], input: String = "", extra: [String: String] = [:]) async throws
        -> (status: TerminationStatus, output: String)
    {
        let quoted = ([Binaries.path("liaison").string] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let result = try await runCommand(
            FilePath("/usr/bin/script"), ["-qec", "stty cols 200; " + quoted.joined(separator: " "), "/dev/null"],
            environment: environment.merging(extra) { $1 }, input: input)
        return (result.status, result.output)
    }

    func logIn() async throws {
        let token = try String(contentsOfFile: directory + "/admin-token", encoding: .utf8)
        let login = try await run(["auth", "login", "--server", server, "--with-token"], input: token)
        #expect(login.status == .exited(0), "\(login.error)")
    }

    /// Runs a command that must succeed and prints JSON, and returns the JSON.
    func json(_ arguments: [String], input: String? = nil, extra: [String: String] = [:]) async throws -> Any {
        let result = try await run(arguments + ["--json"], input: input, extra: extra)
        #expect(result.status == .exited(0), "liaison \(arguments.joined(separator: " ")): \(result.error)")
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8), options: [.fragmentsAllowed])
    }

    func object(_ arguments: [String], input: String? = nil) async throws -> [String: Any] {
        try #require(try await json(arguments, input: input) as? [String: Any])
    }

    func list(_ arguments: [String]) async throws -> [[String: Any]] {
        try #require(try await json(arguments) as? [[String: Any]])
    }
}

/// Runs `body` with a logged-in command line against a fresh server.
func withCommandLine(_ name: String, _ body: (CLI) async throws -> Void) async throws {
    try await withScratchDirectory(name) { directory in
        defer { try? FileManager.default.removeItem(atPath: directory + ".log") }
        let status = try await withRunningServer(directory) { port, _ in
            let cli = CLI(directory: directory, port: port)
            try await cli.logIn()
            try await body(cli)
        }
        #expect(status == .exited(0))
    }
}

@Suite("The liaison command line: mistakes named as typed", .timeLimit(.minutes(2)))
struct CommandLineMistakeTests {
    @Test func aMistypedCommandGetsTheClosestCommands() async throws {
        try await withScratchDirectory("liaison-typos") { directory in
            let cli = CLI(directory: directory, port: 9)
            for (typed, answer) in [
                (["lgo"], "'lgo' is not a command of `liaison`; did you mean `liaison log`?"),
                (["org", "lsit"], "'lsit' is not a command of `liaison org`; did you mean `liaison org list`?"),
                (["serch", "Rahmonov"], "did you mean `liaison search`?"),
                (["frobnicate"], "'frobnicate' is not a command of `liaison` (see `liaison --help`)"),
            ] {
                let result = try await cli.run(typed)
                #expect(result.status == .exited(2), "\(typed)")
                #expect(result.error.contains(answer), "\(typed): \(result.error)")
            }
            // A command's own argument is not taken for a mistyped command.
            let missing = try await cli.run(["org", "show"])
            #expect(missing.error.contains("Missing expected argument"), "\(missing.error)")
        }
    }

    @Test func anUnknownSectorIsAnsweredWithTheSectorsThereAre() async throws {
        try await withCommandLine("liaison-sectors") { cli in
            let result = try await cli.run(["org", "add", "Khatlon NGO", "--sector", "ngo"])
            #expect(result.status == .exited(2))
            #expect(result.error.contains("government, political-party, civil-society"), "\(result.error)")
        }
    }

    @Test func aBadStanceIsReportedAsTheStanceOptionNotTheIssueOption() async throws {
        try await withScratchDirectory("liaison-mistakes") { directory in
            // Refused before anything is sent: no server is needed.
            let cli = CLI(directory: directory, port: 9)
            for (typed, names) in [("Ministry of Justice:Amnesty=+9", "--stance wants"), ("Ministry of Justice:=+1", "--stance 'Ministry of Justice:=+1' names no issue")] {
                let result = try await cli.run([
                    "meeting", "log", "--subject", "Talks", "--with", "Ministry of Justice", "--on", "2000-06-12T10:00",
                    "--stance", typed, "--server", cli.server,
                ])
                #expect(result.status != .exited(0))
                #expect(result.error.contains(names), "\(result.error)")
                #expect(!result.error.contains("--issue"), "\(result.error)")
            }
        }
    }
}

@Suite("The liaison command line: every noun and verb", .timeLimit(.minutes(5)))
struct CommandLineNounTests {
    @Test func showEditArchiveRestoreAndAVersionConflict() async throws {
        try await withCommandLine("liaison-edit") { cli in
            #expect(try await cli.run(["org", "add", "Democratic Party of Tajikistan", "--sector", "political-party"]).status == .exited(0))
            #expect(try await cli.run(["org", "add", "Ministry of Justice", "--sector", "government"]).status == .exited(0))
            #expect(try await cli.run(["person", "add", "Rustam Karimov", "--org", "Ministry of Justice", "--role", "Deputy Minister"])
                .status == .exited(0))
            #expect(try await cli.run(["issue", "add", "Amnesty"]).status == .exited(0))
            let meeting = try await cli.object([
                "meeting", "log", "--subject", "Amnesty implementation", "--with", "Democratic Party of Tajikistan",
                "--with", "Ministry of Justice", "--issue", "Amnesty=+1", "--on", "2000-06-12T10:00", "--at", "Dushanbe",
                "--note", "Supportive of extending the deadline.",
            ])
            let id = try #require(meeting["id"] as? String)

            // Show, as a table and as JSON.
            let table = try await cli.run(["meeting", "show", id, "--format", "table"])
            #expect(table.status == .exited(0), "\(table.error)")
            #expect(table.output.contains("Amnesty implementation"))
            #expect(table.output.contains("2000-06-12 10:00 +05:00"))
            #expect(table.output.contains("Positions"))
            #expect(table.output.split(separator: "\n").contains { $0.hasPrefix("Ministry of Justice ") && $0.contains("  Amnesty  +1") })
            #expect(try await cli.object(["meeting", "show", id])["version"] as? Int == 1)

            // Someone edits it; an edit based on the version seen before is refused with exit 5 and saves nothing.
            let first = try await cli.run(["meeting", "edit", id, "--subject", "Amnesty: implementation decree"])
            #expect(first.status == .exited(0), "\(first.error)")
            #expect(first.output.contains("version 2"))
            let stale = try await cli.run(["meeting", "edit", id, "--note", "Overwritten?", "--if-version", "1"])
            #expect(stale.status == .exited(5))
            #expect(stale.error.contains("version 2"))
            #expect(stale.error.split(separator: "\n").count == 1)
            let after = try await cli.object(["meeting", "show", id])
            #expect(after["subject"] as? String == "Amnesty: implementation decree")
            #expect(after["notes"] as? String == "Supportive of extending the deadline.")
            #expect((after["positions"] as? [Any])?.count == 2)
            #expect(try await cli.run(["meeting", "edit", id, "--stance", "Ministry of Justice:Amnesty=-1", "--if-version", "2"]).status
                == .exited(0))
            let stances = try #require(try await cli.object(["meeting", "show", id])["positions"] as? [[String: Any]])
            #expect(stances.compactMap { $0["stance"] as? Int }.sorted() == [-1, 1])

            // A new start without an offset is read in the meeting's own zone, which it keeps.
            #expect(try await cli.run(["meeting", "edit", id, "--on", "2000-06-12T11:00"], extra: ["TZ": "Europe/London"]).status == .exited(0))
            #expect(try await cli.object(["meeting", "show", id])["localStart"] as? String == "2000-06-12T11:00:00+05:00")

            // Names: another spelling added by edit finds the record; archive hides it, restore by name brings it back.
            #expect(try await cli.run(["org", "edit", "Democratic Party of Tajikistan", "--alias", "ДПТ"]).status == .exited(0))
            #expect(try await cli.object(["org", "show", "дпт"])["name"] as? String == "Democratic Party of Tajikistan")
            #expect(try await cli.run(["org", "archive", "Ministry of Justice"]).status == .exited(0))
            #expect(!(try await cli.run(["org", "ls"]).output.contains("Ministry of Justice")))
            #expect(try await cli.run(["org", "show", "Ministry of Justice"]).status == .exited(4))
            let restored = try await cli.run(["org", "restore", "Ministry of Justice"])
            #expect(restored.status == .exited(0), "\(restored.error)")
            #expect(try await cli.run(["org", "ls"]).output.contains("Ministry of Justice"))

            // Times in the user's zone; the history of a stakeholder; where stakeholders stand on an issue.
            let london = try await cli.run(["meeting", "ls", "--time-zone", "Europe/London"])
            #expect(london.output.hasPrefix("2000-06-12 07:00\tAmnesty: implementation decree"))
            #expect(try await cli.run(["config", "set", "time-zone", "Asia/Tokyo"]).status == .exited(0))
            #expect(try await cli.run(["meeting", "ls"]).output.hasPrefix("2000-06-12 15:00\t"))
            let history = try await cli.list(["org", "history", "Ministry of Justice"])
            #expect(history.contains { $0["type"] as? String == "meeting" })
            let issue = try await cli.run(["issue", "show", "Amnesty", "--format", "table"])
            #expect(issue.output.contains("Where stakeholders stand"))

            // Affiliations by name and id.
            let roles = try await cli.list(["affiliation", "ls", "--person", "Rustam Karimov"])
            let role = try #require(roles.first?["id"] as? String)
            #expect(try await cli.run(["affiliation", "edit", role, "--to", "2000-08-31"]).status == .exited(0))
            #expect(try await cli.object(["affiliation", "show", role])["to"] as? String == "2000-08-31")
            // An ended role is shown as ended, and not as one held now.
            let shown = try await cli.run(["person", "show", "Rustam Karimov", "--format", "table"])
            #expect(shown.output.contains("Earlier roles"), "\(shown.output)")
            #expect(shown.output.contains("to 2000-08-31"), "\(shown.output)")
            let listed = try await cli.run(["person", "ls", "Rustam"])
            #expect(listed.output.hasPrefix("Rustam Karimov\t\t"), "\(listed.output)")
            #expect(try await cli.run(["affiliation", "show", "Rustam Karimov"]).status == .exited(2))
        }
    }

    @Test func followUpsAccountsTokensAndTheAuditTrail() async throws {
        try await withCommandLine("liaison-accounts") { cli in
            #expect(try await cli.run(["org", "add", "Ministry of Justice", "--sector", "government"]).status == .exited(0))
            let followup = try await cli.object(["followup", "add", "Send the draft decree", "--owner", "Ministry of Justice", "--due", "2000-06-30"])
            let id = try #require(followup["id"] as? String)
            #expect(try await cli.list(["followup", "ls", "--overdue"]).count == 1)
            let mine = try await cli.object(["followup", "add", "Call back", "--owner", "me"])
            let admins = try await cli.object(["followup", "add", "Check the list", "--owner", "admin"])  // a staff login
            #expect((admins["owedBy"] as? [String: Any])?["type"] as? String == "user")
            #expect(try await cli.run(["followup", "archive", try #require(admins["id"] as? String)]).status == .exited(0))
            #expect((mine["owedBy"] as? [String: Any])?["type"] as? String == "user")
            #expect(try await cli.run(["followup", "done", id]).output.contains("Done"))
            #expect(try await cli.list(["followup", "ls", "--overdue"]).isEmpty)
            #expect(try await cli.list(["followup", "ls", "--owner", "me"]).count == 1)

            // Accounts: an officer with a password from standard input, then disabled.
            let officer = try await cli.object(
                ["user", "add", "officer2", "--role", "officer", "--clearance", "confidential", "--name", "Field officer"],
                input: "a long enough password\n")
            #expect(officer["role"] as? String == "officer")
            let login = try await cli.run(["auth", "login", "--server", cli.server, "--login", "officer2"], input: "a long enough password\n",
                                          extra: ["XDG_CONFIG_HOME": cli.directory + "/officer"])
            #expect(login.status == .exited(0), "\(login.error)")
            #expect(try await cli.object(["user", "edit", "officer2", "--disable"])["active"] as? Bool == false)
            #expect(try await cli.run(["auth", "status"], extra: ["XDG_CONFIG_HOME": cli.directory + "/officer"]).status == .exited(3))

            // A token for a script: shown once, works at once, stops when revoked.
            let made = try await cli.run(["token", "add", "report script"])
            #expect(made.status == .exited(0), "\(made.error)")
            let token = try #require(made.output.split(separator: "\n").last.map(String.init))
            #expect(token.hasPrefix("lsn_"))
            #expect(try await cli.run(["auth", "status"], extra: ["LIAISON_TOKEN": token]).status == .exited(0))
            let tokens = try await cli.list(["token", "ls"])
            let tokenID = try #require(tokens.first { $0["name"] as? String == "report script" }?["id"] as? String)
            #expect(try await cli.run(["token", "revoke", tokenID]).status == .exited(0))
            #expect(try await cli.run(["auth", "status"], extra: ["LIAISON_TOKEN": token]).status == .exited(3))

            // The audit trail of one organisation, by name.
            let trail = try await cli.list(["audit", "list", "--org", "Ministry of Justice"])
            #expect(trail.first?["action"] as? String == "create")
            #expect(try await cli.run(["audit", "--type", "users", "--format", "csv"]).output.contains("officer2") == false)
            #expect(try await cli.run(["audit", "--type", "users", "--format", "csv"]).output.hasPrefix("when,who,action,record,id"))
            // What each change did, not two whole records.
            #expect(try await cli.run(["org", "edit", "Ministry of Justice", "--notes", "Met twice."]).status == .exited(0))
            let changes = try await cli.run(["audit", "list", "--org", "Ministry of Justice", "--changes", "--format", "tsv"])
            #expect(changes.status == .exited(0), "\(changes.error)")
            let lines = changes.output.split(separator: "\n").map(String.init)
            #expect(lines.first { $0.contains("\tupdate\t") }?.hasSuffix("\tnotes: \"\" → \"Met twice.\"") == true, "\(changes.output)")
            #expect(lines.first { $0.contains("\tcreate\t") }?.contains("name: \"Ministry of Justice\"; sector: \"government\"") == true,
                    "\(changes.output)")
        }
    }
}

@Suite("The liaison command line at a terminal", .timeLimit(.minutes(5)))
struct CommandLineTerminalTests {
    @Test func notesFromTheEditorPromptsForWhatIsMissingAndColourOnlyOnATerminal() async throws {
        try await withCommandLine("liaison-tty") { cli in
            for (name, sector) in [("Ministry of Justice", "government"), ("Khatlon Women's Association", "civil-society"),
                                   ("Khatlon Farmers' Union", "civil-society")] {
                #expect(try await cli.run(["org", "add", name, "--sector", sector]).status == .exited(0))
            }
            // $EDITOR, as git commit uses it: what is written above the scissors line becomes the notes.
            let editor = cli.directory + "/editor.sh"
            try "#!/bin/sh\n{ printf 'Long notes\\n\\n# A heading kept\\n'; cat \"$1\"; } > \"$1.new\" && mv \"$1.new\" \"$1\"\n"
                .write(toFile: editor, atomically: true, encoding: .utf8)
            chmod(editor, 0o755)
            let written = try await cli.run(
                ["log", "--subject", "Written at length", "--with", "Ministry of Justice", "--on", "2000-06-21T11:00", "--edit", "--json"],
                extra: ["EDITOR": editor])
            #expect(written.status == .exited(0), "\(written.error)")
            let meeting = try #require(try JSONSerialization.jsonObject(with: Data(written.output.utf8)) as? [String: Any])
            #expect(meeting["notes"] as? String == "Long notes\n\n# A heading kept")
            // --note seeds the editor, as docs/cli.md says: the editor's text comes above it.
            let seeded = try await cli.run(
                ["log", "--subject", "Seeded", "--with", "Ministry of Justice", "--on", "2000-06-22T11:00", "--note", "Typed first.",
                 "--edit", "--json"], extra: ["EDITOR": editor])
            #expect(seeded.status == .exited(0), "\(seeded.error)")
            let seededMeeting = try #require(try JSONSerialization.jsonObject(with: Data(seeded.output.utf8)) as? [String: Any])
            #expect(seededMeeting["notes"] as? String == "Long notes\n\n# A heading kept\nTyped first.")
            // What was written survives a failure after the editor closed.
            let typo = try await cli.run(["log", "--subject", "Lost?", "--with", "Ministy of Jutsice", "--edit"], extra: ["EDITOR": editor])
            #expect(typo.status == .exited(4))
            #expect(typo.error.contains("last-notes.md"))
            let kept = try String(contentsOfFile: cli.directory + "/state/liaison/last-notes.md", encoding: .utf8)
            #expect(kept.hasPrefix("Long notes"))
            // Without a terminal and without EDITOR, no editor is started (it would wait for ever).
            let noEditor = try await cli.run(["log", "--subject", "x", "--with", "Ministry of Justice", "--edit"])
            #expect(noEditor.status == .exited(2))
            #expect(noEditor.error.contains("set EDITOR"))
            // Saving empty notes logs nothing.
            let empty = try await cli.run(
                ["log", "--subject", "Abandoned", "--with", "Ministry of Justice", "--edit"], extra: ["EDITOR": "true"])
            #expect(empty.status == .exited(2))
            #expect(empty.error.contains("nothing was logged"))
            #expect(try await cli.list(["meeting", "ls", "--text", "Abandoned"]).isEmpty)

            // At a terminal, an ambiguous name is a question; in a pipe it is an error listing the candidates.
            let piped = try await cli.run(["log", "--subject", "Khatlon visit", "--with", "Khatlon", "--on", "2000-06-22T09:00"])
            #expect(piped.status == .exited(2))
            #expect(piped.error.contains("Khatlon Farmers' Union") && piped.error.contains("Khatlon Women's Association"))
            let asked = try await cli.atTerminal(["log", "--subject", "Khatlon visit", "--with", "Khatlon", "--on", "2000-06-22T09:00"],
                                                 input: "2\n")
            #expect(asked.status == .exited(0), "\(asked.output)")
            #expect(asked.output.contains("Which one?"))
            let visit = try #require(try await cli.list(["meeting", "ls", "--text", "Khatlon visit"]).first)
            #expect((visit["participants"] as? [[String: Any]])?.first?["name"] as? String == "Khatlon Women's Association")

            // What is missing is asked for at a terminal, and refused in a pipe.
            let missing = try await cli.run(["log", "--with", "Ministry of Justice"])
            #expect(missing.status == .exited(2))
            #expect(missing.error.contains("give --subject"))
            let prompted = try await cli.atTerminal(["log", "--on", "2000-06-23T15:00"],
                                                    input: "Asked for at the terminal\nMinistry of Justice\n\n\nBrief.\n")
            #expect(prompted.status == .exited(0), "\(prompted.output)")
            #expect(prompted.output.contains("Subject:"))
            let asked2 = try #require(try await cli.list(["meeting", "ls", "--text", "Asked for at the terminal"]).first)
            #expect(asked2["notes"] as? String == "Brief.")

            // Colour on a terminal only, and never with NO_COLOR.
            let escape = "\u{1B}["
            #expect(try await cli.atTerminal(["org", "ls"]).output.contains(escape))
            #expect(!(try await cli.atTerminal(["org", "ls"], extra: ["NO_COLOR": "1"]).output.contains(escape)))
            #expect(!(try await cli.run(["org", "ls", "--format", "table"]).output.contains(escape)))
        }
    }

    @Test func everyKindOfRecordAddedOfflineIsKeptAndSentInOrder() async throws {
        try await withCommandLine("liaison-offline-all") { cli in
            let token = try String(contentsOfFile: cli.directory + "/admin-token", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            let down = ["--server", "http://127.0.0.1:1"]
            let extra = ["LIAISON_TOKEN": token]
            let org = try await cli.run(["org", "add", "Khatlon Women's Association", "--sector", "civil-society"] + down, extra: extra)
            #expect(org.status == .exited(7), "\(org.error)")
            #expect(org.error.contains("organisation \"Khatlon Women's Association\" is kept in the outbox"))
            // The person names the organisation that is itself still waiting: sent in order, it resolves.
            let person = try await cli.run(
                ["person", "add", "Gulnora Saidova", "--org", "Khatlon Women's Association", "--role", "Chair"] + down, extra: extra)
            #expect(person.status == .exited(7))
            #expect(try await cli.run(["issue", "add", "Women's participation"] + down, extra: extra).status == .exited(7))
            let waiting = try await cli.run(["sync", "--list"])
            #expect(waiting.output.split(separator: "\n").count == 3)
            let synced = try await cli.run(["sync"])
            #expect(synced.status == .exited(0), "\(synced.error)")
            #expect(synced.output.contains("Sent 3; 0 still waiting."))
            let people = try await cli.list(["person", "ls", "Gulnora"])
            #expect(people.count == 1)
            #expect((people.first?["affiliations"] as? [[String: Any]])?.first?["organizationName"] as? String == "Khatlon Women's Association")
            #expect(try await cli.run(["sync"]).output.contains("Nothing waits"))
        }
    }
}

@Suite("The README's first meeting on the demo data", .timeLimit(.minutes(5)))
struct FirstMeetingTests {
    /// The issue's acceptance lines, as written, against `liaisond serve --demo`: records that the
    /// demo already holds are not added twice, so the names in the one-line meeting stay unambiguous.
    @Test func theOneLineMeetingOnTheDemoDataShowsInTheList() async throws {
        try await withScratchDirectory("liaison-readme") { directory in
            defer { try? FileManager.default.removeItem(atPath: directory + ".log") }
            let status = try await withRunningServer(directory, extraArguments: ["--demo"]) { port, _ in
                let cli = CLI(directory: directory, port: port)
                try await cli.logIn()
                let org = try await cli.run(["org", "add", "Democratic Party of Tajikistan", "--sector", "political-party", "--region", "Dushanbe"])
                #expect(org.status == .exited(0), "\(org.error)")
                #expect(org.output.hasPrefix("Already recorded: Democratic Party of Tajikistan"))
                #expect(org.error.contains("not applied to the organisation already recorded: region dushanbe (recorded: national)"))
                #expect(try await cli.list(["org", "ls", "Democratic Party of Tajikistan"]).filter {
                    $0["name"] as? String == "Democratic Party of Tajikistan"
                }.count == 1)
                // The demo data is loaded by SQL; its search keys were computed at start-up, in batches.
                let found = try await cli.list(["search", "Вазорати адлияи Ҷумҳурии Тоҷикистон", "--type", "organization"])
                #expect(found.first?["title"] as? String == "Ministry of Justice")
                #expect(found.first?["exact"] as? Bool == true)
                let person = try await cli.object(["person", "add", "Rustam Karimov", "--org", "Ministry of Justice", "--role", "Deputy Minister"])
                #expect(person["id"] is String)
                #expect(try await cli.object(["issue", "add", "Amnesty", "--objective", "d"])["title"] as? String == "Amnesty")
                let logged = try await cli.run([
                    "meeting", "log", "--subject", "Amnesty implementation", "--with", "Democratic Party of Tajikistan",
                    "--with", "Ministry of Justice", "--issue", "Amnesty=+1", "--on", "2000-06-12T10:00", "--at", "Dushanbe",
                    "--note", "Supportive of extending the deadline.",
                ])
                #expect(logged.status == .exited(0), "\(logged.error)")
                let meetings = try await cli.list(["meeting", "list"])
                let ours = try #require(meetings.first { $0["subject"] as? String == "Amnesty implementation" })
                #expect((ours["participants"] as? [[String: Any]])?.compactMap { $0["name"] as? String }.sorted()
                    == ["Democratic Party of Tajikistan", "Ministry of Justice"])
                #expect((ours["positions"] as? [[String: Any]])?.compactMap { $0["issueTitle"] as? String } == ["Amnesty", "Amnesty"])
                // A second run of the same adds nothing new but the meeting (meetings are not names).
                #expect(try await cli.run(["issue", "add", "Amnesty"]).output.hasPrefix("Already recorded: Amnesty"))
            }
            #expect(status == .exited(0))
        }
    }
}

@Suite("The consensus summary on the demo data", .timeLimit(.minutes(5)))
struct SummaryReportTests {
    /// Headless Chromium (Debian's `chromium`), as root without its sandbox, with a throwaway profile.
    static func chromium(_ arguments: [String], profile: String) async throws -> (status: TerminationStatus, output: String, error: String) {
        try await runCommand(
            FilePath("/usr/bin/timeout"),
            ["120", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile)"] + arguments)
    }

    @Test func markdownToPasteAndHTMLThatRendersWithItsCharts() async throws {
        try await withScratchDirectory("liaison-summary") { directory in
            defer { try? FileManager.default.removeItem(atPath: directory + ".log") }
            let status = try await withRunningServer(directory, extraArguments: ["--demo"]) { port, _ in
                let cli = CLI(directory: directory, port: port)
                try await cli.logIn()
                let period = ["summary", "--from", "2000-06-01", "--to", "2000-08-31"]

                let markdown = try await cli.run(period + ["--format", "markdown"])
                #expect(markdown.status == .exited(0), "\(markdown.error)")
                #expect(markdown.output.hasPrefix("# Broadening the base of national consensus: 2000-06-01 to 2000-08-31"))
                for heading in ["## Where the sectors stand", "### Amnesty law implementation", "| Sector | −2 | −1 | 0 | +1 | +2 |",
                                "## Engagement", "## Not met in the last 30 days", "## Follow-ups"] {
                    #expect(markdown.output.contains(heading), "no \(heading)")
                }
                let terminal = try await cli.run(period)
                #expect(terminal.output.contains("Amnesty law implementation\n  convergence "))
                #expect(terminal.output.contains("│"))

                // The JSON is the API's, and the figures agree with the Markdown.
                let json = try #require(try await cli.json(period) as? [String: Any])
                let meetings = try #require((json["engagement"] as? [String: Any])?["meetings"] as? Int)
                #expect(markdown.output.contains("**\(meetings) meetings**"))

                // --top shortens every list and keeps the counts whole; the reports say what is left out.
                // (From mid-July, so that stances from June can move.)
                let later = ["summary", "--from", "2000-07-15", "--to", "2000-09-30"]
                let full = try #require(try await cli.json(later) as? [String: Any])
                let short = try #require(try await cli.json(later + ["--top", "1"]) as? [String: Any])
                let whole = try #require(full["issues"] as? [[String: Any]]), cut = try #require(short["issues"] as? [[String: Any]])
                #expect(whole.count == cut.count)
                for (whole, cut) in zip(whole, cut) {
                    for list in ["map", "movements"] {
                        let total = try #require(whole[list + "Total"] as? Int)
                        #expect((whole[list] as? [Any])?.count == total)
                        #expect((cut[list] as? [Any])?.count == min(1, total), "\(list)")
                        #expect(cut[list + "Total"] as? Int == total)
                    }
                }
                #expect(whole.contains { ($0["movementsTotal"] as? Int ?? 0) > 1 }, "the demo period has an issue where several moved")
                #expect(short["gapsTotal"] as? Int == full["gapsTotal"] as? Int)
                let shortMarkdown = try await cli.run(later + ["--top", "1", "--format", "markdown"])
                #expect(shortMarkdown.output.contains("more changes (raise --top to list them)"), "\(shortMarkdown.output)")
                let tooMany = try await cli.run(period + ["--top", "1001"])
                #expect(tooMany.status != .exited(0) && tooMany.error.contains("--top"))

                // One self-contained file that a real browser renders, charts and all.
                let report = directory + "/summary.html"
                let written = try await cli.run(period + ["--format", "html", "--out", report])
                #expect(written.status == .exited(0), "\(written.error)")
                let html = try String(contentsOfFile: report, encoding: .utf8)
                #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
                let profile = directory + "/chromium"
                let shot = directory + "/summary.png", blank = directory + "/blank.png"
                let rendered = try await Self.chromium(["--screenshot=\(shot)", "--window-size=1000,1400", "file://\(report)"], profile: profile)
                #expect(rendered.status == .exited(0), "\(rendered.error)")
                try "<!doctype html><html><body></body></html>".write(toFile: directory + "/blank.html", atomically: true, encoding: .utf8)
                _ = try await Self.chromium(["--screenshot=\(blank)", "--window-size=1000,1400", "file://\(directory)/blank.html"], profile: profile)
                // Charts are in colour; text and an empty page are not. scripts/png-colours.py counts
                // the strongly coloured pixels of a screenshot.
                func colouredShare(_ png: String) async throws -> Double {
                    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                        .deletingLastPathComponent().appendingPathComponent("scripts/png-colours.py").path
                    let counted = try await runCommand(FilePath("/usr/bin/env"), ["python3", script, png])
                    let numbers = counted.output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
                    #expect(numbers.count == 2, "\(counted.error)")
                    return numbers.count == 2 ? numbers[0] / numbers[1] : 0
                }
                let share = try await colouredShare(shot)
                #expect(share > 0.005, "only \(share * 100)% of the rendered report is in colour")
                #expect(try await colouredShare(blank) == 0)
                // What the browser built: every kind of chart, with its marks.
                let dom = try await Self.chromium(["--dump-dom", "file://\(report)"], profile: profile)
                for chart in ["stance-bars", "convergence", "weekly", "map"] {
                    #expect(dom.output.contains("class=\"chart \(chart)\""), "no \(chart) chart")
                }
                #expect(dom.output.components(separatedBy: "<rect").count > 50)
                #expect(dom.output.components(separatedBy: "<circle").count > 20)
                #expect(dom.output.contains("<path d=\"M"))
            }
            #expect(status == .exited(0))
        }
    }
}

@Suite("Search, duplicates and merging from the command line", .timeLimit(.minutes(5)))
struct SearchCommandLineTests {
    @Test func findAnyScriptRefuseADuplicateAndMergeIt() async throws {
        try await withCommandLine("liaison-search") { cli in
            let kept = try #require(try await cli.object(["person", "add", "Emomali Rakhmonov"])["id"] as? String)
            #expect(try await cli.run(["org", "add", "Ministry of Justice", "--sector", "government"]).status == .exited(0))
            // Whatever the script or spelling, the same person comes first.
            for query in ["Рахмонов", "rahmonov", "رحمانوف"] {
                let found = try await cli.list(["search", query])
                #expect(found.first?["id"] as? String == kept, "\(query)")
            }
            let table = try await cli.run(["search", "Рахмонов", "--format", "table"])
            #expect(table.output.contains("Emomali Rakhmonov"))
            // Names given to other commands are matched the same way.
            let logged = try await cli.run(["log", "--subject", "Call", "--with", "Раҳмонов", "--with", "Вазорати адлия", "--on", "2000-06-12T10:00"])
            #expect(logged.status == .exited(4))  // the ministry has no Tajik name yet
            #expect(try await cli.run(["org", "edit", "Ministry of Justice", "--alias", "Вазорати адлия"]).status == .exited(0))
            let relogged = try await cli.object(["log", "--subject", "Call", "--with", "Раҳмонов", "--with", "Вазорати адлия", "--on", "2000-06-12T10:00"])
            #expect((relogged["participants"] as? [[String: Any]])?.compactMap { $0["name"] as? String }.sorted()
                == ["Emomali Rakhmonov", "Ministry of Justice"])

            // The same name in Cyrillic is a likely duplicate: refused in a pipe, with what to do.
            let duplicate = try await cli.run(["person", "add", "Эмомали Раҳмонов"])
            #expect(duplicate.status == .exited(5))
            #expect(duplicate.error.contains("Emomali Rakhmonov") && duplicate.error.contains("--force"))
            // At a terminal the question is asked; no adds nothing.
            let declined = try await cli.atTerminal(["person", "add", "Эмомали Раҳмонов"], input: "n\n")
            #expect(declined.output.contains("Add it anyway?"))
            #expect(declined.status == .exited(5))
            let other = try #require(try await cli.object(["person", "add", "Эмомали Раҳмонов", "--force"])["id"] as? String)
            _ = try await cli.run(["log", "--subject", "With the duplicate", "--with", other, "--on", "2000-06-13T10:00"])

            // Merging asks at a terminal, needs --yes elsewhere, and leaves one record with everything.
            #expect(try await cli.run(["person", "merge", kept, other]).status == .exited(2))
            let merged = try await cli.run(["person", "merge", kept, other, "--yes"])
            #expect(merged.status == .exited(0), "\(merged.error)")
            #expect(merged.output.hasPrefix("Merged"))
            let history = try await cli.list(["person", "history", kept])
            #expect(history.filter { $0["type"] as? String == "meeting" }.count == 2)
            let found = try await cli.list(["search", "Эмомали Раҳмонов", "--type", "person"])
            #expect(found.compactMap { $0["id"] as? String } == [kept])
            #expect(try await cli.object(["person", "show", other])["mergedInto"] as? String == kept)
            #expect(try await cli.run(["person", "show", other, "--format", "table"]).output.contains("Merged into  \(kept)"))
        }
    }
}
