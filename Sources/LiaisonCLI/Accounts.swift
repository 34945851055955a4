import ArgumentParser
import Foundation
import LiaisonAPI
import LiaisonClient
import LiaisonDomain

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Staff accounts: roles and clearance (admins).",
        discussion: """
            Roles: viewer (reads), officer (records), admin (also manages accounts and reads the \
            audit trail). Clearance: unclassified, confidential, strictly-confidential; the \
            database shows nobody a meeting above their clearance.

            Examples:
              liaison user add officer2 --role officer --clearance confidential \\
                  --name "Field officer, Khujand"
              liaison user list
              liaison user edit officer2 --disable
            """,
        subcommands: [Add.self, List.self, Show.self, Edit.self],
        aliases: ["users"])

    static func validate(role: String?, clearance: String?) throws {
        if let role, Components.Schemas.UserInput.RolePayload(rawValue: role) == nil {
            throw ValidationError("--role must be admin, officer or viewer")
        }
        if let clearance, Components.Schemas.Confidentiality(rawValue: clearance) == nil {
            throw ValidationError("--clearance must be unclassified, confidential or strictly-confidential")
        }
    }

    /// A new password: asked twice without echo at a terminal, else the first line of standard input.
    static func readPassword() throws -> String {
        if Terminal.isInteractive {
            guard let first = getpass("New password (10 to 72 bytes): ").map({ String(cString: $0) }),
                let second = getpass("Again: ").map({ String(cString: $0) })
            else { throw ClientError.usage("no password given") }
            if first != second { throw ClientError.usage("the two passwords differ; nothing was changed") }
            return first
        }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw ClientError.usage("no password on standard input")
        }
        return line
    }

    static func line(_ user: LiaisonClient.User) -> String {
        "\(user.login) (\(user.role.rawValue), cleared to \(user.clearance.rawValue)\(user.active ? "" : ", disabled")) \(user.id)"
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a staff account.",
            discussion: """
                The password is asked for at a terminal, or read from the first line of standard input.

                Examples:
                  liaison user add officer2 --role officer --clearance confidential \\
                      --name "Field officer, Khujand"
                  printf '%s\\n' "$PASSWORD" | liaison user add viewer1 --role viewer \\
                      --clearance unclassified
                """)
        @Argument(help: "The login (letters, digits, '.', '_' and '-').") var login: String
        @Option(help: "admin, officer or viewer.") var role: String
        @Option(help: "unclassified, confidential or strictly-confidential.") var clearance: String
        @Option(help: "The name shown to others.") var name: String?
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws { try UserCommand.validate(role: role, clearance: clearance) }

        func run() async throws {
            try await running {
                let client = try server.client()
                let input = Components.Schemas.UserInput(
                    login: login, displayName: name, role: .init(rawValue: role)!, clearance: .init(rawValue: clearance)!,
                    password: try UserCommand.readPassword())
                let user = try await client.createUser(input)
                if output.resolved == .json { return try printJSON(user) }
                print("Added \(UserCommand.line(user))")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List staff accounts.", discussion: "Examples:\n  liaison user list\n  liaison user ls --json",
            aliases: ["ls"])
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await running {
                let users = try await server.client().users()
                if output.resolved == .json { return try printJSON(users) }
                printRows(
                    ["login", "name", "role", "clearance", "active", "id"],
                    users.map { [$0.login, $0.displayName, $0.role.rawValue, $0.clearance.rawValue, $0.active ? "yes" : "no", $0.id] },
                    format: output.resolved)
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one staff account.", discussion: "Examples:\n  liaison user show officer2\n  liaison user show me --json")
        @Argument(help: "The login, name or id (`me` for yourself).") var user: String
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await running {
                let client = try server.client()
                let id = try await server.resolver(client).user(user).id
                let found = try await client.user(id)
                if output.resolved == .json { return try printJSON(found) }
                let clock = try output.clock()
                printDetail(
                    [("Login", found.login), ("Name", found.displayName), ("Role", found.role.rawValue),
                     ("Clearance", found.clearance.rawValue), ("Active", found.active ? "yes" : "no (disabled)"), ("Id", found.id),
                     ("Version", "\(found.version)"), ("Created", clock.minuteWithZone(found.createdAt))],
                    format: output.resolved)
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a staff account's role, clearance, name or password, or disable it.",
            discussion: """
                Disabling an account stops all its tokens at once; a new password revokes its tokens too.

                Examples:
                  liaison user edit officer2 --clearance strictly-confidential
                  liaison user edit officer2 --disable
                  liaison user edit officer2 --password        # asks for the new one
                """)
        @Argument(help: "The login, name or id.") var user: String
        @Option(help: "admin, officer or viewer.") var role: String?
        @Option(help: "unclassified, confidential or strictly-confidential.") var clearance: String?
        @Option(help: "The name shown to others.") var name: String?
        @Flag(help: "Set a new password (asked for, or read from standard input).") var password = false
        @Flag(help: "Disable the account and all its tokens.") var disable = false
        @Flag(help: "Enable a disabled account.") var enable = false
        @OptionGroup var edit: EditOptions
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            try UserCommand.validate(role: role, clearance: clearance)
            if enable && disable { throw ValidationError("give --enable or --disable, not both") }
        }

        func run() async throws {
            try await running {
                let client = try server.client()
                let current = try await client.user(try await server.resolver(client).user(user).id)
                let input = Components.Schemas.UserInput(
                    login: current.login, displayName: name ?? current.displayName,
                    role: role.flatMap(Components.Schemas.UserInput.RolePayload.init(rawValue:)) ?? .init(rawValue: current.role.rawValue)!,
                    clearance: clearance.flatMap(Components.Schemas.Confidentiality.init(rawValue:)) ?? current.clearance,
                    active: enable ? true : disable ? false : current.active, password: password ? try UserCommand.readPassword() : nil)
                let saved = try await client.updateUser(current.id, input, version: edit.base(current.version))
                if output.resolved == .json { return try printJSON(saved) }
                print("Saved \(UserCommand.line(saved)), version \(saved.version)")
            }
        }
    }
}

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "API tokens for scripts and other machines.",
        discussion: """
            Examples:
              liaison token add "field office laptop" --expires 2001-01-01
              liaison token list
              liaison token revoke 3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b
            """,
        subcommands: [Add.self, List.self, Revoke.self],
        aliases: ["tokens"])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a token for yourself; it is shown this once.",
            discussion: """
                Examples:
                  liaison token add "field office laptop"
                  liaison token add "weekly report script" \\
                      --expires 2001-01-01 > report-token
                """)
        @Argument(help: "What it is for (at most 100 characters).") var name: String
        @Option(help: "When it stops working: a date (YYYY-MM-DD, midnight in your zone) or RFC 3339.") var expires: String?
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await running {
                var expiry: Date?
                if let expires {
                    let text = expires.count == 10 ? expires + "T00:00" : expires
                    guard let stamp = try? MeetingLogArguments.start(text, zone: try output.zone()), let date = Timestamp.parse(stamp) else {
                        throw ClientError.usage("--expires must be a date (2001-01-01) or an RFC 3339 time; got '\(expires)'")
                    }
                    expiry = date
                }
                let made = try await server.client().createToken(.init(name: name, expiresAt: expiry))
                if output.resolved == .json { return try printJSON(made) }
                Terminal.note("token \"\(made.tokenInfo.name)\" (\(made.tokenInfo.id)); keep it secret, it is not shown again:")
                print(made.token)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List your tokens (admins: everyone's), never their secrets.",
            discussion: "Examples:\n  liaison token list\n  liaison token ls --json", aliases: ["ls"])
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await running {
                let tokens = try await server.client().tokens()
                if output.resolved == .json { return try printJSON(tokens) }
                let clock = try output.clock()
                printRows(
                    ["name", "created", "expires", "last used", "state", "id"],
                    tokens.map {
                        [$0.name, clock.minute($0.createdAt), $0.expiresAt.map(clock.minute) ?? "", $0.lastUsedAt.map(clock.minute) ?? "",
                         $0.revoked ? "revoked" : ($0.expiresAt.map { $0 < Date() } ?? false) ? "expired" : "active", $0.id]
                    }, format: output.resolved)
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stop a token at once.", discussion: "Examples:\n  liaison token revoke 3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b")
        @Argument(help: "The token's id (from token list).") var id: String
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if NameResolver.id(id) == nil { throw ValidationError("give the token's id (see `liaison token list`)") }
        }

        func run() async throws {
            try await running {
                let token = try await server.client().revokeToken(NameResolver.id(id)!)
                if output.resolved == .json { return try printJSON(token) }
                print("Revoked \"\(token.name)\" \(token.id)")
            }
        }
    }
}

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Who changed what, and when (admins).",
        discussion: """
            Examples:
              liaison audit list
              liaison audit list --org "Democratic Party of Tajikistan"
              liaison audit list --record 8c1e0b2a-1f3d-4e5a-9b7c-6d5e4f3a2b1c --json
              liaison audit list --user officer2 --type meetings
            """,
        subcommands: [List.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "The audit trail, newest first.",
            discussion: "Examples:\n  liaison audit list --limit 20\n  liaison audit ls --person \"Rustam Karimov\"", aliases: ["ls"])
        @Option(help: "One record's history (its id).") var record: String?
        @Option(help: "One organisation's history (a name or an id).") var org: String?
        @Option(help: "One person's history (a name or an id).") var person: String?
        @Option(help: "Only changes made by this account (login or id).") var user: String?
        @Option(help: "Only this kind of record: organizations, people, affiliations, issues, meetings, positions, commitments, users, api_tokens.")
        var type: String?
        @Flag(help: "Show which fields each change set, and from what (--json has the whole records).") var changes = false
        @Option(help: "Most entries.") var limit = 50
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if [record, org, person].compactMap({ $0 }).count > 1 { throw ValidationError("give one of --record, --org and --person") }
            if let record, NameResolver.id(record) == nil { throw ValidationError("--record wants an id; use --org or --person for names") }
        }

        func run() async throws {
            try await running {
                let client = try server.client()
                let resolver = server.resolver(client)
                var recordID = record.flatMap(NameResolver.id)
                if let org { recordID = try await resolver.organization(org).id }
                if let person { recordID = try await resolver.person(person).id }
                let users = try await client.users()
                let userID = try await user.asyncMap { try await resolver.user($0).id }
                let entries = try await client.audit(record: recordID, user: userID, type: type, limit: limit)
                if output.resolved == .json { return try printJSON(entries) }
                let logins = Dictionary(users.map { ($0.id, $0.login) }, uniquingKeysWith: { first, _ in first })
                let clock = try output.clock()
                var header = ["when", "who", "action", "record", "id"]
                if changes { header += ["changes"] }
                printRows(header, entries.map { entry in
                    var row = [clock.minute(entry.at), entry.userId.map { logins[$0] ?? $0 } ?? "(system)", entry.action.rawValue,
                               entry.recordType, entry.recordId]
                    if changes { row.append(AuditChanges.describe(before: entry.before, after: entry.after)) }
                    return row
                }, format: output.resolved)
            }
        }
    }
}
