import ArgumentParser
import Foundation
import LiaisonAPI
import LiaisonClient

enum PersonNoun: StakeholderNoun {
    typealias Record = LiaisonClient.Person
    static let command = "person"
    static let title = "person"
    static let example = "\"Rustam Karimov\""

    static func id(of text: String, resolver: NameResolver) async throws -> String { try await resolver.person(text).id }
    static func fetch(_ id: String, client: LiaisonClient) async throws -> Record { try await client.person(id) }
    static func setArchived(_ archived: Bool, id: String, client: LiaisonClient) async throws -> Record {
        try await client.setPersonArchived(archived, id: id)
    }
    static func line(_ record: Record) -> String { "\(record.name) \(record.id)" }

    static func timeline(_ id: String, client: LiaisonClient, limit: Int) async throws -> [LiaisonClient.TimelineEntry] {
        try await client.personTimeline(id, limit: limit)
    }

    static func detail(_ record: Record, clock: Clock) -> [(String, String)] {
        let today = clock.today()
        return [
            ("Name", record.name), ("Also written", record.alternateNames.joined(separator: "; ")), ("Title", record.title),
            ("Roles", record.affiliations.filter { !hasEnded($0, today: today) }
                .map { role($0) + ($0.from.map { " since \($0)" } ?? "") }.joined(separator: "\n")),
            ("Earlier roles", record.affiliations.filter { hasEnded($0, today: today) }
                .map { role($0) + " \($0.from.map { "from \($0) " } ?? "")to \($0.to ?? "")" }.joined(separator: "\n")),
            ("Email", record.email), ("Phone", record.phone), ("Address", record.address),
            ("Influence", record.influence.map { "\($0.rating)/5\($0.asOf.map { " (as of \($0))" } ?? "")" } ?? ""),
            ("Notes", record.notes), ("Id", record.id), ("Version", "\(record.version)"),
            ("Updated", clock.minuteWithZone(record.updatedAt)), ("Archived", record.archived ? "yes" : ""),
            ("Merged into", record.mergedInto ?? ""),
        ]
    }

    /// "Deputy Minister, Ministry of Justice".
    static func role(_ affiliation: Components.Schemas.Affiliation) -> String {
        (affiliation.role.isEmpty ? "" : affiliation.role + ", ") + affiliation.organizationName
    }

    /// Whether the role ended before `today` (YYYY-MM-DD, which compares as text).
    static func hasEnded(_ affiliation: Components.Schemas.Affiliation, today: String) -> Bool {
        affiliation.to.map { $0 < today } ?? false
    }

    static func more(_ record: Record, client: LiaisonClient, clock: Clock, format: OutputFormat) async throws {
        guard format == .table else { return }
        let history = try await client.personTimeline(record.id, limit: 10)
        if !history.isEmpty {
            print("\nRecent history (liaison person history for more)")
            printTimeline(history, clock: clock, format: format)
        }
    }
}

struct PersonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "The people the mission meets.",
        discussion: """
            Examples:
              liaison person add "Rustam Karimov" --org "Ministry of Justice" \\
                  --role "Deputy Minister"
              liaison person show "Rustam Karimov"
              liaison person history "Rustam Karimov"
            """,
        subcommands: [
            Add.self, List.self, ShowCommand<PersonNoun>.self, Edit.self, ArchiveCommand<PersonNoun>.self,
            RestoreCommand<PersonNoun>.self, HistoryCommand<PersonNoun>.self,
            MergeCommand<PersonNoun>.self,
        ],
        aliases: ["people"])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a person, optionally with their role at an organisation.",
            discussion: """
                A person whose name (or another spelling) is already recorded is not added twice: the \
                one there is printed (at a terminal, you are asked first); --force adds a namesake.

                Examples:
                  liaison person add "Rustam Karimov" --org "Ministry of Justice" \\
                      --role "Deputy Minister"
                  liaison person add "Rustam Karimov" --also "Рустам Каримов" \\
                      --title "Deputy Minister"
                """)
        @Argument(help: "The person's name.") var name: String
        @Option(help: "The organisation they belong to (name or id).") var org: String?
        @Option(help: "Their role there.") var role: String?
        @Option(help: "Their title.") var title: String?
        @Option(name: .customLong("also"), help: "Another spelling or script of the name (repeatable).") var alternateNames: [String] = []
        @Option(help: "Email address.") var email: String?
        @Option(help: "Telephone number.") var phone: String?
        @Option(help: "Notes.") var notes: String?
        @Flag(help: "Add it even if a person with the same name is already recorded.") var force = false
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if role != nil && org == nil { throw ValidationError("--role needs --org") }
        }

        func run() async throws {
            let draft = Outbox.PersonDraft(
                name: name, organization: org, role: role, title: title, alternateNames: alternateNames, email: email, phone: phone,
                notes: notes, force: force)
            try await deliver(.init(idempotencyKey: newIdempotencyKey(), createdAt: Date(), record: .person(draft)),
                              server: server, output: output)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List people by name.",
            discussion: "Examples:\n  liaison person list karim\n  liaison person ls --json\n  liaison person ls --archived",
            aliases: ["ls"])
        @Argument(help: "Only names (or other spellings) containing this text.") var text: String?
        @Flag(help: "List archived people instead.") var archived = false
        @Option(help: "Most to show.") var limit = 200
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await running {
                let people = try await server.client().people(text: text, archived: archived, limit: limit)
                if output.resolved == .json { return try printJSON(people) }
                let today = try output.clock().today()
                // Roles held now; ended ones are in `person show`.
                printRows(
                    ["name", "role", "id"],
                    people.map { person in
                        [person.name,
                         person.affiliations.filter { !PersonNoun.hasEnded($0, today: today) }.map(PersonNoun.role).joined(separator: "; "),
                         person.id]
                    }, format: output.resolved)
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a person's details.",
            discussion: """
                Only what you name changes. Roles are changed with `liaison affiliation`.

                Examples:
                  liaison person edit "Rustam Karimov" --title "Minister of Justice" \\
                      --also "Rustam Karimov"
                  liaison person edit "Rustam Karimov" --phone "+992 37 221 00 00" \\
                      --if-version 2
                  liaison person edit "Rustam Karimov" --edit-notes
                """)
        @Argument(help: ArgumentHelp("The person (a name or an id).", valueName: "person")) var record: String
        @Option(help: "A new name.") var name: String?
        @Option(name: .customLong("also"), help: "Add another spelling (repeatable).") var addNames: [String] = []
        @Option(name: .customLong("drop-also"), help: "Remove a spelling (repeatable).") var dropNames: [String] = []
        @Option(help: "A new title.") var title: String?
        @Option(help: "A new email address.") var email: String?
        @Option(help: "A new telephone number.") var phone: String?
        @Option(help: "A new address.") var address: String?
        @Option(help: "New notes (replacing the old).") var notes: String?
        @Flag(name: .customLong("edit-notes"), help: "Edit the notes in your editor.") var editNotes = false
        @Option(help: "Influence, 1 to 5 (as of today).") var influence: Int?
        @OptionGroup var edit: EditOptions
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let influence, !(1...5).contains(influence) { throw ValidationError("--influence must be from 1 to 5") }
            if notes != nil && editNotes { throw ValidationError("give --notes or --edit-notes, not both") }
        }

        func run() async throws {
            try await Editor.keepingText(editNotes) { try await running {
                let client = try server.client()
                let current = try await client.person(try await server.resolver(client).person(record).id)
                var newNotes = notes ?? current.notes
                if editNotes {
                    newNotes = try Editor.edit(current.notes, instructions: ["Notes on \(current.name). Save and close to keep them."])
                }
                let input = Components.Schemas.PersonInput(
                    name: name ?? current.name, alternateNames: edited(current.alternateNames, add: addNames, remove: dropNames),
                    title: title ?? current.title, email: email ?? current.email, phone: phone ?? current.phone,
                    address: address ?? current.address, notes: newNotes, influence: try influence.map { .init(rating: $0, asOf: try output.clock().today()) } ?? current.influence)
                let saved = try await client.updatePerson(current.id, input, version: edit.base(current.version))
                if output.resolved == .json { return try printJSON(saved) }
                print("Saved \(PersonNoun.line(saved)), version \(saved.version)")
            } }
        }
    }
}
