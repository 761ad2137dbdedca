import ArgumentParser
import CatalogModel
import Diagnostics
import WorkCalendar
import WorkflowCompiler

/// `--at DATE`: the date a question is asked about. The text is kept as given and read by the
/// command, so a bad date is explained in words (impossible, not YYYY-MM-DD), in the run's
/// language, exit 2, rather than as the option parser's bare "invalid".
struct AtDate: ExpressibleByArgument, Sendable {
    let text: String

    init?(argument: String) {
        text = argument
    }

    init(_ date: CivilDate) { text = date.description }

    /// The date, or exit 2 saying what is wrong with the text; `option` names it in the message.
    func date(option: String = "--at") throws -> CivilDate {
        do { return try CivilDate(parsing: text) } catch let error as CalendarError {
            throw CommandFailure.usage(OptionValueProblem(option: "\(option) \(text)", problem: error))
        }
    }

    /// The date, when the catalog can answer for it: a date outside the catalog's range (before
    /// its effective date, after its calendar's last year) cannot be, exit 2 saying what the
    /// range is.
    func date(in catalog: Catalog) throws -> CivilDate {
        let date = try date()
        let (first, last) = DatedValuesCheck.range(of: catalog)
        if let first, date < first {
            throw CommandFailure.usage(
                CommandMessage.atBeforeCatalog(date: date, first: first))
        }
        if let last, last < date {
            throw CommandFailure.usage(
                CommandMessage.atAfterCalendar(date: date, last: last))
        }
        return date
    }
}
