import Diagnostics
import Foundation

/// `tthc rules --format json`: every lint rule and every check code, for tools (an editor
/// extension, a dashboard) that must not parse the text listing.
public enum RuleListJSON {
    struct Entry: Encodable {
        struct Text: Encodable {
            var en: String
            var vi: String
        }
        var id: String
        var kind: String
        var name: Text
        var category: String
        var categoryTitle: Text
        var defaultSeverity: String
        var enabledByDefault: Bool
        var fixable: Bool
        var suppressible: Bool
        var summary: Text
    }

    public static func render(_ rules: [RuleDescription]) -> String {
        func text(_ l: Localized) -> Entry.Text { Entry.Text(en: l.en, vi: l.vi) }
        let ruleEntries = rules.map { rule in
            Entry(
                id: rule.id, kind: "rule", name: text(rule.name), category: rule.category.rawValue,
                categoryTitle: text(rule.category.title), defaultSeverity: rule.severity.rawValue,
                enabledByDefault: rule.enabledByDefault, fixable: rule.fixable, suppressible: true,
                summary: text(rule.summary))
        }
        let codeEntries = CheckCodeDocument.codes.map { code in
            Entry(
                id: code.rawValue, kind: "check", name: Entry.Text(en: code.name, vi: code.name),
                category: "check-" + String(code.rawValue.prefix(1)).lowercased(),
                categoryTitle: text(CheckCodeDocument.stage(of: code)),
                defaultSeverity: code.defaultSeverity.rawValue, enabledByDefault: true,
                fixable: CheckCodeDocument.isFixable(code),
                suppressible: CheckCodeDocument.isSuppressible(code),
                summary: text(CheckCodeDocument.explanation(of: code)))
        }
        return (try? ReportJSON.text(ruleEntries + codeEntries)) ?? "[]\n"
    }
}
