import Foundation

/// Keys for comparing names: what a reviewer would call "the same name".
enum NameKey {
    /// NFC, lower-case, single spaces, no surrounding spaces.
    static func exact(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
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
        var text = exact
        let words = text.map { $0.isLetter || $0.isNumber ? $0 : " " }
        text = String(words).split(separator: " ").joined(separator: " ")
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
