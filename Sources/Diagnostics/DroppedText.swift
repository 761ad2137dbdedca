import Foundation

/// A run that quotes few files (`check`: a report quotes only the files of its findings) lets
/// each file's text go once the file is decoded, keeping its length and a digest; a report reads
/// the files it quotes again (`PathDisplay.apply(to:quotedBy:)`), and quotes one only if it still
/// holds what was checked. The bytes
/// of every file were a sixth of `check`'s memory on a national catalog.
extension SourceText {
    /// This file without its bytes.
    public func withoutText() -> SourceText {
        var text = SourceText(path: path, number: fileNumber, bytes: [])
        text.dropped = (bytes.count, Self.digest(bytes))
        return text
    }

    /// Whether the bytes were let go (`withoutText()`).
    public var isWithoutText: Bool { dropped != nil }

    /// The file's text read again, when it was let go and the file still has the bytes that were
    /// read (the same length and digest); else this text as it is (a report then quotes no line).
    public func reread() -> SourceText {
        guard let dropped, let data = FileManager.default.contents(atPath: path), data.count == dropped.count else {
            return self
        }
        let bytes = [UInt8](data)
        guard Self.digest(bytes) == dropped.digest else { return self }
        return SourceText(path: path, bytes: bytes)
    }

    static func digest(_ bytes: [UInt8]) -> Int {
        Int(truncatingIfNeeded: bytes.withUnsafeBytes(ByteDigest.of))
    }
}

extension [Diagnostic] {
    /// The files the diagnostics and their notes point into: the files a report quotes.
    public var quotedFiles: Set<String> {
        var files: Set<String> = []
        for diagnostic in self {
            files.insert(diagnostic.range.file)
            for note in diagnostic.notes { if let file = note.range?.file { files.insert(file) } }
        }
        return files
    }
}
