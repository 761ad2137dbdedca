/// What `NameKey` (and `DeadlineWording`, for lower case) asks of a scalar that is a character of
/// its own (Latin up to U+024F but CR, the precomposed letters of U+1E00–U+1EFF, and the dashes,
/// quotes and dots of U+2010–U+2027: every name of the shipped catalog is written with these
/// alone), looked up in a table instead of asked of `Character` each time. The table is made
/// once from the very properties the general path asks, so both paths give the same keys
/// (`NameKeyTests` compares them on every such scalar and on random names).
struct NameScalars {
    private struct Entry {
        /// The lower-case scalar, or nil when lower-casing gives more than one scalar or one
        /// outside these ranges (İ gives i + a combining dot): such a name takes the general path.
        var lower: Unicode.Scalar?
        var isWhitespace: Bool
        var isLetterOrNumber: Bool
    }

    /// The blocks covered, each followed by the next in `entries`. None holds a combining mark
    /// or a joiner, which attach to their neighbours.
    static let blocks: [ClosedRange<UInt32>] = [latin, vietnamese, punctuation]
    private static let latin: ClosedRange<UInt32> = 0...0x24F
    private static let vietnamese: ClosedRange<UInt32> = 0x1E00...0x1EFF
    private static let punctuation: ClosedRange<UInt32> = 0x2010...0x2027

    private static let entries: [Entry] = blocks.flatMap { $0 }.map { value in
        let scalar = Unicode.Scalar(value)!
        let character = Character(scalar)
        let lowered = scalar.properties.lowercaseMapping.unicodeScalars
        let lower = lowered.count == 1 ? lowered.first.flatMap { index($0) != nil ? $0 : nil } : nil
        return Entry(
            lower: lower, isWhitespace: character.isWhitespace,
            isLetterOrNumber: character.isLetter || character.isNumber)
    }

    /// The scalar's place in `entries`, nil when it is not covered: CR (CR LF is one character)
    /// is not.
    private static func index(_ scalar: Unicode.Scalar) -> Int? {
        // The three blocks in turn, without a loop over `blocks`: asked twice for every letter
        // of every name a lint reads.
        let value = scalar.value
        if latin.contains(value) { return scalar == "\r" ? nil : Int(value) }
        if vietnamese.contains(value) { return latin.count + Int(value - vietnamese.lowerBound) }
        if punctuation.contains(value) {
            return latin.count + vietnamese.count + Int(value - punctuation.lowerBound)
        }
        return nil
    }

    private static func entry(_ scalar: Unicode.Scalar) -> Entry? { index(scalar).map { entries[$0] } }

    /// `NameKey.exact` for a name in NFC made of characters of their own only; nil otherwise.
    static func exactKey(_ name: String) -> String? {
        var words = Words(capacity: name.utf8.count)
        for scalar in name.unicodeScalars {
            guard let lower = entry(scalar)?.lower, let entry = entry(lower) else { return nil }
            if entry.isWhitespace { words.separate() } else { words.append(lower) }
        }
        return words.text
    }

    /// `text.lowercased()` for text made of characters of their own only; nil otherwise.
    static func lowercased(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let lower = entry(scalar)?.lower else { return nil }
            UTF8.encode(lower) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The words of `text` (letters and digits; anything else separates them) joined by single
    /// spaces, for text made of characters of their own only; nil otherwise.
    static func words(_ text: String) -> String? {
        var words = Words(capacity: text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let entry = entry(scalar) else { return nil }
            if entry.isLetterOrNumber { words.append(scalar) } else { words.separate() }
        }
        return words.text
    }

    /// Words joined by single spaces, as UTF-8: no space before the first or after the last.
    private struct Words {
        private var bytes: [UInt8] = []
        private var pendingSpace = false

        /// Room for `capacity` bytes: the words of a text take no more than the text.
        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func separate() { pendingSpace = !bytes.isEmpty }

        mutating func append(_ scalar: Unicode.Scalar) {
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            UTF8.encode(scalar) { bytes.append($0) }
        }

        var text: String { String(decoding: bytes, as: UTF8.self) }
    }
}
