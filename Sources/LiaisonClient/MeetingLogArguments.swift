import Foundation
import LiaisonDomain

/// The one-line meeting log's arguments, read before anything is sent.
public enum MeetingLogArguments {
    /// Checks every repeated argument of a meeting at once, for a command's validate().
    public static func check(issues: [String], stances: [String], followups: [String]) throws {
        for text in issues { _ = try issue(text) }
        for text in stances { _ = try stance(text) }
        for text in followups { _ = try followup(text) }
    }

    /// `NAME=STANCE`, e.g. `Amnesty=+1`.
    public static func issue(_ text: String) throws -> (issue: String, stance: Stance) {
        let usage = "--issue wants NAME=STANCE with a stance from -2 to +2, e.g. \"Amnesty=+1\"; got '\(text)'"
        return try issueAndStance(text, usage: usage, noIssue: "--issue '\(text)' names no issue")
    }

    /// `STAKEHOLDER:ISSUE=STANCE`, e.g. `Ministry of Justice:Amnesty=-1`.
    public static func stance(_ text: String) throws -> (stakeholder: String, issue: String, stance: Stance) {
        let usage = "--stance wants STAKEHOLDER:ISSUE=STANCE with a stance from -2 to +2, e.g. \"Ministry of Justice:Amnesty=-1\"; got '\(text)'"
        guard let colon = text.firstIndex(of: ":") else { throw ClientError.usage(usage) }
        let stakeholder = text[..<colon].trimmed
        if stakeholder.isEmpty { throw ClientError.usage("--stance '\(text)' names no stakeholder") }
        let (issue, stance) = try issueAndStance(
            String(text[text.index(after: colon)...]), usage: usage, noIssue: "--stance '\(text)' names no issue")
        return (stakeholder, issue, stance)
    }

    /// `ISSUE=STANCE`, with the messages of the option it came with.
    private static func issueAndStance(_ text: String, usage: String, noIssue: String) throws -> (issue: String, stance: Stance) {
        guard let equals = text.lastIndex(of: "="), let stance = Stance(parsing: String(text[text.index(after: equals)...])) else {
            throw ClientError.usage(usage)
        }
        let name = text[..<equals].trimmed
        if name.isEmpty { throw ClientError.usage(noIssue) }
        return (name, stance)
    }

    /// `TEXT;due=DATE;owner=WHO`; due and owner are optional.
    public static func followup(_ text: String) throws -> (description: String, due: String?, owner: String?) {
        let parts = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmed }
        guard let description = parts.first, !description.isEmpty else { throw ClientError.usage("--followup '\(text)' has no text") }
        var due: String?
        var owner: String?
        for part in parts.dropFirst() {
            if part.hasPrefix("due=") {
                due = String(part.dropFirst(4))
                if CalendarDate(due!) == nil { throw ClientError.usage("--followup due date '\(due!)' is not YYYY-MM-DD") }
            } else if part.hasPrefix("owner=") {
                owner = String(part.dropFirst(6))
            } else {
                throw ClientError.usage("--followup part '\(part)' is neither due=DATE nor owner=WHO")
            }
        }
        return (description, due, owner)
    }

    /// A meeting time: RFC 3339 as is, or `YYYY-MM-DDTHH:MM` (or with a space) read in `zone`.
    public static func start(_ text: String, zone: TimeZone) throws -> String {
        if Timestamp.parse(text) != nil { return text }
        let normalized = text.replacingOccurrences(of: " ", with: "T")
        let parts = normalized.split(separator: "T")
        guard parts.count == 2, let day = CalendarDate(String(parts[0])) else {
            throw ClientError.usage("--on '\(text)' is not a date and time such as 2000-06-12T10:00")
        }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        guard (2...3).contains(clock.count), (0..<24).contains(clock[0]), (0..<60).contains(clock[1]) else {
            throw ClientError.usage("--on '\(text)' has no valid time of day (HH:MM)")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let date = calendar.date(from: DateComponents(
            year: day.year, month: day.month, day: day.day, hour: clock[0], minute: clock[1], second: clock.count == 3 ? clock[2] : 0))
        else { throw ClientError.usage("--on '\(text)' is not a time in \(zone.identifier)") }
        let offset = zone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
        let time = String(format: "%02d:%02d:%02d", clock[0], clock[1], clock.count == 3 ? clock[2] : 0)
        return "\(day)T\(time)\(sign)\(String(format: "%02d:%02d", hours, minutes))"
    }
}
