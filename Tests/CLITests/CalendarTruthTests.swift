import Foundation
import GoldenFiles
import TTHCRunner
import Testing

/// Issue 14 as a user meets it: estimated years, the status listing, drafts, bulk deadlines.
@Suite struct CalendarTruthTests {
    let base = "Tests/CatalogModelTests/Fixtures/base"

    func temporaryFile(_ text: [UInt8], _ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-\(UUID().uuidString)-\(name)")
        try Data(text).write(to: url)
        return url
    }

    /// Across Tết 2027, which no decision covers yet: the answer says it rests on an estimate.
    @Test func anEstimatedYearSaysSoInEnglishVietnameseAndJSON() throws {
        let args = ["deadline", "--from", "2027-02-03 10:00", "--add", "3 working days", "--catalog", base]
        let en = TTHCRunner.run(args + ["--explain"])
        #expect(en.status == 0, "\(en.stderr)")
        Golden.expect(en.stdout, matches: "Golden/deadline-estimated-2027.out")
        let vi = TTHCRunner.run(args + ["--explain", "--lang", "vi"])
        #expect(vi.status == 0, "\(vi.stderr)")
        Golden.expect(vi.stdout, matches: "Golden/deadline-estimated-2027.vi.out")
        let json = TTHCRunner.run(args + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        Golden.expect(json.stdout, matches: "Golden/deadline-estimated-2027.json")
        #expect(json.stdout.contains("\"estimated\" : true"))
        #expect(json.stdout.contains("\"due\" : \"2027-02-15T10:00+07:00\""))
        let short = TTHCRunner.run(args)
        #expect(short.stdout.contains("Estimated: no official decision in the catalog covers 2027"))
    }

    @Test func requireOfficialRefusesAnEstimate() throws {
        let estimated = TTHCRunner.run([
            "deadline", "--from", "2027-02-03", "--add", "3 working days", "--require-official", "--catalog", base,
        ])
        #expect(estimated.status == 1)
        #expect(estimated.stdout.isEmpty)
        #expect(estimated.stderr.contains("2027"))
        let vi = TTHCRunner.run([
            "deadline", "--from", "2027-02-03", "--add", "3 working days", "--require-official", "--lang", "vi",
            "--catalog", base,
        ])
        #expect(vi.status == 1)
        #expect(vi.stderr.contains("chưa có quyết định chính thức"))
        let official = TTHCRunner.run([
            "deadline", "--from", "2026-02-13 16:20", "--add", "3 working days", "--require-official", "--catalog",
            base,
        ])
        #expect(official.status == 0, "\(official.stderr)")
        let holidays = TTHCRunner.run(["holidays", "2027", "--require-official", "--catalog", base])
        #expect(holidays.status == 1)
    }

    @Test func holidaysStatusListsEveryYear() throws {
        let run = TTHCRunner.run(["holidays", "--status", "--today", "2026-12-06"])
        #expect(run.status == 0, "\(run.stderr)")
        Golden.expect(run.stdout, matches: "Golden/holidays-status.out")
        let vi = TTHCRunner.run(["holidays", "--status", "--today", "2026-12-06", "--lang", "vi"])
        Golden.expect(vi.stdout, matches: "Golden/holidays-status.vi.out")
        let estimated = TTHCRunner.run(["holidays", "2027", "--catalog", base])
        Golden.expect(estimated.stdout, matches: "Golden/holidays-2027.out")
        let ics = TTHCRunner.run(["holidays", "2027", "--format", "ics", "--catalog", base])
        #expect(ics.stdout.contains("STATUS:TENTATIVE\r\n"))
        #expect(!ics.stdout.contains("STATUS:CONFIRMED"))
        let official = TTHCRunner.run(["holidays", "2026", "--format", "ics", "--catalog", base])
        #expect(official.stdout.contains("STATUS:CONFIRMED\r\n"))
        #expect(!official.stdout.contains("TENTATIVE"))
    }

    /// The draft is a decision file `tthc check` accepts as it is.
    @Test func theDraftChecksClean() throws {
        let draft = TTHCRunner.run(["holidays", "2027", "--draft", "--catalog", base])
        #expect(draft.status == 0, "\(draft.stderr)")
        Golden.expect(draft.stdout, matches: "Golden/holidays-2027-draft.yaml")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-draft-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TTHCRunner.packageRoot.appendingPathComponent(base), to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        try draft.stdout.write(to: root.appendingPathComponent("calendar/2027.yaml"), atomically: true, encoding: .utf8)
        let check = TTHCRunner.run(["check", root.path])
        #expect(check.status == 0, "\(check.stdout)")
        let now = TTHCRunner.run(["holidays", "2027", "--require-official", "--catalog", root.path])
        #expect(now.status == 0, "\(now.stderr)")
    }

    /// Each kind of bad row is one error row; the good rows around them are computed; exit 1.
    @Test func badRowsAreErrorRowsAndTheRunGoesOn() throws {
        var csv = Array("received,add,procedure,channel,facts\n".utf8)
        csv += Array("2026-02-13 16:20,3 working days,,,\n".utf8)
        csv += Array("2026-02-30 10:00,3 working days,,,\n".utf8)  // impossible date
        csv += Array("2026-02-13 10:00,,9.999999,,\n".utf8)  // unknown procedure
        csv += Array("2026-02-13 10:00,3 fortnights,,,\n".utf8)  // a period it cannot parse
        csv += Array("2026-02-13 10:00,1 working day,,\n".utf8)  // wrong number of columns
        csv += [0xFF, 0xFE] + Array(",1 working day,,,\n".utf8)  // invalid UTF-8
        csv += Array("2027-02-03,,1.001193,online,\n".utf8)  // a date alone, an estimated year
        let file = try temporaryFile(csv, "batch.csv")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = TTHCRunner.run(["deadline", "--batch", file.path, "--catalog", base])
        #expect(run.status == 1, "\(run.stderr)")
        Golden.expect(run.stdout, matches: "Golden/deadline-batch-bad.csv")
        #expect(run.stdout.split(separator: "\n").count == 8)
        let jsonl = TTHCRunner.run([
            "deadline", "--batch", file.path, "--format", "jsonl", "--lang", "vi", "--catalog", base,
        ])
        #expect(jsonl.status == 1)
        Golden.expect(jsonl.stdout, matches: "Golden/deadline-batch-bad.vi.jsonl")
        for line in jsonl.stdout.split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(line)")
        }
    }

    @Test(arguments: [
        (["--batch", "/nonexistent/rows.csv"], 2, "cannot read"),
        (["--batch", "Tests"], 2, "Tests"),
        (["--batch", "x.csv", "--add", "1 working day"], 2, "--batch"),
        (["--from", "2026-01-01", "--add", "1 working day", "--format", "jsonl"], 2, "--batch"),
    ])
    func badBatchOptionsExitTwo(_ arguments: [String], _ status: Int32, _ mentioned: String) throws {
        let run = TTHCRunner.run(["deadline"] + arguments + ["--catalog", base])
        #expect(run.status == status, "\(run.stderr)")
        #expect(run.stderr.contains(mentioned), "\(run.stderr)")
    }

    @Test func aHeaderItCannotUseExitsTwo() throws {
        for header in ["when,add\n", "received\n", "received,add,add\n", "received,add,due\n", ""] {
            let file = try temporaryFile(Array(header.utf8), "h.csv")
            defer { try? FileManager.default.removeItem(at: file) }
            let run = TTHCRunner.run(["deadline", "--batch", file.path, "--catalog", base])
            #expect(run.status == 2, "\(header): \(run.stderr)")
        }
    }
}
