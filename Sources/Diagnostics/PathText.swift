import Foundation

/// Lexical path arithmetic: no symlink is resolved, so a path means what the user typed.
public enum PathText {
    /// `path` made absolute against `base` (absolute), with `.`, `..` and repeated `/` removed.
    public static func absolute(_ path: String, from base: String) -> String {
        // Output names every file of a catalog: most are already absolute and clean.
        if isClean(path) { return path }
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether `path` is what `absolute` makes of it: it starts with `/` and has no empty, `.`
    /// or `..` part (read on the bytes, without splitting).
    static func isClean(_ path: String) -> Bool {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        guard path.utf8.first == slash else { return false }
        var length = 0
        var onlyDots = true
        for byte in path.utf8.dropFirst() {
            if byte == slash {
                if length == 0 || (onlyDots && length <= 2) { return false }
                length = 0
                onlyDots = true
            } else {
                length += 1
                if byte != dot { onlyDots = false }
            }
        }
        return length > 0 && !(onlyDots && length <= 2)
    }

    public static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Whether `path` is `other` or lies inside the folder `other` (both absolute).
    public static func isSame(_ path: String, orInside other: String) -> Bool {
        path == other || path.hasPrefix(other == "/" ? "/" : other + "/")
    }

    public static func isYAML(_ path: String) -> Bool {
        path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    }
}

/// How output names a file: relative to the directory the user ran tthc from when the file lies
/// inside it, absolute otherwise. Applied once, just before rendering; inside, paths are absolute.
public struct PathDisplay: Sendable {
    public var workingDirectory: String

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = PathText.absolute(workingDirectory, from: "/")
    }

    public func callAsFunction(_ path: String) -> String {
        let absolute = PathText.absolute(path, from: workingDirectory)
        if absolute == workingDirectory { return "." }
        let prefix = workingDirectory == "/" ? "/" : workingDirectory + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    /// `diagnostics` with every file named as output shows it, sorted again.
    public func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var d = diagnostic
            d.range.file = self(d.range.file)
            d.notes = d.notes.map { note in
                var n = note
                if let file = note.range?.file { n.range?.file = self(file) }
                return n
            }
            d.fixIts = d.fixIts.map { fix in
                var f = fix
                f.file = self(f.file)
                return f
            }
            return d
        }.sorted()
    }

    /// `sources` keyed by the names output shows.
    public func apply(to sources: [String: SourceText]) -> [String: SourceText] {
        Dictionary(sources.map { (self($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The files of `sources` that `diagnostics` (not yet displayed) or their notes name, keyed by
    /// the names output shows, each read again if its text was let go (`SourceText.reread`): a
    /// report quotes a file only beside a finding, and renaming every file of a clean catalog
    /// cost more than the rest of printing.
    public func apply(to sources: [String: SourceText], quotedBy diagnostics: [Diagnostic]) -> [String: SourceText] {
        var quoted: [String: SourceText] = [:]
        for file in diagnostics.quotedFiles {
            guard let source = sources[file] else { continue }
            quoted[self(file)] = source.isWithoutText ? source.reread() : source
        }
        return quoted
    }
}
