import Foundation

/// Keys for comparing names: what a reviewer would call "the same name".
enum NameKey {
    /// NFC, lower-case, single spaces, no surrounding spaces.
    static func exact(_ name: String) -> String {
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

    /// A scalar that is a character of its own whatever surrounds it: Latin letters, digits and
    /// punctuation up to U+024F (no line break: CR LF is one character) and the precomposed
    /// Vietnamese letters (U+1E00–U+1EFF). Combining marks start at U+0300.
    private static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value <= 0x24F && scalar != "\r") || (0x1E00...0x1EFF).contains(scalar.value)
    }

    /// Looser: also without punctuation, without a leading "thủ tục", and with tone marks in one
    /// place (hoà and hòa alike). From the name's `exact` key.
    static func loose(exact: String) -> String {
        let words: String
        if exact.unicodeScalars.allSatisfy(isOwnCharacter) {
            // Each scalar is a character here: the same test without finding character boundaries.
            var scalars = String.UnicodeScalarView()
            for scalar in exact.unicodeScalars {
                let c = Character(scalar)
                scalars.append(c.isLetter || c.isNumber ? scalar : " ")
            }
            words = String(scalars)
        } else {
            words = String(exact.map { $0.isLetter || $0.isNumber ? $0 : " " })
        }
        var text = words.split(separator: " ").joined(separator: " ")
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
}
