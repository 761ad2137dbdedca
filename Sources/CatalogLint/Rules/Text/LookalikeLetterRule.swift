import Diagnostics

/// "Ð" (Icelandic eth, U+00D0) looks exactly like the Vietnamese "Đ" (U+0110) and is what some
/// old fonts and converters produce; "NĐ-CP" written with it is not found by a search.
public struct LookalikeLetterRule: LintRule {
    static let replacements: [Unicode.Scalar: String] = [
        "\u{00D0}": "Đ", "\u{00F0}": "đ", "\u{0189}": "Đ", "\u{0256}": "đ",
    ]

    /// A range test first: the dictionary is only consulted for the few candidates.
    static func isLookalike(_ s: Unicode.Scalar) -> Bool {
        (s.value == 0xD0 || s.value == 0xF0 || s.value == 0x189 || s.value == 0x256) && replacements[s] != nil
    }

    public static let description = RuleDescription(
        id: "lookalike-letter",
        category: .text, severity: .warning,
        fixable: true,
        triggering: [
            .fields(more: ["id: dat-dai, name: ↓\u{00D0}ất \u{00F0}ai, name_en: Land"])
                .fixed(StandardFields.text(more: ["id: dat-dai, name: Đất đai, name_en: Land"]))
        ],
        nonTriggering: [.fields()])

    /// One finding per value (`ValueRepair`), named after its first look-alike letter.
    public static func check(_ context: LintContext) -> [Diagnostic] {
        context.characterReplacements(of: .lookalikeLetter, from: Self.replacements) { first, _ in
            (
                message: { _ in
                    LintMessage.lookalikeLetter(
                        letter: Character(first.scalar), code: first.scalar.codePoint, vietnamese: first.replacement)
                },
                fix: { LintMessage.writeQuoted(text: $0) }
            )
        }
    }
}
