/// Tests on eight bytes at once, one unaligned 64-bit read: the walks over a file's bytes (the
/// reader's character checks and marks, the line index, lint's value scan) pass plain ASCII a
/// word at a time and decode only the rest. Inlinable: each is a few instructions in a hot loop.
public enum ByteWord {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` (the caller keeps `offset + 8` within the buffer).
    @inlinable
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    /// Every byte below 0x80.
    @inlinable
    public static func isASCII(_ word: UInt64) -> Bool { word & highBits == 0 }

    /// Every byte printable ASCII (0x20–0x7E): no control character, no DEL, nothing above.
    @inlinable
    public static func isPrintableASCII(_ word: UInt64) -> Bool {
        // With every byte below 0x80: adding 0x01 sets a high bit only for 0x7F, adding 0x60
        // sets one for every byte of 0x20 or more; no byte carries into the next.
        (word | (word &+ ones)) & highBits == 0 && (word &+ ones &* 0x60) & highBits == highBits
    }

    /// The high bit of each byte of the word that is `byte` (the classic zero-byte test on the
    /// word XOR the byte repeated). Zero when none is; otherwise the lowest set bit is exact (a
    /// borrow may mark bytes above it): `trailingZeroBitCount / 8` is the first match's index.
    @inlinable
    public static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let v = word ^ (ones &* UInt64(byte))
        return (v &- ones) & ~v & highBits
    }

    /// How many code points start in the word: its bytes that are not UTF-8 continuation bytes
    /// (10xxxxxx), counted by one multiplication.
    @inlinable
    public static func leadBytes(_ word: UInt64) -> Int {
        let continuations = (word & ~(word << 1) & highBits) >> 7
        return 8 - Int(truncatingIfNeeded: (continuations &* ones) >> 56)
    }
}
