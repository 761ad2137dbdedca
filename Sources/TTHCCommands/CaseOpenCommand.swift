import ArgumentParser
import CaseEngine
import CaseForms
import CaseStoreSQLite
import Diagnostics
import Foundation

struct CaseOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a case: a dossier received for a procedure.",
        discussion: """
            Example:
              tthc case open --artifact catalog.tthc.json --procedure 1.001193 \\
                --received "2026-03-02 08:30" --channel online --commune thanh-nua \\
                --applicant CCCD-001234567890

            Any service centre of the province may receive (--receiving-unit, default COMMUNE.pasc). \
            Prints the new case id; the case then waits for `tthc case event ID accept`.
            """
    )

    @Option(help: "The compiled catalog (tthc compile Catalog -o FILE).")
    var artifact: String

    @Option(help: "The procedure code, e.g. 1.001193.")
    var procedure: String

    @Option(help: "When the dossier was received: \"YYYY-MM-DD HH:MM\".")
    var received: String

    @Option(help: "in-person, online or postal.")
    var channel: String = "in-person"

    @Option(help: "The commune or ward the case belongs to (an id of units/communes.yaml).")
    var commune: String

    @Option(help: "The applicant's reference (e.g. an ID card number).")
    var applicant: String

    @Option(
        name: .customLong("applicant-name"),
        help: "The applicant's full name, for the letters the case sends (kept only in the store).")
    var applicantName: String?

    @Option(name: .customLong("applicant-address"), help: "The applicant's address (kept only in the store).")
    var applicantAddress: String?

    @Option(
        name: .customLong("applicant-contact"), help: "A telephone number or e-mail address (kept only in the store).")
    var applicantContact: String?

    @Option(name: .customLong("receiving-unit"), help: "The service centre that received it. Default: COMMUNE.pasc.")
    var receivingUnit: String?

    @Option(
        name: .customLong("fact"), help: "A condition of the procedure that holds, e.g. needs_verification. Repeatable."
    )
    var facts: [String] = []

    @Option(name: .customLong("idempotency-key"), help: "A key that makes a retried open return the same case.")
    var idempotencyKey: String?

    @OptionGroup var options: CaseStoreOptions

    func run() throws {
        let receivedAt = try CaseCLI.time(received, option: "--received")
        let details = try applicantDetails()
        let artifact = try CaseCLI.pack(at: self.artifact)
        let store = try options.open(creating: true)
        let opening = CaseOpening(
            procedure: procedure, received: receivedAt, channel: channel, commune: commune,
            receivingUnit: receivingUnit, applicant: applicant, facts: facts)
        let receipt = try options.run { () throws(CaseError) in
            try store.register(artifact)
            return try store.open(
                opening, artifactHash: artifact.contentHash, idempotencyKey: idempotencyKey, applicant: details)
        }
        let (state, interpreter) = try options.run { () throws(CaseError) in try store.state(receipt.caseId) }
        let report = CaseReport(state, interpreter: interpreter, now: max(receivedAt, state.lastEventAt))
        switch options.format {
        case .json:
            Console.out(try ReportJSON.text(CaseReceiptJSON(receipt, report: report)))
        case .text:
            let vi = options.lang == .vi
            let opened: CaseCommandWords =
                receipt.replayed
                ? .alreadyOpened(receipt.caseId)
                : .opened(
                    receipt.caseId, procedure: report.procedure, name: VisibleText.neutralised(report.procedureName))
            let due = CaseCommandWords.due(
                report.due?.description ?? "—", period: vi ? report.periodVi : report.period,
                cap: report.capApplies ? (vi ? report.capVi : report.cap) : nil)
            let allowed = CaseCommandWords.allowedNow(
                VisibleText.neutralised(report.allowed.map(\.description).joined(separator: "; ")))
            Console.out(
                opened.text(options.lang) + "\n" + due.text(options.lang) + "\n  " + allowed.text(options.lang) + "\n")
        }
    }

    /// Personal data given at opening, checked before anything is written (exit 2 with a bilingual message).
    private func applicantDetails() throws -> ApplicantDetails? {
        guard let applicantName else {
            if applicantAddress != nil || applicantContact != nil {
                throw CommandFailure.usage(
                    CommandMessage.applicantDetailsWithoutName)
            }
            return nil
        }
        return try options.run { () throws(CaseError) in
            try ApplicantDetails(name: applicantName, address: applicantAddress, contact: applicantContact)
        }
    }
}
