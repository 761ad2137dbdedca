import ArgumentParser
import CaseEngine
import CaseForms
import CaseStoreSQLite
import Diagnostics
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
            --form 06 prints the process control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ, Circular 03/2025); \
            --form 04 the apology and extension request, when the case is due within a working day or overdue, \
            or (as a record) when it was returned late; when none is due it says so and exits 0. \
            --html prints a form as printable A4 HTML (Vietnamese). \
            The applicant's name, address and contact are shown unless --redact is given. \
            --now sets the moment the status is judged at (default: now).
            """
    )

    @Argument(help: "The case id.")
    var caseId: String

    @Option(help: "04 (apology) or 06 (control sheet).")
    var form: CaseForm?

    @Option(help: "Judge due times at this moment: \"YYYY-MM-DD HH:MM\". Default: now.")
    var now: String?

    @Flag(help: "Print the form (--form 04|06) as printable A4 HTML.")
    var html = false

    @Flag(help: "Hide the applicant's personal data (name, address, contact, reference).")
    var redact = false

    @OptionGroup var options: CaseStoreOptions

    func run() throws {
        if html, form == nil {
            throw CommandFailure.usage(
                CommandMessage.htmlWithoutForm)
        }
        let moment = try CaseCLI.time(now, option: "--now")
        let store = try options.open()
        // A snapshot that no longer matches its events is damage: named, not printed as the case.
        if let difference = try options.run({ () throws(CaseError) in try store.verify(caseId) }) {
            throw CommandFailure.usage(
                CommandMessage.damagedCase(caseId, store: store.location, difference: difference))
        }
        let (state, interpreter) = try options.run { () throws(CaseError) in try store.state(caseId) }
        let events = try options.run { () throws(CaseError) in try store.events(caseId) }
        var report = CaseReport(state, interpreter: interpreter, now: moment, events: events)
        if redact {
            report.redactApplicant()
        } else {
            report.applicantDetails = try options.run { () throws(CaseError) in try store.applicantDetails(caseId) }
        }
        switch form {
        case .controlSheet:
            let sheet = ControlSheet(report, interpreter: interpreter)
            Console.out(
                html ? try FormHTML.render(sheet) : options.format == .json ? try ReportJSON.text(sheet) : sheet.text())
        case .apology:
            guard let letter = ApologyLetter(report, interpreter: interpreter) else {
                // Not an error: the answer is that no letter is owed.
                Console.out(ApologyLetter.noneDue(report))
                return
            }
            Console.out(
                html
                    ? try FormHTML.render(letter)
                    : options.format == .json ? try ReportJSON.text(letter) : letter.text())
        case nil:
            Console.out(
                options.format == .json
                    ? try ReportJSON.text(report) : CaseTextRenderer.render(report, language: options.lang))
        }
    }
}
