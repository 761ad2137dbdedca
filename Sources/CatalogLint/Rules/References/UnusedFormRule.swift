import Diagnostics

/// A declared form no dossier asks for is either stale or a dossier item that forgot `form:`.
public struct UnusedFormRule: LintRule {
    /// The examples' forms file: the birth registration declaration, then `more` rows.
    private static func forms(_ more: String...) -> RuleExample {
        let birth =
            "id: tk-khai-sinh, code: Mẫu TK-KS, name: Tờ khai đăng ký khai sinh, name_en: Birth registration declaration, legal_basis: luat-60-2014-qh13"
        return RuleExample(
            file: "forms/forms.yaml", (["forms:"] + ([birth] + more).map { "  - { \($0) }" }).joined(separator: "\n"))
    }

    public static let description = RuleDescription(
        id: "unused-form",
        category: .references, severity: .warning,
        triggering: [
            forms(
                "id: ↓tk-khai-tu, code: Mẫu TK-KT, name: Tờ khai đăng ký khai tử, name_en: Death registration declaration, legal_basis: luat-60-2014-qh13"
            )
        ],
        nonTriggering: [forms()])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        var used: Set<String> = []
        for procedure in context.catalog.procedures.values {
            for item in procedure.dossier { if let form = item.form { used.insert(form.value) } }
        }
        return context.catalog.forms.values.filter { !used.contains($0.id) }.map { form in
            context.finding(
                LintMessage.unusedForm(id: form.id),
                at: form.range)
        }
    }
}
