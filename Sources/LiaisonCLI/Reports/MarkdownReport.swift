import Foundation
import LiaisonAPI
import LiaisonClient

/// The summary as Markdown, ready to paste into a weekly report.
struct MarkdownReport {
    let summary: Components.Schemas.Summary

    /// Text from the database as inert Markdown: on one line, with every character that could
    /// start markup or raw HTML escaped (a name or quote cannot add a heading, a link or an image).
    static func inert(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\r", "\n", "\u{2028}", "\u{2029}", "\r\n": out += " "
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "#", "|", "!", "~": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }

    func cell(_ text: String) -> String { Self.inert(text) }

    func render() -> String {
        let engagement = summary.engagement
        var out = "# Broadening the base of national consensus: \(summary.from) to \(summary.to)\n\n"
        out += "In this period the mission held **\(engagement.meetings) meetings** with **\(engagement.stakeholders) people and "
            + "organisations**, **\(engagement.firstTime)** of them met for the first time.\n\n"
        let measured = summary.issues.filter { $0.convergenceChange != nil }
        let broadening = measured.filter { ($0.convergenceChange ?? 0) > 0.005 }
        let narrowing = measured.filter { ($0.convergenceChange ?? 0) < -0.005 }
        if !measured.isEmpty {
            out += "Consensus broadened on \(broadening.count) of \(measured.count) issues measured"
            if let best = broadening.max(by: { ($0.convergenceChange ?? 0) < ($1.convergenceChange ?? 0) }) {
                out += " (most on *\(cell(best.title))*, \(ReportText.change(best.convergenceChange)))"
            }
            out += narrowing.isEmpty ? ".\n\n" : " and narrowed on \(narrowing.count) (\(narrowing.map { "*\(cell($0.title))*" }.joined(separator: ", "))).\n\n"
        }

        out += "## Where the sectors stand\n\n"
        out += "Convergence runs from 0 (government, parties and civil society at opposite ends) to 1 (all agree).\n\n"
        for issue in summary.issues where !issue.sectors.isEmpty {
            out += "### \(cell(issue.title))\n\n\(ReportText.trend(issue).prefix(1).uppercased() + ReportText.trend(issue).dropFirst()).\n\n"
            out += "| Sector | −2 | −1 | 0 | +1 | +2 | Stakeholders | Mean |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
            for sector in issue.sectors {
                out += "| \(ReportText.sector(sector.sector)) | " + sector.counts.map(String.init).joined(separator: " | ")
                    + " | \(sector.total) | \(ReportText.mean(sector.mean)) |\n"
            }
            if !issue.movements.isEmpty {
                out += "\nWho moved:\n\n"
                for movement in issue.movements {
                    out += "- \(movement.change > 0 ? "▲" : "▼") \(cell(movement.name))\(movement.sector.map { " (\(ReportText.sector($0)))" } ?? ""): "
                        + "\(ReportText.stance(movement.from)) → \(ReportText.stance(movement.to))\n"
                }
                if let more = ReportText.more(shown: issue.movements.count, of: issue.movementsTotal, "changes") { out += "- \(more)\n" }
            }
            let opponents = issue.map.filter { ($0.influence ?? 0) >= 4 && $0.stance < 0 }
            if !opponents.isEmpty {
                out += "\nInfluential actors still opposed: " + opponents.map { "\(cell($0.name)) (influence \($0.influence!), \(ReportText.stance($0.stance)))" }
                    .joined(separator: "; ") + ".\n"
            }
            out += "\n"
        }
        let silent = summary.issues.filter(\.sectors.isEmpty)
        if !silent.isEmpty { out += "No positions recorded on: \(silent.map { cell($0.title) }.joined(separator: ", ")).\n\n" }

        out += "## Engagement\n\n| Sector | Met | First time |\n|---|---:|---:|\n"
        for breadth in engagement.bySector { out += "| \(ReportText.sector(breadth.key)) | \(breadth.met) | \(breadth.firstTime) |\n" }
        out += "\n| Region | Met | First time |\n|---|---:|---:|\n"
        for breadth in engagement.byRegion { out += "| \(ReportText.region(breadth.key)) | \(breadth.met) | \(breadth.firstTime) |\n" }

        out += "\n## Not met in the last \(summary.gapDays) days\n\n"
        if summary.gaps.isEmpty {
            out += "Every organisation was met.\n"
        } else {
            out += "| Organisation | Sector | Region | Last met |\n|---|---|---|---|\n"
            for gap in summary.gaps {
                out += "| \(cell(gap.name)) | \(ReportText.sector(gap.sector)) | \(gap.region.map(ReportText.region) ?? "") | "
                    + "\(gap.lastMet.map { "\($0) (\(gap.daysSince ?? 0) days)" } ?? "never") |\n"
            }
            if let more = ReportText.more(shown: summary.gaps.count, of: summary.gapsTotal, "organisations") { out += "\n\(more)\n" }
        }

        let commitments = summary.commitments
        out += "\n## Follow-ups\n\n\(commitments.opened) made, \(commitments.done) done, \(commitments.open) open, "
            + "\(commitments.overdue) overdue.\n"
        if !commitments.overdueItems.isEmpty {
            out += "\n| Due | Overdue follow-up | Owed by |\n|---|---|---|\n"
            for item in commitments.overdueItems { out += "| \(item.dueOn ?? "") | \(cell(item.description)) | \(cell(item.owner ?? "")) |\n" }
            if let more = ReportText.more(shown: commitments.overdueItems.count, of: commitments.overdue, "overdue") { out += "\n\(more)\n" }
        }
        if !summary.quotes.isEmpty {
            out += "\n## In their words\n\n"
            for quote in summary.quotes {
                out += "> “\(cell(quote.quote))”\n> — \(cell(quote.name)), on \(cell(quote.issueTitle)) (\(quote.date), "
                    + "\(ReportText.stanceLabels[quote.stance + 2]))\n\n"
            }
        }
        return out
    }
}
