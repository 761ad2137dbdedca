import Diagnostics

/// Checks on the raw bytes, before libyaml sees them: things libyaml either accepts silently
/// (BOM, CRLF, some tabs) or reports with a message a policy officer cannot act on.
enum TextChecks {
    /// Returns the diagnostics, whether the bytes are valid UTF-8 (if not, parsing stops), and
    /// whether every line break is a line feed (`CharacterChecks.breaksOnlyAtLineFeeds`).
    static func run(_ source: SourceText) -> (diagnostics: [Diagnostic], validUTF8: Bool, breaksOnlyAtLineFeeds: Bool) {
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

        let characters = CharacterChecks(bytes)
        if let bad = characters.invalidUTF8 {
            diagnostics.append(
                Diagnostic(
                    .invalidUTF8,
                    ReaderMessage.invalidUTF8Byte(byte: bytes[bad]),
                    at: source.range(fromOffset: bad, to: bad + 1)))
            return (diagnostics, false, false)
        }
        if let problem = characters.problem {
            diagnostics.append(CharacterChecks.diagnostic(problem, in: source))
            return (diagnostics, false, false)
        }

        var crOffsets: [Int] = []
        var lastTabLine = -1
        var tabsReported = 0
        // One finding per line; its fix turns every tab of the line into spaces: two for a tab of
        // indentation (the catalog indents by two), one inside a line. `tthc lint --fix` applies it
        // only where the file then means the same whatever width the tab had (`TabFixSafety`).
        var line = 1
        for index in characters.tabsAndReturns {
            while line < source.lineCount && source.lineStart(line) <= index { line += 1 }
            let lineStart = source.lineStart(line - 1)
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
        return (diagnostics, true, characters.breaksOnlyAtLineFeeds)
    }
}
