import Diagnostics

/// Non-breaking and zero-width spaces arrive with text pasted from web pages and PDFs; they look
/// like nothing or like a space but break matching.
public struct InvisibleSpaceRule: LintRule {
    public init() {}

    /// What each invisible character becomes.
    static let replacements: [Unicode.Scalar: String] = [
        "\u{00A0}": " ", "\u{202F}": " ", "\u{2007}": " ", "\u{3000}": " ",
        "\u{200B}": "", "\u{200C}": "", "\u{200D}": "", "\u{2060}": "", "\u{FEFF}": "",
    ]

    public static let description = RuleDescription(
        id: "invisible-space",
        category: .text, severity: .warning,
        fixable: true,
        triggering: [
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: Hộ↓\u{00A0}tịch, name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng↓\u{200B}, name_en: Construction }
                """
            ).fixed(
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng, name_en: Construction }
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

    /// One finding per value (`ValueRepair`), named after its first odd character.
    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in context.files {
            for scalar in file.scalars
            where scalar.text.utf8.contains(where: { $0 >= 0x80 })
                && scalar.text.unicodeScalars.contains(where: { $0.value >= 0xA0 && Self.replacements[$0] != nil })
            {
                let raw = file.raw(scalar.node.range)
                var repair = ValueRepair()
                var first: (code: String, invisible: Bool)?
                var offset = 0
                for s in raw.unicodeScalars {
                    let width = String(s).utf8.count
                    defer { offset += width }
                    guard let replacement = Self.replacements[s] else { continue }
                    if first == nil {
                        first = (
                            "U+" + String(s.value, radix: 16, uppercase: true).leftPadded(to: 4), replacement.isEmpty
                        )
                    }
                    repair.replace(offset..<offset + width, with: replacement)
                }
                guard let (code, invisible) = first else { continue }
                let finding = repair.finding(
                    in: context, file: file.path, valueStart: scalar.node.range.start.offset, raw: raw,
                    message: { _ in
                        invisible
                            ? LintMessage.invisibleCharacter(code: code) : LintMessage.nonBreakingSpace(code: code)
                    },
                    fix: { _ in
                        repair.edits.count > 1
                            ? LintMessage.writeNormalSpacesAndRemoveInvisible
                            : invisible ? LintMessage.removeInvisible : LintMessage.writeNormalSpace
                    })
                if let finding { findings.append(finding) }
            }
        }
        return findings
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
