import CatalogModel
import Diagnostics

/// The result is what the applicant receives; its English name goes on the portal's English page
/// and into exports as the service's output.
public struct MissingEnglishResultRule: LintRule, ChecksEachProcedure {
    public static let description = RuleDescription(
        id: "missing-english-result",
        category: .naming, severity: .note,
        triggering: [
            .inPerson(changing: ["result": "↓Bản sao có chứng thực"])
        ],
        nonTriggering: [
            .inPerson(changing: ["result_en": "Certified copy"])
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> Diagnostic? {
        guard procedure.resultEn == nil else { return nil }
        return context.finding(
            LintMessage.missingEnglishResult(code: procedure.code.value),
            at: procedure.result.range)
    }
}
