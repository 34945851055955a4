import Foundation
import TestSupport
import Testing

@Suite("Request ids")
struct RequestIdTests {
    @Test func everyResponseCarriesARequestIdTheCallersWhenSensible() async throws {
        try await withAPI { api in
            let plain = try await api.get("/v1/issues")
            let generated = try #require(plain.headers["x-request-id"])
            #expect(!generated.isEmpty)
            #expect(try await api.get("/v1/issues").headers["x-request-id"] != generated)  // one per request
            #expect(try await api.request(.get, "/v1/issues", headers: ["X-Request-Id": "field-office.42_a"]).headers["x-request-id"]
                == "field-office.42_a")
            // Errors too, and a doubtful id is replaced.
            let missing = try await api.request(.get, "/v1/meetings/\(UUID())", headers: ["X-Request-Id": "trace-7"])
            #expect(missing.status == 404)
            #expect(missing.headers["x-request-id"] == "trace-7")
            let anonymous = try await api.as(nil).request(.get, "/v1/issues", headers: ["X-Request-Id": "trace-8"])
            #expect(anonymous.status == 401)
            #expect(anonymous.headers["x-request-id"] == "trace-8")
            for doubtful in ["has spaces", String(repeating: "a", count: 129), "<script>"] {
                let replaced = try await api.request(.get, "/v1/issues", headers: ["X-Request-Id": doubtful]).headers["x-request-id"]
                #expect(replaced != nil && replaced != doubtful)
            }
        }
    }
}
