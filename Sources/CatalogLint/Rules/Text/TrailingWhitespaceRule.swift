import Diagnostics

/// Spaces at the end of a line are invisible in review and make diffs noisy.
public struct TrailingWhitespaceRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "trailing-whitespace",
        name: Localized("Trailing spaces", vi: "Khoảng trắng cuối dòng"),
        category: .text, severity: .warning,
        summary: Localized("No spaces or tabs at the end of a line.", vi: "Không có khoảng trắng hay tab ở cuối dòng."),
        rationale: Localized(
            "Spaces at the end of a line cannot be seen in a review but show up as changes in every diff, which hides the edits that matter. Lines inside block scalars (| and >) and multi-line quoted values are left alone, because there the spaces are part of the text. The fix removes them.",
            vi:
                "Khoảng trắng cuối dòng không nhìn thấy khi rà soát nhưng hiện thành thay đổi trong mọi bản so sánh, che mất những sửa đổi quan trọng. Các dòng trong khối văn bản (| và >) và giá trị trong ngoặc trải nhiều dòng được bỏ qua vì ở đó khoảng trắng là một phần nội dung. Bản sửa xóa chúng."
        ),
        fixable: true,
        triggering: [
            RuleExample(
                file: "fields.yaml",
                "fields:↓  \n  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }\n  - { id: xay-dung, name: Xây dựng, name_en: Construction }↓ \n"
            )
            .fixed(
                "fields:\n  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }\n  - { id: xay-dung, name: Xây dựng, name_en: Construction }\n"
            )
        ],
        nonTriggering: [
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng, name_en: Construction }
                """)
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in context.files {
            var protected: Set<Int> = []
            for scalar in file.scalars where scalar.style != .plain {
                let range = scalar.node.range
                if scalar.style.isBlock || range.start.line != range.end.line {
                    protected.formUnion(range.start.line...range.end.line)
                }
            }
            let source = file.source
            for line in 1...max(1, source.lineCount) where !protected.contains(line) {
                let bytes = source.lineBytes(line)
                var start = bytes.endIndex
                while start > bytes.startIndex,
                    bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t")
                { start -= 1 }
                guard start < bytes.endIndex else { continue }
                let range = context.range(in: file.path, from: start, to: bytes.endIndex)
                findings.append(
                    context.finding(
                        LintMessage.trailingSpaces(count: bytes.endIndex - start),
                        at: range,
                        fixIts: [
                            context.fix(
                                range, with: "",
                                LintMessage.removeTrailingSpaces)
                        ]))
            }
        }
        return findings
    }
}
