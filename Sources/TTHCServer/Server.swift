import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import TTHCServerAPI

/// The HTTP side of the service. The routes are the generated ones (`CaseAPI`, an `APIProtocol`
/// registered on a Hummingbird router through swift-openapi-hummingbird); around them, what the
/// document cannot say: the route is found first (404, 405), every `/v1` request is authenticated
/// (401, before its body is read), the body is read within the limits (413, 408, 415), and every
/// error, the generated code's included, is answered as a problem in the client's language.
public struct CaseResponder: HTTPResponder {
    public typealias Context = BasicRequestContext
    public let service: CaseService
    let router: RouterResponder<Context>
    let routes: RouteTable

    public init(service: CaseService) {
        self.service = service
        let router = Router(context: Context.self)
        do {
            routes = try RouteTable(registering: CaseAPI(service: service), on: router)
        } catch {
            // Registering fails only for a server URL the document cannot give (its default is "/").
            preconditionFailure("the generated routes could not be registered: \(error)")
        }
        self.router = router.buildResponder()
    }

    static let problemType = "application/problem+json"

    /// Query parameters per route, read off the generated inputs (their property names are the
    /// document's parameter names): the generated decoding ignores others, and the service refuses
    /// them (a misspelt filter would silently list everything). A route missing here takes none.
    static let queryParameters: [String: Set<String>] = [
        "GET /v1/holidays": names(Operations.Holidays.Input.Query(year: 0)),
        "GET /v1/cases": names(Operations.ListCases.Input.Query()),
        "GET /v1/cases/{id}": names(Operations.ShowCase.Input.Query()),
    ]

    private static func names(_ query: Any) -> Set<String> {
        Set(Mirror(reflecting: query).children.compactMap(\.label))
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        let started = ContinuousClock.now
        let language = Language(acceptLanguage: request.headers[.acceptLanguage])
        let path = request.uri.path
        var route = "other"
        var response: Response
        do {
            route = try routes.template(request.method, path)
            let token = path.hasPrefix("/v1/") ? try service.authenticate(request.headers[.authorization]) : nil
            try Self.allowParameters(request, known: Self.queryParameters["\(request.method.rawValue) \(route)"] ?? [])
            var request = URICodedHeaders.escape(request)
            if request.method == .post { request.body = RequestBody(buffer: try await readBody(request)) }
            response = try await CaseAPI.$token.withValue(token) { [request] in
                try await router.respond(to: request, context: context)
            }
            URICodedHeaders.unescape(&response)
        } catch is NIOTooManyBytesError {
            response = Self.problem(
                Problem(
                    .tooLarge, "the request body is larger than \(service.limits.maxBody) bytes",
                    vi: "nội dung yêu cầu lớn hơn \(service.limits.maxBody) byte"), language: language, path: path)
        } catch {
            response = Self.problem(Problem(answering: error), language: language, path: path)
        }
        service.metrics.observe(
            route: route, method: request.method.rawValue, status: response.status.code,
            elapsed: ContinuousClock.now - started)
        return response
    }

    static func problem(_ problem: Problem, language: Language, path: String) -> Response {
        var headers: HTTPFields = [.contentType: problemType, .contentLanguage: language.rawValue]
        if problem.kind == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"tthc\"" }
        if problem.kind == .unavailable { headers[.retryAfter] = "1" }
        if let allow = problem.allow { headers[.allow] = allow }
        return Response(
            status: .init(code: problem.status), headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: problem.json(language, instance: path))))
    }

    static func allowParameters(_ request: Request, known: Set<String>) throws {
        for (key, _) in request.uri.queryParameters where !known.contains(String(key)) {
            throw Problem(
                .badRequest,
                "unknown query parameter \"\(key)\""
                    + (known.isEmpty ? "" : "; parameters: \(known.sorted().joined(separator: ", "))"))
        }
    }

    /// The body, whole: within the size limit (413), in time (408), of type JSON (415), not empty
    /// (400). The generated code then decodes it.
    func readBody(_ request: Request) async throws -> ByteBuffer {
        if let type = request.headers[.contentType], !type.lowercased().hasPrefix("application/json") {
            throw Problem(.unsupportedMediaType, "send the body as application/json, not \(type)")
        }
        let limit = service.limits.maxBody
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw Problem(
                .tooLarge, "the request body is larger than \(limit) bytes",
                vi: "nội dung yêu cầu lớn hơn \(limit) byte")
        }
        let timeout = service.limits.bodyTimeout
        let body = request.body
        let buffer: ByteBuffer = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask { try await body.collect(upTo: limit) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else {
                throw Problem(
                    .timeout, "the request body did not arrive within \(timeout)",
                    vi: "nội dung yêu cầu không đến kịp trong \(timeout)")
            }
            return buffer
        }
        guard buffer.readableBytes > 0 else {
            throw Problem(.badRequest, "the request has no body: send a JSON object")
        }
        return buffer
    }
}

extension HTTPField.Name {
    static let retryAfter = HTTPField.Name("Retry-After")!
}
