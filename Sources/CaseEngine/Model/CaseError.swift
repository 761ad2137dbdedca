import Diagnostics

/// Why a request was not carried out. Nothing is recorded in any case.
///
/// Two families, which the CLI maps to exit codes: a *refusal* (exit 1) is a well-formed request
/// that the case's state or the graph does not allow now; a *usage* error (exit 2) is a request that
/// names something that does not exist or cannot be read.
public enum CaseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The event is not allowed now; `allowed` lists what is.
    case refused(CaseMessage, allowed: [AllowedEvent])
    /// The caller expected another case version (someone else wrote first).
    case staleVersion(caseId: String, expected: Int, actual: Int)
    /// An idempotency key was reused for a different request.
    case keyReused(key: String, firstUse: String)
    case unknownCase(String)
    case usage(CaseMessage)
    /// The store failed, or holds what it should not (what failed is in the database's words).
    case storage(CaseMessage)

    public var isRefusal: Bool {
        switch self {
        case .refused, .staleVersion, .keyReused: true
        case .unknownCase, .usage, .storage: false
        }
    }

    public var description: String { text(.en) }
}

/// The message in either language (`--lang vi` on the case commands, `Accept-Language: vi` on the
/// server); a storage error is the database's own words.
extension CaseError: DiagnosticMessage {
    public func text(_ language: MessageLanguage) -> String {
        let vi = language == .vi
        switch self {
        case .refused(let message, let allowed):
            let list =
                allowed.isEmpty
                ? (vi ? "không còn thao tác nào (hồ sơ đã kết thúc)" : "nothing (the case is closed)")
                : allowed.map(\.description).joined(separator: "; ")
            return "\(message.text(language))\n" + AllowedEvent.allowedNow(list, language)
        case .staleVersion(let id, let expected, let actual):
            return vi
                ? "hồ sơ \(id) đang ở phiên bản \(actual), không phải \(expected): đã có người ghi sự kiện trước; hãy xem lại hồ sơ rồi quyết định lại"
                : "case \(id) is at version \(actual), not \(expected): someone else recorded an event first; show the case and decide again"
        case .keyReused(let key, let first):
            return vi
                ? "khóa idempotency \"\(key)\" đã được dùng cho một yêu cầu khác (\(first)); hãy dùng khóa mới"
                : "idempotency key \"\(key)\" was already used for another request (\(first)); use a new key"
        case .unknownCase(let id):
            return vi ? "không có hồ sơ \(id) trong kho" : "no case \(id) in this store"
        case .usage(let message), .storage(let message):
            return message.text(language)
        }
    }
}

extension AllowedEvent {
    /// "allowed now: …", the one wording of the line `case open`, `case event` and a refusal end with.
    public static func allowedNow(_ list: String, _ language: MessageLanguage) -> String {
        language == .vi ? "được phép lúc này: \(list)" : "allowed now: \(list)"
    }
}
