import Foundation
import WorkCalendar

extension CompiledProcedure {
    /// The terms of a procedure from a date on (`terms` in the artifact).
    public struct DatedTerms: Sendable, Codable, Equatable {
        public var from: CivilDate
        public var deadline: Deadline
        public var channels: [ChannelEntry]
        public var fees: [FeeEntry]
        public var authority: String
        public var legalBasis: [String]
    }

    /// A workflow from a date on (`workflows` in the artifact), with its longest path of step
    /// budgets and what the deadline then in force leaves over.
    public struct DatedWorkflow: Sendable, Codable, Equatable {
        public var from: CivilDate
        public var graph: CompiledGraph
        public var budgetMinutes: Int?
        public var slackMinutes: Int?
    }

    /// The graph a case received on `date` follows: the last dated workflow from on or before it,
    /// else the procedure's own.
    public func graph(on date: CivilDate) -> CompiledGraph {
        guard let workflows else { return graph }
        return workflows.last { $0.from <= date }?.graph ?? graph
    }

    /// The terms in force on `date` (a case's receipt): the last dated terms from on or before it,
    /// else the procedure's own.
    public func terms(on date: CivilDate) -> DatedTerms {
        terms?.last { $0.from <= date }
            ?? DatedTerms(
                from: effective ?? date, deadline: deadline, channels: channels, fees: fees,
                authority: authority, legalBasis: legalBasis)
    }

    /// The fees a dossier received on `date` by `channel` pays: the channel's own fees if it has
    /// any, else the procedure's.
    public func fees(on date: CivilDate, channel: String) -> [FeeEntry] {
        let t = terms(on: date)
        return t.channels.first { $0.channel == channel }?.fees ?? t.fees
    }
}
