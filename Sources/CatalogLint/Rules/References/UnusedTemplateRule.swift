import Diagnostics

/// A template no procedure uses is checked on every run but shapes nothing.
public struct UnusedTemplateRule: LintRule {
    /// The examples' template.
    private static let review = """
        name: Thẩm định tại sở
        params: [reviewer]
        workflow:
          start: receive
          steps:
            receive: { by: province.pasc, takes: 1 working hour, next: review }
            review: { by: $reviewer, takes: 3 working days, next: return }
            return: { by: province.pasc, end: issued }
        """

    public static let description = RuleDescription(
        id: "unused-template",
        category: .references, severity: .warning,
        triggering: [
            RuleExample(file: "templates/province-review.yaml", "↓" + review)
        ],
        nonTriggering: [
            RuleExample(file: "templates/province-review.yaml", review).and(
                procedureChanging: StandardProcedure.constructionPermit,
                [
                    "authority": "province.construction.director",
                    "workflow": "{ template: province-review, with: { reviewer: province.construction } }",
                ])
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        var used: Set<String> = []
        for procedure in context.catalog.procedures.values {
            if case .template(let name, _, _) = procedure.workflow { used.insert(name.value) }
        }
        return context.catalog.templates.values.filter { !used.contains($0.id) }.map { template in
            context.finding(
                LintMessage.unusedTemplate(id: template.id),
                at: context.head(of: template.range))
        }
    }
}
