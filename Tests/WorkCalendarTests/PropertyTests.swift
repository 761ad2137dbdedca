import TestSupport
import Testing

@testable import WorkCalendar

/// Randomised checks with a fixed seed (reproducible); the day-by-day walk (`dueDateDayByDay`) is the oracle.
@Suite("Deadline properties")
struct PropertyTests {
    let calendar = OfficialDecisions.calendar
    var fast: DeadlineCalculator { DeadlineCalculator(calendar: calendar) }

    static func randomInstant(_ g: inout SeededGenerator, years: ClosedRange<Int> = 2023...2028) -> LocalDateTime {
        let first = CivilDate.daysFromCivil(years.lowerBound, 1, 1)
        let last = CivilDate.daysFromCivil(years.upperBound, 12, 31)
        let day = Int.random(in: first...last, using: &g)
        // Bias minutes toward office hours and the boundaries that matter (session edges, cut-off).
        let edges = [0, 420, 421, 690, 691, 810, 811, 900, 901, 1019, 1020, 1439]
        let minute = Bool.random(using: &g) ? edges.randomElement(using: &g)! : Int.random(in: 0..<1440, using: &g)
        return LocalDateTime(date: CivilDate(uncheckedDayNumber: day), minuteOfDay: minute)
    }

    static func randomDuration(_ g: inout SeededGenerator) throws -> WorkDuration {
        func term() throws -> WorkDuration {
            switch Int.random(in: 0..<5, using: &g) {
            case 0: return try .workingDays(Double(Int.random(in: 0...20, using: &g)))
            case 1: return try .workingHours(Double(Int.random(in: 1...30, using: &g)))
            case 2: return try .workingDays(Double(Int.random(in: 1...9, using: &g)) / 2)
            case 3: return try .calendarDays(Int.random(in: 0...30, using: &g))
            default: return .sameDay
            }
        }
        var d = try term()
        if Int.random(in: 0..<4, using: &g) == 0 { d = d.extended(by: try term()) }
        return d
    }

    /// A deadline question: when the dossier came, the period and when the clock starts.
    static func randomQuestion(
        _ g: inout SeededGenerator
    ) throws -> (start: LocalDateTime, duration: WorkDuration, rule: ClockStart) {
        let start = randomInstant(&g)
        let duration = try randomDuration(&g)
        return (start, duration, Bool.random(using: &g) ? .receipt : .nextWorkingDay)
    }

    static func randomPauses(_ g: inout SeededGenerator, near start: LocalDateTime) throws -> [PauseInterval] {
        try (0..<Int.random(in: 0...3, using: &g)).map { _ in
            let a = start.absoluteMinute + Int.random(in: -600...(20 * 1440), using: &g)
            let b = a + Int.random(in: 0...(3 * 1440), using: &g)
            return try PauseInterval(from: LocalDateTime(absoluteMinute: a), to: LocalDateTime(absoluteMinute: b))
        }
    }

    /// `<` compares dates, then minutes; it must order instants as their absolute minutes do,
    /// including pairs on the same day and across month and year ends.
    @Test func instantOrderIsTheOrderOfAbsoluteMinutes() {
        var g = SeededGenerator(seed: 20_261_122)
        for _ in 0..<20_000 {
            let a = Self.randomInstant(&g)
            let b =
                Bool.random(using: &g)
                ? Self.randomInstant(&g)
                : LocalDateTime(absoluteMinute: a.absoluteMinute + Int.random(in: -2880...2880, using: &g))
            #expect((a < b) == (a.absoluteMinute < b.absoluteMinute), "\(a) vs \(b)")
            #expect((a == b) == (a.absoluteMinute == b.absoluteMinute), "\(a) vs \(b)")
        }
    }

    /// The store binds `withISOBytes`; it must write exactly `isoText`.
    @Test func isoBytesAreTheISOText() {
        var g = SeededGenerator(seed: 1603)
        for _ in 0..<5000 {
            let instant = Self.randomInstant(&g)
            let bytes = instant.withISOBytes { Array($0) }
            #expect(String(decoding: bytes, as: UTF8.self) == instant.isoText, "\(instant)")
        }
    }

    /// Without pauses `dueDate` takes a path of its own (no plan built): it must agree with the
    /// explained `due` and with the naive walk.
    @Test func unpausedFastPathEqualsThePlanAndTheOracle() throws {
        var g = SeededGenerator(seed: 14)
        for _ in 0..<4000 {
            let (start, duration, rule) = try Self.randomQuestion(&g)
            let a = try fast.dueDate(from: start, adding: duration, clockStart: rule)
            #expect(
                a == (try fast.due(from: start, adding: duration, clockStart: rule).due),
                "\(start) + \(duration) [\(rule)]")
            #expect(
                a == (try fast.dueDateDayByDay(from: start, adding: duration, clockStart: rule, pauses: [])),
                "\(start) + \(duration) [\(rule)]")
        }
    }

    @Test func fastIndexEqualsNaiveOracle() throws {
        var g = SeededGenerator(seed: 20_260_213)
        for _ in 0..<4000 {
            let (start, duration, rule) = try Self.randomQuestion(&g)
            let pauses = try Self.randomPauses(&g, near: start)
            let a = try fast.dueDate(from: start, adding: duration, clockStart: rule, pauses: pauses)
            let b = try fast.dueDateDayByDay(from: start, adding: duration, clockStart: rule, pauses: pauses)
            #expect(a == b, "\(start) + \(duration) [\(rule)] pauses \(pauses)")
            if a != b { return }
        }
    }

    @Test func theWorkingTimeFastPathEqualsTheNaiveOracle() throws {
        var g = SeededGenerator(seed: 314)
        for _ in 0..<4000 {
            let start = Self.randomInstant(&g)
            let minutes = Int.random(in: 0...(20 * 480), using: &g)
            let a = try fast.dueDate(from: start, addingWorkingMinutes: minutes)
            let b = try fast.dueDateDayByDay(
                from: start, adding: .workingHours(Double(minutes) / 60), clockStart: .receipt)
            #expect(a == b, "\(start) + \(minutes) working minutes")
            let days = try WorkDuration.workingDays(Double(Int.random(in: 1...30, using: &g)))
            #expect(
                try fast.dueDate(from: start, addingWorkingTime: days)
                    == fast.dueDateDayByDay(from: start, adding: days, clockStart: .receipt))
            if a != b { return }
        }
    }

    @Test func workingDaysNeverEndOnANonWorkingDay() throws {
        var g = SeededGenerator(seed: 7)
        for _ in 0..<3000 {
            let start = Self.randomInstant(&g, years: 1995...2099)
            let n = Double(Int.random(in: 1...40, using: &g))
            let due = try fast.dueDate(from: start, adding: .workingDays(n))
            #expect(calendar.isWorkingDay(due.date), "\(start) + \(n) working days = \(due)")
            let calendarDue = try fast.dueDate(from: start, adding: .calendarDays(Int(n)))
            #expect(calendar.isWorkingDay(calendarDue.date), "\(start) + \(n) days = \(calendarDue)")
        }
    }

    @Test func monotonicInTheStartTime() throws {
        var g = SeededGenerator(seed: 99)
        for _ in 0..<2000 {
            let a = Self.randomInstant(&g)
            let b = LocalDateTime(absoluteMinute: a.absoluteMinute + Int.random(in: 0...(3 * 1440), using: &g))
            let duration = try Self.randomDuration(&g)
            // "Same day" sizes its budget by the start's day, so a pause skipped by a later start can
            // legitimately end it earlier: fixed pauses only for budgets that do not depend on the start.
            let pauses = duration.terms.contains { $0.unit == .sameDay } ? [] : try Self.randomPauses(&g, near: a)
            for rule in ClockStart.allCases {
                let da = try fast.dueDate(from: a, adding: duration, clockStart: rule, pauses: pauses)
                let db = try fast.dueDate(from: b, adding: duration, clockStart: rule, pauses: pauses)
                #expect(da <= db, "\(a) → \(da) but \(b) → \(db) for \(duration)")
            }
        }
    }

    @Test func addThenSubtractReturnsTheClockStart() throws {
        var g = SeededGenerator(seed: 4242)
        for _ in 0..<3000 {
            let received = Self.randomInstant(&g)
            let duration =
                Bool.random(using: &g)
                ? try WorkDuration.workingDays(Double(Int.random(in: 1...25, using: &g)))
                : try WorkDuration.workingHours(Double(Int.random(in: 1...50, using: &g)))
            let result = try fast.due(from: received, adding: duration)
            let back = try fast.start(forDue: result.due, subtracting: duration)
            #expect(calendar.isWorkingTime(back), "\(back) is outside working time")
            #expect(back == result.clockStart, "\(received): start \(result.clockStart), back \(back)")
        }
    }

    @Test func zeroLengthPauseChangesNothing() throws {
        var g = SeededGenerator(seed: 11)
        for _ in 0..<2000 {
            let start = Self.randomInstant(&g)
            let duration = try Self.randomDuration(&g)
            let at = LocalDateTime(
                absoluteMinute: start.absoluteMinute + Int.random(in: -1440...(10 * 1440), using: &g))
            let plain = try fast.dueDate(from: start, adding: duration)
            let paused = try fast.dueDate(from: start, adding: duration, pauses: [PauseInterval(from: at, to: at)])
            #expect(plain == paused)
        }
    }

    @Test func aPauseNeverMakesTheDeadlineEarlier() throws {
        var g = SeededGenerator(seed: 12)
        for _ in 0..<2000 {
            let start = Self.randomInstant(&g)
            let duration = try Self.randomDuration(&g)
            let pauses = try Self.randomPauses(&g, near: start)
            #expect(
                try fast.dueDate(from: start, adding: duration)
                    <= fast.dueDate(from: start, adding: duration, pauses: pauses))
        }
    }

    @Test func explanationAddsUpToTheBudget() throws {
        var g = SeededGenerator(seed: 13)
        for _ in 0..<500 {
            let start = Self.randomInstant(&g)
            let n = Double(Int.random(in: 1...15, using: &g))
            let pauses = try Self.randomPauses(&g, near: start)
            let result = try fast.due(from: start, adding: .workingDays(n), pauses: pauses)
            #expect(result.countedMinutes == Int(n) * 480, "\(start) + \(n) with \(pauses)")
            #expect(result.entries.last?.date == result.due.date)
            #expect(result.entries.filter { $0.status == .counted }.allSatisfy { calendar.isWorkingDay($0.date) })
        }
    }
}
