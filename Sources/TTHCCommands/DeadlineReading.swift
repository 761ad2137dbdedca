import CatalogModel
import Diagnostics
import Foundation
import YAMLReader

extension DeadlineCommand {
    /// What a deadline question reads of the catalog. A period (`--add`): the manifest and the
    /// calendar. A procedure: also its own file (named after its code) and what its references
    /// resolve against, not the other procedures; when that is not enough to answer exactly as the
    /// whole catalog would (no file named after the code, the procedure calls another, whose
    /// existence only the whole catalog can tell, or another file mentions the code and may define
    /// it a second time), the whole catalog is read. A batch may ask anything, so it reads everything.
    static func loadCatalog(_ path: String?, procedure: String?, batch: String?) throws -> CatalogTarget.Loaded {
        guard batch == nil else { return try CatalogTarget.load(path) }
        guard let code = procedure else { return try CatalogTarget.load(path, reading: .calendar) }
        let partial = try CatalogTarget.load(path, reading: .procedure(code: code))
        if partial.catalog.procedures[code] != nil,
            !partial.diagnostics.contains(where: { $0.code == .unknownProcedure }),
            !unreadProcedureFiles(of: partial).contains(where: { mayDefine(code, file: $0) })
        {
            return partial
        }
        return try CatalogTarget.load(path)
    }

    /// The procedure files the walk found that the partial read skipped.
    private static func unreadProcedureFiles(of loaded: CatalogTarget.Loaded) -> [String] {
        let root = loaded.catalog.root.hasSuffix("/") ? loaded.catalog.root : loaded.catalog.root + "/"
        return loaded.check.loaded.files.filter { file in
            guard loaded.catalog.sources[file] == nil, file.hasPrefix(root) else { return false }
            return CatalogFileKind.classify(String(file.dropFirst(root.count))) == .procedure
        }
    }

    /// Whether a file could define `code` (a misplaced copy, which the whole catalog reports as
    /// defined twice): its bytes spell the code, or hold an escape that could spell it another way,
    /// and its `code:` says so or cannot be read (the whole catalog's read reports why). A file that
    /// only calls the procedure is not one.
    private static func mayDefine(_ code: String, file: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: file) else { return true }
        // Every other procedure file is searched, so the search is memchr/memcmp over the bytes
        // (Data's own search walks them through a generic iterator, ten times slower).
        let bytes = [UInt8](data)
        guard contains(Array(code.utf8), in: bytes) || contains([UInt8(ascii: "\\")], in: bytes) else { return false }
        let read = YAMLReader().read(SourceText(path: file, bytes: bytes))
        guard let root = read.root, !read.diagnostics.contains(where: { $0.severity == .error }) else { return true }
        return root["code"]?.scalar.map { $0 == code } ?? true
    }

    /// Whether `needle` (not empty) occurs in `haystack`: memchr finds each candidate first byte.
    private static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress, let first = pin.first else { return false }
                var offset = 0
                while hay.count - offset >= pin.count {
                    guard let hit = memchr(base + offset, Int32(first), hay.count - offset - pin.count + 1) else {
                        return false
                    }
                    let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                    if memcmp(base + at, pin.baseAddress!, pin.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }
}
