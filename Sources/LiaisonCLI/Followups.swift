import ArgumentParser
import Foundation
import LiaisonAPI
import LiaisonClient

enum FollowupNoun: Noun {
    typealias Record = LiaisonClient.Commitment
    static let command = "followup"
    static let title = "follow-up"
    static let example = "5d0c9f3e-2b1a-4e8f-9c7d-6a5b4c3d2e1f"

    static func id(of text: String, resolver: NameResolver) async throws -> String { try requireID(text) }
    static func fetch(_ id: String, client: LiaisonClient) async throws -> Record { try await client.commitment(id) }
    static func setArchived(_ archived: Bool, id: String, client: LiaisonClient) async throws -> Record {
        try await client.setCommitmentArchived(archived, id: id)
    }
    static func line(_ record: Record) -> String { "\"\(record.description)\" (\(status(record))) \(record.id)" }

    static func status(_ record: Record) -> String { record.overdue ? "overdue" : record.status.rawValue }

    static func detail(_ record: Record, clock: Clock) -> [(String, String)] {
        [
            ("Follow-up", record.description), ("Owed by", record.owedBy.map { "\($0.name) (\($0._type.rawValue))" } ?? ""),
            ("Due", record.dueOn ?? ""), ("Status", status(record)), ("Closed", record.closedAt.map(clock.minuteWithZone) ?? ""),
            ("Meeting", record.meetingId ?? ""), ("Issue", record.issueId ?? ""), ("Id", record.id), ("Version", "\(record.version)"),
            ("Updated", clock.minuteWithZone(record.updatedAt)), ("Archived", record.archived ? "yes" : ""),
        ]
    }
}

struct FollowupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup", abstract: "What was promised, by whom, by when.",
        discussion: """
            Examples:
              liaison followup list --overdue
              liaison followup list --owner me
              liaison followup done 5d0c9f3e-2b1a-4e8f-9c7d-6a5b4c3d2e1f
            """,
        subcommands: [
            Add.self, List.self, ShowCommand<FollowupNoun>.self, Edit.self, Done.self, ArchiveCommand<FollowupNoun>.self,
            RestoreCommand<FollowupNoun>.self,
        ],
        aliases: ["followups", "commitment"])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a follow-up.",
            discussion: """
                The owner is `me`, a staff login, or a person or organisation (a name or an id).

                Examples:
                  liaison followup add "Send the draft amnesty decree" \\
                      --owner "Ministry of Justice" --due 2000-06-30
                  liaison followup add "Call back about the returnees' list" \\
                      --owner me --meeting 8c1e0b2a-1f3d-4e5a-9b7c-6d5e4f3a2b1c
                """)
        @Argument(help: "What is to be done.") var text: String
        @Option(help: "Due date (YYYY-MM-DD).") var due: String?
        @Option(help: "Who owes it: me, a login, a person or an organisation.") var owner: String?
        @Option(help: "The meeting it was agreed at (id).") var meeting: String?
        @Option(help: "The issue it concerns (a title or an id).") var issue: String?
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            try checkDate(due, "--due")
            if let meeting, NameResolver.id(meeting) == nil { throw ValidationError("--meeting wants a meeting's id; got '\(meeting)'") }
        }

        func run() async throws {
            let draft = Outbox.FollowupDraft(description: text, due: due, owner: owner, meeting: meeting.flatMap(NameResolver.id), issue: issue)
            try await deliver(.init(idempotencyKey: newIdempotencyKey(), createdAt: Date(), record: .followup(draft)),
                              server: server, output: output)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List follow-ups by due date (undated last).",
            discussion: """
                Examples:
                  liaison followup list --overdue
                  liaison followup ls --owner me --status open
                  liaison followup ls --issue Amnesty --due-before 2000-07-01 --format csv
                """,
            aliases: ["ls"])
        @Option(help: "open, done or dropped.") var status: String?
        @Flag(help: "Only open follow-ups past their due date.") var overdue = false
        @Option(help: "Only those owed by: me, a login, a person or an organisation.") var owner: String?
        @Option(help: "Only those about this issue (a title or an id).") var issue: String?
        @Option(help: "Only those agreed at this meeting (id).") var meeting: String?
        @Option(name: .customLong("due-before"), help: "Only those due on or before this date.") var dueBefore: String?
        @Option(name: .customLong("due-after"), help: "Only those due on or after this date.") var dueAfter: String?
        @Flag(help: "List archived follow-ups instead.") var archived = false
        @Option(help: "Most to show.") var limit = 200
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let status, !["open", "done", "dropped"].contains(status) { throw ValidationError("--status must be open, done or dropped") }
            try checkDate(dueBefore, "--due-before")
            try checkDate(dueAfter, "--due-after")
        }

        func run() async throws {
            try await running {
                let client = try server.client()
                let resolver = server.resolver(client)
                let filter = LiaisonClient.CommitmentFilter(
                    status: status, overdue: overdue ? true : nil, owedBy: try await owner.asyncMap { try await resolver.owner($0).id },
                    meeting: meeting, issue: try await issue.asyncMap { try await resolver.issue($0).id }, dueFrom: dueAfter, dueTo: dueBefore,
                    archived: archived)
                let found = try await client.commitments(filter, limit: limit)
                if output.resolved == .json { return try printJSON(found) }
                printRows(
                    ["due", "status", "follow-up", "owed by", "id"],
                    found.map { [$0.dueOn ?? "", FollowupNoun.status($0), $0.description, $0.owedBy?.name ?? "", $0.id] },
                    format: output.resolved, tint: { column, text in column == 1 && text == "overdue" ? .red : nil })
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a follow-up.",
            discussion: """
                Examples:
                  liaison followup edit 5d0c9f3e-2b1a-4e8f-9c7d-6a5b4c3d2e1f \\
                      --due 2000-07-15
                  liaison followup edit 5d0c9f3e-2b1a-4e8f-9c7d-6a5b4c3d2e1f \\
                      --status dropped --if-version 2
                """)
        @Argument(help: ArgumentHelp("The follow-up's id.", valueName: "followup")) var record: String
        @Option(help: "New wording.") var text: String?
        @Option(help: "A new due date (YYYY-MM-DD).") var due: String?
        @Flag(name: .customLong("no-due"), help: "Remove the due date.") var noDue = false
        @Option(help: "Who owes it: me, a login, a person or an organisation.") var owner: String?
        @Option(help: "open, done or dropped.") var status: String?
        @OptionGroup var edit: EditOptions
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            try checkDate(due, "--due")
            if due != nil && noDue { throw ValidationError("give --due or --no-due, not both") }
            if let status, !["open", "done", "dropped"].contains(status) { throw ValidationError("--status must be open, done or dropped") }
        }

        func run() async throws {
            try await running {
                let client = try server.client()
                let saved = try await FollowupCommand.update(
                    record, client: client, resolver: server.resolver(client), version: edit.expectedVersion
                ) { current in
                    current.description = text ?? current.description
                    current.dueOn = noDue ? nil : due ?? current.dueOn
                    current.status = status.flatMap(Components.Schemas.CommitmentInput.StatusPayload.init(rawValue:)) ?? current.status
                } owner: { owner }
                if output.resolved == .json { return try printJSON(saved) }
                print("Saved \(FollowupNoun.line(saved)), version \(saved.version)")
            }
        }
    }

    struct Done: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a follow-up done.",
            discussion: "Examples:\n  liaison followup done 5d0c9f3e-2b1a-4e8f-9c7d-6a5b4c3d2e1f")
        @Argument(help: ArgumentHelp("The follow-up's id.", valueName: "followup")) var record: String
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await running {
                let client = try server.client()
                let saved = try await FollowupCommand.update(record, client: client, resolver: server.resolver(client), version: nil) {
                    $0.status = .done
                } owner: { nil }
                if output.resolved == .json { return try printJSON(saved) }
                print("Done: \(FollowupNoun.line(saved))")
            }
        }
    }

    /// Reads the follow-up, applies `change` to it as a request and saves it under If-Match.
    static func update(
        _ record: String, client: LiaisonClient, resolver: NameResolver, version: Int?,
        _ change: (inout Components.Schemas.CommitmentInput) -> Void, owner: () -> String?
    ) async throws -> LiaisonClient.Commitment {
        let current = try await client.commitment(try FollowupNoun.requireID(record))
        var input = Components.Schemas.CommitmentInput(
            description: current.description, meetingId: current.meetingId, issueId: current.issueId, owedBy: current.owedBy?.id,
            dueOn: current.dueOn, status: .init(rawValue: current.status.rawValue))
        change(&input)
        if let owner = owner() { input.owedBy = try await resolver.owner(owner).id }
        return try await client.updateCommitment(current.id, input, version: version ?? current.version)
    }
}
