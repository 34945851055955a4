/// How to reach a PostgreSQL server, as libpq connection keywords.
///
/// Values are passed to libpq as separate keyword/value pairs (`PQconnectdbParams`), never
/// pasted into a connection string, so a password or path with spaces or quotes is safe. Anything
/// not given here comes from libpq's own defaults: the `PG*` environment variables, the
/// connection service file and `~/.pgpass`.
public struct ConnectionConfiguration: Sendable, Equatable {
    public struct Parameter: Sendable, Equatable {
        public var keyword: String
        public var value: String
        public init(_ keyword: String, _ value: String) {
            self.keyword = keyword
            self.value = value
        }
    }

    /// Keyword/value pairs in order; a later keyword overrides an earlier one. A first `dbname`
    /// may be a `postgresql://` URL or a `key=value` connection string, which libpq expands.
    public var parameters: [Parameter]

    public init(parameters: [Parameter] = []) { self.parameters = parameters }

    /// Everything from libpq's defaults (PG* environment, service file, .pgpass).
    public static let libpqDefaults = ConnectionConfiguration()

    /// A `postgresql://` URL or a `key=value` connection string.
    public static func url(_ url: String) -> ConnectionConfiguration {
        ConnectionConfiguration(parameters: [Parameter("dbname", url)])
    }

    /// A server listening on a unix socket in `directory`.
    public static func socket(directory: String, port: Int, user: String, database: String)
        -> ConnectionConfiguration
    {
        ConnectionConfiguration(parameters: [
            Parameter("host", directory), Parameter("port", String(port)),
            Parameter("user", user), Parameter("dbname", database),
        ])
    }

    /// The same server with a different database.
    public func database(_ name: String) -> ConnectionConfiguration {
        // libpq expands only the first dbname; a later one is a plain name that overrides it.
        setting("dbname", name)
    }

    /// The same, with `keyword` set to `value` unless the configuration (or a URL in it) sets it.
    public func defaulting(_ keyword: String, _ value: String) -> ConnectionConfiguration {
        // Placed first: whatever comes later, including a URL's expansion, overrides it.
        ConnectionConfiguration(parameters: [Parameter(keyword, value)] + parameters)
    }

    /// The same server with one more keyword set.
    public func setting(_ keyword: String, _ value: String) -> ConnectionConfiguration {
        var copy = self
        copy.parameters.append(Parameter(keyword, value))
        return copy
    }
}
