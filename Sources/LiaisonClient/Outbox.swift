import Foundation

/// Meetings logged while the server could not be reached, kept on disk until `liaison sync`
/// sends them: `$XDG_STATE_HOME/liaison/outbox/` (`~/.local/state/liaison/outbox/`), one JSON file
/// per meeting, readable by its owner only.
///
/// Each entry keeps the command's arguments as typed (names are resolved when it is sent, since
/// that needs the server) and the idempotency key it was first tried with, so a meeting that
/// reached the server before the connection dropped is never recorded twice.
public struct Outbox: Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        public var idempotencyKey: String
        public var createdAt: Date
        public var meeting: MeetingDraft

        public init(idempotencyKey: String, createdAt: Date, meeting: MeetingDraft) {
            self.idempotencyKey = idempotencyKey
            self.createdAt = createdAt
            self.meeting = meeting
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

        public init(
            subject: String, participants: [String], issues: [String], stances: [String], followups: [String],
            startsAt: String, timeZone: String, place: String?, region: String?, notes: String?, kind: String?,
            confidentiality: String?
        ) {
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

    /// Keeps a meeting for later.
    public func add(_ entry: Entry) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let path = directory + "/\(entry.idempotencyKey).json"
        guard FileManager.default.createFile(atPath: path, contents: try encoder.encode(entry), attributes: [.posixPermissions: 0o600]) else {
            throw ClientError.configuration("cannot write \(path); the meeting was NOT kept")
        }
    }

    /// Everything waiting, oldest first.
    public func entries() throws -> [(path: String, entry: Entry)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
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
        }.sorted { $0.entry.createdAt < $1.entry.createdAt }
    }

    public var count: Int { (try? entries().count) ?? 0 }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: path)
    }
}
