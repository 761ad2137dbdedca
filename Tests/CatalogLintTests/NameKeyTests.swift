import TestSupport
import Testing

@testable import CatalogLint

/// The duplicate-name rules compare procedures by `NameKey`; its table path (`NameScalars`) must
/// give exactly the keys of the general path it stands in for.
@Suite struct NameKeyTests {
    @Test func keysOfACatalogName() {
        let keys = NameKey.Keys("Thủ tục  Đăng ký KHAI SINH,\tcó yếu tố nước ngoài (Hoà Bình)")
        #expect(keys.exact == "thủ tục đăng ký khai sinh, có yếu tố nước ngoài (hoà bình)")
        #expect(keys.loose == "đăng ký khai sinh có yếu tố nước ngoài hòa bình")
    }

    @Test func catalogNamesTakeTheTablePath() {
        #expect(
            NameScalars.exactKey("Cấp Giấy phép xây dựng – nhà ở riêng lẻ") == "cấp giấy phép xây dựng – nhà ở riêng lẻ"
        )
        #expect(NameScalars.words("cấp giấy phép (xây dựng)") == "cấp giấy phép xây dựng")
        // Text the table does not cover is left to the general path.
        #expect(NameScalars.exactKey("Ho\u{0300}a") == nil)
        #expect(NameScalars.exactKey("line\r\nbreak") == nil)
        #expect(NameScalars.exactKey("\u{0130}stanbul") == nil)
    }

    @Test func everyCoveredScalarAgreesWithTheGeneralPath() {
        for scalar in NameScalars.blocks.flatMap({ $0 }).compactMap(Unicode.Scalar.init) {
            for name in ["\(scalar)", "Ab\(scalar)c d", " \(scalar) \(scalar)x "] {
                expectBothPathsAgree(name)
            }
        }
    }

    @Test func randomNamesAgreeWithTheGeneralPath() {
        // Letters of the catalog, white space of several kinds, and what the table leaves out:
        // combining marks, CR LF, a capital whose lower case is two scalars, a wide space.
        let alphabet: [String] = [
            "a", "Đ", "ư", "Ơ", "ả", "Ỷ", "x", "Q", "7", "½", "-", "(", ".", ",", "–", " ", "  ", "\t", "\u{00A0}",
            "\n", "\r\n", "\r", "\u{0301}", "\u{0323}", "\u{0130}", "\u{2003}", "ß", "ǅ", "µ", "ÿ", "thủ tục ",
            "hoà", "hòa", "THUỶ", "quý", "\u{01C5}", "\u{0345}", "Thủ tục ", "thủ tục\u{0301} ", "thu\u{0309} tục ",
        ]
        var random = SeededGenerator(seed: 16)
        for _ in 0..<20_000 {
            let name = (0..<random.int(0...12)).map { _ in alphabet[random.int(0...(alphabet.count - 1))] }.joined()
            expectBothPathsAgree(name)
        }
    }

    private func expectBothPathsAgree(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(
            NameScalars.lowercased(name) ?? name.lowercased() == name.lowercased(), "\(Array(name.unicodeScalars))",
            sourceLocation: sourceLocation)
        let exact = NameKey.exact(name)
        #expect(
            exact == NameKey.exactByCharacters(name), "\(Array(name.unicodeScalars))", sourceLocation: sourceLocation)
        #expect(
            NameScalars.words(exact) ?? NameKey.wordsByCharacters(exact) == NameKey.wordsByCharacters(exact),
            "\(Array(exact.unicodeScalars))", sourceLocation: sourceLocation)
        #expect(
            NameScalars.words(name) ?? NameKey.wordsByCharacters(name) == NameKey.wordsByCharacters(name),
            "\(Array(name.unicodeScalars))", sourceLocation: sourceLocation)
        #expect(
            NameKey.loose(exact: exact) == looseByCharacters(exact), "\(Array(exact.unicodeScalars))",
            sourceLocation: sourceLocation)
    }

    /// `NameKey.loose` with the prefix found by Characters throughout.
    private func looseByCharacters(_ exact: String) -> String {
        var text = NameKey.wordsByCharacters(exact)
        if text.hasPrefix("thủ tục ") { text = String(text.dropFirst("thủ tục ".count)) }
        var result = text
        for syllable in VietnameseText.styledSyllables(in: text).reversed() where syllable.style == .new {
            let bytes = Array(result.utf8)
            result =
                String(decoding: bytes[..<syllable.vowels.lowerBound], as: UTF8.self) + syllable.replacement
                + String(decoding: bytes[syllable.vowels.upperBound...], as: UTF8.self)
        }
        return result
    }
}
