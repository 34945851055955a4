import ArgumentParser
import Foundation
import LiaisonClient
import LiaisonDomain

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

    /// Looks names up; at a terminal an ambiguous name is asked about, elsewhere it is an error.
    func resolver(_ client: LiaisonClient) -> NameResolver {
        guard Terminal.isInteractive else { return NameResolver(client: client) }
        return NameResolver(client: client) { @Sendable typed, noun, candidates in
            Prompter.terminal.choose(typed: typed, noun: noun, candidates: candidates)
        }
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
    @Option(help: "table, json, csv, markdown or tsv (default: table on a terminal, tab-separated in a pipe).")
    var format: OutputFormat?
    @Option(
        name: .customLong("time-zone"),
        help: ArgumentHelp("The IANA time zone to show and read times in (default: the config file's timeZone, TZ, or this machine's).",
                           valueName: "zone"))
    var timeZone: String?

    var resolved: OutputFormat { json ? .json : format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .tsv) }

    /// The user's zone: this flag, then the config file, then TZ, then the machine's.
    func zone() throws -> TimeZone {
        let file = try ClientConfiguration.load(from: ClientConfiguration.path())
        return try Clock.zone(flag: timeZone, file: file, environment: ProcessInfo.processInfo.environment)
    }

    func clock() throws -> Clock { Clock(zone: try zone()) }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown, tsv
}

/// Shows times in the user's zone.
struct Clock {
    let zone: TimeZone
    /// Made once per clock, not per time shown (a table shows hundreds).
    private let minuteFormat: DateFormatter
    private let zonedFormat: DateFormatter

    init(zone: TimeZone) {
        self.zone = zone
        func formatter(_ pattern: String) -> DateFormatter {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.calendar = Calendar(identifier: .gregorian)
            formatter.timeZone = zone
            formatter.dateFormat = pattern
            return formatter
        }
        minuteFormat = formatter("yyyy-MM-dd HH:mm")
        zonedFormat = formatter("yyyy-MM-dd HH:mm xxx")
    }

    static func zone(flag: String?, file: ClientConfiguration, environment: [String: String]) throws -> TimeZone {
        // TZ may hold what only the C library reads (":/etc/localtime", "<+05>-5"): then the machine's zone.
        if flag == nil, file.timeZone == nil {
            let tz = environment["TZ"].map { $0.hasPrefix(":") ? String($0.dropFirst()) : $0 } ?? ""
            return TimeZone(identifier: tz) ?? TimeZone.current
        }
        let name = flag ?? file.timeZone!
        guard let zone = TimeZone(identifier: name) else {
            throw ClientError.usage("'\(name)' is not a time zone; use an IANA name such as Asia/Dushanbe or Europe/London")
        }
        return zone
    }

    /// Today's date (`YYYY-MM-DD`) as the user's clock shows it at `instant`: the date sent for
    /// "as of today", which the server accepts at any hour (see `Today`).
    func today(at instant: Date = Date()) -> String { Today(at: instant, in: zone).date.description }

    /// `2000-06-12 10:00`.
    func minute(_ date: Date) -> String { minuteFormat.string(from: date) }

    /// `2000-06-12 10:00 +05:00`, with the zone's offset on that date.
    func minuteWithZone(_ date: Date) -> String { zonedFormat.string(from: date) }
}

/// Runs a command body, turning client errors into one line on standard error and the documented exit status.
func running(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ClientError {
        Terminal.error(error.description)
        remindOfOutbox()
        throw ExitCode(error.exitCode)
    }
    remindOfOutbox()
}

/// A reminder while something waits to be sent.
func remindOfOutbox() {
    let waiting = Outbox().count
    if waiting > 0 {
        Terminal.note("\(waiting) record(s) wait in the outbox; run `liaison sync`.")
    }
}

/// Runs a check in validate(), so that its failure is a usage error (exit 2) like ArgumentParser's own.
func asUsage(_ check: () throws -> Void) throws {
    do { try check() } catch let error as ClientError { throw ValidationError(error.description) }
}

/// A fresh key per create, so that a retried request never makes a second record.
func newIdempotencyKey() -> String { UUID().uuidString.lowercased() }

/// "Dushanbe" → "dushanbe", "Rasht Valley" → "rasht-valley".
func slug(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespaces).lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
}

/// "+1", "0", "-2".
func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }

/// Prints rows in the chosen format. In a table on a terminal, `tint` may colour a cell.
func printRows(
    _ header: [String], _ rows: [[String]], format: OutputFormat, style: Style = .standardOutput,
    tint: ((_ column: Int, _ text: String) -> Style.Colour?)? = nil
) {
    print(renderRows(header, rows, format: format, style: style, width: terminalWidth(), tint: tint), terminator: "")
}

/// Standard output's width in columns when it is a terminal.
func terminalWidth() -> Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}

/// Column widths that fit `total` columns (two spaces between columns): the widest column gives
/// way first, none below 8, and the `keep` columns (ids, which must stay whole to be copied) never.
func fitColumns(_ natural: [Int], into total: Int?, keep: Set<Int>) -> [Int] {
    guard let total else { return natural }
    var widths = natural
    func used() -> Int { widths.reduce(0, +) + 2 * max(0, widths.count - 1) }
    while used() > total {
        guard let widest = widths.indices.filter({ !keep.contains($0) && widths[$0] > 8 }).max(by: { widths[$0] < widths[$1] })
        else { break }
        widths[widest] -= 1
    }
    return widths
}

/// The text cut to `width` characters, with an ellipsis when something was cut.
func shorten(_ text: String, to width: Int) -> String {
    text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
}

func renderRows(
    _ header: [String], _ rows: [[String]], format: OutputFormat, style: Style, width: Int? = nil,
    tint: ((_ column: Int, _ text: String) -> Style.Colour?)? = nil
) -> String {
    var out = ""
    switch format {
    case .tsv:
        for row in rows {
            out += row.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: "\t") + "\n"
        }
    case .csv:
        func quote(_ field: String) -> String {
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        out += header.map(quote).joined(separator: ",") + "\n"
        for row in rows { out += row.map(quote).joined(separator: ",") + "\n" }
    case .markdown:
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>") }
        out += "| " + header.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + header.map { _ in "---|" }.joined() + "\n"
        for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
    case .table, .json:
        var flat = rows.map { $0.map { printable($0).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ") } }
        let widths = fitColumns(
            header.indices.map { column in ([header] + flat).map { $0[column].count }.max() ?? 0 }, into: width,
            keep: Set(header.indices.filter { header[$0] == "id" }))
        flat = flat.map { row in row.enumerated().map { column, cell in shorten(cell, to: widths[column]) } }
        func line(_ row: [String], colour: (Int, String) -> Style.Colour?) -> String {
            var text = ""
            for (column, cell) in row.enumerated() {
                let last = column == row.count - 1
                let padded = last ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0) + "  "
                text += colour(column, cell).map { style.paint(padded, $0) } ?? padded
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text + "\n"
        }
        out += line(header.map { $0.uppercased() }) { _, _ in .bold }
        for row in flat { out += line(row) { tint?($0, $1) } }
    }
    return out
}

/// Prints one record's fields: aligned "label  value" lines in a table, two columns otherwise.
func printDetail(_ fields: [(String, String)], format: OutputFormat, style: Style = .standardOutput) {
    let shown = fields.filter { !$0.1.isEmpty }
    switch format {
    case .table, .json:
        let width = shown.map(\.0.count).max() ?? 0
        for (label, value) in shown {
            let lines = printable(value).split(separator: "\n", omittingEmptySubsequences: false)
            print(style.paint(label.padding(toLength: width, withPad: " ", startingAt: 0), .bold) + "  " + (lines.first.map(String.init) ?? ""))
            for more in lines.dropFirst() { print(String(repeating: " ", count: width + 2) + more) }
        }
    default:
        printRows(["field", "value"], shown.map { [$0.0, $0.1] }, format: format, style: style)
    }
}

/// Prints any encodable value as JSON.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
