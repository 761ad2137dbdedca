import Diagnostics

/// Control characters and bidirectional overrides in catalog text can drive a terminal (an escape
/// sequence in a name) or make text read differently from what it holds (Trojan source).
public struct ControlOrBidiCharacterRule: LintRule, ChecksEachValue {
    public static let description = RuleDescription(
        id: "control-or-bidi-character",
        category: .text, severity: .error,
        triggering: [
            .fields(
                hoTich: "name: Hộ ↓\u{202E}tịch, name_en: Civil status",
                xayDung: #"name: ↓"Xây dựng\e[31m", name_en: Construction"#)
        ],
        nonTriggering: [
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: Hộ tịch, name_en: Civil status }
                  - id: xay-dung
                    name: Xây dựng
                    name_en: |
                      Construction
                      (two lines, as a block)
                """)
        ])

    public static func flags(_ value: ScalarValue) -> Bool { value.traits.contains(.controlOrBidi) }

    public static func finding(_ value: ScalarValue, in file: LintFile, _ context: LintContext) -> Diagnostic {
        // At the character itself when it is written raw (bidi controls may be); at the value
        // when it is an escape of a quoted value.
        var range = value.range
        var offset = range.start.offset
        for s in file.raw(range).unicodeScalars {
            if isFlagged(s) {
                range = context.range(in: file.path, from: offset, to: offset + String(s).utf8.count)
                break
            }
            offset += String(s).utf8.count
        }
        return context.finding(LintMessage.controlOrBidiCharacters(found: codes(value.text)), at: range)
    }

    /// Line feed is how a block writes several lines; every other control and each bidi control is flagged.
    static func isFlagged(_ s: Unicode.Scalar) -> Bool {
        s != "\n" && VisibleText.needsEscape(s)
    }

    /// "U+202E", "U+001B, U+000A": the distinct characters found, at most five.
    static func codes(_ text: String) -> String {
        var seen: [Unicode.Scalar] = []
        for s in text.unicodeScalars where isFlagged(s) && !seen.contains(s) {
            seen.append(s)
            if seen.count == 5 { break }
        }
        return seen.map(\.codePoint).joined(separator: ", ")
    }
}
