import Diagnostics
import Foundation

/// Vietnamese letters written as a base letter plus combining marks look right but compare,
/// search and sort wrongly; the portal and the national database use precomposed (NFC) text.
public struct UnicodeNFCRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "unicode-nfc",
        category: .text, severity: .warning,
        fixable: true,
        triggering: [
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
                  - { id: xay-dung, name: X↓a\u{0302}y dựng, name_en: Construction }
                """
            ).fixed(
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng, name_en: Construction }
                """),
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: H↓o\u{0323}\u{0302} ti\u{0323}ch, name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng, name_en: Construction }
                """
            ).fixed(
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng, name_en: Construction }
                """),
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

    /// One finding per value, from its first decomposed letter to its last, with one fix
    /// (`ValueRepair`).
    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in context.files {
            for scalar in file.scalars where VietnameseText.mayChangeUnderNFC(utf8: file.rawBytes(scalar.node.range)) {
                let raw = file.raw(scalar.node.range)
                var repair = ValueRepair()
                for run in VietnameseText.nonNFCRuns(in: raw) { repair.replace(run.range, with: run.nfc) }
                // The message quotes the whole value when it is short enough to read in one line.
                let whole =
                    repair.edits.count > 1 && raw.unicodeScalars.count <= 80
                    ? raw.precomposedStringWithCanonicalMapping : nil
                let finding = repair.finding(
                    in: context, file: file.path, valueStart: scalar.node.range.start.offset, raw: raw,
                    message: {
                        LintMessage.notNFC(text: whole ?? $0)
                    },
                    fix: { LintMessage.writeInNFC(text: $0) })
                if let finding { findings.append(finding) }
            }
        }
        return findings
    }
}
