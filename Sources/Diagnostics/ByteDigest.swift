/// A 64-bit digest of bytes that notices a change (a file edited between a check and its report)
/// or tells texts apart in a table (`CatalogModel`'s kept texts): not one that resists a forger,
/// nobody gains by it. Eight bytes at a time, FNV-1a's prime over words.
public enum ByteDigest {
    public static func of(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(raw.count)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            hash ^= hash >> 29
            offset += 8
        }
        while offset < raw.count {
            hash = (hash ^ UInt64(raw[offset])) &* prime
            offset += 1
        }
        return hash
    }
}
