/// A position in a source file. `line` and `column` are 1-based; `column` counts Unicode
/// scalars (what libyaml reports, and what an editor shows for NFC Vietnamese text, whose
/// letters are all single code points). `offset` is the 0-based UTF-8 byte offset, kept so
/// fix-its can edit bytes exactly.
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    // Stored in 32 bits: every value the loader keeps carries two locations. The reader refuses
    // files over 8 MiB by default (`ReaderLimits.maxFileBytes`); past 4 GiB a position would be
    // clamped to the largest one.
    //
    // Inlinable: the reader makes two for every node of every file, and a call into this module
    // for each cost more than the clamping itself.
    @usableFromInline var storedLine: UInt32
    @usableFromInline var storedColumn: UInt32
    @usableFromInline var storedOffset: UInt32

    @inlinable public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }
    @inlinable public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }
    @inlinable public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = UInt32(clamping: newValue) }
    }

    @inlinable @inline(__always) public init(line: Int, column: Int, offset: Int) {
        storedLine = Self.clamped(line)
        storedColumn = Self.clamped(column)
        storedOffset = Self.clamped(offset)
    }

    /// `UInt32(clamping:)` for an Int, spelled out: the generic one was not inlined.
    @inlinable @inline(__always) static func clamped(_ value: Int) -> UInt32 {
        value <= 0 ? 0 : value >= Int(UInt32.max) ? .max : UInt32(truncatingIfNeeded: value)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.storedLine, lhs.storedColumn, lhs.storedOffset) < (rhs.storedLine, rhs.storedColumn, rhs.storedOffset)
    }

    // The JSON keeps the names and numbers it always had.
    private enum CodingKeys: String, CodingKey {
        case storedLine = "line"
        case storedColumn = "column"
        case storedOffset = "offset"
    }
}

/// A half-open range `[start, end)` inside one file.
///
/// The file is kept as a `SourcePaths` number, not a String: a range is copied with every value
/// the loader and the compiler keep, and a String would be reference-counted at each copy. A
/// range is 28 plain bytes.
public struct SourceRange: Hashable, Sendable, Comparable, Codable {
    @usableFromInline var fileNumber: SourcePaths.Number
    public var start: SourceLocation
    public var end: SourceLocation

    public var file: String {
        get { SourcePaths.shared.path(fileNumber) }
        set { fileNumber = SourcePaths.shared.number(newValue) }
    }

    /// Where a report points: `file:line:column` of the start, as compilers write it.
    public var place: String { "\(file):\(start.line):\(start.column)" }

    /// The end a report gives: none for an empty range, which names a file or a point.
    public var reportedEnd: SourceLocation? { end == start ? nil : end }

    public init(file: String, start: SourceLocation, end: SourceLocation) {
        self.init(file: SourcePaths.shared.number(file), start: start, end: end)
    }

    /// For a reader making many ranges in one file: the path is looked up once.
    @inlinable public init(file: SourcePaths.Number, start: SourceLocation, end: SourceLocation) {
        self.fileNumber = file
        self.start = start
        self.end = end
    }

    /// A range that names a whole file but no place in it (I/O problems, file-level facts).
    public static func wholeFile(_ file: String) -> SourceRange {
        let origin = SourceLocation(line: 1, column: 1, offset: 0)
        return SourceRange(file: file, start: origin, end: origin)
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        if lhs.fileNumber != rhs.fileNumber { return lhs.file < rhs.file }
        return (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    private enum CodingKeys: String, CodingKey {
        case file, start, end
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try container.decode(String.self, forKey: .file),
            start: try container.decode(SourceLocation.self, forKey: .start),
            end: try container.decode(SourceLocation.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
