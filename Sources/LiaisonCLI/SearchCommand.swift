import ArgumentParser
import Foundation
import LiaisonAPI
import LiaisonClient

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Find people, organisations, issues and meetings, in any script or spelling.",
        discussion: """
            Names are found whatever the script or transliteration (Рахмонов, Rahmonov, Rakhmonov and \\
            رحمانوف are one name), by part, and despite small typos; issues and meetings by the \\
            words of their titles and notes, in English, Russian or as written, with the words \\
            found marked «like this». Best matches first; only what your clearance shows.

            Examples:
              liaison search Рахмонов
              liaison search rahmonov --type person --json
              liaison search "amnesty deadline" --type meeting
              liaison search Karimov --format csv
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case person, organization, org, issue, meeting }

    @Argument(help: "What to look for.") var query: [String]
    @Option(help: "Only this kind: person, organization (org), issue or meeting (repeatable).") var type: [Kind] = []
    @Option(help: "Most results (1-100).") var limit = 20
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions

    static func describe(_ match: Components.Schemas.SearchResult.MatchPayload) -> String {
        switch match {
        case .name: "the name"
        case .word: "a word of the name"
        case .sound: "the name in another script"
        case .part: "part of the name"
        case .similar: "a name like it"
        case .words: "the words"
        }
    }

    func validate() throws {
        if query.joined(separator: " ").trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("say what to look for") }
        if !(1...100).contains(limit) { throw ValidationError("--limit must be from 1 to 100") }
    }

    func run() async throws {
        try await running {
            let types = Array(Set(type.map { $0 == .org ? "organization" : $0.rawValue })).sorted()
            let results = try await server.client().search(query.joined(separator: " "), types: types, limit: limit)
            if output.resolved == .json { return try printJSON(results) }
            if results.isEmpty, output.resolved == .table { return Terminal.note("nothing found for '\(query.joined(separator: " "))'") }
            printRows(
                ["type", "name", "detail", "found", "id"],
                results.map { [$0._type.rawValue, $0.title, $0.detail, $0.snippet ?? Self.describe($0.match), $0.id] },
                format: output.resolved, tint: { column, text in column == 3 && text == "the name" ? .green : nil })
        }
    }
}

/// `liaison person merge` and `liaison org merge`.
struct MergeCommand<N: MergeableNoun>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "merge", abstract: "Merge a duplicate \(N.title) into the one to keep.",
            discussion: """
                Every meeting, position, affiliation, follow-up and influence rating of OTHER moves to \\
                KEEP, OTHER's spellings are added to KEEP's, and OTHER is archived with a pointer to \\
                KEEP; the audit trail records the merge. All or nothing. At a terminal you are asked \\
                to confirm; elsewhere give --yes. Ids avoid any doubt when the two share a name.

                Examples:
                  liaison \(N.command) merge \(N.example) 30000000-0000-4000-8000-000000000041
                  liaison \(N.command) merge KEEP-ID OTHER-ID --yes
                """)
    }

    @Argument(help: ArgumentHelp("The \(N.title) to keep (a name or an id).", valueName: "keep")) var keep: String
    @Argument(help: ArgumentHelp("The duplicate, merged into it (a name or an id).", valueName: "other")) var other: String
    @Flag(help: "Do not ask for confirmation.") var yes = false
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await running {
            let client = try server.client()
            let resolver = server.resolver(client)
            let keepID = try await N.id(of: keep, resolver: resolver)
            let otherID = try await N.id(of: other, resolver: resolver)
            if keepID == otherID { throw ClientError.usage("'\(keep)' and '\(other)' are the same record; name two different ones (ids help)") }
            let kept = try await N.fetch(keepID, client: client), merged = try await N.fetch(otherID, client: client)
            if !yes {
                guard Terminal.isInteractive else { throw ClientError.usage("give --yes to merge without being asked") }
                guard Prompter.terminal.confirm("Merge \(N.line(merged)) into \(N.line(kept))? Everything moves and the first is archived.")
                else { throw ClientError.usage("nothing was merged") }
            }
            let result = try await N.merge(keep: keepID, other: otherID, client: client)
            if output.resolved == .json { return try printJSON(result) }
            print("Merged \(N.line(merged)) into \(N.line(result))")
        }
    }
}

/// A noun whose duplicates can be merged.
protocol MergeableNoun: Noun {
    static func merge(keep: String, other: String, client: LiaisonClient) async throws -> Record
}

extension OrgNoun: MergeableNoun {
    static func merge(keep: String, other: String, client: LiaisonClient) async throws -> Record {
        try await client.mergeOrganization(keep: keep, other: other)
    }
}

extension PersonNoun: MergeableNoun {
    static func merge(keep: String, other: String, client: LiaisonClient) async throws -> Record {
        try await client.mergePerson(keep: keep, other: other)
    }
}
