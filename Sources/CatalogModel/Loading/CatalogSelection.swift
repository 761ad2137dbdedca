import Diagnostics
import Foundation

/// What a command was asked to read: each path from the command line, placed in its catalog.
///
/// A catalog's root is the nearest folder at or above the path that holds `catalog.yaml`, as git
/// finds `.git`. The whole catalog is always loaded (references cross files) and only the
/// diagnostics of the files asked for are kept, so `x`, `./x`, `/abs/x`, a file, a subfolder and
/// the root give the same diagnostics for the same files. Paths are absolute inside; output shows
/// them relative to the working directory (`PathDisplay`).
public struct CatalogSelection: Sendable, Equatable {
    /// One catalog and the paths asked for inside it.
    public struct Scope: Sendable, Equatable {
        /// The catalog's root folder, absolute, without `.` or `..`.
        public var root: String
        /// Absolute paths of the files and folders asked for; empty for the whole catalog.
        public var requested: [String]

        /// Whether diagnostics in `file` (an absolute path) are wanted.
        public func includes(_ file: String) -> Bool {
            requested.isEmpty || requested.contains { PathText.isSame(file, orInside: $0) }
        }

        /// The paths asked for that name no file tthc reads (`files`: the loader's `files`).
        public func unmatched(by files: [String]) -> [String] {
            let yaml = files.filter(PathText.isYAML)
            return requested.filter { asked in !yaml.contains { PathText.isSame($0, orInside: asked) } }
        }
    }

    public var scopes: [Scope]

    /// Places `arguments` in their catalogs. With no arguments: the catalog around the working
    /// directory, else the `Catalog` folder in it (the shipped one, from a checkout).
    public static func resolve(
        _ arguments: [String], workingDirectory: String = FileManager.default.currentDirectoryPath,
        defaultCatalog: String = "Catalog"
    ) throws(CatalogSelectionError) -> CatalogSelection {
        let cwd = PathText.absolute(workingDirectory, from: "/")
        guard !arguments.isEmpty else {
            if let root = catalogRoot(atOrAbove: cwd) {
                return CatalogSelection(scopes: [Scope(root: root, requested: [])])
            }
            let shipped = PathText.absolute(defaultCatalog, from: cwd)
            guard isDirectory(shipped) else { throw .noCatalogHere(defaultCatalog) }
            guard isFile(PathText.join(shipped, "catalog.yaml")) else { throw .notInCatalog(defaultCatalog) }
            return CatalogSelection(scopes: [Scope(root: shipped, requested: [])])
        }
        var scopes: [Scope] = []
        for argument in arguments {
            let path = PathText.absolute(argument, from: cwd)
            guard FileManager.default.fileExists(atPath: path) else { throw .noSuchPath(argument) }
            guard let root = catalogRoot(atOrAbove: isDirectory(path) ? path : PathText.parent(path)) else {
                throw .notInCatalog(argument)
            }
            let whole = path == root
            if let index = scopes.firstIndex(where: { $0.root == root }) {
                if whole || scopes[index].requested.isEmpty {
                    scopes[index].requested = []
                } else if !scopes[index].requested.contains(path) {
                    scopes[index].requested.append(path)
                }
            } else {
                scopes.append(Scope(root: root, requested: whole ? [] : [path]))
            }
        }
        return CatalogSelection(scopes: scopes)
    }

    /// The nearest folder at or above `directory` (absolute) that holds a catalog.yaml.
    public static func catalogRoot(atOrAbove directory: String) -> String? {
        var folder = directory
        while true {
            if isFile(PathText.join(folder, "catalog.yaml")) { return folder }
            if folder == "/" { return nil }
            folder = PathText.parent(folder)
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    private static func isFile(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && !directory.boolValue
    }
}

/// Why the paths of a command line select no catalog: exit status 2, in the user's language.
public enum CatalogSelectionError: Error, Equatable, Sendable, DiagnosticMessage {
    case noSuchPath(String)
    case notInCatalog(String)
    case noCatalogHere(String)
    /// Paths inside a catalog that name no file tthc reads (a README, an empty folder).
    case noCatalogFile([String])

    public func text(_ language: MessageLanguage) -> String {
        switch (self, language) {
        case (.noSuchPath(let path), .en): "no such file or directory: \(path)"
        case (.noSuchPath(let path), .vi): "không có tệp hay thư mục nào: \(path)"
        case (.notInCatalog(let path), .en):
            "\(path) is not inside a catalog (no catalog.yaml in it or in any folder above it)"
        case (.notInCatalog(let path), .vi):
            "\(path) không nằm trong một danh mục (không có catalog.yaml ở đó hay ở thư mục nào phía trên)"
        case (.noCatalogHere(let path), .en):
            "no catalog here: no catalog.yaml in this folder or any above it, and no \(path) folder; give the catalog's folder"
        case (.noCatalogHere(let path), .vi):
            "không thấy danh mục: thư mục này và các thư mục phía trên không có catalog.yaml, cũng không có thư mục \(path); hãy chỉ ra thư mục của danh mục"
        case (.noCatalogFile(let paths), .en):
            "\(paths.joined(separator: ", ")): no catalog file there (tthc reads the .yaml files of a catalog's folders; see docs/catalog-format.md)"
        case (.noCatalogFile(let paths), .vi):
            "\(paths.joined(separator: ", ")): không có tệp nào của danh mục (tthc đọc các tệp .yaml trong các thư mục của danh mục; xem docs/catalog-format.md)"
        }
    }
}
