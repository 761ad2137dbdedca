import Diagnostics
import Foundation

/// A text in the table of kept texts (`LoadContext.kept`), hashed and compared as its UTF-8
/// bytes. A String's own hash and equality normalise Unicode first, which for Vietnamese text
/// cost more than decoding it; bytes are stricter (only texts written the same are one), and
/// that is all the table needs.
struct KeptText: Hashable {
    let text: String
    private let digest: UInt64

    init(_ text: String) {
        var text = text
        self.digest = text.withUTF8 { ByteDigest.of(UnsafeRawBufferPointer($0)) }
        self.text = text
    }

    static func == (a: KeptText, b: KeptText) -> Bool {
        guard a.digest == b.digest else { return false }
        var x = a.text
        var y = b.text
        return x.withUTF8 { p in
            y.withUTF8 { q in p.count == q.count && memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }
}
