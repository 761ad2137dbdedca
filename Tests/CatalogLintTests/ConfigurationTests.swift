import CatalogLint
import Diagnostics
import Testing

@Suite struct ConfigurationTests {
    func load(_ text: String) -> ConfigurationLoader.Result {
        ConfigurationLoader(rules: RuleRegistry.descriptions).load(
            SourceText(path: ".tthc-lint.yml", bytes: Array(text.utf8)))
    }

    @Test func readsEverySetting() throws {
        let result = load(
            """
            fail_on: warning
            rules:
              missing-english-result: off
              unused-legal-document: on
              tone-mark-style: { severity: error, style: new }
              legal-basis-expiring: { days: "30" }
            overrides:
              - files: ["procedures/province/**", "units/*.yaml"]
                rules: { missing-english-name: off, fee-amount: note }
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let c = result.configuration
        #expect(c.failOn == .warning)
        let tone = ToneMarkStyleRule.description
        #expect(c.severity(of: tone, in: "fields.yaml") == .error)
        #expect(c.options(for: tone).string("style") == "new")
        #expect(c.options(for: LegalBasisExpiringRule.description).integer("days") == 30)
        #expect(c.severity(of: MissingEnglishResultRule.description, in: "fields.yaml") == nil)
        #expect(!c.runs(MissingEnglishResultRule.description))
        #expect(
            c.severity(of: MissingEnglishNameRule.description, in: "procedures/province/xay-dung/1.000002.yaml") == nil)
        #expect(
            c.severity(of: MissingEnglishNameRule.description, in: "procedures/commune/ho-tich/1.001193.yaml")
                == .warning)
        #expect(c.severity(of: FeeAmountRule.description, in: "units/province.yaml") == .note)
    }

    @Test func reportsProblemsAtTheirPositions() {
        let result = load(
            """
            fail_on: fatal
            rules:
              tone-mark: off
              fee-amount: { multiple: 100 }
              step-budget-slack: { min_slack_percent: 150 }
            overrides:
              - rules: { missing-english-name: off }
            extends: default
            """)
        let lines = result.diagnostics.map {
            "\($0.range.start.line):\($0.range.start.column) \($0.label) \($0.message)"
        }
        #expect(
            lines == [
                "1:10 L004 a severity is one of error, warning, note",
                "3:3 L001 unknown rule \"tone-mark\"; did you mean \"tone-mark-style\"?; `tthc rules` lists them",
                "4:17 L001 unknown key \"multiple\" in the settings of fee-amount; did you mean \"multiple_of\"?; allowed keys: enabled, severity, multiple_of",
                "5:43 L004 step-budget-slack option min_slack_percent must be a whole number from 0 to 100",
                "7:5 L002 an override needs files: the paths it applies to",
                "8:1 L001 unknown key \"extends\" in the lint configuration; allowed keys: fail_on, rules, overrides",
            ])
    }

    @Test func globs() {
        #expect(Glob("procedures/**").matches("procedures/commune/ho-tich/1.001193.yaml"))
        #expect(Glob("procedures/*/ho-tich/*.yaml").matches("procedures/commune/ho-tich/1.001193.yaml"))
        #expect(!Glob("procedures/*/ho-tich/*.yaml").matches("procedures/commune/xay-dung/1.000002.yaml"))
        #expect(Glob("**/1.00119?.yaml").matches("procedures/commune/ho-tich/1.001193.yaml"))
        #expect(!Glob("units/*.yaml").matches("units/sub/x.yaml"))
        #expect(Glob("**").matches("fields.yaml"))
    }
}
