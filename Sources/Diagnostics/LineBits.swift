/// One bit for each line of a file (`SourceText`'s "is this line ASCII"): kept for every file
/// of a catalog while it is linted, where an array of `Bool` took a byte a line.
struct LineBits: Sendable {
    private var words: [UInt64]

    init(_ bits: [Bool]) {
        var words = [UInt64](repeating: 0, count: (bits.count + 63) / 64)
        for (index, bit) in bits.enumerated() where bit { words[index / 64] |= 1 << UInt64(index % 64) }
        self.words = words
    }

    subscript(index: Int) -> Bool { words[index / 64] & (1 << UInt64(index % 64)) != 0 }
}
