import CatalogLint
import Diagnostics
import Testing

/// `Documentation/rules.yaml` holds the rules' words; these hold it to the rules' code, so a rule,
/// option, category or check stage without documentation, or documentation of nothing, fails here
/// instead of printing an empty line in `tthc rules` or docs/rules.md.
@Suite struct RuleDocumentationTests {
    let documentation = RuleDocumentation.shipped

    @Test func theShippedFileIsWellFormed() {
        #expect(documentation.problems == [])
    }

    @Test func everyRuleHasAnEntryAndEveryEntryNamesARule() {
        let ids = Set(RuleRegistry.descriptions.map(\.id))
        #expect(ids.subtracting(documentation.rules.keys).sorted() == [], "rules without documentation")
        #expect(Set(documentation.rules.keys).subtracting(ids).sorted() == [], "documentation of no rule")
    }

    @Test func everyOptionIsDocumentedAndNothingElse() {
        for rule in RuleRegistry.descriptions {
            let declared = rule.options.map(\.name).sorted()
            let documented = documentation.rules[rule.id]?.options.keys.sorted() ?? []
            #expect(declared == documented, "options of \(rule.id)")
        }
    }

    @Test func everyCategoryAndCheckStageHasATitle() {
        let categories = RuleCategory.allCases.map(\.rawValue)
        #expect(Set(categories) == Set(documentation.categories.keys))
        let stages = Set(CheckCodeDocument.codes.map { String($0.rawValue.prefix(1)) })
        #expect(stages == Set(documentation.stages.keys))
    }

    /// The checks above rely on the reader reporting a missing language, a missing section and a
    /// file that is not YAML.
    @Test func aMissingTextIsReported() {
        let broken = RuleDocumentation(
            SourceText(
                path: "rules.yaml",
                bytes: Array(
                    """
                    categories:
                      text: { en: Text }
                    rules:
                      unicode-nfc:
                        name: { en: Unicode NFC, vi: Chuẩn Unicode }
                        summary: { vi: Văn bản dùng NFC. }
                    """.utf8)))
        #expect(
            broken.problems == [
                "categories.text: no Vietnamese text (vi)",
                "stages: expected a mapping of entries",
                "rules.unicode-nfc.summary: no English text (en)",
                "rules.unicode-nfc.rationale: no English text (en)",
                "rules.unicode-nfc.rationale: no Vietnamese text (vi)",
            ])
        let unreadable = RuleDocumentation(SourceText(path: "rules.yaml", bytes: Array("rules: [".utf8)))
        #expect(unreadable.problems.count == 1)
        #expect(unreadable.problems.first?.hasPrefix("rules.yaml:") == true)
    }
}
