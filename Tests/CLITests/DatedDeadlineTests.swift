import Foundation
import TTHCRunner
import TestSupport
import Testing

/// `tthc deadline --procedure` answers with the terms in force on the day of receipt: a version of
/// the procedure that changes its deadline applies to dossiers received from its date on, one at a
/// time or in a batch.
@Suite struct DatedDeadlineTests {
    static func catalogWithAVersion() throws -> FixtureCatalog {
        let fixture = try FixtureCatalog(overlay: nil)
        let path = "procedures/commune/ho-tich/1.001193.yaml"
        let text = try String(contentsOf: fixture.root.appendingPathComponent(path), encoding: .utf8)
        try fixture.write(
            text + """
                versions:
                  - from: 2026-09-01
                    deadline: { text: "03 ngày làm việc", value: 3 working days }

                """, to: path)
        return fixture
    }

    @Test func aDossierIsTimedByTheVersionInForceAtItsReceipt() throws {
        let fixture = try Self.catalogWithAVersion()
        defer { fixture.remove() }
        let check = TTHCRunner.run(["check", fixture.root.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let before = TTHCRunner.run([
            "deadline", "--catalog", fixture.root.path, "--procedure", "1.001193", "--received", "2026-08-31 09:00",
        ])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains("Due: 2026-08-31 17:00"), "\(before.stdout)")
        let after = TTHCRunner.run([
            "deadline", "--catalog", fixture.root.path, "--procedure", "1.001193", "--received", "2026-09-01 09:00",
        ])
        #expect(after.status == 0, "\(after.stderr)")
        // 1 and 2 September are National Day: the three days are 3, 4 and 7 September.
        #expect(after.stdout.contains("Due: 2026-09-07 17:00"), "\(after.stdout)")

        let rows = fixture.root.deletingLastPathComponent().appendingPathComponent("rows.csv")
        try "received,procedure\n2026-08-31 09:00,1.001193\n2026-09-01 09:00,1.001193\n2026-08-31 10:00,1.001193\n"
            .write(to: rows, atomically: true, encoding: .utf8)
        let batch = TTHCRunner.run(["deadline", "--catalog", fixture.root.path, "--batch", rows.path])
        #expect(batch.status == 0, "\(batch.stderr)")
        let due = batch.stdout.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)[2]
        }
        #expect(due == ["2026-08-31 17:00", "2026-09-07 17:00", "2026-08-31 17:00"], "\(batch.stdout)")
    }

    /// A receipt outside the procedure's period in force has no terms: refused in words, one row
    /// of a batch at a time.
    @Test func aReceiptOutsideTheProcedurePeriodIsRefused() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let path = "procedures/commune/ho-tich/1.001193.yaml"
        let text = try String(contentsOf: fixture.root.appendingPathComponent(path), encoding: .utf8)
        try fixture.write(
            text.replacingOccurrences(
                of: "effective: 2025-07-01\n", with: "effective: 2025-07-01\nexpires: 2026-06-30\n"), to: path)
        let ask = ["deadline", "--catalog", fixture.root.path, "--procedure", "1.001193", "--received"]
        #expect(TTHCRunner.run(ask + ["2026-06-30 09:00"]).status == 0)
        let late = TTHCRunner.run(ask + ["2026-07-01 09:00"])
        #expect(late.status == 2)
        #expect(
            late.stderr
                == "tthc: error: procedure 1.001193 is not in force on the day of receipt (it is in force from 2025-07-01 until 2026-06-30)\n"
        )
        let early = TTHCRunner.run(ask + ["2025-06-30 09:00", "--lang", "vi"])
        #expect(
            early.stderr
                == "tthc: lỗi: thủ tục 1.001193 không có hiệu lực vào ngày tiếp nhận (có hiệu lực từ 01/07/2025 đến hết 30/06/2026)\n"
        )
    }
}
