import CatalogModel
import Diagnostics

/// The same procedure entered twice under slightly different spellings, or in two fields, is
/// the most common fault of a catalog built from several departments' lists.
public struct LikelyDuplicateProcedureRule: LintRule {
    public init() {}

    /// The examples' procedure: a second birth registration, in another field.
    private static let birth: KeyValuePairs<String, String?> = [
        "code": "1.009999", "name_en": "Birth registration", "field": "xay-dung", "channels": "[in-person]",
        "online_service": "none",
        "deadline": #"{ text: "Ngay trong ngày", value: same day, cutoff: "15:00" }"#, "result": "Giấy khai sinh",
        "legal_basis": "[luat-60-2014-qh13]",
    ]

    public static let description = RuleDescription(
        id: "likely-duplicate-procedure",
        name: Localized("Likely duplicate procedure", vi: "Thủ tục có thể bị trùng lặp"),
        category: .identity, severity: .warning,
        summary: Localized(
            "No two procedures with nearly the same name and the same authority at one level.",
            vi: "Không có hai thủ tục gần như cùng tên, cùng cơ quan có thẩm quyền ở một cấp."),
        rationale: Localized(
            "When several departments' lists are merged, one procedure often arrives twice: spelled with different punctuation or tone-mark style, with or without \"Thủ tục\" in front, or filed in two fields. Names that match once these differences are ignored, with the same deciding authority at the same level, are probably one procedure. Merge them, or make the names say how they differ. (Exactly equal names in one field are reported by duplicate-procedure-name.)",
            vi:
                "Khi gộp danh mục của nhiều sở, ngành, một thủ tục thường xuất hiện hai lần: khác dấu câu hay kiểu đặt dấu thanh, có hoặc không có chữ \"Thủ tục\" ở đầu, hoặc xếp vào hai lĩnh vực. Những tên khớp nhau khi bỏ qua các khác biệt đó, cùng cơ quan có thẩm quyền, cùng cấp, nhiều khả năng là một thủ tục. Hãy gộp lại, hoặc sửa tên cho thấy chúng khác nhau thế nào. (Tên giống hệt trong cùng lĩnh vực do duplicate-procedure-name báo.)"
        ),
        triggering: [
            .procedure(changing: birth, ["name": "↓Đăng ký khai sinh."])
        ],
        nonTriggering: [
            // Same name, another deciding authority: two procedures.
            .procedure(changing: birth, ["name": "Đăng ký khai sinh", "authority": "commune"])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var groups: [String: [Procedure]] = [:]
        for procedure in context.catalog.procedures.values {
            groups[
                "\(procedure.authority.value)|\(procedure.level.value.rawValue)|\(context.nameKeys(procedure).loose)",
                default: []
            ].append(procedure)
        }
        var findings: [Diagnostic] = []
        for group in groups.values where group.count > 1 {
            let sorted = group.sorted { $0.code.value < $1.code.value }
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
                        at: procedure.name.range,
                        notes: [
                            DiagnosticNote(
                                LintMessage.namedHere(code: first.code.value),
                                at: first.name.range)
                        ]))
            }
        }
        return findings
    }
}
