import Diagnostics

/// Spaces at the end of a line are invisible in review and make diffs noisy.
public struct TrailingWhitespaceRule: LintRule {
    public static let description = RuleDescription(
        id: "trailing-whitespace",
        category: .text, severity: .warning,
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
        nonTriggering: [.fields()])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in context.files {
            var protected: Set<Int> = []
            for scalar in file.scalars where scalar.style != .plain {
                let range = scalar.range
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
                        LintMessage.trailingSpaces(count: bytes.endIndex - start), at: range, replacingWith: "",
                        LintMessage.removeTrailingSpaces))
            }
        }
        return findings
    }
}
