#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the regular files below a directory with readdir: FileManager's enumerator asks for
/// every file's attributes and took a tenth of `tthc check` on the shipped catalog.
enum DirectoryWalker {
    /// Relative paths of regular files, skipping hidden files and folders; nil if `root` cannot
    /// be opened as a directory.
    static func regularFiles(under root: String) -> [String]? {
        guard let top = opendir(root) else { return nil }
        closedir(top)
        var files: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? root : root + "/" + relative
            guard let dir = opendir(path) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR): pending.append(child)
                case Int32(DT_REG): files.append(child)
                case Int32(DT_UNKNOWN), Int32(DT_LNK):
                    // Some file systems do not fill d_type; ask stat (following links).
                    var info = stat()
                    if stat(root + "/" + child, &info) == 0 {
                        if (info.st_mode & S_IFMT) == S_IFDIR { pending.append(child) } else if (info.st_mode & S_IFMT) == S_IFREG { files.append(child) }
                    }
                default: break
                }
            }
        }
        return files.sorted()
    }
}
