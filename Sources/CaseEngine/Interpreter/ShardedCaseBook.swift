import Dispatch
import Foundation

/// Cases spread over several `CaseBook`s by family, so that a batch of requests is decided and
/// applied on several cores at once: a day's requests replayed, a store's log rebuilt, an import.
///
/// A case and its sub-cases (`C1`, `C1.1`, `C1.1.2`) always share a book — a request on one may
/// read or change the others — and each book takes its requests in the order given, so the result
/// is the one a single book would give, request for request.
public struct ShardedCaseBook {
    /// One request of a batch: open a case, or ask something of one.
    public enum Request: Sendable {
        case open(CaseOpening, id: String)
        case command(CaseCommand, on: String)

        var caseId: String {
            switch self {
            case .open(_, let id): id
            case .command(_, let id): id
            }
        }
    }

    private var books: [CaseBook]

    /// `shards` books (at least one); by default one per active processor.
    public init(
        _ interpreter: CaseInterpreter, shards: Int = ProcessInfo.processInfo.activeProcessorCount,
        keepsLog: Bool = false
    ) {
        books = (0..<max(1, shards)).map { _ in CaseBook(interpreter, keepsLog: keepsLog) }
    }

    public var shardCount: Int { books.count }
    public var eventCount: Int { books.reduce(0) { $0 + $1.eventCount } }

    /// The case with this id (a copy).
    public subscript(id: String) -> CaseState? { books[shard(of: id)][id] }

    /// The book of a case: its family's, chosen by the id before the first dot.
    func shard(of id: String) -> Int {
        let family = id.utf8.firstIndex(of: UInt8(ascii: ".")).map { String(id[..<$0]) } ?? id
        return Int(CaseIndex.hash(family) % UInt64(books.count))
    }

    public mutating func open(_ opening: CaseOpening, id: String) throws(CaseError) {
        try books[shard(of: id)].open(opening, id: id)
    }

    @discardableResult
    public mutating func handle(_ command: CaseCommand, on id: String) throws(CaseError) -> [CaseEffect] {
        try books[shard(of: id)].handle(command, on: id)
    }

    /// Runs a batch, each book its own requests in their order, the books at once. Returns, per
    /// request, why it was refused (nil: done); a refused request changes nothing.
    public mutating func handle(_ requests: [Request]) -> [CaseError?] {
        var positions = Array(repeating: [Int](), count: books.count)
        for (i, request) in requests.enumerated() { positions[shard(of: request.caseId)].append(i) }
        var outcomes = [CaseError?](repeating: nil, count: requests.count)
        let shardPositions = positions
        books.withUnsafeMutableBufferPointer { books in
            outcomes.withUnsafeMutableBufferPointer { outcomes in
                // Each iteration touches its own book and its own requests' outcomes only.
                let access = Disjoint(books: books, outcomes: outcomes)
                DispatchQueue.concurrentPerform(iterations: access.books.count) { s in
                    for i in shardPositions[s] {
                        do throws(CaseError) {
                            switch requests[i] {
                            case .open(let opening, let id): try access.books[s].open(opening, id: id)
                            case .command(let command, let id): try access.books[s].handle(command, on: id)
                            }
                        } catch {
                            access.outcomes[i] = error
                        }
                    }
                }
            }
        }
        return outcomes
    }

    /// The books and the outcomes, lent to the batch's threads: each thread works on one book and
    /// on the outcomes of that book's requests, so no two touch the same memory.
    private struct Disjoint: @unchecked Sendable {
        let books: UnsafeMutableBufferPointer<CaseBook>
        let outcomes: UnsafeMutableBufferPointer<CaseError?>
    }
}
