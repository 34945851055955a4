import NIOCore
import NIOPosix

/// Where cancel requests are sent from: two threads of their own, shared by every connection.
///
/// libpq 15's `PQcancel` opens a connection to the server and waits for it, so it may run
/// neither on Swift's cooperative threads nor on an event loop. A thread per request would let
/// a burst of cancellations (every client of a busy server hanging up at once) start threads
/// without bound; here requests queue for the two threads instead, and a request that has to be
/// repeated waits its turn on an event loop's timer rather than on a sleeping thread.
enum CancelRequests {
    /// The threads `PQcancel` runs on.
    static let threadCount = 2
    private static let threads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: threadCount)
        pool.start()
        return pool
    }()

    /// Runs `attempt` on a cancel thread; while it returns true (the statement still runs and a
    /// request went out), runs it again `interval` later, at most `attempts` times in all.
    static func send(attempts: Int, interval: TimeAmount, _ attempt: @escaping @Sendable () -> Bool) {
        threads.submit { state in
            guard case .active = state, attempt(), attempts > 1 else { return }
            MultiThreadedEventLoopGroup.singleton.any().scheduleTask(in: interval) {
                send(attempts: attempts - 1, interval: interval, attempt)
            }
        }
    }
}
