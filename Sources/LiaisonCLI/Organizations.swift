import ArgumentParser
import Foundation
import LiaisonAPI
import LiaisonClient

enum OrgNoun: StakeholderNoun {
    typealias Record = LiaisonClient.Organization
    static let command = "org"
    static let title = "organisation"
    static let example = "\"Ministry of Justice\""

    static func id(of text: String, resolver: NameResolver) async throws -> String { try await resolver.organization(text).id }
    static func fetch(_ id: String, client: LiaisonClient) async throws -> Record { try await client.organization(id) }
    static func setArchived(_ archived: Bool, id: String, client: LiaisonClient) async throws -> Record {
        try await client.setOrganizationArchived(archived, id: id)
    }
    static func line(_ record: Record) -> String { "\(record.name) (\(record.sector)) \(record.id)" }

    static func timeline(_ id: String, client: LiaisonClient, limit: Int) async throws -> [LiaisonClient.TimelineEntry] {
        try await client.organizationTimeline(id, limit: limit)
    }

    static func detail(_ record: Record, clock: Clock) -> [(String, String)] {
        [
            ("Name", record.name), ("Also known as", record.aliases.joined(separator: "; ")), ("Sector", record.sector),
            ("Kind", record.kind ?? ""), ("Region", record.region ?? ""), ("Part of", record.parentId ?? ""),
            ("Influence", record.influence.map { "\($0.rating)/5\($0.asOf.map { " (as of \($0))" } ?? "")" } ?? ""),
            ("Notes", record.notes), ("Id", record.id), ("Version", "\(record.version)"),
            ("Updated", clock.minuteWithZone(record.updatedAt)), ("Archived", record.archived ? "yes" : ""),
            ("Merged into", record.mergedInto ?? ""),
        ]
    }

    static func more(_ record: Record, client: LiaisonClient, clock: Clock, format: OutputFormat) async throws {
        guard format == .table else { return }
        let people = try await client.affiliations(organization: record.id, limit: 50)
        if !people.isEmpty {
            print("\nPeople")
            printRows(["name", "role", "from", "to"], people.map { [$0.personName, $0.role, $0.from ?? "", $0.to ?? ""] }, format: format)
        }
        let history = try await client.organizationTimeline(record.id, limit: 10)
        if !history.isEmpty {
            print("\nRecent history (liaison org history for more)")
            printTimeline(history, clock: clock, format: format)
        }
    }
}

struct Org: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org", abstract: "Ministries, parties, NGOs and other organisations.",
        discussion: """
            Examples:
              liaison org add "Democratic Party of Tajikistan" \\
                  --sector political-party --region Dushanbe
              liaison org list --sector government
              liaison org show "Ministry of Justice"
            """,
        subcommands: [
            Add.self, List.self, ShowCommand<OrgNoun>.self, Edit.self, ArchiveCommand<OrgNoun>.self, RestoreCommand<OrgNoun>.self,
            HistoryCommand<OrgNoun>.self, MergeCommand<OrgNoun>.self,
        ],
        aliases: ["organization", "organisation"])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an organisation.",
            discussion: """
                Without --sector, you are asked for it at a terminal. An organisation whose name (or \
                another spelling) is already recorded is not added twice: the one there is printed \
                (at a terminal, you are asked first); --force adds a namesake.

                Examples:
                  liaison org add "Democratic Party of Tajikistan" \\
                      --sector political-party --region Dushanbe
                  liaison org add "Ministry of Justice" --sector government \\
                      --kind ministry --alias "Вазорати адлия"
                  liaison org add "Khatlon Women's Association" \\
                      --sector civil-society --region khatlon --influence 2
                """)
        @Argument(help: "The organisation's name.") var name: String
        @Option(help: "government, political-party, civil-society, international, religious, media or other.") var sector: String?
        @Option(help: "A region (name or slug, e.g. Dushanbe, khatlon).") var region: String?
        @Option(help: "A kind (e.g. ministry, party, ngo).") var kind: String?
        @Option(name: .customLong("alias"), help: "Another name or spelling (repeatable).") var aliases: [String] = []
        @Option(help: "The organisation it belongs to (name or id).") var parent: String?
        @Option(help: "Notes.") var notes: String?
        @Option(help: "How much weight it carries, 1 (little) to 5 (decisive).") var influence: Int?
        @Flag(help: "Add it even if an organisation with the same name is already recorded.") var force = false
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let influence, !(1...5).contains(influence) { throw ValidationError("--influence must be from 1 to 5") }
        }

        func run() async throws {
            var sector = sector
            if sector == nil, Terminal.isInteractive {
                sector = Prompter.terminal.require("Sector (government, political-party, civil-society, international, religious, media, other)")
            }
            guard let sector else {
                throw ClientError.usage("give --sector (government, political-party, civil-society, international, religious, media or other)")
            }
            let draft = Outbox.OrganizationDraft(
                name: name, sector: sector, region: region, kind: kind, aliases: aliases, parent: parent, notes: notes, influence: influence,
                influenceAsOf: influence == nil ? nil : try output.clock().today(), force: force)
            try await deliver(.init(idempotencyKey: newIdempotencyKey(), createdAt: Date(), record: .organization(draft)),
                              server: server, output: output)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List organisations by name.",
            discussion: """
                Examples:
                  liaison org list --sector political-party
                  liaison org ls --region khatlon --json
                  liaison org ls --archived
                """,
            aliases: ["ls"])
        @Argument(help: "Only names (or other spellings) containing this text.") var text: String?
        @Option(help: "Only this sector.") var sector: String?
        @Option(help: "Only this region.") var region: String?
        @Flag(help: "List archived organisations instead.") var archived = false
        @Option(help: "Most to show.") var limit = 200
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await running {
                let organizations = try await server.client().organizations(
                    text: text, sector: sector.map(slug), region: region.map(slug), archived: archived, limit: limit)
                if output.resolved == .json { return try printJSON(organizations) }
                printRows(["name", "sector", "region", "id"], organizations.map { [$0.name, $0.sector, $0.region ?? "", $0.id] },
                          format: output.resolved)
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an organisation.",
            discussion: """
                Only what you name changes. --edit-notes opens your editor ($EDITOR) on the notes.

                Examples:
                  liaison org edit "Democratic Party of Tajikistan" --region khatlon \\
                      --alias "ДПТ"
                  liaison org edit "Ministry of Justice" --influence 4 --if-version 3
                  liaison org edit "Ministry of Justice" --edit-notes
                """)
        @Argument(help: ArgumentHelp("The organisation (a name or an id).", valueName: "org")) var record: String
        @Option(help: "A new name.") var name: String?
        @Option(help: "A new sector.") var sector: String?
        @Option(help: "A new region.") var region: String?
        @Option(help: "A new kind.") var kind: String?
        @Option(name: .customLong("alias"), help: "Add another name or spelling (repeatable).") var addAliases: [String] = []
        @Option(name: .customLong("drop-alias"), help: "Remove a name or spelling (repeatable).") var dropAliases: [String] = []
        @Option(help: "The organisation it belongs to (name or id).") var parent: String?
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
                let resolver = server.resolver(client)
                let current = try await client.organization(try await resolver.organization(record).id)
                var newNotes = notes ?? current.notes
                if editNotes {
                    newNotes = try Editor.edit(current.notes, instructions: ["Notes on \(current.name). Save and close to keep them."])
                }
                let input = Components.Schemas.OrganizationInput(
                    name: name ?? current.name, aliases: edited(current.aliases, add: addAliases, remove: dropAliases),
                    sector: sector.map(slug) ?? current.sector, kind: kind.map(slug) ?? current.kind,
                    region: region.map(slug) ?? current.region,
                    parentId: try await parent.asyncMap { try await resolver.organization($0).id } ?? current.parentId,
                    notes: newNotes, influence: try influence.map { .init(rating: $0, asOf: try output.clock().today()) } ?? current.influence)
                let saved = try await client.updateOrganization(current.id, input, version: edit.base(current.version))
                if output.resolved == .json { return try printJSON(saved) }
                print("Saved \(OrgNoun.line(saved)), version \(saved.version)")
            } }
        }
    }
}
