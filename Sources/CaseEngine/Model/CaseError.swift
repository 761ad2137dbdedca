/// Why a request was not carried out. Nothing is recorded in any case.
///
/// Two families, which the CLI maps to exit codes: a *refusal* (exit 1) is a well-formed request
/// that the case's state or the graph does not allow now; a *usage* error (exit 2) is a request that
/// names something that does not exist or cannot be read.
public enum CaseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The event is not allowed now; `allowed` lists what is.
    case refused(String, allowed: [AllowedEvent])
    /// The caller expected another case version (someone else wrote first).
    case staleVersion(caseId: String, expected: Int, actual: Int)
    /// An idempotency key was reused for a different request.
    case keyReused(key: String, firstUse: String)
    case unknownCase(String)
    case usage(String)
    case storage(String)

    public var isRefusal: Bool {
        switch self {
        case .refused, .staleVersion, .keyReused: true
        case .unknownCase, .usage, .storage: false
        }
    }

    public var description: String {
        switch self {
        case .refused(let message, let allowed):
            let list =
                allowed.isEmpty ? "nothing (the case is closed)" : allowed.map(\.description).joined(separator: "; ")
            return "\(message)\nallowed now: \(list)"
        case .staleVersion(let id, let expected, let actual):
            return
                "case \(id) is at version \(actual), not \(expected): someone else recorded an event first; show the case and decide again"
        case .keyReused(let key, let first):
            return "idempotency key \"\(key)\" was already used for another request (\(first)); use a new key"
        case .unknownCase(let id):
            return "no case \(id) in this store"
        case .usage(let message), .storage(let message):
            return message
        }
    }
}
