import CaseEngine
import Foundation
import TTHCRunner
import Testing
import WorkflowCompiler

/// `tthc case` end to end: golden transcripts of a session (including `case show`, forms 04 and
/// 06) and the exit status of every kind of bad input, with the store left unchanged.
@Suite(.serialized) struct CaseCLITests {
    /// Sessions kept as script goldens: the commands and what they print, in one file (forms 04
    /// and 06 as HTML written to files and compared with their own goldens).
    /// (vietnamese-session.txt: the same commands with `--lang vi`, their output and their failures.)
    @Test(arguments: [
        "supplement-session.txt", "parallel-subcase-session.txt", "forms/forms-session.txt", "vietnamese-session.txt",
    ])
    func sessionTranscript(_ name: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cli = try CaseTranscript(folder: folder)
        try cli.replay(name)
    }

    /// Every kind of bad input (Fixtures/golden/bad-input.txt: the commands, their words and their
    /// exit status) leaves the store as a store that saw only the session's first two commands.
    @Test func badInputExitsWithTheRightStatusAndChangesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cli = try CaseTranscript(folder: folder)
        try cli.replay("bad-input.txt")
        let clean = folder.appendingPathComponent("clean")
        try FileManager.default.createDirectory(at: clean, withIntermediateDirectories: true)
        var reference = try CaseTranscript(folder: clean)
        for line in try CaseTranscript.commands(of: "bad-input.txt").prefix(2) { try reference.tthc(line) }
        let show = ["case", "show", "C000001", "--format", "json", "--now", "2026-03-02 09:00", "--store"]
        let before = TTHCRunner.run(show + [reference.store]).stdout
        #expect(before.contains("\"version\" : 2"))
        // Only `case open` makes a store; a command that reads one refuses a path with none, and
        // writes nothing there (a mistyped path was listed as "0 cases" and verified as "sound").
        let unwritable = TTHCRunner.run([
            "case", "open", "--artifact", cli.artifact, "--procedure", "1.001193", "--received", "2026-03-02 08:30",
            "--commune", "thanh-nua", "--applicant", "CCCD-001234567890", "--store",
            "/proc/no-such-folder/cases.sqlite",
        ])
        #expect(
            unwritable.status == 2 && unwritable.stderr.contains("cannot create the folder /proc/no-such-folder"),
            "\(unwritable.stderr)")
        let typo = folder.appendingPathComponent("typo/cases.sqlite").path
        for command in [["case", "list"], ["case", "verify"], ["case", "show", "C000001"]] {
            let missing = TTHCRunner.run(command + ["--store", typo])
            #expect(missing.status == 2, "\(command)")
            #expect(
                missing.stderr
                    == "tthc: error: no case store at \(typo): `tthc case open` creates one there; or name the store with --store or $TTHC_STORE (default ~/.tthc/cases.sqlite)\n"
            )
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("typo").path))
        // A folder, or a file that is not a database, given as the store: refused, and the file is left as it was.
        let asFolder = TTHCRunner.run(["case", "list", "--store", folder.path])
        #expect(
            asFolder.status == 2 && asFolder.stderr.contains("is a folder: give the store's file"), "\(asFolder.stderr)"
        )
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("not a database\n".utf8).write(to: notes)
        let notADatabase = TTHCRunner.run(["case", "show", "C000001", "--store", notes.path])
        #expect(
            notADatabase.status == 2 && notADatabase.stderr.contains("the file is not an SQLite database"),
            "\(notADatabase.stderr)")
        #expect(try Data(contentsOf: notes) == Data("not a database\n".utf8))
        let after = TTHCRunner.run([
            "case", "show", "C000001", "--format", "json", "--now", "2026-03-02 09:00", "--store", cli.store,
        ]).stdout
        #expect(after == before)
        #expect(
            TTHCRunner.run(["case", "list", "--store", cli.store, "--format", "json"]).stdout.components(
                separatedBy: "\"id\""
            ).count == 2)
    }

    @Test func idempotencyKeyOverTheCommandLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cli = try CaseTranscript(folder: folder)
        for _ in 0..<2 {
            let output = try cli.tthc(
                "case", "open", "--artifact", "$ARTIFACT", "--procedure", "1.001193", "--received", "2026-03-02 08:30",
                "--commune", "thanh-nua", "--applicant", "CCCD-1", "--idempotency-key", "slip-0001")
            #expect(output.status == 0)
        }
        for _ in 0..<2 {
            #expect(
                try cli.tthc(
                    "case", "event", "C000001", "accept", "--at", "2026-03-02 08:30", "--idempotency-key", "acc-1"
                ).status == 0)
        }
        let json = TTHCRunner.run([
            "case", "show", "C000001", "--format", "json", "--now", "2026-03-02 09:00", "--store", cli.store,
        ]).stdout
        #expect(json.contains("\"version\" : 2"))
        #expect(TTHCRunner.run(["case", "show", "C000002", "--store", cli.store]).status == 2)
    }
}

extension CaseCLITests {
    @Test func migrateReportsAndExitsOneWhenACaseWouldBreak() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cli = try CaseTranscript(folder: folder)
        let newArtifact = folder.appendingPathComponent("new.tthc.json").path
        try Data(try ArtifactCodec.encode(try MigrationTests.changedArtifact())).write(
            to: URL(fileURLWithPath: newArtifact))
        try cli.tthc(
            "case", "open", "--artifact", "$ARTIFACT", "--procedure", "1.000894", "--received", "2026-03-02 09:00",
            "--commune", "thanh-nua", "--applicant", "CCCD-1")
        try cli.tthc("case", "event", "C000001", "accept", "--at", "2026-03-02 09:00")
        try cli.tthc("case", "event", "C000001", "complete", "--at", "2026-03-02 10:00")
        let report = try cli.tthc(["case", "migrate", "--artifact", newArtifact])
        #expect(report.status == 1)
        #expect(report.stdout.contains("C000001  1.000894  breaks  at review"))
        #expect(report.stdout.contains("breaks: active step review changed: budget 1 working day → 2 working days"))
        #expect(try cli.tthc(["case", "migrate", "--artifact", cli.artifact]).status == 0)
    }

    @Test func listFiltersOverdueCasesAndUnits() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cli = try CaseTranscript(folder: folder)
        for (procedure, received) in [("1.001193", "2026-03-02 08:30"), ("1.000894", "2026-03-02 08:30")] {
            try cli.tthc(
                "case", "open", "--artifact", "$ARTIFACT", "--procedure", procedure, "--received", received,
                "--commune", "thanh-nua", "--applicant", "CCCD-1")
            try cli.tthc("case", "event", cli.lastCaseId, "accept", "--at", received)
        }
        // At Tuesday noon the same-day birth registration is overdue; the marriage (3 days) is not.
        let overdue = try cli.tthc(["case", "list", "--overdue", "--now", "2026-03-03 12:00", "--format", "json"])
        #expect(overdue.status == 0)
        #expect(overdue.stdout.contains("\"id\" : \"C000001\""))
        #expect(!overdue.stdout.contains("C000002"))
        let atDesk = try cli.tthc(["case", "list", "--unit", "thanh-nua.pasc", "--now", "2026-03-03 12:00"])
        #expect(atDesk.stdout.hasSuffix("2 cases\n"))
        let elsewhere = try cli.tthc(["case", "list", "--unit", "province.pasc", "--now", "2026-03-03 12:00"])
        #expect(elsewhere.stdout.hasSuffix("0 cases\n"))
    }

    /// A dossier left unaccepted past its due time: `case show` says it is overdue and owes form
    /// 04, and `--form 04` writes the letter, where it said "not due within one working day".
    @Test func aDossierLeftAtTheDeskIsShownOverdueWithItsLetter() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cli = try CaseTranscript(folder: folder)
        try cli.tthc(
            "case", "open", "--artifact", "$ARTIFACT", "--procedure", "1.000894", "--received", "2026-03-02 08:30",
            "--commune", "thanh-nua", "--applicant", "CCCD-1")
        let id = cli.lastCaseId
        let show = try cli.tthc(["case", "show", id, "--now", "2026-03-10 10:00"])
        #expect(
            show.stdout.contains("  state: received, awaiting acceptance — Quá hạn (overdue); form 04 is due"),
            "\(show.stdout)")
        #expect(show.stdout.hasSuffix("  apologize\n"), "\(show.stdout)")
        let letter = try cli.tthc(["case", "show", id, "--form", "04", "--now", "2026-03-10 10:00"])
        #expect(letter.status == 0, "\(letter.stderr)")
        #expect(letter.stdout.contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN"), "\(letter.stdout)")
        #expect(letter.stdout.contains("Đến nay hồ sơ đã quá hạn giải quyết"), "\(letter.stdout)")
    }

    /// Marriage registration with both extensions (3 + 5 + 10 working days) is held to its cap of
    /// 10 working days: `case show` says so, in text and in JSON.
    @Test func showPrintsTheDeadlineCap() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cli = try CaseTranscript(folder: folder)
        try cli.replay("deadline-cap.txt")
        let json = try cli.tthc(["case", "show", "C000001", "--now", "2026-03-02 09:00", "--format", "json"])
        #expect(json.stdout.contains("\"cap\" : \"10 working days\""))
        #expect(json.stdout.contains("\"capApplies\" : true"))
    }

    @Test func simulateWritesBothReports() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cli = try CaseTranscript(folder: folder)
        let out = folder.appendingPathComponent("sim").path
        let run = TTHCRunner.run([
            "simulate", "--artifact", cli.artifact, "--cases", "300", "--days", "3", "--seed", "3", "--out", out,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("simulated 300 cases"))
        #expect(!run.stderr.contains("\r["), "no progress bar when standard error is not a terminal")
        let json = try String(contentsOfFile: out + "/report.json", encoding: .utf8)
        #expect(json.contains("\"cases\" : 300"))
        #expect(try String(contentsOfFile: out + "/report.html", encoding: .utf8).contains("<svg"))
        #expect(
            TTHCRunner.run(["simulate", "--artifact", cli.artifact, "--online-share", "2", "--out", out]).status
                == 2)
    }

    @Test func simulateRefusesBadInputInWords() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cli = try CaseTranscript(folder: folder)
        let out = folder.appendingPathComponent("sim").path
        let refusals: [(args: [String], says: String)] = [
            (["--start", "2026-13-01"], "--start \"2026-13-01\": impossible date 2026-13-01: there is no month 13"),
            (["--start", "2026-1-1"], "malformed --start \"2026-1-1\": write YYYY-MM-DD"),
            (["--start", "2100-12-20"], "runs past the calendar: year 2101 is out of range"),
            (["--out", cli.artifact], "cannot write the report to \(cli.artifact): File exists\n"),
            (
                ["--out", "/proc/tthc-report"],
                "cannot write the report to /proc/tthc-report: No such file or directory\n"
            ),
        ]
        for (args, says) in refusals {
            let run = TTHCRunner.run(
                ["simulate", "--artifact", cli.artifact, "--cases", "50", "--out", out] + args)
            #expect(
                run.status == 2 && run.stderr.hasPrefix("tthc: error: ") && run.stderr.contains(says),
                "\(args): \(run.stderr)")
            #expect(!run.stderr.contains("Error Domain="), "a file error in the system's words, not Foundation's dump")
        }
    }
}

extension CaseTranscript {
    /// The id of the case the last `case open` printed.
    var lastCaseId: String {
        transcript.components(separatedBy: "opened ").last.map { String($0.prefix { $0 != ":" }) } ?? ""
    }
}
