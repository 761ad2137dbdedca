import Diagnostics

/// Groups rules in listings and docs, and names the folder a rule's file sits in.
public enum RuleCategory: String, Sendable, CaseIterable, Comparable {
    case text, naming, identity, references, legal, fees, channels, deadlines, workflow, dossier, units, suppressions

    public var title: Localized {
        switch self {
        case .text: Localized("Text", vi: "Văn bản")
        case .naming: Localized("Names", vi: "Tên gọi")
        case .identity: Localized("Codes and duplicates", vi: "Mã và trùng lặp")
        case .references: Localized("Declarations and uses", vi: "Khai báo và sử dụng")
        case .legal: Localized("Legal basis", vi: "Căn cứ pháp lý")
        case .fees: Localized("Fees", vi: "Phí, lệ phí")
        case .channels: Localized("Channels", vi: "Cách thức thực hiện")
        case .deadlines: Localized("Deadlines", vi: "Thời hạn giải quyết")
        case .workflow: Localized("Workflow", vi: "Quy trình")
        case .dossier: Localized("Dossier", vi: "Thành phần hồ sơ")
        case .units: Localized("Units", vi: "Đơn vị")
        case .suppressions: Localized("Suppressions", vi: "Tắt kiểm tra")
        }
    }

    public static func < (lhs: RuleCategory, rhs: RuleCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
