import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import LiaisonPostgres
import LiaisonServer
import Logging
import NIOCore
import TestSupport
import Testing

/// A response as the tests look at it.
struct TestResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    var text: String { String(decoding: body, as: UTF8.self) }

    /// The field names of an RFC 9457 problem document's `errors`.
    var problemFields: [String] {
        ((json["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String }
    }

    var isProblem: Bool { headers["content-type"]?.hasPrefix("application/problem+json") == true }
}

/// Sends requests to the application under test.
struct API: Sendable {
    let client: any TestClientProtocol

    func request(
        _ method: HTTPRequest.Method, _ uri: String, json: Any? = nil, raw: String? = nil,
        headers: [String: String] = [:]
    ) async throws -> TestResponse {
        var fields = HTTPFields()
        var body: ByteBuffer?
        if let json {
            fields[.contentType] = "application/json"
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
        } else if let raw {
            fields[.contentType] = "application/json"
            body = ByteBuffer(string: raw)
        }
        for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
        return try await client.execute(uri: uri, method: method, headers: fields, body: body) { response in
            var headers: [String: String] = [:]
            for field in response.headers { headers[field.name.canonicalName] = field.value }
            return TestResponse(status: Int(response.status.code), headers: headers, body: Data(buffer: response.body))
        }
    }

    func get(_ uri: String) async throws -> TestResponse { try await request(.get, uri) }
    func post(_ uri: String, _ json: Any, headers: [String: String] = [:]) async throws -> TestResponse {
        try await request(.post, uri, json: json, headers: headers)
    }
    func put(_ uri: String, _ json: Any, headers: [String: String] = [:]) async throws -> TestResponse {
        try await request(.put, uri, json: json, headers: headers)
    }
}

/// JSON text for a body built in a test, so that it can cross into concurrent tasks.
func jsonText(_ object: Any) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
}

/// Runs `body` against the real application over a fresh, migrated database.
func withAPI(_ body: @Sendable @escaping (API) async throws -> Void) async throws {
    try await withAPIAndPool { api, _ in try await body(api) }
}

/// As `withAPI`, with the database pool too (for what the API cannot do yet, such as adding staff).
func withAPIAndPool(_ body: @Sendable @escaping (API, ConnectionPool) async throws -> Void) async throws {
    try await withTestPool(size: 8) { pool in
        let app = try buildApplication(database: LiaisonDatabase(pool: pool), logger: Logger(label: "test"))
        try await app.test(.router) { client in try await body(API(client: client), pool) }
    }
}

/// `#expect` that a response is a 4xx problem document naming `field`.
func expectProblem(
    _ response: TestResponse, status: Int, field: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(response.status == status, "\(response.text)", sourceLocation: sourceLocation)
    #expect(response.isProblem, "content type \(response.headers["content-type"] ?? "none")", sourceLocation: sourceLocation)
    #expect(response.json["status"] as? Int == status, sourceLocation: sourceLocation)
    #expect(!response.text.contains("SELECT") && !response.text.contains("INSERT"), sourceLocation: sourceLocation)
    if let field {
        #expect(response.problemFields.contains(field), "fields: \(response.problemFields) in \(response.text)",
                sourceLocation: sourceLocation)
    }
}
