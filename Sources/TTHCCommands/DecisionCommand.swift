import ArgumentParser
import CatalogModel
import Diagnostics
import Exporters
import Foundation
import WorkCalendar

struct DecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision",
        abstract: "Draft the announcing decision (quyết định công bố) of a catalog change.",
        subcommands: [DecisionDraftCommand.self]
    )
}

struct DecisionDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract:
            "The annex of the announcing decision for the changes between two catalogs, as HTML (A4, Vietnamese) or CSV.",
        discussion: """
            OLD and NEW are given as to `tthc diff` (folders, or git revisions of --catalog; NEW defaults \
            to the catalog on disk). The annex has Part I (new procedures), Part II (amended, supplemented \
            or replaced) and Part III (abolished: removed, or given an end date); in each, provincial, \
            commune and inter-level procedures, by field, with code, name, deadline, place of receipt, \
            fees and legal basis. --format cite lists what the decision's own text must cite (the HTML \
            carries the same list on a last page that is not printed). Nothing is drafted when either \
            catalog has errors: a procedure whose file cannot be read would be listed as abolished.

              tthc decision draft HEAD~3 --format html -o phu-luc.html
              tthc decision draft main HEAD --format csv -o phu-luc.csv \\
                --number 123/QĐ-UBND --date 2026-12-15
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, csv, cite }

    @OptionGroup var catalogs: CatalogPairArguments

    @Option(help: "html, csv or cite.")
    var format: Format = .html

    @Option(help: "The decision's number, as it will be printed (default: ……/QĐ-UBND).")
    var number: String?

    @Option(help: "The decision's date (YYYY-MM-DD; default: left blank).")
    var date: AtDate?

    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Language of error messages: en or vi (the annex is in Vietnamese).")
    var lang: MessageLanguage = .en

    func run() throws {
        let decisionDate = try date?.date(option: "--date")
        let pair = try CatalogPair.load(catalogs, language: lang)
        defer { pair.cleanUp() }
        let diff = CatalogDiff.compare(old: pair.old, new: pair.new)
        let annex = DecisionAnnex(
            diff: diff, old: pair.old, new: pair.new, decisionNumber: number, decisionDate: decisionDate)
        let text: String
        switch format {
        case .html: text = try annex.html()
        case .csv: text = annex.csv()
        case .cite: text = annex.citationText()
        }
        try CatalogOutput.write(text, to: output)
    }
}
