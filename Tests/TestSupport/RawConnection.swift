import Foundation

/// A plain TCP connection to a port on this machine, for sending what no HTTP client would
/// (a request and then nothing, a body cut short) and for hanging up mid-request. Its calls
/// block: use it from a thread of its own, or for calls that return at once.
public struct RawConnection: Sendable {
    public let descriptor: Int32

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Connects to `port` on 127.0.0.1; reads give up after `receiveTimeout` seconds.
    public static func open(port: Int, receiveTimeout: Int = 20) throws -> RawConnection {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(errno)") }
        var timeout = timeval(tv_sec: receiveTimeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let failure = Failure(description: "connect: \(errno)")
            Glibc.close(descriptor)
            throw failure
        }
        return RawConnection(descriptor: descriptor)
    }

    /// Sends as much of `text` as the server takes; it may close early, having answered already.
    public func send(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBufferPointer { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }
            sent += n
        }
    }

    /// Reads until the server closes the connection; fails if it is still open at the timeout.
    public func receiveAll() throws -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(descriptor, &buffer, buffer.count, 0)
            if n > 0 {
                received += buffer[0..<n]
            } else if n == 0 || errno == ECONNRESET {
                break
            } else {
                throw Failure(description: "the server kept the connection open (recv: \(errno))")
            }
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// One HTTP response with a `Content-Length`, read whole and no further, so that the next
    /// one on the same connection can be read after it. Empty when the server closed first.
    public func receiveResponse() throws -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        let separator = Array("\r\n\r\n".utf8)
        while true {
            if let end = received.indices.first(where: { received[$0...].starts(with: separator) }) {
                let head = String(decoding: received[..<end], as: UTF8.self)
                let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                if received.count >= end + 4 + length {
                    return String(decoding: received[..<(end + 4 + length)], as: UTF8.self)
                }
            }
            let n = recv(descriptor, &buffer, buffer.count, 0)
            guard n > 0 else {
                if n == 0 { return String(decoding: received, as: UTF8.self) }
                throw Failure(description: "recv: \(errno)")
            }
            received += buffer[0..<n]
        }
    }

    public func close() { Glibc.close(descriptor) }

    /// Runs blocking socket work on a thread of its own, never on one of Swift's few
    /// cooperative threads, whose other tests' timers and awaits would stall meanwhile.
    public static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Sends `text`, then reads until the server closes the connection (at most 20 s) and
    /// returns what it said.
    public static func exchange(port: Int, sending text: String) async throws -> String {
        try await offThread {
            let connection = try open(port: port)
            defer { connection.close() }
            connection.send(text)
            return try connection.receiveAll()
        }
    }
}
