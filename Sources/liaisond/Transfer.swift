import ArgumentParser
import Foundation
import LiaisonServer

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole database to a file as JSON lines, to move it to another deployment.",
        discussion: """
            Reads one consistent snapshot, so it may run while servers are serving. Every \\
            record, account (with its password and token hashes), the audit trail and the \\
            search keys are written; `liaisond import` reads the file into an empty database. \\
            The file is created readable by this account only, appears under its name only when \\
            complete, and is never written over. Progress goes to standard error.

            Examples:
              liaisond export --data-dir /var/lib/liaison --out /srv/moves/liaison.jsonl
              liaisond export --database-url postgresql://liaison@db/liaison --out - | gzip > liaison.jsonl.gz
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(help: ArgumentHelp("The file to write (it must not exist yet), or - for standard output.", valueName: "file"))
    var out: String
    @OptionGroup var log: LogOptions

    func run() async throws {
        let destination = out == "-" ? "standard output" : out
        try await TransferProgress.run("Exported", "from", "to \(destination)") {
            try await ServerRunner.export(database.resolve(), to: out, logger: log.makeLogger(), progress: $0)
        }
    }
}

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a file written by `liaisond export` into an empty database.",
        discussion: """
            Migrates the database first, then loads every row in one transaction: a file that \\
            is cut short, malformed or refused by the database changes nothing, and the error \\
            names the line. The database must hold no records yet: import before the first \\
            `liaisond serve` (which creates an admin account in an embedded cluster). The \\
            export and this liaisond must be at the same schema version. Progress goes to \\
            standard error.

            Examples:
              liaisond import --data-dir /var/lib/liaison-new --in /srv/moves/liaison.jsonl
              gunzip -c liaison.jsonl.gz | liaisond import --database-url postgresql://liaison@db2/liaison --in -
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(name: .customLong("in"), help: ArgumentHelp("The export to read, or - for standard input.", valueName: "file"))
    var input: String
    @OptionGroup var log: LogOptions

    func run() async throws {
        try await TransferProgress.run("Imported", "into", "") {
            try await ServerRunner.importExport(database.resolve(), from: input, logger: log.makeLogger(), progress: $0)
        }
    }
}

/// Rows done per table, on standard error: a line per table (and per 100,000 rows of a big one).
enum TransferProgress {
    @Sendable static func report(_ table: String, _ rows: Int) {
        FileHandle.standardError.write(Data("  \(table): \(rows) rows\n".utf8))
    }

    /// Runs an export or import with progress, then says what it did, e.g. "Imported 1465 rows into 20 tables."
    static func run(
        _ verb: String, _ preposition: String, _ destination: String,
        _ work: (@escaping @Sendable (String, Int) -> Void) async throws -> [String: Int]
    ) async throws {
        do {
            let counts = try await work(report)
            let place = destination.isEmpty ? "" : " " + destination
            FileHandle.standardError.write(Data("\(verb) \(counts.values.reduce(0, +)) rows \(preposition) \(counts.count) tables\(place).\n".utf8))
        } catch {
            throw fail(error)
        }
    }
}
