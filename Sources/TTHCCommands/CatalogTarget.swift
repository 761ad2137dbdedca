import ArgumentParser
import CatalogModel
import Diagnostics
import Foundation
import WorkflowCompiler

/// A PATH given on the command line: a catalog directory, or a file inside one.
enum CatalogTarget {
    struct Loaded {
        var catalog: Catalog
        var diagnostics: [Diagnostic]
        var sources: [String: SourceText]
        var fileCount: Int
        /// Set when loaded with `compile: true`.
        var artifact: CompiledCatalog?
    }

    /// Loads the catalog at (or around) `path`; with `compile`, also runs the workflow compiler.
    /// For a file inside a catalog the whole catalog is read (references cross files) and only
    /// that file's diagnostics are kept.
    static func load(_ path: String, compile: Bool = false, language: MessageLanguage = .en) throws -> Loaded {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure.io(language == .vi ? "không có tệp hay thư mục nào: \(path)" : "no such file or directory: \(path)")
        }
        let root: String
        if isDirectory.boolValue {
            root = trimmed(path)
        } else {
            guard let found = catalogRoot(containing: path) else {
                throw CommandFailure.io(language == .vi
                    ? "\(path) không nằm trong một danh mục (không thư mục nào phía trên có catalog.yaml)"
                    : "\(path) is not inside a catalog (no catalog.yaml in any folder above it)")
            }
            root = found
        }
        let result = CatalogLoader().load(root: root)
        var diagnostics = result.diagnostics
        var artifact: CompiledCatalog?
        if compile {
            let filesWithErrors = Set(diagnostics.filter { $0.severity == .error }.map(\.range.file))
            let compiled = WorkflowCompiler().compile(result.catalog, filesWithErrors: filesWithErrors)
            diagnostics = (diagnostics + compiled.diagnostics).sorted()
            artifact = compiled.artifact
        }
        var fileCount = result.fileCount
        if !isDirectory.boolValue {
            let standardized = (path as NSString).standardizingPath
            diagnostics = diagnostics.filter { ($0.range.file as NSString).standardizingPath == standardized }
            fileCount = 1
        }
        return Loaded(catalog: result.catalog, diagnostics: diagnostics, sources: result.catalog.sources, fileCount: fileCount, artifact: artifact)
    }

    /// The nearest folder above `file` that holds a catalog.yaml, spelled so the loader's
    /// paths match the user's.
    static func catalogRoot(containing file: String) -> String? {
        var directory = (file as NSString).deletingLastPathComponent
        while true {
            let candidate = directory.isEmpty ? "." : directory
            if FileManager.default.fileExists(atPath: (candidate as NSString).appendingPathComponent("catalog.yaml")) {
                return candidate
            }
            if directory.isEmpty || directory == "/" || directory == "." { return nil }
            directory = (directory as NSString).deletingLastPathComponent
        }
    }

    static func trimmed(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    /// 2 for unreadable files, 1 for errors, 0 otherwise.
    static func exitStatus(for diagnostics: [Diagnostic]) -> Int32 {
        if diagnostics.contains(where: { $0.code == .ioError }) { return 2 }
        return diagnostics.hasErrors ? 1 : 0
    }
}

/// A failure that is the user's environment or input, not the catalog: printed plainly, exit 2.
enum CommandFailure: Error, CustomStringConvertible {
    case io(String)
    case usage(String)

    var description: String {
        switch self {
        case .io(let message), .usage(let message): message
        }
    }
}
