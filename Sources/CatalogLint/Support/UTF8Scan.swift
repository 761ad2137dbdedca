import Diagnostics

/// A walk over UTF-8 bytes that decodes only what it must: eight-byte words a test passes
/// (`ByteWord`) are skipped whole, the rest is read scalar by scalar.
enum UTF8Scan {
    /// Calls `body` with each scalar value of `bytes` outside the words `skipping` passes, and
    /// the byte offsets where it starts and ends. Returns false, after reading what it could,
    /// when the bytes are not valid UTF-8 (a truncated or malformed sequence).
    @inline(__always)
    @discardableResult
    static func forEachScalar(
        in bytes: UnsafeBufferPointer<UInt8>, skipping skippable: (UInt64) -> Bool,
        _ body: (_ value: UInt32, _ start: Int, _ end: Int) -> Void
    ) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var i = 0
        while i < count {
            if i + 8 <= count, skippable(ByteWord.load(bytes, at: i)) {
                i += 8
                continue
            }
            // A word that failed is read scalar by scalar to its end before the next test:
            // Vietnamese text fails most words, and a test at every byte would cost more.
            let stop = min(i + 8, count)
            while i < stop {
                let lead = base[i]
                if lead < 0x80 {
                    body(UInt32(lead), i, i + 1)
                    i += 1
                    continue
                }
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
                guard width > 0, i + width <= count else { return false }
                var value = UInt32(lead) & (0x7F >> UInt32(width))
                for k in 1..<width {
                    let next = base[i + k]
                    guard next & 0xC0 == 0x80 else { return false }
                    value = value << 6 | UInt32(next & 0x3F)
                }
                body(value, i, i + width)
                i += width
            }
        }
        return true
    }
}
