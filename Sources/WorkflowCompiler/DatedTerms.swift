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

    /// The terms in force on `date` (a case's receipt): the last dated terms from on or before it,
    /// else the procedure's own.
    public func terms(on date: CivilDate) -> DatedTerms {
        terms?.last { $0.from <= date }
            ?? DatedTerms(from: effective ?? date, deadline: deadline, channels: channels, fees: fees,
                          authority: authority, legalBasis: legalBasis)
    }

    /// The fees a dossier received on `date` by `channel` pays: the channel's own fees if it has
    /// any, else the procedure's.
    public func fees(on date: CivilDate, channel: String) -> [FeeEntry] {
        let t = terms(on: date)
        return t.channels.first { $0.channel == channel }?.fees ?? t.fees
    }
}
