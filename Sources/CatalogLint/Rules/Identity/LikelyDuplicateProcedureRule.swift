import CatalogModel
import Diagnostics

/// The same procedure entered twice under slightly different spellings, or in two fields, is
/// the most common fault of a catalog built from several departments' lists.
public struct LikelyDuplicateProcedureRule: LintRule {
    /// The examples' procedure: a second birth registration, in another field.
    private static let birth: KeyValuePairs<String, String?> = [
        "code": "1.009999", "name_en": "Birth registration", "field": "xay-dung", "channels": "[in-person]",
        "online_service": "none",
        "deadline": #"{ text: "Ngay trong ngày", value: same day, cutoff: "15:00" }"#, "result": "Giấy khai sinh",
        "legal_basis": "[luat-60-2014-qh13]",
    ]

    public static let description = RuleDescription(
        id: "likely-duplicate-procedure",
        category: .identity, severity: .warning,
        triggering: [
            .procedure(changing: birth, ["name": "↓Đăng ký khai sinh."])
        ],
        nonTriggering: [
            // Same name, another deciding authority: two procedures.
            .procedure(changing: birth, ["name": "Đăng ký khai sinh", "authority": "commune"])
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
