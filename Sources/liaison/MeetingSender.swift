import ArgumentParser
import Foundation
import LiaisonAPI
import LiaisonClient

/// Turns a meeting as typed into a request (resolving names on the server) and sends it.
struct MeetingSender {
    let client: LiaisonClient

    /// Regions every server starts with; `--at` naming one of them also sets the region.
    static let knownRegions: Set<String> = ["dushanbe", "khatlon", "sughd", "gbao", "rrs"]

    func send(_ draft: Outbox.MeetingDraft, idempotencyKey: String) async throws -> LiaisonClient.Meeting {
        let resolver = NameResolver(client: client)
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
            var stakeholder = byName[who]
            if stakeholder == nil { stakeholder = try await resolver.stakeholder(who).id }
            let issueID = try await resolver.issue(name).id
            positions.removeAll { $0.stakeholderId == stakeholder && $0.issueId == issueID }
            positions.append(.init(stakeholderId: stakeholder!, issueId: issueID, stance: value.rawValue))
        }
        var commitments: [Components.Schemas.NewCommitment] = []
        for text in draft.followups {
            let (description, due, owner) = try MeetingLogArguments.followup(text)
            var ownerID: String?
            if let owner { ownerID = try await resolver.stakeholder(owner).id }
            commitments.append(.init(description: description, owedBy: ownerID, dueOn: due))
        }
        let regionSlug = draft.region.map(slug) ?? draft.place.map(slug).flatMap { Self.knownRegions.contains($0) ? $0 : nil }
        let input = Components.Schemas.MeetingInput(
            kind: draft.kind.flatMap(Components.Schemas.MeetingInput.KindPayload.init(rawValue:)), startsAt: draft.startsAt,
            timeZone: draft.timeZone, place: draft.place, region: regionSlug, subject: draft.subject, notes: draft.notes,
            confidentiality: draft.confidentiality.flatMap(Components.Schemas.Confidentiality.init(rawValue:)),
            participants: participantIDs, positions: positions, commitments: commitments)
        return try await client.createMeeting(input, idempotencyKey: idempotencyKey)
    }
}

struct Sync: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send the meetings kept in the outbox while the server could not be reached.",
        discussion: """
            Each is sent with the key it was first tried with, so one that reached the server before
            the connection dropped is not recorded twice. Entries the server refuses stay in the
            outbox with the reason shown; fix the names (or add the missing records) and sync again.

            Examples:
              liaison sync
              liaison sync --server http://10.0.0.5:8080
            """)

    @OptionGroup var server: ServerOptions

    func run() async throws {
        try await running {
            let outbox = Outbox()
            let waiting = try outbox.entries()
            if waiting.isEmpty { return print("Nothing waits in the outbox.") }
            let sender = MeetingSender(client: try server.client())
            var sent = 0
            var failed = 0
            for (path, entry) in waiting {
                do {
                    let meeting = try await sender.send(entry.meeting, idempotencyKey: entry.idempotencyKey)
                    try outbox.remove(path)
                    sent += 1
                    print("Sent \"\(meeting.subject)\" (\(meeting.localStart)) \(meeting.id)")
                } catch let error as ClientError {
                    if case .unreachable = error { throw error }
                    failed += 1
                    FileHandle.standardError.write(Data("liaison: \"\(entry.meeting.subject)\" stays in the outbox: \(error)\n".utf8))
                }
            }
            print("Sent \(sent) meeting(s); \(failed) still waiting.")
            if failed > 0 { throw ExitCode(7) }
        }
    }
}
