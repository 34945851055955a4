import ArgumentParser
import Foundation
import LiaisonClient

public struct Liaison: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Log and find the mission's meetings with government, parties and civil society.",
        discussion: """
            liaison talks to a liaisond server over HTTP. Name the server with --server or \
            LIAISON_SERVER (default: http://127.0.0.1:8080); `liaison auth login` keeps it and \
            your token in ~/.config/liaison/config.json.

            Wherever a person, organisation or issue is expected, a name (matched loosely) or an \
            id will do. Lists print a table on a terminal and tab-separated lines in a pipe; \
            --json and --format table|json|csv|markdown|tsv choose. Colour is used only on a \
            terminal, and never when NO_COLOR is set.

            Examples:
              liaison auth login --server http://127.0.0.1:8080 \\
                  --with-token < ~/.local/share/liaison/admin-token
              liaison org add "Democratic Party of Tajikistan" \\
                  --sector political-party --region Dushanbe
              liaison log --subject "Amnesty implementation" \\
                  --with "Democratic Party of Tajikistan" \\
                  --issue "Amnesty=+1" --on 2000-06-12T10:00 --at Dushanbe
              liaison meeting list
              liaison followup list --overdue

            Exit status: 0 done; 1 an unexpected failure; 2 bad usage or input; 3 not logged in or not \
            allowed; 4 not found; 5 a conflict (someone changed the record); 6 the server cannot be \
            reached; 7 kept in the outbox (run `liaison sync`).
            """,
        version: "0.1.0",
        subcommands: [
            Auth.self, Org.self, PersonCommand.self, AffiliationCommand.self, IssueCommand.self, MeetingCommand.self,
            MeetingCommand.Log.self, FollowupCommand.self, SearchCommand.self, SummaryCommand.self, UserCommand.self, TokenCommand.self, AuditCommand.self, Sync.self,
            ImportCommand.self, ConfigCommand.self, Status.self,
        ])

    public init() {}

    /// As ArgumentParser's own, except that every usage error exits with 2, as documented
    /// (ArgumentParser's default is 64).
    public static func start() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as ClientError {
            Terminal.error(error.description)
            Foundation.exit(error.exitCode)
        } catch {
            if exitCode(for: error) == .validationFailure,
                let unknown = CommandSuggestion.unknownCommand(in: Array(CommandLine.arguments.dropFirst()), root: Liaison.self),
                message(for: error).contains("'\(unknown.word)'")
            {
                Terminal.error(CommandSuggestion.message(unknown))
                Foundation.exit(2)
            }
            if exitCode(for: error) == .validationFailure {
                // One line, as every other error: what is wrong, and where the help is.
                let text = message(for: error).split(separator: "\n").first.map(String.init) ?? "bad usage"
                let path = CommandLine.arguments.dropFirst().prefix { !$0.hasPrefix("-") }.prefix(2).joined(separator: " ")
                Terminal.error(text.replacingOccurrences(of: "Error: ", with: "") + " (see `liaison \(path.isEmpty ? "" : path + " ")--help`)")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show whether the server is up and ready.",
        discussion: """
            Exit status: 0 ready; 1 reachable but not ready (the reason is printed); 6 not reachable.

            Examples:
              liaison status
              liaison status --server http://10.0.0.5:8080
            """)

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let client = try options.client(requireToken: false)
        do {
            let status = try await client.status()
            if let reason = status.notReadyReason {
                print("\(client.serverURL.absoluteString): liaisond \(status.version), NOT READY: \(reason)")
                throw ExitCode(1)
            }
            print("\(client.serverURL.absoluteString): liaisond \(status.version), ready (schema version \(status.schemaVersion ?? 0))")
        } catch let error as ClientError {
            Terminal.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}

struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Show or change settings kept in the config file.",
        discussion: """
            Settings: server (the liaisond URL), time-zone (an IANA name: times are shown in it, and \
            meeting times without an offset are read in it). The token is set by `liaison auth login`.

            Examples:
              liaison config set time-zone Asia/Dushanbe
              liaison config get time-zone
              liaison config list
              liaison config unset time-zone
            """,
        subcommands: [List.self, Get.self, SetValue.self, Unset.self])

    static let keys = ["server", "time-zone"]

    static func validateKey(_ key: String) throws {
        if !keys.contains(key) { throw ValidationError("unknown setting '\(key)'; the settings are \(keys.joined(separator: ", "))") }
    }

    static func value(_ key: String, in file: ClientConfiguration) -> String? {
        key == "server" ? file.server : file.timeZone
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "Show every setting and where the file is.", discussion: "Examples:\n  liaison config list",
            aliases: ["ls"])

        func run() async throws {
            try await running {
                let path = ClientConfiguration.path()
                let file = try ClientConfiguration.load(from: path)
                print("file\t\(path)")
                for key in ConfigCommand.keys { print("\(key)\t\(ConfigCommand.value(key, in: file) ?? "")") }
                print("token\t\(file.token == nil ? "" : "(set)")")
            }
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one setting.", discussion: "Examples:\n  liaison config get server")
        @Argument(help: "server or time-zone.") var key: String
        func validate() throws { try ConfigCommand.validateKey(key) }

        func run() async throws {
            try await running {
                let file = try ClientConfiguration.load(from: ClientConfiguration.path())
                guard let value = ConfigCommand.value(key, in: file) else { throw ExitCode(1) }
                print(value)
            }
        }
    }

    struct SetValue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Change one setting.",
            discussion: "Examples:\n  liaison config set time-zone Asia/Dushanbe\n  liaison config set server https://liaison.mission.example")
        @Argument(help: "server or time-zone.") var key: String
        @Argument(help: "The new value.") var value: String

        func validate() throws {
            try ConfigCommand.validateKey(key)
            if key == "time-zone", TimeZone(identifier: value) == nil {
                throw ValidationError("'\(value)' is not a time zone; use an IANA name such as Asia/Dushanbe")
            }
            if key == "server" { _ = try ServerOptions.url(value) }
        }

        func run() async throws {
            try await running {
                let path = ClientConfiguration.path()
                var file = try ClientConfiguration.load(from: path)
                if key == "server" {
                    // A token belongs to the server that issued it.
                    if file.server != value { file.token = nil }
                    file.server = value
                } else {
                    file.timeZone = value
                }
                try file.save(to: path)
                print("\(key) = \(value)")
            }
        }
    }

    struct Unset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove one setting.", discussion: "Examples:\n  liaison config unset time-zone")
        @Argument(help: "server or time-zone.") var key: String
        func validate() throws { try ConfigCommand.validateKey(key) }

        func run() async throws {
            try await running {
                let path = ClientConfiguration.path()
                var file = try ClientConfiguration.load(from: path)
                if key == "server" { (file.server, file.token) = (nil, nil) } else { file.timeZone = nil }
                try file.save(to: path)
                print("\(key) removed")
            }
        }
    }
}
