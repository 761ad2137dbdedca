import Diagnostics

/// `tthc new procedure` writes "TODO …" where the published data goes. Such a file passes
/// `tthc check` (so that staff can fill it in and check it as they go), but it is not finished:
/// a name or a dossier component still reading "TODO" must not reach the published catalog, so
/// the linter CI runs refuses it.
public struct PlaceholderTextRule: LintRule, ChecksEachValue {
    public static let description = RuleDescription(
        id: "placeholder-text",
        category: .text, severity: .error,
        triggering: [
            .procedure(changing: ["name": #"↓"TODO Tên thủ tục""#, "result": #"↓"Giấy chứng nhận (FIXME số mẫu)""#])
        ],
        nonTriggering: [
            .procedure(),
            // Only the words themselves, in capitals: not inside another word.
            .procedure(changing: ["result": "Giấy chứng nhận TODOS, bản điện tử todo"]),
        ])

    public static func flags(_ value: ScalarValue) -> Bool { holdsPlaceholder(value.text) }

    public static func finding(_ value: ScalarValue, in file: LintFile, _ context: LintContext) -> Diagnostic {
        context.finding(LintMessage.placeholderLeft(key: value.key, text: value.text), at: value.range)
    }

    /// Whether `text` has TODO or FIXME as a word of its own (no ASCII letter, digit or underscore
    /// touching it): "TODOS" is not one.
    static func holdsPlaceholder(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            // Eight bytes at a time to the next T or F, the markers' first letters (a byte at a
            // time, this rule cost lint 40 M instructions on the shipped catalog).
            while i + 4 <= n {
                if i + 8 <= n {
                    let word = ByteWord.load(bytes, at: i)
                    let found = ByteWord.matches(word, 0x54) | ByteWord.matches(word, 0x46)
                    if found == 0 {
                        i += 8
                        continue
                    }
                    i += found.trailingZeroBitCount / 8
                }
                if isMarker(bytes, at: i) { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether TODO or FIXME starts at `i`, with no word byte just before or after it.
    private static func isMarker(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        func isWordByte(_ k: Int) -> Bool {
            guard k >= 0, k < bytes.count else { return false }
            let b = bytes[k]
            return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
        }
        func spells(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard i + count <= bytes.count else { return false }
            for k in 0..<count where bytes[i + k] != word.utf8Start[k] { return false }
            return !isWordByte(i - 1) && !isWordByte(i + count)
        }
        switch bytes[i] {
        case 0x54: return spells("TODO")
        case 0x46: return spells("FIXME")
        default: return false
        }
    }
}
