import ArgumentParser
import Foundation
import LiaisonDomain
import LiaisonServer

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage accounts without going through HTTP.",
        subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account and print a new API token for it (as the last line).",
            discussion: """
                Works whether or not a server is running on the same data directory or database. \
                The token is shown once; keep it safe, or log in with a password later.

                Examples:
                  liaisond user create --data-dir /srv/liaison --login head --role admin --clearance strictly-confidential
                  liaisond user create --database-url postgresql://liaison@db/liaison --login officer1 --role officer --clearance confidential
                  printf '%s' "$PASSWORD" | liaisond user create --login officer2 --role officer --clearance unclassified --password-stdin
                """)

        @Option(help: "Login name (letters, digits, '.', '_', '-').") var login: String
        @Option(help: "admin, officer or viewer.") var role: String
        @Option(help: "unclassified, confidential or strictly-confidential.") var clearance: String
        @Option(name: .customLong("display-name"), help: "The name shown to others (default: the login).")
        var displayName: String?
        @Flag(name: .customLong("password-stdin"), help: "Read a password (10-72 bytes) from standard input.")
        var passwordFromStandardInput = false

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var log: LogOptions

        func validate() throws {
            if Role(rawValue: role) == nil { throw ValidationError("--role must be admin, officer or viewer") }
            if Confidentiality(rawValue: clearance) == nil {
                throw ValidationError("--clearance must be unclassified, confidential or strictly-confidential")
            }
        }

        func run() async throws {
            let logger = log.makeLogger()
            do {
                var password: String?
                if passwordFromStandardInput {
                    password = (readLine(strippingNewline: true) ?? "")
                }
                let details = try UserDetails.validated(
                    login: login, displayName: displayName, role: role, clearance: clearance, active: true, password: password)
                let (user, token) = try await ServerRunner.createUser(
                    database.resolve(), details: details, password: password, logger: logger)
                print("Created \(user.login) (\(user.role.rawValue), cleared to \(user.clearance.rawValue)). API token:")
                print(token)
            } catch {
                throw fail(error)
            }
        }
    }
}
