import Testing

@testable import CatalogLint

/// `placeholder-text` reads a value eight bytes at a time: a marker is found wherever it falls
/// against those words (its first byte, its last, across two of them, at the value's ends), as a
/// byte-by-byte reading finds it.
@Suite struct PlaceholderTextTests {
    /// The byte-by-byte reading: a marker with no ASCII letter, digit or underscore touching it.
    static func naive(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func isWord(_ i: Int) -> Bool {
            guard i >= 0, i < bytes.count else { return false }
            let c = Character(Unicode.Scalar(bytes[i]))
            return bytes[i] < 0x80 && (c.isLetter || c.isNumber || c == "_")
        }
        for marker in ["TODO", "FIXME"].map({ Array($0.utf8) }) where bytes.count >= marker.count {
            for i in 0...(bytes.count - marker.count) where Array(bytes[i..<(i + marker.count)]) == marker {
                if !isWord(i - 1) && !isWord(i + marker.count) { return true }
            }
        }
        return false
    }

    @Test(arguments: ["TODO", "FIXME", "TODOS", "xTODO", "TODO_", "(TODO)", "todo", "TOD", "FIXM", "Tờ khai TODO"])
    func aMarkerIsFoundAtEveryPlaceInTheWords(_ marker: String) {
        for before in 0...17 {
            for after in 0...9 {
                for filler in ["Thủ tục ", "abcdefgh", "T F T F "] {
                    let text =
                        String(repeating: filler, count: 3).prefix(before) + marker
                        + String(repeating: filler, count: 2).prefix(after)
                    let value = String(text)
                    #expect(PlaceholderTextRule.holdsPlaceholder(value) == Self.naive(value), "\(value)")
                }
            }
        }
    }
}
