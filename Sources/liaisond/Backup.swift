import ArgumentParser
import LiaisonServer

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Back up the embedded cluster's database to a file (pg_dump, custom format).",
        discussion: """
            Works while the server runs (it reads a consistent snapshot) or on its own (it starts \\
            the cluster and stops it again). The file is created readable by this account only \\
            and appears under its name only when complete. Restore it with pg_restore \\
            (docs/operations.md). A shared database is backed up with PostgreSQL's own tools.

            Examples:
              liaisond backup --data-dir /var/lib/liaison --out /srv/backups/liaison-2000-06-30.dump
              pg_restore --list /srv/backups/liaison-2000-06-30.dump
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(help: ArgumentHelp("The file to write (it must not exist yet).", valueName: "file")) var out: String
    @OptionGroup var log: LogOptions

    func run() async throws {
        let logger = log.makeLogger()
        do {
            try await ServerRunner.backup(database.resolve(), to: out, logger: logger)
            print("Wrote \(out)")
        } catch {
            throw fail(error)
        }
    }
}
