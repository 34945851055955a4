import Hummingbird
import NIOCore

/// The per-request context: Hummingbird's basics plus the client's address, which login
/// throttling counts failures against, and the connection's hang-up watcher.
public struct LiaisonRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// Watches the connection for its client going away (nil where no `HangUpHandler` runs,
    /// as in tests that call the router directly).
    let hangUps: HangUpWatcher?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        hangUps = HangUpWatcher.watcher(for: source.channel)
    }
}
