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
        name: Localized("Look-alike of Đ", vi: "Ký tự giống chữ Đ"),
        category: .text, severity: .warning,
        summary: Localized(
            "Đ and đ are the Vietnamese letters, not the look-alike Ð (eth) or Ɖ.",
            vi: "Dùng đúng chữ Đ, đ tiếng Việt, không dùng ký tự giống hệt Ð (eth) hay Ɖ."),
        rationale: Localized(
            "The Icelandic eth (Ð, U+00D0) and the African D (Ɖ, U+0189) look the same as the Vietnamese Đ (U+0110) in most fonts. Old TCVN3/VNI converters and some PDFs produce them, so a decree number like 118/2025/NÐ-CP silently fails to match 118/2025/NĐ-CP. The fix writes the Vietnamese letter.",
            vi:
                "Chữ eth của tiếng Iceland (Ð, U+00D0) và D châu Phi (Ɖ, U+0189) trông giống hệt chữ Đ tiếng Việt (U+0110) trong hầu hết phông chữ. Các bộ chuyển mã TCVN3/VNI cũ và một số tệp PDF sinh ra chúng, nên số hiệu như 118/2025/NÐ-CP âm thầm không khớp với 118/2025/NĐ-CP. Bản sửa thay bằng chữ tiếng Việt."
        ),
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
