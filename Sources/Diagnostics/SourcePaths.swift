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
            // One hash for a new path (every file a catalog reads is one): given the next number,
            // and given its own back in the rare case that it had one.
            let number = Number(table.paths.count)
            if let known = table.numbers.updateValue(number, forKey: path) {
                table.numbers[path] = known
                return known
            }
            table.paths.append(path)
            return number
        }
    }

    public func path(_ number: Number) -> String {
        table.withLock { $0.paths[Int(number)] }
    }
}
