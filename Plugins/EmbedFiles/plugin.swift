import Foundation
import PackagePlugin

/// Embeds text files into the target as `EmbeddedFiles.all`.
///
/// The target lists what to embed in a file named `embed.txt`, one entry a line, each a path
/// relative to the package root; an entry ending in `/*.EXT` takes every file with that extension
/// in the folder, in name order. Lines starting with `#` are comments.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let sourceTarget = target as? SourceModuleTarget else { return [] }
        let listURL = sourceTarget.directoryURL.appending(path: "embed.txt")
        guard let list = try? String(contentsOf: listURL, encoding: .utf8) else { return [] }
        let root = context.package.directoryURL
        var files: [(name: String, url: URL)] = []
        for rawLine in list.split(separator: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let star = line.range(of: "/*.") {
                let folder = root.appending(path: String(line[..<star.lowerBound]))
                let ext = String(line[star.upperBound...])
                let names = try FileManager.default.contentsOfDirectory(atPath: folder.path())
                    .filter { $0.hasSuffix("." + ext) }
                    .sorted()
                files += names.map { (name: $0, url: folder.appending(path: $0)) }
            } else {
                let url = root.appending(path: line)
                files.append((name: url.lastPathComponent, url: url))
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) file(s) into \(target.name)",
                executable: try context.tool(named: "EmbedTool").url,
                arguments: [output.path()] + files.map { "\($0.name)=\($0.url.path())" },
                inputFiles: [listURL] + files.map(\.url),
                outputFiles: [output]
            )
        ]
    }
}
