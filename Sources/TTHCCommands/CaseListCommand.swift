import ArgumentParser
import CaseEngine
import CaseForms
import Diagnostics
import Foundation

struct CaseListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the cases of the store, with their due times and status.",
        discussion: """
            --overdue keeps the open cases past due; --unit U the cases received by U or with a step active at U \
            (a unit or role: thanh-nua.pasc, province.construction).
            """
    )

    @Flag(help: "Only open cases that are past due.")
    var overdue = false

    @Option(help: "Only cases received by this unit or with an active step there.")
    var unit: String?

    @Flag(help: "Only open cases.")
    var open = false

    @Option(help: "Judge due times at this moment. Default: now.")
    var now: String?

    @OptionGroup var options: CaseStoreOptions

    func run() throws {
        let moment = try CaseCLI.time(now, option: "--now")
        let store = try options.open()
        let cases = try options.run { () throws(CaseError) in try store.cases(openOnly: overdue || open) }
        var reports = cases.map {
            CaseReport($0.state, interpreter: $0.interpreter, now: max(moment, $0.state.lastEventAt))
        }
        if overdue { reports = reports.filter { $0.status == .overdue } }
        if let unit {
            // A unit no case's catalog knows is a typo, not an empty list.
            if let some = cases.first, !cases.contains(where: { $0.interpreter.directory.isConcreteUnit(unit) }) {
                let example = some.state.opening.receivingUnit
                let suggestion = some.interpreter.directory.nearestConcreteUnit(to: unit)
                throw CommandFailure.usage(
                    CommandMessage.unknownUnit(unit, example: "\(example)", suggestion: suggestion))
            }
            reports = reports.filter { r in
                r.receivingUnit == unit || r.receivingUnit.hasPrefix(unit + ".")
                    || r.steps.contains { $0.active && ($0.performer == unit || $0.performer.hasPrefix(unit + ".")) }
            }
        }
        switch options.format {
        case .json:
            Console.out(try ReportJSON.text(reports))
        case .text:
            Console.out(CaseTextRenderer.list(reports, language: options.lang))
        }
    }
}
