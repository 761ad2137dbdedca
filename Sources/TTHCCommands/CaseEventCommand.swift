import ArgumentParser
import CaseEngine
import CaseForms
import Diagnostics
import Foundation

struct CaseEventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Record an event on a case, checked against its workflow, its active steps and the actor.",
        discussion: """
            Events: \(CaseEventKind.allCases.filter(\.isCommand).map(\.rawValue).joined(separator: ", ")). \
            Example:
              tthc case event C000001 complete --step review \\
                --actor thanh-nua.justice-officer --at "2026-03-02 10:00"

            A refused event changes nothing; the message lists what the case allows now (exit 1). \
            --expect-version N refuses the event if someone else wrote first; --idempotency-key K makes a retry safe.
            """
    )

    @Argument(help: "The case id, e.g. C000001.")
    var caseId: String

    @Argument(help: "The event, e.g. accept, complete, approve, hand-off, branch, supplement, pay, return, withdraw.")
    var event: String

    @Option(help: "The step the event is about (needed when several steps are active).")
    var step: String?

    @Option(
        help:
            "Who acts: a unit or role (thanh-nua.chairman, province.pasc) or applicant. Default: the step's performer.")
    var actor: String?

    @Option(help: "When: \"YYYY-MM-DD HH:MM\". Default: now.")
    var at: String?

    @Option(help: "Why (required for reject and refuse; the supplement asked for; the apology's reason).")
    var reason: String?

    @Option(help: "For branch: the fact that decides it (it then holds), or otherwise.")
    var fact: String?

    @Option(help: "For pay: the amount paid, in đồng.")
    var amount: Int?

    @Option(help: "For apologize: the proposed new date (default: computed from the remaining steps).")
    var due: String?

    @Option(name: .customLong("expect-version"), help: "Refuse unless the case is at this version.")
    var expectVersion: Int?

    @Option(name: .customLong("idempotency-key"), help: "A key that makes a retried event apply once.")
    var idempotencyKey: String?

    @OptionGroup var options: CaseStoreOptions

    func run() throws {
        guard let kind = CaseEventKind(rawValue: event), kind.isCommand else {
            let known = CaseEventKind.allCases.filter(\.isCommand).map(\.rawValue).joined(separator: ", ")
            throw CommandFailure.usage(
                CommandMessage.unknownEvent(event, known: known))
        }
        let when = try CaseCLI.time(at, option: "--at")
        let dueAt = try due.map { try CaseCLI.time($0, option: "--due") }
        let store = try options.open()
        let command = CaseCommand(
            kind, at: when, step: step.map { Name($0) }, actor: actor.map { Name($0) }, reason: reason,
            fact: fact.map { Name($0) },
            amount: amount, due: dueAt)
        let receipt = try options.run { () throws(CaseError) in
            try store.record(command, on: caseId, expectedVersion: expectVersion, idempotencyKey: idempotencyKey)
        }
        let (state, interpreter) = try options.run { () throws(CaseError) in try store.state(caseId) }
        let report = CaseReport(state, interpreter: interpreter, now: max(when, state.lastEventAt))
        switch options.format {
        case .json:
            Console.out(try ReportJSON.text(CaseReceiptJSON(receipt, report: report)))
        case .text:
            let language = options.lang
            var out = CaseCLI.describe(receipt, language: language)
            out +=
                CaseCommandWords.atVersion(
                    caseId, version: state.version, state: CaseTextRenderer.stateLine(report, language: language)
                ).text(language) + "\n"
            for step in report.steps where step.active {
                out +=
                    CaseCommandWords.activeStep(step.step, performer: step.performer, due: step.due?.description)
                    .text(language) + "\n"
            }
            out +=
                report.allowed.isEmpty
                ? ""
                : "  "
                    + CaseCommandWords.allowedNow(report.allowed.map(\.description).joined(separator: "; "))
                    .text(language) + "\n"
            Console.out(out)
        }
    }
}
