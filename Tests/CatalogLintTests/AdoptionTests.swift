import Foundation
import TTHCRunner
import TestSupport
import Testing

/// What a team adopting the linter on a legacy catalog does: baseline, fix, lint only what changed.
@Suite struct AdoptionTests {
    static let today = LintCommandTests.today
    let path = "catalog/procedures/commune/ho-tich/1.000001.yaml"

    @Test func baselineHidesKnownFindingsEvenWhenLinesMove() throws {
        let fixture = try LintFixture.catalog(overlay: "report")
        defer { fixture.remove() }
        let write = TTHCRunner.run(
            ["lint", "catalog", "--today", Self.today, "--write-baseline", "baseline.json"], in: fixture.parent)
        #expect(write.status == 0, "\(write.stderr)")
        #expect(write.stderr.contains("Wrote 7 findings to baseline.json"))
        let clean = TTHCRunner.run(
            ["lint", "catalog", "--today", Self.today, "--baseline", "baseline.json"], in: fixture.parent)
        #expect(clean.status == 0)
        #expect(clean.stdout == "11 files linted: 0 errors, 0 warnings, 0 notes (1 suppressed, 7 in the baseline)\n")

        // Lines move (two comment lines above) and one new problem appears: only it is reported.
        let file = fixture.parent.appendingPathComponent(path)
        var text = try String(contentsOf: file, encoding: .utf8)
        text =
            "# moved down\n# by two lines\n"
            + text.replacingOccurrences(of: "effective: 2025-07-01", with: "effective: 2025-07-01\nexpires: 2026-01-31")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let after = TTHCRunner.run(
            ["lint", "catalog", "--today", Self.today, "--baseline", "baseline.json"], in: fixture.parent)
        #expect(after.status == 0)
        #expect(after.stdout.hasPrefix("\(path):21:10: warning[procedure-expired]"))
        #expect(after.stdout.hasSuffix("0 errors, 1 warning, 0 notes (1 suppressed, 7 in the baseline)\n"))
    }

    @Test func fixDryRunPrintsADiffAndChangesNothing() throws {
        let fixture = try LintFixture.catalog(overlay: "report")
        defer { fixture.remove() }
        let before = try Data(contentsOf: fixture.parent.appendingPathComponent(path))
        let run = TTHCRunner.run(
            ["lint", "catalog", "--today", Self.today, "--fix", "--dry-run"], in: fixture.parent)
        #expect(run.status == 0)
        #expect(try Data(contentsOf: fixture.parent.appendingPathComponent(path)) == before)
        #expect(
            run.stdout == """
                --- a/\(path)
                +++ b/\(path)
                @@ -1,6 +1,6 @@
                 code: 1.000001
                 # tthc-lint: disable-next-line missing-english-name -- the portal publishes no English name yet
                -name: Thủ tục hoà giải  ở cơ sở
                +name: Thủ tục hòa giải ở cơ sở
                 field: ho-tich
                 level: commune
                 authority: commune.chairman

                """)
    }

    @Test func fixEditsOnlyTheFindingsBytes() throws {
        let fixture = try LintFixture.catalog(overlay: "report")
        defer { fixture.remove() }
        let file = fixture.parent.appendingPathComponent(path)
        let before = try String(contentsOf: file, encoding: .utf8)
        let run = TTHCRunner.run(["lint", "catalog", "--today", Self.today, "--fix"], in: fixture.parent)
        #expect(run.stderr.contains("Fixed 2 problems in 1 file."))
        let after = try String(contentsOf: file, encoding: .utf8)
        #expect(after == before.replacingOccurrences(of: "Thủ tục hoà giải  ở", with: "Thủ tục hòa giải ở"))
        // The report after fixing has the rest.
        #expect(!run.stdout.contains("tone-mark-style") && !run.stdout.contains("extra-whitespace"))
        #expect(run.stdout.contains("online-full-needs-online-channel"))
        #expect(run.status == 1)
    }

    @Test func changedSinceReportsOnlyChangedAndUntrackedFiles() throws {
        let fixture = try LintFixture.catalog(overlay: "report")
        defer { fixture.remove() }
        let dir = fixture.parent
        for command in [
            ["init", "-q"], ["add", "-A"],
            ["-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "base"],
        ] {
            #expect(try Git.run(command, in: dir) == 0)
        }
        // Nothing changed since HEAD: no finding, though the catalog has several.
        let none = TTHCRunner.run(["lint", "catalog", "--today", Self.today, "--changed-since", "HEAD"], in: dir)
        #expect(none.status == 0)
        #expect(none.stdout == "0 files linted: 0 errors, 0 warnings, 0 notes\n")

        // A changed file and an untracked file are linted; the whole catalog is still resolved.
        let fields = dir.appendingPathComponent("catalog/fields.yaml")
        try (String(contentsOf: fields, encoding: .utf8) + "  - { id: dat-dai, name: Đất  đai, name_en: Land }\n")
            .write(to: fields, atomically: true, encoding: .utf8)
        try fixture.write(
            "communes:\n  - { id: thanh-nua, name: Xã Thanh Nưa, name_en: Thanh Nua Commune, type: commune }\n",
            to: "units/communes.yaml")
        let some = TTHCRunner.run(["lint", "catalog", "--today", Self.today, "--changed-since", "HEAD"], in: dir)
        let files = Set(
            some.stdout.split(separator: "\n").filter { $0.hasPrefix("catalog/") && $0.contains("[") }.map {
                String($0.split(separator: ":")[0])
            })
        #expect(files == ["catalog/fields.yaml", "catalog/units/communes.yaml"], "\(some.stdout)")
        let bad = TTHCRunner.run(["lint", "catalog", "--changed-since", "no-such-ref"], in: dir)
        #expect(bad.status == 2)
    }
}

enum Git {
    static func run(_ arguments: [String], in directory: URL) throws -> Int32 {
        try TTHCRunner.runProgram("/usr/bin/env", ["git"] + arguments, in: directory).status
    }
}
