import TestSupport
import Testing

@testable import CatalogLint

/// The character rules skip every value whose `TextTraits` lack their trait, and the traits skip
/// printable ASCII eight bytes at a time: a trait missed is a finding lost. Each trait is held
/// to the test the rule made on the whole value before.
@Suite struct TextTraitsTests {
    @Test func aFaultAfterSevenOrEightASCIIBytesOrAtTheEndIsSeen() {
        for padding in 0...17 {
            let ascii = String(repeating: "x", count: padding)
            for fault in ["\u{200B}", "\u{202E}", "\u{1B}", "\u{7F}", "\u{00A0}", "\u{00D0}", "\u{0085}", "\t"] {
                expectTraitsAgree(ascii + fault)
                expectTraitsAgree(ascii + fault + "tail of the value")
                expectTraitsAgree("Hộ tịch " + ascii + fault)
            }
            expectTraitsAgree(ascii + "hoà")
            expectTraitsAgree(ascii + "ki\u{0323}\u{0302}m")
        }
    }

    @Test func printableASCIIAndCatalogVietnameseHaveNoTrait() {
        #expect(traits("Civil status registration (first issue)").isEmpty)
        #expect(traits("Đăng ký khai sinh") == .nonASCII)
        #expect(traits("Giải quyết hòa giải") == [.nonASCII, .tonedVowelPair])
        #expect(traits("Hoàn thành toàn bộ ngoài giờ") == .nonASCII)
    }

    @Test func anEscapeIsReadInTheTextAndNFCInTheRawBytes() {
        let raw = Array(#""x\u202Ey\u0301""#.utf8)
        let found = raw.withUnsafeBufferPointer { TextTraits(text: "x\u{202E}y\u{0301}", raw: $0) }
        #expect(found.contains(.controlOrBidi))
        #expect(!found.contains(.mayChangeUnderNFC))
    }

    @Test func bytesNotValidUTF8LeaveTheRawDecisionToTheRules() {
        let found = [0x61, 0xE1, 0xBB].withUnsafeBufferPointer { TextTraits(text: "a", raw: $0) }
        #expect(found.isSuperset(of: [.mayChangeUnderNFC, .tonedVowelPair]))
    }

    @Test func randomValuesAgreeWithTheRulesTests() {
        // Runs of ASCII of every length around a word, the catalog's letters, and one of each
        // character a rule looks for.
        let alphabet: [String] = [
            "a", "o", "u", "e", "y", "Q", "q", "x", "n", "i", "h", " ", "  ", "abcdefg", "abcdefgh", "\n", "\t", "\r",
            "\u{1B}", "\u{7F}",
            "ò", "ỏ", "à", "ả", "ỷ", "Ý", "ệ", "Đ", "ư", "\u{0301}", "\u{0323}", "\u{0302}", "\u{00A0}", "\u{200B}",
            "\u{FEFF}", "\u{3000}", "\u{202E}", "\u{2066}", "\u{061C}", "\u{2028}", "\u{0085}", "\u{00D0}", "\u{0256}",
            "\u{212B}", "\u{1100}", "😀", "–",
        ]
        var random = SeededGenerator(seed: 19)
        for _ in 0..<20_000 {
            let text = (0..<random.int(0...14)).map { _ in alphabet[random.int(0...(alphabet.count - 1))] }.joined()
            expectTraitsAgree(text)
        }
    }

    private func traits(_ text: String) -> TextTraits {
        Array(text.utf8).withUnsafeBufferPointer { TextTraits(text: text, raw: $0) }
    }

    /// Each trait is there exactly when the rule's own test on the whole value holds; the tone
    /// trait whenever `tone-mark-style` would read a syllable.
    private func expectTraitsAgree(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = traits(text)
        let scalars = text.unicodeScalars
        let expected: [(TextTraits, Bool)] = [
            (.nonASCII, text.utf8.contains { $0 >= 0x80 }),
            (.controlOrBidi, scalars.contains(where: ControlOrBidiCharacterRule.isFlagged)),
            (.invisibleSpace, scalars.contains { InvisibleSpaceRule.replacements[$0] != nil }),
            (.lookalikeLetter, scalars.contains { LookalikeLetterRule.replacements[$0] != nil }),
            (.mayChangeUnderNFC, VietnameseText.mayChangeUnderNFC(utf8: text.utf8)),
        ]
        for (trait, holds) in expected {
            #expect(
                found.contains(trait) == holds, "\(trait.rawValue) \(Array(scalars))", sourceLocation: sourceLocation)
        }
        if !VietnameseText.styledSyllables(in: text).isEmpty {
            #expect(found.contains(.tonedVowelPair), "\(Array(scalars))", sourceLocation: sourceLocation)
        }
    }
}
