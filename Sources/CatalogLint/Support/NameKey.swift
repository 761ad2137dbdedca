import Foundation

/// Keys for comparing names: what a reviewer would call "the same name".
enum NameKey {
    /// NFC, lower-case, single spaces, no surrounding spaces.
    static func exact(_ name: String) -> String {
        NameScalars.exactKey(name) ?? exactByCharacters(name)
    }

    /// `exact` for any text, by Unicode's character properties (the table path's reference).
    static func exactByCharacters(_ name: String) -> String {
        // Normalising costs far more than reading the bytes: most names are in NFC already.
        let composed =
            VietnameseText.mayChangeUnderNFC(utf8: name.utf8) ? name.precomposedStringWithCanonicalMapping : name
        return composed.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A procedure's name under both keys, computed once per lint (`LintContext.nameKeys`).
    struct Keys: Sendable {
        var exact: String
        var loose: String

        init(_ name: String) {
            exact = NameKey.exact(name)
            loose = NameKey.loose(exact: exact)
        }
    }

    /// Looser: also without punctuation, without a leading "thủ tục", and with tone marks in one
    /// place (hoà and hòa alike). From the name's `exact` key.
    static func loose(exact: String) -> String {
        var text = NameScalars.words(exact) ?? wordsByCharacters(exact)
        if text.hasPrefix("thủ tục ") { text = String(text.dropFirst("thủ tục ".count)) }
        // A new-style syllable's replacement is its old-style spelling.
        var result = text
        for syllable in VietnameseText.styledSyllables(in: text).reversed() where syllable.style == .new {
            let bytes = Array(result.utf8)
            result =
                String(decoding: bytes[..<syllable.vowels.lowerBound], as: UTF8.self)
                + syllable.replacement
                + String(decoding: bytes[syllable.vowels.upperBound...], as: UTF8.self)
        }
        return result
    }

    /// Letters and digits, any run of other characters made one space, by Unicode's character
    /// properties (the table path's reference).
    static func wordsByCharacters(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").joined(separator: " ")
    }
}
