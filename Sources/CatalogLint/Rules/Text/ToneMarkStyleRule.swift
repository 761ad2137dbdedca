import Diagnostics

/// Vietnamese has two accepted places for the tone mark in open syllables ending in oa, oe, uy:
/// the old style (hòa, khỏe, thủy) and the new (hoà, khoẻ, thuỷ). Mixing them makes one name
/// two strings, so duplicates and searches miss.
public struct ToneMarkStyleRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "tone-mark-style",
        name: Localized("One tone-mark style", vi: "Thống nhất kiểu đặt dấu thanh"),
        category: .text, severity: .warning,
        summary: Localized(
            "Tone marks follow one convention across the catalog (hòa or hoà, thủy or thuỷ).",
            vi: "Dấu thanh đặt theo một kiểu trong toàn bộ danh mục (hòa hay hoà, thủy hay thuỷ)."),
        rationale: Localized(
            "In open syllables ending in oa, oe or uy the tone mark may sit on the first vowel (old style: hòa, khỏe, thủy, Ủy ban) or on the second (new style: hoà, khoẻ, thuỷ, Uỷ ban). Both are correct, but one catalog must use one, or the same name becomes two different strings for search, sorting and duplicate checks. With `style: majority` (the default) the style most used in the catalog wins (the old style on a tie, as in the official \"Ủy ban nhân dân\"). The fix moves the mark.",
            vi:
                "Trong âm tiết mở kết thúc bằng oa, oe, uy, dấu thanh có thể đặt ở nguyên âm thứ nhất (kiểu cũ: hòa, khỏe, thủy, Ủy ban) hoặc thứ hai (kiểu mới: hoà, khoẻ, thuỷ, Uỷ ban). Cả hai đều đúng, nhưng một danh mục phải dùng một kiểu, nếu không cùng một tên thành hai chuỗi khác nhau khi tìm kiếm, sắp xếp, kiểm tra trùng. Với `style: majority` (mặc định), kiểu được dùng nhiều nhất trong danh mục được chọn (hòa nhau thì chọn kiểu cũ, như \"Ủy ban nhân dân\"). Bản sửa chuyển vị trí dấu."
        ),
        options: [
            RuleOption(
                "style", .choice(["majority", "old", "new"]), default: "majority",
                Localized("which style to require", vi: "kiểu dấu bắt buộc"))
        ],
        fixable: true,
        triggering: [
            .procedure(changing: [
                "name": "Thủ tục ↓hoà giải ở cơ sở",
                "name_en": "Grassroots mediation",
                "channels": "[in-person]",
                "online_service": "none",
                "result": "Biên bản ↓hoà giải thành",
            ]).fixed(
                """
                code: 1.000001
                name: Thủ tục hòa giải ở cơ sở
                name_en: Grassroots mediation
                field: ho-tich
                level: commune
                authority: commune.chairman
                channels: [in-person]
                online_service: none
                deadline: { text: "03 ngày làm việc", value: 3 working days }
                result: Biên bản hòa giải thành
                legal_basis: [nd-118-2025]
                effective: 2025-07-01
                provenance: { kind: synthetic }
                workflow: { template: commune-same-day, with: { reviewer: commune.justice-officer, signer: commune.chairman } }
                """),
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng và ↓thủy lợi, name_en: Construction and irrigation }
                """
            ).with("style", "new"),
        ],
        nonTriggering: [
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng và thủy lợi, name_en: Construction and irrigation }
                """),
            // After q the u belongs to the consonant, and a final consonant fixes the place: no style shows.
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch quý, name_en: Civil status }
                  - { id: xay-dung, name: Quản lý hoạt động xây dựng, name_en: Construction }
                """
            ).with("style", "new"),
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        typealias Found = (
            file: LintFile, start: Int,
            syllable: (style: VietnameseText.ToneStyle, word: Range<Int>, vowels: Range<Int>, replacement: String)
        )
        var found: [Found] = []
        var counts: [VietnameseText.ToneStyle: Int] = [:]
        for file in context.files {
            for scalar in file.scalars where scalar.text.utf8.contains(where: { $0 >= 0x80 }) {
                let start = scalar.node.range.start.offset
                for syllable in VietnameseText.styledSyllables(in: file.raw(scalar.node.range)) {
                    found.append((file, start, syllable))
                    counts[syllable.style, default: 0] += 1
                }
            }
        }
        let expected: VietnameseText.ToneStyle
        switch context.options.string("style") {
        case "old": expected = .old
        case "new": expected = .new
        default: expected = counts[.new, default: 0] > counts[.old, default: 0] ? .new : .old
        }
        return found.filter { $0.syllable.style != expected }.map { item in
            let word = context.range(
                in: item.file.path, from: item.start + item.syllable.word.lowerBound,
                to: item.start + item.syllable.word.upperBound)
            let vowels = context.range(
                in: item.file.path, from: item.start + item.syllable.vowels.lowerBound,
                to: item.start + item.syllable.vowels.upperBound)
            let written = item.file.raw(word)
            let corrected = String(written.dropLast(2)) + item.syllable.replacement
            return context.finding(
                LintMessage.toneMarkStyle(written: written, corrected: corrected, newStyle: expected == .new),
                at: word,
                fixIts: [
                    context.fix(
                        vowels, with: item.syllable.replacement,
                        LintMessage.writeQuoted(text: corrected))
                ])
        }
    }
}
