import ArgumentParser
import Foundation
import LiaisonClient

struct Auth: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Log in to a server, log out, and show who you are.",
        discussion: """
            The server and token are kept in the config file ($XDG_CONFIG_HOME/liaison/config.json), \
            readable only by you. LIAISON_SERVER and LIAISON_TOKEN override it; --server overrides both.

            Examples:
              liaison auth login --server http://127.0.0.1:8080 --login officer1
              liaison auth status
              liaison auth logout
            """,
        subcommands: [Login.self, Logout.self, Status.self])

    struct Login: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Log in and keep the token in the config file (readable only by you).",
            discussion: """
                Examples:
                  liaison auth login --server http://127.0.0.1:8080 \\
                      --login officer1     # asks for the password
                  liaison auth login --server http://127.0.0.1:8080 \\
                      --with-token < ~/.local/share/liaison/admin-token
                """)

        @OptionGroup var server: ServerOptions
        @Option(help: "Your login name (asked for when missing at a terminal).") var login: String?
        @Flag(name: .customLong("with-token"), help: "Read an API token from standard input instead of using a password.")
        var withToken = false

        func run() async throws {
            try await running {
                let path = ClientConfiguration.path()
                var file = try ClientConfiguration.load(from: path)
                let serverText = server.server ?? ProcessInfo.processInfo.environment["LIAISON_SERVER"] ?? file.server
                    ?? ClientConfiguration.defaultServer
                let url = try ServerOptions.url(serverText)
                let token: String
                if withToken {
                    token = (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: .whitespaces)
                    if token.isEmpty { throw ClientError.usage("no token on standard input") }
                } else {
                    guard let name = login ?? Self.prompt("Login: ") else {
                        throw ClientError.usage("give --login (or --with-token) when not at a terminal")
                    }
                    guard let password = Self.password() else { throw ClientError.usage("no password given") }
                    token = try await LiaisonClient(serverURL: url).login(name, password: password).token
                }
                let user = try await LiaisonClient(serverURL: url, token: token).me()
                file.server = serverText
                file.token = token
                try file.save(to: path)
                print("Logged in to \(serverText) as \(user.login) (\(user.role.rawValue), cleared to \(user.clearance.rawValue)).")
            }
        }

        static func prompt(_ text: String) -> String? {
            guard isatty(STDIN_FILENO) == 1 else { return nil }
            FileHandle.standardError.write(Data(text.utf8))
            return readLine(strippingNewline: true)
        }

        /// At a terminal, asked for without echo; in a pipe, the first line of standard input.
        static func password() -> String? {
            if isatty(STDIN_FILENO) == 1, let typed = getpass("Password: ") { return String(cString: typed) }
            return readLine(strippingNewline: true)
        }
    }

    struct Logout: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Forget the stored token.",
            discussion: "Examples:\n  liaison auth logout")

        func run() async throws {
            try await running {
                let path = ClientConfiguration.path()
                var file = try ClientConfiguration.load(from: path)
                file.token = nil
                try file.save(to: path)
                print("Logged out.")
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the server and account in use.",
            discussion: "Examples:\n  liaison auth status\n  LIAISON_TOKEN=lsn_... liaison auth status --server http://10.0.0.5:8080")

        @OptionGroup var server: ServerOptions

        func run() async throws {
            try await running {
                let client = try server.client()
                let user = try await client.me()
                print("\(client.serverURL.absoluteString): logged in as \(user.login) (\(user.role.rawValue), cleared to \(user.clearance.rawValue)).")
            }
        }
    }
}
