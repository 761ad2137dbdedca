import Diagnostics
import Foundation

/// What the character rules look for in one value, found in one pass over its decoded text and
/// one over its raw bytes when the file is read for lint, so each rule skips the values it
/// cannot flag without decoding them again. A trait is a necessary condition, never a finding:
/// the rule still decides on the value's text. Runs of printable ASCII are skipped eight bytes
/// at a time: none holds a control character, an invisible space, a look-alike letter, a tone
/// mark or text that NFC changes.
struct TextTraits: OptionSet, Sendable {
    let rawValue: UInt8

    /// The text has a byte of U+0080 or above.
    static let nonASCII = TextTraits(rawValue: 1 << 0)
    /// The text has a character `control-or-bidi-character` flags.
    static let controlOrBidi = TextTraits(rawValue: 1 << 1)
    /// The text has a character `invisible-space` replaces.
    static let invisibleSpace = TextTraits(rawValue: 1 << 2)
    /// The text has a letter `lookalike-letter` replaces.
    static let lookalikeLetter = TextTraits(rawValue: 1 << 3)
    /// The raw bytes may hold text that NFC changes (`VietnameseText.mayChangeUnderNFC`).
    static let mayChangeUnderNFC = TextTraits(rawValue: 1 << 4)
    /// The raw bytes may hold a syllable `tone-mark-style` reads (`VietnameseText.mayEndStyledSyllable`).
    static let tonedVowelPair = TextTraits(rawValue: 1 << 5)
    /// Everything the raw bytes can show, for bytes not valid UTF-8 (the rules then decide).
    private static let everyRawTrait: TextTraits = [.mayChangeUnderNFC, .tonedVowelPair]

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The traits of a value's decoded `text` and of the `raw` bytes it was written with.
    init(text: String, raw: UnsafeBufferPointer<UInt8>) {
        var text = text
        self = text.withUTF8 { bytes in
            // Most values are written as they read (plain, one line): one walk reads both.
            if bytes.hasSameBytes(as: raw) {
                return Self.scan(bytes, text: true, raw: true)
            }
            return Self.scan(bytes, text: true, raw: false).union(Self.scan(raw, text: false, raw: true))
        }
    }

    /// The text's traits (read on the decoded text, which escapes of a quoted value may have
    /// changed) and the raw traits (on the bytes `unicode-nfc` and `tone-mark-style` read).
    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, text: Bool, raw: Bool) -> TextTraits {
        var traits: TextTraits = []
        // Control characters are ASCII too: the text's walk skips printable ASCII only.
        let skippable = { (word: UInt64) in text ? ByteWord.isPrintableASCII(word) : ByteWord.isASCII(word) }
        let valid = UTF8Scan.forEachScalar(in: bytes, skipping: skippable) { value, start, end in
            // Printable ASCII has no trait; most of a Vietnamese value's bytes are.
            if value >= 0x20 && value < 0x7F { return }
            if text, let scalar = Unicode.Scalar(value) {
                if ControlOrBidiCharacterRule.isFlagged(scalar) { traits.insert(.controlOrBidi) }
                if value >= 0x80 {
                    traits.insert(.nonASCII)
                    if InvisibleSpaceRule.isReplaced(scalar) { traits.insert(.invisibleSpace) }
                    if LookalikeLetterRule.isLookalike(scalar) { traits.insert(.lookalikeLetter) }
                }
            }
            if raw, value >= 0x80 {
                if VietnameseText.mayChangeUnderNFC(value) { traits.insert(.mayChangeUnderNFC) }
                if VietnameseText.mayEndStyledSyllable(value, at: start..<end, in: bytes) {
                    traits.insert(.tonedVowelPair)
                }
            }
        }
        return valid || !raw ? traits : traits.union(everyRawTrait)
    }
}
