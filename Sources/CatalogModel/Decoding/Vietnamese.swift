/// The Vietnamese words of the loader's messages (`--lang vi`). Key names, ids, codes and quoted
/// values stay as written; only the English phrases around them are translated.
enum Vietnamese {
    /// The name of a value or entry (a decoder's `what:`) in Vietnamese. A key name such as
    /// `time_zone` stays as it is.
    static func what(_ english: String) -> String {
        if let known = phrases[english] { return known }
        for (prefix, vi) in prefixes where english.hasPrefix(prefix) {
            return vi + english.dropFirst(prefix.count)
        }
        if english.hasPrefix("template argument ") {
            return "đối số \(english.dropFirst(18)) của mẫu quy trình"
        }
        if english.hasPrefix("the "), english.hasSuffix(" deadline") {
            return "thời hạn của kênh \(english.dropFirst(4).dropLast(9))"
        }
        return english
    }

    private static let prefixes: [(String, String)] = [
        ("step ", "bước "), ("role ", "vai trò "), ("condition ", "điều kiện "),
    ]

    private static let phrases: [String: String] = [
        "the manifest (catalog.yaml)": "tệp khai báo danh mục (catalog.yaml)",
        "a workflow": "quy trình",
        "a workflow template": "mẫu quy trình",
        "a procedure": "thủ tục",
        "a calendar file": "tệp lịch",
        "a units file": "tệp đơn vị",
        "a forms file": "tệp biểu mẫu",
        "a legal documents file": "tệp văn bản pháp luật",
        "a day": "một ngày",
        "an office session": "buổi làm việc",
        "a channel": "kênh",
        "a commune": "xã",
        "a decision": "quyết định",
        "a dossier component": "thành phần hồ sơ",
        "a fee": "khoản phí",
        "a procedure version": "phiên bản thủ tục",
        "a field": "lĩnh vực",
        "a form": "biểu mẫu",
        "a legal document": "văn bản pháp luật",
        "a unit": "đơn vị",
        "applicant": "đối tượng thực hiện",
        "called procedure": "thủ tục được gọi",
        "case fact": "dữ kiện của hồ sơ",
        "choice target": "bước đích của lựa chọn",
        "commune": "xã",
        "commune id": "id của xã",
        "commune name": "tên xã",
        "commune type": "loại xã",
        "condition id": "id của điều kiện",
        "condition name": "tên điều kiện",
        "coordinating unit": "đơn vị phối hợp",
        "deadline text": "nội dung thời hạn (text)",
        "deadline value": "giá trị thời hạn (value)",
        "document id": "id của văn bản",
        "document kind": "loại văn bản",
        "dossier component name": "tên thành phần hồ sơ",
        "exit step": "bước đích của lối ra",
        "fee name": "tên khoản phí",
        "field": "lĩnh vực",
        "field id": "id của lĩnh vực",
        "field name": "tên lĩnh vực",
        "form": "biểu mẫu",
        "form code": "mã biểu mẫu",
        "form id": "id của biểu mẫu",
        "form name": "tên biểu mẫu",
        "implementing unit": "đơn vị thực hiện",
        "jurisdiction code": "mã địa phương",
        "jurisdiction name": "tên địa phương",
        "jurisdiction name_en": "name_en của địa phương",
        "legal document": "văn bản pháp luật",
        "parallel branch": "nhánh song song",
        "parameter": "tham số",
        "procedure code": "mã thủ tục",
        "provenance kind": "loại nguồn gốc (provenance)",
        "provenance source": "nguồn của provenance",
        "replaced document": "văn bản bị thay thế",
        "role id": "id của vai trò",
        "role name": "tên vai trò",
        "step id": "id của bước",
        "template name": "tên mẫu quy trình",
        "unit": "đơn vị",
        "unit id": "id của đơn vị",
        "unit kind": "loại đơn vị",
        "unit level": "cấp của đơn vị",
        "unit name": "tên đơn vị",
    ]

    /// `Suggestions.hint` in Vietnamese: "; có phải ý bạn là "x"?" or "".
    static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        Suggestions.nearest(to: word, in: candidates).map { "; có phải ý bạn là \"\($0)\"?" } ?? ""
    }

    /// `Suggestions.hint(for:in:then:)` in Vietnamese.
    static func hint(for word: String, in candidates: [String], then list: String) -> String {
        let h = hint(for: word, in: candidates)
        guard let first = list.first else { return h }
        return h.isEmpty ? "; " + list : h + " " + first.uppercased() + list.dropFirst()
    }

    /// A node kind ("a list") in Vietnamese.
    static func kind(_ english: String) -> String {
        switch english {
        case "a single value": "một giá trị đơn"
        case "a mapping (key: value lines)": "một ánh xạ (các dòng khóa: giá trị)"
        case "a list": "một danh sách"
        default: english
        }
    }
}
