import Diagnostics
import Foundation

/// Vietnamese letters as base vowel + tone, for the tone-placement rule, and NFC checks.
enum VietnameseText {
    /// The five tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng.
    static let tones: [Unicode.Scalar] = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]

    struct Letter: Hashable {
        /// The vowel without its tone, lower-case (`a`, `e`, `o`, `u`, `y`).
        var base: Character
        var upper: Bool
        /// Index into `tones`, nil for the level tone (no mark).
        var tone: Int?
    }

    /// The plain vowels whose tone placement differs between styles, with every tone, in NFC
    /// (each one scalar): a flat table by scalar value, since every one is below U+1F00.
    private static let table: (byScalar: [Letter?], byLetter: [Letter: Character]) = {
        var byScalar = [Letter?](repeating: nil, count: 0x1F00)
        var byLetter: [Letter: Character] = [:]
        for base in ["a", "e", "o", "u", "y"] {
            for upper in [false, true] {
                for tone in [nil] + Array(0..<tones.count) {
                    var text = upper ? base.uppercased() : base
                    if let tone { text.unicodeScalars.append(tones[tone]) }
                    let composed = text.precomposedStringWithCanonicalMapping
                    let letter = Letter(base: Character(base), upper: upper, tone: tone)
                    if let scalar = composed.unicodeScalars.first, composed.unicodeScalars.count == 1,
                        scalar.value < 0x1F00
                    {
                        byScalar[Int(scalar.value)] = letter
                    }
                    byLetter[letter] = Character(composed)
                }
            }
        }
        return (byScalar, byLetter)
    }()

    static func letter(_ s: Unicode.Scalar) -> Letter? { letter(s.value) }
    static func letter(_ value: UInt32) -> Letter? { value < 0x1F00 ? table.byScalar[Int(value)] : nil }
    static func character(_ l: Letter) -> Character? { table.byLetter[l] }

    private static let consonants = Set("bcdđghklmnprstvxBCDĐGHKLMNPRSTVX".unicodeScalars)

    enum ToneStyle: String {
        /// hòa, hòe, thủy: the mark on the first vowel of oa, oe, uy.
        case old
        /// hoà, hoè, thuỷ: the mark on the second vowel.
        case new
    }

    /// Whether each scalar below U+1F00 is alphabetic, asked of Unicode once: the catalog's
    /// letters are all there, and a property lookup per scalar was most of this rule's time.
    private static let alphabeticBelow1F00: [Bool] = (0..<0x1F00).map {
        Unicode.Scalar(UInt32($0)).map { letter($0) != nil || $0.properties.isAlphabetic } ?? false
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x1F00 ? alphabeticBelow1F00[Int(s.value)] : s.properties.isAlphabetic
    }

    typealias StyledSyllable = (style: ToneStyle, word: Range<Int>, vowels: Range<Int>, replacement: String)

    /// Whether the scalar `value` at `range` of UTF-8 `bytes` may be half of a syllable
    /// `styledSyllables` reads: a toned vowel with a plain one on the side that pairs with it
    /// (o or u before; a, e or y after), and no ASCII letter after the pair, which ends the word.
    /// Read on bytes: most text has no such pair, and is then never decoded.
    static func mayEndStyledSyllable(_ value: UInt32, at range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard value >= 0x80, let letter = letter(value), letter.tone != nil else { return false }
        func byte(_ i: Int) -> UInt8 { i >= 0 && i < bytes.count ? bytes[i] : 0 }
        func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        let before = byte(range.lowerBound - 1) | 0x20
        let after = byte(range.upperBound)
        let opened = (before == UInt8(ascii: "o") || before == UInt8(ascii: "u")) && !isASCIILetter(after)
        let closing = after | 0x20
        let closed =
            (closing == UInt8(ascii: "a") || closing == UInt8(ascii: "e") || closing == UInt8(ascii: "y"))
            && !isASCIILetter(byte(range.upperBound + 1))
        return opened || closed
    }

    /// Whether `text` may hold a syllable `styledSyllables` reads (`mayEndStyledSyllable`).
    static func mayHoldStyledSyllable(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var found = false
            let valid = UTF8Scan.forEachScalar(in: bytes, skipping: ByteWord.isASCII) { value, start, end in
                if !found, mayEndStyledSyllable(value, at: start..<end, in: bytes) { found = true }
            }
            return found || !valid
        }
    }

    /// The syllables of `text` whose spelling shows a tone-placement style: open syllables ending
    /// in oa, oe or uy (not after q, where u belongs to the consonant), with a tone mark.
    /// Offsets are UTF-8 offsets into `text`; `vowels` covers the two vowels only. Works on
    /// scalars: NFC Vietnamese letters are one scalar each (text not in NFC is unicode-nfc's).
    static func styledSyllables(in text: String) -> [StyledSyllable] {
        var result: [StyledSyllable] = []
        var word = WordTail()
        var offset = 0
        for s in text.unicodeScalars {
            let width = s.value < 0x80 ? 1 : s.value < 0x800 ? 2 : s.value < 0x10000 ? 3 : 4
            if isLetter(s) {
                word.append(s, at: offset)
            } else if word.count > 0 {
                if let syllable = styledSyllable(word, end: offset) { result.append(syllable) }
                word = WordTail()
            }
            offset += width
        }
        if word.count > 0, let syllable = styledSyllable(word, end: offset) { result.append(syllable) }
        return result
    }

    /// A word being read: where it starts and its last three letters with their offsets.
    private struct WordTail {
        var start = 0
        var count = 0
        /// Third to last, second to last, last (a tuple: a word is read without allocating).
        var letters: (Letter3, Letter3, Letter3) = (("\0", 0), ("\0", 0), ("\0", 0))
        typealias Letter3 = (scalar: Unicode.Scalar, offset: Int)

        mutating func append(_ scalar: Unicode.Scalar, at offset: Int) {
            if count == 0 { start = offset }
            letters = (letters.1, letters.2, (scalar, offset))
            count += 1
        }

        /// The letter `k` places from the end (1 is the last); `k` at most 3 and `count`.
        func fromEnd(_ k: Int) -> Letter3 { k == 1 ? letters.2 : k == 2 ? letters.1 : letters.0 }
    }

    /// The word's styled syllable, if its last two letters make one.
    private static func styledSyllable(_ word: WordTail, end: Int) -> StyledSyllable? {
        guard word.count >= 2, let first = letter(word.fromEnd(2).scalar), let second = letter(word.fromEnd(1).scalar)
        else { return nil }
        let isUY = first.base == "u" && second.base == "y"
        guard isUY || first.base == "o" && (second.base == "a" || second.base == "e") else { return nil }
        if word.count >= 3 {
            let before = word.fromEnd(3).scalar
            guard consonants.contains(before), !(isUY && (before == "q" || before == "Q")) else { return nil }
        }
        let style: ToneStyle
        switch (first.tone, second.tone) {
        case (_?, nil): style = .old
        case (nil, _?): style = .new
        default: return nil
        }
        // The other style moves the mark to the other vowel, which has none: the two tones swap.
        var moved = (first, second)
        (moved.0.tone, moved.1.tone) = (second.tone, first.tone)
        guard let a = character(moved.0), let b = character(moved.1) else { return nil }
        return (style, word.start..<end, word.fromEnd(2).offset..<end, String([a, b]))
    }

    /// Runs of characters that are not in NFC, as UTF-8 offset ranges into `text`, with their NFC form.
    static func nonNFCRuns(in text: String) -> [(range: Range<Int>, nfc: String)] {
        guard text.unicodeScalars.contains(where: mayChangeUnderNFC) else { return [] }
        var runs: [(Range<Int>, String)] = []
        var offset = 0
        var runStart: Int?
        var runText = ""
        func close() {
            if let start = runStart { runs.append((start..<offset, runText.precomposedStringWithCanonicalMapping)) }
            runStart = nil
            runText = ""
        }
        for c in text {
            let s = String(c)
            // Normalising sorts a letter's marks in quadratic time: a letter with more marks than
            // Unicode's stream-safe limit (30) is no Vietnamese letter and is left alone.
            if s.unicodeScalars.count <= maximumMarks + 1, s.unicodeScalars.contains(where: mayChangeUnderNFC),
                !s.unicodeScalars.elementsEqual(s.precomposedStringWithCanonicalMapping.unicodeScalars)
            {
                if runStart == nil { runStart = offset }
                runText += s
            } else {
                close()
            }
            offset += c.utf8.count
        }
        close()
        return runs
    }

    /// Whether UTF-8 `bytes` may hold text that NFC changes, read on the bytes: false when every
    /// scalar is below U+0300 or a precomposed letter of U+1E00–U+1EFF (Vietnamese's), which no
    /// normalisation changes. True sends the text to `nonNFCRuns`, which decides.
    static func mayChangeUnderNFC(utf8 bytes: some Sequence<UInt8>) -> Bool {
        // Bytes below 0xCC are ASCII, continuation bytes or leads of U+0080–U+02FF; 0xE1 leads
        // U+1E00–U+1EFF when the next byte is 0xB8–0xBB.
        var afterE1 = false
        for byte in bytes {
            if afterE1 {
                guard (0xB8...0xBB).contains(byte), latinExtendedAdditionalIsStable else { return true }
                afterE1 = false
            } else if byte >= 0xCC {
                guard byte == 0xE1 else { return true }
                afterE1 = true
            }
        }
        return afterE1
    }

    /// `mayChangeUnderNFC(utf8:)` for one scalar value: what its bytes would answer.
    static func mayChangeUnderNFC(_ value: UInt32) -> Bool {
        value >= 0x300 && !((0x1E00...0x1EFF).contains(value) && latinExtendedAdditionalIsStable)
    }

    /// Checked once, from Unicode's own properties, rather than assumed.
    private static let latinExtendedAdditionalIsStable = (0x1E00...0x1EFF).allSatisfy {
        !mayChangeUnderNFC(Unicode.Scalar(UInt32($0))!)
    }

    /// Unicode's stream-safe text format allows at most 30 combining marks in a row (UAX #15).
    static let maximumMarks = 30

    /// A cheap filter: only combining marks, composition exclusions (singletons such as the
    /// Ångström sign) and Hangul jamo can change under NFC.
    private static func mayChangeUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        let p = scalar.properties
        return p.canonicalCombiningClass != .notReordered || p.isFullCompositionExclusion
            || (0x1100...0x11FF).contains(scalar.value)
    }
}
