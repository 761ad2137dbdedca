import Foundation
import Testing

@testable import WorkCalendar

@Suite("Holiday exports")
struct HolidayExportTests {
    let export = HolidayCalendarExport(calendar: OfficialDecisions.calendar)

    @Test func icsIsValidRFC5545() throws {
        let ics = export.ics(year: 2026)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        // Every line ends with CRLF: no bare LF, no bare CR.
        let bytes = Array(ics.utf8)
        for (i, b) in bytes.enumerated() {
            if b == 10 { #expect(i > 0 && bytes[i - 1] == 13) }
            if b == 13 { #expect(i + 1 < bytes.count && bytes[i + 1] == 10) }
        }
        // No physical line longer than 75 octets; folded lines continue with one space.
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        for line in lines {
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(String(decoding: Array(line.utf8), as: UTF8.self) == line)  // never split inside UTF-8
        }
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        let events = unfolded.components(separatedBy: "BEGIN:VEVENT").count - 1
        #expect(events == export.days(year: 2026).count)
        #expect(events == 15 + 2)  // 14 weekday days off + Sun 26/4 Hùng Kings; 2 worked Saturdays
        #expect(unfolded.contains("UID:2026-04-27-compensatory@workcalendar.tthc\r\n"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20260102\r\nDTEND;VALUE=DATE:20260103\r\n"))
        #expect(unfolded.contains("SUMMARY:Làm bù: Làm bù cho ngày 02/01/2026\r\n"))
        #expect(
            unfolded.contains(
                "DESCRIPTION:Swapped day off (New Year)\\nCông văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ\r\n"
            ))
        #expect(unfolded.components(separatedBy: "TRANSP:OPAQUE").count - 1 == 2)
        #expect(unfolded.components(separatedBy: "DTSTAMP:20260101T000000Z").count - 1 == events)
        // Deterministic.
        #expect(ics == export.ics(year: 2026))
    }

    @Test func foldingAndEscaping() {
        let long = String(repeating: "ệ", count: 40)  // 3 octets each
        let folded = ICalendarWriter.fold("SUMMARY:" + long)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count == 2)
        #expect(parts[0].utf8.count == 8 + 22 * 3)
        #expect(parts[1].hasPrefix(" "))
        #expect(parts[0] + parts[1].dropFirst() == "SUMMARY:" + long)
        #expect(ICalendarWriter.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    }

    @Test func textListing() {
        let text = export.text(year: 2026)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 17)
        #expect(lines[0] == "2026-01-01 Thu  holiday         Tết Dương lịch — New Year's Day")
        #expect(
            lines.contains(
                "2026-04-27 Mon  compensatory    Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) — Compensatory day off for Hùng Kings' Commemoration Day"
            ))
        #expect(lines.contains { $0.hasPrefix("2026-01-10 Sat  worked_saturday Làm bù cho ngày 02/01/2026") })
    }

    @Test func jsonListing() throws {
        let json = try export.json(year: 2026)
        struct Listing: Decodable {
            let year: Int
            let days: [CalendarDay]
        }
        let listing = try JSONDecoder().decode(Listing.self, from: Data(json.utf8))
        #expect(listing.year == 2026)
        #expect(listing.days == export.days(year: 2026))
        #expect(json.contains("\"kind\" : \"swapped_off\""))
    }
}
