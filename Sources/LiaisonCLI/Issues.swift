import ArgumentParser
import Foundation
import LiaisonAPI
import LiaisonClient
import LiaisonDomain

enum IssueNoun: Noun {
    typealias Record = LiaisonClient.Issue
    static let command = "issue"
    static let title = "issue"
    static let example = "\"Amnesty\""

    static func id(of text: String, resolver: NameResolver) async throws -> String { try await resolver.issue(text).id }
    static func fetch(_ id: String, client: LiaisonClient) async throws -> Record { try await client.issue(id) }
    static func setArchived(_ archived: Bool, id: String, client: LiaisonClient) async throws -> Record {
        try await client.setIssueArchived(archived, id: id)
    }
    static func line(_ record: Record) -> String { "\(record.title) \(record.id)" }

    static func detail(_ record: Record, clock: Clock) -> [(String, String)] {
        [
            ("Title", record.title), ("Objectives", record.objectives.map(\.rawValue).joined(separator: ", ")),
            ("Description", record.description), ("Id", record.id), ("Version", "\(record.version)"),
            ("Updated", clock.minuteWithZone(record.updatedAt)), ("Archived", record.archived ? "yes" : ""),
        ]
    }

    static func more(_ record: Record, client: LiaisonClient, clock: Clock, format: OutputFormat) async throws {
        guard format == .table else { return }
        let stances = try await client.stances(issue: record.id)
        if !stances.isEmpty {
            print("\nWhere stakeholders stand (latest position of each)")
            printRows(
                ["stakeholder", "stance", "since", "quote"],
                stances.map { [$0.stakeholder.name, signed($0.stance), clock.minute($0.statedAt), $0.quote] },
                format: format, tint: { column, text in column == 1 ? Style.stance(text) : nil })
        }
    }
}

struct IssueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue", abstract: "The topics on which consensus is sought.",
        discussion: """
            Examples:
              liaison issue add "Amnesty" --objective d
              liaison issue show "Amnesty"          # with where every stakeholder stands
            """,
        subcommands: [
            Add.self, List.self, ShowCommand<IssueNoun>.self, Edit.self, ArchiveCommand<IssueNoun>.self, RestoreCommand<IssueNoun>.self,
        ])

    static func validateObjectives(_ values: [String]) throws {
        for value in values where Objective(rawValue: value) == nil {
            throw ValidationError("--objective must be a, b, c or d; got '\(value)'")
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an issue.",
            discussion: """
                An issue whose title is already recorded is not added twice: the one there is printed.

                Examples:
                  liaison issue add "Amnesty" --objective d
                  liaison issue add "Refugee return" --objective b --objective d
                """)
        @Argument(help: "The issue's title.") var title: String
        @Option(help: "A mandate objective it serves: a, b, c or d (repeatable; default d).") var objective: [String] = []
        @Option(help: "A description.") var description: String?
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws { try IssueCommand.validateObjectives(objective) }

        func run() async throws {
            let draft = Outbox.IssueDraft(title: title, description: description, objectives: objective)
            try await deliver(.init(idempotencyKey: newIdempotencyKey(), createdAt: Date(), record: .issue(draft)), server: server, output: output)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List issues by title.",
            discussion: "Examples:\n  liaison issue list\n  liaison issue ls --archived --json", aliases: ["ls"])
        @Argument(help: "Only titles containing this text.") var text: String?
        @Flag(help: "List archived issues instead.") var archived = false
        @Option(help: "Most to show.") var limit = 200
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await running {
                let issues = try await server.client().issues(text: text, archived: archived, limit: limit)
                if output.resolved == .json { return try printJSON(issues) }
                printRows(["title", "objectives", "id"], issues.map { [$0.title, $0.objectives.map(\.rawValue).joined(separator: ","), $0.id] },
                          format: output.resolved)
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an issue.",
            discussion: """
                Examples:
                  liaison issue edit "Amnesty" --title "Amnesty law" --objective a \\
                      --objective d
                  liaison issue edit "Amnesty" --edit-description --if-version 4
                """)
        @Argument(help: ArgumentHelp("The issue (a title or an id).", valueName: "issue")) var record: String
        @Option(help: "A new title.") var title: String?
        @Option(help: "The objectives it serves (repeatable; replaces the old list).") var objective: [String] = []
        @Option(help: "A new description.") var description: String?
        @Flag(name: .customLong("edit-description"), help: "Edit the description in your editor.") var editDescription = false
        @OptionGroup var edit: EditOptions
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            try IssueCommand.validateObjectives(objective)
            if description != nil && editDescription { throw ValidationError("give --description or --edit-description, not both") }
        }

        func run() async throws {
            try await Editor.keepingText(editDescription) { try await running {
                let client = try server.client()
                let current = try await client.issue(try await server.resolver(client).issue(record).id)
                var newDescription = description ?? current.description
                if editDescription {
                    newDescription = try Editor.edit(current.description, instructions: ["The issue \(current.title)."])
                }
                let input = Components.Schemas.IssueInput(
                    title: title ?? current.title, description: newDescription,
                    objectives: objective.isEmpty ? current.objectives : objective.compactMap(Components.Schemas.Objective.init(rawValue:)))
                let saved = try await client.updateIssue(current.id, input, version: edit.base(current.version))
                if output.resolved == .json { return try printJSON(saved) }
                print("Saved \(IssueNoun.line(saved)), version \(saved.version)")
            } }
        }
    }
}
