import ArgumentParser
import Foundation
import LiaisonServer
import Logging

@main
struct Liaisond: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaisond",
        abstract: "The Liaison server: an HTTP JSON API over PostgreSQL.",
        discussion: """
            With no database configured, liaisond keeps its own PostgreSQL cluster in a data \
            directory (--data-dir, default /var/lib/liaison for root, else \
            ~/.local/share/liaison). Give --database-url, or libpq's PG* variables, to use a \
            shared PostgreSQL server instead.

            Examples:
              liaisond serve --data-dir /srv/liaison --port 8080
              liaisond migrate --database-url postgresql://liaison@db.example/liaison
              PGHOST=db.example PGDATABASE=liaison liaisond serve --host 0.0.0.0
            """,
        version: LiaisonVersion.current,
        subcommands: [Serve.self, Migrate.self, Demo.self, UserCommand.self, Backup.self, Export.self, Import.self])
}

/// Where the database is; shared by every subcommand.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: ArgumentHelp(
        "A postgresql:// URL or libpq connection string (env: LIAISON_DATABASE_URL).", valueName: "url"))
    var databaseURL: String?

    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "Data directory of the embedded PostgreSQL cluster (env: LIAISON_DATA_DIR).", valueName: "dir"))
    var dataDirectory: String?

    @Option(name: .customLong("postgres-user"), help: ArgumentHelp(
        "Account that runs the embedded cluster when liaisond runs as root (env: LIAISON_POSTGRES_USER; default: postgres).",
        valueName: "name"))
    var postgresUser: String?

    @Option(name: .customLong("postgres-port"), help: ArgumentHelp(
        "Also let the embedded cluster listen on 127.0.0.1 at this TCP port (default: unix socket only).",
        valueName: "port"))
    var postgresPort: Int?

    func validate() throws {
        if databaseURL != nil, dataDirectory != nil {
            throw ValidationError("give either --database-url or --data-dir, not both")
        }
        if let postgresPort, !(1...65535).contains(postgresPort) {
            throw ValidationError("--postgres-port must be between 1 and 65535")
        }
    }

    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> ServerConfiguration.Database {
        ServerConfiguration.database(
            url: databaseURL, dataDirectory: dataDirectory, postgresUser: postgresUser,
            postgresPort: postgresPort, environment: environment)
    }
}

/// Logging; shared by every subcommand.
struct LogOptions: ParsableArguments {
    @Option(name: .customLong("log-level"), help: ArgumentHelp(
        "trace, debug, info, notice, warning, error or critical (env: LIAISON_LOG_LEVEL; default: info).",
        valueName: "level"))
    var level: String?

    @Option(name: .customLong("log-format"), help: ArgumentHelp(
        "text or json (env: LIAISON_LOG_FORMAT; default: text).", valueName: "format"))
    var format: String?

    var resolvedLevel: Logger.Level {
        let text = level ?? ProcessInfo.processInfo.environment["LIAISON_LOG_LEVEL"] ?? "info"
        return Logger.Level(rawValue: text.lowercased()) ?? .info
    }

    var resolvedFormat: LogFormat {
        let text = format ?? ProcessInfo.processInfo.environment["LIAISON_LOG_FORMAT"] ?? "text"
        return LogFormat(rawValue: text.lowercased()) ?? .text
    }

    func validate() throws {
        if let level, Logger.Level(rawValue: level.lowercased()) == nil {
            throw ValidationError("unknown log level '\(level)'; use trace, debug, info, notice, warning, error or critical")
        }
        if let format, LogFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("unknown log format '\(format)'; use text or json")
        }
    }

    /// Sets up logging and returns the command's logger.
    func makeLogger() -> Logger {
        resolvedFormat.bootstrap(level: resolvedLevel)
        return Logger(label: "liaisond")
    }
}

/// Prints an operator-facing error and exits non-zero, without Swift's error dump.
func fail(_ error: any Error) -> ExitCode {
    FileHandle.standardError.write(Data("liaisond: \(error)\n".utf8))
    return ExitCode(1)
}
