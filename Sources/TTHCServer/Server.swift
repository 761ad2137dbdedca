import CaseEngine
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import WorkCalendar

/// The HTTP side of the service: one responder that routes by method and path, authenticates,
/// reads bodies within the limits, and answers every error as a problem.
public struct CaseResponder: HTTPResponder {
    public typealias Context = BasicRequestContext
    public let service: CaseService

    public init(service: CaseService) { self.service = service }

    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    static let problemType = "application/problem+json"

    public func respond(to request: Request, context: Context) async throws -> Response {
        let started = ContinuousClock.now
        let language = Language(acceptLanguage: request.headers[.acceptLanguage])
        let path = request.uri.path
        var route = "other"
        var response: Response
        do {
            (route, response) = try await dispatch(request, path: path)
        } catch let problem as Problem {
            response = Self.problem(problem, language: language, path: path)
        } catch is NIOTooManyBytesError {
            response = Self.problem(Problem(.tooLarge, "the request body is larger than \(service.limits.maxBody) bytes",
                                            vi: "nội dung yêu cầu lớn hơn \(service.limits.maxBody) byte"), language: language, path: path)
        } catch {
            response = Self.problem(Problem(.internalError, "\(error)"), language: language, path: path)
        }
        service.metrics.observe(route: route, method: request.method.rawValue, status: response.status.code, elapsed: ContinuousClock.now - started)
        return response
    }

    static func problem(_ problem: Problem, language: Language, path: String) -> Response {
        var headers: HTTPFields = [.contentType: problemType, .contentLanguage: language.rawValue]
        if problem.kind == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"tthc\"" }
        if problem.kind == .unavailable { headers[.retryAfter] = "1" }
        if let allow = problem.allow { headers[.allow] = allow }
        return Response(status: .init(code: problem.status), headers: headers,
                        body: .init(byteBuffer: ByteBuffer(bytes: problem.json(language, instance: path))))
    }

    static func json(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func dispatch(_ request: Request, path: String) async throws -> (String, Response) {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { $0.removingPercentEncoding ?? String($0) }
        let method = request.method
        func only(_ allowed: HTTPRequest.Method...) throws {
            guard allowed.contains(method) else {
                var problem = Problem(.methodNotAllowed, "\(method.rawValue) is not allowed on \(path); allowed: \(allowed.map(\.rawValue).joined(separator: ", "))")
                problem.allow = allowed.map(\.rawValue).joined(separator: ", ")
                throw problem
            }
        }
        switch segments.first ?? "" {
        case "health" where segments.count == 1:
            try only(.get)
            return ("/health", Self.json(Array(#"{"status":"ok"}"#.utf8)))
        case "openapi.yaml" where segments.count == 1:
            try only(.get)
            return ("/openapi.yaml", Self.text(OpenAPISpec.text, type: "application/yaml"))
        case "metrics" where segments.count == 1:
            try only(.get)
            let gauges = await service.gauges()
            return ("/metrics", Self.text(service.metrics.text(open: gauges?.open, overdue: gauges?.overdue), type: "text/plain; version=0.0.4"))
        case "v1":
            return try await v1(request, Array(segments.dropFirst()), only: only)
        default:
            throw Problem(.notFound, "no such path \(path); see /openapi.yaml", vi: "không có đường dẫn \(path); xem /openapi.yaml")
        }
    }

    func v1(_ request: Request, _ segments: [String], only: (HTTPRequest.Method...) throws -> Void) async throws -> (String, Response) {
        let token = try service.authenticate(request.headers[.authorization])
        let query = request.uri.queryParameters
        // Query strings are form-encoded: `+` is a space (`now=2026-03-02+09:00`).
        func parameter(_ name: String) -> String? { query[name[...]].map { String($0).replacingOccurrences(of: "+", with: " ") } }
        func allowParameters(_ names: Set<String>) throws {
            for (key, _) in query where !names.contains(String(key)) {
                throw Problem(.badRequest, "unknown query parameter \"\(key)\"" + (names.isEmpty ? "" : "; parameters: \(names.sorted().joined(separator: ", "))"))
            }
        }
        func flag(_ name: String) throws -> Bool {
            switch parameter(name) {
            case nil, "false": return false
            case "true": return true
            case let other?: throw Problem(.badRequest, "the parameter \(name) must be true or false, not \"\(other)\"")
            }
        }
        func time(_ name: String) throws -> LocalDateTime? { try parameter(name).map { try CaseService.time($0, field: name) } }

        switch (segments.first ?? "", segments.count) {
        case ("procedures", 1):
            try only(.get)
            try allowParameters([])
            return ("/v1/procedures", Self.json(try service.procedures()))
        case ("procedures", 2):
            try only(.get)
            try allowParameters([])
            return ("/v1/procedures/{code}", Self.json(try service.procedure(segments[1])))
        case ("deadlines", 1):
            try only(.post)
            try allowParameters([])
            let body = try await readJSON(request)
            switch body {
            case .object(let object):
                return ("/v1/deadlines", Self.json(try CaseService.json(try service.deadline(object))))
            case .array(let list):
                guard !list.isEmpty, list.count <= service.limits.maxBatch else {
                        throw Problem(.badRequest, "a batch holds 1 to \(service.limits.maxBatch) requests")
                }
                let answers = try list.enumerated().map { (i, item) -> CaseService.DeadlineAnswer in
                    guard case .object(let object) = item else { throw Problem(.badRequest, "request \(i + 1) of the batch is not an object") }
                    do { return try service.deadline(object) } catch let problem as Problem {
                        throw Problem(problem.kind, "request \(i + 1) of the batch: \(problem.detail)")
                    }
                }
                return ("/v1/deadlines", Self.json(try CaseService.json(answers)))
            default:
                throw Problem(.badRequest, "the body must be a JSON object, or a list of them (a batch)")
            }
        case ("holidays", 1):
            try only(.get)
            try allowParameters(["year", "format"])
            guard let text = parameter("year"), text.count == 4, let year = Int(text) else {
                throw Problem(.badRequest, "the parameter year is required: a year, e.g. 2026")
            }
            let format = parameter("format") ?? "json"
            guard format == "json" || format == "ics" else { throw Problem(.badRequest, "the parameter format is json or ics, not \"\(format)\"") }
            let (bytes, type) = try service.holidayList(year: year, ics: format == "ics")
            return ("/v1/holidays", Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: bytes))))
        case ("cases", 1) where request.method == .post:
            try allowParameters([])
            let body = try await readObject(request)
            let key = try idempotencyKey(request)
            let receipt = try await service.open(body, token: token, idempotencyKey: key)
            return ("/v1/cases", Self.json(try CaseService.json(receipt), status: receipt.replayed ? .ok : .created,
                                           headers: [.location: "/v1/cases/\(receipt.caseId)", .eTag: "\"\(receipt.version)\""]))
        case ("cases", 1):
            try only(.get, .post)
            try allowParameters(["open", "overdue", "now", "limit"])
            var limit = service.limits.maxList
            if let text = parameter("limit") {
                guard let n = Int(text), n >= 1, n <= service.limits.maxList else { throw Problem(.badRequest, "the parameter limit is a number from 1 to \(service.limits.maxList)") }
                limit = n
            }
            let items = try await service.list(token: token, openOnly: try flag("open"), overdueOnly: try flag("overdue"), now: try time("now"), limit: limit)
            return ("/v1/cases", Self.json(try CaseService.json(items)))
        case ("cases", 2):
            try only(.get)
            try allowParameters(["now", "form"])
            var form: CaseService.Form?
            if let text = parameter("form") {
                guard let f = CaseService.Form(rawValue: text) else { throw Problem(.badRequest, "the parameter form is 04 or 06, not \"\(text)\"") }
                form = f
            }
            return ("/v1/cases/{id}", Self.json(try await service.show(segments[1], token: token, now: try time("now"), form: form)))
        case ("cases", 3) where segments[2] == "events":
            try only(.post)
            try allowParameters([])
            let body = try await readObject(request)
            let receipt = try await service.record(segments[1], body, token: token, ifMatch: try ifMatch(request), idempotencyKey: try idempotencyKey(request))
            return ("/v1/cases/{id}/events", Self.json(try CaseService.json(receipt), headers: [.eTag: "\"\(receipt.version)\""]))
        default:
            throw Problem(.notFound, "no such path \(request.uri.path); see /openapi.yaml", vi: "không có đường dẫn \(request.uri.path); xem /openapi.yaml")
        }
    }

    func idempotencyKey(_ request: Request) throws -> String? {
        guard let key = request.headers[Self.idempotencyKey] else { return nil }
        guard !JSONFields.isBlank(key) else {
            throw Problem(.badRequest, "the idempotency key is empty: give each request a key of its own (e.g. a UUID), and the same key when retrying it")
        }
        guard key.unicodeScalars.count <= 200 else { throw Problem(.badRequest, "the Idempotency-Key header is longer than 200 bytes") }
        return key
    }

    /// `If-Match: "3"` (the ETag of a case's version): the event is refused unless the case is at it.
    func ifMatch(_ request: Request) throws -> Int? {
        guard var text = request.headers[.ifMatch]?.trimmingCharacters(in: .whitespaces) else { return nil }
        if text.hasPrefix("W/") { text.removeFirst(2) }
        if text.hasPrefix("\"") && text.hasSuffix("\"") && text.count >= 2 { text = String(text.dropFirst().dropLast()) }
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }), let version = Int(text) else {
            throw Problem(.badRequest, "If-Match must be a case version as its ETag gives it, e.g. \"3\"")
        }
        return version
    }

    func readObject(_ request: Request) async throws -> [String: JSONValue] {
        guard case .object(let object) = try await readJSON(request) else { throw Problem(.badRequest, "the body must be a JSON object") }
        return object
    }

    /// The body as JSON: within the size limit (413), in time (408), of type JSON (415), well formed (400).
    func readJSON(_ request: Request) async throws -> JSONValue {
        if let type = request.headers[.contentType], !type.lowercased().hasPrefix("application/json") {
            throw Problem(.unsupportedMediaType, "send the body as application/json, not \(type)")
        }
        let limit = service.limits.maxBody
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw Problem(.tooLarge, "the request body is larger than \(limit) bytes", vi: "nội dung yêu cầu lớn hơn \(limit) byte")
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
                throw Problem(.timeout, "the request body did not arrive within \(timeout)", vi: "nội dung yêu cầu không đến kịp trong \(timeout)")
            }
            return buffer
        }
        guard buffer.readableBytes > 0 else { throw Problem(.badRequest, "the request has no body: send a JSON object") }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: Data(buffer.readableBytesView))
        } catch {
            throw Problem(.badRequest, "the body is not well-formed JSON", vi: "nội dung không phải JSON hợp lệ")
        }
    }
}

extension HTTPField.Name {
    static let retryAfter = HTTPField.Name("Retry-After")!
}
