import Diagnostics

/// Bounds that keep hostile input cheap. libyaml itself has none: it nests without limit
/// (and gets quadratic), and a composer that expanded aliases naively would blow up on a
/// "billion laughs" file.
public struct ReaderLimits: Sendable {
    /// Deepest nesting of mappings and lists. The catalog needs about 8.
    public var maxDepth: Int
    /// Most nodes aliases may add to a document, counting every alias as a copy of its anchor
    /// (and each node again in every mapping or list around it). Nodes the file writes out
    /// do not count: `maxFileBytes` bounds them.
    public var maxExpandedNodes: Int
    /// Largest file, in bytes.
    public var maxFileBytes: Int

    public init(maxDepth: Int = 64, maxExpandedNodes: Int = 200_000, maxFileBytes: Int = 8 << 20) {
        self.maxDepth = maxDepth
        self.maxExpandedNodes = maxExpandedNodes
        self.maxFileBytes = maxFileBytes
    }

    public static let catalog = ReaderLimits()
}

extension ReaderLimits {
    /// The diagnostic for a file over `maxFileBytes` (the loader checks the size before reading).
    public func fileTooLarge(bytes: Int, path: String) -> Diagnostic {
        Diagnostic(
            .fileTooLarge,
            ReaderMessage.fileTooLarge(bytes: bytes, limit: maxFileBytes),
            at: .wholeFile(path))
    }
}
