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
        guard data.range(of: Data(code.utf8)) != nil || data.contains(UInt8(ascii: "\\")) else { return false }
        let read = YAMLReader().read(SourceText(path: file, bytes: [UInt8](data)))
        guard let root = read.root, !read.diagnostics.contains(where: { $0.severity == .error }) else { return true }
        return root["code"]?.scalar.map { $0 == code } ?? true
    }
}
