import Foundation
import TestSupport

@testable import WorkCalendar

/// Shorthand for test dates; traps on a bad literal (a test bug, not a tested behaviour).
func d(_ text: String) -> CivilDate { try! CivilDate(parsing: text) }
func t(_ text: String) -> LocalDateTime { try! LocalDateTime(parsing: text) }

enum Fixtures {
    static var directory: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The source folder of the fixtures, for re-recording golden files (TTHC_UPDATE_GOLDEN=1).
    static func sourceURL(_ name: String, file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Fixtures")
            .appendingPathComponent(name)
    }

    /// The repository root (for reading Catalog/calendar/*.yaml).
    static func repoURL(_ path: String, file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(path)
    }
}

/// The official decisions of 2020–2026 written in Swift, mirroring Catalog/calendar/*.yaml
/// (a test checks that the YAML files list the same dates).
enum OfficialDecisions {
    static func day(_ date: String, _ name: String, _ nameEn: String) -> OfficialDecision.Day {
        OfficialDecision.Day(d(date), name: name, nameEn: nameEn)
    }

    // 2020–2023: Tết (and National Day) decisions as news reports give them; see Catalog/calendar.
    static let y2020to2023: [OfficialDecision] = [
        OfficialDecision(
            source: "9087/VPCP-KGVX", provenance: .confirmed,
            tetDays: ["2020-01-23", "2020-01-24", "2020-01-27", "2020-01-28", "2020-01-29"].map(d)),
        OfficialDecision(
            source: "4875/TB-LĐTBXH", provenance: .secondary,
            tetDays: ["2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16"].map(d),
            nationalDayDays: ["2021-09-02", "2021-09-03"].map(d)),
        OfficialDecision(
            source: "245/VPCP", provenance: .secondary,
            tetDays: ["2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04"].map(d)),
        OfficialDecision(
            source: "8056/VPCP-KGVX", provenance: .confirmed,
            tetDays: ["2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26"].map(d),
            nationalDayDays: ["2023-09-01", "2023-09-04"].map(d)),
    ]

    static let y2024: [OfficialDecision] = [
        OfficialDecision(
            source:
                "Công văn 8662/VPCP-KGVX ngày 03/11/2023 của Văn phòng Chính phủ về nghỉ Tết Âm lịch và nghỉ lễ Quốc khánh năm 2024",
            provenance: .confirmed,
            tetDays: ["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"].map(d),
            nationalDayDays: ["2024-09-02", "2024-09-03"].map(d)),
        OfficialDecision(
            source: "Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ",
            provenance: .confirmed,
            daysOff: [
                day("2024-04-29", "Nghỉ hoán đổi dịp 30/4 – 1/5", "Swapped day off (Victory Day and Labour Day)")
            ],
            workingDays: [day("2024-05-04", "Làm bù cho ngày 29/04/2024", "Saturday worked in exchange for 29 April")]),
    ]

    static let y2025: [OfficialDecision] = [
        OfficialDecision(
            source: "Thông báo 6150/TB-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ Tết Âm lịch 2025",
            provenance: .secondary,
            tetDays: ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"].map(d)),
        OfficialDecision(
            source: "Hoán đổi ngày làm việc dịp 30/4 – 1/5/2025 (VietnamPlus; số văn bản chưa xác minh)",
            provenance: .secondary,
            daysOff: [
                day("2025-05-02", "Nghỉ hoán đổi dịp 30/4 – 1/5", "Swapped day off (Victory Day and Labour Day)")
            ],
            workingDays: [day("2025-04-26", "Làm bù cho ngày 02/05/2025", "Saturday worked in exchange for 2 May")]),
    ]

    static let y2026: [OfficialDecision] = [
        OfficialDecision(
            source: "Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ",
            sourceEn: "Government Office Official Letter 12729/VPCP-KGVX of 25 Dec 2025",
            provenance: .confirmed,
            daysOff: [day("2026-01-02", "Nghỉ hoán đổi dịp Tết Dương lịch", "Swapped day off (New Year)")],
            workingDays: [day("2026-01-10", "Làm bù cho ngày 02/01/2026", "Saturday worked in exchange for 2 January")]),
        OfficialDecision(
            source: "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ",
            provenance: .confirmed,
            tetDays: ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"].map(d)),
        OfficialDecision(
            source: "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (hoán đổi dịp Quốc khánh)",
            provenance: .secondary,
            daysOff: [day("2026-08-31", "Nghỉ hoán đổi dịp Quốc khánh", "Swapped day off (National Day)")],
            workingDays: [day("2026-08-22", "Làm bù cho ngày 31/08/2026", "Saturday worked in exchange for 31 August")]),
    ]

    static let all = y2020to2023 + y2024 + y2025 + y2026

    /// Built once: the index covers 1900–2100.
    static let calendar: WorkCalendar = try! WorkCalendar(decisions: all)
}
