import ArgumentParser
import Foundation
import LiaisonAPI
import LiaisonClient
import LiaisonDomain

struct MeetingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Log and list meetings.", subcommands: [Log.self, List.self])

    struct Log: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Log a meeting in one line.",
            discussion: """
                Names are matched loosely (case and accents do not matter); an ambiguous name lists
                the candidates. --issue NAME=STANCE records that stance for every participant;
                --stance records one participant's. Stances run from -2 (strongly opposes) to +2.

                Examples:
                  liaison meeting log --subject "Amnesty implementation" --with "Democratic Party of Tajikistan" \\
                      --with "Ministry of Justice" --issue "Amnesty=+1" --on 2000-06-12T10:00 --at Dushanbe \\
                      --note "Supportive of extending the deadline."
                  liaison log --subject "Call on returns" --with "UNHCR" --stance "UNHCR:Refugee return=+2" \\
                      --followup "Send the list of villages;due=2000-07-01;owner=UNHCR" --confidential
                """)
        @Option(help: "What it was about.") var subject: String
        @Option(name: .customLong("with"), help: "A person or organisation met (repeatable).") var participants: [String] = []
        @Option(help: "ISSUE=STANCE for every participant (repeatable).") var issue: [String] = []
        @Option(help: "STAKEHOLDER:ISSUE=STANCE (repeatable).") var stance: [String] = []
        @Option(help: "TEXT;due=YYYY-MM-DD;owner=WHO (repeatable).") var followup: [String] = []
        @Option(help: "When: 2000-06-12T10:00 in your time zone, or RFC 3339 with an offset.") var on: String
        @Option(help: "Where (a place; a known region name also sets the region).") var at: String?
        @Option(help: "The region (name or slug).") var region: String?
        @Option(help: "Notes.") var note: String?
        @Option(help: "meeting, call, workshop, round-table, field-visit or correspondence.") var kind: String?
        @Option(name: .customLong("time-zone"), help: "The IANA time zone (default: config timeZone, TZ, or this machine's).")
        var timeZone: String?
        @Flag(help: "Classify as confidential.") var confidential = false
        @Flag(name: .customLong("strictly-confidential"), help: "Classify as strictly confidential.") var strictlyConfidential = false
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if participants.isEmpty { throw ValidationError("name at least one participant with --with") }
            if confidential && strictlyConfidential { throw ValidationError("choose --confidential or --strictly-confidential, not both") }
            for text in issue { _ = try MeetingLogArguments.issue(text) }
            for text in stance { _ = try MeetingLogArguments.stance(text) }
            for text in followup { _ = try MeetingLogArguments.followup(text) }
        }

        func zone() throws -> TimeZone {
            let file = try ClientConfiguration.load(from: ClientConfiguration.path())
            let name = timeZone ?? file.timeZone ?? ProcessInfo.processInfo.environment["TZ"].flatMap { $0.isEmpty ? nil : $0 }
            if let name {
                guard let zone = TimeZone(identifier: name) else { throw ClientError.usage("'\(name)' is not a time zone") }
                return zone
            }
            return TimeZone.current
        }

        func run() async throws {
            try await running {
                let zone = try zone()
                let draft = Outbox.MeetingDraft(
                    subject: subject, participants: participants, issues: issue, stances: stance, followups: followup,
                    startsAt: try MeetingLogArguments.start(on, zone: zone), timeZone: zone.identifier, place: at,
                    region: region, notes: note, kind: kind,
                    confidentiality: strictlyConfidential ? "strictly-confidential" : confidential ? "confidential" : nil)
                let key = newIdempotencyKey()
                let client = try server.client()
                do {
                    let meeting = try await MeetingSender(client: client).send(draft, idempotencyKey: key)
                    if output.resolved == .json { try printJSON(meeting) } else {
                        print("Logged \"\(meeting.subject)\" on \(meeting.localStart) with \(meeting.participants.map(\.name).joined(separator: ", ")) \(meeting.id)")
                    }
                } catch ClientError.unreachable(let url, _) {
                    // Nothing typed is lost: keep it, with its key, for `liaison sync`.
                    let outbox = Outbox()
                    try outbox.add(.init(idempotencyKey: key, createdAt: Date(), meeting: draft))
                    FileHandle.standardError.write(Data("""
                        liaison: cannot reach \(url.absoluteString); the meeting is kept in the outbox \
                        (\(outbox.count) waiting). Run `liaison sync` when the server can be reached.

                        """.utf8))
                    throw ExitCode(7)
                }
            }
        }

    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List meetings, newest first.",
            discussion: "Examples:\n  liaison meeting list\n  liaison meeting ls --from 2000-06-01 --to 2000-06-30 --json",
            aliases: ["ls"])
        @Option(help: "Only meetings whose subject or notes contain this text.") var text: String?
        @Option(help: "From this date (YYYY-MM-DD).") var from: String?
        @Option(help: "To this date (YYYY-MM-DD).") var to: String?
        @Option(help: "Most meetings to show (1-200).") var limit = 50
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await running {
                let meetings = try await server.client().meetings(text: text, from: from, to: to, limit: limit)
                if output.resolved == .json { return try printJSON(meetings) }
                printRows(
                    ["when", "subject", "with", "positions"],
                    meetings.map { meeting in
                        [meeting.localStart.replacingOccurrences(of: "T", with: " ").prefix(16).description, meeting.subject,
                         meeting.participants.map(\.name).joined(separator: "; "),
                         meeting.positions.map { "\($0.stakeholder.name): \($0.issueTitle) \($0.stance > 0 ? "+" : "")\($0.stance)" }
                            .joined(separator: "; ")]
                    }, format: output.resolved)
            }
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
