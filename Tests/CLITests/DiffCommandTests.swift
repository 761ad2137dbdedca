import Foundation
import TTHCRunner
import Testing

/// `tthc diff` and `tthc decision draft` against git revisions and folders, as a user runs them.
@Suite struct DiffCommandTests {
    /// A throw-away git repository holding the base fixture catalog under `catalog/`, committed,
    /// then with the birth registration's copy fee cut and its deadline changed (not committed).
    static func repository() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let catalog = root.appendingPathComponent("catalog")
        try FileManager.default.copyItem(
            at: TTHCRunner.packageRoot.appendingPathComponent("Tests/CatalogModelTests/Fixtures/base"), to: catalog)
        for arguments in [
            ["init", "-q"], ["add", "."],
            ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base"],
        ] {
            let git = try TTHCRunner.runProgram("/usr/bin/env", ["git"] + arguments, in: root)
            #expect(git.status == 0, "git \(arguments): \(git.stderr)")
        }
        let file = catalog.appendingPathComponent("procedures/commune/ho-tich/1.001193.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(
                of: "  - { name: Cấp bản sao Giấy khai sinh, amount: 8000, per: copy }",
                with:
                    "  - { name: Cấp bản sao Giấy khai sinh, amount: 4000, per: copy, until: 2026-12-31 }\n  - { name: Cấp bản sao Giấy khai sinh, amount: 8000, per: copy, from: 2027-01-01 }"
            )
        try text.write(to: file, atomically: true, encoding: .utf8)
        return root
    }

    @Test func diffAgainstAGitRevisionSaysWhatChangedInWords() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = TTHCRunner.run(["diff", "HEAD", "--catalog", "catalog"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("~ 1.001193 Thủ tục đăng ký khai sinh"), "\(run.stdout)")
        #expect(
            run.stdout.contains(
                "fee \"Cấp bản sao Giấy khai sinh\": 8,000 VND → 4,000 VND until 2026-12-31, then 8,000 VND from 2027-01-01"
            ), "\(run.stdout)")
        let vi = TTHCRunner.run(
            ["diff", "HEAD", "--catalog", "catalog", "--lang", "vi", "--format", "markdown"], in: root)
        #expect(vi.stdout.contains("8.000 đồng → 4.000 đồng đến hết 31/12/2026"), "\(vi.stdout)")
        let same = TTHCRunner.run(["diff", "HEAD", "HEAD", "--catalog", "catalog"], in: root)
        #expect(same.stdout == "No changes.\n")
        let bad = TTHCRunner.run(["diff", "no-such-revision", "--catalog", "catalog"], in: root)
        #expect(bad.status == 2)
        #expect(
            bad.stderr
                == "tthc: error: no-such-revision is neither a folder nor a git revision (commit, branch, tag) in the repository of catalog\n"
        )
    }

    /// A name that is neither a folder nor a revision is refused in words, before git reads it:
    /// one starting with "-" would have been an option to `git diff` (`--output=FILE` writes a file).
    @Test func diffRefusesWhatIsNeitherAFolderNorARevision() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = TTHCRunner.run(
            ["diff", "old-catalog/", "catalog", "--catalog", "catalog", "--lang", "vi"], in: root)
        #expect(missing.status == 2)
        #expect(
            missing.stderr
                == "tthc: lỗi: old-catalog/ không phải một thư mục, cũng không phải một phiên bản git (commit, nhánh, thẻ) trong kho git chứa catalog\n"
        )
        let option = TTHCRunner.run(["diff", "--catalog", "catalog", "--", "--output=written.txt"], in: root)
        #expect(option.status == 2)
        #expect(
            option.stderr.contains("--output=written.txt is neither a folder nor a git revision"), "\(option.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("written.txt").path))
        let lint = TTHCRunner.run(["lint", "catalog", "--changed-since", "HEAD~5"], in: root)
        #expect(lint.status == 2)
        #expect(
            lint.stderr
                == "tthc: error: HEAD~5 is not a git revision (commit, branch, tag) in the repository of catalog\n")
    }

    @Test func decisionDraftWritesTheAnnexAsHTMLAndCSV() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let html = TTHCRunner.run(
            ["decision", "draft", "HEAD", "--catalog", "catalog", "-o", "annex.html", "--number", "9/QĐ-UBND"], in: root
        )
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOf: root.appendingPathComponent("annex.html"), encoding: .utf8)
        #expect(page.contains("PHẦN II. DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG, THAY THẾ (1 thủ tục)"))
        #expect(page.contains("Kèm theo Quyết định số 9/QĐ-UBND"))
        let csv = TTHCRunner.run(
            ["decision", "draft", "HEAD", "--catalog", "catalog", "--format", "csv"], in: root)
        #expect(csv.stdout.hasPrefix("phan,cap,linh_vuc,stt,ma_thu_tuc"))
        #expect(csv.stdout.contains("II,THỦ TỤC HÀNH CHÍNH CẤP XÃ,Lĩnh vực Hộ tịch,1,1.001193"))
    }

    /// A file with an error leaves its procedure out of the catalog: compared, it would have read
    /// "removed", and the annex would have listed it as abolished (Part III). Both refuse instead,
    /// the catalog's errors printed as check prints them, and nothing is written.
    @Test func aCatalogWithErrorsIsNotCompared() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("catalog/procedures/commune/ho-tich/1.001193.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "level: commune", with: "level: communee").write(
            to: file, atomically: true, encoding: .utf8)
        let diff = TTHCRunner.run(["diff", "HEAD", "--catalog", "catalog"], in: root)
        #expect(diff.status == 1)
        #expect(!diff.stdout.contains("removed"), "\(diff.stdout)")
        #expect(diff.stdout.contains("error[L004]: level \"communee\" is not allowed"), "\(diff.stdout)")
        #expect(
            diff.stderr
                == "tthc: error: a catalog with errors is not compared: a procedure whose file cannot be read would count as removed; fix the errors and run again\n"
        )
        let annex = root.appendingPathComponent("phu-luc.csv")
        let draft = TTHCRunner.run(
            ["decision", "draft", "HEAD", "--catalog", "catalog", "--format", "csv", "-o", annex.path, "--lang", "vi"],
            in: root)
        #expect(draft.status == 1)
        #expect(!FileManager.default.fileExists(atPath: annex.path))
        #expect(draft.stdout.contains("lỗi[L004]"), "\(draft.stdout)")
        #expect(draft.stderr.hasPrefix("tthc: lỗi: không so sánh danh mục có lỗi"), "\(draft.stderr)")
        // Committed, the broken file is the revision's: named by its revision, not by a scratch path.
        for arguments in [
            ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "typo"],
        ] {
            let git = try TTHCRunner.runProgram("/usr/bin/env", ["git"] + arguments, in: root)
            #expect(git.status == 0, "git \(arguments): \(git.stderr)")
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let old = TTHCRunner.run(["diff", "HEAD", "--catalog", "catalog"], in: root)
        #expect(old.status == 1)
        #expect(old.stdout.isEmpty, "\(old.stdout)")
        #expect(
            old.stderr.hasPrefix(
                "tthc: error: the catalog at HEAD has 1 error (`git checkout HEAD` and `tthc check` show them)\n"),
            "\(old.stderr)")
    }
}
