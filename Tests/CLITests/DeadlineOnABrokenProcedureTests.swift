import Foundation
import TTHCRunner
import TestSupport
import Testing

/// A deadline is never answered from a procedure whose definition is in doubt: its own file has
/// an error, or another file defines its code a second time (a misplaced copy, which the fast
/// read of `--procedure` does not open). One question exits 2; a batch row says so and the run
/// goes on.
@Suite struct DeadlineOnABrokenProcedureTests {
    static let path = "procedures/commune/ho-tich/1.001193.yaml"

    static func deadline(_ fixture: FixtureCatalog, _ extra: [String] = []) -> RunOutput {
        TTHCRunner.run(
            ["deadline", "--catalog", fixture.root.path, "--procedure", "1.001193", "--received", "2026-03-02 09:00"]
                + extra)
    }

    static func batch(_ fixture: FixtureCatalog, _ extra: [String] = []) throws -> RunOutput {
        let rows = fixture.root.deletingLastPathComponent().appendingPathComponent("rows.csv")
        try "procedure,add,received\n1.001193,,2026-03-02 09:00\n,3 working days,2026-03-02 09:00\n"
            .write(to: rows, atomically: true, encoding: .utf8)
        return TTHCRunner.run(["deadline", "--catalog", fixture.root.path, "--batch", rows.path] + extra)
    }

    @Test func aSecondDefinitionInAMisplacedFileIsRefused() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let text = try String(contentsOf: fixture.root.appendingPathComponent(Self.path), encoding: .utf8)
        try fixture.write(
            text.replacingOccurrences(of: "value: same day", with: "value: 9 working days"),
            to: "procedures/commune/khac/copy.yaml")

        let one = Self.deadline(fixture)
        #expect(one.status == 2, "\(one.stdout)")
        #expect(one.stdout.isEmpty)
        #expect(
            one.stderr.contains("copy.yaml:1: procedure code \"1.001193\" is defined twice); run `tthc check "),
            "\(one.stderr)")
        let vi = Self.deadline(fixture, ["--lang", "vi"])
        #expect(vi.stderr.contains("tthc: lỗi: danh mục có lỗi ảnh hưởng tới thời hạn này"), "\(vi.stderr)")
        #expect(vi.stderr.contains("mã thủ tục \"1.001193\" được định nghĩa hai lần"), "\(vi.stderr)")

        let rows = try Self.batch(fixture)
        #expect(rows.status == 1)
        let lines = rows.stdout.split(separator: "\n")
        #expect(lines.count == 3, "\(rows.stdout)")
        #expect(lines[1].hasPrefix("1.001193,,2026-03-02 09:00,,,\"the catalog has errors"), "\(rows.stdout)")
        #expect(lines[2] == ",3 working days,2026-03-02 09:00,2026-03-05 09:00,false,", "\(rows.stdout)")
    }

    @Test func aProcedureThatDidNotLoadIsReportedByItsErrorNotAsUnknown() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let text = try String(contentsOf: fixture.root.appendingPathComponent(Self.path), encoding: .utf8)
        try fixture.write(
            text.replacingOccurrences(of: "value: same day", with: "value: 3 bogus days"), to: Self.path)

        let one = Self.deadline(fixture)
        #expect(one.status == 2)
        #expect(one.stderr.contains("1.001193.yaml:13: "), "\(one.stderr)")
        #expect(one.stderr.contains("the catalog has errors that affect this deadline"), "\(one.stderr)")
        #expect(!one.stderr.contains("did you mean"), "\(one.stderr)")
        let vi = Self.deadline(fixture, ["--lang", "vi"])
        #expect(vi.stderr.contains("danh mục có lỗi ảnh hưởng tới thời hạn này"), "\(vi.stderr)")

        let rows = try Self.batch(fixture)
        #expect(rows.status == 1)
        #expect(rows.stdout.contains("1.001193,,2026-03-02 09:00,,,\"the catalog has errors"), "\(rows.stdout)")
        #expect(rows.stdout.contains(",3 working days,2026-03-02 09:00,2026-03-05 09:00,false,"), "\(rows.stdout)")
    }

    /// Another procedure that only names the code (a call, a comment) leaves the answer standing.
    @Test func aFileThatOnlyMentionsTheCodeDoesNotStopTheAnswer() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let text = try String(contentsOf: fixture.root.appendingPathComponent(Self.path), encoding: .utf8)
        try fixture.write(
            "# làm cùng thủ tục 1.001193\n" + text.replacingOccurrences(of: "code: 1.001193", with: "code: 1.009999"),
            to: "procedures/commune/ho-tich/1.009999.yaml")
        let one = Self.deadline(fixture)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("Due: 2026-03-02 17:00"), "\(one.stdout)")
    }
}
