import CaseEngine
import WorkCalendar

/// Dates and times as Vietnamese forms write them.
enum VietnameseDates {
    /// "09 giờ 00 phút, ngày 02/03/2026".
    static func moment(_ t: LocalDateTime) -> String {
        let h = t.time.hour
        let m = t.time.minute
        return "\(h < 10 ? "0" : "")\(h) giờ \(m < 10 ? "0" : "")\(m) phút, ngày \(t.date.vietnameseText)"
    }

    /// "ngày 02 tháng 3 năm 2026", the date line of a letter.
    static func letterDate(_ d: CivilDate) -> String {
        "ngày \(d.day < 10 ? "0" : "")\(d.day) tháng \(d.month) năm \(d.year)"
    }
}
