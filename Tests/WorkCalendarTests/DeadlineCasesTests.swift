import Foundation
import Testing

@testable import WorkCalendar

/// Runs Fixtures/deadline-cases.yaml: cases written for (and by) policy staff. The file uses a tiny
/// line-based subset of YAML described at its top, read here without a YAML library.
@Suite("Deadline cases (policy file)")
struct DeadlineCasesTests {
    struct Case: CustomStringConvertible {
        var line = 0
        var fields: [String: String] = [:]
        var pauses: [(String, String)] = []
        var description: String { "line \(line): \(fields["name"] ?? "?")" }
    }

    static func parse(_ text: String) throws -> [Case] {
        var cases: [Case] = []
        var inPauses = false
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if let hash = line.range(of: " #") { line = String(line[..<hash.lowerBound]) }
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " }) { continue }
            let trimmed = line.drop(while: { $0 == " " })
            if line.hasPrefix("- ") {
                cases.append(Case(line: n + 1))
                inPauses = false
            }
            guard !cases.isEmpty else {
                throw CasesFileError(line: line, problem: "line \(n + 1): expected \"- name: …\"")
            }
            if inPauses, trimmed.hasPrefix("- ") {
                let parts = trimmed.dropFirst(2).components(separatedBy: " to ")
                guard parts.count == 2 else {
                    throw CasesFileError(line: line, problem: "line \(n + 1): a pause is \"- FROM to TO\"")
                }
                cases[cases.count - 1].pauses.append((parts[0].trimmed, parts[1].trimmed))
                continue
            }
            let body = line.hasPrefix("- ") ? trimmed.dropFirst(2) : trimmed
            guard let colon = body.firstIndex(of: ":") else {
                throw CasesFileError(line: line, problem: "line \(n + 1): expected \"key: value\"")
            }
            let key = String(body[..<colon]).trimmed
            var value = String(body[body.index(after: colon)...]).trimmed
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            inPauses = key == "pauses"
            if !inPauses { cases[cases.count - 1].fields[key] = value }
        }
        return cases
    }

    static let allowedKeys: Set<String> = [
        "name", "from", "add", "clock_start", "expect_due", "expect_error", "expect_status_if_returned", "returned",
    ]

    @Test func everyCasePasses() throws {
        let cases = try Self.parse(try Fixtures.text("deadline-cases.yaml"))
        #expect(cases.count >= 15)
        let calculator = DeadlineCalculator(calendar: OfficialDecisions.calendar)
        for c in cases {
            #expect(Set(c.fields.keys).isSubset(of: Self.allowedKeys), "\(c): unknown key")
            guard let from = c.fields["from"], let add = c.fields["add"] else {
                Issue.record("\(c): needs from and add")
                continue
            }
            let rule = ClockStart(rawValue: c.fields["clock_start"] ?? "receipt")
            #expect(rule != nil, "\(c): clock_start is receipt or next_working_day")
            do {
                let pauses = try c.pauses.map {
                    try PauseInterval(from: LocalDateTime(parsing: $0.0), to: LocalDateTime(parsing: $0.1))
                }
                let due = try calculator.dueDate(
                    from: LocalDateTime(parsing: from), adding: WorkDuration(parsing: add),
                    clockStart: rule ?? .receipt, pauses: pauses)
                if let expected = c.fields["expect_error"] {
                    Issue.record("\(c): expected the error \"\(expected)\" but got \(due)")
                    continue
                }
                #expect(due.description == c.fields["expect_due"], "\(c)")
                if let returned = c.fields["returned"], let status = c.fields["expect_status_if_returned"] {
                    #expect(
                        DeadlineStatus.of(returned: try LocalDateTime(parsing: returned), due: due).rawValue == status,
                        "\(c)")
                }
            } catch let error as CalendarError {
                guard let expected = c.fields["expect_error"] else {
                    Issue.record("\(c): unexpected error \(error)")
                    continue
                }
                #expect(error.description.contains(expected), "\(c): \(error)")
            }
        }
    }

    @Test func theParserRejectsBrokenLines() {
        #expect(throws: CasesFileError.self) { try Self.parse("from: 2026-01-01 07:00\n") }
        #expect(throws: CasesFileError.self) { try Self.parse("- name: x\n  from 2026-01-01\n") }
        #expect(throws: CasesFileError.self) { try Self.parse("- name: x\n  pauses:\n    - 2026-01-01 07:00\n") }
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespaces) }
}

/// A line of the cases file that the test cannot read.
struct CasesFileError: Error {
    let line: String
    let problem: String
}
