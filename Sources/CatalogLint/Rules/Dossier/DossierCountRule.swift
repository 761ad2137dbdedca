import CatalogModel
import Diagnostics

/// The portal's dossier table says for each paper how many originals and copies to bring; a row
/// with neither leaves the applicant guessing and the clerk free to refuse.
public struct DossierCountRule: LintRule, ChecksProcedureParts {
    public static let description = RuleDescription(
        id: "dossier-item-without-count",
        category: .dossier, severity: .warning,
        triggering: [
            .dossier("name: ↓Giấy tờ tùy thân", "name: Bản chính giấy tờ cần chứng thực, originals: 1")
        ],
        nonTriggering: [
            .dossier("name: Giấy tờ tùy thân, copies: 1", "name: Bản chính giấy tờ cần chứng thực, originals: 1")
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> [Diagnostic] {
        procedure.dossier.filter { $0.originals == 0 && $0.copies == 0 }.map { item in
            context.finding(
                LintMessage.noOriginalOrCopy(name: item.name),
                at: context.scalar("name", within: item.range)?.range ?? item.range)
        }
    }
}
