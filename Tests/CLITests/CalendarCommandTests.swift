import Foundation
import GoldenFiles
import TTHCRunner
import Testing

@Suite struct CalendarCommandTests {
    let base = "Tests/CatalogModelTests/Fixtures/base"

    @Test func theIssueExampleOverTet2026() throws {
        let run = TTHCRunner.run([
            "deadline", "--from", "2026-02-13 16:20", "--add", "3 working days", "--explain", "--catalog", base,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        Golden.expect(run.stdout, matches: "Golden/deadline-tet-2026.out")
        #expect(run.stdout.hasSuffix("Due: 2026-02-25 17:00 (Wed)\n"))
    }

    /// A clerk's reading: the same deadline in Vietnamese, dates as DD/MM/YYYY, every day's reason.
    @Test func theIssueExampleInVietnamese() throws {
        let run = TTHCRunner.run([
            "deadline", "--from", "2026-02-13 16:20", "--add", "3 ngày làm việc", "--explain", "--lang", "vi",
            "--catalog", base,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        Golden.expect(run.stdout, matches: "Golden/deadline-tet-2026.vi.out")
        #expect(run.stdout.hasSuffix("Hạn giải quyết: 17:00 ngày 25/02/2026 (Thứ Tư)\n"))
        let short = TTHCRunner.run([
            "deadline", "--procedure", "1.001193", "--received", "2026-11-23 15:20", "--channel", "online",
            "--lang", "vi", "--catalog", base,
        ])
        #expect(short.status == 0, "\(short.stderr)")
        #expect(short.stdout.contains("Tiếp nhận: 15:20 ngày 23/11/2026 (Thứ Hai); thời hạn: trong ngày\n"))
        #expect(short.stdout.hasSuffix("Hạn giải quyết: 17:00 ngày 25/11/2026 (Thứ Tư)\n"))
        // The JSON does not change with the language.
        let json = [
            "deadline", "--from", "2026-02-13 16:20", "--add", "3 working days", "--format", "json", "--catalog", base,
        ]
        #expect(TTHCRunner.run(json + ["--lang", "vi"]).stdout == (TTHCRunner.run(json).stdout))
    }

    @Test func aProcedureDeadlineComesFromTheCatalog() throws {
        let run = TTHCRunner.run([
            "deadline", "--procedure", "1.001193", "--received", "2026-11-23 15:20", "--channel", "online", "--catalog",
            base,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        // After the 15:00 cut-off; 24/11/2026 is Culture Day, so the next working day is the 25th.
        #expect(run.stdout.hasSuffix("Due: 2026-11-25 17:00 (Wed)\n"))
    }

    @Test func jsonIsMachineReadable() throws {
        let run = TTHCRunner.run([
            "deadline", "--from", "2026-04-24 10:00", "--add", "2 working days", "--pause",
            "2026-04-24 11:00/2026-04-28 09:00", "--format", "json", "--catalog", base,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["due"] as? String != nil)
    }

    @Test(arguments: [
        (["--from", "2026-02-30 10:00", "--add", "3 working days"], "2026-02-30"),
        (["--from", "2026-02-13 10:00", "--add", "3 work days"], "work days"),
        (["--procedure", "9.999999", "--received", "2026-02-13 10:00"], "9.999999"),
        (
            ["--from", "2026-02-13 10:00", "--add", "1 working day", "--pause", "2026-02-13 12:00/2026-02-13 11:00"],
            "before"
        ),
        (["--from", "2201-01-01 10:00", "--add", "1 working day"], "2201"),
        (["--from", "2026-02-13 10:00"], "--add"),
    ])
    func badInputExitsTwoWithAClearMessage(_ arguments: [String], _ mentioned: String) throws {
        let run = TTHCRunner.run(["deadline"] + arguments + ["--catalog", base])
        #expect(run.status == 2)
        #expect(run.stderr.contains(mentioned), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func holidaysAsTextAndICalendar() throws {
        let text = TTHCRunner.run(["holidays", "2026", "--catalog", base])
        #expect(text.status == 0)
        Golden.expect(text.stdout, matches: "Golden/holidays-2026.out")
        let ics = TTHCRunner.run(["holidays", "2026", "--format", "ics", "--catalog", base])
        #expect(ics.status == 0)
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.stdout.contains("DTSTART;VALUE=DATE:20261124"))
        let bad = TTHCRunner.run(["holidays", "1899", "--catalog", base])
        #expect(bad.status == 2)
    }

    @Test func statsOfTheBaseCatalog() throws {
        let run = TTHCRunner.run(["stats", base])
        #expect(run.status == 0)
        Golden.expect(run.stdout, matches: "Golden/stats-base.out")
        let json = TTHCRunner.run(["stats", base, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["total"] as? Int == 1)
        #expect(object?["communeLevel"] as? Int == 1)
        let vi = TTHCRunner.run(["stats", base, "--lang", "vi"])
        #expect(vi.status == 0)
        Golden.expect(vi.stdout, matches: "Golden/stats-base.vi.out")
    }

    /// Figures of a catalog with errors would mislead: none are printed, and the message says what to run.
    @Test func statsOfABrokenCatalogPrintsNoFigures() {
        let broken = "Tests/CLITests/Golden/broken"
        let run = TTHCRunner.run(["stats", broken])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "tthc: error: the catalog has 3 errors; run `tthc check \(broken)` to see them\n")
        let vi = TTHCRunner.run(["stats", broken, "--lang", "vi"])
        #expect(vi.status == 1)
        #expect(
            vi.stderr
                == "tthc: lỗi: danh mục có 3 lỗi nên không thống kê; hãy chạy `tthc check \(broken) --lang vi` để xem\n"
        )
    }

    @Test func compileAndGraph() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: out) }
        let compile = TTHCRunner.run(["compile", base, "-o", out.path])
        #expect(compile.status == 0, "\(compile.stderr)")
        #expect(compile.stderr.contains("compiled 1 procedures"))
        let again = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: again) }
        _ = TTHCRunner.run(["compile", base, "-o", again.path])
        #expect(try Data(contentsOf: out) == Data(contentsOf: again))
        let graph = TTHCRunner.run(["graph", "1.001193", "--catalog", base])
        #expect(graph.status == 0)
        #expect(graph.stdout.hasPrefix("digraph \"1.001193\""))
        let unknown = TTHCRunner.run(["graph", "1.001194", "--lang", "en", "--catalog", base])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 1.001193"))
        let broken = TTHCRunner.run(["compile", "Tests/CLITests/Golden/broken", "-o", out.path + ".x"])
        #expect(broken.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path + ".x"))
        // In Vietnamese, the errors read as `tthc check --lang vi` prints them.
        let brokenVi = TTHCRunner.run([
            "compile", "--lang", "vi", "Tests/CLITests/Golden/broken", "-o", out.path + ".x",
        ])
        let checkVi = TTHCRunner.run(["check", "--lang", "vi", "Tests/CLITests/Golden/broken"])
        #expect(brokenVi.status == 1)
        #expect(!brokenVi.stdout.isEmpty && brokenVi.stdout == checkVi.stdout)
        let vi = TTHCRunner.run(["compile", "--lang", "vi", base, "-o", again.path])
        #expect(vi.stderr.contains("đã biên dịch 1 thủ tục"), "\(vi.stderr)")
    }
}

@Suite struct DeadlineCapTests {
    let capped = "Tests/CLITests/Golden/capped"

    @Test func extensionsAddUpToTheCapAndNoFurther() throws {
        // 3 + 5 working days from Monday 7 December 2026 08:00: Thursday 17 December 08:00.
        let one = TTHCRunner.run([
            "deadline", "--procedure", "1.001193", "--received", "2026-12-07 08:00", "--condition",
            "needs_verification", "--catalog", capped,
        ])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.hasSuffix("Due: 2026-12-17 08:00 (Thu)\n"))
        // 3 + 5 + 5 = 13 working days would pass the cap of 10: Monday 21 December 08:00.
        let both = TTHCRunner.run([
            "deadline", "--procedure", "1.001193", "--received", "2026-12-07 08:00",
            "--condition", "needs_verification", "--condition", "remote_commune", "--catalog", capped,
        ])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stdout.contains("capped at 10 working days"))
        #expect(both.stdout.hasSuffix("Due: 2026-12-21 08:00 (Mon)\n"))
        let vi = TTHCRunner.run([
            "deadline", "--procedure", "1.001193", "--received", "2026-12-07 08:00", "--condition",
            "needs_verification",
            "--condition", "remote_commune", "--lang", "vi", "--catalog", capped,
        ])
        #expect(vi.stdout.contains("(không quá 10 ngày làm việc)\n"))
        #expect(vi.stdout.hasSuffix("Hạn giải quyết: 08:00 ngày 21/12/2026 (Thứ Hai)\n"))
    }
}
