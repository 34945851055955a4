import Hummingbird
import NIOCore

/// The per-request context: Hummingbird's basics plus the client's address, which login
/// throttling counts failures against.
public struct LiaisonRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
