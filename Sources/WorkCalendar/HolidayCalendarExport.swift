#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A year's non-working days and worked Saturdays as iCalendar (RFC 5545), text or JSON.
public struct HolidayCalendarExport: Sendable {
    public let calendar: WorkCalendar

    public init(calendar: WorkCalendar) {
        self.calendar = calendar
    }

    /// The days listed for a year: non-working days (holidays, compensatory and swapped days) and
    /// worked Saturdays, by date.
    public func days(year: Int) -> [CalendarDay] {
        (calendar.nonWorkingDays(in: year) + calendar.workedSaturdays(in: year)).sorted { $0.date < $1.date }
    }

    /// A VCALENDAR with one all-day VEVENT per listed day. Deterministic: DTSTAMP is fixed to
    /// the first instant of the year, so the same calendar gives the same bytes.
    public func ics(year: Int) -> String {
        var w = ICalendarWriter()
        w.line("BEGIN:VCALENDAR")
        w.line("VERSION:2.0")
        w.line("PRODID:-//tthc//WorkCalendar//VI")
        w.line("CALSCALE:GREGORIAN")
        w.line("METHOD:PUBLISH")
        w.property("X-WR-CALNAME", "Ngày nghỉ và ngày làm bù \(year) (khu vực nhà nước)")
        w.line("X-WR-TIMEZONE:Asia/Ho_Chi_Minh")
        // An estimated year's days may move when the decision comes: calendar applications show
        // TENTATIVE events as such.
        let estimated = calendar.isEstimated(year: year)
        for day in days(year: year) {
            let start = Self.basic(day.date)
            let end = Self.basic(CivilDate(uncheckedDayNumber: day.date.dayNumber + 1))
            w.line("BEGIN:VEVENT")
            w.line("UID:\(day.date)-\(day.kind.code)@workcalendar.tthc")
            w.line("DTSTAMP:\(pad4(year))0101T000000Z")
            w.line("DTSTART;VALUE=DATE:\(start)")
            w.line("DTEND;VALUE=DATE:\(end)")
            w.property("SUMMARY", day.kind.isWorkingDay ? "Làm bù: \(day.kind.name)" : day.kind.name)
            var description = day.kind.nameEn
            if let source = day.kind.source { description += "\n" + source }
            if estimated {
                description +=
                    "\nEstimated: no official decision for \(year) yet (Ước tính: chưa có quyết định chính thức năm \(year))"
            }
            w.property("DESCRIPTION", description)
            w.line("STATUS:\(estimated ? "TENTATIVE" : "CONFIRMED")")
            w.line("CATEGORIES:\(day.kind.isWorkingDay ? "WORKING-DAY" : "HOLIDAY")")
            // A day off does not block time in a calendar; a worked Saturday does.
            w.line("TRANSP:\(day.kind.isWorkingDay ? "OPAQUE" : "TRANSPARENT")")
            w.line("END:VEVENT")
        }
        w.line("END:VCALENDAR")
        return w.text
    }

    /// One line per day: `2026-01-02 Fri  swapped_off      Nghỉ hoán đổi … — Swapped day off (New Year)`.
    public func text(year: Int) -> String {
        days(year: year).map { day in
            var line =
                "\(day.date) \(day.date.weekday.shortName)  \(day.kind.code.padding(16))\(day.kind.name) — \(day.kind.nameEn)"
            if let source = day.kind.source { line += " [\(source)]" }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// `{"year": 2026, "status": {...}, "days": [...]}`, pretty-printed with sorted keys.
    public func json(year: Int) throws -> String {
        struct Listing: Encodable {
            let year: Int
            let status: YearStatus
            let days: [CalendarDay]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let listing = Listing(year: year, status: calendar.status(ofYear: year), days: days(year: year))
        return String(decoding: try encoder.encode(listing), as: UTF8.self) + "\n"
    }

    /// The year's status for people: `2027: estimated — …` and, for an estimated year, what the
    /// estimate assumes, one line each.
    public func statusText(year: Int, language: DeadlineResult.Language = .en) -> String {
        let status = calendar.status(ofYear: year)
        var lines: [String] = []
        switch (status.status, language) {
        case (.official, .en):
            lines.append(
                "\(year): official — \(status.sources.joined(separator: "; "))"
                    + (status.provenance.map { " [\($0.rawValue)]" } ?? ""))
        case (.official, .vi):
            lines.append(
                "\(year): chính thức — \(status.sources.joined(separator: "; "))"
                    + (status.provenance.map { " [\($0.vietnameseLabel)]" } ?? ""))
        case (.estimated, .en):
            lines.append("\(year): estimated — the rules' estimate, not an official decision:")
        case (.estimated, .vi):
            lines.append("\(year): ước tính — theo quy tắc, chưa phải quyết định chính thức:")
        }
        for note in status.assumptions { lines.append("  - " + (language == .vi ? note.vi : note.en)) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func basic(_ d: CivilDate) -> String { "\(pad4(d.year))\(pad2(d.month))\(pad2(d.day))" }
}

/// Content lines with RFC 5545 text escaping, CRLF line ends and folding at 75 octets.
struct ICalendarWriter {
    private(set) var text = ""

    mutating func property(_ name: String, _ value: String) {
        line("\(name):\(Self.escape(value))")
    }

    mutating func line(_ content: String) {
        text += Self.fold(content) + "\r\n"
    }

    /// Backslash, semicolon, comma and newline are escaped in TEXT values (RFC 5545 §3.3.11).
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    /// Splits a line so that no physical line exceeds 75 octets, never inside a UTF-8 sequence
    /// (nor inside a grapheme); continuation lines start with one space (RFC 5545 §3.1).
    static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for c in line {
            let n = String(c).utf8.count
            if octets + n > 75 {
                out += "\r\n "
                octets = 1
            }
            out.append(c)
            octets += n
        }
        return out
    }
}
