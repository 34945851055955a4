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
              liaison auth login --server http://127.0.0.1:8080 --with-token < ~/.local/share/liaison/admin-token
              liaison org add "Democratic Party of Tajikistan" --sector political-party --region Dushanbe
              liaison log --subject "Amnesty implementation" --with "Democratic Party of Tajikistan" \\
                  --issue "Amnesty=+1" --on 2000-06-12T10:00 --at Dushanbe
              liaison meeting list

            Exit status: 0 done; 1 an unexpected failure; 2 bad usage or input; 3 not logged in or not
            allowed; 4 not found; 5 a conflict (someone changed the record); 6 the server cannot be
            reached; 7 kept in the outbox (run `liaison sync`).
            """,
        version: "0.1.0",
        subcommands: [
            Auth.self, Org.self, PersonCommand.self, IssueCommand.self, MeetingCommand.self, MeetingCommand.Log.self, Sync.self, Status.self,
        ])
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
        let client = try options.client(requireToken: false)
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
