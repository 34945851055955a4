import Foundation
import LiaisonDomain
import Synchronization

/// Finds records by id or by a name typed in any script or spelling (the server's search, with
/// the folding rules of `NameKey`).
///
/// When a name matches several records, `choose` is asked (the command line asks the person at
/// the terminal); without it, or when it declines, the candidates are listed in the error.
public struct NameResolver: Sendable {
    /// A record a name may mean.
    public struct Candidate: Sendable, Equatable {
        public var id: String
        public var name: String
        /// What kind of record, and where it belongs, to tell namesakes apart ("organisation, government").
        public var context: String
        /// Other spellings it is known by.
        public var otherNames: [String]
        /// The server found this very name (in some spelling or script), not only one like it.
        public var exact: Bool?
        /// How the server's search matched it (name, word, sound, part, similar).
        public var match: String?

        public init(id: String, name: String, context: String = "", otherNames: [String] = [], exact: Bool? = nil, match: String? = nil) {
            (self.id, self.name, self.context, self.otherNames) = (id, name, context, otherNames)
            (self.exact, self.match) = (exact, match)
        }

        var line: String { context.isEmpty ? "\(id)  \(name)" : "\(id)  \(name) (\(context))" }
    }

    public typealias Chooser = @Sendable (_ typed: String, _ noun: String, _ candidates: [Candidate]) async throws -> Candidate?

    let client: LiaisonClient
    let choose: Chooser?
    /// Look among archived records instead of current ones (to restore them).
    public var archived = false
    /// Records added in this run (or, in a dry run, to be added), found by name without asking the server.
    public var known: KnownNames?

    public init(client: LiaisonClient, choose: Chooser? = nil) {
        self.client = client
        self.choose = choose
    }

    /// A person or organisation.
    public func stakeholder(_ text: String) async throws -> Candidate {
        if let id = Self.id(text) { return Candidate(id: id, name: text) }
        if let hit = known?.find(text, among: [.organization, .person]) { return hit }
        let found = try await organizationCandidates(text) + personCandidates(text)
        return try await pick(text, from: found, noun: "person or organisation")
    }

    public func organization(_ text: String) async throws -> Candidate {
        if let id = Self.id(text) { return Candidate(id: id, name: text) }
        if let hit = known?.find(text, among: [.organization]) { return hit }
        return try await pick(text, from: try await organizationCandidates(text), noun: "organisation")
    }

    public func person(_ text: String) async throws -> Candidate {
        if let id = Self.id(text) { return Candidate(id: id, name: text) }
        if let hit = known?.find(text, among: [.person]) { return hit }
        return try await pick(text, from: try await personCandidates(text), noun: "person")
    }

    public func issue(_ text: String) async throws -> Candidate {
        if let id = Self.id(text) { return Candidate(id: id, name: text) }
        if let hit = known?.find(text, among: [.issue]) { return hit }
        let found = try await client.issues(text: text, archived: archived).map { Candidate(id: $0.id, name: $0.title, context: "issue") }
        return try await pick(text, from: found, noun: "issue")
    }

    /// A staff account, by login or display name (`me` is the caller).
    public func user(_ text: String) async throws -> Candidate {
        if let id = Self.id(text) { return Candidate(id: id, name: text) }
        if text.lowercased() == "me" {
            let me = try await client.me()
            return Candidate(id: me.id, name: me.login)
        }
        let wanted = Self.fold(text)
        let found = try await client.users().filter { Self.fold($0.login).contains(wanted) || Self.fold($0.displayName).contains(wanted) }
            .map { Candidate(id: $0.id, name: $0.login, context: $0.displayName, otherNames: [$0.displayName]) }
        return try await pick(text, from: found, noun: "staff account")
    }

    /// Someone who can owe a follow-up: `me`, a staff login, a person or an organisation.
    public func owner(_ text: String) async throws -> Candidate {
        if text.lowercased() == "me" { return try await user(text) }
        do {
            return try await stakeholder(text)
        } catch ClientError.notFound(let message) {
            // A staff login? Only admins may list accounts; for others the person-or-organisation answer stands.
            do {
                return try await user(text)
            } catch let error as ClientError where error.exitCode == 3 || error.exitCode == 4 {
                throw ClientError.notFound(message.replacingOccurrences(of: "person or organisation", with: "person, organisation or staff login"))
            }
        }
    }

    /// Current records come from the search (any script or spelling); archived ones, to restore,
    /// from the list of archived records.
    func organizationCandidates(_ text: String) async throws -> [Candidate] {
        if archived {
            return try await client.organizations(text: text, archived: true).map {
                Candidate(id: $0.id, name: $0.name, context: "organisation, \($0.sector)", otherNames: $0.aliases)
            }
        }
        return try await client.search(text, types: ["organization"], limit: 20).map {
            Candidate(id: $0.id, name: $0.title, context: "organisation, \($0.detail)", exact: $0.exact, match: $0.match.rawValue)
        }
    }

    func personCandidates(_ text: String) async throws -> [Candidate] {
        if archived {
            return try await client.people(text: text, archived: true).map { person in
                Candidate(id: person.id, name: person.name, context: "person", otherNames: person.alternateNames)
            }
        }
        return try await client.search(text, types: ["person"], limit: 20).map {
            Candidate(id: $0.id, name: $0.title, context: $0.detail.isEmpty ? "person" : $0.detail, exact: $0.exact, match: $0.match.rawValue)
        }
    }

    /// The same lookups among archived records.
    public func amongArchived() -> NameResolver {
        var copy = self
        copy.archived = true
        return copy
    }

    /// The id, when the text is one (any case, surrounding blanks ignored).
    public static func id(_ text: String) -> String? {
        UUID(uuidString: text.trimmingCharacters(in: .whitespaces)) != nil ? text.trimmingCharacters(in: .whitespaces).lowercased() : nil
    }

    func pick(_ text: String, from candidates: [Candidate], noun: String) async throws -> Candidate {
        switch Self.narrow(text, candidates) {
        case .one(let only): return only
        case .none: throw ClientError.notFound("no \(noun) called '\(text)'; add it first, or check the spelling")
        case .several(let several):
            if let choose, let chosen = try await choose(text, noun, several) { return chosen }
            throw ClientError.ambiguous(text, candidates: several.map(\.line))
        case .similar(let similar):
            if let choose, let chosen = try await choose(text, noun, similar) { return chosen }
            throw ClientError.notFound(
                "no \(noun) called '\(text)'; did you mean:\n" + similar.prefix(5).map { "  " + $0.line }.joined(separator: "\n"))
        }
    }

    public enum Narrowed: Equatable {
        case none
        case one(Candidate)
        case several([Candidate])
        /// No such name, but these are like it.
        case similar([Candidate])
    }

    /// The same name (in any spelling or script) wins; otherwise the one candidate with a word
    /// that is, or starts with, what was typed; otherwise the choice is the user's. A search's own
    /// verdict (`match`) counts where there is one: a name matched only by its consonants across
    /// scripts, or merely like the one typed (a typo), is never taken without asking.
    public static func narrow(_ text: String, _ candidates: [Candidate]) -> Narrowed {
        let wanted = NameKey.key(text)
        func spellings(_ candidate: Candidate) -> [String] { [candidate.name] + candidate.otherNames }
        let exact = candidates.filter { candidate in
            if let match = candidate.match { return match == "name" }
            return candidate.exact ?? spellings(candidate).contains { NameKey.sameName(text, $0) }
        }
        // The server's text search also reads descriptions; a name must contain what was typed.
        let partial = candidates.filter { candidate in
            if let match = candidate.match { return match == "word" || match == "part" }
            return !wanted.isEmpty && spellings(candidate).contains { (" " + NameKey.key($0)).contains(" " + wanted) }
        }
        if exact.isEmpty && partial.isEmpty && !candidates.isEmpty && candidates.contains(where: { $0.match != nil }) {
            return .similar(candidates)  // only names like it (a typo?): the user decides
        }
        var unique: [Candidate] = []
        for candidate in exact.isEmpty ? partial : exact where !unique.contains(where: { $0.id == candidate.id }) {
            unique.append(candidate)
        }
        switch unique.count {
        case 0: return .none
        case 1: return .one(unique[0])
        default: return .several(unique.sorted { ($0.name, $0.id) < ($1.name, $1.id) })
        }
    }

    /// The form names are compared in: case, accents and runs of blanks do not count.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Records a run of several creates has added (or, in a dry run, would add), so that a later
/// create naming one of them finds it at once: without waiting for a replica to catch up, and in
/// a dry run, where it does not exist yet.
public final class KnownNames: Sendable {
    public enum Kind: Sendable { case organization, person, issue }

    private let names = Mutex<[String: NameResolver.Candidate]>([:])

    public init() {}

    /// Remembers a record under each of its spellings.
    public func add(_ kind: Kind, spellings: [String], as candidate: NameResolver.Candidate) {
        names.withLock { names in
            for spelling in spellings where !spelling.isEmpty { names[Self.key(kind, spelling)] = candidate }
        }
    }

    public func find(_ text: String, among kinds: [Kind]) -> NameResolver.Candidate? {
        names.withLock { names in
            for kind in kinds { if let hit = names[Self.key(kind, text)] { return hit } }
            return nil
        }
    }

    private static func key(_ kind: Kind, _ text: String) -> String { "\(kind):" + NameResolver.fold(text) }
}
