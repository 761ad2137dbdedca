import Diagnostics
import Foundation

/// Vietnamese letters written as a base letter plus combining marks look right but compare,
/// search and sort wrongly; the portal and the national database use precomposed (NFC) text.
public struct UnicodeNFCRule: LintRule {
    public static let description = RuleDescription(
        id: "unicode-nfc",
        category: .text, severity: .warning,
        fixable: true,
        triggering: [
            .fields(xayDung: "name: X↓a\u{0302}y dựng, name_en: Construction").fixed(StandardFields.text()),
            .fields(hoTich: "name: H↓o\u{0323}\u{0302} ti\u{0323}ch, name_en: Civil status").fixed(
                StandardFields.text()),
        ],
        nonTriggering: [.fields()])

    /// One finding per value, from its first decomposed letter to its last, with one fix
    /// (`ValueRepair`).
    public static func check(_ context: LintContext) -> [Diagnostic] {
        context.valueRepairs(
            where: { _, scalar in scalar.traits.contains(.mayChangeUnderNFC) },
            proposing: { raw in
                var repair = ValueRepair()
                for run in VietnameseText.nonNFCRuns(in: raw) { repair.replace(run.range, with: run.nfc) }
                // The message quotes the whole value when it is short enough to read in one line.
                let whole =
                    repair.edits.count > 1 && raw.unicodeScalars.count <= 80
                    ? raw.precomposedStringWithCanonicalMapping : nil
                return (
                    repair, message: { LintMessage.notNFC(text: whole ?? $0) },
                    fix: { LintMessage.writeInNFC(text: $0) }
                )
            })
    }
}
