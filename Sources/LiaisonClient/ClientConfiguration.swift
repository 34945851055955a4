import Foundation

/// Where the client finds its server and token: `--server`, then `LIAISON_SERVER` /
/// `LIAISON_TOKEN`, then the config file `$XDG_CONFIG_HOME/liaison/config.json`
/// (`~/.config/liaison/config.json`), which is created readable by its owner only.
public struct ClientConfiguration: Codable, Equatable, Sendable {
    public var server: String?
    public var token: String?
    /// The time zone meeting times without an offset are read in (an IANA name).
    public var timeZone: String?

    public init(server: String? = nil, token: String? = nil, timeZone: String? = nil) {
        self.server = server
        self.token = token
        self.timeZone = timeZone
    }

    public static let defaultServer = "http://127.0.0.1:8080"

    /// The config file's path for an environment.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/liaison/config.json" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/liaison/config.json"
    }

    /// The stored configuration; empty when there is none yet.
    public static func load(from path: String) throws -> ClientConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else { return ClientConfiguration() }
        do {
            return try JSONDecoder().decode(ClientConfiguration.self, from: data)
        } catch {
            throw ClientError.configuration("\(path) is not a valid configuration file; fix or remove it (\(error))")
        }
    }

    /// Writes the file with mode 0600 (its directory 0700), replacing it atomically.
    public func save(to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(self)
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw ClientError.configuration("cannot write \(temporary)")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ClientError.configuration("cannot replace \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// What to use, with the overrides applied: flag, then environment, then file.
    public static func resolve(
        serverFlag: String?, environment: [String: String] = ProcessInfo.processInfo.environment, file: ClientConfiguration
    ) -> (server: String, token: String?) {
        let server = serverFlag ?? environment["LIAISON_SERVER"].flatMap { $0.isEmpty ? nil : $0 } ?? file.server ?? defaultServer
        // A token belongs to the server it came from: with another server named, only LIAISON_TOKEN applies.
        let fileToken = server == (file.server ?? defaultServer) ? file.token : nil
        let token = environment["LIAISON_TOKEN"].flatMap { $0.isEmpty ? nil : $0 } ?? fileToken
        return (server, token)
    }
}
