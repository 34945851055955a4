import ArgumentParser
import Foundation
import LiaisonClient

struct SummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary", abstract: "Where government, parties and civil society stand, what moved, and who has not been met.",
        discussion: """
            Per issue: stance by sector at the period's end, the convergence figure (0 to 1) and its \\
            change, who moved, influential actors still opposed; then who was met (and for the \\
            first time), organisations not met lately, follow-ups and quotes. Only what your \\
            clearance shows is counted. docs/summary.md defines every figure.

            --format table (the default) is for reading here; markdown is ready to paste into a \\
            weekly report; html is one self-contained file with charts, to open in a browser or \\
            send; json is every figure with stable names.

            Examples:
              liaison summary --from 2000-06-01 --to 2000-08-31
              liaison summary --from 2000-06-01 --to 2000-08-31 --format markdown > week.md
              liaison summary --from 2000-06-01 --to 2000-08-31 --format html --out summary.html
              liaison summary --issue Amnesty --sector political-party --gap-days 14 --json
              liaison summary --from 2000-01-01 --to 2000-12-31 --top 20    # shorter lists, whole counts
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, markdown, html, json }

    @Option(help: "The first day (YYYY-MM-DD; default six days before --to).") var from: String?
    @Option(help: "The last day (YYYY-MM-DD; default today).") var to: String?
    @Option(help: "Only this issue (a title or an id).") var issue: String?
    @Option(help: "Only organisations of this sector (and the people representing them).") var sector: String?
    @Option(help: "Only organisations of this region (and the people representing them).") var region: String?
    @Option(name: .customLong("gap-days"), help: "Organisations not met in this many days are listed as gaps (default 30).")
    var gapDays: Int?
    @Option(help: "At most this many entries in each list: who moved, the map, gaps, overdue follow-ups (1-1000; default 100).")
    var top: Int?
    @Option(help: "table, markdown, html or json.") var format: Format = .table
    @Flag(help: "The same as --format json.") var json = false
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var out: String?
    @Option(name: .customLong("time-zone"), help: ArgumentHelp("The zone whose today is the default --to.", valueName: "zone"))
    var timeZone: String?
    @OptionGroup var server: ServerOptions

    func validate() throws {
        try checkDate(from, "--from")
        try checkDate(to, "--to")
        if let from, let to, from > to { throw ValidationError("--from (\(from)) is after --to (\(to))") }
        if let gapDays, !(1...3650).contains(gapDays) { throw ValidationError("--gap-days must be from 1 to 3650") }
        if let top, !(1...1000).contains(top) { throw ValidationError("--top must be from 1 to 1000") }
    }

    func run() async throws {
        try await running {
            let client = try server.client()
            let file = try ClientConfiguration.load(from: ClientConfiguration.path())
            let zone = try Clock.zone(flag: timeZone, file: file, environment: ProcessInfo.processInfo.environment)
            let to = to ?? Clock(zone: zone).today()
            let issueID = try await issue.asyncMap { try await server.resolver(client).issue($0).id }
            let summary = try await client.summary(
                from: from, to: to, issue: issueID, sector: sector.map(slug), region: region.map(slug), gapDays: gapDays, top: top)
            let format = json ? .json : format
            let text: String
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                text = String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n"
            case .markdown: text = MarkdownReport(summary: summary).render()
            case .html: text = HTMLReport(summary: summary).render()
            case .table: text = TerminalReport(summary: summary, style: out == nil ? .standardOutput : Style(enabled: false)).render()
            }
            if let out {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    throw ClientError.configuration("cannot write \(out): \(error.localizedDescription)")
                }
                Terminal.note("wrote \(out) (\(text.utf8.count) bytes)")
            } else {
                print(text, terminator: "")
            }
        }
    }
}
