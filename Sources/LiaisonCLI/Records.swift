import ArgumentParser
import Foundation
import LiaisonClient

/// What `show`, `archive` and `restore` need to know about a kind of record.
protocol Noun {
    associatedtype Record: Encodable & Sendable
    /// The command's noun: `org`.
    static var command: String { get }
    /// In words: `organisation`.
    static var title: String { get }
    /// How a record is named on the command line, for help: `"Democratic Party of Tajikistan"`.
    static var example: String { get }
    /// Names are looked up (and `archived` ones for restore); some records are named by id only.
    static func id(of text: String, resolver: NameResolver) async throws -> String
    static func fetch(_ id: String, client: LiaisonClient) async throws -> Record
    static func setArchived(_ archived: Bool, id: String, client: LiaisonClient) async throws -> Record
    /// One line: the record's name and id.
    static func line(_ record: Record) -> String
    /// Every field, labelled, for `show`.
    static func detail(_ record: Record, clock: Clock) -> [(String, String)]
    /// What `show` prints after the fields (a meeting's positions, a person's history...), in a table only.
    static func more(_ record: Record, client: LiaisonClient, clock: Clock, format: OutputFormat) async throws
}

extension Noun {
    /// "a" or "an", for the title.
    static var a: String { "aeiou".contains(title.first ?? "x") ? "an" : "a" }

    static func more(_ record: Record, client: LiaisonClient, clock: Clock, format: OutputFormat) async throws {}

    /// Archives or restores a record named on the command line (restore looks among archived ones).
    static func changeArchived(to archived: Bool, record: String, server: ServerOptions, output: OutputOptions) async throws {
        try await running {
            let client = try server.client()
            let resolver = archived ? server.resolver(client) : server.resolver(client).amongArchived()
            let changed = try await setArchived(archived, id: try await id(of: record, resolver: resolver), client: client)
            if output.resolved == .json { return try printJSON(changed) }
            print("\(archived ? "Archived" : "Restored") \(line(changed))")
        }
    }

    /// Records named only by id.
    static func requireID(_ text: String) throws -> String {
        guard let id = NameResolver.id(text) else {
            throw ClientError.usage("give the \(title)'s id (see `liaison \(command) list`); '\(text)' is not one")
        }
        return id
    }
}

struct ShowCommand<N: Noun>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show", abstract: "Show one \(N.title), every field.",
            discussion: """
                Examples:
                  liaison \(N.command) show \(N.example)
                  liaison \(N.command) show \(N.example) --json
                """,
            aliases: ["view"])
    }

    @Argument(help: ArgumentHelp("The \(N.title) (a name or an id).", valueName: N.command)) var record: String
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await running {
            let client = try server.client()
            let id = try await N.id(of: record, resolver: server.resolver(client))
            let found = try await N.fetch(id, client: client)
            if output.resolved == .json { return try printJSON(found) }
            let clock = try output.clock()
            printDetail(N.detail(found, clock: clock), format: output.resolved)
            try await N.more(found, client: client, clock: clock, format: output.resolved)
        }
    }
}

struct ArchiveCommand<N: Noun>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "archive", abstract: "Archive \(N.a) \(N.title): it leaves lists and lookups but keeps its history.",
            discussion: """
                `liaison \(N.command) restore` brings it back.

                Examples:
                  liaison \(N.command) archive \(N.example)
                """)
    }

    @Argument(help: ArgumentHelp("The \(N.title) (a name or an id).", valueName: N.command)) var record: String
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions

    func run() async throws { try await N.changeArchived(to: true, record: record, server: server, output: output) }
}

struct RestoreCommand<N: Noun>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "restore", abstract: "Bring an archived \(N.title) back.",
            discussion: """
                Examples:
                  liaison \(N.command) restore \(N.example)
                """)
    }

    @Argument(help: ArgumentHelp("The archived \(N.title) (a name or an id).", valueName: N.command)) var record: String
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions

    func run() async throws { try await N.changeArchived(to: false, record: record, server: server, output: output) }
}

/// A person or organisation: a record with a history of meetings, positions and follow-ups.
protocol StakeholderNoun: Noun {
    static func timeline(_ id: String, client: LiaisonClient, limit: Int) async throws -> [LiaisonClient.TimelineEntry]
}

struct HistoryCommand<N: StakeholderNoun>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "history", abstract: "\(N.a.capitalized) \(N.title)'s meetings, positions and follow-ups, newest first.",
            discussion: """
                Examples:
                  liaison \(N.command) history \(N.example)
                  liaison \(N.command) history \(N.example) --limit 500 --format csv
                """)
    }

    @Argument(help: ArgumentHelp("The \(N.title) (a name or an id).", valueName: N.command)) var record: String
    @Option(help: "Most entries (1-1000).") var limit = 200
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if !(1...1000).contains(limit) { throw ValidationError("--limit must be from 1 to 1000") }
    }

    func run() async throws {
        try await running {
            let client = try server.client()
            let entries = try await N.timeline(try await N.id(of: record, resolver: server.resolver(client)), client: client, limit: limit)
            if output.resolved == .json { return try printJSON(entries) }
            printTimeline(entries, clock: try output.clock(), format: output.resolved)
        }
    }
}

/// What every `edit` takes besides the fields.
struct EditOptions: ParsableArguments {
    @Option(
        name: .customLong("if-version"),
        help: ArgumentHelp(
            "The version you last saw (from show). If someone has changed the record since, nothing is saved (exit 5).",
            valueName: "n"))
    var expectedVersion: Int?

    /// The version the change is based on: the one the user saw, or else the one just read.
    func base(_ current: Int) -> Int { expectedVersion ?? current }
}

/// `old` with `add` appended (skipping what is there) and `remove` taken out, ignoring case.
func edited(_ old: [String], add: [String], remove: [String]) -> [String] {
    var list = old.filter { item in !remove.contains { $0.caseInsensitiveCompare(item) == .orderedSame } }
    for item in add where !list.contains(where: { $0.caseInsensitiveCompare(item) == .orderedSame }) { list.append(item) }
    return list
}

/// A text field that `--clear-X` may empty: the new value, nothing when cleared, else the old one.
func edited(_ old: String?, new: String?, clear: Bool = false) -> String? {
    if clear { return nil }
    return new ?? old.flatMap { $0.isEmpty ? nil : $0 }
}

/// A timeline as a table.
func printTimeline(_ entries: [LiaisonClient.TimelineEntry], clock: Clock, format: OutputFormat) {
    printRows(
        ["when", "what", "summary"],
        entries.map { [clock.minute($0.at), $0._type.rawValue, $0.summary] }, format: format)
}
