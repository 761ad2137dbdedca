import WorkCalendar

/// What a compile keeps of a procedure for readers of its deadlines and budget (lint): the
/// artifact entry's figures, without its graph and texts, which lint's rules do not read and which
/// held a seventh of its memory (`WorkflowCompiler.Keeping.budgets`).
public struct CompiledBudget: Sendable, Equatable {
    /// A version's workflow's budget, from the version's date.
    public struct Dated: Sendable, Equatable {
        public var from: CivilDate
        public var budgetMinutes: Int?
        public var slackMinutes: Int?
    }

    /// The procedure's deadline in minutes (the artifact's `deadline.minutes`).
    public var deadlineMinutes: Int
    /// Each channel's own deadline in minutes, in the artifact's order of channels; nil for a
    /// channel that keeps the procedure's.
    public var channelDeadlineMinutes: [Int?]
    /// Working minutes on the workflow's longest path and what the deadline leaves over.
    public var budgetMinutes: Int?
    public var slackMinutes: Int?
    /// The budgets of the workflows that versions give, by date.
    public var dated: [Dated]

    /// The figures of an artifact entry.
    public init(_ procedure: CompiledProcedure) {
        deadlineMinutes = procedure.deadline.minutes
        channelDeadlineMinutes = procedure.channels.map { $0.deadline?.minutes }
        budgetMinutes = procedure.budgetMinutes
        slackMinutes = procedure.slackMinutes
        dated = (procedure.workflows ?? []).map {
            Dated(from: $0.from, budgetMinutes: $0.budgetMinutes, slackMinutes: $0.slackMinutes)
        }
    }

    /// This budget as it stands from `date`, a version's that gives a workflow; nil when that
    /// workflow did not compile.
    public func from(_ date: CivilDate) -> CompiledBudget? {
        guard let entry = dated.first(where: { $0.from == date }) else { return nil }
        var budget = self
        budget.budgetMinutes = entry.budgetMinutes
        budget.slackMinutes = entry.slackMinutes
        budget.dated = []
        return budget
    }
}
