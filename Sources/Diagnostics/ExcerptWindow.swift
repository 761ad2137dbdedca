/// The part of a source line shown under a diagnostic, with the padding that puts the caret under
/// the place.
///
/// A very long line (a hostile file) is shown as a window of 160 code points around the place. The
/// window is found from the column through `SourceText`'s checkpoints, so each excerpt costs
/// O(window) whatever the line's length: 40,000 diagnostics on one long line stay linear. Control and bidi characters are
/// shown as visible escapes (`VisibleText`), the caret still under the place.
struct ExcerptWindow {
    let line: String
    let pad: String
    let markerWidth: Int

    static let width = 160

    init?(_ range: SourceRange, in source: SourceText) {
        guard range.start.line >= 1, range.start.line <= source.lineCount else { return nil }
        let bytes = source.lineBytes(range.start.line)
        if bytes.isEmpty && range.start.column == 1 && range.end == range.start { return nil }
        let lineStart = bytes.startIndex
        let lineEnd = bytes.endIndex
        let all = source.bytes

        // Where the place starts, in bytes (O(1) on an ASCII line, O(256) on a long other one).
        let line = range.start.line
        let startOffset = min(source.offset(line: line, column: max(1, range.start.column)), lineEnd)
        func back(_ i: Int) -> Int {
            var j = i - 1
            while j > lineStart, all[j] & 0xC0 == 0x80 { j -= 1 }
            return j
        }
        func forward(_ i: Int) -> Int { min(lineEnd, i + SourceText.sequenceLength(all[i])) }

        // Up to a quarter of the window before the place, the rest after; at the line's end the
        // window reaches further back so it stays full.
        var from = startOffset
        var to = startOffset
        var count = 0
        while count < Self.width / 4, from > lineStart {
            from = back(from)
            count += 1
        }
        while count < Self.width, to < lineEnd {
            to = forward(to)
            count += 1
        }
        while count < Self.width, from > lineStart {
            from = back(from)
            count += 1
        }

        let scalars = Array(String(decoding: all[from..<to], as: UTF8.self).unicodeScalars)
        let startColumn = String(decoding: all[from..<startOffset], as: UTF8.self).unicodeScalars.count
        var endColumn = scalars.count
        if range.end.line == range.start.line {
            let endOffset = min(source.offset(line: line, column: max(1, range.end.column)), lineEnd)
            endColumn = String(decoding: all[from..<min(max(endOffset, from), to)], as: UTF8.self).unicodeScalars.count
        }
        endColumn = max(endColumn, startColumn)

        var shownLine = from > lineStart ? "…" : ""
        var pad = from > lineStart ? " " : ""
        var markerWidth = 0
        for (index, scalar) in scalars.enumerated() {
            let shown = scalar == "\t" || !VisibleText.needsEscape(scalar) ? String(scalar) : VisibleText.escape(scalar)
            shownLine += shown
            if index < startColumn {
                pad += scalar == "\t" ? "\t" : String(repeating: " ", count: shown.unicodeScalars.count)
            } else if index < endColumn {
                markerWidth += shown.unicodeScalars.count
            }
        }
        if to < lineEnd { shownLine += "…" }
        self.line = shownLine
        self.pad = pad
        self.markerWidth = max(1, markerWidth)
    }
}
