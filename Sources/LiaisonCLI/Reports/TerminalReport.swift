import Foundation
import LiaisonAPI
import LiaisonClient

/// The summary for a terminal: per issue, bars of stance by sector, arrows for movement and the
/// convergence figure; then engagement, gaps, overdue follow-ups and quotes.
struct TerminalReport {
    let summary: Components.Schemas.Summary
    let style: Style

    /// One sector's stances as a bar around a centre line: opposition left, support right, each
    /// stakeholder two cells (fewer when there are many), neutral split across the line.
    func bar(_ counts: [Int], halfWidth: Int, scale: Double) -> String {
        func cells(_ count: Int) -> Int { Int((Double(count) * 2 * scale).rounded(.up)) }
        let neutral = cells(counts[2])
        let left = String(repeating: "█", count: cells(counts[0])) + String(repeating: "▒", count: cells(counts[1]))
            + String(repeating: "░", count: neutral / 2)
        let right = String(repeating: "░", count: neutral - neutral / 2) + String(repeating: "▒", count: cells(counts[3]))
            + String(repeating: "█", count: cells(counts[4]))
        let paintedLeft = style.paint(String(repeating: "█", count: cells(counts[0])), .red)
            + style.paint(String(repeating: "▒", count: cells(counts[1])), .red) + style.paint(String(repeating: "░", count: neutral / 2), .dim)
        let paintedRight = style.paint(String(repeating: "░", count: neutral - neutral / 2), .dim)
            + style.paint(String(repeating: "▒", count: cells(counts[3])), .green) + style.paint(String(repeating: "█", count: cells(counts[4])), .green)
        return String(repeating: " ", count: max(0, halfWidth - left.count)) + paintedLeft + "│" + paintedRight
            + String(repeating: " ", count: max(0, halfWidth - right.count))
    }

    init(summary: Components.Schemas.Summary, style: Style) {
        self.summary = Self.printableCopy(summary)
        self.style = style
    }

    /// The summary with every text from the database safe to print (see `printable`).
    static func printableCopy(_ original: Components.Schemas.Summary) -> Components.Schemas.Summary {
        var summary = original
        for i in summary.issues.indices {
            summary.issues[i].title = printable(summary.issues[i].title)
            for j in summary.issues[i].movements.indices { summary.issues[i].movements[j].name = printable(summary.issues[i].movements[j].name) }
            for j in summary.issues[i].map.indices { summary.issues[i].map[j].name = printable(summary.issues[i].map[j].name) }
        }
        for i in summary.gaps.indices { summary.gaps[i].name = printable(summary.gaps[i].name) }
        for i in summary.commitments.overdueItems.indices {
            summary.commitments.overdueItems[i].description = printable(summary.commitments.overdueItems[i].description)
            summary.commitments.overdueItems[i].owner = summary.commitments.overdueItems[i].owner.map(printable)
        }
        for i in summary.quotes.indices {
            summary.quotes[i].name = printable(summary.quotes[i].name)
            summary.quotes[i].quote = printable(summary.quotes[i].quote).replacingOccurrences(of: "\n", with: " ")
            summary.quotes[i].issueTitle = printable(summary.quotes[i].issueTitle)
        }
        return summary
    }

    func render() -> String {
        var out = ""
        let engagement = summary.engagement
        out += style.paint("Consensus summary, \(summary.from) to \(summary.to)", .bold) + "\n"
        out += "\(engagement.meetings) meetings; \(engagement.stakeholders) people and organisations met, "
            + "\(engagement.firstTime) of them for the first time.\n"
        out += style.paint("Bars: ", .dim) + style.paint("█", .red) + " strongly opposes  " + style.paint("▒", .red) + " opposes  "
            + style.paint("░", .dim) + " neutral  " + style.paint("▒", .green) + " supports  " + style.paint("█", .green) + " strongly supports\n"

        let largest = summary.issues.flatMap(\.sectors).map { max($0.counts[0] + $0.counts[1], $0.counts[3] + $0.counts[4]) + $0.counts[2] }.max() ?? 1
        let halfWidth = min(24, max(4, largest * 2))
        let scale = Double(halfWidth) / Double(max(1, largest * 2))
        for issue in summary.issues {
            out += "\n" + style.paint(issue.title, .bold) + "\n  " + ReportText.trend(issue) + "\n"
            if issue.sectors.isEmpty { out += "  no positions recorded\n" }
            for sector in issue.sectors {
                let label = ReportText.sector(sector.sector).padding(toLength: 18, withPad: " ", startingAt: 0)
                out += "  \(label) \(bar(sector.counts, halfWidth: halfWidth, scale: scale))  n=\(sector.total), mean \(ReportText.mean(sector.mean))\n"
            }
            for movement in issue.movements.prefix(8) {
                let arrow = movement.change > 0 ? style.paint("▲", .green) : style.paint("▼", .red)
                out += "  \(arrow) \(movement.name)\(movement.sector.map { " (\(ReportText.sector($0)))" } ?? ""): "
                    + "\(ReportText.stance(movement.from)) → \(ReportText.stance(movement.to))\n"
            }
            let shownMovements = min(8, issue.movements.count)
            if let more = ReportText.more(shown: shownMovements, of: issue.movementsTotal, "changes", listed: issue.movements.count > shownMovements) {
                out += "  \(more)\n"
            }
            let opponents = issue.map.filter { ($0.influence ?? 0) >= 4 && $0.stance < 0 }
            if !opponents.isEmpty {
                out += "  " + style.paint("Influential and opposed:", .yellow) + " "
                    + opponents.map { "\($0.name) (influence \($0.influence!), \(ReportText.stance($0.stance)))" }.joined(separator: "; ") + "\n"
            }
        }

        out += "\n" + style.paint("Who was met", .bold) + "\n"
        for breadth in engagement.bySector {
            out += "  \(ReportText.sector(breadth.key).padding(toLength: 22, withPad: " ", startingAt: 0)) \(breadth.met) met, \(breadth.firstTime) new\n"
        }
        out += style.paint("  by region:", .dim) + " " + engagement.byRegion.map { "\(ReportText.region($0.key)) \($0.met)" }.joined(separator: ", ") + "\n"

        out += "\n" + style.paint("Not met in \(summary.gapDays) days", .bold) + " (\(summary.gapsTotal))\n"
        for gap in summary.gaps.prefix(15) {
            let last = gap.lastMet.map { "last met \($0), \(gap.daysSince ?? 0) days" } ?? "never met"
            out += "  \(gap.name) (\(ReportText.sector(gap.sector))\(gap.region.map { ", \(ReportText.region($0))" } ?? "")): \(last)\n"
        }
        let shownGaps = min(15, summary.gaps.count)
        if let more = ReportText.more(shown: shownGaps, of: summary.gapsTotal, "organisations", listed: summary.gaps.count > shownGaps) {
            out += "  \(more)\(summary.gaps.count > shownGaps ? " (see --format markdown or json)" : "")\n"
        }

        let commitments = summary.commitments
        out += "\n" + style.paint("Follow-ups", .bold) + ": \(commitments.opened) made, \(commitments.done) done, \(commitments.open) open, "
            + style.paint("\(commitments.overdue) overdue", commitments.overdue > 0 ? .red : .dim) + "\n"
        for item in commitments.overdueItems.prefix(10) {
            out += "  due \(item.dueOn ?? "?")  \(item.description)\(item.owner.map { " (\($0))" } ?? "")\n"
        }
        let shownOverdue = min(10, commitments.overdueItems.count)
        if let more = ReportText.more(shown: shownOverdue, of: commitments.overdue, "overdue", listed: commitments.overdueItems.count > shownOverdue) {
            out += "  \(more)\(commitments.overdueItems.count > shownOverdue ? " (see --format markdown or json)" : "")\n"
        }
        if !summary.quotes.isEmpty {
            out += "\n" + style.paint("In their words", .bold) + "\n"
            for quote in summary.quotes.prefix(5) {
                out += "  “\(quote.quote)” — \(quote.name), on \(quote.issueTitle), \(quote.date)\n"
            }
        }
        return out
    }
}
