import ArgumentParser
import CatalogModel
import Diagnostics
import WorkCalendar
import WorkflowCompiler

/// `--at DATE`: the date a question is asked about.
struct AtDate: ExpressibleByArgument, Sendable {
    var date: CivilDate

    init?(argument: String) {
        guard let date = try? CivilDate(parsing: argument) else { return nil }
        self.date = date
    }

    init(_ date: CivilDate) { self.date = date }

    /// A date outside the catalog's range (before its effective date, after its calendar's last
    /// year) cannot be answered: exit 2 saying what the range is.
    func requireInRange(of catalog: Catalog, language: MessageLanguage) throws {
        let (first, last) = DatedValuesCheck.range(of: catalog)
        if let first, date < first {
            throw CommandFailure.usage(language == .vi
                ? "--at \(date.vietnameseText) trước ngày danh mục có hiệu lực \(first.vietnameseText) (catalog.yaml); hãy chọn ngày từ \(first.vietnameseText)"
                : "--at \(date) is before the catalog's effective date \(first) (catalog.yaml); ask about \(first) or later")
        }
        if let last, last < date {
            throw CommandFailure.usage(language == .vi
                ? "--at \(date.vietnameseText) sau ngày cuối cùng có lịch, \(last.vietnameseText); hãy bổ sung calendar/\(date.year).yaml hoặc chọn ngày sớm hơn"
                : "--at \(date) is after the last day the catalog's calendar knows, \(last); add calendar/\(date.year).yaml or ask about an earlier date")
        }
    }
}
