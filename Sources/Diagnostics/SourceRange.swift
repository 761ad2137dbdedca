/// A position in a source file. `line` and `column` are 1-based; `column` counts Unicode
/// scalars (what libyaml reports, and what an editor shows for NFC Vietnamese text, whose
/// letters are all single code points). `offset` is the 0-based UTF-8 byte offset, kept so
/// fix-its can edit bytes exactly.
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }
}

/// A half-open range `[start, end)` inside one file.
public struct SourceRange: Hashable, Sendable, Comparable, Codable {
    public var file: String
    public var start: SourceLocation
    public var end: SourceLocation

    public init(file: String, start: SourceLocation, end: SourceLocation) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A range that names a whole file but no place in it (I/O problems, file-level facts).
    public static func wholeFile(_ file: String) -> SourceRange {
        let origin = SourceLocation(line: 1, column: 1, offset: 0)
        return SourceRange(file: file, start: origin, end: origin)
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.file, lhs.start, lhs.end) < (rhs.file, rhs.start, rhs.end)
    }
}
