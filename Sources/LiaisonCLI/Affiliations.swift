import ArgumentParser
import Foundation
import LiaisonAPI
import LiaisonClient
import LiaisonDomain

enum AffiliationNoun: Noun {
    typealias Record = LiaisonClient.Affiliation
    static let command = "affiliation"
    static let title = "affiliation"
    static let example = "0b7c6a9e-7d1f-4c47-9a59-2f8d1f2b9c11"

    static func id(of text: String, resolver: NameResolver) async throws -> String { try requireID(text) }
    static func fetch(_ id: String, client: LiaisonClient) async throws -> Record { try await client.affiliation(id) }
    static func setArchived(_ archived: Bool, id: String, client: LiaisonClient) async throws -> Record {
        try await client.setAffiliationArchived(archived, id: id)
    }
    static func line(_ record: Record) -> String {
        "\(record.personName): \(record.role.isEmpty ? "member" : record.role) at \(record.organizationName) \(record.id)"
    }

    static func detail(_ record: Record, clock: Clock) -> [(String, String)] {
        [
            ("Person", record.personName), ("Organisation", record.organizationName), ("Role", record.role),
            ("From", record.from ?? ""), ("To", record.to ?? ""), ("Id", record.id), ("Version", "\(record.version)"),
            ("Updated", clock.minuteWithZone(record.updatedAt)), ("Archived", record.archived ? "yes" : ""),
        ]
    }
}

/// A YYYY-MM-DD date given on the command line.
func checkDate(_ value: String?, _ option: String) throws {
    if let value, CalendarDate(value) == nil { throw ValidationError("\(option) must be a date such as 2000-06-30; got '\(value)'") }
}

struct AffiliationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "affiliation", abstract: "Who holds which role at which organisation, and when.",
        discussion: """
            Examples:
              liaison affiliation add "Rustam Karimov" "Ministry of Justice" \\
                  --role "Deputy Minister" --from 2000-03-01
              liaison affiliation list --org "Ministry of Justice" --on 2000-06-12
            """,
        subcommands: [
            Add.self, List.self, ShowCommand<AffiliationNoun>.self, Edit.self, ArchiveCommand<AffiliationNoun>.self,
            RestoreCommand<AffiliationNoun>.self,
        ],
        aliases: ["role"])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a person holds a role at an organisation.",
            discussion: """
                Examples:
                  liaison affiliation add "Rustam Karimov" "Ministry of Justice" \\
                      --role "Deputy Minister" --from 2000-03-01
                  liaison affiliation add "Rustam Karimov" "Democratic Party of Tajikistan" --role Member --to 1999-12-31
                """)
        @Argument(help: "The person (a name or an id).") var person: String
        @Argument(help: "The organisation (a name or an id).") var org: String
        @Option(help: "The role, e.g. \"Deputy Minister\".") var role: String?
        @Option(help: "Since (YYYY-MM-DD).") var from: String?
        @Option(help: "Until (YYYY-MM-DD); leave out while it lasts.") var to: String?
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            try checkDate(from, "--from")
            try checkDate(to, "--to")
        }

        func run() async throws {
            let draft = Outbox.AffiliationDraft(person: person, organization: org, role: role, from: from, to: to)
            try await deliver(.init(idempotencyKey: newIdempotencyKey(), createdAt: Date(), record: .affiliation(draft)),
                              server: server, output: output)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List affiliations, newest first.",
            discussion: """
                Examples:
                  liaison affiliation list --person "Rustam Karimov"
                  liaison affiliation ls --org "Ministry of Justice" --on 2000-06-12
                """,
            aliases: ["ls"])
        @Option(help: "Only this person's (a name or an id).") var person: String?
        @Option(help: "Only at this organisation (a name or an id).") var org: String?
        @Option(help: "Only those in force on this date (YYYY-MM-DD).") var on: String?
        @Flag(help: "List archived affiliations instead.") var archived = false
        @Option(help: "Most to show.") var limit = 200
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws { try checkDate(on, "--on") }

        func run() async throws {
            try await running {
                let client = try server.client()
                let resolver = server.resolver(client)
                let affiliations = try await client.affiliations(
                    person: try await person.asyncMap { try await resolver.person($0).id },
                    organization: try await org.asyncMap { try await resolver.organization($0).id }, on: on, archived: archived, limit: limit)
                if output.resolved == .json { return try printJSON(affiliations) }
                printRows(
                    ["person", "role", "organisation", "from", "to", "id"],
                    affiliations.map { [$0.personName, $0.role, $0.organizationName, $0.from ?? "", $0.to ?? "", $0.id] },
                    format: output.resolved)
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a role or its dates.",
            discussion: """
                Examples:
                  liaison affiliation edit 0b7c6a9e-7d1f-4c47-9a59-2f8d1f2b9c11 \\
                      --to 2000-08-31
                  liaison affiliation edit 0b7c6a9e-7d1f-4c47-9a59-2f8d1f2b9c11 \\
                      --role Minister --if-version 2
                """)
        @Argument(help: ArgumentHelp("The affiliation's id.", valueName: "affiliation")) var record: String
        @Option(help: "A new role.") var role: String?
        @Option(help: "Since (YYYY-MM-DD).") var from: String?
        @Option(help: "Until (YYYY-MM-DD).") var to: String?
        @Flag(name: .customLong("ongoing"), help: "Remove the end date: the role lasts.") var ongoing = false
        @OptionGroup var edit: EditOptions
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            try checkDate(from, "--from")
            try checkDate(to, "--to")
            if ongoing && to != nil { throw ValidationError("give --to or --ongoing, not both") }
        }

        func run() async throws {
            try await running {
                let client = try server.client()
                let current = try await client.affiliation(try AffiliationNoun.requireID(record))
                let input = Components.Schemas.AffiliationInput(
                    personId: current.personId, organizationId: current.organizationId, role: role ?? current.role,
                    from: from ?? current.from, to: ongoing ? nil : to ?? current.to)
                let saved = try await client.updateAffiliation(current.id, input, version: edit.base(current.version))
                if output.resolved == .json { return try printJSON(saved) }
                print("Saved \(AffiliationNoun.line(saved)), version \(saved.version)")
            }
        }
    }
}
