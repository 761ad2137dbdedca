import CatalogModel
import Diagnostics
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

extension LintContext {
    /// The procedures that share a key (a name's and what it must be unique within), two or more
    /// to a group, each group in code order: what the duplicate-name rules compare.
    func proceduresSharing(_ key: (Procedure) -> String) -> [[Procedure]] {
        var groups: [String: [Procedure]] = [:]
        for procedure in catalog.procedures.values { groups[key(procedure), default: []].append(procedure) }
        return groups.values.filter { $0.count > 1 }.map { $0.sorted { $0.code.value < $1.code.value } }
    }

    /// A finding at `procedure`'s name, noting the name of `first`, the procedure it repeats.
    func finding(_ message: some DiagnosticMessage, at procedure: Procedure, repeating first: Procedure) -> Diagnostic {
        finding(
            message, at: procedure.name.range,
            notes: [DiagnosticNote(LintMessage.namedHere(code: first.code.value), at: first.name.range)])
    }
}
