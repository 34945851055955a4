import Foundation
import LiaisonServer
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What the HTTP server does not let a client hold: idle connections and oversized bodies.
@Suite("HTTP limits")
struct HTTPLimitsTests {
    @Test func aBodyOverTheLimitGets413BeforeItIsReadAndOneUnderItIsServed() async throws {
        try await withAPIAndPools(http: HTTPLimits(maximumBodySize: 4096)) { api, owner, _ in
            let register = try await Register.make(api, owner)
            var meeting = register.meeting
            meeting["notes"] = String(repeating: "n", count: 5000)
            let large = try await api.post("/v1/meetings", meeting)
            expectProblem(large, status: 413)
            #expect(large.text.contains("4096 bytes"), "\(large.text)")
            meeting["notes"] = String(repeating: "n", count: 1000)
            #expect(try await api.post("/v1/meetings", meeting).status == 201)
        }
    }

    @Test func aChunkedBodyIsCutOffAtTheLimitAndAnIdleConnectionIsClosed() async throws {
        try await withAPIAndPools(live: true, http: HTTPLimits(idleTimeout: .milliseconds(500), maximumBodySize: 4096)) { api, _, _ in
            let port = try #require(api.client.port)
            let token = try #require(api.token)
            // No length given, and more bytes than the limit, in chunks: the answer is 413.
            let chunk = String(repeating: "x", count: 1000)
            var request = "POST /v1/meetings HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            for _ in 0..<8 { request += String(chunk.utf8.count, radix: 16) + "\r\n" + chunk + "\r\n" }
            request += "0\r\n\r\n"
            let answer = try await RawConnection.exchange(port: port, sending: request)
            #expect(answer.hasPrefix("HTTP/1.1 413"), "\(answer.prefix(200))")
            // A connection that sends nothing is closed by the server, not kept for ever.
            let silent = try await RawConnection.exchange(port: port, sending: "")
            #expect(silent.isEmpty)
        }
    }
}

/// A plain TCP connection to the server under test, on a thread of its own (its calls block).
enum RawConnection {
    /// Sends `text`, then reads until the server closes the connection (at most 20 s) and
    /// returns what it said.
    static func exchange(port: Int, sending text: String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try exchangeBlocking(port: port, sending: text) })
            }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private static func exchangeBlocking(port: Int, sending text: String) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(errno)") }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect: \(errno)") }
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBufferPointer { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }  // the server may close early, having answered already
            sent += n
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(socket, &buffer, buffer.count, 0)
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
}
