import Foundation
import LiaisonAPI
import LiaisonDomain

/// The consensus summary as the wire type, field by field: ids in lower case like every other
/// endpoint, dates as `YYYY-MM-DD`.
extension Summary {
    var api: Components.Schemas.Summary {
        .init(
            from: from.description, to: to.description, gapDays: gapDays, issues: issues.map(\.api), engagement: engagement.api,
            gaps: gaps.map(\.api), gapsTotal: gapsTotal, commitments: commitments.api, quotes: quotes.map(\.api))
    }
}

extension Summary.IssueSummary {
    var api: Components.Schemas.IssueSummary {
        .init(
            issueId: issueID.wire, title: title,
            sectors: sectors.map { .init(sector: $0.sector, counts: $0.counts, total: $0.total, mean: $0.mean) },
            convergence: convergence, convergenceAtStart: convergenceAtStart, convergenceChange: convergenceChange,
            series: series.map { .init(date: $0.date.description, convergence: $0.convergence) },
            movements: movements.map {
                .init(stakeholderId: $0.stakeholderID.wire, name: $0.name, sector: $0.sector, from: $0.from, to: $0.to, change: $0.change)
            },
            movementsTotal: movementsTotal,
            map: map.map { .init(stakeholderId: $0.stakeholderID.wire, name: $0.name, sector: $0.sector, influence: $0.influence, stance: $0.stance) },
            mapTotal: mapTotal)
    }
}

extension Summary.Engagement {
    var api: Components.Schemas.Engagement {
        func breadth(_ rows: [Summary.Breadth]) -> [Components.Schemas.Breadth] {
            rows.map { .init(key: $0.key, met: $0.met, firstTime: $0.firstTime) }
        }
        return .init(
            meetings: meetings, stakeholders: stakeholders, firstTime: firstTime, bySector: breadth(bySector), byRegion: breadth(byRegion),
            weeks: weeks.map { .init(start: $0.start.description, bySector: .init(additionalProperties: $0.bySector), meetings: $0.meetings) })
    }
}

extension Summary.Gap {
    var api: Components.Schemas.CoverageGap {
        .init(
            stakeholderId: stakeholderID.wire, name: name, sector: sector, region: region, lastMet: lastMet?.description, daysSince: daysSince)
    }
}

extension Summary.Commitments {
    var api: Components.Schemas.CommitmentCounts {
        .init(
            opened: opened, done: done, open: open, overdue: overdue,
            overdueItems: overdueItems.map { .init(id: $0.id.wire, description: $0.description, dueOn: $0.dueOn?.description, owner: $0.owner) })
    }
}

extension Summary.Quote {
    var api: Components.Schemas.SummaryQuote {
        .init(
            stakeholderId: stakeholderID.wire, name: name, issueTitle: issueTitle, stance: stance, quote: quote, date: date.description,
            meetingId: meetingID.wire)
    }
}
