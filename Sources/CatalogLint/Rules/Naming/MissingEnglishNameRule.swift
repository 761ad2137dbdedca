import CatalogModel
import Diagnostics

/// The national portal publishes procedures in English too; foreign applicants and investors
/// search for them by English name.
public struct MissingEnglishNameRule: LintRule, ChecksEachProcedure {
    public static let description = RuleDescription(
        id: "missing-english-name",
        category: .naming, severity: .warning,
        triggering: [
            .inPerson(changing: ["name": "↓Chứng thực bản sao từ bản chính", "name_en": nil])
        ],
        nonTriggering: [
            .inPerson()
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> Diagnostic? {
        guard procedure.nameEn == nil else { return nil }
        return context.finding(
            LintMessage.missingEnglishName(code: procedure.code.value),
            at: procedure.name.range)
    }
}
