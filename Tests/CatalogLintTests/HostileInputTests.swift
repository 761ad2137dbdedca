import CatalogLint
import CatalogModel
import Foundation
import TTHCRunner
import TestSupport
import Testing

/// Issue 21's reproducers, as a user meets them: a hostile value, file, link or pattern gives a
/// diagnostic and an exit status, never a trap, a hang, a leak or a write outside the catalog.
/// Large inputs are generated here, not committed. Each run is stopped after `limit` seconds, so a
/// hang fails (status 15) instead of blocking the suite.
@Suite(.serialized) final class HostileInputTests {
    let limit = 60.0
    /// Each test's own copy of the lint fixture catalog (a suite instance is made per test).
    let catalog: FixtureCatalog

    init() throws { catalog = try LintFixture.catalog() }
    deinit { catalog.remove() }

    func run(
        _ arguments: [String], _ catalog: FixtureCatalog, environment: [String: String] = [:], limit: Double? = nil
    ) throws -> RunOutput {
        try TTHCRunner.runBinary(
            arguments, in: catalog.parent, environment: environment.merging(["NO_COLOR": "1"]) { $1 },
            timeout: limit ?? self.limit)
    }

    func procedure(_ catalog: FixtureCatalog) throws -> String {
        try String(
            contentsOf: catalog.root.appendingPathComponent("procedures/commune/ho-tich/1.001193.yaml"), encoding: .utf8
        )
    }

    /// Runs tthc on `catalog`: it must exit with `status` and print `words` on stdout.
    @discardableResult
    func expectRun(
        _ arguments: [String], on catalog: FixtureCatalog, limit: Double? = nil, exits status: Int32,
        printing words: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> RunOutput {
        let out = try run(arguments, catalog, limit: limit)
        #expect(out.status == status, "\(out.stderr.prefix(500))", sourceLocation: sourceLocation)
        #expect(out.stdout.contains(words), "\(out.stdout.prefix(2000))", sourceLocation: sourceLocation)
        return out
    }

    /// The fixture's birth registration (1.001193) with `old` written as `new`.
    func changeProcedure(_ catalog: FixtureCatalog, _ old: String, to new: String) throws {
        try catalog.write(
            try procedure(catalog).replacingOccurrences(of: old, with: new),
            to: "procedures/commune/ho-tich/1.001193.yaml")
    }

    // MARK: Part 1: bounded values

    @Test(arguments: ["check", "lint"]) func aHugeDeadlineIsADiagnosticNotATrap(_ command: String) throws {
        try changeProcedure(catalog, "value: same day", to: "value: 100000000000000000 working days")
        try expectRun(
            [command, "catalog"], on: catalog, exits: 1,
            printing:
                "error[L008]: deadline value \"100000000000000000 working days\" is not a duration: malformed duration \"100000000000000000 working days\": the amount must be at most 10000"
        )
        let vi = try run([command, "catalog", "--lang", "vi"], catalog)
        #expect(vi.status == 1)
        #expect(vi.stdout.contains("số lượng không được quá 10000"))
    }

    @Test func aHugeStepBudgetIsADiagnosticNotATrap() throws {
        let text = try procedure(catalog).replacingOccurrences(
            of: """
                workflow:
                  template: commune-same-day
                  with: { reviewer: commune.justice-officer, signer: commune.chairman }
                """,
            with: """
                workflow:
                  start: receive
                  steps:
                    receive: { by: commune.pasc, takes: 1000000000000000 working hours, next: sign }
                    sign: { by: commune.chairman, takes: 99999999999999999999 working days, next: return }
                    return: { by: commune.pasc, end: issued }
                """)
        try catalog.write(text, to: "procedures/commune/ho-tich/1.001193.yaml")
        for command in ["check", "lint", "compile"] {
            let out = try run(command == "compile" ? [command, "catalog", "-o", "-"] : [command, "catalog"], catalog)
            #expect(out.status == 1, "\(command): \(out.stderr)")
            #expect(out.stdout.contains("the amount must be at most 10000"), "\(command)")
        }
    }

    @Test(arguments: ["100000000000000000 working days", "99999999999999999999 days"])
    func aHugeDeadlineOnTheCommandLineExits2(_ period: String) throws {
        let out = try run(["deadline", "--from", "2026-02-13 16:20", "--add", period, "--catalog", "catalog"], catalog)
        #expect(out.status == 2)
        #expect(out.stderr.contains("the amount must be at most 10000"))
    }

    @Test func aNegativeFeeIsAnError() throws {
        try changeProcedure(catalog, "amount: 8000", to: "amount: -8000")
        try expectRun(
            ["check", "catalog"], on: catalog, exits: 1,
            printing: "error[L004]: amount cannot be negative (a fee is whole VND from 0)")
        #expect(
            try run(["check", "catalog", "--lang", "vi"], catalog).stdout.contains(
                "lỗi[L004]: amount không được là số âm (phí là số đồng nguyên từ 0)"))
    }

    @Test func aPatternOfAHundredThousandStarsNeitherOverflowsNorHangs() throws {
        let stars = String(repeating: "*", count: 100_000)
        try catalog.write(
            "overrides:\n  - files: [\"\(stars)\", \"procedures/\(String(repeating: "*", count: 24))x/**\"]\n    rules: { missing-english-result: off }\n",
            to: ".tthc-lint.yml")
        let out = try run(["lint", "catalog"], catalog)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(
            out.stdout.hasSuffix("1 file linted: 0 errors, 0 warnings, 0 notes\n") || out.stdout.contains("0 errors"))
    }

    @Test(.timeLimit(.minutes(1))) func globsMatchIterativelyWithAnyNumberOfStars() {
        #expect(Glob(String(repeating: "*", count: 100_000)).matches("fields.yaml"))
        #expect(!Glob(String(repeating: "*", count: 100_000) + "/x").matches("fields.yaml"))
        let manyStars = "procedures/" + String(repeating: "*", count: 24) + "x/**"
        #expect(!Glob(manyStars).matches("procedures/" + String(repeating: "a", count: 200) + "/b.yaml"))
        #expect(Glob(manyStars).matches("procedures/" + String(repeating: "a", count: 200) + "x/b.yaml"))
        #expect(!Glob(String(repeating: "*a", count: 30) + "b").matches(String(repeating: "a", count: 100)))
        #expect(
            !Glob(String(repeating: "**/", count: 40) + "z.yaml").matches(String(repeating: "a/", count: 60) + "y.yaml")
        )
        #expect(Glob("procedures/**/1.*.yaml").matches("procedures/commune/ho-tich/1.001193.yaml"))
        #expect(Glob("**").matches("a/b/c"))
        #expect(Glob("units/?ommune.yaml").matches("units/commune.yaml"))
    }

    // MARK: Part 2: nothing super-linear

    @Test func aLineOfNonBreakingSpacesIsOneFinding() throws {
        let spaces = String(repeating: "\u{00A0}", count: 88_000)
        try changeProcedure(catalog, "result: Giấy khai sinh", to: "result: \"Giấy\(spaces)khai sinh\"")
        // One finding per character, each placed by a walk from the line's start, took over 120 s.
        let out = try expectRun(
            ["lint", "catalog"], on: catalog, limit: 120, exits: 0,
            printing: "warning[invisible-space]: a non-breaking space (U+00A0) instead of a normal space")
        #expect(out.stdout.components(separatedBy: "[invisible-space]").count == 2)
    }

    @Test func aLetterWithThousandsOfMarksIsRefusedAtItsPlace() throws {
        let letter = "a" + String(repeating: "\u{0323}\u{0302}", count: 44_000)
        try changeProcedure(catalog, "result: Giấy khai sinh", to: "result: \"\(letter)\"")
        try expectRun(
            ["lint", "catalog"], on: catalog, exits: 1,
            printing:
                "1.001193.yaml:21:41: error[Y018]: more than 30 combining marks in a row (Unicode's stream-safe limit); the file is not read"
        )
    }

    @Test func eightyThousandDuplicateKeysReportInLinearTime() throws {
        let keys = (0..<80_000).map { _ in "name: a" }.joined(separator: ", ")
        try catalog.write("fields: [{ id: ho-tich, \(keys) }]\n", to: "fields.yaml")
        // Quadratic excerpts took 36 s for half as many in a release build; linear, a few seconds.
        try expectRun(["check", "catalog"], on: catalog, limit: 120, exits: 1, printing: "error[Y008]")
    }

    @Test func fiveThousandProceduresWithOneNameLintInLinearTime() throws {
        let text = try procedure(catalog)
        for i in 0..<5_000 {
            let code = "1.\(200_000 + i)"
            try catalog.write(
                text.replacingOccurrences(of: "code: 1.001193", with: "code: \(code)"),
                to: "procedures/commune/ho-tich/\(code).yaml")
        }
        // Quadratic, this took over 300 s; linear, a few seconds (a debug build on a busy machine: the generous stop).
        try expectRun(
            ["lint", "catalog", "--format", "json"], on: catalog, limit: 150, exits: 1,
            printing: "\"code\" : \"duplicate-procedure-name\"")
    }

    /// As many steps as the reader's node budget lets one file hold: the longest-path search is
    /// iterative and keeps one successor per step (it kept whole paths, quadratic in their length).
    @Test func aWorkflowOfFourThousandStepsIsLinear() throws {
        let count = 4_000
        var steps = "  start: s0\n  steps:\n    s0: { by: commune.pasc, takes: 1 working hour, next: s1 }\n"
        for i in 1..<count - 1 {
            steps += "    s\(i): { by: commune.justice-officer, takes: 1 working hour, next: s\(i + 1) }\n"
        }
        steps += "    s\(count - 1): { by: commune.pasc, end: issued }\n"
        let text = try procedure(catalog).replacingOccurrences(
            of: """
                workflow:
                  template: commune-same-day
                  with: { reviewer: commune.justice-officer, signer: commune.chairman }
                """, with: "workflow:\n" + steps)
        try catalog.write(text, to: "procedures/commune/ho-tich/1.001193.yaml")
        try expectRun(
            ["check", "catalog"], on: catalog, limit: 150, exits: 1,
            printing: "error[C007]: the steps on the longest path (s0 → s1 → s2")
    }

    // MARK: Part 3: the catalog is a jail

    @Test func linksLeavingTheCatalogAreReportedAndNeverRead() throws {
        let secret = catalog.parent.appendingPathComponent("environ")
        try "CI_JOB_TOKEN=planted-secret-42\n".write(to: secret, atomically: true, encoding: .utf8)
        let folder = catalog.root.appendingPathComponent("procedures/commune/ho-tich")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("1.000999.yaml").path, withDestinationPath: secret.path)
        for command in ["check", "lint"] {
            let out = try expectRun(
                [command, "catalog"], on: catalog, exits: 1,
                printing:
                    "catalog/procedures/commune/ho-tich/1.000999.yaml:1:1: error[F004]: this link points outside the catalog (to \(secret.path)); it is not followed"
            )
            #expect(!out.stdout.contains("planted-secret-42") && !out.stderr.contains("planted-secret-42"))
        }
        let vi = try run(["check", "catalog", "--lang", "vi"], catalog)
        #expect(vi.stdout.contains("lỗi[F004]: liên kết này trỏ ra ngoài danh mục"))
    }

    @Test func loopsDanglingLinksAndPipesAreDiagnostics() throws {
        let procedures = catalog.root.appendingPathComponent("procedures")
        try FileManager.default.createSymbolicLink(
            atPath: procedures.appendingPathComponent("a").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(
            atPath: procedures.appendingPathComponent("b").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(
            atPath: procedures.appendingPathComponent("commune/ho-tich/1.000998.yaml").path,
            withDestinationPath: "1.000997.yaml")
        #expect(mkfifo(procedures.appendingPathComponent("commune/ho-tich/1.000996.yaml").path, 0o644) == 0)
        let out = try expectRun(
            ["check", "catalog"], on: catalog, exits: 1,
            printing:
                "catalog/procedures/a:1:1: error[F007]: this link points to a folder (.); links to folders are not followed (a loop, or the same files read twice)"
        )
        #expect(out.stdout.contains("catalog/procedures/b:1:1: error[F007]"))
        #expect(
            out.stdout.contains(
                "catalog/procedures/commune/ho-tich/1.000998.yaml:1:1: error[F005]: this link points to nothing (1.000997.yaml); what it stands for is missing from the catalog"
            ))
        #expect(
            out.stdout.contains(
                "catalog/procedures/commune/ho-tich/1.000996.yaml:1:1: error[F006]: not a regular file (a named pipe, device or socket); it is not read"
            ))
    }

    @Test func aFolderWithoutCatalogYamlIsRefusedBeforeAnyWalk() throws {
        try FileManager.default.removeItem(at: catalog.root.appendingPathComponent("catalog.yaml"))
        let out = try run(["check", "catalog"], catalog)
        #expect(out.status == 2)
        #expect(out.stderr.contains("is not inside a catalog (no catalog.yaml in it or in any folder above it)"))
        // The loader refuses such a root too (a library caller, a root of `/`), before any walk.
        let loaded = CatalogLoader().load(root: catalog.root.path)
        #expect(loaded.fileCount == 0)
        #expect(
            loaded.diagnostics.map(\.message) == [
                "cannot read the catalog directory: \(catalog.root.path) is not a catalog: it has no catalog.yaml, so nothing was read"
            ])
        #expect(
            CatalogLoader().load(root: "/").diagnostics.first?.message
                == "cannot read the catalog directory: / is not a catalog: it has no catalog.yaml, so nothing was read")
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        // A sparse 400 MB file: nothing is written to disk, and reading it whole would show in RSS.
        let path = catalog.root.appendingPathComponent("fields.yaml").path
        #expect(truncate(path, 400 << 20) == 0)
        try expectRun(
            ["check", "catalog"], on: catalog, exits: 1,
            printing:
                "fields.yaml:1:1: error[F003]: the file is 419430400 bytes, larger than the limit of 8388608 bytes; split it"
        )
    }

    @Test func fixNeverWritesThroughALink() throws {
        let fields = catalog.root.appendingPathComponent("fields.yaml")
        let text = try String(contentsOf: fields, encoding: .utf8) + "   \n"
        // Outside the catalog: not even read.
        let outside = catalog.parent.appendingPathComponent("outside.yaml")
        try text.write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: fields)
        try FileManager.default.createSymbolicLink(atPath: fields.path, withDestinationPath: outside.path)
        let out = try run(["lint", "catalog", "--fix"], catalog)
        #expect(out.stdout.contains("catalog/fields.yaml:1:1: error[F004]"))
        #expect(try String(contentsOf: outside, encoding: .utf8) == text)
        // Inside the catalog: read, but the fix is refused rather than written through the link.
        let notes = catalog.root.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        try text.write(to: notes.appendingPathComponent("fields.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: fields)
        try FileManager.default.createSymbolicLink(atPath: fields.path, withDestinationPath: "notes/fields.txt")
        let fix = try run(["lint", "catalog", "--fix"], catalog)
        #expect(fix.status == 2)
        #expect(
            fix.stderr.hasPrefix("tthc: error: will not write ")
                && fix.stderr.hasSuffix(
                    "catalog/fields.yaml: it is a symbolic link; tthc does not write through links\n")
        )
        #expect(try String(contentsOf: notes.appendingPathComponent("fields.txt"), encoding: .utf8) == text)
        let vi = try run(["lint", "catalog", "--fix", "--lang", "vi"], catalog)
        #expect(
            vi.stderr.hasPrefix("tthc: lỗi: không ghi vào ")
                && vi.stderr.hasSuffix(
                    "catalog/fields.yaml: đó là một liên kết tượng trưng; tthc không ghi qua liên kết\n")
        )
    }

    // MARK: Part 4: outputs written safely

    @Test func outputsRefuseDevicesPipesFoldersAndLinks() throws {
        let folder = catalog.parent
        #expect(mkfifo(folder.appendingPathComponent("pipe").path, 0o644) == 0)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("dir"), withIntermediateDirectories: true)
        try "old\n".write(to: folder.appendingPathComponent("target"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link").path, withDestinationPath: "target")
        let expected = [
            "pipe": "it is not a regular file (a device, named pipe or socket)", "dir": "it is a folder",
            "link": "it is a symbolic link; tthc does not write through links",
        ]
        for (name, reason) in expected {
            for arguments in [
                ["compile", "catalog", "-o", name], ["lint", "catalog", "--format", "sarif", "--output", name],
                ["lint", "catalog", "--write-baseline", name],
            ] {
                let out = try run(arguments, catalog)
                #expect(out.status == 2, "\(arguments)")
                #expect(out.stderr == "tthc: error: will not write \(name): \(reason)\n", "\(arguments)")
            }
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("target"), encoding: .utf8) == "old\n")
        var info = stat()
        #expect(lstat(folder.appendingPathComponent("pipe").path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        #expect(lstat(folder.appendingPathComponent("link").path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK)
        let vi = try run(["compile", "catalog", "-o", "pipe", "--lang", "vi"], catalog)
        #expect(
            vi.stderr
                == "tthc: lỗi: không ghi vào pipe: đó không phải tệp thông thường (thiết bị, ống dẫn có tên hoặc socket)\n"
        )
        // A regular file is replaced whole, keeping its permissions.
        try "old\n".write(to: folder.appendingPathComponent("out.json"), atomically: true, encoding: .utf8)
        #expect(chmod(folder.appendingPathComponent("out.json").path, 0o640) == 0)
        #expect(try run(["compile", "catalog", "-o", "out.json", "--format", "json"], catalog).status == 0)
        #expect(stat(folder.appendingPathComponent("out.json").path, &info) == 0 && info.st_mode & 0o777 == 0o640)
        #expect(try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8).hasPrefix("{"))
    }

    /// A full disk, on a small tmpfs of its own: only where the tests run as root and may mount
    /// (CI's container does); elsewhere there is nothing to check.
    @Test(.enabled(if: getuid() == 0)) func aFullDiskLeavesThePreviousFileIntact() throws {
        let disk = catalog.parent.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard Self.shell("mount -t tmpfs -o size=64k tmpfs '\(disk.path)'") == 0 else { return }
        defer { _ = Self.shell("umount '\(disk.path)'") }
        let sarif = disk.appendingPathComponent("lint.sarif")
        try "{\"previous\": true}\n".write(to: sarif, atomically: false, encoding: .utf8)
        _ = Self.shell("dd if=/dev/zero of='\(disk.path)/fill' bs=1k count=100 2>/dev/null")
        let out = try run(["lint", "catalog", "--format", "sarif", "--output", sarif.path], catalog)
        #expect(out.status == 2)
        #expect(
            out.stderr
                == "tthc: error: cannot write \(sarif.path): No space left on device; the previous file, if any, is left as it was\n"
        )
        #expect(try String(contentsOf: sarif, encoding: .utf8) == "{\"previous\": true}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).sorted() == ["fill", "lint.sarif"])
    }

    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    // MARK: Part 5: text neutralised

    @Test func escapesAndNewLinesInNamesAreShownAsEscapes() throws {
        let name = #""Birth đăng ký\e]0;owned\a\e[31m\n::error file=x.yaml::forged\u202E""#
        try changeProcedure(catalog, "name_en: Birth registration", to: "name_en: \(name)")
        for command in ["check", "lint"] {
            let out = try run([command, "catalog"], catalog)
            #expect(
                !out.stdout.contains("\u{1B}") && !out.stdout.contains("\u{07}") && !out.stdout.contains("\u{202E}"),
                "\(command)")
            #expect(!out.stdout.split(separator: "\n").contains { $0.hasPrefix("::") }, "\(command)")
        }
        let lint = try run(["lint", "catalog"], catalog)
        #expect(lint.status == 1)
        #expect(
            lint.stdout.contains(
                "error[control-or-bidi-character]: the value holds control or bidirectional characters (U+001B, U+0007, U+202E) that hide or reorder what a reader sees"
            ))
        #expect(lint.stdout.contains(#"đăng ký\u{1B}]0;owned\u{7}\u{1B}[31m\n::error file=x.yaml::forged\u{202E}"#))
        let github = try run(["lint", "catalog", "--format", "github"], catalog)
        #expect(
            !github.stdout.contains("\u{1B}") && github.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("::") })
    }
}
