import Foundation
import GoldenFiles
import TTHCRunner
import TestSupport
import Testing

@Suite struct CheckCommandTests {
    let fixtures = TTHCRunner.packageRoot.appendingPathComponent("Tests/CLITests/Golden")

    func golden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        Golden.expect(actual, matchesFileAt: fixtures.appendingPathComponent(name), sourceLocation: sourceLocation)
    }

    @Test func cleanCatalogExitsZero() throws {
        let run = TTHCRunner.run(["check", "Tests/CatalogModelTests/Fixtures/base"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout == "10 files checked: 0 errors, 0 warnings\n")
    }

    @Test func checkAtADateOutsideTheCatalogsRangeExitsTwoSayingTheRange() throws {
        let ok = TTHCRunner.run(["check", "--at", "2026-06-01", "Tests/CatalogModelTests/Fixtures/base"])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        let late = TTHCRunner.run(["check", "--at", "2030-01-01", "Tests/CatalogModelTests/Fixtures/base"])
        #expect(late.status == 2)
        #expect(
            late.stderr.contains("--at 2030-01-01 is after the last day the catalog's calendar knows, 2026-12-31"),
            "\(late.stderr)")
        let early = TTHCRunner.run([
            "check", "--lang", "vi", "--at", "2020-01-01", "Tests/CatalogModelTests/Fixtures/base",
        ])
        #expect(early.status == 2)
        #expect(early.stderr.contains("trước ngày danh mục có hiệu lực 01/07/2025"), "\(early.stderr)")
        let impossible = TTHCRunner.run(["check", "--at", "2026-02-30", "Tests/CatalogModelTests/Fixtures/base"])
        #expect(impossible.status == 2)
        #expect(
            impossible.stderr
                == "tthc: error: --at 2026-02-30: impossible date 2026-02-30: month 2 of 2026 has 28 days\n")
    }

    /// `check` lets a clean file's text go once it is decoded and reads again the files its report
    /// quotes: a note in a template without a finding of its own still shows its line.
    @Test func aNoteInACleanFileIsQuotedWithItsLine() throws {
        let catalog = try FixtureCatalog(overlay: nil)
        defer { try? FileManager.default.removeItem(at: catalog.root.deletingLastPathComponent()) }
        let procedure = catalog.root.appendingPathComponent("procedures/commune/ho-tich/1.001193.yaml")
        let text = try String(contentsOf: procedure, encoding: .utf8)
            .replacingOccurrences(of: "reviewer: commune.justice-officer", with: "reviewer: commune.justice-offcer")
        try Data(text.utf8).write(to: procedure)
        let run = TTHCRunner.run(["check", catalog.root.path])
        #expect(run.status == 1, "\(run.stderr)")
        let note = "/templates/commune-same-day.yaml:8:11: note: used by template commune-same-day here\n"
        #expect(run.stdout.contains(note + " 8 |       by: $reviewer\n   |           ^~~~~~~~~\n"), "\(run.stdout)")
    }

    @Test func catalogWithErrorsExitsOneWithCaretReport() throws {
        let run = TTHCRunner.run(["check", "Tests/CLITests/Golden/broken"])
        #expect(run.status == 1)
        try golden("broken.out", run.stdout)
    }

    @Test func checkInVietnameseMatchesItsGoldenReport() throws {
        let run = TTHCRunner.run(["check", "--lang", "vi", "Tests/CLITests/Golden/broken"])
        #expect(run.status == 1)
        try golden("broken.vi.out", run.stdout)
        let json = TTHCRunner.run(["check", "--lang", "vi", "--format", "json", "Tests/CLITests/Golden/broken"])
        #expect(json.stdout.contains("được định nghĩa hai lần"))
        #expect(!json.stdout.contains("messageVi"))
    }

    /// `tthc lint --lang vi` prints the loader's and compiler's messages in Vietnamese too, in every format.
    @Test(arguments: ["text", "json", "sarif", "github", "junit"])
    func lintInVietnameseTranslatesEveryCheckMessage(_ format: String) throws {
        let run = TTHCRunner.run([
            "lint", "--lang", "vi", "--today", "2026-06-01", "--format", format, "Tests/CLITests/Golden/broken",
        ])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("được định nghĩa hai lần"), "\(run.stdout)")
        #expect(run.stdout.contains("có số 0 ở đầu"))
        // (SARIF's rule metadata for the check codes, from docs/diagnostics.md, stays English.)
        #expect(
            !run.stdout.contains("ho-tich\\\" is defined twice") && !run.stdout.contains("ho-tich\" is defined twice"))
        #expect(!run.stdout.contains("010 has a leading zero"))
    }

    @Test func oneFileInsideACatalogShowsOnlyItsProblems() throws {
        let run = TTHCRunner.run(["check", "Tests/CLITests/Golden/broken/procedures/commune/ho-tich/1.001193.yaml"])
        #expect(run.status == 1)
        #expect(
            run.stdout.split(separator: "\n").filter { $0.contains("error[") }.allSatisfy {
                $0.hasPrefix("Tests/CLITests/Golden/broken/procedures/commune/ho-tich/1.001193.yaml:")
            })
    }

    @Test func jsonFormatIsMachineReadable() throws {
        let run = TTHCRunner.run(["check", "--format", "json", "Tests/CLITests/Golden/broken"])
        #expect(run.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((object?["summary"] as? [String: Int])?["errors"] ?? 0 > 0)
    }

    @Test func missingPathExitsTwoNamingThePath() throws {
        let run = TTHCRunner.run(["check", "no/such/catalog"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no/such/catalog"))
    }

    @Test func badOptionExitsTwo() throws {
        let run = TTHCRunner.run(["check", "--format", "xml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("xml"))
    }

    @Test func colourFollowsNoColorAndTheFlag() throws {
        let always = TTHCRunner.run(["check", "--color", "always", "Tests/CLITests/Golden/broken"])
        #expect(always.stdout.contains("\u{1B}["))
        let piped = TTHCRunner.run(["check", "Tests/CLITests/Golden/broken"], environment: ["NO_COLOR": "1"])
        #expect(!piped.stdout.contains("\u{1B}["))
    }

    @Test func versionAndHelp() throws {
        let version = TTHCRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("0."))
        let help = TTHCRunner.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Exit status"))
    }

    /// The one test that starts the built binary for what in-process runs cover: a run in a
    /// process of its own prints and exits as the same command line run in process.
    @Test func theBinaryAnswersAsTheInProcessRun() throws {
        for arguments in [["check", "Tests/CLITests/Golden/broken"], ["check", "--format", "xml"], ["--version"]] {
            let binary = try TTHCRunner.runBinary(arguments)
            let inProcess = TTHCRunner.run(arguments)
            #expect(binary.status == inProcess.status, "\(arguments)")
            #expect(binary.stdout == inProcess.stdout, "\(arguments)")
            #expect(binary.stderr == inProcess.stderr, "\(arguments)")
        }
    }
}
