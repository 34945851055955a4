import ArgumentParser
import Foundation
import LiaisonAPI
import LiaisonClient

/// A record the server has just created.
enum Created {
    case organization(LiaisonClient.Organization)
    case person(LiaisonClient.Person)
    case issue(LiaisonClient.Issue)
    case affiliation(LiaisonClient.Affiliation)
    case followup(LiaisonClient.Commitment)
    case meeting(LiaisonClient.Meeting)

    /// What kind of record, in words.
    var noun: String {
        switch self {
        case .organization: "organisation"
        case .person: "person"
        case .issue: "issue"
        case .affiliation: "affiliation"
        case .followup: "follow-up"
        case .meeting: "meeting"
        }
    }

    var id: String {
        switch self {
        case .organization(let record): record.id
        case .person(let record): record.id
        case .issue(let record): record.id
        case .affiliation(let record): record.id
        case .followup(let record): record.id
        case .meeting(let record): record.id
        }
    }

    /// One line saying what was recorded, with its id last.
    func line(clock: Clock) -> String {
        switch self {
        case .organization(let record): "\(record.name) (\(record.sector)) \(record.id)"
        case .person(let record):
            "\(record.name)\(record.affiliations.first.map { " (\($0.role.isEmpty ? "" : $0.role + " at ")\($0.organizationName))" } ?? "") \(record.id)"
        case .issue(let record): "\(record.title) \(record.id)"
        case .affiliation(let record):
            "\(record.personName): \(record.role.isEmpty ? "member" : record.role) at \(record.organizationName) \(record.id)"
        case .followup(let record): "\"\(record.description)\"\(record.dueOn.map { ", due \($0)" } ?? "") \(record.id)"
        case .meeting(let record):
            "\"\(record.subject)\" on \(clock.minuteWithZone(record.startsAt)) with \(record.participants.map(\.name).joined(separator: ", ")) \(record.id)"
        }
    }

    func print(verb: String, output: OutputOptions) throws {
        switch (output.resolved, self) {
        case (.json, .organization(let record)): try printJSON(record)
        case (.json, .person(let record)): try printJSON(record)
        case (.json, .issue(let record)): try printJSON(record)
        case (.json, .affiliation(let record)): try printJSON(record)
        case (.json, .followup(let record)): try printJSON(record)
        case (.json, .meeting(let record)): try printJSON(record)
        default: Swift.print("\(verb) \(line(clock: try output.clock()))")
        }
    }
}

/// Sends a create, resolving the names typed into ids on the way.
struct Delivery {
    let client: LiaisonClient
    let resolver: NameResolver
    /// Asks whether to add a second record of a name already recorded; nil (in a pipe) keeps the one there.
    var confirm: ((String) -> Bool)?
    /// Say on standard error what a create typed that a record already there lacks.
    var notesWhatWasNotApplied = true

    init(client: LiaisonClient, resolver: NameResolver, confirm: ((String) -> Bool)? = nil) {
        self.client = client
        self.resolver = resolver
        self.confirm = confirm
    }

    /// The record of the same name (or title) already there, when the draft would add it again.
    /// Adding is then a no-op, so that a script adding what it needs can run twice; `--force`
    /// (or yes at the terminal's question) adds a namesake anyway.
    func existing(_ draft: Outbox.RecordDraft) async throws -> Created? {
        var found: Created?
        switch draft {
        case .organization(let draft) where draft.force != true:
            let wanted = NameResolver.fold(draft.name)
            found = try await client.organizations(text: draft.name)
                .first { NameResolver.fold($0.name) == wanted || $0.aliases.contains { NameResolver.fold($0) == wanted } }
                .map(Created.organization)
        case .person(let draft) where draft.force != true:
            let wanted = NameResolver.fold(draft.name)
            found = try await client.people(text: draft.name)
                .first { NameResolver.fold($0.name) == wanted || $0.alternateNames.contains { NameResolver.fold($0) == wanted } }
                .map(Created.person)
        case .issue(let draft):
            // Titles are unique among current issues: there is no namesake to add.
            let wanted = NameResolver.fold(draft.title)
            return try await client.issues(text: draft.title).first { NameResolver.fold($0.title) == wanted }.map(Created.issue)
        default:
            return nil
        }
        guard let found else { return nil }
        let ignored = Self.notApplied(draft, to: found)
        if notesWhatWasNotApplied, !ignored.isEmpty {
            Terminal.note("""
                not applied to the \(found.noun) already recorded: \(ignored.joined(separator: "; ")). \
                Change it with `liaison \(found.noun == "person" ? "person" : "org") edit` (or `liaison affiliation add` for a role).
                """)
        }
        if let confirm, confirm("\(found.line(clock: Clock(zone: .current))) is already recorded. Add another \(found.noun) of the same name?") {
            return nil
        }
        return found
    }

    /// Regions every server starts with; `--at` naming one of them also sets the region.
    static let knownRegions: Set<String> = ["dushanbe", "khatlon", "sughd", "gbao", "rrs"]

    /// What a create typed that the record already there does not have, in words.
    static func notApplied(_ draft: Outbox.RecordDraft, to found: Created) -> [String] {
        func differs(_ typed: String?, _ recorded: String?) -> Bool {
            typed.map { NameResolver.fold($0) != NameResolver.fold(recorded ?? "") } ?? false
        }
        var ignored: [String] = []
        switch (draft, found) {
        case (.organization(let draft), .organization(let record)):
            if slug(draft.sector) != record.sector { ignored.append("sector \(slug(draft.sector)) (recorded: \(record.sector))") }
            if differs(draft.region.map(slug), record.region) { ignored.append("region \(slug(draft.region!)) (recorded: \(record.region ?? "none"))") }
            if differs(draft.kind.map(slug), record.kind) { ignored.append("kind \(slug(draft.kind!)) (recorded: \(record.kind ?? "none"))") }
            let missing = draft.aliases.filter { alias in !record.aliases.contains { NameResolver.fold($0) == NameResolver.fold(alias) } }
            if !missing.isEmpty { ignored.append("other names \(missing.joined(separator: ", "))") }
            if draft.parent != nil { ignored.append("the parent organisation") }
            if differs(draft.notes, record.notes) { ignored.append("the notes") }
            if let rating = draft.influence, rating != record.influence?.rating { ignored.append("influence \(rating)") }
        case (.person(let draft), .person(let record)):
            if let organization = draft.organization,
                !record.affiliations.contains(where: { NameResolver.fold($0.organizationName) == NameResolver.fold(organization) || $0.organizationId == organization.lowercased() }) {
                ignored.append("the role\(draft.role.map { " \($0)" } ?? "") at \(organization)")
            }
            if differs(draft.title, record.title) { ignored.append("title \(draft.title!)") }
            let missing = draft.alternateNames.filter { name in !record.alternateNames.contains { NameResolver.fold($0) == NameResolver.fold(name) } }
            if !missing.isEmpty { ignored.append("other spellings \(missing.joined(separator: ", "))") }
            if differs(draft.email, record.email) { ignored.append("email") }
            if differs(draft.phone, record.phone) { ignored.append("phone") }
            if differs(draft.notes, record.notes) { ignored.append("the notes") }
        default:
            break
        }
        return ignored
    }

    /// Sends the entry; `existed` when a record of that name was already there and nothing was added.
    func send(_ entry: Outbox.Entry) async throws -> (record: Created, existed: Bool) {
        if let meeting = entry.meeting { return (.meeting(try await send(meeting, idempotencyKey: entry.idempotencyKey)), false) }
        guard let record = entry.record else { throw ClientError.configuration("an outbox entry holds nothing to send") }
        if let found = try await existing(record) { return (found, true) }
        do {
            return (try await create(record, idempotencyKey: entry.idempotencyKey), false)
        } catch let error as ClientError where error.isPossibleDuplicate {
            // The server knows names like this one (another spelling, script or a typo away).
            if let confirm, case .problem(_, _, let detail, _) = error,
                confirm(((detail ?? "").components(separatedBy: ". Use that record").first ?? "") + ". Add it anyway?") {
                return (try await create(record, idempotencyKey: entry.idempotencyKey, force: true), false)
            }
            if case .problem(let status, let title, let detail, let fields) = error {
                throw ClientError.problem(
                    status: status, title: title,
                    detail: detail?.replacingOccurrences(
                        of: "send the request again with force=true to add this one anyway",
                        with: "give --force to add this one anyway (`liaison person merge` / `liaison org merge` joins two records)"),
                    fields: fields)
            }
            throw error
        }
    }

    func create(_ record: Outbox.RecordDraft, idempotencyKey key: String, force: Bool = false) async throws -> Created {
        try await submit(try await prepare(record), idempotencyKey: key, force: force)
    }

    /// A create as the server takes it: names resolved to ids, nothing sent yet.
    enum Request {
        case organization(Components.Schemas.OrganizationInput, force: Bool)
        case person(Components.Schemas.PersonInput, force: Bool)
        case issue(Components.Schemas.IssueInput)
        case affiliation(Components.Schemas.AffiliationInput)
        case followup(Components.Schemas.CommitmentInput)
        case meeting(Components.Schemas.MeetingInput)
    }

    /// Resolves the names a record refers to and builds its request (what a dry run checks).
    func prepare(_ record: Outbox.RecordDraft) async throws -> Request {
        switch record {
        case .organization(let draft):
            let parent = try await draft.parent.asyncMap { try await resolver.organization($0).id }
            return .organization(.init(
                name: draft.name, aliases: draft.aliases, sector: slug(draft.sector), kind: draft.kind.map(slug), region: draft.region.map(slug),
                parentId: parent, notes: draft.notes, influence: draft.influence.map { .init(rating: $0, asOf: draft.influenceAsOf) }),
                force: draft.force == true)
        case .person(let draft):
            var affiliations: [Components.Schemas.NewAffiliation] = []
            if let organization = draft.organization {
                affiliations.append(.init(organizationId: try await resolver.organization(organization).id, role: draft.role))
            }
            return .person(.init(
                name: draft.name, alternateNames: draft.alternateNames, title: draft.title, email: draft.email, phone: draft.phone,
                notes: draft.notes, affiliations: affiliations), force: draft.force == true)
        case .issue(let draft):
            return .issue(.init(
                title: draft.title, description: draft.description,
                objectives: draft.objectives.isEmpty ? nil : draft.objectives.compactMap(Components.Schemas.Objective.init(rawValue:))))
        case .affiliation(let draft):
            return .affiliation(.init(
                personId: try await resolver.person(draft.person).id, organizationId: try await resolver.organization(draft.organization).id,
                role: draft.role, from: draft.from, to: draft.to))
        case .followup(let draft):
            return .followup(.init(
                description: draft.description, meetingId: draft.meeting,
                issueId: try await draft.issue.asyncMap { try await resolver.issue($0).id },
                owedBy: try await draft.owner.asyncMap { try await resolver.owner($0).id }, dueOn: draft.due))
        }
    }

    /// Sends a prepared create.
    func submit(_ request: Request, idempotencyKey key: String, force: Bool = false) async throws -> Created {
        switch request {
        case .organization(let input, let forced):
            return .organization(try await client.createOrganization(input, idempotencyKey: key, force: force || forced))
        case .person(let input, let forced):
            return .person(try await client.createPerson(input, idempotencyKey: key, force: force || forced))
        case .issue(let input): return .issue(try await client.createIssue(input, idempotencyKey: key))
        case .affiliation(let input): return .affiliation(try await client.createAffiliation(input, idempotencyKey: key))
        case .followup(let input): return .followup(try await client.createCommitment(input, idempotencyKey: key))
        case .meeting(let input): return .meeting(try await client.createMeeting(input, idempotencyKey: key))
        }
    }

    /// Turns a meeting as typed into a request (resolving names on the server) and sends it.
    func send(_ draft: Outbox.MeetingDraft, idempotencyKey: String) async throws -> LiaisonClient.Meeting {
        try await client.createMeeting(try await prepare(draft), idempotencyKey: idempotencyKey)
    }

    /// A meeting as typed, as the server takes it: names resolved to ids, nothing sent yet.
    func prepare(_ draft: Outbox.MeetingDraft) async throws -> Components.Schemas.MeetingInput {
        var participantIDs: [String] = []
        var byName: [String: String] = [:]
        for name in draft.participants {
            let found = try await resolver.stakeholder(name)
            if !participantIDs.contains(found.id) { participantIDs.append(found.id) }
            byName[name] = found.id
        }
        var positions: [Components.Schemas.PositionInput] = []
        for text in draft.issues {
            let (name, value) = try MeetingLogArguments.issue(text)
            let issueID = try await resolver.issue(name).id
            for participant in participantIDs {
                positions.append(.init(stakeholderId: participant, issueId: issueID, stance: value.rawValue))
            }
        }
        for text in draft.stances {
            let (who, name, value) = try MeetingLogArguments.stance(text)
            let stakeholder: String
            if let known = byName[who] { stakeholder = known } else { stakeholder = try await resolver.stakeholder(who).id }
            let issueID = try await resolver.issue(name).id
            positions.removeAll { $0.stakeholderId == stakeholder && $0.issueId == issueID }
            positions.append(.init(stakeholderId: stakeholder, issueId: issueID, stance: value.rawValue))
        }
        var commitments: [Components.Schemas.NewCommitment] = []
        for text in draft.followups {
            let (description, due, owner) = try MeetingLogArguments.followup(text)
            let ownerID = try await owner.asyncMap { try await resolver.owner($0).id }
            commitments.append(.init(description: description, owedBy: ownerID, dueOn: due))
        }
        let regionSlug = draft.region.map(slug) ?? draft.place.map(slug).flatMap { Self.knownRegions.contains($0) ? $0 : nil }
        return Components.Schemas.MeetingInput(
            kind: draft.kind.flatMap(Components.Schemas.MeetingInput.KindPayload.init(rawValue:)), startsAt: draft.startsAt,
            timeZone: draft.timeZone, durationMinutes: draft.durationMinutes, place: draft.place, region: regionSlug, subject: draft.subject, notes: draft.notes,
            confidentiality: draft.confidentiality.flatMap(Components.Schemas.Confidentiality.init(rawValue:)),
            participants: participantIDs, positions: positions, commitments: commitments)
    }
}

/// Sends a create now, or, when the server cannot be reached, keeps it in the outbox (exit 7).
func deliver(_ entry: Outbox.Entry, server: ServerOptions, output: OutputOptions, verb: String = "Added") async throws {
    try await running {
        let client = try server.client()
        do {
            let confirm: ((String) -> Bool)? = Terminal.isInteractive ? { Prompter.terminal.confirm($0) } : nil
            let (created, existed) = try await Delivery(client: client, resolver: server.resolver(client), confirm: confirm).send(entry)
            if existed {
                Terminal.note("nothing added: the \(created.noun) is already recorded (give --force to add another of the same name)")
            }
            try created.print(verb: existed ? "Already recorded:" : verb, output: output)
        } catch let error as ClientError where error.isTransient {
            // Nothing typed is lost: keep it, with its key, for `liaison sync`.
            let outbox = Outbox()
            try outbox.add(entry)
            let reason: String
            if case .unreachable(let url, _) = error { reason = "cannot reach \(url.absoluteString)" } else { reason = "the server cannot take it now (\(error))" }
            Terminal.note("""
                \(reason); the \(entry.summary) is kept in the outbox (\(outbox.count) waiting). \
                Run `liaison sync` when the server can be reached.
                """)
            throw ExitCode(7)
        }
    }
}

struct Sync: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send what was kept in the outbox while the server could not be reached.",
        discussion: """
            Each record is sent with the key it was first tried with, so one that reached the server \
            before the connection dropped is not recorded twice. Entries the server refuses stay in \
            the outbox with the reason shown; fix the names (or add the missing records) and sync \
            again. --list shows what waits without sending it.

            Examples:
              liaison sync
              liaison sync --list
              liaison sync --server http://10.0.0.5:8080
            """)

    @Flag(help: "Only show what waits.") var list = false
    @OptionGroup var server: ServerOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let outbox = Outbox()
        let waiting = try outbox.entries()
        if list {
            if output.resolved == .json { return try printJSON(waiting.map(\.entry)) }
            let clock = try output.clock()
            return printRows(["kept", "what", "key"], waiting.map { [clock.minute($0.entry.createdAt), $0.entry.summary, $0.entry.idempotencyKey] },
                             format: output.resolved)
        }
        if waiting.isEmpty { return print("Nothing waits in the outbox.") }
        try await running {
            let client = try server.client()
            let confirm: ((String) -> Bool)? = Terminal.isInteractive ? { Prompter.terminal.confirm($0) } : nil
            let delivery = Delivery(client: client, resolver: server.resolver(client), confirm: confirm)
            let clock = try output.clock()
            var sent = 0
            var failed = 0
            for (number, (path, entry)) in waiting.enumerated() {
                do {
                    let (created, existed) = try await delivery.send(entry)
                    do {
                        try outbox.remove(path)
                    } catch {
                        // Sending it again later replays the same key: still one record.
                        Terminal.note("sent, but \(path) could not be removed (\(error)); the next sync will find it already recorded")
                    }
                    sent += 1
                    print("[\(number + 1)/\(waiting.count)] \(existed ? "Already recorded:" : "Sent") \(created.line(clock: clock))")
                } catch let error as ClientError {
                    // Unreachable, or not logged in: the rest would fail the same way.
                    if error.isTransient || error.exitCode == 3 { throw error }
                    failed += 1
                    Terminal.error("[\(number + 1)/\(waiting.count)] the \(entry.summary) stays in the outbox: \(error)")
                }
            }
            print("Sent \(sent); \(failed) still waiting.")
            if failed > 0 { throw ExitCode(7) }
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
