import Diagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lists the regular files below a catalog root with readdir (FileManager's enumerator asks for
/// every file's attributes and took a tenth of `tthc check` on the shipped catalog).
///
/// The root is a jail: a catalog comes from pull requests, and a link in one must not make the
/// checker read, print or rewrite a file elsewhere (`/proc/self/environ` into a public CI log).
/// - a link is followed only to a regular file inside the root (by its real path);
/// - a link that leaves the root, a dangling link and a link to a folder are reported, not
///   followed (a folder link inside the root reads files twice, or for ever in a loop);
/// - named pipes, devices and sockets are reported and never opened;
/// - real folders are walked once each; hidden files and folders are skipped.
/// Each entry is looked at once, so the walk is linear in the entries under the root.
enum DirectoryWalker {
    struct Problem: Sendable {
        let code: DiagnosticCode
        /// Relative to the root.
        let relative: String
        /// Where a link points, as the link says it.
        let target: String?
    }

    struct Walk: Sendable {
        var files: [String]
        var problems: [Problem]
    }

    /// Relative paths of the files to read, sorted, and what was not followed; nil if `root`
    /// cannot be opened as a directory.
    static func walk(root: String) -> Walk? {
        guard let top = opendir(root) else { return nil }
        closedir(top)
        guard let jail = realPath(root) else { return nil }
        var walk = Walk(files: [], problems: [])
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? root : root + "/" + relative
            guard let dir = opendir(path) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = Self.name(of: entry)
                if name.hasPrefix(".") { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    // Some file systems do not fill d_type: ask lstat (never following a link).
                    var info = stat()
                    guard lstat(root + "/" + child, &info) == 0 else { continue }
                    type = kind(info.st_mode)
                }
                switch type {
                case Int32(DT_DIR): pending.append(child)
                case Int32(DT_REG): walk.files.append(child)
                case Int32(DT_LNK): follow(child, root: root, jail: jail, into: &walk)
                default: walk.problems.append(Problem(code: .specialFile, relative: child, target: nil))
                }
            }
        }
        walk.files.sort()
        walk.problems.sort { $0.relative < $1.relative }
        return walk
    }

    /// An entry's name, read in place up to its NUL. A `dirent` is as long as its name needs
    /// (`d_reclen`), not `d_name`'s declared 256 bytes: copying the whole array read past the end
    /// of the last entry in readdir's buffer (AddressSanitizer found it in a folder of 5,000 files).
    private static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        return String(cString: (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self))
    }

    /// A link: kept when it resolves to a regular file inside the jail, reported otherwise.
    private static func follow(_ child: String, root: String, jail: String, into walk: inout Walk) {
        let path = root + "/" + child
        let target = linkText(path)
        guard let resolved = realPath(path) else {
            walk.problems.append(Problem(code: .danglingLink, relative: child, target: target))
            return
        }
        guard resolved.hasPrefix(jail == "/" ? "/" : jail + "/") else {
            walk.problems.append(Problem(code: .linkOutsideCatalog, relative: child, target: target))
            return
        }
        var info = stat()
        guard stat(resolved, &info) == 0 else {
            walk.problems.append(Problem(code: .danglingLink, relative: child, target: target))
            return
        }
        switch kind(info.st_mode) {
        case Int32(DT_REG): walk.files.append(child)
        case Int32(DT_DIR): walk.problems.append(Problem(code: .folderLink, relative: child, target: target))
        default: walk.problems.append(Problem(code: .specialFile, relative: child, target: target))
        }
    }

    private static func kind(_ mode: mode_t) -> Int32 {
        switch mode & S_IFMT {
        case S_IFDIR: Int32(DT_DIR)
        case S_IFREG: Int32(DT_REG)
        case S_IFLNK: Int32(DT_LNK)
        default: Int32(DT_FIFO)
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func linkText(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
