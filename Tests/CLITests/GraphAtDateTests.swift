import Foundation
import GoldenFiles
import TTHCRunner
import TestSupport
import Testing

/// `tthc graph --at DATE` (issue 18): the workflow drawn is the one in force on the date, in every
/// format, and the date is checked as `check --at` checks it.
@Suite struct GraphAtDateTests {
    let golden = TTHCRunner.packageRoot.appendingPathComponent("Tests/CLITests/Golden/graph-at")

    /// The birth registration gains a verification step from 2026-03-01: the day before draws
    /// the template's four steps and the same-day deadline, the day itself the five and one day.
    @Test(arguments: ["dot", "mermaid", "svg"])
    func theGraphBeforeAndAfterAVersionsDateIsTheWorkflowThenInForce(_ format: String) throws {
        let fixture = try DatedWorkflowFixture.catalog()
        defer { fixture.remove() }
        for (date, name) in [("2026-02-28", "before"), ("2026-03-01", "after")] {
            let run = TTHCRunner.run([
                "graph", "1.001193", "--at", date, "--format", format, "--catalog", fixture.root.path,
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.isEmpty)
            Golden.expect(run.stdout, matchesFileAt: golden.appendingPathComponent("1.001193-\(name).\(format)"))
        }
        let english = TTHCRunner.run([
            "graph", "1.001193", "--at", "2026-03-01", "--lang", "en", "--format", format, "--catalog",
            fixture.root.path,
        ])
        #expect(english.stdout.contains("Birth registration") && english.stdout.contains("Verification"))
    }

    @Test func withoutADateItDrawsTheFirstWorkflowAndSaysWhenItChanges() throws {
        let fixture = try DatedWorkflowFixture.catalog()
        defer { fixture.remove() }
        let plain = TTHCRunner.run(["graph", "1.001193", "--catalog", fixture.root.path])
        let before = TTHCRunner.run(["graph", "1.001193", "--at", "2026-02-28", "--catalog", fixture.root.path])
        #expect(plain.status == 0 && plain.stdout == before.stdout)
        #expect(
            plain.stderr
                == "tthc: lưu ý: đây là quy trình ban đầu của 1.001193; quy trình thay đổi từ 01/03/2026; --at NGÀY vẽ quy trình có hiệu lực vào ngày đó\n"
        )
        let english = TTHCRunner.run(["graph", "1.001193", "--lang", "en", "--catalog", fixture.root.path])
        #expect(
            english.stderr
                == "tthc: note: this is the first workflow of 1.001193; it changes from 2026-03-01; --at DATE draws the one in force on a date\n"
        )
    }

    /// A bad date is said in words, in the language asked for, and a date the catalog cannot
    /// answer for gets check's message; every one exits 2 and draws nothing.
    @Test(arguments: [
        (
            ["--at", "2026-02-30", "--lang", "en"],
            "tthc: error: --at 2026-02-30: impossible date 2026-02-30: month 2 of 2026 has 28 days"
        ),
        (
            ["--at", "2026-02-30"],
            "tthc: lỗi: --at 2026-02-30: ngày không tồn tại 2026-02-30: tháng 2 năm 2026 có 28 ngày"
        ),
        (
            ["--at", "1/3/2026", "--lang", "en"],
            "tthc: error: --at 1/3/2026: malformed date \"1/3/2026\": expected YYYY-MM-DD, e.g. 2026-02-13; did you mean \"2026-03-01\"?"
        ),
        (
            ["--at", "2030-01-01", "--lang", "en"],
            "tthc: error: --at 2030-01-01 is after the last day the catalog's calendar knows, 2026-12-31; add calendar/2030.yaml or ask about an earlier date"
        ),
        (
            ["--at", "2025-01-01"],
            "tthc: lỗi: --at 01/01/2025 trước ngày danh mục có hiệu lực 01/07/2025 (catalog.yaml); hãy chọn ngày từ 01/07/2025"
        ),
    ])
    func aDateThatCannotBeAnsweredExitsTwoSayingWhy(_ options: [String], _ message: String) throws {
        let run = TTHCRunner.run(["graph", "1.001193", "--catalog", FixtureCatalog.base.path] + options)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == message + "\n")
    }

    @Test func aProcedureNotInForceOnTheDateIsSaidSo() throws {
        let fixture = try DatedWorkflowFixture.catalog(withVersions: "expires: 2026-06-30\n")
        defer { fixture.remove() }
        let run = TTHCRunner.run([
            "graph", "1.001193", "--at", "2026-07-01", "--lang", "en", "--catalog", fixture.root.path,
        ])
        #expect(run.status == 2)
        #expect(
            run.stderr
                == "tthc: error: procedure 1.001193 is not in force on 2026-07-01 (it is in force from 2025-07-01 until 2026-06-30)\n"
        )
        let vi = TTHCRunner.run(["graph", "1.001193", "--at", "2026-07-01", "--catalog", fixture.root.path])
        #expect(
            vi.stderr
                == "tthc: lỗi: thủ tục 1.001193 không có hiệu lực ngày 01/07/2026 (có hiệu lực từ 01/07/2025 đến hết 30/06/2026)\n"
        )
    }
}
