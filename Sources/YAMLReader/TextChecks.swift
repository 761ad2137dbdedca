import Diagnostics

/// Checks on the raw bytes, before libyaml sees them: things libyaml either accepts silently
/// (BOM, CRLF, some tabs) or reports with a message a policy officer cannot act on.
enum TextChecks {
    /// Returns the diagnostics, and whether the bytes are valid UTF-8 (if not, parsing stops).
    static func run(_ source: SourceText) -> (diagnostics: [Diagnostic], validUTF8: Bool) {
        var diagnostics: [Diagnostic] = []
        let bytes = source.bytes
        let file = source.path

        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            diagnostics.append(Diagnostic(
                .byteOrderMark, "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM",
                vi: "tệp bắt đầu bằng dấu thứ tự byte (BOM); hãy lưu tệp dạng UTF-8 không có BOM",
                at: source.range(fromOffset: 0, to: 3),
                fixIts: [FixIt(file: file, startOffset: 0, endOffset: 3, replacement: "", description: "remove the byte order mark", descriptionVi: "xóa dấu thứ tự byte")]))
        }

        if let bad = firstInvalidUTF8(bytes) {
            diagnostics.append(Diagnostic(
                .invalidUTF8,
                "invalid UTF-8 byte 0x\(String(bytes[bad], radix: 16, uppercase: true)); save the file as UTF-8",
                vi: "byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) không hợp lệ trong UTF-8; hãy lưu tệp dạng UTF-8",
                at: source.range(fromOffset: bad, to: bad + 1)))
            return (diagnostics, false)
        }
        if let problem = CharacterChecks.firstProblem(source) {
            diagnostics.append(problem)
            return (diagnostics, false)
        }

        var crOffsets: [Int] = []
        var lastTabLine = -1
        var line = 1
        var lineStart = 0
        var tabsReported = 0
        // One finding per line; its fix turns every tab of the line into spaces: two for a tab of
        // indentation (the catalog indents by two), one inside a line. `tthc lint --fix` applies it
        // only where the file then means the same whatever width the tab had (`TabFixSafety`).
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                lineStart = index + 1
            case UInt8(ascii: "\r") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"):
                crOffsets.append(index)
            case UInt8(ascii: "\t"):
                let leading = bytes[lineStart..<index].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                let fix = FixIt(file: file, startOffset: index, endOffset: index + 1, replacement: leading ? "  " : " ",
                                description: "replace the tabs with spaces", descriptionVi: "thay các tab bằng dấu cách")
                if line == lastTabLine {
                    if tabsReported <= 50 { diagnostics[diagnostics.count - 1].fixIts.append(fix) }
                    continue
                }
                lastTabLine = line
                tabsReported += 1
                if tabsReported <= 50 {
                    diagnostics.append(Diagnostic(
                        .tabCharacter, "tab character; use spaces for indentation and inside values",
                        vi: "ký tự tab; hãy dùng dấu cách để thụt lề và trong giá trị",
                        at: source.range(fromOffset: index, to: index + 1), fixIts: [fix]))
                }
            default:
                break
            }
        }
        if let first = crOffsets.first {
            let count = crOffsets.count
            diagnostics.append(Diagnostic(
                .crlfLineEnd,
                "the file uses Windows line ends (CRLF) on \(count) \(count == 1 ? "line" : "lines"); save it with LF line ends",
                vi: "tệp dùng kiểu xuống dòng Windows (CRLF) ở \(count) dòng; hãy lưu tệp với kiểu xuống dòng LF",
                at: source.range(fromOffset: first, to: first + 1),
                fixIts: crOffsets.map { FixIt(file: file, startOffset: $0, endOffset: $0 + 1, replacement: "", description: "remove the carriage return", descriptionVi: "xóa ký tự về đầu dòng (CR)") }))
        }
        return (diagnostics, true)
    }

    /// Offset of the first byte that is not part of a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and code points above U+10FFFF included).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; upper = 0x9F
            case 0xF0: need = 3; lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; upper = 0x8F
            default: return i
            }
            for k in 1...need {
                guard i + k < n else { return i }
                let c = bytes[i + k]
                let lo: UInt8 = k == 1 ? lower : 0x80
                let hi: UInt8 = k == 1 ? upper : 0xBF
                if c < lo || c > hi { return i }
            }
            i += need + 1
        }
        return nil
    }
}
