import Diagnostics

/// A declared form no dossier asks for is either stale or a dossier item that forgot `form:`.
public struct UnusedFormRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "unused-form",
        name: Localized("Form declared but never used", vi: "Mẫu đơn khai báo nhưng không dùng"),
        category: .references, severity: .warning,
        summary: Localized(
            "Every form in forms/ is used by some dossier item.",
            vi: "Mọi mẫu đơn trong forms/ được ít nhất một thành phần hồ sơ sử dụng."),
        rationale: Localized(
            "A form that no dossier item names is either left over from a replaced procedure, or the dossier item that needs it forgot its form: key, so applicants are not offered the form. Link it from the dossier item (form: ID) or remove it.",
            vi:
                "Mẫu đơn không thành phần hồ sơ nào dùng tới hoặc là phần còn sót của thủ tục đã thay thế, hoặc thành phần hồ sơ cần nó quên khóa form:, nên người dân không được cung cấp mẫu. Hãy liên kết từ thành phần hồ sơ (form: ID) hoặc xóa mẫu."
        ),
        triggering: [
            RuleExample(
                file: "forms/forms.yaml",
                """
                forms:
                  - { id: tk-khai-sinh, code: Mẫu TK-KS, name: Tờ khai đăng ký khai sinh, name_en: Birth registration declaration, legal_basis: luat-60-2014-qh13 }
                  - { id: ↓tk-khai-tu, code: Mẫu TK-KT, name: Tờ khai đăng ký khai tử, name_en: Death registration declaration, legal_basis: luat-60-2014-qh13 }
                """)
        ],
        nonTriggering: [
            RuleExample(
                file: "forms/forms.yaml",
                """
                forms:
                  - { id: tk-khai-sinh, code: Mẫu TK-KS, name: Tờ khai đăng ký khai sinh, name_en: Birth registration declaration, legal_basis: luat-60-2014-qh13 }
                """)
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
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
