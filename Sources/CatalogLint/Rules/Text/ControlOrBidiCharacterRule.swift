import Diagnostics

/// Control characters and bidirectional overrides in catalog text can drive a terminal (an escape
/// sequence in a name) or make text read differently from what it holds (Trojan source).
public struct ControlOrBidiCharacterRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "control-or-bidi-character",
        name: Localized("Control or bidirectional character", vi: "Ký tự điều khiển hoặc ký tự định hướng hai chiều"),
        category: .text, severity: .error,
        summary: Localized(
            "No control characters or bidirectional overrides in values.",
            vi: "Không có ký tự điều khiển hay ký tự đảo hướng văn bản trong giá trị."),
        rationale: Localized(
            "A value can hold characters nobody sees in a review: control characters written as escapes in a double-quoted value (\"\\e[31m\" starts a terminal escape sequence, \"\\n\" a new line in a one-line name) and the bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) that make text display in another order than it is stored (a \"Trojan source\" attack). tthc shows them as visible escapes in its own output, but the portal, forms and other tools do not. Remove them; a value that needs several lines is written as a block (| or >).",
            vi:
                "Một giá trị có thể chứa những ký tự không ai nhìn thấy khi rà soát: ký tự điều khiển viết dạng thoát trong giá trị đặt trong ngoặc kép (\"\\e[31m\" mở đầu một chuỗi điều khiển màn hình, \"\\n\" xuống dòng giữa một tên một dòng) và các ký tự định hướng hai chiều (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) khiến văn bản hiển thị theo thứ tự khác với nội dung lưu trữ (kiểu tấn công \"Trojan source\"). tthc hiển thị chúng dưới dạng thoát trong kết quả của mình, nhưng Cổng dịch vụ công, biểu mẫu và các công cụ khác thì không. Hãy xóa chúng; giá trị cần nhiều dòng thì viết dạng khối (| hoặc >)."
        ),
        triggering: [
            RuleExample(
                file: "fields.yaml",
                """
                fields:
                  - { id: ho-tich, name: Hộ ↓\u{202E}tịch, name_en: Civil status }
                  - { id: xay-dung, name: ↓"Xây dựng\\e[31m", name_en: Construction }
                """)
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

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in context.files {
            for scalar in file.scalars where scalar.text.unicodeScalars.contains(where: Self.isFlagged) {
                let found = Self.codes(scalar.text)
                // At the character itself when it is written raw (bidi controls may be); at the
                // value when it is an escape of a quoted value.
                var range = scalar.node.range
                var offset = range.start.offset
                for s in file.raw(range).unicodeScalars {
                    if Self.isFlagged(s) {
                        range = context.range(in: file.path, from: offset, to: offset + String(s).utf8.count)
                        break
                    }
                    offset += String(s).utf8.count
                }
                findings.append(
                    context.finding(
                        LintMessage.controlOrBidiCharacters(found: found),
                        at: range))
            }
        }
        return findings
    }

    /// Line feed is how a block writes several lines; every other control and each bidi control is flagged.
    static func isFlagged(_ s: Unicode.Scalar) -> Bool {
        s != "\n" && VisibleText.needsEscape(s)
    }

    /// "U+202E", "U+001B, U+000A": the distinct characters found, at most five.
    static func codes(_ text: String) -> String {
        var seen: [UInt32] = []
        for s in text.unicodeScalars where isFlagged(s) && !seen.contains(s.value) {
            seen.append(s.value)
            if seen.count == 5 { break }
        }
        return seen.map { value in
            let hex = String(value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined(separator: ", ")
    }
}
