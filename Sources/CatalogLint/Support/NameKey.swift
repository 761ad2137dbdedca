import CatalogModel
import Diagnostics
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
        let prefix = "thủ tục "
        var text: String
        if let words = NameScalars.words(exact) {
            // Characters of their own, one scalar each and in NFC: the prefix is found on bytes,
            // where comparing Characters costs thousands of instructions a name.
            text =
                words.utf8.starts(with: prefix.utf8)
                ? String(decoding: words.utf8.dropFirst(prefix.utf8.count), as: UTF8.self) : words
        } else {
            text = wordsByCharacters(exact)
            if text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        }
        // A new-style syllable's replacement is its old-style spelling.
        var result = text
        guard VietnameseText.mayHoldStyledSyllable(text) else { return result }
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

extension LintContext {
    /// The procedures that share a key (a name's and what it must be unique within), two or more
    /// to a group, each group in code order: what the duplicate-name rules compare.
    func proceduresSharing(_ key: (Procedure) -> String) -> [[Procedure]] {
        // Grouped by place, not by copy: a procedure is a large value, and few share a key.
        let procedures = catalog.procedures.values
        // By the keys' bytes (`TextKey`): both keys are in NFC (`exact` composes; `loose` keeps
        // its letters), where bytes and Unicode's equality agree, and hashing them as Strings
        // normalised each again.
        var groups: [TextKey: [Int]] = [:]
        // Sized once: each growth hashed every long key again.
        groups.reserveCapacity(procedures.count)
        for (index, procedure) in zip(procedures.indices, procedures) {
            groups[TextKey(key(procedure)), default: []].append(index)
        }
        return groups.values.filter { $0.count > 1 }.map {
            $0.map { procedures[$0] }.sorted { $0.code.value < $1.code.value }
        }
    }

    /// A finding at `procedure`'s name, noting the name of `first`, the procedure it repeats.
    func finding(_ message: some DiagnosticMessage, at procedure: Procedure, repeating first: Procedure) -> Diagnostic {
        finding(
            message, at: procedure.name.range,
            notes: [DiagnosticNote(LintMessage.namedHere(code: first.code.value), at: first.name.range)])
    }
}
