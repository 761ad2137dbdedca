import Diagnostics

/// The long texts one thread's loader has kept, one copy each (`LoadContext.kept`), found by
/// their UTF-8 bytes before a String is made of them: most recur (a dossier item's name in many
/// procedures). A String's own hash and equality normalise Unicode first, which for Vietnamese
/// text cost more than decoding it; bytes are stricter (only texts written the same are one),
/// and that is all the table needs.
struct KeptTexts {
    private var byDigest: [UInt64: String] = [:]

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let digest = ByteDigest.of(UnsafeRawBufferPointer(bytes))
        if var known = byDigest[digest] {
            let same = known.withUTF8 { $0.hasSameBytes(as: bytes) }
            // Another text with the same digest (rare) is made as written, not shared.
            return same ? known : String(decoding: bytes, as: UTF8.self)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        byDigest[digest] = text
        return text
    }
}
