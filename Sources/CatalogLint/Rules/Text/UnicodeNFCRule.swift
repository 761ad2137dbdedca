import Foundation

/// Vietnamese letters written as a base letter plus combining marks look right but compare,
/// search and sort wrongly; the portal and the national database use precomposed (NFC) text.
public struct UnicodeNFCRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "unicode-nfc",
        name: Localized("Unicode NFC", vi: "Chuẩn Unicode dựng sẵn (NFC)"),
        category: .text, severity: .warning,
        summary: Localized("Text is in Unicode NFC (precomposed letters).", vi: "Văn bản dùng Unicode dựng sẵn (NFC)."),
        rationale: Localized(
            "A letter such as \"ò\" can be stored as one character or as \"o\" plus a combining accent. Both look the same, but text in the decomposed form does not match a search, a duplicate check or the national database. The fix rewrites the letters in NFC; nothing else changes.",
            vi: "Một chữ như \"ò\" có thể lưu thành một ký tự hoặc \"o\" cộng dấu kết hợp. Hai cách trông giống nhau nhưng văn bản dạng tổ hợp không khớp khi tìm kiếm, kiểm tra trùng lặp hay đối chiếu với Cơ sở dữ liệu quốc gia. Bản sửa viết lại các chữ đó theo NFC, không đổi gì khác."),
        fixable: true,
        triggering: [
            RuleExample(file: "fields.yaml", """
            fields:
              - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
              - { id: xay-dung, name: X↓a\u{0302}y dựng, name_en: Construction }
            """).fixed("""
            fields:
              - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
              - { id: xay-dung, name: Xây dựng, name_en: Construction }
            """),
            RuleExample(file: "fields.yaml", """
            fields:
              - { id: ho-tich, name: H↓o\u{0323}\u{0302} ti\u{0323}ch, name_en: Civil status }
              - { id: xay-dung, name: Xây dựng, name_en: Construction }
            """).fixed("""
            fields:
              - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
              - { id: xay-dung, name: Xây dựng, name_en: Construction }
            """),
        ],
        nonTriggering: [
            RuleExample(file: "fields.yaml", """
            fields:
              - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
              - { id: xay-dung, name: Xây dựng, name_en: Construction }
            """),
        ])

    /// One finding per value, from its first decomposed letter to its last, with one fix: a name
    /// typed on a decomposing keyboard would otherwise draw a warning per letter.
    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for file in context.files {
            for scalar in file.scalars {
                let start = scalar.node.range.start.offset
                let raw = file.raw(scalar.node.range)
                let runs = VietnameseText.nonNFCRuns(in: raw)
                guard let first = runs.first, let last = runs.last else { continue }
                let bytes = Array(raw.utf8)
                var fixed = ""
                var cursor = first.range.lowerBound
                for run in runs {
                    fixed += String(decoding: bytes[cursor..<run.range.lowerBound], as: UTF8.self) + run.nfc
                    cursor = run.range.upperBound
                }
                let range = context.range(in: file.path, from: start + first.range.lowerBound, to: start + last.range.upperBound)
                // The message quotes the whole value when it is short enough to read in one line.
                let shown = raw.unicodeScalars.count <= 80 && runs.count > 1 ? raw.precomposedStringWithCanonicalMapping : fixed
                let letters = runs.count == 1 ? "" : " (\(runs.count) places)"
                let lettersVi = runs.count == 1 ? "" : " (\(runs.count) chỗ)"
                findings.append(Finding(
                    Localized("\"\(shown)\" is written with combining accents, not in Unicode NFC\(letters)",
                              vi: "\"\(shown)\" được viết bằng dấu tổ hợp, không theo Unicode NFC\(lettersVi)"),
                    at: range,
                    fixes: [context.fix(range, with: fixed, Localized("write \"\(fixed)\" in NFC", vi: "viết \"\(fixed)\" theo NFC"))]))
            }
        }
        return findings
    }
}
