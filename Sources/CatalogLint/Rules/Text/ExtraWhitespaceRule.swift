import Diagnostics

/// Spaces at the start or end of a value, or two in a row, come from copying text out of
/// documents; they make equal names unequal and show up in printed forms.
public struct ExtraWhitespaceRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "extra-whitespace",
        name: Localized("Extra spaces in a value", vi: "Khoảng trắng thừa trong giá trị"),
        category: .text, severity: .warning,
        summary: Localized(
            "No leading, trailing or double spaces inside a value.",
            vi: "Không có khoảng trắng ở đầu, cuối hay hai khoảng trắng liền nhau trong giá trị."),
        rationale: Localized(
            "Text copied from decisions and Word files often carries a space at the start or end of a quoted value, or two spaces between words. Such a name is a different string from the same name without them, so duplicate checks and searches miss it, and the spaces show in printed forms. The fix removes the extra spaces.",
            vi:
                "Văn bản sao chép từ quyết định, tệp Word thường kèm khoảng trắng ở đầu hoặc cuối giá trị trong dấu ngoặc, hoặc hai khoảng trắng giữa các từ. Tên đó là một chuỗi khác với cùng tên không có khoảng trắng, nên kiểm tra trùng lặp và tìm kiếm bỏ sót, và khoảng trắng hiện ra trên biểu mẫu in. Bản sửa xóa khoảng trắng thừa."
        ),
        fixable: true,
        triggering: [
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: "↓ Hộ tịch", name_en: Civil status }
                  - { id: xay-dung, name: Xây↓  dựng, name_en: "Construction↓ " }
                """
            ).fixed(
                """
                fields:
                  - { id: ho-tich, name: "Hộ tịch", name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng, name_en: "Construction" }
                """)
        ],
        nonTriggering: [
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: "Hộ tịch", name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng,   name_en: Construction }
                """)
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in context.files {
            for scalar in file.scalars where scalar.node.range.start.line == scalar.node.range.end.line {
                let raw = Array(file.rawBytes(scalar.node.range))
                let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                guard !scalar.style.isBlock, raw.count >= (quoted ? 2 : 1) else { continue }
                let base = scalar.node.range.start.offset
                let contentStart = quoted ? 1 : 0
                let contentEnd = quoted ? raw.count - 1 : raw.count
                var i = contentStart
                while i < contentEnd {
                    guard raw[i] == UInt8(ascii: " ") else {
                        i += 1
                        continue
                    }
                    var j = i
                    while j < contentEnd, raw[j] == UInt8(ascii: " ") { j += 1 }
                    let leading = i == contentStart
                    let trailing = j == contentEnd
                    if leading || trailing || j - i >= 2 {
                        let range = context.range(in: file.path, from: base + i, to: base + j)
                        let message =
                            leading
                            ? LintMessage.startsWithSpace
                            : trailing
                                ? LintMessage.endsWithSpace
                                : LintMessage.spacesInARow(count: j - i)
                        let replacement = leading || trailing ? "" : " "
                        findings.append(
                            context.finding(
                                message, at: range,
                                fixIts: [
                                    context.fix(
                                        range, with: replacement,
                                        leading || trailing ? LintMessage.removeSpace : LintMessage.keepOneSpace)
                                ]))
                    }
                    i = j
                }
            }
        }
        return findings
    }
}
