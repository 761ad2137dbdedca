import Diagnostics
import Foundation

/// `tthc rules --format json`: every lint rule and every check code, for tools (an editor
/// extension, a dashboard) that must not parse the text listing.
public enum RuleListJSON {
    /// A rule or a check code; its texts as `{"en": …, "vi": …}` (`Localized`).
    struct Entry: Encodable {
        var id: String
        var kind: String
        var name: Localized
        var category: String
        var categoryTitle: Localized
        var defaultSeverity: String
        var enabledByDefault: Bool
        var fixable: Bool
        var suppressible: Bool
        var summary: Localized
    }

    public static func render(_ rules: [RuleDescription]) -> String {
        let ruleEntries = rules.map { rule in
            Entry(
                id: rule.id, kind: "rule", name: rule.name, category: rule.category.rawValue,
                categoryTitle: rule.category.title, defaultSeverity: rule.severity.rawValue,
                enabledByDefault: rule.enabledByDefault, fixable: rule.fixable, suppressible: true,
                summary: rule.summary)
        }
        let codeEntries = CheckCodeDocument.codes.map { code in
            Entry(
                id: code.rawValue, kind: "check", name: Localized(code.name, vi: code.name),
                category: "check-" + String(code.rawValue.prefix(1)).lowercased(),
                categoryTitle: CheckCodeDocument.stage(of: code),
                defaultSeverity: code.defaultSeverity.rawValue, enabledByDefault: true,
                fixable: CheckCodeDocument.isFixable(code),
                suppressible: CheckCodeDocument.isSuppressible(code),
                summary: CheckCodeDocument.explanation(of: code))
        }
        return (try? ReportJSON.text(ruleEntries + codeEntries)) ?? "[]\n"
    }
}
