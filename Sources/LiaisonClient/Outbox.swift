import Foundation

/// Records added while the server could not be reached (meetings, organisations, people, issues,
/// affiliations, follow-ups), kept on disk until `liaison sync` sends them:
/// `$XDG_STATE_HOME/liaison/outbox/` (`~/.local/state/liaison/outbox/`), one JSON file per record,
/// readable by its owner only.
///
/// Each entry keeps the command's arguments as typed (names are resolved when it is sent, since
/// that needs the server) and the idempotency key it was first tried with, so a meeting that
/// reached the server before the connection dropped is never recorded twice.
public struct Outbox: Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        public var idempotencyKey: String
        public var createdAt: Date
        /// A meeting (`liaison meeting log`).
        public var meeting: MeetingDraft?
        /// Any other record (`liaison org add`, `person add`, ...).
        public var record: RecordDraft?

        public init(idempotencyKey: String, createdAt: Date, meeting: MeetingDraft) {
            self.idempotencyKey = idempotencyKey
            self.createdAt = createdAt
            self.meeting = meeting
        }

        public init(idempotencyKey: String, createdAt: Date, record: RecordDraft) {
            self.idempotencyKey = idempotencyKey
            self.createdAt = createdAt
            self.record = record
        }

        /// One line naming what waits.
        public var summary: String {
            if let meeting { return "meeting \"\(meeting.subject)\" (\(meeting.startsAt))" }
            switch record {
            case .organization(let draft): return "organisation \"\(draft.name)\""
            case .person(let draft): return "person \"\(draft.name)\""
            case .issue(let draft): return "issue \"\(draft.title)\""
            case .affiliation(let draft): return "affiliation of \"\(draft.person)\" with \"\(draft.organization)\""
            case .followup(let draft): return "follow-up \"\(draft.description)\""
            case nil: return "an empty entry"
            }
        }
    }

    /// A create other than a meeting, with its arguments as typed (names are looked up when it is sent).
    public enum RecordDraft: Codable, Equatable, Sendable {
        case organization(OrganizationDraft)
        case person(PersonDraft)
        case issue(IssueDraft)
        case affiliation(AffiliationDraft)
        case followup(FollowupDraft)
    }

    public struct OrganizationDraft: Codable, Equatable, Sendable {
        public var name: String
        public var sector: String
        public var region: String?
        public var kind: String?
        public var aliases: [String]
        public var parent: String?
        public var notes: String?
        public var influence: Int?
        /// The day the influence was judged: the day it was typed, not the day it is sent.
        public var influenceAsOf: String?
        /// Add it even when a record of the same name exists.
        public var force: Bool?

        public init(
            name: String, sector: String, region: String?, kind: String?, aliases: [String], parent: String?, notes: String?, influence: Int?,
            influenceAsOf: String? = nil, force: Bool = false
        ) {
            self.force = force ? true : nil
            self.influenceAsOf = influence == nil ? nil : influenceAsOf
            (self.name, self.sector, self.region, self.kind) = (name, sector, region, kind)
            (self.aliases, self.parent, self.notes, self.influence) = (aliases, parent, notes, influence)
        }
    }

    public struct PersonDraft: Codable, Equatable, Sendable {
        public var name: String
        public var organization: String?
        public var role: String?
        public var title: String?
        public var alternateNames: [String]
        public var email: String?
        public var phone: String?
        public var notes: String?
        public var force: Bool?

        public init(
            name: String, organization: String?, role: String?, title: String?, alternateNames: [String], email: String?,
            phone: String?, notes: String?, force: Bool = false
        ) {
            self.force = force ? true : nil
            (self.name, self.organization, self.role, self.title) = (name, organization, role, title)
            (self.alternateNames, self.email, self.phone, self.notes) = (alternateNames, email, phone, notes)
        }
    }

    public struct IssueDraft: Codable, Equatable, Sendable {
        public var title: String
        public var description: String?
        public var objectives: [String]
        public var force: Bool?

        public init(title: String, description: String?, objectives: [String], force: Bool = false) {
            self.force = force ? true : nil
            (self.title, self.description, self.objectives) = (title, description, objectives)
        }
    }

    public struct AffiliationDraft: Codable, Equatable, Sendable {
        public var person: String
        public var organization: String
        public var role: String?
        public var from: String?
        public var to: String?

        public init(person: String, organization: String, role: String?, from: String?, to: String?) {
            (self.person, self.organization, self.role, self.from, self.to) = (person, organization, role, from, to)
        }
    }

    public struct FollowupDraft: Codable, Equatable, Sendable {
        public var description: String
        public var due: String?
        public var owner: String?
        public var meeting: String?
        public var issue: String?

        public init(description: String, due: String?, owner: String?, meeting: String?, issue: String?) {
            (self.description, self.due, self.owner, self.meeting, self.issue) = (description, due, owner, meeting, issue)
        }
    }

    /// `liaison meeting log`'s arguments, as typed.
    public struct MeetingDraft: Codable, Equatable, Sendable {
        public var subject: String
        public var participants: [String]
        public var issues: [String]
        public var stances: [String]
        public var followups: [String]
        public var startsAt: String
        public var timeZone: String
        public var place: String?
        public var region: String?
        public var notes: String?
        public var kind: String?
        public var confidentiality: String?
        public var durationMinutes: Int?

        public init(
            subject: String, participants: [String], issues: [String], stances: [String], followups: [String],
            startsAt: String, timeZone: String, place: String?, region: String?, notes: String?, kind: String?,
            confidentiality: String?, durationMinutes: Int? = nil
        ) {
            self.durationMinutes = durationMinutes
            self.subject = subject
            self.participants = participants
            self.issues = issues
            self.stances = stances
            self.followups = followups
            self.startsAt = startsAt
            self.timeZone = timeZone
            self.place = place
            self.region = region
            self.notes = notes
            self.kind = kind
            self.confidentiality = confidentiality
        }
    }

    public let directory: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        directory = base + "/liaison/outbox"
    }

    /// Keeps a record for later.
    public func add(_ entry: Entry) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Microseconds, so that records added one after another are sent in that order.
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(Self.timestamp))
        }
        let path = directory + "/\(entry.idempotencyKey).json"
        guard FileManager.default.createFile(atPath: path, contents: try encoder.encode(entry), attributes: [.posixPermissions: 0o600]) else {
            throw ClientError.configuration("cannot write \(path); the \(entry.summary) was NOT kept")
        }
    }

    /// Everything waiting, oldest first.
    public func entries() throws -> [(path: String, entry: Entry)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = (try? Self.timestamp.parse(text)) ?? (try? Date.ISO8601FormatStyle().parse(text)) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a time: \(text)"))
            }
            return date
        }
        return try names.filter { $0.hasSuffix(".json") }.map { name in
            let path = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ClientError.configuration("cannot read \(path)")
            }
            do {
                return (path, try decoder.decode(Entry.self, from: data))
            } catch {
                throw ClientError.configuration("\(path) is not an outbox entry (\(error)); move it aside to continue")
            }
        }.sorted { ($0.entry.createdAt, $0.path) < ($1.entry.createdAt, $1.path) }
    }

    static let timestamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    public var count: Int { (try? entries().count) ?? 0 }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: path)
    }
}
