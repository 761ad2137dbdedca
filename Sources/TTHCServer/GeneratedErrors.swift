import Foundation
import OpenAPIRuntime

extension Problem {
    /// Any error of a request as the problem it answers: the service's own problems as they are;
    /// what the generated code refuses while decoding a request (a wrong type, a missing or
    /// unknown field, a value outside an enumeration) as 400 in words; an `Accept` the operation
    /// cannot answer as 406. Anything else is 500 (a defect, never the client's input).
    init(answering error: any Error) {
        switch error {
        case let problem as Problem:
            self = problem
        case let error as ServerError:
            if let problem = error.underlyingError as? Problem {
                self = problem
            } else if error.operationInput == nil {
                self = Problem(decoding: error.underlyingError, cause: error.causeDescription)
            } else if error.httpStatus == .notAcceptable {
                self = Problem(
                    .notAcceptable,
                    "\(error.causeDescription): this path answers \(error.operationID)'s content types (see /openapi.yaml)",
                    vi:
                        "\(error.causeDescription): đường dẫn này chỉ trả các kiểu nội dung của \(error.operationID) (xem /openapi.yaml)"
                )
            } else {
                self = Problem(
                    .internalError, "\(error.operationID): \(error.causeDescription): \(error.underlyingError)")
            }
        default:
            self = Problem(.internalError, "\(error)")
        }
    }

    /// A request the generated code could not decode, in the service's words.
    init(decoding error: any Error, cause: String) {
        guard let decoding = error as? DecodingError else {
            self.init(
                .badRequest, "the request does not match /openapi.yaml: \(cause)",
                vi: "yêu cầu không khớp /openapi.yaml: \(cause)")
            return
        }
        func name(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(
                of: ".[", with: "[")
        }
        switch decoding {
        // Foundation's syntax error (with the parser's error, or only its words on swift-foundation).
        case .dataCorrupted(let context)
        where context.codingPath.isEmpty
            && (context.underlyingError != nil
                || context.debugDescription.hasPrefix("The given data was not valid JSON")):
            self.init(.badRequest, "the body is not well-formed JSON", vi: "nội dung không phải JSON hợp lệ")
        case .dataCorrupted(let context) where context.debugDescription.hasPrefix("Additional properties are disabled"):
            let field = name(context.codingPath)
            let actor = field.hasSuffix("actor")
            self.init(
                .badRequest,
                "unknown field \"\(field)\""
                    + (actor ? ": the actor of an event is the token's unit" : "; see /openapi.yaml"),
                vi: "trường \"\(field)\" không được dùng"
                    + (actor ? ": người thực hiện sự kiện là đơn vị của token" : "; xem /openapi.yaml"))
        case .keyNotFound(let key, let context):
            self.init(
                .badRequest, "\"\(name(context.codingPath + [key]))\" is required",
                vi: "thiếu \"\(name(context.codingPath + [key]))\"")
        case .valueNotFound(_, let context):
            self.init(
                .badRequest, "\"\(name(context.codingPath))\" is required", vi: "thiếu \"\(name(context.codingPath))\"")
        case .typeMismatch(let type, let context):
            let expected =
                type == String.self
                ? ("a string", "một chuỗi")
                : type == Bool.self
                    ? ("true or false", "true hoặc false")
                    : type == Int.self ? ("a whole number", "một số nguyên") : ("\(type)", "\(type)")
            self.init(
                .badRequest, "\"\(name(context.codingPath))\" must be \(expected.0)",
                vi: "\"\(name(context.codingPath))\" phải là \(expected.1)")
        case .dataCorrupted(let context) where context.debugDescription.hasPrefix("Cannot initialize"):
            // A value outside the document's enumeration (an event, a channel, a form).
            self.init(
                .badRequest, "\"\(name(context.codingPath))\" is not one of the values /openapi.yaml lists for it",
                vi: "\"\(name(context.codingPath))\" không thuộc các giá trị /openapi.yaml liệt kê")
        case .dataCorrupted(let context):
            self.init(
                .badRequest, "\"\(name(context.codingPath))\": \(context.debugDescription)",
                vi: "\"\(name(context.codingPath))\" không hợp lệ: \(context.debugDescription)")
        @unknown default:
            self.init(
                .badRequest, "the request does not match /openapi.yaml: \(cause)",
                vi: "yêu cầu không khớp /openapi.yaml: \(cause)")
        }
    }
}
