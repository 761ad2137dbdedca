import WorkCalendar
import WorkflowCompiler

/// Due times and statuses from the catalog's calendar.
///
/// The statutory deadline runs from the receipt under the procedure's clock rule and cut-off, with
/// the pauses of the case excluded. A step's budget runs from the moment the dossier reaches the
/// step, with no cut-off: the 15:00 rule is about receiving dossiers, not about passing them on.
public struct CaseClock: Sendable {
    public let minutesPerDay: Int
    package let steps: DeadlineCalculator
    /// One calculator per receipt cut-off used by some procedure.
    let receipts: [TimeOfDay: DeadlineCalculator]

    init(artifact: CompiledCatalog, cutoffs: Set<TimeOfDay>) throws(CaseError) {
        do {
            minutesPerDay = artifact.workingTime.officeHours.minutesPerDay
            // One calendar built, the others the same with their cut-off.
            let calendar = try artifact.workCalendar()
            steps = DeadlineCalculator(calendar: calendar.with(cutoff: try TimeOfDay(23, 59)))
            var receipts: [TimeOfDay: DeadlineCalculator] = [:]
            for cutoff in cutoffs.union([artifact.workingTime.receiptCutoff]) {
                receipts[cutoff] = DeadlineCalculator(calendar: calendar.with(cutoff: cutoff))
            }
            self.receipts = receipts
        } catch {
            throw .usage(.calendarUnbuildable("\(error)"))
        }
    }

    /// When a step that arrived at `arrived` with a budget of `minutes` working minutes is due.
    public func stepDue(arrived: LocalDateTime, minutes: Int) -> LocalDateTime? {
        try? steps.dueDate(from: arrived, addingWorkingMinutes: minutes)
    }

    /// The case's due times under its statutory deadline, with its pauses up to `now` (nil when the
    /// calendar cannot count them).
    func caseDue(_ state: CaseState, _ program: ProcedureProgram, _ deadline: StatutoryDeadline, now: LocalDateTime)
        -> StatutoryDeadline.Due?
    {
        let calculator = receipts[program.cutoff] ?? steps
        return try? calculator.due(
            of: deadline, from: state.opening.received, clockStart: program.clockStart,
            pauses: state.pauses(until: now))
    }

    /// `days` working days after `from` (at the same time of day, or the next working time).
    public func adding(workingDays days: Int, to from: LocalDateTime) -> LocalDateTime? {
        guard let duration = try? WorkDuration.workingDays(Double(days)) else { return nil }
        return try? steps.dueDate(from: from, adding: duration, clockStart: .receipt)
    }

    /// Working minutes from `from` to `to` (0 when `to` is not later).
    public func workingMinutes(from: LocalDateTime, to: LocalDateTime) -> Int {
        steps.calendar.workingMinutes(from: from, to: to)
    }
}
