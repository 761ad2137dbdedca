import Diagnostics

/// Applies fix-its as byte-range edits: every byte outside the edited ranges stays as it was.
public enum FixApplier {
    public struct FixedFile: Sendable {
        public var path: String
        public var original: [UInt8]
        public var fixed: [UInt8]
        /// How many edits were applied (overlapping ones after the first are skipped).
        public var edits: Int
    }

    /// The fix-its of `diagnostics` whose rule or code is in `labels`, applied to each file's bytes.
    public static func apply(_ diagnostics: [Diagnostic], sources: [String: SourceText], labels: Set<String>)
        -> [FixedFile]
    {
        var byFile: [String: [FixIt]] = [:]
        for diagnostic in diagnostics {
            guard labels.contains(diagnostic.label) else { continue }
            for fix in diagnostic.fixIts { byFile[fix.file, default: []].append(fix) }
        }
        return byFile.keys.sorted().compactMap { path in
            guard let source = sources[path], let fixes = byFile[path] else { return nil }
            let (bytes, count) = apply(fixes, to: source.bytes)
            return count == 0 ? nil : FixedFile(path: path, original: source.bytes, fixed: bytes, edits: count)
        }
    }

    /// Edits in offset order; an edit overlapping one already taken is left for the next run.
    static func apply(_ fixes: [FixIt], to bytes: [UInt8]) -> ([UInt8], Int) {
        let ordered = fixes.sorted { ($0.startOffset, $0.endOffset) < ($1.startOffset, $1.endOffset) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var cursor = 0
        var count = 0
        for fix in ordered {
            guard fix.startOffset >= cursor, fix.startOffset <= fix.endOffset, fix.endOffset <= bytes.count else {
                continue
            }
            out += bytes[cursor..<fix.startOffset]
            out += Array(fix.replacement.utf8)
            cursor = fix.endOffset
            count += 1
        }
        out += bytes[cursor...]
        return (out, count)
    }
}
