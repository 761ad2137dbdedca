import Diagnostics

/// Every procedure asks for something, at least an application or a declaration; an empty
/// dossier list is a record whose table was not copied.
public struct EmptyDossierRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "empty-dossier",
        name: Localized("No dossier components", vi: "Không có thành phần hồ sơ"),
        category: .dossier, severity: .warning,
        summary: Localized(
            "Every procedure lists its dossier components.", vi: "Mọi thủ tục liệt kê thành phần hồ sơ."),
        rationale: Localized(
            "Every published procedure lists what to submit (Thành phần hồ sơ), if only a declaration. A procedure without a dossier list was copied without its table, and the portal shows applicants nothing to prepare. Copy the list from the published record.",
            vi:
                "Mọi thủ tục công bố đều liệt kê hồ sơ cần nộp (Thành phần hồ sơ), dù chỉ một tờ khai. Thủ tục không có danh sách hồ sơ là bản sao chép thiếu bảng này, và cổng không cho người dân biết phải chuẩn bị gì. Hãy chép danh sách từ hồ sơ đã công bố."
        ),
        triggering: [
            .procedure(changing: StandardProcedure.inPerson, marking: "code")
        ],
        nonTriggering: [
            .procedure(
                changing: StandardProcedure.inPerson,
                ["dossier": "  - { name: Bản chính giấy tờ cần chứng thực, originals: 1 }"])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.catalog.procedures.values.filter { $0.dossier.isEmpty }.map { procedure in
            context.finding(
                LintMessage.emptyDossier(code: procedure.code.value),
                at: context.head(of: procedure.range))
        }
    }
}
