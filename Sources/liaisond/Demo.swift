import ArgumentParser
import LiaisonServer

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the demo data set into an empty database.",
        discussion: """
            The demo data holds real public institutions of Tajikistan in 2000 (ministries, \
            parties, commissions, NGOs, local authorities) with fictional people and four months \
            of fictional meetings, positions and follow-ups (June to September 2000). It is only \
            loaded into a database that has no records yet.

            Examples:
              liaisond demo --data-dir /tmp/liaison-demo
              liaisond serve --data-dir /tmp/liaison-demo --demo   # the same, then serve
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var log: LogOptions

    func run() async throws {
        let logger = log.makeLogger()
        do {
            try await ServerRunner.loadDemo(database.resolve(), logger: logger)
            print("Loaded the demo data set.")
        } catch {
            throw fail(error)
        }
    }
}
