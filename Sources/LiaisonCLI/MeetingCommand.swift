import ArgumentParser
import Foundation
import LiaisonAPI
import LiaisonClient
import LiaisonDomain

enum MeetingNoun: Noun {
    typealias Record = LiaisonClient.Meeting
    static let command = "meeting"
    static let title = "meeting"
    static let example = "8c1e0b2a-1f3d-4e5a-9b7c-6d5e4f3a2b1c"

    static func id(of text: String, resolver: NameResolver) async throws -> String { try requireID(text) }
    static func fetch(_ id: String, client: LiaisonClient) async throws -> Record { try await client.meeting(id) }
    static func setArchived(_ archived: Bool, id: String, client: LiaisonClient) async throws -> Record {
        try await client.setMeetingArchived(archived, id: id)
    }
    static func line(_ record: Record) -> String { "\"\(record.subject)\" \(record.id)" }

    static func detail(_ record: Record, clock: Clock) -> [(String, String)] {
        var when = clock.minuteWithZone(record.startsAt)
        if record.timeZone != clock.zone.identifier {
            when += " (\(Clock(zone: TimeZone(identifier: record.timeZone) ?? clock.zone).minute(record.startsAt)) in \(record.timeZone))"
        }
        return [
            ("Subject", record.subject), ("When", when), ("Kind", record.kind),
            ("Duration", record.durationMinutes.map { "\($0) min" } ?? ""), ("Place", record.place), ("Region", record.region ?? ""),
            ("With", record.participants.map(\.name).joined(separator: "\n")), ("Staff", record.staff.map(\.name).joined(separator: ", ")),
            ("Classification", record.confidentiality.rawValue), ("Objectives", record.objectives.map(\.rawValue).joined(separator: ", ")),
            ("Notes", record.notes), ("Id", record.id), ("Version", "\(record.version)"),
            ("Updated", clock.minuteWithZone(record.updatedAt)), ("Archived", record.archived ? "yes" : ""),
        ]
    }

    static func more(_ record: Record, client: LiaisonClient, clock: Clock, format: OutputFormat) async throws {
        guard format == .table else { return }
        if !record.positions.isEmpty {
            print("\nPositions")
            printRows(
                ["stakeholder", "issue", "stance", "quote"],
                record.positions.map { [$0.stakeholder.name, $0.issueTitle, signed($0.stance), $0.quote] },
                format: format, tint: { column, text in column == 2 ? Style.stance(text) : nil })
        }
        if !record.commitments.isEmpty {
            print("\nFollow-ups")
            printRows(
                ["due", "status", "follow-up", "owed by", "id"],
                record.commitments.map { [$0.dueOn ?? "", FollowupNoun.status($0), $0.description, $0.owedBy?.name ?? "", $0.id] },
                format: format)
        }
    }
}

struct MeetingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Log, find and change meetings.",
        discussion: """
            Examples:
              liaison meeting log --subject "Amnesty implementation" \\
                  --with "Ministry of Justice" --issue "Amnesty=+1"
              liaison meeting list --with "Democratic Party of Tajikistan" \\
                  --from 2000-06-01
              liaison meeting show 8c1e0b2a-1f3d-4e5a-9b7c-6d5e4f3a2b1c
            """,
        subcommands: [
            Log.self, List.self, ShowCommand<MeetingNoun>.self, Edit.self, ArchiveCommand<MeetingNoun>.self,
            RestoreCommand<MeetingNoun>.self,
        ],
        aliases: ["meetings"])

    struct Log: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Log a meeting: in one line, by answering questions, or with notes in your editor.",
            discussion: """
                Names are matched loosely (case and accents do not matter); an ambiguous name lists \
                the candidates (at a terminal, you pick one). --issue NAME=STANCE records that stance \
                for every participant; --stance records one participant's. Stances run from -2 \
                (strongly opposes) to +2. Without --on, the meeting is logged as starting now.

                At a terminal, what is missing (subject, participants) is asked for. --edit opens \
                your editor ($VISUAL or $EDITOR) for the notes, as `git commit` does; saving empty \
                notes logs nothing.

                Examples:
                  liaison meeting log --subject "Amnesty implementation" \\
                      --with "Democratic Party of Tajikistan" \\
                      --with "Ministry of Justice" --issue "Amnesty=+1" \\
                      --on 2000-06-12T10:00 --at Dushanbe \\
                      --note "Supportive of extending the deadline."
                  liaison log --subject "Call on returns" --with "UNHCR" \\
                      --stance "UNHCR:Refugee return=+2" \\
                      --followup "Send the list of villages;due=2000-07-01;owner=UNHCR" \\
                      --confidential
                  liaison log --subject "Round table on the electoral code" \\
                      --with "Islamic Renaissance Party" --edit
                  liaison log                 # at a terminal: asks for everything
                """)
        @Option(help: "What it was about.") var subject: String?
        @Option(name: .customLong("with"), help: "A person or organisation met (repeatable).") var participants: [String] = []
        @Option(help: "ISSUE=STANCE for every participant (repeatable).") var issue: [String] = []
        @Option(help: "STAKEHOLDER:ISSUE=STANCE (repeatable).") var stance: [String] = []
        @Option(help: "TEXT;due=YYYY-MM-DD;owner=WHO (repeatable).") var followup: [String] = []
        @Option(help: "When: 2000-06-12T10:00 in your time zone, or RFC 3339 with an offset (default: now).") var on: String?
        @Option(help: "Where (a place; a known region name also sets the region).") var at: String?
        @Option(help: "The region (name or slug).") var region: String?
        @Option(help: "Notes (with --edit, the text your editor starts with).") var note: String?
        @Flag(name: [.customShort("e"), .customLong("edit")], help: "Write the notes in your editor.") var editNotes = false
        @Option(help: "meeting, call, workshop, round-table, field-visit or correspondence.") var kind: String?
        @Option(help: "How long it lasted, in minutes.") var duration: Int?
        @Flag(help: "Classify as confidential.") var confidential = false
        @Flag(name: .customLong("strictly-confidential"), help: "Classify as strictly confidential.") var strictlyConfidential = false
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if confidential && strictlyConfidential { throw ValidationError("choose --confidential or --strictly-confidential, not both") }
            if let kind, Components.Schemas.MeetingInput.KindPayload(rawValue: kind) == nil {
                throw ValidationError("--kind must be meeting, call, workshop, round-table, field-visit or correspondence")
            }
            if let duration, !(0...10080).contains(duration) { throw ValidationError("--duration must be from 0 to 10080 minutes") }
            try asUsage { try MeetingLogArguments.check(issues: issue, stances: stance, followups: followup) }
        }

        func run() async throws {
            let zone = try output.zone()
            var subject = subject
            var participants = participants
            var issues = issue
            var notes = note
            if subject == nil || participants.isEmpty {
                guard Terminal.isInteractive else {
                    throw ClientError.usage("give --subject and at least one --with (at a terminal, you are asked for them)")
                }
                let answers = try Self.ask(Prompter.terminal, subject: subject, participants: participants, issues: issues,
                                           askNotes: notes == nil && !editNotes)
                (subject, participants, issues) = (answers.subject, answers.participants, answers.issues)
                notes = notes ?? answers.notes
            }
            guard let subject else { throw ClientError.usage("no subject given") }
            if editNotes {
                let written = try Editor.edit(notes ?? "", instructions: [
                    "Notes of \"\(subject)\" with \(participants.joined(separator: ", ")).",
                    "Save and close to log the meeting; empty notes log nothing.",
                ])
                if written.isEmpty { throw ClientError.usage("the notes are empty; nothing was logged") }
                notes = written
            }
            let startsAt: String
            if let on { startsAt = try MeetingLogArguments.start(on, zone: zone) } else {
                startsAt = try MeetingLogArguments.start(Clock(zone: zone).minute(Date()), zone: zone)
            }
            let draft = Outbox.MeetingDraft(
                subject: subject, participants: participants, issues: issues, stances: stance, followups: followup,
                startsAt: startsAt, timeZone: zone.identifier, place: at, region: region, notes: notes, kind: kind,
                confidentiality: strictlyConfidential ? "strictly-confidential" : confidential ? "confidential" : nil,
                durationMinutes: duration)
            try await Editor.keepingText(editNotes) {
                try await deliver(.init(idempotencyKey: newIdempotencyKey(), createdAt: Date(), meeting: draft), server: server, output: output,
                                  verb: "Logged")
            }
        }

        struct Answers: Equatable {
            var subject: String?
            var participants: [String]
            var issues: [String]
            var notes: String?
        }

        /// Asks for what the command line left out. Stops (usage error) at the end of input.
        static func ask(_ prompter: Prompter, subject: String?, participants: [String], issues: [String], askNotes: Bool) throws -> Answers {
            var answers = Answers(subject: subject, participants: participants, issues: issues)
            let stop = ClientError.usage("stopped; nothing was logged")
            if answers.subject == nil {
                guard let typed = prompter.require("Subject") else { throw stop }
                answers.subject = typed
            }
            if answers.participants.isEmpty {
                while true {
                    let question = answers.participants.isEmpty ? "With (a person or organisation)" : "Also with (Enter when done)"
                    guard let typed = answers.participants.isEmpty ? prompter.require(question) : prompter.ask(question) else { throw stop }
                    if typed.isEmpty { break }
                    answers.participants.append(typed)
                }
            }
            if answers.issues.isEmpty {
                while true {
                    guard let typed = prompter.ask("Issue and stance, e.g. Amnesty=+1 (Enter when done)") else { throw stop }
                    if typed.isEmpty { break }
                    do {
                        _ = try MeetingLogArguments.issue(typed)
                        answers.issues.append(typed)
                    } catch {
                        prompter.write("\(error)\n")
                    }
                }
            }
            if askNotes {
                guard let typed = prompter.ask("Notes (one line; Enter for none; use --edit for long notes)") else { throw stop }
                answers.notes = typed.isEmpty ? nil : typed
            }
            return answers
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List meetings, newest first.",
            discussion: """
                Times are shown in your time zone (--time-zone, the config file's timeZone, TZ, or this machine's).

                Examples:
                  liaison meeting list
                  liaison meeting ls --from 2000-06-01 --to 2000-06-30 --json
                  liaison meeting ls --with "Democratic Party of Tajikistan" --issue Amnesty
                """,
            aliases: ["ls"])
        @Option(help: "Only meetings whose subject or notes contain this text.") var text: String?
        @Option(name: .customLong("with"), help: "Only meetings with this person or organisation.") var stakeholder: String?
        @Option(help: "Only meetings where a position on this issue was recorded.") var issue: String?
        @Option(help: "Only meetings with an organisation of this sector.") var sector: String?
        @Option(help: "Only meetings in this region.") var region: String?
        @Option(help: "From this date (YYYY-MM-DD).") var from: String?
        @Option(help: "To this date (YYYY-MM-DD).") var to: String?
        @Flag(help: "List archived meetings instead.") var archived = false
        @Option(help: "Most meetings to show.") var limit = 100
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            try checkDate(from, "--from")
            try checkDate(to, "--to")
            if limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        func run() async throws {
            try await running {
                let client = try server.client()
                let resolver = server.resolver(client)
                let filter = LiaisonClient.MeetingFilter(
                    text: text, stakeholder: try await stakeholder.asyncMap { try await resolver.stakeholder($0).id },
                    issue: try await issue.asyncMap { try await resolver.issue($0).id }, sector: sector.map(slug), region: region.map(slug),
                    from: from, to: to, archived: archived)
                let meetings = try await client.meetings(filter, limit: limit)
                if output.resolved == .json { return try printJSON(meetings) }
                let clock = try output.clock()
                printRows(
                    ["when", "subject", "with", "positions", "id"],
                    meetings.map { meeting in
                        [clock.minute(meeting.startsAt), meeting.subject, meeting.participants.map(\.name).joined(separator: "; "),
                         meeting.positions.map { "\($0.stakeholder.name): \($0.issueTitle) \(signed($0.stance))" }.joined(separator: "; "),
                         meeting.id]
                    }, format: output.resolved)
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a meeting.",
            discussion: """
                Only what you name changes. --with adds a participant and --drop-with removes one (with \
                their positions); --issue and --stance set positions as in `liaison meeting log`.

                Examples:
                  liaison meeting edit 8c1e0b2a-1f3d-4e5a-9b7c-6d5e4f3a2b1c \\
                      --subject "Amnesty: implementation decree"
                  liaison meeting edit 8c1e0b2a-1f3d-4e5a-9b7c-6d5e4f3a2b1c \\
                      --stance "Ministry of Justice:Amnesty=-1" --if-version 2
                  liaison meeting edit 8c1e0b2a-1f3d-4e5a-9b7c-6d5e4f3a2b1c --edit-notes
                  liaison meeting edit 8c1e0b2a-1f3d-4e5a-9b7c-6d5e4f3a2b1c \\
                      --classification unclassified
                """)
        @Argument(help: ArgumentHelp("The meeting's id.", valueName: "meeting")) var record: String
        @Option(help: "A new subject.") var subject: String?
        @Option(help: "A new start: 2000-06-12T10:00 in the meeting's time zone (or --time-zone's, which then becomes the meeting's), or RFC 3339.")
        var on: String?
        @Option(help: "A new place.") var at: String?
        @Option(help: "A new region.") var region: String?
        @Option(help: "New notes (replacing the old).") var note: String?
        @Flag(name: .customLong("edit-notes"), help: "Edit the notes in your editor.") var editNotes = false
        @Option(help: "A new kind.") var kind: String?
        @Option(help: "A new duration in minutes.") var duration: Int?
        @Option(help: "unclassified, confidential or strictly-confidential.") var classification: String?
        @Option(name: .customLong("with"), help: "Add a participant (repeatable).") var addParticipants: [String] = []
        @Option(name: .customLong("drop-with"), help: "Remove a participant and their positions (repeatable).") var dropParticipants: [String] = []
        @Option(help: "ISSUE=STANCE for every participant (repeatable).") var issue: [String] = []
        @Option(help: "STAKEHOLDER:ISSUE=STANCE (repeatable).") var stance: [String] = []
        @OptionGroup var edit: EditOptions
        @OptionGroup var server: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if note != nil && editNotes { throw ValidationError("give --note or --edit-notes, not both") }
            if let kind, Components.Schemas.MeetingInput.KindPayload(rawValue: kind) == nil {
                throw ValidationError("--kind must be meeting, call, workshop, round-table, field-visit or correspondence")
            }
            if let classification, Components.Schemas.Confidentiality(rawValue: classification) == nil {
                throw ValidationError("--classification must be unclassified, confidential or strictly-confidential")
            }
            if let duration, !(0...10080).contains(duration) { throw ValidationError("--duration must be from 0 to 10080 minutes") }
            try asUsage { try MeetingLogArguments.check(issues: issue, stances: stance, followups: []) }
        }

        func run() async throws {
            try await Editor.keepingText(editNotes) { try await running {
                let client = try server.client()
                let resolver = server.resolver(client)
                let current = try await client.meeting(try MeetingNoun.requireID(record))
                var participants = current.participants.map(\.id)
                var positions = current.positions.map {
                    Components.Schemas.PositionInput(stakeholderId: $0.stakeholder.id, issueId: $0.issueId, stance: $0.stance, quote: $0.quote)
                }
                // A name is first looked for among the meeting's own participants (archived ones included).
                let present = current.participants.map { NameResolver.Candidate(id: $0.id, name: $0.name) }
                func participant(_ name: String) async throws -> String {
                    if case .one(let found) = NameResolver.narrow(name, present) { return found.id }
                    return try await resolver.stakeholder(name).id
                }
                for name in dropParticipants {
                    let id = try await participant(name)
                    participants.removeAll { $0 == id }
                    positions.removeAll { $0.stakeholderId == id }
                }
                for name in addParticipants {
                    let id = try await resolver.stakeholder(name).id
                    if !participants.contains(id) { participants.append(id) }
                }
                func set(_ stakeholder: String, _ issueID: String, _ value: Stance) {
                    if let index = positions.firstIndex(where: { $0.stakeholderId == stakeholder && $0.issueId == issueID }) {
                        positions[index].stance = value.rawValue
                    } else {
                        positions.append(.init(stakeholderId: stakeholder, issueId: issueID, stance: value.rawValue))
                    }
                }
                for text in issue {
                    let (name, value) = try MeetingLogArguments.issue(text)
                    let issueID = try await resolver.issue(name).id
                    for participant in participants { set(participant, issueID, value) }
                }
                for text in stance {
                    let (who, name, value) = try MeetingLogArguments.stance(text)
                    set(try await participant(who), try await resolver.issue(name).id, value)
                }
                var notes = note ?? current.notes
                if editNotes {
                    notes = try Editor.edit(current.notes, instructions: ["Notes of \"\(current.subject)\". Save and close to keep them."])
                }
                // A new time without an offset is read in the meeting's own zone, which stays unless --time-zone names another.
                let zone = try output.timeZone.map { _ in try output.zone() } ?? TimeZone(identifier: current.timeZone) ?? output.zone()
                let input = Components.Schemas.MeetingInput(
                    kind: .init(rawValue: kind ?? current.kind), startsAt: try on.map { try MeetingLogArguments.start($0, zone: zone) }
                        ?? current.localStart,
                    timeZone: output.timeZone == nil ? current.timeZone : zone.identifier, durationMinutes: duration ?? current.durationMinutes,
                    place: at ?? current.place, region: region.map(slug) ?? current.region, subject: subject ?? current.subject, notes: notes,
                    objectives: current.objectives,
                    confidentiality: classification.flatMap(Components.Schemas.Confidentiality.init(rawValue:)) ?? current.confidentiality,
                    participants: participants, staff: current.staff.map(\.id), positions: positions)
                let saved = try await client.updateMeeting(current.id, input, version: edit.base(current.version))
                if output.resolved == .json { return try printJSON(saved) }
                print("Saved \(MeetingNoun.line(saved)), version \(saved.version)")
            } }
        }
    }
}
