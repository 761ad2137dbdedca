import Diagnostics

/// Vietnamese has two accepted places for the tone mark in open syllables ending in oa, oe, uy:
/// the old style (hòa, khỏe, thủy) and the new (hoà, khoẻ, thuỷ). Mixing them makes one name
/// two strings, so duplicates and searches miss.
public struct ToneMarkStyleRule: LintRule {
    public static let description = RuleDescription(
        id: "tone-mark-style",
        category: .text, severity: .warning,
        options: [.style("old", "new")],
        fixable: true,
        triggering: [
            .procedure(changing: StandardProcedure.mediation("↓hoà"), ["result": "Biên bản ↓hoà giải thành"])
                .fixed(StandardProcedure.text(changing: [StandardProcedure.mediation()])),
            .fields(xayDung: "name: Xây dựng và ↓thủy lợi, name_en: Construction and irrigation").with("style", "new"),
        ],
        nonTriggering: [
            .fields(xayDung: "name: Xây dựng và thủy lợi, name_en: Construction and irrigation"),
            // After q the u belongs to the consonant, and a final consonant fixes the place: no style shows.
            .fields(
                hoTich: "name: Hộ tịch quý, name_en: Civil status",
                xayDung: "name: Quản lý hoạt động xây dựng, name_en: Construction"
            ).with("style", "new"),
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        // The file by its place in `context.files`: a syllable is found in many values, and a
        // copy of a file costs a reference count for each of its parts.
        typealias Found = (
            file: Int, start: Int,
            syllable: (style: VietnameseText.ToneStyle, word: Range<Int>, vowels: Range<Int>, replacement: String)
        )
        var found: [Found] = []
        var counts: [VietnameseText.ToneStyle: Int] = [:]
        // A value's syllables by its raw text: the same names recur in file after file (a
        // catalog holds about four values for each distinct text), each read once.
        var syllablesOf: [TextKey: [VietnameseText.StyledSyllable]] = [:]
        for (index, file) in context.files.enumerated() {
            for scalar in file.scalars where scalar.traits.isSuperset(of: [.nonASCII, .tonedVowelPair]) {
                let start = scalar.range.start.offset
                let raw = TextKey(file.raw(scalar.range))
                let syllables = syllablesOf.memoized(raw) { VietnameseText.styledSyllables(in: raw.text) }
                for syllable in syllables {
                    found.append((index, start, syllable))
                    counts[syllable.style, default: 0] += 1
                }
            }
        }
        let expected: VietnameseText.ToneStyle =
            context.options.stylePicks("new", ifMajority: counts[.new, default: 0] > counts[.old, default: 0])
            ? .new : .old
        return found.filter { $0.syllable.style != expected }.map { item in
            let file = context.files[item.file]
            let word = context.range(
                in: file.path, from: item.start + item.syllable.word.lowerBound,
                to: item.start + item.syllable.word.upperBound)
            let vowels = context.range(
                in: file.path, from: item.start + item.syllable.vowels.lowerBound,
                to: item.start + item.syllable.vowels.upperBound)
            let written = file.raw(word)
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
