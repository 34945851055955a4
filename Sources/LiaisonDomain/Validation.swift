// Lengths are counted in Unicode code points, as PostgreSQL's length() counts them, so that what
// passes here also passes the database's CHECK constraints.

/// Collects field-level problems while checking a request, so that the caller hears about all
/// of them at once.
public struct Validator: Sendable {
    public private(set) var problems: [FieldProblem] = []

    public init() {}

    public mutating func add(_ field: String, _ reason: String) {
        problems.append(FieldProblem(field: field, reason: reason))
    }

    /// Required text: not empty once trimmed, at most `maximum` characters. Returns it trimmed.
    @discardableResult
    public mutating func required(_ value: String, _ field: String, maximum: Int) -> String {
        let trimmed = value.trimmed
        if trimmed.isEmpty {
            add(field, "must not be empty")
        } else if trimmed.unicodeScalars.count > maximum {
            add(field, "must be at most \(maximum) characters (got \(trimmed.unicodeScalars.count))")
        }
        return trimmed
    }

    /// Optional text: at most `maximum` characters. Returns it trimmed (empty when absent).
    @discardableResult
    public mutating func optional(_ value: String?, _ field: String, maximum: Int) -> String {
        let trimmed = (value ?? "").trimmed
        if trimmed.unicodeScalars.count > maximum {
            add(field, "must be at most \(maximum) characters (got \(trimmed.unicodeScalars.count))")
        }
        return trimmed
    }

    /// A list of short texts: each non-empty and at most `maximum` characters, at most `count` of
    /// them. Returns them trimmed, without duplicates, in order.
    @discardableResult
    public mutating func list(_ values: [String]?, _ field: String, maximum: Int, count: Int) -> [String] {
        let values = values ?? []
        if values.count > count { add(field, "must have at most \(count) entries (got \(values.count))") }
        var seen = Set<String>()
        var result: [String] = []
        for (index, value) in values.enumerated() {
            let trimmed = value.trimmed
            if trimmed.isEmpty {
                add("\(field)/\(index)", "must not be empty")
            } else if trimmed.unicodeScalars.count > maximum {
                add("\(field)/\(index)", "must be at most \(maximum) characters")
            } else if seen.insert(trimmed).inserted {
                result.append(trimmed)
            }
        }
        return result
    }

    /// A slug such as `political-party`: lower-case letters, digits and single hyphens.
    @discardableResult
    public mutating func slug(_ value: String?, _ field: String) -> String? {
        guard let value else { return nil }
        let slug = value.trimmed.lowercased()
        let valid = !slug.isEmpty && slug.count <= 64 && !slug.hasPrefix("-") && !slug.hasSuffix("-")
            && !slug.contains("--") && slug.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
        if !valid { add(field, "'\(value)' is not a valid identifier (lower-case letters, digits and hyphens)") }
        return slug
    }

    /// Throws `DomainError.invalid` when anything was wrong.
    public func check() throws(DomainError) {
        if !problems.isEmpty { throw .invalid(problems) }
    }
}

extension StringProtocol {
    /// Without leading and trailing white space (including newlines).
    public var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
