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
            diagnostics.append(
                Diagnostic(
                    .byteOrderMark, ReaderMessage.byteOrderMark,
                    at: source.range(fromOffset: 0, to: 3),
                    fixIts: [
                        FixIt(
                            file: file, startOffset: 0, endOffset: 3, replacement: "", ReaderMessage.removeByteOrderMark
                        )
                    ]))
        }

        if let bad = firstInvalidUTF8(bytes) {
            diagnostics.append(
                Diagnostic(
                    .invalidUTF8,
                    ReaderMessage.invalidUTF8Byte(byte: bytes[bad]),
                    at: source.range(fromOffset: bad, to: bad + 1)))
            return (diagnostics, false)
        }
        if let problem = CharacterChecks.firstProblem(source) {
            diagnostics.append(problem)
            return (diagnostics, false)
        }

        var crOffsets: [Int] = []
        var lastTabLine = -1
        var tabsReported = 0
        // Only tabs and carriage returns matter here; the line of a tab comes from the line index.
        var special: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            for index in 0..<buffer.count where buffer[index] <= UInt8(ascii: "\r") {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") { special.append(index) }
            }
        }
        // One finding per line; its fix turns every tab of the line into spaces: two for a tab of
        // indentation (the catalog indents by two), one inside a line. `tthc lint --fix` applies it
        // only where the file then means the same whatever width the tab had (`TabFixSafety`).
        var line = 1
        for index in special {
            while line < source.lineStarts.count && source.lineStarts[line] <= index { line += 1 }
            let lineStart = source.lineStarts[line - 1]
            switch bytes[index] {
            case UInt8(ascii: "\r") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"):
                crOffsets.append(index)
            case UInt8(ascii: "\t"):
                let leading = bytes[lineStart..<index].allSatisfy {
                    $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")
                }
                let fix = FixIt(
                    file: file, startOffset: index, endOffset: index + 1, replacement: leading ? "  " : " ",
                    ReaderMessage.replaceTabs)
                if line == lastTabLine {
                    if tabsReported <= 50 { diagnostics[diagnostics.count - 1].fixIts.append(fix) }
                    continue
                }
                lastTabLine = line
                tabsReported += 1
                if tabsReported <= 50 {
                    diagnostics.append(
                        Diagnostic(
                            .tabCharacter, ReaderMessage.tabCharacter,
                            at: source.range(fromOffset: index, to: index + 1), fixIts: [fix]))
                }
            default:
                break
            }
        }
        if let first = crOffsets.first {
            let count = crOffsets.count
            diagnostics.append(
                Diagnostic(
                    .crlfLineEnd,
                    ReaderMessage.windowsLineEnds(lines: count),
                    at: source.range(fromOffset: first, to: first + 1),
                    fixIts: crOffsets.map {
                        FixIt(
                            file: file, startOffset: $0, endOffset: $0 + 1, replacement: "",
                            ReaderMessage.removeCarriageReturn)
                    }))
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
            if b < 0x80 {
                i += 1
                continue
            }
            var need = 0
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0:
                need = 2
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED:
                need = 2
                upper = 0x9F
            case 0xF0:
                need = 3
                lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4:
                need = 3
                upper = 0x8F
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
