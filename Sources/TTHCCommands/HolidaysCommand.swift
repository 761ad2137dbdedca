import ArgumentParser
import CatalogModel
import Diagnostics
import Foundation
import WorkCalendar

enum HolidaysFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, ics
}

struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "List a year's non-working days (with names) and the Saturdays worked in exchange.",
        discussion: """
            The days come from the Labor Code rules (lunar Tết and Hùng Kings day computed for UTC+7, \
            compensatory days) overridden by the official decisions in the catalog's calendar folder. \
            A year is official when a decision there sets its Tết days, estimated otherwise: the listing \
            says which, and for an estimated year what the estimate assumes.

              tthc holidays 2027            the days, with the year's status
              tthc holidays --status        every year from the first decision to next year
              tthc holidays 2027 --draft    a decision file to fill in (calendar/2027.yaml)

            --format ics writes an iCalendar file staff can import into a calendar application; an \
            estimated year's days are TENTATIVE there. \
            Exit status: 0 listed, 1 an estimated year under --require-official, 2 bad input (a year \
            outside 1900–2100, an unreadable catalog).
            """
    )

    @Argument(help: "The year, 1900–2100.")
    var year: Int?

    @Option(help: "Output format: text, json or ics (iCalendar).")
    var format: HolidaysFormat = .text

    @Option(
        help:
            "The catalog whose calendar decisions are used (its folder, or any path inside it). Default: the catalog around the working directory, else Catalog."
    )
    var catalog: String?

    @Flag(help: "List the years and whether each is official or estimated.")
    var status = false

    @Flag(
        help:
            "Print a decision file for the year, filled in from the estimate, to complete and save as calendar/YEAR.yaml."
    )
    var draft = false

    @Flag(name: .customLong("require-official"), help: "Fail (exit 1) when the year has no official decision.")
    var requireOfficial = false

    @Option(help: "Today's date, YYYY-MM-DD (default: today in Vietnam); --status lists up to the next year.")
    var today: String?

    @Option(help: "Language of the text: en or vi.")
    var lang: MessageLanguage = .en

    func validate() throws {
        if let year, !(1900...2100).contains(year) {
            throw UsageRefusal.error(.yearOutsideCalendar(year), in: lang)
        }
        if status, year != nil {
            throw UsageRefusal.error(.statusTakesNoYear, in: lang)
        }
        if !status, year == nil {
            throw UsageRefusal.error(.needsYearOrStatus, in: lang)
        }
        if draft, format != .text {
            throw UsageRefusal.error(.draftTakesNoFormat, in: lang)
        }
        if status, format == .ics {
            throw UsageRefusal.error(.statusFormat, in: lang)
        }
    }

    func run() throws {
        let loaded = try CatalogTarget.load(catalog, reading: .calendar)
        let catalogPath = RunContext.current.pathDisplay(loaded.catalog.root)
        try DeadlineCommand.requireUsable(loaded, catalogPath: catalogPath, lang: lang)
        let calendar = try DeadlineQuery.calendarInput { try loaded.catalog.workCalendar() }
        if status {
            let years = try statusYears(calendar)
            let statuses = years.map { calendar.status(ofYear: $0) }
            switch format {
            case .json:
                Console.out(try ReportJSON.text(statuses))
            default:
                Console.out(YearStatusTable.text(statuses, language: lang == .vi ? .vi : .en))
            }
            if requireOfficial, let first = statuses.first(where: \.isEstimated) {
                throw estimatedFailure(first.year)
            }
            return
        }
        guard let year else { return }
        if requireOfficial, calendar.isEstimated(year: year) { throw estimatedFailure(year) }
        if draft {
            Console.out(DecisionDraft.yaml(year: year, calendar: calendar))
            return
        }
        let export = HolidayCalendarExport(calendar: calendar)
        switch format {
        case .text:
            Console.out(export.statusText(year: year, language: lang == .vi ? .vi : .en) + export.text(year: year))
        case .json: Console.out(try export.json(year: year))
        case .ics: Console.out(export.ics(year: year))
        }
    }

    /// From the first year a decision covers (or this year) to next year, and any later decided year.
    private func statusYears(_ calendar: WorkCalendar) throws -> [Int] {
        let now: CivilDate
        if let today {
            do { now = try CivilDate(parsing: today) } catch let error as CalendarError {
                throw CommandFailure.usage(
                    OptionValueProblem(option: "--today", problem: error))
            }
        } else {
            // Vietnam is UTC+7 all year.
            let seconds = Int(Date().timeIntervalSince1970) + 7 * 3600
            now = try CivilDate(dayNumber: seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400)
        }
        let decided = calendar.decisions.flatMap { $0.tetDays.map(\.year) }
        let first = min(decided.min() ?? now.year, now.year)
        let last = min(2100, max(decided.max() ?? now.year, now.year + 1))
        return Array(first...last)
    }

    private func estimatedFailure(_ year: Int) -> Error {
        Console.say(.noOfficialDecision(year: year), as: .error, in: lang)
        return ExitCode(1)
    }
}

/// `tthc holidays --status`: one line per year.
enum YearStatusTable {
    static func text(_ statuses: [YearStatus], language: DeadlineResult.Language) -> String {
        var lines: [String] = []
        for s in statuses {
            let tet = s.tetDaysOff.isEmpty ? "—" : "\(s.tetDaysOff.first!)…\(s.tetDaysOff.last!)"
            switch (s.status, language) {
            case (.official, .en):
                lines.append(
                    "\(s.year)  official   Tết \(tet)  [\(s.provenance?.rawValue ?? "")] \(s.sources.first { !$0.isEmpty } ?? "")"
                        + (s.sources.count > 1 ? " (+\(s.sources.count - 1) more)" : ""))
            case (.official, .vi):
                lines.append(
                    "\(s.year)  chính thức  Tết \(tet)  [\(s.provenance?.vietnameseLabel ?? "")] \(s.sources.first { !$0.isEmpty } ?? "")"
                        + (s.sources.count > 1 ? " (+\(s.sources.count - 1) văn bản khác)" : ""))
            case (.estimated, .en):
                lines.append(
                    "\(s.year)  estimated  Tết \(tet)  (rules' estimate: no decision in the catalog; `tthc holidays \(s.year)` says what it assumes)"
                )
            case (.estimated, .vi):
                lines.append(
                    "\(s.year)  ước tính    Tết \(tet)  (ước tính theo quy tắc: danh mục chưa có quyết định; xem `tthc holidays \(s.year)`)"
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `tthc holidays YEAR --draft`: a decision file filled in from the estimate, for policy staff to
/// correct against the published document (docs/calendar.md §5, "Adding next year's decision").
enum DecisionDraft {
    static func yaml(year: Int, calendar: WorkCalendar) -> String {
        let status = calendar.status(ofYear: year)
        let tet = status.tetDaysOff
        let nationalDay = calendar.nonWorkingDays(in: year).filter {
            !$0.date.weekday.isWeekend && $0.date.month >= 8 && $0.date.month <= 9
                && $0.kind.name.contains("Quốc khánh")
        }.map(\.date)
        func list(_ dates: [CivilDate]) -> String { "[" + dates.map(\.description).joined(separator: ", ") + "]" }
        var out = """
            # Lịch nghỉ lễ, Tết năm \(year) (state sector): a draft printed by `tthc holidays \(year) --draft`
            # from the \(status.isEstimated ? "rules' estimate" : "official decisions already in the catalog").
            # 1. Correct every date against the published document (Thông báo / Công văn), and fill in its
            #    number, date and issuer in `source`; set `provenance: confirmed` once you have read the text.
            # 2. Delete what the decision does not say; uncomment days_off/working_days for a swap.
            # 3. Save as calendar/\(year).yaml and run `tthc check`: it checks the dates are in \(year), each day
            #    off is paired with a worked Saturday, and no holiday is swapped away.
            year: \(year)
            decisions:
              - source: "Thông báo số …/TB-… ngày …/…/\(year - 1) của … về việc nghỉ Tết Âm lịch và Quốc khánh năm \(year)"
                source_en: "Announcement …/TB-… of … on the \(year) Lunar New Year and National Day holidays"
                provenance: unverified         # confirmed | secondary | unverified
                tet_days: \(list(tet))   # weekdays off around Tết (the estimate)

            """
        if !nationalDay.isEmpty {
            out += "    national_day_days: \(list(nationalDay))   # weekdays off for National Day (the estimate)\n"
        }
        out += """
                # days_off:                    # a working day made a day off, paired with the Saturday worked for it
                #   - { date: \(year)-MM-DD, name: "Nghỉ hoán đổi dịp …", name_en: "Swapped day off (…)" }
                # working_days:
                #   - { date: \(year)-MM-DD, name: "Làm bù cho ngày DD/MM/\(year)", name_en: "Saturday worked in exchange for …" }

            """
        return out
    }
}
