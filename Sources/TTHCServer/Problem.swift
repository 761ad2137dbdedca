import CaseEngine
import Diagnostics
import Foundation

/// The language of a response, from `Accept-Language` (Vietnamese when `vi` is preferred).
public enum Language: String, Sendable {
    case en, vi

    public init(acceptLanguage: String?) {
        var best: (Language, Double)?
        for part in (acceptLanguage ?? "").split(separator: ",") {
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let tag = fields.first, !tag.isEmpty else { continue }
            var q = 1.0
            for field in fields.dropFirst() where field.hasPrefix("q=") { q = Double(field.dropFirst(2)) ?? 0 }
            let language: Language? = tag.hasPrefix("vi") ? .vi : (tag.hasPrefix("en") || tag == "*") ? .en : nil
            if let language, q > 0, q > (best?.1 ?? -1) { best = (language, q) }
        }
        self = best?.0 ?? .en
    }
}

/// An error answered as an RFC 9457 problem (`application/problem+json`). `detail` carries the
/// same words as the command line; the title is in the client's language.
public struct Problem: Error, Sendable {
    public enum Kind: String, Sendable {
        case badRequest = "bad-request"
        case unauthorized
        case forbidden
        case notFound = "not-found"
        case methodNotAllowed = "method-not-allowed"
        case notAcceptable = "not-acceptable"
        case refused
        case keyReused = "idempotency-key-reused"
        case staleVersion = "stale-version"
        case tooLarge = "too-large"
        case timeout
        case unsupportedMediaType = "unsupported-media-type"
        case unprocessable
        case unavailable
        case internalError = "internal"

        var status: Int {
            switch self {
            case .badRequest: 400
            case .unauthorized: 401
            case .forbidden: 403
            case .notFound: 404
            case .methodNotAllowed: 405
            case .notAcceptable: 406
            case .timeout: 408
            case .refused, .keyReused: 409
            case .staleVersion: 412
            case .tooLarge: 413
            case .unsupportedMediaType: 415
            case .unprocessable: 422
            case .unavailable: 503
            case .internalError: 500
            }
        }

        func title(_ language: Language) -> String {
            switch (self, language) {
            case (.badRequest, .en): "Bad request"
            case (.badRequest, .vi): "Yêu cầu không hợp lệ"
            case (.unauthorized, .en): "Missing or wrong token"
            case (.unauthorized, .vi): "Thiếu hoặc sai mã truy cập"
            case (.forbidden, .en): "Not allowed for this token"
            case (.forbidden, .vi): "Mã truy cập này không được phép làm việc này"
            case (.notFound, .en): "Not found"
            case (.notFound, .vi): "Không tìm thấy"
            case (.methodNotAllowed, .en): "Method not allowed"
            case (.methodNotAllowed, .vi): "Phương thức không được hỗ trợ"
            case (.notAcceptable, .en): "Not acceptable"
            case (.notAcceptable, .vi): "Không trả lời được theo kiểu nội dung yêu cầu"
            case (.refused, .en): "Refused"
            case (.refused, .vi): "Bị từ chối"
            case (.keyReused, .en): "Idempotency key reused"
            case (.keyReused, .vi): "Khóa chống trùng lặp đã dùng cho yêu cầu khác"
            case (.staleVersion, .en): "Stale version"
            case (.staleVersion, .vi): "Phiên bản hồ sơ đã thay đổi"
            case (.tooLarge, .en): "Request too large"
            case (.tooLarge, .vi): "Yêu cầu quá lớn"
            case (.timeout, .en): "Request too slow"
            case (.timeout, .vi): "Yêu cầu gửi quá chậm"
            case (.unsupportedMediaType, .en): "Unsupported media type"
            case (.unsupportedMediaType, .vi): "Kiểu nội dung không được hỗ trợ"
            case (.unprocessable, .en): "Not possible with this catalog"
            case (.unprocessable, .vi): "Không thực hiện được với danh mục này"
            case (.unavailable, .en): "Store unavailable; retry"
            case (.unavailable, .vi): "Kho hồ sơ tạm thời không truy cập được; hãy thử lại"
            case (.internalError, .en): "Internal error"
            case (.internalError, .vi): "Lỗi nội bộ"
            }
        }
    }

    public var kind: Kind
    public var detail: String
    /// The detail in Vietnamese, where the service has it (what the database says of a failure
    /// stays in its own words inside it).
    public var detailVI: String?
    /// For refusals: what the case allows now.
    public var allowed: [String]?
    /// For 405: the methods the path allows (the `Allow` header).
    public var allow: String?

    public init(_ kind: Kind, _ detail: String, vi: String? = nil, allowed: [String]? = nil) {
        self.kind = kind
        self.detail = detail
        detailVI = vi
        self.allowed = allowed
    }

    public init(_ error: CaseError) {
        switch error {
        case .refused(_, let allowed):
            self.init(.refused, error.description, vi: error.text(.vi), allowed: allowed.map(\.description))
        case .staleVersion: self.init(.staleVersion, error.description, vi: error.text(.vi))
        case .keyReused: self.init(.keyReused, error.description, vi: error.text(.vi))
        case .unknownCase: self.init(.notFound, error.description, vi: error.text(.vi))
        // Well formed, but naming what the catalog lacks (a procedure, commune, step, fact) or a
        // moment the calendar cannot count from: 422 (400 is for a request that is malformed).
        case .usage: self.init(.unprocessable, error.description, vi: error.text(.vi))
        case .storage: self.init(.unavailable, error.description, vi: error.text(.vi))
        }
    }

    public var status: Int { kind.status }

    public func json(_ language: Language, instance: String?) -> [UInt8] {
        var object: [String: Any] = [
            "type": "https://tthc.gov.vn/problems/\(kind.rawValue)",
            "title": kind.title(language),
            "status": status,
            "detail": language == .vi ? (detailVI ?? detail) : detail,
        ]
        if let instance { object["instance"] = instance }
        if let allowed { object["allowed"] = allowed }
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return [UInt8](data)
    }
}
