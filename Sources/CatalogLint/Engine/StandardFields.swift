/// The base catalog's `fields.yaml` (Hộ tịch and Xây dựng), that the text rules' examples start
/// from, so that an example writes only the field it is about.
enum StandardFields {
    /// What follows `id: ho-tich,` in the standard file.
    static let hoTich = "name: Hộ tịch, name_en: Civil status"
    /// What follows `id: xay-dung,` in the standard file.
    static let xayDung = "name: Xây dựng, name_en: Construction"

    /// The file with each field's row as given (markers and quotes included), and `more` rows
    /// (`id: …` and the rest) after them.
    static func text(hoTich: String = hoTich, xayDung: String = xayDung, more: [String] = []) -> String {
        (["fields:", "  - { id: ho-tich, \(hoTich) }", "  - { id: xay-dung, \(xayDung) }"]
            + more.map { "  - { \($0) }" }).joined(separator: "\n")
    }
}

extension RuleExample {
    /// The standard `fields.yaml` (`StandardFields`) with the rows an example is about changed.
    static func fields(
        hoTich: String = StandardFields.hoTich, xayDung: String = StandardFields.xayDung, more: [String] = []
    ) -> RuleExample {
        RuleExample(file: "fields.yaml", StandardFields.text(hoTich: hoTich, xayDung: xayDung, more: more))
    }
}
