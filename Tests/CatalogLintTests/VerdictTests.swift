import CatalogLint
import CatalogModel
import Diagnostics
import Foundation
import TTHCRunner
import TestSupport
import Testing

/// Issue 13's reproducers: every way a user names, checks or changes a catalog gets the verdict
/// the catalog deserves. Each test failed on the code before the issue.
@Suite struct VerdictTests {
    static let today = "2026-06-01"
    static let procedure = "procedures/commune/ho-tich/1.001193.yaml"

    /// The base fixture with an impossible date in its procedure.
    static func brokenCatalog() throws -> FixtureCatalog {
        let fixture = try LintFixture.catalog()
        let path = fixture.root.appendingPathComponent(procedure).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try fixture.write(
            text.replacingOccurrences(of: "effective: 2025-07-01", with: "effective: 2025-02-30"), to: procedure)
        return fixture
    }

    // 1. One catalog, whatever the path.

    @Test(arguments: ["check", "lint"])
    func theSameFileNamedThreeWaysGetsTheSameVerdict(_ command: String) throws {
        let fixture = try Self.brokenCatalog()
        defer { fixture.remove() }
        let absolute = fixture.root.appendingPathComponent(Self.procedure).path
        var outputs: [String] = []
        for path in [Self.procedure, "./" + Self.procedure, absolute] {
            let run = TTHCRunner.run(
                [command, path] + (command == "lint" ? ["--today", Self.today] : []), in: fixture.root)
            #expect(run.status == 1, "\(command) \(path): \(run.stdout)\(run.stderr)")
            #expect(
                run.stdout.contains("procedures/commune/ho-tich/1.001193.yaml:24:12: error[L006]"),
                "\(command) \(path): \(run.stdout)")
            outputs.append(run.stdout)
        }
        #expect(Set(outputs).count == 1, "the three spellings gave different reports: \(outputs)")
    }

    @Test(arguments: ["check", "lint"])
    func aSubfolderAndTheRootFindTheSameError(_ command: String) throws {
        let fixture = try Self.brokenCatalog()
        defer { fixture.remove() }
        for (path, directory) in [
            ("procedures/commune/ho-tich", fixture.root), (".", fixture.root), ("catalog/procedures", fixture.parent),
            ("", fixture.root.appendingPathComponent("procedures/commune")),
        ] {
            let run = TTHCRunner.run([command] + (path.isEmpty ? [] : [path]), in: directory)
            #expect(run.status == 1, "\(command) \(path) in \(directory.lastPathComponent): \(run.stdout)\(run.stderr)")
            #expect(run.stdout.contains("error[L006]"), "\(command) \(path): \(run.stdout)")
            // A subfolder is not a catalog of its own: no missing manifest, no ignored files.
            #expect(!run.stdout.contains("L002") && !run.stdout.contains("F002"), "\(command) \(path): \(run.stdout)")
        }
    }

    @Test(arguments: ["check", "lint"])
    func aPathThatNamesNoCatalogFileIsAnError(_ command: String) throws {
        let fixture = try LintFixture.catalog()
        defer { fixture.remove() }
        try fixture.write("# notes\n", to: "README.md")
        try FileManager.default.createDirectory(
            at: fixture.root.appendingPathComponent("procedures/empty"), withIntermediateDirectories: true)
        for path in ["README.md", "procedures/empty", "procedures/missing.yaml"] {
            let run = TTHCRunner.run([command, path], in: fixture.root)
            #expect(run.status == 2, "\(command) \(path) exited \(run.status): \(run.stdout)")
            #expect(!run.stdout.contains("0 errors"), "\(command) \(path) printed a verdict: \(run.stdout)")
            #expect(run.stderr.contains(path), "\(run.stderr)")
        }
        // Beside a catalog file, a README is skipped with a note (a hook passes whatever it staged).
        let mixed = TTHCRunner.run([command, "README.md", Self.procedure], in: fixture.root)
        #expect(mixed.status == 0, "\(mixed.stdout)\(mixed.stderr)")
        #expect(mixed.stderr.contains("README.md is not a catalog file; skipped"), "\(mixed.stderr)")
        #expect(mixed.stdout.contains("1 file"), "\(mixed.stdout)")
        let vi = TTHCRunner.run([command, "README.md", "--lang", "vi"], in: fixture.root)
        #expect(vi.stderr.contains("không có tệp nào của danh mục"), "\(vi.stderr)")
        let outside = TTHCRunner.run([command, "."], in: fixture.parent)
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("not inside a catalog"), "\(outside.stderr)")
    }

    // 2. --changed-since is exact.

    /// A second procedure that calls 1.001193, so a change to one file can break another.
    static let caller = """
        code: 1.000002
        name: Thủ tục liên thông đăng ký khai sinh
        name_en: Linked birth registration
        field: ho-tich
        level: commune
        authority: commune.chairman
        implemented_by: [commune.justice-officer]
        applicants: [citizen]
        channels: [in-person, online, postal]
        online_service: full
        deadline: { text: "03 ngày làm việc", value: 3 working days }
        fees:
          - { name: Đăng ký khai sinh đúng hạn, amount: 0 }
        dossier:
          - { name: Tờ khai đăng ký khai sinh, form: tk-khai-sinh, originals: 1 }
        result: Giấy khai sinh
        result_en: Birth certificate
        legal_basis: [luat-60-2014-qh13, nd-118-2025]
        announced_by: qd-1-ubnd-2025
        effective: 2025-07-01
        provenance: { kind: synthetic }
        workflow:
          start: receive
          steps:
            receive: { by: commune.pasc, takes: 1 working hour, next: birth, may: { refuse: refused } }
            birth: { call: 1.001193, next: return }
            return: { by: commune.pasc, end: issued }
            refused: { by: commune.pasc, end: refused }

        """

    struct Change: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var from: String?
        var to: String?
        /// A finding that must be reported, in a file the change did not touch.
        var expected: String
        var testDescription: String { name }
    }

    static let changes: [Change] = [
        Change(
            name: "rename of a form", file: "forms/forms.yaml", from: "id: tk-khai-sinh", to: "id: tk-ks",
            expected: "1.000002.yaml:15:46: error[R004]"),
        Change(
            name: "rename of a unit's role", file: "units/commune.yaml", from: "justice-officer:", to: "tu-phap:",
            expected: "1.000002.yaml:7:18: error[R001]"),
        Change(
            name: "rename of a legal document", file: "legal/documents.yaml", from: "id: luat-60-2014-qh13",
            to: "id: luat-hotich",
            expected: "1.000002.yaml:18:15: error[R003]"),
        Change(
            name: "rename of a template parameter", file: "templates/commune-same-day.yaml", from: "[reviewer, signer]",
            to: "[checker, signer]",
            expected: "1.001193.yaml:27:13: error[R009]"),
        Change(
            name: "deletion of a called procedure", file: procedure, from: nil, to: nil,
            expected: "1.000002.yaml:26:20: error[R006]"),
    ]

    @Test(arguments: changes)
    func aChangeIsAnswerableForWhatItBreaksElsewhere(_ change: Change) throws {
        let fixture = try LintFixture.catalog()
        defer { fixture.remove() }
        try fixture.write(Self.caller, to: "procedures/commune/ho-tich/1.000002.yaml")
        try Self.git(["init", "-q", "."], in: fixture.parent)
        try Self.git(["add", "-A"], in: fixture.parent)
        try Self.git(
            ["-c", "user.email=ci@example.org", "-c", "user.name=CI", "commit", "-qm", "base"], in: fixture.parent)
        let before = TTHCRunner.run(
            ["lint", "catalog", "--today", Self.today, "--changed-since", "HEAD"], in: fixture.parent)
        #expect(before.status == 0, "\(before.stdout)\(before.stderr)")

        let path = fixture.root.appendingPathComponent(change.file).path
        if let from = change.from, let to = change.to {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try fixture.write(
                text.replacingOccurrences(of: from, with: to).replacingOccurrences(
                    of: "$reviewer", with: change.name.contains("template") ? "$checker" : "$reviewer"), to: change.file
            )
        } else {
            try FileManager.default.removeItem(atPath: path)
        }
        let run = TTHCRunner.run(
            ["lint", "catalog", "--today", Self.today, "--changed-since", "HEAD"], in: fixture.parent)
        #expect(run.status == 1, "\(change.name): \(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains(change.expected), "\(change.name): \(run.stdout)")
        // A style finding in a file the change did not touch, which REF had too, stays out.
        #expect(!run.stdout.contains("1.001193.yaml:21:9: note[missing-english-result]"), "\(run.stdout)")
    }

    static func git(_ arguments: [String], in directory: URL) throws {
        #expect(try Git.run(arguments, in: directory) == 0, "git \(arguments)")
    }

    // 3. No cascades.

    @Test func aProcedureThatFailedToLoadDrawsNoErrorInItsCallers() throws {
        let fixture = try Self.brokenCatalog()
        defer { fixture.remove() }
        try fixture.write(Self.caller, to: "procedures/commune/ho-tich/1.000002.yaml")
        let result = fixture.load()
        #expect(result.diagnostics.map(\.code) == [.invalidDate], "\(result.diagnostics.map(\.message))")
        #expect(result.catalog.broken.procedures == ["1.001193"])
    }

    @Test func aCodeIsSuggestedOnlyForOneSlipAndOnlyWhenOneCodeFits() {
        #expect(Suggestions.nearest(to: "1.001139", in: ["1.001193", "2.000635"]) == "1.001193")
        #expect(Suggestions.nearest(to: "1.00193", in: ["1.001193", "2.000635"]) == "1.001193")
        #expect(Suggestions.nearest(to: "1.001193", in: ["1.001194", "1.001192"]) == nil)
        #expect(Suggestions.nearest(to: "1.001193", in: ["1.002293"]) == nil)
    }

    // 4. Promised fixes are applied.

    @Test func lintFixRepairsABomCRLFAndTabIndentation() throws {
        let fixture = try LintFixture.catalog()
        defer { fixture.remove() }
        let path = fixture.root.appendingPathComponent(Self.procedure)
        let original = try String(contentsOf: path, encoding: .utf8)
        let windows =
            "\u{FEFF}"
            + original.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "\r\n  ", with: "\r\n\t")
        try Data(windows.utf8).write(to: path)

        let check = TTHCRunner.run(["check", "catalog"], in: fixture.parent)
        #expect(check.status == 1)
        #expect(check.stdout.components(separatedBy: "[Y003]").count == 2, "a BOM is one finding: \(check.stdout)")
        #expect(!check.stdout.contains("Y001"), "a BOM draws no syntax error: \(check.stdout)")
        #expect(check.stdout.contains("fix (tthc lint --fix)"))
        #expect(check.stdout.contains("fixable with tthc lint --fix"), "\(check.stdout)")

        let fix = TTHCRunner.run(["lint", "catalog", "--fix", "--today", Self.today], in: fixture.parent)
        #expect(fix.status == 0, "\(fix.stdout)\(fix.stderr)")
        #expect(fix.stderr.hasPrefix("Fixed "), "\(fix.stderr)")
        #expect(try Data(contentsOf: path) == Data(original.utf8))
        let after = TTHCRunner.run(["check", "catalog"], in: fixture.parent)
        #expect(after.status == 0, "\(after.stdout)")
    }

    @Test func aTabWhoseWidthChangesTheMeaningIsLeftWithANote() throws {
        let fixture = try LintFixture.catalog()
        defer { fixture.remove() }
        let fields = fixture.root.appendingPathComponent("fields.yaml")
        let original = try String(contentsOf: fields, encoding: .utf8)
        // At 2 columns the tab lines the entry up with the list; at 4 or 8 it does not parse.
        let last = try #require(original.range(of: "\n  - ", options: .backwards))
        let tabbed = original.replacingCharacters(in: last, with: "\n\t- ")
        #expect(tabbed != original)
        try Data(tabbed.utf8).write(to: fields)
        let fix = TTHCRunner.run(["lint", "catalog", "--fix", "--today", Self.today], in: fixture.parent)
        #expect(fix.status == 1)
        #expect(fix.stdout.contains("tthc lint --fix leaves this tab"), "\(fix.stdout)")
        #expect(try String(contentsOf: fields, encoding: .utf8) == tabbed, "the file must be left as it was")
    }

    // 5. Every code is explained; the rules as JSON.

    @Test func explainTakesEveryCodeAndItsName() throws {
        for code in CheckCodeDocument.codes {
            #expect(CheckCodeDocument.code(named: code.rawValue) == code)
            #expect(CheckCodeDocument.code(named: code.name) == code)
            let flat = CheckCodeDocument.explain(code, language: .vi).replacingOccurrences(of: "\n", with: " ")
            #expect(flat.contains(code.explanationVi), "\(code.rawValue)")
        }
        let fixture = try LintFixture.catalog()
        defer { fixture.remove() }
        let en = TTHCRunner.run(["explain", "C007"], in: fixture.parent)
        #expect(en.status == 0)
        #expect(en.stdout.hasPrefix("C007 (deadline-budget): Workflow compiler"), "\(en.stdout)")
        let vi = TTHCRunner.run(["explain", "deadline-budget", "--lang", "vi"], in: fixture.parent)
        #expect(vi.status == 0)
        #expect(vi.stdout.contains("Trình biên dịch quy trình"), "\(vi.stdout)")
    }

    @Test func rulesAsJSONListEveryRuleAndEveryCode() throws {
        let fixture = try LintFixture.catalog()
        defer { fixture.remove() }
        let run = TTHCRunner.run(["rules", "--format", "json"], in: fixture.parent)
        #expect(run.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let ids = Set(entries.compactMap { $0["id"] as? String })
        #expect(ids == Set(RuleRegistry.descriptions.map(\.id) + CheckCodeDocument.codes.map(\.rawValue)))
        for entry in entries {
            let summary = entry["summary"] as? [String: String]
            #expect(summary?["en"]?.isEmpty == false && summary?["vi"]?.isEmpty == false, "\(entry)")
            #expect(entry["fixable"] is Bool && entry["defaultSeverity"] is String && entry["category"] is String)
        }
        let y004 = entries.first { $0["id"] as? String == "Y004" }
        #expect(y004?["fixable"] as? Bool == true)
    }

    // 6. What the law decides is an error.

    @Test func aDeadlineThatContradictsItsWordingIsAnErrorByDefault() {
        #expect(DeadlineWordingRule.description.severity == .error)
    }
}
