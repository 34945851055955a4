import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore
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

/// Sends requests to the application under test, with a bearer token unless told otherwise.
struct API: Sendable {
    let client: any TestClientProtocol
    var token: String?

    /// The same application, as someone else (nil: anonymous).
    func `as`(_ token: String?) -> API { API(client: client, token: token) }

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
        if let token { fields[.authorization] = "Bearer \(token)" }
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

/// As `withAPI`, with the owner's database pool too (for setting up what a test needs directly).
/// The API acts as an admin cleared to strictly confidential; requests run as the server's role.
/// `live` serves over a real socket on 127.0.0.1 (so that requests have a client address).
func withAPIAndPool(live: Bool = false, _ body: @Sendable @escaping (API, ConnectionPool) async throws -> Void) async throws {
    try await withAPIAndPools(live: live) { api, owner, _ in try await body(api, owner) }
}

/// `withAPIAndPool`, with the pool the server's requests run on as well.
func withAPIAndPools(
    live: Bool = false, limits: LiaisonDatabase.Limits? = nil, http: HTTPLimits = HTTPLimits(), poolSize: Int = 8,
    passwords: PasswordHasher = PasswordHasher(cost: 4),
    _ body: @Sendable @escaping (_ api: API, _ owner: ConnectionPool, _ requests: ConnectionPool) async throws -> Void
) async throws {
    try await withTestPools(role: LiaisonDatabase.requestRole, size: poolSize, sessionSettings: limits?.sessionSettings ?? []) { owner, requests in
        let app = try buildApplication(
            database: LiaisonDatabase(pool: requests, passwords: passwords, loginThrottle: patientThrottle),
            port: 0, logger: Logger(label: "test"), limits: http)
        let token = try await makeUser(owner, login: "test-admin", role: .admin, clearance: .strictlyConfidential)
        try await app.test(live ? .live : .router) { client in try await body(API(client: client, token: token), owner, requests) }
    }
}

/// The default throttle's count, with a first pause no test run can outlast however loaded the
/// machine: tests of the throttle through HTTP must not depend on how fast requests follow each
/// other. The pause schedule itself is checked at the store, where the clock stands still.
let patientThrottle = LoginThrottle(firstPause: 600)

/// Creates an account with a token, directly in the database, and returns the token.
func makeUser(
    _ pool: ConnectionPool, login: String, role: Role, clearance: Confidentiality, password: String? = nil
) async throws -> String {
    let hash = try await password.asyncMapForTests { try await PasswordHasher(cost: 4).hash($0) }
    return try await pool.withTransaction { connection in
        let user = try await UserStore.create(
            UserDetails(login: login, displayName: login, role: role, clearance: clearance, active: true),
            passwordHash: hash, on: connection)
        return try await UserStore.issueToken(for: user.id, name: "test", expiresAt: nil, on: connection).token
    }
}

extension Optional {
    func asyncMapForTests<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
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
