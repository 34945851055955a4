import Foundation
import LiaisonAPI
import LiaisonClient

/// The summary as one self-contained HTML file: inline CSS and SVG charts, nothing fetched.
struct HTMLReport {
    let summary: Components.Schemas.Summary

    /// Diverging, and readable by the colour-blind: red for opposition, blue for support.
    static let stanceColours = ["#b2182b", "#ef8a62", "#cccccc", "#67a9cf", "#2166ac"]
    /// Twenty distinguishable line colours (then they repeat, dashed).
    static let seriesColours = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
        "#393b79", "#ad494a", "#8ca252", "#bd9e39", "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363",
    ]
    static let sectorColours = [
        "government": "#4c72b0", "political-party": "#dd8452", "civil-society": "#55a868", "international": "#8172b3",
        "religious": "#937860", "media": "#da8bc3", "other": "#8c8c8c", "unaffiliated": "#ccb974",
    ]

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    // MARK: Charts

    /// Stance by sector for one issue: opposition to the left of the centre line, support to the
    /// right, neutral split across it; `unit` pixels per stakeholder, the same for every issue.
    func stanceBars(_ issue: Components.Schemas.IssueSummary, unit: Double) -> String {
        let label = 150.0, width = 660.0, row = 28.0
        let centre = label + (width - label) / 2
        let height = Double(issue.sectors.count) * row + 24
        var svg = "<svg class=\"chart stance-bars\" role=\"img\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\">"
        svg += "<title>Stance by sector on \(Self.escape(issue.title))</title>"
        for (index, sector) in issue.sectors.enumerated() {
            let y = Double(index) * row + 4
            svg += "<text x=\"\(Self.number(label - 8))\" y=\"\(Self.number(y + 17))\" text-anchor=\"end\">\(Self.escape(ReportText.sector(sector.sector)))</text>"
            let counts = sector.counts.map(Double.init)
            var segments: [(Int, Double, Double)] = []  // stance index, x, width
            var x = centre - counts[2] / 2 * unit
            segments.append((2, x, counts[2] * unit))
            x -= counts[1] * unit
            segments.append((1, x, counts[1] * unit))
            x -= counts[0] * unit
            segments.append((0, x, counts[0] * unit))
            x = centre + counts[2] / 2 * unit
            segments.append((3, x, counts[3] * unit))
            x += counts[3] * unit
            segments.append((4, x, counts[4] * unit))
            for (stance, x, w) in segments where w > 0 {
                let count = sector.counts[stance]
                svg += "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(w))\" height=\"\(Self.number(row - 6))\" fill=\"\(Self.stanceColours[stance])\">"
                svg += "<title>\(Self.escape(ReportText.sector(sector.sector))): \(count) \(ReportText.stanceLabels[stance])</title></rect>"
                if w >= 14 {
                    svg += "<text x=\"\(Self.number(x + w / 2))\" y=\"\(Self.number(y + 16))\" text-anchor=\"middle\" class=\"in-bar\">\(count)</text>"
                }
            }
        }
        svg += "<line x1=\"\(Self.number(centre))\" y1=\"0\" x2=\"\(Self.number(centre))\" y2=\"\(Self.number(height - 20))\" stroke=\"#333\"/>"
        svg += "<text x=\"\(Self.number(centre - 6))\" y=\"\(Self.number(height - 4))\" text-anchor=\"end\" class=\"axis\">← opposes</text>"
        svg += "<text x=\"\(Self.number(centre + 6))\" y=\"\(Self.number(height - 4))\" class=\"axis\">supports →</text></svg>"
        return svg
    }

    /// Convergence of every measurable issue, week by week.
    func convergenceChart() -> String {
        let issues = summary.issues.filter { $0.series.contains { $0.convergence != nil } }
        guard let points = issues.first?.series, points.count >= 1 else { return "<p>No issue has positions from two of the three sectors yet.</p>" }
        let left = 44.0, top = 12.0, width = 660.0, plot = 220.0
        let step = points.count > 1 ? (width - left - 20) / Double(points.count - 1) : 0
        var svg = "<svg class=\"chart convergence\" role=\"img\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(plot + 48))\" width=\"\(Self.number(width))\" height=\"\(Self.number(plot + 48))\">"
        svg += "<title>Convergence over time</title>"
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let y = top + plot * (1 - tick)
            svg += "<line x1=\"\(Self.number(left))\" y1=\"\(Self.number(y))\" x2=\"\(Self.number(width - 10))\" y2=\"\(Self.number(y))\" class=\"grid\"/>"
            svg += "<text x=\"\(Self.number(left - 6))\" y=\"\(Self.number(y + 4))\" text-anchor=\"end\" class=\"axis\">\(String(format: "%.2f", tick))</text>"
        }
        for (index, point) in points.enumerated() where index % max(1, points.count / 7) == 0 || index == points.count - 1 {
            svg += "<text x=\"\(Self.number(left + Double(index) * step))\" y=\"\(Self.number(top + plot + 18))\" text-anchor=\"middle\" class=\"axis\">\(point.date.dropFirst(5))</text>"
        }
        for (number, issue) in issues.enumerated() {
            let colour = Self.seriesColours[number % Self.seriesColours.count]
            var path = ""
            var pen = "M"
            for (index, point) in issue.series.enumerated() {
                guard let value = point.convergence else { pen = "M"; continue }
                path += "\(pen)\(Self.number(left + Double(index) * step)),\(Self.number(top + plot * (1 - value))) "
                pen = "L"
                svg += "<circle cx=\"\(Self.number(left + Double(index) * step))\" cy=\"\(Self.number(top + plot * (1 - value)))\" r=\"2.5\" fill=\"\(colour)\"><title>\(Self.escape(issue.title)), \(point.date): \(ReportText.figure(value))</title></circle>"
            }
            let dashed = number >= Self.seriesColours.count ? " stroke-dasharray=\"5 3\"" : ""
            svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dashed)/>"
        }
        svg += "</svg><ul class=\"legend\">"
        for (number, issue) in issues.enumerated() {
            svg += "<li><span style=\"background:\(Self.seriesColours[number % Self.seriesColours.count])\"></span>\(Self.escape(issue.title))</li>"
        }
        return svg + "</ul>"
    }

    /// Meetings per week with someone of each sector, stacked.
    func weeklyChart() -> String {
        let weeks = summary.engagement.weeks
        guard !weeks.isEmpty else { return "" }
        let sectors = ["government", "political-party", "civil-society", "international", "religious", "media", "other", "unaffiliated"]
            .filter { sector in weeks.contains { ($0.bySector.additionalProperties[sector] ?? 0) > 0 } }
        let tallest = max(1, weeks.map { $0.bySector.additionalProperties.values.reduce(0, +) }.max() ?? 1)
        let left = 36.0, top = 10.0, width = 660.0, plot = 200.0
        let slot = (width - left - 10) / Double(weeks.count)
        var svg = "<svg class=\"chart weekly\" role=\"img\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(plot + 40))\" width=\"\(Self.number(width))\" height=\"\(Self.number(plot + 40))\">"
        svg += "<title>Meetings per week by sector</title>"
        for tick in Set([0, tallest / 2, tallest]).sorted() {
            let y = top + plot * (1 - Double(tick) / Double(tallest))
            svg += "<line x1=\"\(Self.number(left))\" y1=\"\(Self.number(y))\" x2=\"\(Self.number(width - 10))\" y2=\"\(Self.number(y))\" class=\"grid\"/>"
            svg += "<text x=\"\(Self.number(left - 6))\" y=\"\(Self.number(y + 4))\" text-anchor=\"end\" class=\"axis\">\(tick)</text>"
        }
        for (index, week) in weeks.enumerated() {
            var y = top + plot
            let x = left + Double(index) * slot + slot * 0.15
            for sector in sectors {
                let count = week.bySector.additionalProperties[sector] ?? 0
                guard count > 0 else { continue }
                let h = plot * Double(count) / Double(tallest)
                y -= h
                svg += "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(slot * 0.7))\" height=\"\(Self.number(h))\" fill=\"\(Self.sectorColours[sector] ?? "#999")\">"
                svg += "<title>Week of \(week.start): \(count) with \(Self.escape(ReportText.sector(sector)))</title></rect>"
            }
            if index % max(1, weeks.count / 8) == 0 {
                svg += "<text x=\"\(Self.number(x + slot * 0.35))\" y=\"\(Self.number(top + plot + 16))\" text-anchor=\"middle\" class=\"axis\">\(week.start.dropFirst(5))</text>"
            }
        }
        svg += "</svg><ul class=\"legend\">"
        for sector in sectors {
            svg += "<li><span style=\"background:\(Self.sectorColours[sector] ?? "#999")\"></span>\(Self.escape(ReportText.sector(sector)))</li>"
        }
        return svg + "</ul>"
    }

    /// Influence (1-5, or unrated) against stance, one issue: the power/interest grid.
    func stakeholderMap(_ issue: Components.Schemas.IssueSummary) -> String {
        let left = 70.0, top = 10.0, cell = 110.0, rowHeight = 46.0
        let width = left + cell * 5 + 10, height = top + rowHeight * 6 + 30
        var svg = "<svg class=\"chart map\" role=\"img\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\">"
        svg += "<title>Influence against stance on \(Self.escape(issue.title))</title>"
        // Influential opponents: the corner to watch.
        svg += "<rect x=\"\(Self.number(left))\" y=\"\(Self.number(top))\" width=\"\(Self.number(cell * 2))\" height=\"\(Self.number(rowHeight * 2))\" fill=\"#fbe3e3\"/>"
        svg += "<text x=\"\(Self.number(left + 4))\" y=\"\(Self.number(top + 12))\" class=\"axis\">influential and opposed</text>"
        for rating in 0...5 {
            let y = top + rowHeight * Double(5 - rating) + rowHeight / 2
            svg += "<text x=\"\(Self.number(left - 8))\" y=\"\(Self.number(y + 4))\" text-anchor=\"end\" class=\"axis\">\(rating == 0 ? "unrated" : "\(rating)")</text>"
            svg += "<line x1=\"\(Self.number(left))\" y1=\"\(Self.number(y))\" x2=\"\(Self.number(width - 10))\" y2=\"\(Self.number(y))\" class=\"grid\"/>"
        }
        for stance in -2...2 {
            let x = left + cell * Double(stance + 2) + cell / 2
            svg += "<text x=\"\(Self.number(x))\" y=\"\(Self.number(height - 8))\" text-anchor=\"middle\" class=\"axis\">\(ReportText.stance(stance))</text>"
        }
        // Numbered dots, up to five abreast in a cell, and a key below naming each.
        func cellOf(_ point: Components.Schemas.IssueSummary.MapPayloadPayload) -> String { "\(point.influence ?? 0) \(point.stance)" }
        var inCell: [String: Int] = [:]
        for point in issue.map { inCell[cellOf(point), default: 0] += 1 }
        var placed: [String: Int] = [:]
        for (index, point) in issue.map.enumerated() {
            let rating = point.influence ?? 0
            let slot = placed[cellOf(point), default: 0]
            placed[cellOf(point)] = slot + 1
            // Centred in the cell: a row of up to five, a second row below when there are more.
            let rowCount = Double(min(5, inCell[cellOf(point)]! - slot / 5 * 5))
            let x = left + cell * Double(point.stance + 2) + cell / 2 + (Double(slot % 5) - (rowCount - 1) / 2) * 20
            let rows = (inCell[cellOf(point)]! + 4) / 5
            let y = top + rowHeight * Double(5 - rating) + rowHeight / 2 + (Double(slot / 5) - Double(rows - 1) / 2) * 18
            svg += "<g><circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"9\" fill=\"\(Self.sectorColours[point.sector] ?? "#999")\" stroke=\"#fff\"/>"
            svg += "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y + 4))\" text-anchor=\"middle\" class=\"in-bar\" style=\"font-size:10px\">\(index + 1)</text>"
            svg += "<title>\(Self.escape(point.name)) (\(Self.escape(ReportText.sector(point.sector)))): influence \(point.influence.map(String.init) ?? "unrated"), stance \(ReportText.stance(point.stance))</title></g>"
        }
        svg += "</svg><ol class=\"key\">"
        for point in issue.map {
            svg += "<li><span style=\"background:\(Self.sectorColours[point.sector] ?? "#999")\"></span>\(Self.escape(point.name)): influence "
                + "\(point.influence.map(String.init) ?? "unrated"), \(ReportText.stance(point.stance))</li>"
        }
        return svg + "</ol>"
    }

    // MARK: The page

    func render() -> String {
        let engagement = summary.engagement
        let title = "Consensus summary, \(summary.from) to \(summary.to)"
        let largest = summary.issues.flatMap(\.sectors).map { Double(max($0.counts[0] + $0.counts[1], $0.counts[3] + $0.counts[4])) + Double($0.counts[2]) / 2 }
            .max() ?? 1
        let unit = min(40, 240 / max(1, largest))
        var html = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title))</title>
            <style>
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #222; margin: 2rem auto; max-width: 980px; padding: 0 1rem; }
            h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; } h3 { margin-bottom: .2rem; }
            .lead { font-size: 1.05rem; } .muted { color: #666; }
            .chart text { font-size: 12px; fill: #222; } .chart .axis { fill: #666; font-size: 11px; } .chart .in-bar { fill: #fff; font-weight: 600; }
            .chart .grid { stroke: #e5e5e5; } .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; font-size: 13px; }
            .legend span { display: inline-block; width: 12px; height: 12px; margin-right: .35rem; vertical-align: -1px; }
            table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: 14px; } th, td { padding: .25rem .6rem; border-bottom: 1px solid #eee; text-align: left; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .up { color: #2166ac; } .down { color: #b2182b; } blockquote { margin: .8rem 0; padding-left: 1rem; border-left: 3px solid #ccc; }
            .issue { page-break-inside: avoid; }
            ol.key { columns: 2; font-size: 13px; margin-top: .2rem; } ol.key span { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: .3rem; }
            </style></head><body>
            <h1>\(Self.escape(title))</h1>
            <p class="lead">\(engagement.meetings) meetings with \(engagement.stakeholders) people and organisations, \(engagement.firstTime) of them met for the first time.</p>
            <ul class="legend">
            """
        for (index, label) in ReportText.stanceLabels.enumerated() {
            html += "<li><span style=\"background:\(Self.stanceColours[index])\"></span>\(label)</li>"
        }
        html += "</ul>\n<h2>Where the sectors stand</h2>\n"
        html += "<p class=\"muted\">Each organisation's latest position by the period's end (a person's counts for the organisation they represented). Convergence runs from 0 (government, parties and civil society at opposite ends) to 1 (all agree).</p>\n"
        for issue in summary.issues {
            html += "<section class=\"issue\"><h3>\(Self.escape(issue.title))</h3><p>\(Self.escape(ReportText.trend(issue)))</p>\n"
            if issue.sectors.isEmpty {
                html += "<p class=\"muted\">No positions recorded.</p></section>\n"
                continue
            }
            html += stanceBars(issue, unit: unit) + "\n"
            if !issue.movements.isEmpty {
                html += "<ul>" + issue.movements.map { movement in
                    "<li class=\"\(movement.change > 0 ? "up" : "down")\">\(movement.change > 0 ? "▲" : "▼") \(Self.escape(movement.name))"
                        + "\(movement.sector.map { " (\(Self.escape(ReportText.sector($0))))" } ?? ""): \(ReportText.stance(movement.from)) → \(ReportText.stance(movement.to))</li>"
                }.joined() + (ReportText.more(shown: issue.movements.count, of: issue.movementsTotal, "changes").map { "<li class=\"muted\">\($0)</li>" } ?? "")
                    + "</ul>\n"
            }
            html += "</section>\n"
        }
        html += "<h2>Convergence over time</h2>\n" + convergenceChart() + "\n"
        html += "<h2>Meetings per week by sector</h2>\n<p class=\"muted\">A meeting with several sectors counts once for each.</p>\n" + weeklyChart() + "\n"
        html += "<h2>Influence and stance</h2>\n<p class=\"muted\">Who carries weight (1-5) against where they stand at the period's end; the shaded corner holds influential actors who still oppose.</p>\n"
        for issue in summary.issues where !issue.map.isEmpty {
            html += "<section class=\"issue\"><h3>\(Self.escape(issue.title))</h3>\n" + stakeholderMap(issue)
            if issue.mapTotal > issue.map.count {
                html += "<p class=\"muted\">The \(issue.map.count) most influential of \(issue.mapTotal) holding a stance (raise --top to show more).</p>\n"
            }
            html += "</section>\n"
        }
        html += "<h2>Engagement</h2>\n<table><tr><th>Sector</th><th>Met</th><th>First time</th></tr>"
        for breadth in engagement.bySector {
            html += "<tr><td>\(Self.escape(ReportText.sector(breadth.key)))</td><td class=\"n\">\(breadth.met)</td><td class=\"n\">\(breadth.firstTime)</td></tr>"
        }
        html += "</table>\n<table><tr><th>Region</th><th>Met</th><th>First time</th></tr>"
        for breadth in engagement.byRegion {
            html += "<tr><td>\(Self.escape(ReportText.region(breadth.key)))</td><td class=\"n\">\(breadth.met)</td><td class=\"n\">\(breadth.firstTime)</td></tr>"
        }
        html += "</table>\n<h2>Not met in the last \(summary.gapDays) days</h2>\n"
        if summary.gaps.isEmpty {
            html += "<p>Every organisation was met.</p>\n"
        } else {
            html += "<table><tr><th>Organisation</th><th>Sector</th><th>Region</th><th>Last met</th></tr>"
            for gap in summary.gaps {
                html += "<tr><td>\(Self.escape(gap.name))</td><td>\(Self.escape(ReportText.sector(gap.sector)))</td><td>\(Self.escape(gap.region.map(ReportText.region) ?? ""))</td>"
                    + "<td>\(gap.lastMet.map { "\($0) (\(gap.daysSince ?? 0) days)" } ?? "never")</td></tr>"
            }
            html += "</table>\n"
            if let more = ReportText.more(shown: summary.gaps.count, of: summary.gapsTotal, "organisations") { html += "<p class=\"muted\">\(more)</p>\n" }
        }
        let commitments = summary.commitments
        html += "<h2>Follow-ups</h2>\n<p>\(commitments.opened) made, \(commitments.done) done, \(commitments.open) open, \(commitments.overdue) overdue.</p>\n"
        if !commitments.overdueItems.isEmpty {
            html += "<table><tr><th>Due</th><th>Overdue follow-up</th><th>Owed by</th></tr>"
            for item in commitments.overdueItems {
                html += "<tr><td>\(item.dueOn ?? "")</td><td>\(Self.escape(item.description))</td><td>\(Self.escape(item.owner ?? ""))</td></tr>"
            }
            html += "</table>\n"
            if let more = ReportText.more(shown: commitments.overdueItems.count, of: commitments.overdue, "overdue") { html += "<p class=\"muted\">\(more)</p>\n" }
        }
        if !summary.quotes.isEmpty {
            html += "<h2>In their words</h2>\n"
            for quote in summary.quotes {
                html += "<blockquote>“\(Self.escape(quote.quote))”<br><span class=\"muted\">— \(Self.escape(quote.name)), on \(Self.escape(quote.issueTitle)), \(quote.date)</span></blockquote>\n"
            }
        }
        return html + "</body></html>\n"
    }
}
