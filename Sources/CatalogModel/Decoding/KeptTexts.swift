import Diagnostics

/// The long texts one thread's loader has kept, one copy each (`LoadContext.kept`), found by
/// their UTF-8 bytes before a String is made of them: most recur (a dossier item's name in many
/// procedures). A String's own hash and equality normalise Unicode first, which for Vietnamese
/// text cost more than decoding it; bytes are stricter (only texts written the same are one),
/// and that is all the table needs.
///
/// An open-addressing table on the texts' digests: the digest is already a hash, so hashing it
/// again (as a Dictionary keyed by it does, with SipHash) cost more than the rest of a lookup.
struct KeptTexts {
    /// Digests by slot, 0 for an empty slot (a digest of 0 is stored as 1); a power of two long.
    private var digests: [UInt64] = []
    private var texts: [String] = []
    private var count = 0

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let computed = ByteDigest.of(UnsafeRawBufferPointer(bytes))
        let digest = computed == 0 ? 1 : computed
        if count * 2 >= digests.count { grow() }
        let mask = digests.count - 1
        var slot = Self.slot(of: digest, mask: mask)
        while digests[slot] != 0 {
            if digests[slot] == digest {
                var known = texts[slot]
                let same = known.withUTF8 { $0.hasSameBytes(as: bytes) }
                // Another text with the same digest (rare) is made as written, not shared.
                return same ? known : String(decoding: bytes, as: UTF8.self)
            }
            slot = (slot + 1) & mask
        }
        let text = String(decoding: bytes, as: UTF8.self)
        digests[slot] = digest
        texts[slot] = text
        count += 1
        return text
    }

    /// The digest's high bits, spread by Fibonacci hashing: FNV's low bits vary too little.
    private static func slot(of digest: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (digest &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func grow() {
        let capacity = max(1024, digests.count * 2)
        var newDigests = [UInt64](repeating: 0, count: capacity)
        var newTexts = [String](repeating: "", count: capacity)
        let mask = capacity - 1
        for (digest, text) in zip(digests, texts) where digest != 0 {
            var slot = Self.slot(of: digest, mask: mask)
            while newDigests[slot] != 0 { slot = (slot + 1) & mask }
            newDigests[slot] = digest
            newTexts[slot] = text
        }
        digests = newDigests
        texts = newTexts
    }
}
