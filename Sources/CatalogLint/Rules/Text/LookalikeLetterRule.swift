import Diagnostics

/// "Ð" (Icelandic eth, U+00D0) looks exactly like the Vietnamese "Đ" (U+0110) and is what some
/// old fonts and converters produce; "NĐ-CP" written with it is not found by a search.
public struct LookalikeLetterRule: LintRule {
    public init() {}

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
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng, name_en: Construction }
                  - { id: dat-dai, name: ↓\u{00D0}ất \u{00F0}ai, name_en: Land }
                """
            ).fixed(
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng, name_en: Construction }
                  - { id: dat-dai, name: Đất đai, name_en: Land }
                """)
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

    /// One finding per value (`ValueRepair`), named after its first look-alike letter.
    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in context.files {
            for scalar in file.scalars where scalar.text.unicodeScalars.contains(where: Self.isLookalike) {
                let raw = file.raw(scalar.node.range)
                var repair = ValueRepair()
                var first: (letter: Character, code: String, replacement: String)?
                var offset = 0
                for s in raw.unicodeScalars {
                    let width = String(s).utf8.count
                    defer { offset += width }
                    guard let replacement = Self.replacements[s] else { continue }
                    if first == nil {
                        first = (
                            Character(s), "U+" + String(s.value, radix: 16, uppercase: true).leftPadded(to: 4),
                            replacement
                        )
                    }
                    repair.replace(offset..<offset + width, with: replacement)
                }
                guard let (letter, code, replacement) = first else { continue }
                let finding = repair.finding(
                    in: context, file: file.path, valueStart: scalar.node.range.start.offset, raw: raw,
                    message: { _ in
                        LintMessage.lookalikeLetter(letter: letter, code: code, vietnamese: replacement)
                    },
                    fix: { LintMessage.writeQuoted(text: $0) })
                if let finding { findings.append(finding) }
            }
        }
        return findings
    }
}
