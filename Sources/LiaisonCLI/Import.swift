import ArgumentParser
import CSV
import Crypto
import Foundation
import LiaisonAPI
import LiaisonClient
import LiaisonDomain

/// `liaison import`: organisations, people, affiliations or meetings from a CSV file.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add organisations, people, affiliations or meetings from a CSV file.",
        discussion: """
            The file's first row names its columns (any order, any case; spaces and hyphens \\
            count as underscores). Columns holding several values separate them with "|". \\
            Names are found as `liaison org add` and `meeting log` find them, and a row may name \\
            a record added by an earlier row of the same file.

              organizations  name*, sector*, kind, region, parent, aliases, notes, influence
              people         name*, alternate_names, title, organization, role, email, phone, notes
              affiliations   person*, organization*, role, from, to
              meetings       subject*, participants*, starts_at*, time_zone, place, region, kind,
                             duration_minutes, confidentiality, notes, issues, stances, followups
              (* required; issues as ISSUE=STANCE, stances as STAKEHOLDER:ISSUE=STANCE and \\
              followups as TEXT;due=DATE;owner=WHO, as in `liaison meeting log`)

            Each row is added whole or not at all. A row that cannot be added is reported with \\
            its line and the reason, and the others are added; --errors writes the rejected rows \\
            to a CSV file of their own, with the reason, to correct and import again. Running \\
            the same file again adds nothing twice: organisations, people and issues already \\
            recorded are recognised by name, and each row is sent with a key made from its \\
            content. --dry-run checks every row (values, and the names it refers to on the \\
            server) and adds nothing. A progress bar shows on a terminal.

            Exit status: 0 when every row was added (or already there), 2 when rows were \\
            rejected, 6 when the server could not be reached (rows before it were added; run \\
            the same command again).

            Examples:
              liaison import organizations orgs.csv --dry-run
              liaison import people contacts.csv --errors rejected.csv
              liaison import meetings field-office-2000-q3.csv --time-zone Asia/Dushanbe
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case organizations, people, affiliations, meetings

        init?(argument: String) {
            switch argument.lowercased() {
            case "organizations", "organisations", "orgs", "org": self = .organizations
            case "people", "persons", "person": self = .people
            case "affiliations", "affiliation": self = .affiliations
            case "meetings", "meeting": self = .meetings
            default: return nil
            }
        }

        var columns: (required: [String], optional: [String]) {
            switch self {
            case .organizations: (["name", "sector"], ["kind", "region", "parent", "aliases", "notes", "influence"])
            case .people: (["name"], ["alternate_names", "title", "organization", "role", "email", "phone", "notes"])
            case .affiliations: (["person", "organization"], ["role", "from", "to"])
            case .meetings:
                (["subject", "participants", "starts_at"],
                 ["time_zone", "place", "region", "kind", "duration_minutes", "confidentiality", "notes", "issues", "stances", "followups"])
            }
        }
    }

    @Argument(help: "organizations, people, affiliations or meetings.") var kind: Kind
    @Argument(help: "The CSV file (UTF-8, comma-separated, a header row first).") var file: String
    @Flag(name: .customLong("dry-run"), help: "Check every row and report; add nothing.") var dryRun = false
    @Option(help: ArgumentHelp("Write the rejected rows, with line and reason, to this CSV file.", valueName: "file"))
    var errors: String?
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await running {
            let table = try CSVTable.read(file, kind: kind)
            let client = try server.client()
            var importer = CSVImport(
                kind: kind, dryRun: dryRun, zone: try output.zone(), client: client, resolver: NameResolver(client: client))
            let progress = ProgressBar(total: table.rows.count, title: (dryRun ? "Checking " : "Importing ") + kind.rawValue)
            try await importer.run(table, progress: progress)
            progress.finish()
            try report(importer.outcome, table: table)
        }
    }

    private func report(_ outcome: CSVImport.Outcome, table: CSVTable) throws {
        if let errors, !outcome.rejected.isEmpty {
            try table.writeRejected(outcome.rejected, to: errors)
        }
        if output.resolved == .json {
            struct Report: Encodable {
                var dryRun: Bool, rows: Int, added: Int, alreadyRecorded: Int
                var rejected: [Rejected]
                /// Where the run stopped (the server unreachable, the token refused), when it did.
                var stoppedAt: Rejected?
                struct Rejected: Encodable { var line: Int, reason: String }
            }
            try printJSON(Report(
                dryRun: dryRun, rows: table.rows.count, added: outcome.added, alreadyRecorded: outcome.alreadyRecorded,
                rejected: outcome.rejected.map { .init(line: $0.line, reason: $0.reason) },
                stoppedAt: outcome.stoppedBy.map { .init(line: $0.line, reason: $0.error.description) }))
        } else {
            for rejected in outcome.rejected { Terminal.error("line \(rejected.line): \(rejected.reason)") }
            let verb = dryRun ? "would be added" : "added"
            var summary = "\(table.rows.count) row(s) in \(file): \(outcome.added) \(verb)"
            if outcome.alreadyRecorded > 0 { summary += ", \(outcome.alreadyRecorded) already recorded" }
            summary += ", \(outcome.rejected.count) rejected."
            if dryRun { summary += " Nothing was changed (dry run)." }
            if let errors, !outcome.rejected.isEmpty { summary += " The rejected rows are in \(errors)." }
            print(summary)
        }
        if let stop = outcome.stoppedBy {
            Terminal.error("stopped at line \(stop.line): \(stop.error.description). The rows before it were added; run the same command again to go on (nothing is added twice).")
            // Unreachable, or a proxy or database that cannot take requests now: try again later.
            throw ExitCode(stop.error.isTransient ? 6 : stop.error.exitCode)
        }
        if !outcome.rejected.isEmpty { throw ExitCode(2) }
    }
}

/// A CSV file read whole: its columns (normalised) and its rows with the line each starts on.
struct CSVTable {
    var columns: [String]
    var rows: [(line: Int, fields: [String])]

    /// The columns --errors adds to the rejected rows.
    static let reportColumns: Set<String> = ["line", "error"]

    static func normalise(_ column: String) -> String {
        column.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }

    /// Reads the file and checks its header against what `kind` takes.
    static func read(_ path: String, kind: ImportCommand.Kind) throws -> CSVTable {
        guard FileManager.default.isReadableFile(atPath: path), let stream = InputStream(fileAtPath: path) else {
            throw ClientError.usage("cannot read \(path)")
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true)
        } catch {
            throw ClientError.usage("\(path) is not a CSV file with a header row (\(error))")
        }
        defer { stream.close() }
        let columns = (reader.headerRow ?? []).map(normalise)
        let (required, optional) = kind.columns
        // `line` and `error` are what --errors adds: a corrected file of rejected rows goes back in as it is.
        let unknown = columns.filter { !$0.isEmpty && !required.contains($0) && !optional.contains($0) && !reportColumns.contains($0) }
        let missing = required.filter { !columns.contains($0) }
        if !unknown.isEmpty || !missing.isEmpty {
            var problems: [String] = []
            if !missing.isEmpty { problems.append("it lacks the column(s) \(missing.joined(separator: ", "))") }
            if !unknown.isEmpty { problems.append("it has column(s) \(kind.rawValue) do not take: \(unknown.joined(separator: ", "))") }
            throw ClientError.usage(
                "\(path): \(problems.joined(separator: "; ")). Columns for \(kind.rawValue): \(required.map { $0 + "*" }.joined(separator: ", ")), \(optional.joined(separator: ", "))")
        }
        if Set(columns.filter { !$0.isEmpty }).count != columns.filter({ !$0.isEmpty }).count {
            throw ClientError.usage("\(path): a column is named twice")
        }
        // A record starts on the line after the previous one ended; quoted fields may hold line breaks.
        var line = 2
        var rows: [(line: Int, fields: [String])] = []
        while let fields = reader.next() {
            let start = line
            line += 1 + fields.reduce(0) { $0 + $1.reduce(0) { $1 == "\n" || $1 == "\r\n" || $1 == "\r" ? $0 + 1 : $0 } }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            rows.append((start, fields))
        }
        // The reader ends every file with `cannotReadFile`; anything else is a real failure.
        if let error = reader.error {
            if case CSVError.cannotReadFile = error {} else {
                throw ClientError.usage("\(path): cannot be read as UTF-8 CSV after line \(line - 1) (\(error))")
            }
        }
        return CSVTable(columns: columns, rows: rows)
    }

    /// One row's values by column; blank cells are absent. A row with more cells than the header
    /// has columns (an unquoted comma, a stray quote) is refused rather than read shifted.
    func values(_ fields: [String]) throws(CSVImport.RowError) -> [String: String] {
        if fields.count > columns.count, fields[columns.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw CSVImport.RowError(
                reason: "the row has \(fields.count) cells but the header names \(columns.count) columns; quote a cell that holds a comma")
        }
        var values: [String: String] = [:]
        for (column, field) in zip(columns, fields) where !column.isEmpty && !Self.reportColumns.contains(column) {
            let trimmed = field.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { values[column] = trimmed }
        }
        return values
    }

    /// The rejected rows as they were, with their line and the reason in two more columns.
    func writeRejected(_ rejected: [CSVImport.Rejected], to path: String) throws {
        guard let stream = OutputStream(toFileAtPath: path, append: false) else { throw ClientError.usage("cannot write \(path)") }
        stream.open()
        defer { stream.close() }
        do {
            let writer = try CSVWriter(stream: stream)
            try writer.write(row: columns + ["line", "error"])
            for row in rejected {
                let fields = rows.first { $0.line == row.line }?.fields ?? []
                try writer.write(row: fields + Array(repeating: "", count: max(0, columns.count - fields.count)) + [String(row.line), row.reason])
            }
            writer.beginNewRow()  // the file ends with a line break, as text files do
            try writer.write(field: "")
            writer.stream.close()
        } catch {
            throw ClientError.usage("cannot write \(path): \(error)")
        }
    }
}

/// Adds (or, in a dry run, checks) the rows of a CSV file one by one.
struct CSVImport {
    struct Rejected { var line: Int, reason: String }
    struct Outcome {
        var added = 0
        var alreadyRecorded = 0
        var rejected: [Rejected] = []
        /// The server could not be reached, or refused the token: nothing after this line was tried.
        var stoppedBy: (line: Int, error: ClientError)?
    }

    /// A row that cannot be added as written.
    struct RowError: Error { var reason: String }

    let kind: ImportCommand.Kind
    let dryRun: Bool
    let zone: TimeZone
    let client: LiaisonClient
    var resolver: NameResolver
    let known = KnownNames()
    var outcome = Outcome()
    /// Valid slugs of the reference lists, for the dry run.
    var sectors: Set<String> = [], regions: Set<String> = [], organizationKinds: Set<String> = []

    init(kind: ImportCommand.Kind, dryRun: Bool, zone: TimeZone, client: LiaisonClient, resolver: NameResolver) {
        (self.kind, self.dryRun, self.zone, self.client) = (kind, dryRun, zone, client)
        self.resolver = resolver
        self.resolver.known = known
    }

    mutating func run(_ table: CSVTable, progress: ProgressBar) async throws {
        if dryRun {
            sectors = Set(try await client.sectors().map(\.slug))
            regions = Set(try await client.regions().map(\.slug))
            organizationKinds = Set(try await client.organizationKinds().map(\.slug))
        }
        var delivery = Delivery(client: client, resolver: resolver)
        delivery.notesWhatWasNotApplied = false
        var seen: [String: Int] = [:]
        for (index, row) in table.rows.enumerated() {
            do {
                let values = try table.values(row.fields)
                let entry = try self.entry(values, key: Self.key(kind, values, seen: &seen))
                try await add(entry, delivery: delivery)
            } catch let error as RowError {
                outcome.rejected.append(Rejected(line: row.line, reason: error.reason))
            } catch let error as ClientError {
                if error.isTransient || error.exitCode == 3 {
                    outcome.stoppedBy = (row.line, error)
                    return
                }
                outcome.rejected.append(Rejected(line: row.line, reason: error.description))
            }
            progress.update(done: index + 1, rejected: outcome.rejected.count)
        }
    }

    /// Sends one row (or, in a dry run, resolves what it names) and remembers what it added.
    private mutating func add(_ entry: Outbox.Entry, delivery: Delivery) async throws {
        // A name an earlier row of this file added (or would add) is that record, found without
        // asking the server, whose lists may trail the write on a replica.
        if let record = entry.record, let earlier = earlierRow(record) {
            if !dryRun && earlier.id != Self.planned { remember(try await Self.fetch(record, id: earlier.id, client: client)) }
            outcome.alreadyRecorded += 1
            return
        }
        if dryRun {
            if let record = entry.record, let found = try await delivery.existing(record) {
                remember(found)
                outcome.alreadyRecorded += 1
                return
            }
            try checkReferenceLists(entry)
            if let meeting = entry.meeting {
                _ = try await delivery.prepare(meeting)
            } else if let record = entry.record {
                _ = try await delivery.prepare(record)
                rememberPlanned(record)
            }
            outcome.added += 1
            return
        }
        let (created, existed) = try await delivery.send(entry)
        remember(created)
        if existed { outcome.alreadyRecorded += 1 } else { outcome.added += 1 }
    }

    private func remember(_ record: Created) {
        switch record {
        case .organization(let organization):
            known.add(.organization, spellings: [organization.name] + organization.aliases, as: .init(id: organization.id, name: organization.name))
        case .person(let person):
            known.add(.person, spellings: [person.name] + person.alternateNames, as: .init(id: person.id, name: person.name))
        case .issue(let issue):
            known.add(.issue, spellings: [issue.title], as: .init(id: issue.id, name: issue.title))
        default:
            break
        }
    }

    /// The id a dry run gives the records it would add.
    static let planned = "00000000-0000-0000-0000-000000000000"

    /// The record an earlier row added (or would add) under this name, unless the row forces a namesake.
    private func earlierRow(_ record: Outbox.RecordDraft) -> NameResolver.Candidate? {
        switch record {
        case .organization(let draft) where draft.force != true: known.find(draft.name, among: [.organization])
        case .person(let draft) where draft.force != true: known.find(draft.name, among: [.person])
        default: nil
        }
    }

    static func fetch(_ record: Outbox.RecordDraft, id: String, client: LiaisonClient) async throws -> Created {
        switch record {
        case .person: .person(try await client.person(id))
        default: .organization(try await client.organization(id))
        }
    }

    /// In a dry run, later rows may name a record an earlier row would add.
    private func rememberPlanned(_ record: Outbox.RecordDraft) {
        let planned = Self.planned
        switch record {
        case .organization(let draft): known.add(.organization, spellings: [draft.name] + draft.aliases, as: .init(id: planned, name: draft.name))
        case .person(let draft): known.add(.person, spellings: [draft.name] + draft.alternateNames, as: .init(id: planned, name: draft.name))
        default: break
        }
    }

    private func checkReferenceLists(_ entry: Outbox.Entry) throws {
        func check(_ value: String?, _ list: Set<String>, _ what: String) throws {
            guard let value, !list.isEmpty, !list.contains(slug(value)) else { return }
            throw RowError(reason: "\(what) '\(value)' is not one of: \(list.sorted().joined(separator: ", "))")
        }
        if case .organization(let draft) = entry.record {
            try check(draft.sector, sectors, "sector")
            try check(draft.region, regions, "region")
            try check(draft.kind, organizationKinds, "kind")
        }
        if let meeting = entry.meeting { try check(meeting.region, regions, "region") }
    }

    /// The same row always gets the same key, so that a second run replays rather than repeats
    /// it; identical rows in one file are told apart by how many came before.
    static func key(_ kind: ImportCommand.Kind, _ values: [String: String], seen: inout [String: Int]) -> String {
        let content = "liaison import 1\n\(kind.rawValue)\n" + values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
        let occurrence = seen[content, default: 0]
        seen[content] = occurrence + 1
        let digest = SHA256.hash(data: Data((content + "\n#\(occurrence)").utf8))
        return "import-" + digest.map { String(format: "%02x", $0) }.joined().prefix(48)
    }

    // MARK: Rows to records

    func entry(_ values: [String: String], key: String) throws -> Outbox.Entry {
        func list(_ column: String) -> [String] {
            (values[column] ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func date(_ column: String) throws -> String? {
            guard let text = values[column] else { return nil }
            guard CalendarDate(text) != nil else { throw RowError(reason: "\(column) '\(text)' is not a date YYYY-MM-DD") }
            return text
        }
        func integer(_ column: String, _ range: ClosedRange<Int>) throws -> Int? {
            guard let text = values[column] else { return nil }
            guard let value = Int(text), range.contains(value) else {
                throw RowError(reason: "\(column) '\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }
        func required(_ column: String) throws -> String {
            guard let value = values[column] else { throw RowError(reason: "\(column) is empty") }
            return value
        }
        let now = Date()
        switch kind {
        case .organizations:
            let influence = try integer("influence", 1...5)
            let draft = Outbox.OrganizationDraft(
                name: try required("name"), sector: try required("sector"), region: values["region"], kind: values["kind"],
                aliases: list("aliases"), parent: values["parent"], notes: values["notes"], influence: influence,
                influenceAsOf: influence == nil ? nil : Clock(zone: zone).today(at: now), force: false)
            return Outbox.Entry(idempotencyKey: key, createdAt: now, record: .organization(draft))
        case .people:
            if values["role"] != nil && values["organization"] == nil { throw RowError(reason: "role is given without an organization") }
            let draft = Outbox.PersonDraft(
                name: try required("name"), organization: values["organization"], role: values["role"], title: values["title"],
                alternateNames: list("alternate_names"), email: values["email"], phone: values["phone"], notes: values["notes"], force: false)
            return Outbox.Entry(idempotencyKey: key, createdAt: now, record: .person(draft))
        case .affiliations:
            let draft = Outbox.AffiliationDraft(
                person: try required("person"), organization: try required("organization"), role: values["role"],
                from: try date("from"), to: try date("to"))
            return Outbox.Entry(idempotencyKey: key, createdAt: now, record: .affiliation(draft))
        case .meetings:
            var zone = self.zone
            if let name = values["time_zone"] {
                guard let named = TimeZone(identifier: name) else { throw RowError(reason: "time_zone '\(name)' is not an IANA time zone such as Asia/Dushanbe") }
                zone = named
            }
            let participants = list("participants")
            if participants.isEmpty { throw RowError(reason: "participants is empty") }
            if let kind = values["kind"], Components.Schemas.MeetingInput.KindPayload(rawValue: kind) == nil {
                throw RowError(reason: "kind '\(kind)' is not meeting, call, workshop, round-table, field-visit or correspondence")
            }
            if let level = values["confidentiality"], Components.Schemas.Confidentiality(rawValue: level) == nil {
                throw RowError(reason: "confidentiality '\(level)' is not unclassified, confidential or strictly-confidential")
            }
            let issues = list("issues"), stances = list("stances"), followups = list("followups")
            let startsAt: String
            do {
                try MeetingLogArguments.check(issues: issues, stances: stances, followups: followups)
                startsAt = try MeetingLogArguments.start(try required("starts_at"), zone: zone)
            } catch let error as ClientError {
                throw RowError(reason: error.description.replacingOccurrences(of: "--on", with: "starts_at")
                    .replacingOccurrences(of: "--issue", with: "issues").replacingOccurrences(of: "--stance", with: "stances")
                    .replacingOccurrences(of: "--followup", with: "followups"))
            }
            let draft = Outbox.MeetingDraft(
                subject: try required("subject"), participants: participants, issues: issues, stances: stances, followups: followups,
                startsAt: startsAt, timeZone: zone.identifier, place: values["place"], region: values["region"], notes: values["notes"],
                kind: values["kind"], confidentiality: values["confidentiality"], durationMinutes: try integer("duration_minutes", 0...10080))
            return Outbox.Entry(idempotencyKey: key, createdAt: now, meeting: draft)
        }
    }
}

/// A progress bar on standard error, drawn only when it is a terminal (and not TERM=dumb).
///
/// Hand-written: the terminal libraries on offer would add more to the command's start-up than
/// these few lines do.
final class ProgressBar {
    let total: Int
    let title: String
    let enabled: Bool
    private var lastDrawn = ContinuousClock.now - .seconds(1)
    private var drawn = false

    init(total: Int, title: String) {
        self.total = total
        self.title = title
        enabled = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb" && total > 0
    }

    /// Redraws at most twenty times a second, and always for the last row.
    func update(done: Int, rejected: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard done == total || now - lastDrawn >= .milliseconds(50) else { return }
        lastDrawn = now
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + Self.line(title: title, done: done, total: total, rejected: rejected)).utf8))
        drawn = true
    }

    /// Leaves the finished bar on its own line.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    static func line(title: String, done: Int, total: Int, rejected: Int, width: Int = 30) -> String {
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let percent = total == 0 ? 100 : done * 100 / total
        return "\(title) \(bar) \(percent)% \(done)/\(total)" + (rejected > 0 ? ", \(rejected) rejected" : "")
    }
}
