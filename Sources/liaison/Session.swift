import ArgumentParser
import Foundation
import LiaisonClient

/// Which server to talk to, and as whom; shared by every command.
struct ServerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The liaisond URL (overrides LIAISON_SERVER and the config file).", valueName: "url"))
    var server: String?

    /// The client for this invocation: flag, then environment, then config file.
    func client(requireToken: Bool = true) throws -> LiaisonClient {
        let file = try ClientConfiguration.load(from: ClientConfiguration.path())
        let (server, token) = ClientConfiguration.resolve(serverFlag: self.server, file: file)
        let url = try Self.url(server)
        if requireToken && token == nil {
            throw ClientError.problem(status: 401, title: "Unauthorized", detail: "no token for \(server)", fields: [])
        }
        return LiaisonClient(serverURL: url, token: token)
    }

    static func url(_ text: String) throws -> URL {
        guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw ClientError.usage("'\(text)' is not an http:// or https:// URL")
        }
        return url
    }
}

/// Output choices shared by the commands that print records.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON (every field, stable names).") var json = false
    @Option(help: "table, json, csv or markdown (default: table on a terminal, tab-separated in a pipe).")
    var format: OutputFormat?

    var resolved: OutputFormat { json ? .json : format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .tsv) }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown, tsv
}

/// Runs a command body, turning client errors into one line on standard error and the documented exit status.
func running(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ClientError {
        FileHandle.standardError.write(Data("liaison: \(error)\n".utf8))
        throw ExitCode(error.exitCode)
    }
    // A reminder while something waits to be sent.
    let waiting = Outbox().count
    if waiting > 0 {
        FileHandle.standardError.write(Data("liaison: \(waiting) meeting(s) wait in the outbox; run `liaison sync`.\n".utf8))
    }
}

/// Prints rows in the chosen format.
func printRows(_ header: [String], _ rows: [[String]], format: OutputFormat) {
    switch format {
    case .tsv:
        for row in rows { print(row.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t")) }
    case .csv:
        func quote(_ field: String) -> String {
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        print(header.map(quote).joined(separator: ","))
        for row in rows { print(row.map(quote).joined(separator: ",")) }
    case .markdown:
        print("| " + header.joined(separator: " | ") + " |")
        print("|" + header.map { _ in "---|" }.joined())
        for row in rows { print("| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |") }
    case .table, .json:
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }
        print(line(header.map { $0.uppercased() }))
        for row in rows { print(line(row)) }
    }
}

/// Prints any encodable value as JSON.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
