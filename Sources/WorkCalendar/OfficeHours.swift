/// The office sessions of a working day. Every working day has the same sessions.
public struct OfficeHours: Sendable, Hashable, Codable {
    public struct Session: Sendable, Hashable, Codable, CustomStringConvertible {
        public let start: TimeOfDay
        public let end: TimeOfDay

        public init(_ start: TimeOfDay, _ end: TimeOfDay) {
            self.start = start
            self.end = end
        }

        public var minutes: Int { end.minutes - start.minutes }
        public var description: String { "\(start)–\(end)" }
    }

    public let sessions: [Session]
    /// Working minutes of one day.
    public let minutesPerDay: Int

    /// Sessions must be non-empty, in order and not overlapping.
    public init(sessions: [Session]) throws {
        guard !sessions.isEmpty else { throw CalendarError.invalidOfficeHours(.noSession) }
        for (i, s) in sessions.enumerated() {
            guard s.start < s.end else { throw CalendarError.invalidOfficeHours(.sessionEndsBeforeStart("\(s)")) }
            if i > 0, sessions[i - 1].end > s.start {
                throw CalendarError.invalidOfficeHours(.sessionOverlaps("\(s)", previous: "\(sessions[i - 1])"))
            }
        }
        self.sessions = sessions
        minutesPerDay = sessions.reduce(0) { $0 + $1.minutes }
    }

    /// Parses "07:00-11:30, 13:30-17:00" (an en dash also works).
    public init(parsing text: String) throws {
        var sessions: [Session] = []
        for part in text.split(separator: ",") {
            let bounds = part.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { $0.trimmingSpaces }
            guard bounds.count == 2 else { throw CalendarError.invalidOfficeHours(.notASession(part.trimmingSpaces)) }
            sessions.append(Session(try TimeOfDay(parsing: bounds[0]), try TimeOfDay(parsing: bounds[1])))
        }
        try self.init(sessions: sessions)
    }

    /// 07:00–11:30 and 13:30–17:00: 8 working hours, the common schedule of one-stop sections.
    public static let standard = try! OfficeHours(sessions: [
        Session(TimeOfDay(minutes: 7 * 60), TimeOfDay(minutes: 11 * 60 + 30)),
        Session(TimeOfDay(minutes: 13 * 60 + 30), TimeOfDay(minutes: 17 * 60)),
    ])

    public var opening: TimeOfDay { sessions[0].start }
    public var closing: TimeOfDay { sessions[sessions.count - 1].end }

    /// Working minutes in [00:00, minute) of a working day.
    func workedMinutes(before minute: Int) -> Int {
        var total = 0
        for s in sessions {
            if minute <= s.start.minutes { break }
            total += min(minute, s.end.minutes) - s.start.minutes
        }
        return total
    }

    /// The earliest minute of the day at which `offset` (1…minutesPerDay) working minutes have elapsed.
    func minute(reaching offset: Int) -> Int {
        var left = offset
        for s in sessions {
            if left <= s.minutes { return s.start.minutes + left }
            left -= s.minutes
        }
        return closing.minutes
    }

    /// The minute itself if it is inside a session, else the next session start; nil after closing.
    func nextWorkingMinute(atOrAfter minute: Int) -> Int? {
        for s in sessions where minute < s.end.minutes {
            return max(minute, s.start.minutes)
        }
        return nil
    }

    func isWorkingMinute(_ minute: Int) -> Bool {
        sessions.contains { minute >= $0.start.minutes && minute < $0.end.minutes }
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
