import Foundation

/// An exclusive `flock` on `liaisond.lock` in a data directory, held while this process owns the
/// embedded cluster there.
///
/// `liaisond serve` holds it for its whole life and stops the cluster when it exits. A short
/// command (`migrate`, `user create`) that finds the lock taken knows a server is running the
/// cluster, uses it and leaves it running; one that gets the lock starts the cluster itself and
/// stops it again. The kernel drops the lock when the process dies, so a crash leaves no stale lock.
public final class DataDirectoryLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// Takes the lock, or returns nil at once when another process holds it.
    public static func tryAcquire(dataDirectory: String) throws -> DataDirectoryLock? {
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        let path = dataDirectory + "/liaisond.lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw EmbeddedClusterError.commandFailed(command: "open \(path)", output: String(cString: strerror(errno)))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return DataDirectoryLock(descriptor: descriptor) }
        let failure = errno
        close(descriptor)
        if failure == EWOULDBLOCK { return nil }
        throw EmbeddedClusterError.commandFailed(command: "lock \(path)", output: String(cString: strerror(failure)))
    }

    /// Takes the lock, waiting up to `timeout` for another process to let go of it.
    public static func acquire(dataDirectory: String, timeout: Duration) async throws -> DataDirectoryLock? {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let lock = try tryAcquire(dataDirectory: dataDirectory) { return lock }
            if ContinuousClock.now >= deadline { return nil }
            try await Task.sleep(for: .milliseconds(200))
        }
    }
}
