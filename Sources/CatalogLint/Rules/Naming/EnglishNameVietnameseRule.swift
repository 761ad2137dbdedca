import Diagnostics
import Foundation

/// An English name with Vietnamese letters is usually the Vietnamese name pasted in the wrong
/// key, or an untranslated half.
public struct EnglishNameVietnameseRule: LintRule, ChecksEachValue {
    static let englishKeys: Set<String> = ["name_en", "result_en", "title_en"]

    public static let description = RuleDescription(
        id: "english-name-vietnamese",
        category: .naming, severity: .warning,
        triggering: [
            .communes(
                thanhNua: "id: thanh-nua, name: Xã Thanh Nưa, name_en: ↓Xã Thanh Nưa, type: commune, distance_km: 12",
                muongThanh:
                    "id: muong-thanh, name: Phường Mường Thanh, name_en: ↓Muong Thanh Phường, type: ward, distance_km: 1"
            )
        ],
        nonTriggering: [.communes()])

    /// The marks Vietnamese letters carry: circumflex, breve, horn and the five tones.
    static let vietnameseMarks: Set<Unicode.Scalar> = Set(["\u{0302}", "\u{0306}", "\u{031B}"] + VietnameseText.tones)

    /// đ, or a Latin letter carrying only Vietnamese marks (so "ü" in a German name is not one).
    static func isVietnamese(_ c: Character) -> Bool {
        guard c.isLetter, !c.isASCII else { return false }
        if c == "đ" || c == "Đ" { return true }
        let scalars = Array(String(c).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let base = scalars.first, base.isASCII, scalars.count > 1 else { return false }
        return scalars.dropFirst().allSatisfy { vietnameseMarks.contains($0) }
    }

    public static func flags(_ value: ScalarValue) -> Bool {
        // ASCII values first: a trait costs no hashing of the key.
        value.traits.contains(.nonASCII) && englishKeys.contains(value.key ?? "")
            && value.text.contains(where: isVietnamese)
    }

    public static func finding(_ value: ScalarValue, in file: LintFile, _ context: LintContext) -> Diagnostic {
        context.finding(LintMessage.englishNameVietnamese(key: value.key, text: value.text), at: value.range)
    }
}
