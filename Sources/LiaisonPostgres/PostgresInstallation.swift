import Foundation

/// The PostgreSQL server programs (`initdb`, `pg_ctl`) found on this machine.
public struct PostgresInstallation: Sendable, Equatable {
    /// The directory holding both programs.
    public var binDirectory: String

    public var initdb: String { binDirectory + "/initdb" }
    public var pgCtl: String { binDirectory + "/pg_ctl" }

    /// Another program of the same installation (pg_dump, pg_restore): next to initdb, or next to
    /// the file initdb links to (a distribution may link only some programs onto PATH).
    public func program(_ name: String) -> String {
        let beside = binDirectory + "/" + name
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        let real = URL(fileURLWithPath: initdb).resolvingSymlinksInPath().deletingLastPathComponent().path + "/" + name
        return FileManager.default.isExecutableFile(atPath: real) ? real : beside
    }

    public init(binDirectory: String) { self.binDirectory = binDirectory }

    /// Looks on `PATH` first, then in Debian's `/usr/lib/postgresql/VERSION/bin`, newest first.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> PostgresInstallation
    {
        let fileManager = FileManager.default
        var candidates = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let versioned = (try? fileManager.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        candidates += versioned
            .compactMap { name in Int(name).map { (name, $0) } }
            .sorted { $0.1 > $1.1 }
            .map { "/usr/lib/postgresql/\($0.0)/bin" }
        for directory in candidates where !directory.isEmpty {
            if fileManager.isExecutableFile(atPath: directory + "/initdb"),
                fileManager.isExecutableFile(atPath: directory + "/pg_ctl")
            {
                return PostgresInstallation(binDirectory: directory)
            }
        }
        throw EmbeddedClusterError.notInstalled
    }
}

/// Why the embedded cluster could not be set up, in words an operator can act on.
public enum EmbeddedClusterError: Error, Sendable, CustomStringConvertible, Equatable {
    case notInstalled
    case noUnprivilegedUser(String)
    case notTraversable(path: String, user: String)
    case socketPathTooLong(String)
    case commandFailed(command: String, output: String)
    case runuserMissing

    public var description: String {
        switch self {
        case .notInstalled:
            return """
                PostgreSQL's server programs (initdb and pg_ctl) were not found on PATH or in \
                /usr/lib/postgresql/*/bin. Install the PostgreSQL server: on Debian or Ubuntu \
                `apt-get install postgresql` (and `libpq-dev` to build Liaison), on Fedora \
                `dnf install postgresql-server`, on macOS `brew install postgresql@15`. Or point \
                liaisond at an existing database with --database-url.
                """
        case .noUnprivilegedUser(let name):
            return """
                liaisond is running as root and PostgreSQL refuses to run as root, but the account \
                '\(name)' that should run the embedded cluster does not exist. Create it \
                (`useradd --system \(name)`), name another with --postgres-user, or run liaisond \
                as an ordinary user.
                """
        case .notTraversable(let path, let user):
            return """
                the embedded cluster runs as '\(user)', which cannot enter \(path). Choose a data \
                directory whose parent directories '\(user)' may traverse (for example under \
                /var/lib or /srv), or loosen the permissions of \(path).
                """
        case .socketPathTooLong(let path):
            return "the data directory path is too long for a unix socket (\(path)); choose a shorter --data-dir"
        case .runuserMissing:
            return """
                liaisond is running as root and needs `runuser` (from util-linux) to run the \
                embedded PostgreSQL as an unprivileged account; install util-linux, or run \
                liaisond as an ordinary user.
                """
        case .commandFailed(let command, let output):
            return "\(command) failed:\n\(output)"
        }
    }
}
