import CatalogModel
import Diagnostics

/// The same procedure entered twice under slightly different spellings, or in two fields, is
/// the most common fault of a catalog built from several departments' lists.
public struct LikelyDuplicateProcedureRule: LintRule {
    /// What the examples change in the second birth registration: it is in another field.
    private static let inAnotherField: KeyValuePairs<String, String?> = [
        "name_en": "Birth registration", "field": "xay-dung",
    ]

    public static let description = RuleDescription(
        id: "likely-duplicate-procedure",
        category: .identity, severity: .warning,
        triggering: [
            .procedure(changing: StandardProcedure.secondBirth, inAnotherField, ["name": "↓Đăng ký khai sinh."])
        ],
        nonTriggering: [
            // Same name, another deciding authority: two procedures.
            .procedure(
                changing: StandardProcedure.secondBirth, inAnotherField,
                ["name": "Đăng ký khai sinh", "authority": "commune"])
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for sorted in context.proceduresSharing({
            "\($0.authority.value)|\($0.level.value.rawValue)|\(context.nameKeys($0).loose)"
        }) {
            // Each name's exact key once, and the first entry whose (field, exact name) differs
            // from the first entry's: 5,000 procedures with one name stay linear.
            let keys = sorted.map { "\($0.field.value)|\(context.nameKeys($0).exact)" }
            let firstDifferent = keys.firstIndex { $0 != keys[0] }
            for (index, procedure) in sorted.enumerated().dropFirst() {
                // Exactly equal names in the same field are duplicate-procedure-name's.
                let earlier = keys[index] != keys[0] ? 0 : firstDifferent.flatMap { $0 < index ? $0 : nil }
                guard let earlier else { continue }
                let first = sorted[earlier]
                findings.append(
                    context.finding(
                        LintMessage.likelyDuplicate(
                            procedureCode: procedure.code.value, firstCode: first.code.value,
                            authority: procedure.authority.value),
                        at: procedure, repeating: first))
            }
        }
        return findings
    }
}
