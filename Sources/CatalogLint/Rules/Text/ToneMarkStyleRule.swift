import Diagnostics

/// Vietnamese has two accepted places for the tone mark in open syllables ending in oa, oe, uy:
/// the old style (hòa, khỏe, thủy) and the new (hoà, khoẻ, thuỷ). Mixing them makes one name
/// two strings, so duplicates and searches miss.
public struct ToneMarkStyleRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "tone-mark-style",
        category: .text, severity: .warning,
        options: [
            RuleOption("style", .choice(["majority", "old", "new"]), default: "majority")
        ],
        fixable: true,
        triggering: [
            .procedure(changing: [
                "name": "Thủ tục ↓hoà giải ở cơ sở",
                "name_en": "Grassroots mediation",
                "channels": "[in-person]",
                "online_service": "none",
                "result": "Biên bản ↓hoà giải thành",
            ]).fixed(
                """
                code: 1.000001
                name: Thủ tục hòa giải ở cơ sở
                name_en: Grassroots mediation
                field: ho-tich
                level: commune
                authority: commune.chairman
                channels: [in-person]
                online_service: none
                deadline: { text: "03 ngày làm việc", value: 3 working days }
                result: Biên bản hòa giải thành
                legal_basis: [nd-118-2025]
                effective: 2025-07-01
                provenance: { kind: synthetic }
                workflow: { template: commune-same-day, with: { reviewer: commune.justice-officer, signer: commune.chairman } }
                """),
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng và ↓thủy lợi, name_en: Construction and irrigation }
                """
            ).with("style", "new"),
        ],
        nonTriggering: [
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
                  - { id: xay-dung, name: Xây dựng và thủy lợi, name_en: Construction and irrigation }
                """),
            // After q the u belongs to the consonant, and a final consonant fixes the place: no style shows.
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch quý, name_en: Civil status }
                  - { id: xay-dung, name: Quản lý hoạt động xây dựng, name_en: Construction }
                """
            ).with("style", "new"),
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        typealias Found = (
            file: LintFile, start: Int,
            syllable: (style: VietnameseText.ToneStyle, word: Range<Int>, vowels: Range<Int>, replacement: String)
        )
        var found: [Found] = []
        var counts: [VietnameseText.ToneStyle: Int] = [:]
        for file in context.files {
            for scalar in file.scalars where scalar.text.utf8.contains(where: { $0 >= 0x80 }) {
                let start = scalar.node.range.start.offset
                for syllable in VietnameseText.styledSyllables(in: file.raw(scalar.node.range)) {
                    found.append((file, start, syllable))
                    counts[syllable.style, default: 0] += 1
                }
            }
        }
        let expected: VietnameseText.ToneStyle
        switch context.options.string("style") {
        case "old": expected = .old
        case "new": expected = .new
        default: expected = counts[.new, default: 0] > counts[.old, default: 0] ? .new : .old
        }
        return found.filter { $0.syllable.style != expected }.map { item in
            let word = context.range(
                in: item.file.path, from: item.start + item.syllable.word.lowerBound,
                to: item.start + item.syllable.word.upperBound)
            let vowels = context.range(
                in: item.file.path, from: item.start + item.syllable.vowels.lowerBound,
                to: item.start + item.syllable.vowels.upperBound)
            let written = item.file.raw(word)
            let corrected = String(written.dropLast(2)) + item.syllable.replacement
            return context.finding(
                LintMessage.toneMarkStyle(written: written, corrected: corrected, newStyle: expected == .new),
                at: word,
                fixIts: [
                    context.fix(
                        vowels, with: item.syllable.replacement,
                        LintMessage.writeQuoted(text: corrected))
                ])
        }
    }
}
