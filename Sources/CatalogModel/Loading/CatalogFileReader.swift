import Diagnostics
import YAMLReader

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one catalog file: opened without blocking (a named pipe swapped in after the walk
/// cannot hang the run), checked to be a regular file and within the size limit before a byte is
/// read (a 400 MB file costs nothing), then read whole.
enum CatalogFileReader {
    enum Outcome {
        case bytes([UInt8])
        case problem(Diagnostic)
    }

    static func contents(of path: String, limits: ReaderLimits) -> Outcome {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .problem(cannotRead(path)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .problem(cannotRead(path)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .problem(
                Diagnostic(
                    .specialFile,
                    LoaderMessage.specialFile,
                    at: .wholeFile(path)))
        }
        let size = Int(info.st_size)
        guard size <= limits.maxFileBytes else { return .problem(limits.fileTooLarge(bytes: size, path: path)) }
        // One byte more than the limit: a file that grew since fstat is still caught.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while count < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return .problem(cannotRead(path)) }
            if n == 0 { break }
            count += n
            // Exactly the size fstat gave, though one byte more was asked for: the end. A second
            // read only to be told so cost a system call a file (71,000 in every province's catalog).
            if count == size { break }
            if count == bytes.count && count <= limits.maxFileBytes {
                bytes.append(contentsOf: repeatElement(0, count: 4096))
            }
        }
        guard count <= limits.maxFileBytes else { return .problem(limits.fileTooLarge(bytes: count, path: path)) }
        bytes.removeLast(bytes.count - count)
        return .bytes(bytes)
    }

    private static func cannotRead(_ path: String) -> Diagnostic {
        Diagnostic(.ioError, LoaderMessage.cannotReadFile, at: .wholeFile(path))
    }
}
