import Foundation

/// Reads a pipe to its end on another thread, while the caller reads the child's other pipe.
final class PipeReader: @unchecked Sendable {
    // Written once by the reading thread before `done` is left; read after `wait` returns.
    private var data = Data()
    private let done = DispatchGroup()

    init(_ handle: FileHandle) {
        done.enter()
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.leave()
        }
    }

    /// Everything the pipe carried, once the writer has closed it.
    func wait() -> Data {
        done.wait()
        return data
    }
}
