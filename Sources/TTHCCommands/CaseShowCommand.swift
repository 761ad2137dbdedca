import ArgumentParser
import CaseEngine
import Foundation

enum CaseForm: String, ExpressibleByArgument, CaseIterable {
    /// Form 04: apology and extension request.
    case apology = "04"
    /// Form 06: process control sheet.
    case controlSheet = "06"
}

struct CaseShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a case: its timeline, due times, pauses, status and what is allowed now.",
        discussion: """
        --form 06 prints the process control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ, Circular 03/2025);
        --form 04 the apology and extension request, when the case is due within a working day or overdue.
        --now sets the moment the status is judged at (default: now).
        """
    )

    @Argument(help: "The case id.")
    var caseId: String

    @Option(help: "04 (apology) or 06 (control sheet).")
    var form: CaseForm?

    @Option(help: "Judge due times at this moment: \"YYYY-MM-DD HH:MM\". Default: now.")
    var now: String?

    @OptionGroup var options: CaseStoreOptions

    func run() throws {
        let moment = try CaseCLI.time(now, option: "--now")
        let store = try options.open()
        // A snapshot that no longer matches its events is damage: named, not printed as the case.
        if let difference = try CaseCLI.run({ () throws(CaseError) in try store.verify(caseId) }) {
            throw CommandFailure.usage("case \(caseId) is damaged in the store \(store.path): the snapshot does not match its events (\(difference)); run tthc case verify")
        }
        let (state, interpreter) = try CaseCLI.run { () throws(CaseError) in try store.state(caseId) }
        let events = try CaseCLI.run { () throws(CaseError) in try store.events(caseId) }
        let report = CaseReport(state, interpreter: interpreter, now: moment, events: events)
        switch form {
        case .controlSheet:
            let sheet = ControlSheet(report, interpreter: interpreter)
            Console.out(options.format == .json ? try CaseCLI.json(sheet) : sheet.text())
        case .apology:
            guard let letter = ApologyLetter(report, interpreter: interpreter) else {
                let why = state.isClosed ? "the case is closed" : "it is not due within one working day (due \(report.due?.description ?? "—"))"
                throw CommandFailure.usage("case \(caseId) needs no form 04 at \(moment): \(why)")
            }
            Console.out(options.format == .json ? try CaseCLI.json(letter) : letter.text())
        case nil:
            Console.out(options.format == .json ? try CaseCLI.json(report) : CaseTextRenderer.render(report))
        }
    }
}
