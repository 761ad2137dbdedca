import Diagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one way a command writes a file (`-o`, `--output`, `--out`, `--write-baseline`, `--fix`).
///
/// The bytes go to a temporary file in the same folder, flushed to disk, then renamed over the
/// path, so a reader sees the old file or the new one and a failed write (a full disk) leaves the
/// old file intact. Only a regular file or a new path is replaced: a device (`-o /dev/full` as
/// root replaced the system's device), a named pipe, a folder or a symbolic link (a link planted
/// in a catalog must not make `--fix` write elsewhere) is refused in words, exit 2.
enum SafeFileWriter {
    static func write(_ bytes: [UInt8], to given: String) throws {
        let path = RunContext.current.path(given)
        var info = stat()
        var mode = mode_t(0o666) & ~currentUmask()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: mode = info.st_mode & 0o7777
            case S_IFLNK:
                throw CommandFailure.io(
                    CommandMessage.willNotWriteLink(path))
            case S_IFDIR:
                throw CommandFailure.io(
                    CommandMessage.willNotWriteFolder(path))
            default:
                throw CommandFailure.io(
                    CommandMessage.willNotWriteSpecial(path))
            }
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((folder + ".\(name).tthc-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(path, errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        var error: Int32 = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                error = n < 0 ? errno : ENOSPC
                break
            }
            written += n
        }
        if error == 0, fchmod(fd, mode) != 0 { error = errno }
        if error == 0, fsync(fd) != 0 { error = errno }
        if close(fd) != 0 && error == 0 { error = errno }
        if error == 0, rename(temporary, path) != 0 { error = errno }
        if error != 0 {
            unlink(temporary)
            throw failure(path, error)
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> CommandFailure {
        let reason = String(cString: strerror(code))
        return .io(
            CommandMessage.writeFailedOldKept(path, reason: reason))
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(fd, buffer, count)
        #else
            Darwin.write(fd, buffer, count)
        #endif
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}
