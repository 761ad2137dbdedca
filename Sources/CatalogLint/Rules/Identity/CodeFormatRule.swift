import Diagnostics

/// A provincial system appends its province's suffix to national codes (1.000948.H38 in Yên
/// Bái); a suffix of another province means the record was copied from another catalog.
public struct CodeFormatRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "code-format",
        name: Localized("Provincial code suffix", vi: "Hậu tố mã của tỉnh"),
        category: .identity, severity: .warning,
        summary: Localized(
            "A code's suffix is H followed by this catalog's jurisdiction code.",
            vi: "Hậu tố của mã là H và mã địa phương của danh mục."),
        rationale: Localized(
            "National codes are a digit, a dot and six digits (1.001193); a provincial system may append its own suffix, H and the province's code (1.000948.H38 on Yên Bái's portal). A suffix with another province's number is a record copied from another catalog without adapting it. The suffix must be H followed by jurisdiction.code in catalog.yaml.",
            vi:
                "Mã quốc gia gồm một chữ số, dấu chấm và sáu chữ số (1.001193); hệ thống của tỉnh có thể thêm hậu tố riêng là H và mã tỉnh (1.000948.H38 trên cổng của Yên Bái). Hậu tố mang số của tỉnh khác là hồ sơ sao từ danh mục khác mà chưa chỉnh sửa. Hậu tố phải là H và jurisdiction.code trong catalog.yaml."
        ),
        triggering: [
            .procedure(changing: ["code": "↓1.000001.H38", "channels": "[in-person]", "online_service": "none"])
        ],
        nonTriggering: [
            .procedure(changing: ["code": "1.000001.H99", "channels": "[in-person]", "online_service": "none"])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let jurisdiction = context.catalog.manifest?.jurisdictionCode else { return [] }
        let expected = "H" + jurisdiction
        return context.catalog.procedures.values.compactMap { procedure in
            let parts = procedure.code.value.split(separator: ".", maxSplits: 2)
            guard parts.count == 3, parts[2] != expected else { return nil }
            return context.finding(
                LintMessage.foreignSuffix(suffix: String(parts[2]), code: procedure.code.value, expected: expected),
                at: procedure.code.range)
        }
    }
}
