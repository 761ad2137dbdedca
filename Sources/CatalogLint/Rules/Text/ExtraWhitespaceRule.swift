import Diagnostics

/// Spaces at the start or end of a value, or two in a row, come from copying text out of
/// documents; they make equal names unequal and show up in printed forms.
public struct ExtraWhitespaceRule: LintRule {
    public static let description = RuleDescription(
        id: "extra-whitespace",
        category: .text, severity: .warning,
        fixable: true,
        triggering: [
            .fields(
                hoTich: #"name: "↓ Hộ tịch", name_en: Civil status"#,
                xayDung: #"name: Xây↓  dựng, name_en: "Construction↓ ""#
            )
            .fixed(
                StandardFields.text(
                    hoTich: #"name: "Hộ tịch", name_en: Civil status"#,
                    xayDung: #"name: Xây dựng, name_en: "Construction""#))
        ],
        nonTriggering: [
            .fields(
                hoTich: #"name: "Hộ tịch", name_en: Civil status"#, xayDung: "name: Xây dựng,   name_en: Construction")
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in context.files {
            // The file's bytes read in place: a copy of each value's bytes cost more than the scan.
            file.source.bytes.withUnsafeBufferPointer { bytes in
                for scalar in file.scalars where scalar.range.start.line == scalar.range.end.line {
                    let start = max(0, min(scalar.range.start.offset, bytes.count))
                    let raw = UnsafeBufferPointer(
                        rebasing: bytes[start..<max(start, min(scalar.range.end.offset, bytes.count))])
                    let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                    guard !scalar.style.isBlock, raw.count >= (quoted ? 2 : 1) else { continue }
                    findSpaces(
                        in: raw, quoted: quoted, at: scalar.range.start.offset, of: file, context, into: &findings)
                }
            }
        }
        return findings
    }

    /// The findings in one value's raw bytes, which start at offset `base` of `file`.
    private static func findSpaces(
        in raw: UnsafeBufferPointer<UInt8>, quoted: Bool, at base: Int, of file: LintFile, _ context: LintContext,
        into findings: inout [Diagnostic]
    ) {
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
                        message, at: range, replacingWith: replacement,
                        leading || trailing ? LintMessage.removeSpace : LintMessage.keepOneSpace))
            }
            i = j
        }
    }
}
