import ArgumentParser
import Foundation
import LiaisonClient

@main
struct Liaison: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Log and find the mission's meetings with government, parties and civil society.",
        discussion: """
            liaison talks to a liaisond server over HTTP. Name the server with --server or \
            LIAISON_SERVER (default: http://127.0.0.1:8080).

            Examples:
              liaison status
              liaison status --server https://liaison.mission.example
            """,
        version: "0.1.0",
        subcommands: [Status.self])
}

/// Which server to talk to; shared by every command.
struct ServerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The liaisond URL (env: LIAISON_SERVER; default: http://127.0.0.1:8080).", valueName: "url"))
    var server: String?

    func url() throws -> URL {
        let text = server ?? ProcessInfo.processInfo.environment["LIAISON_SERVER"] ?? "http://127.0.0.1:8080"
        guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil
        else { throw ValidationError("'\(text)' is not an http:// or https:// URL") }
        return url
    }
}

struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show whether the server is up and ready.",
        discussion: """
            Exit status: 0 ready, 1 not reachable or an error, 2 reachable but not ready.

            Examples:
              liaison status
              liaison status --server http://10.0.0.5:8080
            """)

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let client = LiaisonClient(serverURL: try options.url(), timeout: .seconds(10))
        do {
            let status = try await client.status()
            if let reason = status.notReadyReason {
                print("\(client.serverURL.absoluteString): liaisond \(status.version), NOT READY: \(reason)")
                throw ExitCode(2)
            }
            print("\(client.serverURL.absoluteString): liaisond \(status.version), ready (schema version \(status.schemaVersion ?? 0))")
        } catch let error as ClientError {
            FileHandle.standardError.write(Data("liaison: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
