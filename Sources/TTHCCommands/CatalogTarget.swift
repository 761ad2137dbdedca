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

    /// Loads, and with `compile` also runs the workflow compiler's checks.
    static func load(_ path: String, compile: Bool) throws -> Loaded {
        var loaded = try load(path)
        guard compile else { return loaded }
        let full = try load(isFile(path) ? (catalogRoot(containing: path) ?? path) : path)
        let filesWithErrors = Set(full.diagnostics.filter { $0.severity == .error }.map(\.range.file))
        let result = WorkflowCompiler().compile(full.catalog, filesWithErrors: filesWithErrors)
        var compilerDiagnostics = result.diagnostics
        if isFile(path) {
            let standardized = (path as NSString).standardizingPath
            compilerDiagnostics = compilerDiagnostics.filter { ($0.range.file as NSString).standardizingPath == standardized }
        }
        loaded.diagnostics = (loaded.diagnostics + compilerDiagnostics).sorted()
        loaded.artifact = result.artifact
        return loaded
    }

    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    static func load(_ path: String) throws -> Loaded {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure.io("no such file or directory: \(path)")
        }
        if isDirectory.boolValue {
            let result = CatalogLoader().load(root: trimmed(path))
            return Loaded(catalog: result.catalog, diagnostics: result.diagnostics, sources: result.catalog.sources, fileCount: result.fileCount, artifact: nil)
        }
        guard let root = catalogRoot(containing: path) else {
            throw CommandFailure.io("\(path) is not inside a catalog (no catalog.yaml in any folder above it)")
        }
        let result = CatalogLoader().load(root: root)
        let standardized = (path as NSString).standardizingPath
        let mine = result.diagnostics.filter { ($0.range.file as NSString).standardizingPath == standardized }
        return Loaded(catalog: result.catalog, diagnostics: mine, sources: result.catalog.sources, fileCount: 1, artifact: nil)
    }

    /// The nearest folder above `file` that holds a catalog.yaml, spelled so the loader's
    /// paths match the user's.
    static func catalogRoot(containing file: String) -> String? {
        var directory = (file as NSString).deletingLastPathComponent
        while true {
            let candidate = directory.isEmpty ? "." : directory
            if FileManager.default.fileExists(atPath: (candidate as NSString).appendingPathComponent("catalog.yaml")) {
                return directory.isEmpty ? "." : directory
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

/// A failure that is the user's environment, not the catalog: printed plainly, exit 2.
enum CommandFailure: Error, CustomStringConvertible {
    case io(String)
    case usage(String)

    var description: String {
        switch self {
        case .io(let message), .usage(let message): message
        }
    }
}
