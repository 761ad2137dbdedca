import Diagnostics

/// A decoder's allowed keys, grouped by UTF-8 length, their bytes in one buffer: a key read from
/// a file is compared with the few allowed keys of its own length only, as bytes, and a key a
/// decoder asks for is found amongst those of its length.
public final class KeyTable: Sendable {
    public let keys: [String]
    /// Every key's bytes, one after another; key `slot`'s start at `starts[slot]`.
    private let bytes: [UInt8]
    private let starts: [Int32]
    /// The slots of the keys of each length, shortest first: those of length `n` are
    /// `slotsByLength[firstOfLength[n] ..< firstOfLength[n + 1]]`.
    private let slotsByLength: [Int32]
    private let firstOfLength: [Int32]

    public init(_ keys: [String]) {
        self.keys = keys
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        for key in keys {
            starts.append(Int32(bytes.count))
            bytes.append(contentsOf: key.utf8)
        }
        let longest = keys.map(\.utf8.count).max() ?? 0
        let bySize = keys.indices.sorted { (keys[$0].utf8.count, $0) < (keys[$1].utf8.count, $1) }
        var firstOfLength = [Int32](repeating: 0, count: longest + 2)
        for length in 0...longest + 1 {
            firstOfLength[length] = Int32(bySize.firstIndex { keys[$0].utf8.count >= length } ?? bySize.count)
        }
        self.bytes = bytes
        self.starts = starts
        self.slotsByLength = bySize.map { Int32($0) }
        self.firstOfLength = firstOfLength
    }

    /// The slots of the keys `length` bytes long.
    private func candidates(ofLength length: Int) -> Range<Int> {
        guard length + 1 < firstOfLength.count else { return 0..<0 }
        return Int(firstOfLength[length])..<Int(firstOfLength[length + 1])
    }

    /// The slot of the key whose bytes are `text`, if one is.
    func slot(ofBytes text: UnsafeBufferPointer<UInt8>) -> Int? {
        let range = candidates(ofLength: text.count)
        guard !range.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { all in
            for at in range {
                let slot = Int(slotsByLength[at])
                let start = Int(starts[slot])
                if UnsafeBufferPointer(rebasing: all[start..<start + text.count]).hasSameBytes(as: text) {
                    return slot
                }
            }
            return nil
        }
    }

    /// The slot of `key`, if it is one of the table's (a decoder's lookup: Strings of up to 15
    /// bytes compare in a word or two).
    public func slot(of key: String) -> Int? {
        for at in candidates(ofLength: key.utf8.count) where keys[Int(slotsByLength[at])] == key {
            return Int(slotsByLength[at])
        }
        return nil
    }
}
