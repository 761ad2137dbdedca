import Diagnostics

/// The words of `tthc stats`'s text tables, in English and Vietnamese (`--lang`). The rows' keys
/// are the catalog's own values (field ids, channels, unit kinds), as policy staff write them.
enum StatsWords {
    case inEffect(Int)
    case provincial(Int)
    case commune(Int)
    case interLevel(Int)
    case provenance(published: Int, synthetic: Int)
    case byField, byAuthority, byChannel, byOnlineService, byDeadline, unitsByKind, communesAndWards
    case more(Int, all: Int)
    case documents(legal: Int, announcing: Int, forms: Int, templates: Int)

    func text(_ language: MessageLanguage) -> String {
        let vi = language == .vi
        switch self {
        case .inEffect(let n): return vi ? "Thủ tục đang có hiệu lực: \(n)" : "Procedures in effect: \(n)"
        case .provincial(let n): return vi ? "cấp tỉnh:            \(n)" : "provincial level:   \(n)"
        case .commune(let n): return vi ? "cấp xã:              \(n)" : "commune level:      \(n)"
        case .interLevel(let n):
            return vi
                ? "liên thông hai cấp:  \(n) (tính ở cả hai cấp)" : "inter-level:        \(n) (counted at both levels)"
        case .provenance(let published, let synthetic):
            return vi
                ? "theo dữ liệu đã công bố: \(published), tổng hợp: \(synthetic)"
                : "from published data: \(published), synthetic: \(synthetic)"
        case .byField: return vi ? "Theo lĩnh vực" : "By field (lĩnh vực)"
        case .byAuthority: return vi ? "Theo cơ quan có thẩm quyền quyết định" : "By deciding authority"
        case .byChannel: return vi ? "Theo cách nộp hồ sơ" : "By channel"
        case .byOnlineService: return vi ? "Theo mức độ dịch vụ công trực tuyến" : "By online service level"
        case .byDeadline: return vi ? "Theo thời hạn giải quyết" : "By statutory deadline"
        case .unitsByKind: return vi ? "Đơn vị theo loại" : "Units by kind"
        case .communesAndWards: return vi ? "Xã và phường" : "Communes and wards"
        case .more(let n, let all):
            return vi ? "… và \(n) dòng nữa (--top \(all) để xem tất cả)" : "… and \(n) more (--top \(all) shows all)"
        case .documents(let legal, let announcing, let forms, let templates):
            return vi
                ? "Văn bản pháp luật: \(legal) (quyết định công bố được dẫn: \(announcing)); biểu mẫu: \(forms); mẫu quy trình: \(templates)"
                : "Legal documents: \(legal) (announcing decisions cited: \(announcing)); forms: \(forms); workflow templates: \(templates)"
        }
    }
}
