import Diagnostics

/// The result is what the applicant receives; its English name goes on the portal's English page
/// and into exports as the service's output.
public struct MissingEnglishResultRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "missing-english-result",
        name: Localized("Result without an English name", vi: "Kết quả thiếu tên tiếng Anh"),
        category: .naming, severity: .note,
        summary: Localized("Every procedure's result has result_en.", vi: "Kết quả của mọi thủ tục có result_en."),
        rationale: Localized(
            "The result (Giấy khai sinh, Giấy phép xây dựng) is what an applicant receives; the English pages of the portal and exports (CPSV-AP Output) name it in English. Add result_en. A note, because many published records lack it.",
            vi:
                "Kết quả (Giấy khai sinh, Giấy phép xây dựng) là thứ người nộp nhận được; trang tiếng Anh của cổng và các bản xuất (CPSV-AP Output) cần tên tiếng Anh của nó. Thêm result_en. Chỉ là lưu ý vì nhiều hồ sơ công bố chưa có."
        ),
        triggering: [
            .procedure(changing: [
                "channels": "[in-person]", "online_service": "none", "result": "↓Bản sao có chứng thực",
            ])
        ],
        nonTriggering: [
            .procedure(changing: ["channels": "[in-person]", "online_service": "none", "result_en": "Certified copy"])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.catalog.procedures.values.filter { $0.resultEn == nil }.map { procedure in
            context.finding(
                LintMessage.missingEnglishResult(code: procedure.code.value),
                at: procedure.result.range)
        }
    }
}
