import Foundation
import OpenAPIRuntime
import TTHCServerAPI

/// The operations of openapi.yaml, as the generated `APIProtocol` names them: each turns its typed
/// input into a call of the service, and the service's answer into the typed output. A route, a
/// parameter or an answer the document lacks does not compile; decoding the request (types,
/// required and unknown fields, enumerations) is the generated code's.
struct CaseAPI: APIProtocol {
    let service: CaseService

    /// The token of the request being answered: `CaseResponder` authenticates every `/v1` request
    /// before routing (the generated inputs carry no security fields).
    @TaskLocal static var token: TokenEntry?

    private func token() throws -> TokenEntry {
        guard let token = Self.token else {
            throw Problem(.internalError, "a /v1 operation ran without an authenticated token")
        }
        return token
    }

    func health(_ input: Operations.Health.Input) async throws -> Operations.Health.Output {
        .ok(.init(body: .json(.init(status: .ok))))
    }

    func openapi(_ input: Operations.Openapi.Input) async throws -> Operations.Openapi.Output {
        .ok(.init(body: .yaml(HTTPBody(OpenAPISpec.text))))
    }

    func metrics(_ input: Operations.Metrics.Input) async throws -> Operations.Metrics.Output {
        let gauges = await service.gauges()
        return .ok(
            .init(body: .plainText(HTTPBody(service.metrics.text(open: gauges?.open, overdue: gauges?.overdue)))))
    }

    func listProcedures(_ input: Operations.ListProcedures.Input) async throws -> Operations.ListProcedures.Output {
        .ok(.init(body: .json(service.procedures())))
    }

    func getProcedure(_ input: Operations.GetProcedure.Input) async throws -> Operations.GetProcedure.Output {
        .ok(.init(body: .json(try Self.decode(service.procedure(input.path.code)))))
    }

    func computeDeadlines(_ input: Operations.ComputeDeadlines.Input) async throws -> Operations.ComputeDeadlines.Output
    {
        guard case .json(let body) = input.body else {
            throw Problem(.unsupportedMediaType, "send the body as application/json")
        }
        switch body {
        case .DeadlineRequest(let request):
            return .ok(
                .init(body: .json(.DeadlineAnswer(try service.deadline(request)))))
        case .case2(let list):
            guard !list.isEmpty, list.count <= service.limits.maxBatch else {
                throw Problem(.badRequest, "a batch holds 1 to \(service.limits.maxBatch) requests")
            }
            let answers = try list.enumerated().map { (i, request) in
                do { return try service.deadline(request) } catch let problem as Problem {
                    throw Problem(problem.kind, "request \(i + 1) of the batch: \(problem.detail)")
                }
            }
            return .ok(.init(body: .json(.case2(answers))))
        }
    }

    func holidays(_ input: Operations.Holidays.Input) async throws -> Operations.Holidays.Output {
        // iCalendar is text of its own type: the generated code passes it through as a body.
        let ics = input.query.format == .ics
        let (bytes, _) = try service.holidayList(year: input.query.year, ics: ics)
        return .ok(.init(body: ics ? .textCalendar(HTTPBody(bytes)) : .json(try Self.decode(bytes))))
    }

    func listCases(_ input: Operations.ListCases.Input) async throws -> Operations.ListCases.Output {
        let query = input.query
        let limit = query.limit ?? service.limits.maxList
        guard (1...service.limits.maxList).contains(limit) else {
            throw Problem(.badRequest, "the parameter limit is a number from 1 to \(service.limits.maxList)")
        }
        let items = try await service.list(
            token: try token(), openOnly: query.open ?? false, overdueOnly: query.overdue ?? false,
            now: try query.now.map { try Field.time($0, "now") }, limit: limit)
        return .ok(.init(body: .json(items)))
    }

    func openCase(_ input: Operations.OpenCase.Input) async throws -> Operations.OpenCase.Output {
        guard case .json(let body) = input.body else {
            throw Problem(.unsupportedMediaType, "send the body as application/json")
        }
        let receipt = try await service.open(
            body, token: try token(), idempotencyKey: try Self.idempotencyKey(input.headers.idempotencyKey))
        let answer = Components.Responses.Receipt(
            headers: .init(eTag: "\"\(receipt.version)\"", location: "/v1/cases/\(receipt.caseId)"),
            body: .json(receipt))
        return receipt.replayed ? .ok(answer) : .created(answer)
    }

    func showCase(_ input: Operations.ShowCase.Input) async throws -> Operations.ShowCase.Output {
        let form = input.query.form.map { $0 == ._04 ? CaseService.Form.apology : .controlSheet }
        let report = try await service.show(
            input.path.id, token: try token(), now: try input.query.now.map { try Field.time($0, "now") }, form: form)
        return .ok(.init(body: .json(try Self.decode(report))))
    }

    func recordEvent(_ input: Operations.RecordEvent.Input) async throws -> Operations.RecordEvent.Output {
        guard case .json(let body) = input.body else {
            throw Problem(.unsupportedMediaType, "send the body as application/json")
        }
        let receipt = try await service.record(
            input.path.id, body, token: try token(), ifMatch: try Self.ifMatch(input.headers.ifMatch),
            idempotencyKey: try Self.idempotencyKey(input.headers.idempotencyKey))
        return .ok(
            .init(
                headers: .init(eTag: "\"\(receipt.version)\""), body: .json(receipt))
        )
    }

    static func idempotencyKey(_ key: String?) throws -> String? {
        guard let key else { return nil }
        guard !Field.isBlank(key) else {
            throw Problem(
                .badRequest,
                "the idempotency key is empty: give each request a key of its own (e.g. a UUID), and the same key when retrying it"
            )
        }
        guard key.unicodeScalars.count <= 200 else {
            throw Problem(.badRequest, "the Idempotency-Key header is longer than 200 bytes")
        }
        return key
    }

    /// `If-Match: "3"` (the ETag of a case's version): the event is refused unless the case is at it.
    static func ifMatch(_ header: String?) throws -> Int? {
        guard var text = header?.trimmingCharacters(in: .whitespaces) else { return nil }
        if text.hasPrefix("W/") { text.removeFirst(2) }
        if text.hasPrefix("\"") && text.hasSuffix("\"") && text.count >= 2 {
            text = String(text.dropFirst().dropLast())
        }
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }), let version = Int(text)
        else {
            throw Problem(.badRequest, "If-Match must be a case version as its ETag gives it, e.g. \"3\"")
        }
        return version
    }

    /// The service's JSON as the generated type of the answer. The service encodes its own types
    /// (the case engine's reports are `Encodable`); decoding them here checks each answer against
    /// the document, so an answer the document does not describe is an error, never sent.
    static func decode<T: Decodable>(_ bytes: [UInt8]) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch {
            throw Problem(.internalError, "the answer does not match /openapi.yaml: \(error)")
        }
    }
}
