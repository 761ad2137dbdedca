/// When the clock of a procedure starts, relative to the receipt of a complete dossier.
///
/// Decree 61/2018 practice and procedure texts give a 15:00 cut-off but do not settle whether the
/// deadline counts from the receipt or from the next working day, so it is a per-procedure choice.
public enum ClockStart: String, Sendable, Hashable, Codable, CaseIterable {
    /// The default: the receipt time itself, moved forward to the next working time when it falls
    /// outside office hours; a receipt after the cut-off (or on a non-working day) counts as received
    /// at the start of the next working day.
    case receipt
    /// The start of the working day after the day of receipt, whatever the time of receipt.
    case nextWorkingDay = "next_working_day"
}

/// A period during which the clock stops (waiting on the applicant to supplement the dossier).
public struct PauseInterval: Sendable, Hashable, Codable, CustomStringConvertible {
    public let start: LocalDateTime
    public let end: LocalDateTime

    /// Throws `CalendarError.pauseEndsBeforeStart` if `end` is before `start`. A zero-length pause is allowed.
    public init(from start: LocalDateTime, to end: LocalDateTime) throws {
        guard end >= start else { throw CalendarError.pauseEndsBeforeStart(start: start, end: end) }
        self.start = start
        self.end = end
    }

    public var description: String { "\(start) → \(end)" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            from: c.decode(LocalDateTime.self, forKey: .start), to: c.decode(LocalDateTime.self, forKey: .end))
    }

    /// Sorted, with overlapping or touching pauses merged, as absolute minute ranges.
    static func merged(_ pauses: [PauseInterval]) -> [(start: Int, end: Int)] {
        let sorted = pauses.map { ($0.start.absoluteMinute, $0.end.absoluteMinute) }.filter { $0.1 > $0.0 }.sorted {
            $0.0 < $1.0
        }
        var out: [(start: Int, end: Int)] = []
        for (s, e) in sorted {
            if let last = out.last, s <= last.end {
                out[out.count - 1].end = max(last.end, e)
            } else {
                out.append((s, e))
            }
        }
        return out
    }
}
