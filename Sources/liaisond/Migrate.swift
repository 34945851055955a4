import ArgumentParser
import LiaisonServer

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply pending schema migrations and exit.",
        discussion: """
            Each migration in sql/ is applied once, in its own transaction, and recorded with a \
            checksum. Several servers may migrate at once: a lock lets one apply and the others wait. \
            liaisond refuses to run when the database is newer than it, or when an applied \
            migration has changed.

            Examples:
              liaisond migrate --data-dir /srv/liaison
              liaisond migrate --database-url postgresql://liaison@db/liaison
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var log: LogOptions

    func run() async throws {
        let logger = log.makeLogger()
        do {
            let applied = try await ServerRunner.migrate(database.resolve(), logger: logger)
            if applied.isEmpty {
                print("The database is up to date.")
            } else {
                for migration in applied { print("applied \(migration.name)") }
                print("Applied \(applied.count) migration(s).")
            }
        } catch {
            throw fail(error)
        }
    }
}
