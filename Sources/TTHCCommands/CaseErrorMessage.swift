import CaseEngine
import CaseForms
import Diagnostics

/// The case engine's errors as the case commands print them (`tthc: error:`, `tthc: refused:`):
/// in English as the engine words them; in Vietnamese, the frame (no such case, a stale version, a
/// reused key, what is allowed now) is translated, and what the engine says of the graph or the
/// store stays in its English words (docs/interpreter.md).
extension CaseError: DiagnosticMessage {
    public func text(_ language: MessageLanguage) -> String {
        guard language == .vi else { return description }
        switch self {
        case .refused(let message, let allowed):
            let list =
                allowed.isEmpty
                ? CaseWords.nothingAllowed.text(language) : allowed.map(\.description).joined(separator: "; ")
            return "\(message)\n" + CaseCommandWords.allowedNow(list).text(language)
        case .staleVersion(let id, let expected, let actual):
            return
                "hồ sơ \(id) đang ở phiên bản \(actual), không phải \(expected): đã có người ghi sự kiện trước; hãy xem lại hồ sơ rồi quyết định lại"
        case .keyReused(let key, let first):
            return "khóa idempotency \"\(key)\" đã được dùng cho một yêu cầu khác (\(first)); hãy dùng khóa mới"
        case .unknownCase(let id):
            return "không có hồ sơ \(id) trong kho"
        case .usage(let message), .storage(let message):
            return message
        }
    }
}
