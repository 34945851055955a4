import Foundation
import Hummingbird
import LiaisonDomain
import Logging

/// Turns every error that escapes a handler into an RFC 9457 problem document. Domain errors
/// keep their meaning; anything else is a plain 500 whose detail goes to the log, never to the
/// client (no stack traces, no SQL).
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as DomainError {
            return Problem(error).response()
        } catch let error as HTTPError {
            let problem = Problem(status: Int(error.status.code), title: error.status.reasonPhrase, detail: error.body)
            return problem.response()
        } catch {
            logger.error(
                "request failed", metadata: ["method": "\(request.method)", "path": "\(request.uri.path)", "error": "\(error)"])
            return Problem(status: 500, title: "Internal Server Error", detail: "The server could not complete the request.").response()
        }
    }
}

/// An RFC 9457 problem document.
struct Problem: Encodable, Sendable {
    var type: String = "about:blank"
    var title: String
    var status: Int
    var detail: String?
    var errors: [FieldProblem]?

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
        }
    }

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(self)) ?? Data(#"{"title":"Internal Server Error","status":500}"#.utf8)
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if status == 401 { headers[.wwwAuthenticate] = "Bearer" }
        return Response(
            status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
