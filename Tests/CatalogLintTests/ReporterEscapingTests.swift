import Diagnostics
import Testing

/// The new reporters' escaping, which golden files of ordinary messages do not reach.
@Suite struct ReporterEscapingTests {
    let range = SourceRange(
        file: "a,b:c.yaml", start: SourceLocation(line: 2, column: 3, offset: 10),
        end: SourceLocation(line: 2, column: 6, offset: 13))

    @Test func githubCommandsEscapeDataAndProperties() {
        let d = Diagnostic(
            id: .rule("fee-amount"), Localized("100% sure\nsecond line", vi: "100% sure\nsecond line"), at: range,
            severity: .warning)
        #expect(
            GitHubActionsReporter().render([d])
                == "::warning file=a%2Cb%3Ac.yaml,line=2,col=3,endLine=2,endColumn=6,title=fee-amount::100%25 sure%0Asecond line\n"
        )
    }

    @Test func githubNoticeForNotesAndNoEndForAPoint() {
        let point = SourceRange(
            file: "f.yaml", start: SourceLocation(line: 1, column: 1, offset: 0),
            end: SourceLocation(line: 1, column: 1, offset: 0))
        let d = Diagnostic(id: .rule("r"), Localized("m", vi: "m"), at: point, severity: .note)
        #expect(GitHubActionsReporter().render([d]) == "::notice file=f.yaml,line=1,col=1,title=r::m\n")
    }

    @Test func junitEscapesMarkupAndCountsFailuresAtTheThreshold() {
        let warning = Diagnostic(
            id: .rule("r"), Localized("<Đơn> & \"x\"", vi: "<Đơn> & \"x\""), at: range, severity: .warning)
        let xml = JUnitReporter(failOn: .error).render([warning], files: ["a,b:c.yaml", "clean.yaml"])
        #expect(xml.contains("failures=\"0\""))
        #expect(xml.contains("&lt;Đơn&gt; &amp; &quot;x&quot;"))
        #expect(xml.contains("<testcase name=\"clean.yaml\" classname=\"tthc.lint\"/>"))
        #expect(JUnitReporter(failOn: .warning).render([warning], files: []).contains("<failure type=\"r\""))
    }

    @Test func sarifUsesTheRuleIdAndItsIndex() {
        let d = Diagnostic(id: .rule("b"), Localized("m", vi: "m"), at: range, severity: .warning)
        let rules = [
            SARIFReporter.Rule(id: "a", name: "A", shortDescription: "", fullDescription: "", help: "", level: .note),
            SARIFReporter.Rule(
                id: "b", name: "B", shortDescription: "", fullDescription: "", help: "", level: .warning),
        ]
        let sarif = SARIFReporter(version: "0", informationUri: "https://example.org").render([d], rules: rules)
        #expect(sarif.contains("\"ruleId\" : \"b\""))
        #expect(sarif.contains("\"ruleIndex\" : 1"))
        // A colon in a relative reference's first segment would read as a scheme: escaped.
        #expect(sarif.contains("\"uri\" : \"a,b%3Ac.yaml\""))
    }

    @Test func textAndJSONShowTheRuleInsteadOfTheCode() {
        let d = Diagnostic(id: .rule("tone-mark-style"), Localized("m", vi: "m"), at: range, severity: .warning)
        #expect(
            TextReporter(useColor: false).render([d], sources: [:]) == "a,b:c.yaml:2:3: warning[tone-mark-style]: m\n")
        #expect(JSONReporter().render([d], files: 1).contains("\"code\" : \"tone-mark-style\""))
    }
}
