import Foundation
import WorkCalendar

/// Today's date in Việt Nam (UTC+7, no daylight saving), for rules that look at expiry.
public enum LintToday {
    public static func date(now: Date = Date()) -> CivilDate {
        let days = Int(((now.timeIntervalSince1970 + 7 * 3600) / 86400).rounded(.down))
        return (try? CivilDate(dayNumber: days)) ?? (try! CivilDate(2025, 7, 1))
    }
}
