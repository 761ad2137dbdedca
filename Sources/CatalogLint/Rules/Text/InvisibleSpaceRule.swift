import Diagnostics

/// Non-breaking and zero-width spaces arrive with text pasted from web pages and PDFs; they look
/// like nothing or like a space but break matching.
public struct InvisibleSpaceRule: LintRule {
    /// What each invisible character becomes.
    static let replacements: [Unicode.Scalar: String] = [
        "\u{00A0}": " ", "\u{202F}": " ", "\u{2007}": " ", "\u{3000}": " ",
        "\u{200B}": "", "\u{200C}": "", "\u{200D}": "", "\u{2060}": "", "\u{FEFF}": "",
    ]

    /// A range test first: the table is only consulted for the few candidates.
    static func isReplaced(_ s: Unicode.Scalar) -> Bool {
        (s.value == 0xA0 || s.value >= 0x2000) && replacements[s] != nil
    }

    public static let description = RuleDescription(
        id: "invisible-space",
        category: .text, severity: .warning,
        fixable: true,
        triggering: [
            .fields(
                hoTich: "name: Hộ↓\u{00A0}tịch, name_en: Civil status",
                xayDung: "name: Xây dựng↓\u{200B}, name_en: Construction"
            )
            .fixed(StandardFields.text())
        ],
        nonTriggering: [.fields()])

    /// One finding per value (`ValueRepair`), named after its first odd character.
    public static func check(_ context: LintContext) -> [Diagnostic] {
        context.characterReplacements(of: .invisibleSpace, from: Self.replacements) { first, repair in
            let code = first.scalar.codePoint
            let invisible = first.replacement.isEmpty
            return (
                message: { _ in
                    invisible ? LintMessage.invisibleCharacter(code: code) : LintMessage.nonBreakingSpace(code: code)
                },
                fix: { _ in
                    repair.edits.count > 1
                        ? LintMessage.writeNormalSpacesAndRemoveInvisible
                        : invisible ? LintMessage.removeInvisible : LintMessage.writeNormalSpace
                }
            )
        }
    }
}
