/// Example changes and files that several rules' examples use alike: one rule's valid case is
/// often another rule's too, and writing it once keeps both rules' examples the same catalog.
extension StandardProcedure {
    /// A same-day deadline whose wording names its 15:00 cut-off.
    static let sameDayWithCutoff: KeyValuePairs<String, String?> = [
        "deadline":
            #"{ text: "Ngay trong ngày tiếp nhận; trường hợp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo", value: same day, cutoff: "15:00" }"#
    ]

    /// A deadline whose wording names an extension, and the condition that extends it.
    static let extendedOnVerification: KeyValuePairs<String, String?> = [
        "deadline":
            #"{ text: "03 ngày làm việc; trường hợp cần xác minh thì không quá 05 ngày làm việc", value: 3 working days }"#,
        "conditions": "  needs_verification: { name: Cần xác minh, extends: 2 working days }",
    ]

    /// A `dossier:` block of `items`, each what stands between a row's braces.
    static func dossier(_ items: [String]) -> String {
        items.map { "  - { \($0) }" }.joined(separator: "\n")
    }

    /// A mobile birth registration filed in person, that cites the examples' legal documents or
    /// forms (`legal_basis`, `dossier`) as an example needs.
    static let mobileBirth: KeyValuePairs<String, String?> = [
        "name": "Đăng ký khai sinh lưu động", "name_en": "Mobile birth registration", "channels": "[in-person]",
        "online_service": "none", "result": "Giấy khai sinh",
    ]

    /// A second birth registration (1.009999) beside the base catalog's, filed in person with a
    /// same-day deadline: the duplicate rules' examples give it its name, field or authority.
    static let secondBirth: KeyValuePairs<String, String?> = [
        "code": "1.009999", "channels": "[in-person]", "online_service": "none",
        "deadline": #"{ text: "Ngay trong ngày", value: same day, cutoff: "15:00" }"#, "result": "Giấy khai sinh",
        "legal_basis": "[luat-60-2014-qh13]",
    ]

    /// A grassroots mediation filed in person, "hoa" in its name written `hoa` (hòa or hoà, the two
    /// tone mark styles) and the name followed by `after`: the tone-mark-style finding that the
    /// suppression rules' examples suppress.
    static func mediation(_ hoa: String = "hòa", after: String = "") -> KeyValuePairs<String, String?> {
        [
            "name": "Thủ tục \(hoa) giải ở cơ sở\(after)", "name_en": "Grassroots mediation", "channels": "[in-person]",
            "online_service": "none", "result": "Biên bản hòa giải thành",
        ]
    }

    /// A provincial construction permit (1.000002), filed in person, decided by the chairman.
    static let constructionPermit: KeyValuePairs<String, String?> = [
        "code": "1.000002", "name": "Cấp giấy phép xây dựng", "name_en": "Construction permit", "field": "xay-dung",
        "level": "province", "authority": "province.chairman", "channels": "[in-person]", "online_service": "none",
        "deadline": #"{ text: "15 ngày làm việc", value: 15 working days }"#, "result": "Giấy phép xây dựng",
    ]
}

/// Two communes with English names and distances (`units/communes.yaml`): valid for every rule
/// about units, so that an example writes out only the row it is about.
enum StandardCommunes {
    /// What stands between the braces of each row.
    static let thanhNua =
        "id: thanh-nua, name: Xã Thanh Nưa, name_en: Thanh Nua Commune, type: commune, distance_km: 12"
    static let muongThanh =
        "id: muong-thanh, name: Phường Mường Thanh, name_en: Muong Thanh Ward, type: ward, distance_km: 1"
}

extension RuleExample {
    /// The standard communes file (`StandardCommunes`) with the rows an example is about changed.
    static func communes(
        thanhNua: String = StandardCommunes.thanhNua, muongThanh: String = StandardCommunes.muongThanh
    ) -> RuleExample {
        RuleExample(file: "units/communes.yaml", "communes:\n  - { \(thanhNua) }\n  - { \(muongThanh) }")
    }

    /// The in-person procedure whose deadline is `mapping` (what stands between the braces:
    /// `text: …, value: …`).
    static func deadline(_ mapping: String) -> RuleExample {
        .inPerson(changing: ["deadline": "{ \(mapping) }"])
    }

    /// The in-person procedure asking for `items` (`StandardProcedure.dossier`).
    static func dossier(_ items: String...) -> RuleExample {
        .inPerson(changing: ["dossier": StandardProcedure.dossier(items)])
    }

    /// The in-person procedure with its workflow written in it: the one-stop desk receives, the
    /// justice officer reviews for a working day and goes on as `review` says (`next: return`),
    /// and `ends` are the end steps with their outcomes. `markStart` marks the start, where a
    /// finding about the whole workflow is reported.
    static func receiveAndReview(
        _ review: String, ends: KeyValuePairs<String, String>, markStart: Bool = false
    ) -> RuleExample {
        let marker = markStart ? String(RuleExample.marker) : ""
        let lines =
            [
                "  start: \(marker)receive", "  steps:",
                "    receive: { by: commune.pasc, takes: 1 working hour, next: review }",
                "    review: { by: commune.justice-officer, takes: 1 working day, \(review) }",
            ] + ends.map { "    \($0.key): { by: commune.pasc, end: \($0.value) }" }
        return .inPerson(changing: ["workflow": lines.joined(separator: "\n")])
    }
}
