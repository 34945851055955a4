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
