import ArgumentParser
import Foundation
import LiaisonAPI
import LiaisonClient
import LiaisonDomain

/// A fresh key per create, so that a retried request never makes a second record.
func newIdempotencyKey() -> String { UUID().uuidString.lowercased() }

struct Org: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org", abstract: "Ministries, parties, NGOs and other organisations.",
        subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an organisation.",
            discussion: """
                Examples:
                  liaison org add "Democratic Party of Tajikistan" --sector political-party --region Dushanbe
                  liaison org add "Ministry of Justice" --sector government --kind ministry --alias "Вазорати адлия"
                """)
        @Argument(help: "The organisation's name.") var name: String
        @Option(help: "government, political-party, civil-society, international, religious, media or other.") var sector: String
        @Option(help: "A region (name or slug, e.g. Dushanbe, khatlon).") var region: String?
        @Option(help: "A kind (e.g. ministry, party, ngo).") var kind: String?
        @Option(name: .customLong("alias"), help: "Another name or spelling (repeatable).") var aliases: [String] = []
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await running {
                let client = try server.client()
                let input = Components.Schemas.OrganizationInput(
                    name: name, aliases: aliases, sector: sector, kind: kind, region: region.map(slug))
                let organization = try await client.createOrganization(input, idempotencyKey: newIdempotencyKey())
                if output.resolved == .json { try printJSON(organization) } else {
                    print("Added \(organization.name) (\(organization.sector)) \(organization.id)")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List organisations.", discussion: "Examples:\n  liaison org list --sector political-party\n  liaison org ls --json",
            aliases: ["ls"])
        @Option(help: "Only names containing this text.") var text: String?
        @Option(help: "Only this sector.") var sector: String?
        @Option(help: "Only this region.") var region: String?
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await running {
                let organizations = try await server.client().organizations(text: text, sector: sector, region: region.map(slug))
                if output.resolved == .json { return try printJSON(organizations) }
                printRows(["id", "name", "sector", "region"], organizations.map { [$0.id, $0.name, $0.sector, $0.region ?? ""] },
                          format: output.resolved)
            }
        }
    }
}

/// "Dushanbe" → "dushanbe", "Rasht Valley" → "rasht-valley".
func slug(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespaces).lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
}

struct PersonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "The people the mission meets.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a person, optionally with their role at an organisation.",
            discussion: """
                Examples:
                  liaison person add "Rustam Karimov" --org "Ministry of Justice" --role "Deputy Minister"
                  liaison person add "Rustam Karimov" --also "Рустам Каримов" --title "Deputy Minister"
                """)
        @Argument(help: "The person's name.") var name: String
        @Option(help: "The organisation they belong to (name or id).") var org: String?
        @Option(help: "Their role there.") var role: String?
        @Option(help: "Their title.") var title: String?
        @Option(name: .customLong("also"), help: "Another spelling or script of the name (repeatable).") var alternateNames: [String] = []
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if role != nil && org == nil { throw ValidationError("--role needs --org") }
        }

        func run() async throws {
            try await running {
                let client = try server.client()
                var affiliations: [Components.Schemas.NewAffiliation] = []
                if let org {
                    let organization = try await NameResolver(client: client).organization(org)
                    affiliations.append(.init(organizationId: organization.id, role: role))
                }
                let input = Components.Schemas.PersonInput(
                    name: name, alternateNames: alternateNames, title: title, affiliations: affiliations)
                let person = try await client.createPerson(input, idempotencyKey: newIdempotencyKey())
                if output.resolved == .json { try printJSON(person) } else {
                    let at = person.affiliations.first.map { " (\($0.role) at \($0.organizationName))" } ?? ""
                    print("Added \(person.name)\(at) \(person.id)")
                }
            }
        }
    }
}

struct IssueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue", abstract: "The topics on which consensus is sought.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an issue.",
            discussion: "Examples:\n  liaison issue add \"Amnesty\" --objective d\n  liaison issue add \"Refugee return\" --objective b --objective d")
        @Argument(help: "The issue's title.") var title: String
        @Option(help: "A mandate objective it serves: a, b, c or d (repeatable; default d).") var objective: [String] = []
        @Option(help: "A description.") var description: String?
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            for value in objective where Objective(rawValue: value) == nil {
                throw ValidationError("--objective must be a, b, c or d; got '\(value)'")
            }
        }

        func run() async throws {
            try await running {
                let input = Components.Schemas.IssueInput(
                    title: title, description: description,
                    objectives: objective.isEmpty ? nil : objective.compactMap(Components.Schemas.Objective.init(rawValue:)))
                let issue = try await server.client().createIssue(input, idempotencyKey: newIdempotencyKey())
                if output.resolved == .json { try printJSON(issue) } else { print("Added \(issue.title) \(issue.id)") }
            }
        }
    }
}
