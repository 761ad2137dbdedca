import Diagnostics
import Foundation

/// A dossier item that is itself a form (a declaration, an application) should link the form,
/// so the portal offers it for download and the one-stop desk prints it.
public struct DossierFormMissingRule: LintRule {
    /// How Vietnamese dossier items that are forms begin.
    static let formWords = ["tờ khai", "mẫu", "đơn ", "phiếu đề nghị", "phiếu yêu cầu"]

    public static let description = RuleDescription(
        id: "dossier-form-missing",
        category: .references, severity: .warning,
        triggering: [
            .dossier("name: ↓Đơn đề nghị chứng thực, originals: 1", "name: Bản chính giấy tờ, originals: 1")
        ],
        nonTriggering: [
            .procedure(
                changing: StandardProcedure.mobileBirth,
                [
                    "dossier": StandardProcedure.dossier([
                        "name: Tờ khai đăng ký khai sinh, form: tk-khai-sinh, originals: 1",
                        "name: Giấy chứng sinh, originals: 1",
                    ])
                ])
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        // The same items recur in procedure after procedure: normalise each name once.
        // By bytes (`TextKey`): hashing a Vietnamese name as a String normalised it each time.
        var isForm: [TextKey: Bool] = [:]
        for procedure in context.catalog.procedures.values {
            for item in procedure.dossier where item.form == nil {
                let startsAsForm = isForm.memoized(TextKey(item.name)) {
                    let name = NameKey.exact(item.name)
                    return Self.formWords.contains(where: { name.hasPrefix($0) })
                }
                guard startsAsForm else { continue }
                findings.append(
                    context.finding(
                        LintMessage.formMissing(name: item.name),
                        at: context.scalar("name", within: item.range)?.range ?? item.range))
            }
        }
        return findings
    }
}
