import ArgumentParser

/// "Did you mean": for a word typed where a command group expects one of its commands.
enum CommandSuggestion {
    struct Unknown: Equatable {
        /// The word that names no command.
        var word: String
        /// The commands before it, e.g. ["org"].
        var path: [String]
        /// The group's commands closest to it, closest first.
        var suggestions: [String]
    }

    /// Walks `arguments` down the command tree; at the first word that a group does not know,
    /// says which it is and what comes close. Nil when every word names a command (or the first
    /// word after the groups is an option or a command's own argument).
    static func unknownCommand(in arguments: [String], root: any ParsableCommand.Type) -> Unknown? {
        var command = root
        var path: [String] = []
        for word in arguments {
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty || word.hasPrefix("-") { return nil }
            if let next = subcommands.first(where: { names(of: $0).contains(word) }) {
                command = next
                path.append(word)
                continue
            }
            let scored = subcommands.flatMap(names(of:)).map { (name: $0, distance: distance($0, word)) }
            let close = scored.filter { $0.distance <= max(1, min(2, word.count / 3)) || ($0.name.hasPrefix(word) && word.count >= 2) }
                .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.map(\.name)
            return Unknown(word: word, path: path, suggestions: Array(close.prefix(3)))
        }
        return nil
    }

    /// The line shown for an unknown command.
    static func message(_ unknown: Unknown) -> String {
        let group = (["liaison"] + unknown.path).joined(separator: " ")
        var text = "'\(unknown.word)' is not a command of `\(group)`"
        if !unknown.suggestions.isEmpty {
            text += "; did you mean " + unknown.suggestions.map { "`\(group) \($0)`" }.joined(separator: " or ") + "?"
        }
        return text + " (see `\(group) --help`)"
    }

    static func names(of command: any ParsableCommand.Type) -> [String] {
        [command._commandName] + command.configuration.aliases
    }

    /// Edits (insert, delete, change, or swap two neighbours) from one word to the other.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let change = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + change)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1) }
            }
        }
        return table[a.count][b.count]
    }
}
