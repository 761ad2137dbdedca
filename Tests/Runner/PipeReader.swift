import Foundation

/// Reads a pipe to its end on a thread of its own, while the caller reads the child's other pipe.
/// Not a dispatch queue: with the tests running in parallel, a blocking read could wait there for
/// a worker thread while the child waited for it.
final class PipeReader: @unchecked Sendable {
    // Written once by the reading thread before `done` is left; read after `wait` returns.
    private var data = Data()
    private let done = DispatchGroup()

    init(_ handle: FileHandle) {
        done.enter()
        let thread = Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.leave()
        }
        thread.start()
    }

    /// Everything the pipe carried, once the writer has closed it.
    func wait() -> Data {
        done.wait()
        return data
    }
}
