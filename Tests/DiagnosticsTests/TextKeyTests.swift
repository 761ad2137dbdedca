import Foundation
import Testing

@testable import Diagnostics

/// A text as a key by its bytes: the same bytes are one key; a text Unicode holds equal but
/// written otherwise (decomposed) is another, which is why only normalised texts and caches use it.
struct TextKeyTests {
    @Test func theSameBytesAreOneKey() {
        let name = "Đăng ký khai sinh có yếu tố nước ngoài"
        let copy = String(decoding: Array(name.utf8), as: UTF8.self)
        #expect(TextKey(name) == TextKey(copy))
        #expect(Set([TextKey(name), TextKey(copy)]).count == 1)
        #expect([TextKey(name): 1][TextKey(copy)] == 1)
    }

    @Test func otherTextsAreOtherKeys() {
        #expect(TextKey("hòa giải") != TextKey("hoà giải"))
        #expect(TextKey("abc") != TextKey("abcd"))
        #expect(TextKey("") == TextKey(""))
    }

    @Test func aDecomposedTextIsAnotherKeyThoughStringCallsThemEqual() {
        let precomposed = "Giấy chứng nhận"
        let decomposed = precomposed.decomposedStringWithCanonicalMapping
        #expect(precomposed == decomposed)
        #expect(TextKey(precomposed) != TextKey(decomposed))
        #expect(TextKey(precomposed) == TextKey(decomposed.precomposedStringWithCanonicalMapping))
    }
}
