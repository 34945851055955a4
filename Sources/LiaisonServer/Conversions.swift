import Foundation
import LiaisonAPI
import LiaisonDomain
import LiaisonStore

/// Domain records as wire types.
extension UUID {
    var wire: String { uuidString.lowercased() }
}

extension StakeholderRef {
    var api: Components.Schemas.StakeholderRef {
        .init(id: id.wire, _type: .init(rawValue: kind.rawValue) ?? .person, name: name)
    }
}

extension Issue {
    var api: Components.Schemas.Issue {
        .init(
            id: metadata.id.wire, title: details.title, description: details.description,
            objectives: details.objectives.compactMap { .init(rawValue: $0.rawValue) }, version: metadata.version,
            createdAt: metadata.createdAt, updatedAt: metadata.updatedAt, archived: metadata.archivedAt != nil,
            archivedAt: metadata.archivedAt)
    }
}

extension Affiliation {
    var api: Components.Schemas.Affiliation {
        .init(
            id: metadata.id.wire, personId: details.personID.wire, personName: personName,
            organizationId: details.organizationID.wire, organizationName: organizationName, role: details.role,
            from: details.from?.description, to: details.to?.description, version: metadata.version,
            createdAt: metadata.createdAt, updatedAt: metadata.updatedAt, archived: metadata.archivedAt != nil,
            archivedAt: metadata.archivedAt)
    }
}

extension Person {
    var api: Components.Schemas.Person {
        .init(
            id: metadata.id.wire, name: details.name, alternateNames: details.alternateNames, title: details.title,
            email: details.email, phone: details.phone, address: details.address, notes: details.notes,
            influence: influence?.api, affiliations: affiliations.map(\.api), version: metadata.version,
            createdAt: metadata.createdAt, updatedAt: metadata.updatedAt, archived: metadata.archivedAt != nil,
            archivedAt: metadata.archivedAt, mergedInto: mergedInto?.wire)
    }
}

extension Commitment {
    var api: Components.Schemas.Commitment {
        .init(
            id: metadata.id.wire, description: details.description, meetingId: details.meetingID?.wire,
            issueId: details.issueID?.wire, owedBy: owedBy?.api, dueOn: details.dueOn?.description,
            status: .init(rawValue: details.status.rawValue) ?? .open, overdue: isOverdue(on: .today), closedAt: closedAt,
            version: metadata.version, createdAt: metadata.createdAt, updatedAt: metadata.updatedAt,
            archived: metadata.archivedAt != nil, archivedAt: metadata.archivedAt)
    }
}

extension Meeting {
    var api: Components.Schemas.Meeting {
        .init(
            id: metadata.id.wire, kind: details.kind.rawValue, startsAt: details.startsAt, timeZone: details.timeZone,
            localStart: localStart, durationMinutes: details.durationMinutes, place: details.place,
            region: details.region, subject: details.subject, notes: details.notes,
            objectives: details.objectives.compactMap { .init(rawValue: $0.rawValue) },
            confidentiality: .init(rawValue: details.confidentiality.rawValue) ?? .unclassified,
            participants: participants.map(\.api), staff: staff.map(\.api),
            positions: positions.map {
                .init(
                    id: $0.id.wire, stakeholder: $0.stakeholder.api, issueId: $0.issueID.wire, issueTitle: $0.issueTitle,
                    stance: $0.stance.rawValue, quote: $0.quote)
            },
            commitments: commitments.map(\.api), version: metadata.version, createdAt: metadata.createdAt,
            updatedAt: metadata.updatedAt, archived: metadata.archivedAt != nil, archivedAt: metadata.archivedAt)
    }
}

extension CurrentStance {
    var api: Components.Schemas.Stance {
        .init(
            stakeholder: stakeholder.api, issueId: issueID.wire, issueTitle: issueTitle, stance: stance.rawValue,
            quote: quote, meetingId: meetingID.wire, statedAt: statedAt)
    }
}

extension TimelineEntry {
    var api: Components.Schemas.TimelineEntry {
        .init(
            _type: .init(rawValue: kind.rawValue) ?? .meeting, at: at, meetingId: meetingID?.wire, summary: summary,
            issueId: issueID?.wire, stance: stance?.rawValue, quote: quote, commitmentId: commitmentID?.wire,
            status: status?.rawValue, dueOn: dueOn?.description)
    }
}

/// Query parameters that name records or dates.
/// Query parameters given as text. An empty value (`?to=`) is refused like every other empty
/// filter, not read as "no filter": leave the parameter out for that.
enum QueryValue {
    static func nonEmpty(_ text: String?, _ field: String) throws(DomainError) -> String? {
        guard let text else { return nil }
        if text.isEmpty { throw .invalid([FieldProblem(field: field, reason: "must not be empty; leave it out for no filter")]) }
        return text
    }

    static func id(_ text: String?, _ field: String) throws(DomainError) -> UUID? {
        guard let text = try nonEmpty(text, field) else { return nil }
        guard let id = UUID(uuidString: text) else {
            throw .invalid([FieldProblem(field: field, reason: "'\(text)' is not an id")])
        }
        return id
    }

    static func date(_ text: String?, _ field: String) throws(DomainError) -> CalendarDate? {
        guard let text = try nonEmpty(text, field) else { return nil }
        guard let date = CalendarDate(text) else {
            throw .invalid([FieldProblem(field: field, reason: "'\(text)' is not a date (YYYY-MM-DD)")])
        }
        return date
    }
}
