import Diagnostics
import Foundation
import WorkCalendar

/// Durations in Vietnamese words, for messages: "3 ngày làm việc" (English is `WorkDuration.description`).
enum DurationText {
    static func vietnamese(_ duration: WorkDuration) -> String {
        duration.terms.map { vietnamese($0.amount, $0.unit) }.joined(separator: " + ")
    }

    static func vietnamese(_ amount: Double, _ unit: WorkDuration.Unit) -> String {
        let n =
            amount == amount.rounded() ? String(Int(amount)) : String(amount).replacingOccurrences(of: ".", with: ",")
        switch unit {
        case .workingDays: return "\(n) ngày làm việc"
        case .workingHours: return "\(n) giờ làm việc"
        case .calendarDays: return "\(n) ngày"
        case .sameDay: return "trong ngày"
        }
    }
}
