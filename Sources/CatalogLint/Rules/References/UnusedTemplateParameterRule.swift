import Diagnostics

/// A parameter the template never substitutes makes every procedure pass a value that does
/// nothing, and hides which role really does the work.
public struct UnusedTemplateParameterRule: LintRule {
    /// The examples' template, its parameters after `reviewer, signer` added.
    private static func sameDay(_ more: String) -> RuleExample {
        RuleExample(
            file: "templates/commune-same-day.yaml",
            """
            name: Một bước trong ngày tại xã
            params: [reviewer, signer\(more)]
            workflow:
              start: receive
              steps:
                receive: { by: commune.pasc, takes: 1 working hour, next: review }
                review:
                  by: $reviewer
                  takes: 2 working hours
                  next: sign
                  may: { supplement: wait-applicant, refuse: refused }
                wait-applicant: { wait: applicant, then: review }
                sign: { by: $signer, takes: 1 working hour, next: return }
                return: { by: commune.pasc, end: issued }
                refused: { by: commune.pasc, end: refused }
            """)
    }

    public static let description = RuleDescription(
        id: "unused-template-parameter",
        category: .references, severity: .warning,
        triggering: [
            sameDay(", ↓archivist").and(procedureChanging: [
                "code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "name_en": "Birth registration",
                "channels": "[in-person, online, postal]",
                "deadline": """
                  text: "Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo"
                  value: same day
                  cutoff: "15:00"
                """,
                "result": "Giấy khai sinh", "legal_basis": "[luat-60-2014-qh13, nd-118-2025]",
                "workflow": """
                  template: commune-same-day
                  with: { reviewer: commune.justice-officer, signer: commune.chairman, archivist: commune.pasc }
                """,
            ])
        ],
        nonTriggering: [
            sameDay("")
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for template in context.catalog.templates.values {
            let used = Set(
                context.file(template.range.file)?.scalars.filter { $0.text.hasPrefix("$") }.map {
                    String($0.text.dropFirst())
                } ?? [])
            for parameter in template.params where !used.contains(parameter.value) {
                findings.append(
                    context.finding(
                        LintMessage.unusedTemplateParameter(parameter: parameter.value, id: template.id),
                        at: parameter.range))
            }
        }
        return findings
    }
}
