/// The result of a step or a dossier as Form 06 (Circular 03/2025/TT-VPCP) records it:
/// Trước hạn / Đúng hạn / Quá hạn.
public enum DeadlineStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Returned on a calendar day before the due day.
    case ahead
    /// Returned on the due day, not after the due time.
    case onTime = "on_time"
    /// Returned after the due instant.
    case overdue

    /// Compares by date first: anything returned before the due *day* is early, because the
    /// form records days, not minutes; on the due day the due time decides.
    public static func of(returned: LocalDateTime, due: LocalDateTime) -> DeadlineStatus {
        if returned > due { return .overdue }
        return returned.date < due.date ? .ahead : .onTime
    }

    public var vietnameseLabel: String {
        switch self {
        case .ahead: return "Trước hạn"
        case .onTime: return "Đúng hạn"
        case .overdue: return "Quá hạn"
        }
    }
}
