/// A String as a dictionary or set key by its UTF-8 bytes. String's own hash and `==` normalise
/// Unicode first: about 4,000 instructions to hash a Vietnamese procedure name, where its bytes
/// take a tenth of that. Two texts written differently that Unicode holds equal (NFC and NFD)
/// are two keys here: use it where the texts are normalised already (name keys), or where the
/// table is a cache, whose answer is the same either way.
public struct TextKey: Hashable, Sendable {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public static func == (lhs: TextKey, rhs: TextKey) -> Bool {
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        var (left, right) = (lhs.text, rhs.text)
        return left.withUTF8 { a in right.withUTF8 { b in a.hasSameBytes(as: b) } }
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
