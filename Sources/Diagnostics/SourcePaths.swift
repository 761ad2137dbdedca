import Synchronization

/// Every file path a `SourceRange` has named in this process, each under a number of its own.
/// One number is one path (the same text always gets the same number), so ranges compare and
/// hash by the number. Paths are few (one per catalog file read) and never removed; the case
/// service reads no catalog file, so its table stays empty.
public final class SourcePaths: Sendable {
    public typealias Number = UInt32

    public static let shared = SourcePaths()

    private struct Table {
        var numbers: [String: Number] = [:]
        var paths: [String] = []
    }

    private let table = Mutex(Table())

    private init() {}

    /// The number of `path`, given it now if it has none.
    public func number(_ path: String) -> Number {
        table.withLock { table in
            if let known = table.numbers[path] { return known }
            let number = Number(table.paths.count)
            table.paths.append(path)
            table.numbers[path] = number
            return number
        }
    }

    public func path(_ number: Number) -> String {
        table.withLock { $0.paths[Int(number)] }
    }
}
