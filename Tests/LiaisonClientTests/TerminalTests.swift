import Foundation
@testable import LiaisonCLI
import LiaisonClient
import Testing

/// A dialogue with scripted answers; what was asked is kept.
final class ScriptedTerminal: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [String]
    private(set) var written = ""

    init(_ answers: [String]) { self.answers = answers }

    var prompter: Prompter {
        Prompter(
            readLine: { [self] in lock.withLock { answers.isEmpty ? nil : answers.removeFirst() } },
            write: { [self] text in lock.withLock { written += text } })
    }
}

@Suite("Talking to the person at the terminal")
struct TerminalTests {
    let candidates = [
        NameResolver.Candidate(id: "1", name: "Rustam Karimov", context: "Deputy Minister, Ministry of Justice"),
        NameResolver.Candidate(id: "2", name: "Rustam Sangov", context: "Khatlon Oblast Hukumat"),
    ]

    @Test func anAmbiguousNameIsAskedAboutUntilANumberIsGiven() {
        let terminal = ScriptedTerminal(["x", "3", "2"])
        let chosen = terminal.prompter.choose(typed: "Rustam", noun: "person", candidates: candidates)
        #expect(chosen?.id == "2")
        #expect(terminal.written.contains("1. Rustam Karimov (Deputy Minister, Ministry of Justice)"))
        #expect(terminal.written.components(separatedBy: "Type a number from 1 to 2").count == 3)
    }

    @Test func anEmptyAnswerOrTheEndOfInputChoosesNothing() {
        #expect(ScriptedTerminal([""]).prompter.choose(typed: "Rustam", noun: "person", candidates: candidates) == nil)
        #expect(ScriptedTerminal([]).prompter.choose(typed: "Rustam", noun: "person", candidates: candidates) == nil)
    }

    @Test func aMeetingsMissingPartsAreAskedFor() throws {
        let terminal = ScriptedTerminal(["", "Amnesty in Khatlon", "Ministry of Justice", "UNHCR", "", "Amnesty=+9", "Amnesty=+1", "", "Warm."])
        let answers = try MeetingCommand.Log.ask(terminal.prompter, subject: nil, participants: [], issues: [], askNotes: true)
        #expect(answers == .init(subject: "Amnesty in Khatlon", participants: ["Ministry of Justice", "UNHCR"], issues: ["Amnesty=+1"], notes: "Warm."))
        #expect(terminal.written.contains("-2 to +2"))  // the bad stance was explained and asked again
    }

    @Test func whatWasTypedIsNotAskedAgainAndTheEndOfInputStops() throws {
        let terminal = ScriptedTerminal([""])
        let answers = try MeetingCommand.Log.ask(terminal.prompter, subject: "Given", participants: ["UNHCR"], issues: [], askNotes: false)
        #expect(answers.subject == "Given")
        #expect(!terminal.written.contains("Subject"))
        #expect(throws: ClientError.self) {
            try MeetingCommand.Log.ask(ScriptedTerminal(["Only a subject"]).prompter, subject: nil, participants: [], issues: [], askNotes: false)
        }
    }

    @Test func colourOnlyOnATerminalAndNeverWithNO_COLOR() {
        #expect(Style.wanted(isTerminal: true, environment: [:]))
        #expect(!Style.wanted(isTerminal: false, environment: [:]))
        #expect(!Style.wanted(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(Style.wanted(isTerminal: true, environment: ["NO_COLOR": ""]))  // no-color.org: set and non-empty
        #expect(!Style.wanted(isTerminal: true, environment: ["TERM": "dumb"]))
        #expect(Style(enabled: true).paint("x", .red) == "\u{1B}[31mx\u{1B}[0m")
        #expect(Style(enabled: false).paint("x", .red) == "x")
    }

    @Test func tablesAlignAndColourOnlyWhenAsked() {
        let rows = [["Ministry of Justice", "+1"], ["UNHCR", "-2"]]
        let plain = renderRows(["stakeholder", "stance"], rows, format: .table, style: Style(enabled: false)) { column, text in
            column == 1 ? Style.stance(text) : nil
        }
        #expect(plain == "STAKEHOLDER          STANCE\nMinistry of Justice  +1\nUNHCR                -2\n")
        let coloured = renderRows(["stakeholder", "stance"], rows, format: .table, style: Style(enabled: true)) { column, text in
            column == 1 ? Style.stance(text) : nil
        }
        #expect(coloured.contains("\u{1B}[32m+1\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[31m-2\u{1B}[0m"))
        #expect(renderRows(["a", "b"], [["x\ty", "z"]], format: .tsv, style: Style(enabled: true)) == "x y\tz\n")
        #expect(renderRows(["a", "b"], [["x,y", "say \"hi\""]], format: .csv, style: Style(enabled: false))
            == "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n")
        #expect(renderRows(["a"], [["x|y"]], format: .markdown, style: Style(enabled: false)) == "| a |\n|---|\n| x\\|y |\n")
    }

    @Test func wideTablesShrinkTheirWidestColumnsButNeverIds() {
        #expect(fitColumns([10, 40, 36], into: 200, keep: [2]) == [10, 40, 36])
        let fitted = fitColumns([10, 40, 36], into: 70, keep: [2])
        #expect(fitted[2] == 36)
        #expect(fitted.reduce(0, +) + 4 <= 70)
        #expect(shorten("Quarterly coordination", to: 10) == "Quarterly…")
        #expect(shorten("short", to: 10) == "short")
    }

    @Test func theEditorsTextStopsAtTheScissorsLine() {
        let template = Editor.template(text: "Old notes", instructions: ["Notes of \"Amnesty\"."])
        #expect(template.hasPrefix("Old notes\n\n" + Editor.scissors + "\n"))
        #expect(Editor.text(fromEdited: template) == "Old notes")
        #expect(Editor.text(fromEdited: "# Heading\nNew text\n\n" + template) == "# Heading\nNew text\n\nOld notes")
        #expect(Editor.text(fromEdited: "\n\n" + Editor.scissors + "\n# anything") == "")
        #expect(Editor.command(environment: ["EDITOR": "nano", "VISUAL": "code --wait"]) == "code --wait")
        #expect(Editor.command(environment: [:]) == "vi")
    }

    @Test func theEditorRunsWithTheFileAndItsTextComesBack() throws {
        let directory = NSTemporaryDirectory() + "liaison-editor-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let script = directory + "/editor.sh"
        try "#!/bin/sh\nprintf 'Written in the editor\\n' | cat - \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        // The text is kept in the state folder of the environment given, never the real home's.
        let environment = ["EDITOR": script, "HOME": directory + "/home", "XDG_STATE_HOME": directory + "/state"]
        #expect(try Editor.edit("", instructions: [], environment: environment) == "Written in the editor")
        #expect(try String(contentsOfFile: directory + "/state/liaison/last-notes.md", encoding: .utf8) == "Written in the editor")
        #expect(Editor.keptPath(environment: environment) == directory + "/state/liaison/last-notes.md")
        var failing = environment
        failing["EDITOR"] = "false"
        #expect(throws: ClientError.self) { try Editor.edit("", instructions: [], environment: failing) }
    }

    @Test func timesAreShownInTheUsersZone() throws {
        let start = try #require(ISO8601DateFormatter().date(from: "2000-06-12T05:00:00Z"))
        #expect(Clock(zone: TimeZone(identifier: "Asia/Dushanbe")!).minuteWithZone(start) == "2000-06-12 10:00 +05:00")
        #expect(Clock(zone: TimeZone(identifier: "Europe/London")!).minute(start) == "2000-06-12 06:00")
        let file = ClientConfiguration(timeZone: "Asia/Dushanbe")
        #expect(try Clock.zone(flag: "Asia/Tokyo", file: file, environment: [:]).identifier == "Asia/Tokyo")
        #expect(try Clock.zone(flag: nil, file: file, environment: ["TZ": "Asia/Tokyo"]).identifier == "Asia/Dushanbe")
        #expect(try Clock.zone(flag: nil, file: ClientConfiguration(), environment: ["TZ": ":Europe/London"]).identifier == "Europe/London")
        #expect(throws: ClientError.self) { try Clock.zone(flag: "Mars/Olympus", file: file, environment: [:]) }
        #expect(throws: ClientError.self) { try Clock.zone(flag: nil, file: ClientConfiguration(timeZone: "Mars/Olympus"), environment: [:]) }
        // TZ may hold what only the C library understands: then the machine's zone, not an error.
        #expect(try Clock.zone(flag: nil, file: ClientConfiguration(), environment: ["TZ": "<+05>-5"]) == TimeZone.current)
    }

    @Test func todayIsTheDateOnTheUsersClock() throws {
        // 19:30 UTC is 00:30 the next day in Dushanbe: the date sent as "as of today" is the user's.
        let evening = try #require(ISO8601DateFormatter().date(from: "2026-12-06T19:30:00Z"))
        #expect(Clock(zone: TimeZone(identifier: "Asia/Dushanbe")!).today(at: evening) == "2026-12-07")
        #expect(Clock(zone: TimeZone(identifier: "America/New_York")!).today(at: evening) == "2026-12-06")
    }

    @Test func namesNarrowToAnExactSpellingThenToOnePartialMatch() {
        let justice = NameResolver.Candidate(id: "a", name: "Ministry of Justice", otherNames: ["Вазорати адлия"])
        let justiceCommittee = NameResolver.Candidate(id: "b", name: "Ministry of Justice Committee")
        #expect(NameResolver.narrow("ministry of JUSTICE", [justice, justiceCommittee]) == .one(justice))
        #expect(NameResolver.narrow("вазорати адлия", [justice, justiceCommittee]) == .one(justice))
        #expect(NameResolver.narrow("Justice", [justice, justiceCommittee]) == .several([justice, justiceCommittee]))
        #expect(NameResolver.narrow("Justice", [justice, justice]) == .one(justice))
        #expect(NameResolver.narrow("x", []) == .none)
        // The server's search also reads descriptions: a record whose name lacks the text is not a match.
        let returns = NameResolver.Candidate(id: "r", name: "Refugee return")
        #expect(NameResolver.narrow("Amnesty", [returns]) == .none)
        // From a search: only the whole name, or a word or word start of it, is taken without asking.
        let byName = NameResolver.Candidate(id: "a", name: "Hasan Karimov", match: "name")
        let bySound = NameResolver.Candidate(id: "b", name: "Hasan Karimov", match: "sound")
        let byPart = NameResolver.Candidate(id: "c", name: "Ministry of Justice", match: "part")
        #expect(NameResolver.narrow("Hasan Karimov", [byName]) == .one(byName))
        #expect(NameResolver.narrow("Husayn Karimov", [bySound]) == .similar([bySound]))
        #expect(NameResolver.narrow("Justice", [byPart]) == .one(byPart))
    }

    @Test func outboxEntriesOfEveryKindRoundTripAndOldMeetingEntriesStillRead() throws {
        let directory = NSTemporaryDirectory() + "liaison-outbox-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let outbox = Outbox(environment: ["XDG_STATE_HOME": directory])
        let organization = Outbox.OrganizationDraft(
            name: "Ministry of Justice", sector: "government", region: nil, kind: nil, aliases: [], parent: nil, notes: nil, influence: 4)
        try outbox.add(.init(idempotencyKey: "k1", createdAt: Date(timeIntervalSince1970: 1), record: .organization(organization)))
        try outbox.add(.init(idempotencyKey: "k2", createdAt: Date(timeIntervalSince1970: 2), record: .person(.init(
            name: "Rustam Karimov", organization: "Ministry of Justice", role: "Deputy Minister", title: nil, alternateNames: [],
            email: nil, phone: nil, notes: nil))))
        // An entry written before other records could wait: a meeting at the top level.
        let old = """
            {"createdAt":"1970-01-01T00:00:00Z","idempotencyKey":"k0","meeting":{"followups":[],"issues":[],"participants":["UNHCR"],
            "stances":[],"startsAt":"2000-06-12T10:00:00+05:00","subject":"Returns","timeZone":"Asia/Dushanbe"}}
            """
        FileManager.default.createFile(atPath: outbox.directory + "/k0.json", contents: Data(old.utf8))
        let entries = try outbox.entries().map(\.entry)
        #expect(entries.map(\.idempotencyKey) == ["k0", "k1", "k2"])
        #expect(entries[0].meeting?.subject == "Returns")
        #expect(entries[1].record == .organization(organization))
        #expect(entries[2].summary == "person \"Rustam Karimov\"")
        let mode = try FileManager.default.attributesOfItem(atPath: outbox.directory + "/k1.json")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}

@Suite("Text from the database in reports")
struct InertTextTests {
    @Test func markdownCannotBeInjected() {
        #expect(MarkdownReport.inert("Amnesty\n\n# Fake heading") == "Amnesty  \\# Fake heading")
        #expect(MarkdownReport.inert("<img src=\"https://x.example/p.gif\">") == "&lt;img src=\"https://x.example/p.gif\"&gt;")
        #expect(MarkdownReport.inert("[click](javascript:x) *bold* a|b") == "\\[click\\](javascript:x) \\*bold\\* a\\|b")
        #expect(MarkdownReport.inert("Fish & chips") == "Fish &amp; chips")
    }

    @Test func terminalEscapesAreDefused() {
        #expect(printable("Ministry\u{1B}]0;owned\u{07} of Justice") == "Ministry\u{FFFD}]0;owned\u{FFFD} of Justice")
        #expect(printable("Line one\nLine two\tTabbed") == "Line one\nLine two\tTabbed")
        #expect(printable("\u{9B}2J") == "\u{FFFD}2J")  // C1 too
    }

    @Test func htmlIsEscaped() {
        #expect(HTMLReport.escape("<script>alert(\"x\")</script> & co") == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co")
    }
}

@Suite("Importing: keys and progress")
struct ImportPartsTests {
    @Test func aRowsKeyDependsOnItsContentNotItsColumnOrderAndRepeatsAreToldApart() {
        var seen: [String: Int] = [:]
        let first = CSVImport.key(.meetings, ["subject": "Water", "participants": "A|B"], seen: &seen)
        let repeated = CSVImport.key(.meetings, ["participants": "A|B", "subject": "Water"], seen: &seen)
        var fresh: [String: Int] = [:]
        #expect(first == CSVImport.key(.meetings, ["participants": "A|B", "subject": "Water"], seen: &fresh))
        #expect(repeated != first)
        #expect(CSVImport.key(.meetings, ["subject": "Water!", "participants": "A|B"], seen: &fresh) != first)
        #expect(CSVImport.key(.people, ["subject": "Water", "participants": "A|B"], seen: &seen) != first)
        #expect(first.hasPrefix("import-") && first.count <= 200)
    }

    @Test func theBarFillsInProportion() {
        #expect(ProgressBar.line(title: "Importing people", done: 0, total: 4, rejected: 0, width: 8) == "Importing people ░░░░░░░░ 0% 0/4")
        #expect(ProgressBar.line(title: "Importing people", done: 1, total: 4, rejected: 2, width: 8)
            == "Importing people ██░░░░░░ 25% 1/4, 2 rejected")
        #expect(ProgressBar.line(title: "Importing people", done: 4, total: 4, rejected: 0, width: 8) == "Importing people ████████ 100% 4/4")
    }
}
