import ArgumentParser
import Foundation
import LiaisonClient

/// What the command line knows about the person at the other end.
enum Terminal {
    /// A person is at a terminal: prompts go to standard error and answers come from standard input.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 }

    /// One line on standard error: `liaison: what went wrong`.
    static func error(_ text: String) {
        let style = Style.standardError
        FileHandle.standardError.write(Data((style.paint("liaison:", .red) + " " + printable(text) + "\n").utf8))
    }

    /// A remark on standard error that is not a failure.
    static func note(_ text: String) {
        let style = Style.standardError
        FileHandle.standardError.write(Data((style.paint("liaison:", .yellow) + " " + printable(text) + "\n").utf8))
    }
}

/// Text from the database made safe for a terminal: control characters (escape sequences could
/// move the cursor, retitle the window or hide text) become U+FFFD; line breaks and tabs stay.
func printable(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.map {
        $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" ? "\u{FFFD}" : $0
    }))
}

/// Colour, only on a terminal, never with NO_COLOR set (https://no-color.org) or TERM=dumb.
struct Style: Sendable {
    enum Colour: String, Sendable {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    let enabled: Bool

    static func wanted(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    static let standardOutput = Style(
        enabled: wanted(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment))
    static let standardError = Style(
        enabled: wanted(isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment))

    func paint(_ text: String, _ colour: Colour) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Green for support, red for opposition.
    static func stance(_ text: String) -> Colour? {
        if text.contains("+") { return .green }
        if text.contains("-") { return .red }
        return nil
    }
}

/// Questions asked at a terminal. Reading and writing are injected so that the dialogue can be tested.
struct Prompter: Sendable {
    let readLine: @Sendable () -> String?
    let write: @Sendable (String) -> Void

    static let terminal = Prompter(
        readLine: { Swift.readLine(strippingNewline: true) },
        write: { FileHandle.standardError.write(Data($0.utf8)) })

    /// Asks for a value; Enter takes the default. Nil at the end of input.
    func ask(_ question: String, default value: String? = nil) -> String? {
        write(value.map { "\(question) [\($0)]: " } ?? "\(question): ")
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces) else { return nil }
        return answer.isEmpty ? value ?? "" : answer
    }

    /// Asks again until something is typed (nil at the end of input).
    func require(_ question: String, default value: String? = nil) -> String? {
        while true {
            guard let answer = ask(question, default: value) else { return nil }
            if !answer.isEmpty { return answer }
        }
    }

    /// A yes-or-no question; anything but y or yes (or the end of input) is no.
    func confirm(_ question: String) -> Bool {
        write("\(question) [y/N]: ")
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return answer == "y" || answer == "yes"
    }

    /// Asks which of several records a name means. Nil when the person gives up (Enter, or end of input).
    func choose(typed: String, noun: String, candidates: [NameResolver.Candidate]) -> NameResolver.Candidate? {
        var text = "'\(typed)' could be more than one \(noun):\n"
        for (number, candidate) in candidates.enumerated() {
            let context = candidate.context.isEmpty ? "" : " (\(candidate.context))"
            text += "  \(number + 1). \(candidate.name)\(context)  \(candidate.id)\n"
        }
        write(text)
        while true {
            write("Which one? [1-\(candidates.count), Enter to stop]: ")
            guard let answer = readLine()?.trimmingCharacters(in: .whitespaces), !answer.isEmpty else { return nil }
            if let number = Int(answer), (1...candidates.count).contains(number) { return candidates[number - 1] }
            write("Type a number from 1 to \(candidates.count).\n")
        }
    }
}

/// Long text written in the user's editor, as `git commit` does.
enum Editor {
    /// Everything from this line down is instructions, not text (so that Markdown headings survive).
    static let scissors = "# ------------------------ >8 ------------------------"

    /// LIAISON_EDITOR, then VISUAL, then EDITOR, then vi.
    static func command(environment: [String: String]) -> String { configured(environment) ?? "vi" }

    static func configured(_ environment: [String: String]) -> String? {
        for name in ["LIAISON_EDITOR", "VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return nil
    }

    /// Where the text last written in the editor is kept (readable by you only), so that a failure
    /// after the editor closes loses nothing: `$XDG_STATE_HOME/liaison/last-notes.md`.
    static func keptPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        Outbox(environment: environment).directory.replacingOccurrences(of: "/outbox", with: "") + "/last-notes.md"
    }

    static func template(text: String, instructions: [String]) -> String {
        (text.isEmpty ? "\n" : text + (text.hasSuffix("\n") ? "" : "\n")) + "\n" + scissors + "\n"
            + (["Do not change or remove the line above; everything below it is ignored."] + instructions).map { "# " + $0 }
            .joined(separator: "\n") + "\n"
    }

    /// The text written above the scissors line, without trailing blank lines.
    static func text(fromEdited content: String) -> String {
        var kept = content
        if let cut = content.range(of: scissors) { kept = String(content[..<cut.lowerBound]) }
        return kept.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Opens the editor on `text` with the instructions below it; returns what was saved.
    static func edit(_ text: String, instructions: [String], environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let directory = NSTemporaryDirectory() + "liaison-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/NOTES.md"
        guard FileManager.default.createFile(
            atPath: path, contents: Data(template(text: text, instructions: instructions).utf8), attributes: [.posixPermissions: 0o600])
        else { throw ClientError.configuration("cannot write \(path) for the editor") }

        if configured(environment) == nil && isatty(STDIN_FILENO) != 1 {
            throw ClientError.usage("there is no terminal for the editor; set EDITOR (or LIAISON_EDITOR), or give the text on the command line")
        }
        let editor = command(environment: environment)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // As git does: the editor setting may carry arguments ("code --wait").
        process.arguments = ["-c", "\(editor) \"$@\"", editor, path]
        do {
            try process.run()
        } catch {
            throw ClientError.configuration("cannot start the editor '\(editor)' (\(error)); set EDITOR")
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw ClientError.usage("the editor '\(editor)' failed (status \(process.terminationStatus)); nothing was changed")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ClientError.configuration("the editor removed \(path)")
        }
        let text = Self.text(fromEdited: String(decoding: data, as: UTF8.self))
        if !text.isEmpty {
            let kept = keptPath(environment: environment)
            try? FileManager.default.createDirectory(
                atPath: (kept as NSString).deletingLastPathComponent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            _ = FileManager.default.createFile(atPath: kept, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        }
        return text
    }

    /// Runs a command that may have opened the editor; when it fails afterwards, says where the text is.
    static func keepingText(_ used: Bool, _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let exit as ExitCode where used && exit.rawValue != 0 && exit.rawValue != 7 {
            Terminal.note("what you wrote in the editor is kept in \(keptPath()); nothing of it is lost")
            throw exit
        }
    }
}
