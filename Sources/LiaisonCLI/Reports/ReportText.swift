import Foundation
import LiaisonAPI
import LiaisonClient

/// Words and numbers shared by the summary's terminal, Markdown and HTML forms.
enum ReportText {
    static func sector(_ slug: String) -> String {
        switch slug {
        case "government": "Government"
        case "political-party": "Political parties"
        case "civil-society": "Civil society"
        case "international": "International"
        case "religious": "Religious"
        case "media": "Media"
        case "other": "Other"
        case "unaffiliated": "Individuals"
        default: slug.replacingOccurrences(of: "-", with: " ").capitalized
        }
    }

    static func region(_ slug: String) -> String {
        switch slug {
        case "rrs": "Districts of Republican Subordination"
        case "gbao": "Gorno-Badakhshan (GBAO)"
        case "unknown": "Region not recorded"
        default: slug.replacingOccurrences(of: "-", with: " ").capitalized
        }
    }

    static let stanceLabels = ["strongly opposes", "opposes", "neutral", "supports", "strongly supports"]

    /// "0.62".
    static func figure(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "n/a" }

    /// "+0.15", "−0.08", "±0.00".
    static func change(_ value: Double?) -> String {
        guard let value else { return "" }
        if abs(value) < 0.005 { return "±0.00" }
        return (value > 0 ? "+" : "−") + String(format: "%.2f", abs(value))
    }

    /// "… and 12 more changes (raise --top to list them)" when a list holds fewer than its total.
    static func more(shown: Int, of total: Int, _ noun: String, listed: Bool = false) -> String? {
        guard total > shown else { return nil }
        return "… and \(total - shown) more \(noun)" + (listed ? "" : " (raise --top to list them)")
    }

    /// "+1", "−2", "0" with a real minus sign.
    static func stance(_ value: Int) -> String { value > 0 ? "+\(value)" : value < 0 ? "−\(-value)" : "0" }

    static func mean(_ value: Double?) -> String {
        guard let value else { return "" }
        return (value > 0.0049 ? "+" : value < -0.0049 ? "−" : "") + String(format: "%.2f", abs(value))
    }

    /// A sentence on where an issue's convergence went.
    static func trend(_ issue: Components.Schemas.IssueSummary) -> String {
        guard let now = issue.convergence else { return "too few sectors have stated a position to measure convergence" }
        guard let change = issue.convergenceChange, let start = issue.convergenceAtStart else {
            return "convergence \(figure(now)) (not measurable before the period)"
        }
        let direction = change > 0.005 ? "broadening" : change < -0.005 ? "narrowing" : "unchanged"
        return "convergence \(figure(now)), \(direction) (\(self.change(change)) from \(figure(start)))"
    }
}
