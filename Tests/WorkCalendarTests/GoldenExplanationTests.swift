import Foundation
import GoldenFiles
import Testing

@testable import WorkCalendar

/// Explanations compared byte for byte with Fixtures/explain-*.txt (and one JSON).
/// Refresh after an intended change: `TTHC_UPDATE_GOLDEN=1 swift test --scratch-path .build-cal --filter WorkCalendarTests`.
@Suite("Golden explanations")
struct GoldenExplanationTests {
    static let calculator = DeadlineCalculator(calendar: OfficialDecisions.calendar)

    struct Case: Sendable, CustomStringConvertible {
        let file: String
        let from: String
        let add: String
        var rule: ClockStart = .receipt
        var pauses: [(String, String)] = []
        var description: String { file }
    }

    static let cases: [Case] = [
        Case(file: "explain-tet-2026.txt", from: "2026-02-13 16:20", add: "3 working days"),
        Case(
            file: "explain-pause.txt", from: "2026-03-02 10:00", add: "3 working days",
            pauses: [("2026-03-03 08:00", "2026-03-03 12:00"), ("2026-03-03 10:00", "2026-03-03 14:30")]),
        Case(file: "explain-calendar-days.txt", from: "2026-04-15 10:00", add: "15 ngày"),
        Case(file: "explain-worked-saturday.txt", from: "2026-01-08 16:00", add: "2 working days", rule: .receipt),
        Case(
            file: "explain-next-working-day.txt", from: "2026-04-24 09:00", add: "same day + 4 giờ làm việc",
            rule: .nextWorkingDay),
    ]

    static func result(_ c: Case) throws -> DeadlineResult {
        let pauses = try c.pauses.map { try PauseInterval(from: t($0.0), to: t($0.1)) }
        return try calculator.due(
            from: t(c.from), adding: WorkDuration(parsing: c.add), clockStart: c.rule, pauses: pauses)
    }

    static func check(_ actual: String, against file: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        Golden.expect(actual, matchesFileAt: Fixtures.sourceURL(file), sourceLocation: sourceLocation)
    }

    @Test(arguments: cases)
    func explanationText(_ c: Case) throws {
        try Self.check(try Self.result(c).explanationText(), against: c.file)
    }

    @Test func explanationJSON() throws {
        try Self.check(try Self.result(Self.cases[0]).jsonText(), against: "explain-tet-2026.json")
    }

    @Test func jsonRoundTrips() throws {
        let result = try Self.result(Self.cases[1])
        let decoded = try JSONDecoder().decode(DeadlineResult.self, from: Data(try result.jsonText().utf8))
        #expect(decoded == result)
    }
}
