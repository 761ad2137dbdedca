import Diagnostics
import Foundation

/// A dossier item that is itself a form (a declaration, an application) should link the form,
/// so the portal offers it for download and the one-stop desk prints it.
public struct DossierFormMissingRule: LintRule {
    public init() {}

    /// How Vietnamese dossier items that are forms begin.
    static let formWords = ["tờ khai", "mẫu", "đơn ", "phiếu đề nghị", "phiếu yêu cầu"]

    public static let description = RuleDescription(
        id: "dossier-form-missing",
        name: Localized("Form used but not declared", vi: "Dùng mẫu đơn nhưng chưa khai báo"),
        category: .references, severity: .warning,
        summary: Localized(
            "A dossier item that is a form (Tờ khai, Mẫu, Đơn…) names it with form:.",
            vi: "Thành phần hồ sơ là mẫu đơn (Tờ khai, Mẫu, Đơn…) phải chỉ ra mẫu bằng form:."),
        rationale: Localized(
            "A dossier item called \"Tờ khai …\", \"Mẫu số …\", \"Đơn đề nghị …\" or \"Phiếu yêu cầu …\" is a form the applicant fills in. Without form: it is a form in use that the catalog does not declare: the portal cannot offer it for download and changes to it are not tracked. Declare it in forms/ and name it here.",
            vi:
                "Thành phần hồ sơ tên \"Tờ khai …\", \"Mẫu số …\", \"Đơn đề nghị …\" hay \"Phiếu yêu cầu …\" là biểu mẫu người dân điền. Thiếu form: nghĩa là mẫu đang được dùng nhưng danh mục không khai báo: cổng dịch vụ công không cho tải về và không theo dõi được thay đổi. Khai báo mẫu trong forms/ và chỉ ra ở đây."
        ),
        triggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "dossier": """
                  - { name: ↓Đơn đề nghị chứng thực, originals: 1 }
                  - { name: Bản chính giấy tờ, originals: 1 }
                """,
            ])
        ],
        nonTriggering: [
            .procedure(changing: [
                "name": "Đăng ký khai sinh lưu động",
                "name_en": "Mobile birth registration",
                "channels": "[in-person]",
                "online_service": "none",
                "dossier": """
                  - { name: Tờ khai đăng ký khai sinh, form: tk-khai-sinh, originals: 1 }
                  - { name: Giấy chứng sinh, originals: 1 }
                """,
                "result": "Giấy khai sinh",
            ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        // The same items recur in procedure after procedure: normalise each name once.
        var isForm: [String: Bool] = [:]
        for procedure in context.catalog.procedures.values {
            for item in procedure.dossier where item.form == nil {
                let startsAsForm =
                    isForm[item.name]
                    ?? {
                        let name = NameKey.exact(item.name)
                        let found = Self.formWords.contains(where: { name.hasPrefix($0) })
                        isForm[item.name] = found
                        return found
                    }()
                guard startsAsForm else { continue }
                findings.append(
                    context.finding(
                        LintMessage.formMissing(name: item.name),
                        at: context.scalar("name", within: item.range)?.node.range ?? item.range))
            }
        }
        return findings
    }
}
