import Diagnostics
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one run of tthc sees of the world: its arguments, working directory, environment and
/// standard streams. The process's by default; `TTHC.main(context:)` binds another for one
/// run, so a test runs a command line in process and in parallel with others (actionlint's
/// `Command{Stdout: &buf}.Main(args)`). Commands reach it as `RunContext.current`, never through
/// the process's globals.
public struct RunContext: Sendable {
    public var arguments: [String]
    public var workingDirectory: String
    public var environment: [String: String]
    public var output: OutputSink
    public var error: OutputSink
    /// Standard input, read as a stream (`deadline --batch -`).
    public var inputDescriptor: Int32
    /// Whether the run is the process itself, which may then become another program
    /// (`tthc serve` runs `tthc-serve` in its place); a run inside a test may not.
    public var ownsProcess = false

    public init(
        arguments: [String], workingDirectory: String, environment: [String: String],
        output: OutputSink, error: OutputSink, inputDescriptor: Int32
    ) {
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.output = output
        self.error = error
        self.inputDescriptor = inputDescriptor
    }

    /// This process's.
    public static var process: RunContext {
        var context = RunContext(
            arguments: CommandLine.arguments, workingDirectory: FileManager.default.currentDirectoryPath,
            environment: ProcessInfo.processInfo.environment, output: .descriptor(STDOUT_FILENO),
            error: .descriptor(STDERR_FILENO), inputDescriptor: STDIN_FILENO)
        context.ownsProcess = true
        return context
    }

    @TaskLocal public static var current: RunContext = .process

    /// A path the user gave, as the file system must see it: relative paths are relative to the
    /// run's working directory, which is not the process's when run in process.
    public func path(_ given: String) -> String {
        // The process resolves relative paths against its own directory; only a run bound to
        // another directory needs them joined (so messages keep the path as the user wrote it).
        guard !given.hasPrefix("/"), workingDirectory != FileManager.default.currentDirectoryPath else { return given }
        return PathText.absolute(given, from: workingDirectory)
    }

    /// Keeps `value` alive until the process exits, when the run is the process: a catalog's
    /// hundreds of thousands of objects are then not freed one by one just before the exit frees
    /// them at once (as clang's `-disable-free` does). A run inside a test frees them as usual.
    public func keepUntilExit(_ value: some Sendable) {
        guard ownsProcess else { return }
        keptUntilExit.withLock { $0.append(value) }
    }

    /// Files named relative to the run's working directory.
    public var pathDisplay: PathDisplay { PathDisplay(workingDirectory: workingDirectory) }

    /// Colour is wanted on a terminal, unless NO_COLOR is set (https://no-color.org).
    public var colorOnTerminal: Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return output.isTerminal
    }
}

/// What `keepUntilExit` holds; never emptied.
private let keptUntilExit = Mutex<[any Sendable]>([])

/// Where a stream's bytes go: a file descriptor, or a buffer a test reads afterwards.
public final class OutputSink: @unchecked Sendable {
    private let descriptor: Int32?
    private let lock = NSLock()
    private var buffer: [UInt8] = []

    private init(descriptor: Int32?) {
        self.descriptor = descriptor
    }

    public static func descriptor(_ fd: Int32) -> OutputSink { OutputSink(descriptor: fd) }
    public static func capture() -> OutputSink { OutputSink(descriptor: nil) }

    public var isTerminal: Bool { descriptor.map { isatty($0) == 1 } ?? false }

    public func write(_ text: String) {
        write(Array(text.utf8))
    }

    public func write(_ bytes: [UInt8]) {
        guard let descriptor else {
            lock.lock()
            buffer += bytes
            lock.unlock()
            return
        }
        writeAll(descriptor, bytes)
    }

    /// What was written, for a captured stream.
    public var captured: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }
}

/// Writes every byte to a file descriptor, retrying short writes.
func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
            let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return  // a closed pipe: nothing more can be written
            }
            offset += n
        }
    }
}
