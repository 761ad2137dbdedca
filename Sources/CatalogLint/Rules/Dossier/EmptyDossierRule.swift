import CatalogModel
import Diagnostics

/// Every procedure asks for something, at least an application or a declaration; an empty
/// dossier list is a record whose table was not copied.
public struct EmptyDossierRule: LintRule, ChecksEachProcedure {
    public static let description = RuleDescription(
        id: "empty-dossier",
        category: .dossier, severity: .warning,
        triggering: [
            .inPerson(marking: "code")
        ],
        nonTriggering: [
            .dossier("name: Bản chính giấy tờ cần chứng thực, originals: 1")
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> Diagnostic? {
        guard procedure.dossier.isEmpty else { return nil }
        return context.finding(
            LintMessage.emptyDossier(code: procedure.code.value),
            at: context.head(of: procedure.range))
    }
}
