import ArgumentParser
import CatalogModel
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
        The days come from the Labor Code rules (lunar Tết and Hùng Kings day computed for UTC+7,
        compensatory days) overridden by the official decisions in the catalog's calendar folder.
        --format ics writes an iCalendar file staff can import into a calendar application.
        Exit status: 0 listed, 2 bad input (a year outside 1900–2100, an unreadable catalog).
        """
    )

    @Argument(help: "The year, 1900–2100.")
    var year: Int

    @Option(help: "Output format: text, json or ics (iCalendar).")
    var format: HolidaysFormat = .text

    @Option(help: "The catalog whose calendar decisions are used.")
    var catalog: String = "Catalog"

    func validate() throws {
        guard (1900...2100).contains(year) else {
            throw ValidationError("year \(year) is outside 1900–2100, the range of the calendar")
        }
    }

    func run() throws {
        let loaded = try CatalogTarget.load(catalog)
        try DeadlineCommand.requireUsable(loaded, procedureFile: nil, catalogPath: catalog)
        let calendar: WorkCalendar
        do { calendar = try loaded.catalog.workCalendar() } catch let error as CalendarError { throw CommandFailure.usage(error.description) }
        let export = HolidayCalendarExport(calendar: calendar)
        switch format {
        case .text: Console.out(export.text(year: year))
        case .json: Console.out(try export.json(year: year))
        case .ics: Console.out(export.ics(year: year))
        }
    }
}
