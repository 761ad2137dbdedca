import Foundation
import GoldenFiles
import TTHCRunner
import TestSupport
import Testing

/// `tthc lint` end to end: the built binary on a fixture catalog, as CI runs it.
@Suite struct LintCommandTests {
    static let today = "2026-06-01"

    /// Every output format of one run over the `report` case, compared with golden files.
    @Test(arguments: [
        ("text", "report.txt"), ("json", "report.json"), ("sarif", "report.sarif"), ("github", "report.github.txt"),
        ("junit", "report.junit.xml"),
    ])
    func reportFormatsMatchGoldenFiles(_ format: String, _ golden: String) throws {
        let fixture = try LintFixture.catalog(overlay: "report")
        defer { fixture.remove() }
        let run = TTHCRunner.run(
            ["lint", "catalog", "--today", Self.today, "--format", format], in: fixture.parent)
        #expect(run.status == 1, "\(run.stderr)")
        Golden.expect(run.stdout, matches: "Fixtures/golden/\(golden)")
    }

    @Test func vietnameseMessagesAndSummary() throws {
        let fixture = try LintFixture.catalog(overlay: "report")
        defer { fixture.remove() }
        let run = TTHCRunner.run(["lint", "catalog", "--today", Self.today, "--lang", "vi"], in: fixture.parent)
        Golden.expect(run.stdout, matches: "Fixtures/golden/report.vi.txt")
        #expect(run.stdout.contains("Đã kiểm tra"))
    }

    @Test(.enabled(if: SchemaValidator.available, SchemaValidator.unavailable))
    func sarifIsValidAgainstTheSchema() throws {
        let fixture = try LintFixture.catalog(overlay: "report")
        defer { fixture.remove() }
        let run = TTHCRunner.run(
            ["lint", "catalog", "--today", Self.today, "--format", "sarif", "--output", "lint.sarif"],
            in: fixture.parent)
        #expect(run.status == 1)
        let sarif = fixture.parent.appendingPathComponent("lint.sarif")
        let validation = try SchemaValidator.validate(sarif)
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: sarif)) as? [String: Any]
        let run0 = (object?["runs"] as? [[String: Any]])?.first
        let rules = ((run0?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        let tone = rules?.first { $0["id"] as? String == "tone-mark-style" }
        #expect(tone?["shortDescription"] != nil && tone?["fullDescription"] != nil && tone?["help"] != nil)
        #expect((tone?["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
    }

    @Test func eachFormatGoesToTheOutputAfterIt() throws {
        let fixture = try LintFixture.catalog(overlay: "report")
        defer { fixture.remove() }
        let run = TTHCRunner.run(
            [
                "lint", "catalog", "--today", Self.today, "--format", "sarif", "--output", "lint.sarif",
                "--format", "text", "--format", "junit", "--output", "lint.xml",
            ], in: fixture.parent)
        #expect(run.stdout.contains("files linted:"))
        #expect(!run.stdout.contains("\"version\" : \"2.1.0\""))
        let sarif = try String(contentsOf: fixture.parent.appendingPathComponent("lint.sarif"), encoding: .utf8)
        let junit = try String(contentsOf: fixture.parent.appendingPathComponent("lint.xml"), encoding: .utf8)
        #expect(sarif.contains("\"version\" : \"2.1.0\""))
        #expect(junit.hasPrefix("<?xml"))
    }

    @Test func exitCodes() throws {
        let clean = try LintFixture.catalog()
        defer { clean.remove() }
        // The base catalog has one note (a result without result_en): clean below --fail-on note.
        #expect(TTHCRunner.run(["lint", "catalog", "--today", Self.today], in: clean.parent).status == 0)
        #expect(
            TTHCRunner.run(["lint", "catalog", "--today", Self.today, "--fail-on", "note"], in: clean.parent).status
                == 1)
        #expect(TTHCRunner.run(["lint", "missing", "--today", Self.today], in: clean.parent).status == 2)
        #expect(TTHCRunner.run(["lint", "catalog", "--format", "yaml"], in: clean.parent).status == 2)
        #expect(TTHCRunner.run(["lint", "catalog", "--dry-run"], in: clean.parent).status == 2)
        let broken = try LintFixture.catalog(overlay: "report")
        defer { broken.remove() }
        #expect(TTHCRunner.run(["lint", "catalog", "--today", Self.today], in: broken.parent).status == 1)
    }

    @Test func oneFileOfACatalog() throws {
        let fixture = try LintFixture.catalog(overlay: "report")
        defer { fixture.remove() }
        let run = TTHCRunner.run(
            ["lint", "catalog/procedures/commune/ho-tich/1.001193.yaml", "--today", Self.today], in: fixture.parent)
        #expect(run.status == 0)
        #expect(!run.stdout.contains("1.000001.yaml"))
        #expect(run.stdout.hasSuffix("1 file linted: 0 errors, 0 warnings, 1 note\n"))
    }

    @Test func configurationSwitchesRulesAndFailsOnWarnings() throws {
        let fixture = try LintFixture.catalog(overlay: "report")
        defer { fixture.remove() }
        try fixture.write(
            """
            fail_on: warning
            rules:
              online-full-needs-online-channel: off
              tone-mark-style: { severity: error, style: new }
              missing-english-result: off
            overrides:
              - files: ["procedures/commune/**"]
                rules: { extra-whitespace: off }
            """, to: ".tthc-lint.yml")
        let run = TTHCRunner.run(["lint", "catalog", "--today", Self.today], in: fixture.parent)
        #expect(!run.stdout.contains("online-full-needs-online-channel"))
        #expect(!run.stdout.contains("extra-whitespace"))
        #expect(!run.stdout.contains("missing-english-result"))
        // style: new flags the old-style "hòa" of the fixture, and "Ủy" in the base units, as errors.
        #expect(run.stdout.contains("error[tone-mark-style]"))
        #expect(run.status == 1)
    }

    @Test func invalidConfigurationIsReportedWithItsPositionAndExitsTwo() throws {
        let fixture = try LintFixture.catalog()
        defer { fixture.remove() }
        try fixture.write(
            "fail_on: warning\nrules:\n  tone-mark-styel: off\n  fee-amount: { multiple_of: abc }\nignore: []\n",
            to: ".tthc-lint.yml")
        let run = TTHCRunner.run(["lint", "catalog", "--today", Self.today], in: fixture.parent)
        #expect(run.status == 2)
        #expect(
            run.stderr.contains(
                "catalog/.tthc-lint.yml:3:3: error[L001]: unknown rule \"tone-mark-styel\"; did you mean \"tone-mark-style\"?"
            ))
        #expect(
            run.stderr.contains(
                "catalog/.tthc-lint.yml:4:30: error[L004]: fee-amount option multiple_of must be a whole number"))
        #expect(run.stderr.contains("catalog/.tthc-lint.yml:5:1: error[L001]: unknown key \"ignore\""))
    }

    @Test func rulesAndExplain() throws {
        let fixture = try LintFixture.catalog()
        defer { fixture.remove() }
        let rules = TTHCRunner.run(["rules"], in: fixture.parent)
        #expect(rules.status == 0)
        Golden.expect(rules.stdout, matches: "Fixtures/golden/rules.txt")
        let explain = TTHCRunner.run(["explain", "tone-mark-style", "--lang", "vi"], in: fixture.parent)
        #expect(explain.status == 0)
        Golden.expect(explain.stdout, matches: "Fixtures/golden/explain-tone-mark-style.vi.txt")
        let unknown = TTHCRunner.run(["explain", "tone-mark-styel"], in: fixture.parent)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean \"tone-mark-style\""))
    }
}

/// Validates JSON against a JSON Schema with python3's jsonschema (installed on the CI machine).
enum SchemaValidator {
    /// The OASIS SARIF 2.1.0 schema; SARIF_SCHEMA names another copy.
    static let sarifSchema =
        ProcessInfo.processInfo.environment["SARIF_SCHEMA"] ?? "/work/shared/schemas/sarif-schema-2.1.0.json"

    /// Whether python3 with jsonschema and the schema file are here; tests that need them are
    /// skipped with this reason otherwise.
    static let available: Bool = {
        guard FileManager.default.fileExists(atPath: sarifSchema) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import jsonschema"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
    static let unavailable: Comment =
        "needs python3 with the jsonschema module (pip install jsonschema) and the SARIF 2.1.0 schema (SARIF_SCHEMA)"

    static func validate(_ document: URL, against schema: String = sarifSchema) throws -> RunOutput {
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                print("python3 has no jsonschema module: pip install jsonschema"); sys.exit(3)
            jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))
            """
        return try TTHCRunner.runProgram(
            "/usr/bin/env", ["python3", "-c", script, document.path, schema], in: TTHCRunner.packageRoot)
    }
}
