#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of one source file with a line index, shared by the YAML reader (to turn
/// libyaml's code-point columns into byte offsets) and the reporters (to print excerpts).
public struct SourceText: Sendable {
    public let path: String
    /// `path`'s number, for the many ranges made in this file.
    public let fileNumber: SourcePaths.Number
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`. Read through `lineStart(_:)`.
    /// 32 bits each, as `SourceLocation`'s offsets: every file's index is kept while its catalog
    /// is (lint's), and at 64 bits it was a tenth of lint's memory.
    private let lineStarts: [UInt32]

    /// Set when the text was let go (`withoutText()`): what `reread()` holds the file to.
    var dropped: (count: Int, digest: Int)?

    /// Whether each line is pure ASCII, where a column is a byte count (the common case).
    private let asciiLines: LineBits

    /// For each long non-ASCII line (a hostile file: a line of 100,000 non-breaking spaces), points
    /// of the code-point walk from its start every `checkpointSpacing` bytes, so a position costs
    /// O(spacing) instead of O(line): one finding per character of such a line stays linear.
    private let checkpoints: [Int: [Checkpoint]]
    static let checkpointSpacing = 256

    struct Checkpoint: Sendable {
        let offset: Int
        let column: Int
    }

    /// One more than the line feeds in `bytes`.
    private static func countLines(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard var next = buffer.baseAddress else { return 1 }
            let end = next + buffer.count
            var lines = 1
            while next < end, let found = memchr(next, 0x0A, end - next) {
                lines += 1
                next = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return lines
        }
    }

    public init(path: String, bytes: [UInt8]) {
        self.init(path: path, number: SourcePaths.shared.number(path), bytes: bytes)
    }

    /// For a text of a path already numbered (`withoutText()`): the path is not looked up again.
    init(path: String, number: SourcePaths.Number, bytes: [UInt8]) {
        self.path = path
        self.fileNumber = number
        self.bytes = bytes
        var starts: [UInt32] = [0]
        // Sized by a first count of the line ends: every file's index is kept while its catalog
        // is, and a guess by length held up to twice the lines.
        let lines = Self.countLines(in: bytes)
        var ascii = LineBits(capacity: lines)
        starts.reserveCapacity(lines)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            while true {
                // memchr finds the line end; the line's bytes are then OR-ed eight at a time.
                var end = buffer.count
                if let found = memchr(base + start, 0x0A, buffer.count - start) {
                    end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                }
                ascii.append(Self.isASCII(UnsafeBufferPointer(rebasing: buffer[start..<end])))
                guard end < buffer.count else { break }
                start = end + 1
                starts.append(UInt32(clamping: start))
            }
        }
        if ascii.count == 0 { ascii.append(true) }
        self.lineStarts = starts
        self.asciiLines = ascii
        var checkpoints: [Int: [Checkpoint]] = [:]
        for line in 0..<starts.count where !ascii[line] {
            let start = Int(starts[line])
            let end = line + 1 < starts.count ? Int(starts[line + 1]) : bytes.count
            guard end - start > 4 * Self.checkpointSpacing else { continue }
            var points: [Checkpoint] = []
            var offset = start
            var column = 1
            var next = start + Self.checkpointSpacing
            while offset < end {
                if offset >= next {
                    points.append(Checkpoint(offset: offset, column: column))
                    next = offset + Self.checkpointSpacing
                }
                offset += Self.sequenceLength(bytes[offset])
                column += 1
            }
            checkpoints[line] = points
        }
        self.checkpoints = checkpoints
    }

    /// The last checkpoint of 0-based `line` at or before `offset` (or at or before `column`).
    private func checkpoint(line: Int, offset: Int? = nil, column: Int? = nil) -> Checkpoint? {
        guard let points = checkpoints[line] else { return nil }
        var low = 0
        var high = points.count
        while low < high {
            let mid = (low + high) / 2
            let before = offset.map { points[mid].offset <= $0 } ?? (points[mid].column <= column!)
            if before { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : points[low - 1]
    }

    public var lineCount: Int { lineStarts.count }

    /// The byte offset where 0-based `line` starts.
    public func lineStart(_ line: Int) -> Int { Int(lineStarts[line]) }

    /// The line index in place, for a reader that turns every node's position into an offset:
    /// each line's start (0-based lines), and one bit a line, set where the line is all ASCII
    /// (its columns are byte counts), 64 lines a word, line 0 in the lowest bit of word 0.
    public func withLineIndex<R>(
        _ body: (_ starts: UnsafeBufferPointer<UInt32>, _ asciiBits: UnsafeBufferPointer<UInt64>) throws -> R
    ) rethrows -> R {
        try lineStarts.withUnsafeBufferPointer { starts in try asciiLines.withWords { try body(starts, $0) } }
    }

    /// The bytes of 1-based `line` without its line end (LF or CRLF).
    public func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = lineStart(line - 1)
        var end = line < lineStarts.count ? lineStart(line) - 1 : bytes.count
        if end > start, end <= bytes.count, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<max(start, end)]
    }

    public func lineText(_ line: Int) -> String {
        String(decoding: lineBytes(line), as: UTF8.self)
    }

    /// Byte offset of a 1-based (line, code-point column) position.
    public func offset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        let start = lineStart(line - 1)
        if asciiLines[line - 1] {
            let end = line < lineStarts.count ? lineStart(line) : bytes.count
            return min(start + column - 1, end)
        }
        if let point = checkpoint(line: line - 1, column: column) {
            return offset(fromLineStart: point.offset, column: column - point.column + 1)
        }
        return offset(fromLineStart: start, column: column)
    }

    /// Walks `column - 1` code points from `start` (a line start, or any code point boundary
    /// with `column` counted from there).
    public func offset(fromLineStart start: Int, column: Int) -> Int {
        var offset = start
        var remaining = column - 1
        while remaining > 0, offset < bytes.count {
            offset += Self.sequenceLength(bytes[offset])
            remaining -= 1
        }
        return min(offset, bytes.count)
    }

    /// 1-based (line, code-point column) of a byte offset.
    public func location(ofOffset offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStart(mid) <= clamped { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var index = lineStart(low)
        if let point = checkpoint(line: low, offset: clamped) {
            column = point.column
            index = point.offset
        }
        while index < clamped {
            index += Self.sequenceLength(bytes[index])
            column += 1
        }
        return SourceLocation(line: low + 1, column: column, offset: clamped)
    }

    public func range(fromOffset start: Int, to end: Int) -> SourceRange {
        SourceRange(file: fileNumber, start: location(ofOffset: start), end: location(ofOffset: end))
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.baseAddress != nil else { return true }
        var seen: UInt64 = 0
        var index = 0
        while index + 8 <= bytes.count {
            seen |= ByteWord.load(bytes, at: index)
            index += 8
        }
        while index < bytes.count {
            seen |= UInt64(bytes[index])
            index += 1
        }
        return ByteWord.isASCII(seen)
    }

    /// Length of a UTF-8 sequence from its lead byte (1 for a stray continuation byte, so
    /// walking never stalls on invalid input).
    @inline(__always)
    public static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }
}
