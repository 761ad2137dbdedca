/// One bit for each line of a file (`SourceText`'s "is this line ASCII"): kept for every file
/// of a catalog while it is linted, where an array of `Bool` took a byte a line.
struct LineBits: Sendable {
    private var words: [UInt64] = []
    private(set) var count = 0

    init(capacity: Int) {
        words.reserveCapacity((capacity + 63) / 64)
    }

    mutating func append(_ bit: Bool) {
        if count % 64 == 0 { words.append(0) }
        if bit { words[count / 64] |= 1 << UInt64(count % 64) }
        count += 1
    }

    subscript(index: Int) -> Bool { words[index / 64] & (1 << UInt64(index % 64)) != 0 }

    /// The bits in place, 64 lines a word, line 0 in the lowest bit of word 0.
    func withWords<R>(_ body: (UnsafeBufferPointer<UInt64>) throws -> R) rethrows -> R {
        try words.withUnsafeBufferPointer(body)
    }
}
