import Foundation
import Hummingbird
import LiaisonDomain
import LiaisonPostgres
import Logging
import NIOCore
import OpenAPIRuntime

/// Turns every error that escapes a handler into an RFC 9457 problem document. Domain errors
/// keep their meaning; anything else is a plain 500 whose detail goes to the log, never to the
/// client (no stack traces, no SQL).
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            // The request's own logger carries its request id.
            return problem(for: error, request: request, logger: context.logger).response()
        }
    }

    func problem(for error: any Error, request: Request, logger: Logger) -> Problem {
        switch error {
        case let error as ServerError:
            // The generated server wraps what went wrong while reading the request or in a handler.
            if let domain = error.underlyingError as? DomainError { return Problem(domain) }
            if let decoding = error.underlyingError as? DecodingError { return Problem(decoding) }
            if String(reflecting: type(of: error.underlyingError)).hasPrefix("OpenAPIRuntime.") {
                return Problem(status: 400, title: "Bad Request", detail: "The request could not be read: \(error.causeDescription).")
            }
            return problem(for: error.underlyingError, request: request, logger: logger)
        case let error as DomainError:
            return Problem(error)
        case let error as LoginThrottled:
            var problem = Problem(
                status: 429, title: "Too Many Requests",
                detail: "Too many failed logins; try again in \(error.retryAfter) seconds.")
            problem.retryAfter = error.retryAfter
            return problem
        case let error as BodyTooLarge:
            return Problem(
                status: 413, title: "Content Too Large",
                detail: "The request body is larger than this server accepts (\(error.maximum) bytes).")
        case is HashingBusy:
            var problem = Problem(DomainError.unavailable("Too many logins are being checked at once; try again in a moment."))
            problem.retryAfter = 1
            return problem
        case let error as HTTPError:
            return Problem(status: Int(error.status.code), title: error.status.reasonPhrase, detail: error.body)
        case let error as PostgresError where error.sqlState == .insufficientPrivilege:
            // A row-level security policy or a missing grant said no.
            logger.warning("refused by the database", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return Problem(DomainError.forbidden("Your account may not make this change."))
        case let error as PostgresError where error.kind == .invalidParameter:
            // Text with a NUL character: PostgreSQL cannot store it, and nothing was stored.
            return Problem(DomainError.invalid([FieldProblem(field: "", reason: "text must not contain NUL (U+0000) characters")]))
        case let error as PostgresError where error.sqlState == .queryCanceled:
            // The statement ran past the statement timeout (or was cancelled as the server stopped).
            logger.error("a statement was stopped", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return Problem(DomainError.unavailable("The database took too long to answer this request; try again, or ask for less at once."))
        case let error as PostgresError where error.isConnectionProblem || error.kind == .poolTimeout:
            logger.error("database unavailable", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return Problem(DomainError.unavailable("The database is not available right now; try again shortly."))
        default:
            logger.error(
                "request failed", metadata: ["method": "\(request.method)", "path": "\(request.uri.path)", "error": "\(error)"])
            return Problem(status: 500, title: "Internal Server Error", detail: "The server could not complete the request.")
        }
    }
}

/// Entity tags are quoted strings (`"3"`); the generated server writes header values
/// percent-encoded (`%223%22`), which HTTP caches and clients would not recognise.
struct EntityTagHeaderMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response = try await next(request, context)
        if let tag = response.headers[.eTag], tag.contains("%"), let decoded = tag.removingPercentEncoding {
            response.headers[.eTag] = decoded
        }
        return response
    }
}

/// Refuses a body larger than `maximum` bytes with 413: at once when its Content-Length says
/// so, otherwise as soon as that many bytes have arrived; the rest is never read into memory.
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let maximum: Int

    func handle(_ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response)
        async throws -> Response
    {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maximum {
            throw BodyTooLarge(maximum: maximum)
        }
        guard request.headers[.contentLength] == nil, request.headers[.transferEncoding] != nil else {
            return try await next(request, context)
        }
        // No length given: the body is read here, up to the limit.
        var request = request
        do {
            _ = try await request.collectBody(upTo: maximum)
        } catch is NIOTooManyBytesError {
            throw BodyTooLarge(maximum: maximum)
        }
        return try await next(request, context)
    }
}

struct BodyTooLarge: Error {
    var maximum: Int
}

/// Refuses request bodies that are not JSON with 415, before anything tries to read them.
struct JSONBodyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response)
        async throws -> Response
    {
        if [.post, .put, .patch].contains(request.method), request.uri.path.hasPrefix("/v1/") {
            let contentType = request.headers[.contentType]?.lowercased() ?? ""
            let hasBody = request.headers[.contentLength].map { $0 != "0" } ?? (request.headers[.transferEncoding] != nil)
            let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            // Only application/json: the contract declares no other body type, and a "+json" type
            // let through here was refused later as malformed (400) instead of unsupported.
            if hasBody && mediaType != "application/json" {
                throw DomainError.unsupportedMediaType(
                    contentType.isEmpty
                        ? "The request body must be JSON (Content-Type: application/json); no Content-Type was given."
                        : "The request body must be JSON (Content-Type: application/json), not \(contentType).")
            }
        }
        return try await next(request, context)
    }
}

/// An RFC 9457 problem document.
struct Problem: Encodable, Sendable {
    var type: String = "about:blank"
    var title: String
    var status: Int
    var detail: String?
    var errors: [FieldProblem]?
    /// With a refused duplicate, the records it seems to duplicate.
    var candidates: [Candidate]?
    /// Seconds, for a Retry-After header (not part of the document).
    var retryAfter: Int?

    struct Candidate: Encodable, Sendable {
        var id: String
        var name: String
    }

    enum CodingKeys: String, CodingKey { case type, title, status, detail, errors, candidates }

    init(status: Int, title: String, detail: String? = nil, errors: [FieldProblem]? = nil) {
        self.status = status
        self.title = title
        self.detail = detail
        self.errors = errors
    }

    /// The one place where domain errors become HTTP statuses.
    init(_ error: DomainError) {
        switch error {
        case .notFound(let detail): self.init(status: 404, title: "Not Found", detail: detail)
        case .conflict(let detail): self.init(status: 409, title: "Conflict", detail: detail)
        case .invalid(let problems):
            self.init(status: 422, title: "Invalid request", detail: "The request has invalid fields.", errors: problems)
        case .forbidden(let detail): self.init(status: 403, title: "Forbidden", detail: detail)
        case .unauthenticated:
            self.init(status: 401, title: "Unauthorized", detail: "A valid bearer token is required.")
        case .unavailable(let detail): self.init(status: 503, title: "Service Unavailable", detail: detail)
        case .versionMismatch(let current):
            self.init(
                status: 412, title: "Precondition Failed",
                detail: "The record has changed since you read it (it is now at version \(current)); read it again and reapply your change.")
        case .versionRequired:
            self.init(
                status: 428, title: "Precondition Required",
                detail: "Send If-Match with the ETag of the version you read, so that no one else's change is overwritten.")
        case .malformed(let detail): self.init(status: 400, title: "Bad Request", detail: detail)
        case .unsupportedMediaType(let detail): self.init(status: 415, title: "Unsupported Media Type", detail: detail)
        case .duplicate(let detail, let similar):
            self.init(status: 409, title: "Possible duplicate", detail: detail)
            candidates = similar.map { Candidate(id: $0.id.uuidString.lowercased(), name: $0.name) }
        }
    }

    /// A request body that is not JSON, or JSON of the wrong shape, in terms of its fields.
    init(_ error: DecodingError) {
        func pointer(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "/")
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(DomainError.invalid([FieldProblem(field: pointer(context.codingPath + [key]), reason: "is required")]))
        case .valueNotFound(_, let context):
            self.init(DomainError.invalid([FieldProblem(field: pointer(context.codingPath), reason: "must not be null")]))
        case .typeMismatch(let type, let context):
            let expected: String
            switch type {
            case is String.Type: expected = "a string"
            case is Int.Type, is Int64.Type, is Int32.Type: expected = "an integer"
            case is Bool.Type: expected = "true or false"
            case is Date.Type: expected = "an RFC 3339 date-time such as 2000-06-12T10:00:00+05:00"
            default: expected = "a value of another type"
            }
            if context.codingPath.isEmpty {
                self.init(DomainError.malformed("The request body must be a JSON object."))
            } else {
                self.init(DomainError.invalid([FieldProblem(field: pointer(context.codingPath), reason: "must be \(expected)")]))
            }
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let unknown = context.debugDescription.contains("dditional properties")
                if unknown {
                    self.init(DomainError.invalid([FieldProblem(field: "", reason: "has fields this API does not know: \(context.debugDescription)")]))
                } else {
                    self.init(DomainError.malformed("The request body is not valid JSON."))
                }
            } else {
                self.init(
                    DomainError.invalid([FieldProblem(field: pointer(context.codingPath), reason: "is not valid: \(context.debugDescription)")]))
            }
        @unknown default:
            self.init(DomainError.malformed("The request body could not be read."))
        }
    }

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(self)) ?? Data(#"{"title":"Internal Server Error","status":500}"#.utf8)
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if status == 401 { headers[.wwwAuthenticate] = "Bearer" }
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(
            status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
