import Foundation

/// What an audit entry changed, in one line: `notes: "" → "Edited"; sector: "media" → "government"`.
enum AuditChanges {
    /// Columns every change touches, which say nothing about what changed.
    static let bookkeeping: Set<String> = ["version", "updated_at", "created_at", "clearance"]

    /// The fields that differ between `before` and `after` (JSON objects as the trail keeps them);
    /// for a record created or removed, the fields it had that are not empty.
    static func describe(before: String?, after: String?) -> String {
        let old = object(before), new = object(after)
        let keys = Set(old.keys).union(new.keys).subtracting(bookkeeping).sorted()
        if old.isEmpty || new.isEmpty {
            let only = old.isEmpty ? new : old
            return keys.filter { $0 != "id" && !isEmpty(only[$0]) }.map { "\($0): \(text(only[$0]))" }.joined(separator: "; ")
        }
        return keys.filter { text(old[$0]) != text(new[$0]) }.map { "\($0): \(text(old[$0])) → \(text(new[$0]))" }.joined(separator: "; ")
    }

    static func object(_ json: String?) -> [String: Any] {
        guard let json, let data = json.data(using: .utf8) else { return [:] }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    static func isEmpty(_ value: Any?) -> Bool {
        switch value {
        case nil, is NSNull: return true
        case let text as String: return text.isEmpty
        case let list as [Any]: return list.isEmpty
        default: return false
        }
    }

    /// A value as JSON, strings quoted and cut at 60 characters, so that a long note fits a line.
    static func text(_ value: Any?) -> String {
        guard let value, !(value is NSNull) else { return "null" }
        if let string = value as? String {
            let cut = string.count > 60 ? String(string.prefix(59)) + "…" : string
            return "\"" + cut.replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        guard JSONSerialization.isValidJSONObject([value]),
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }
}
