import Diagnostics

/// Characters no catalog file holds raw, found on the bytes before libyaml sees them, so each is
/// reported at its own line and column (libyaml's reader error has no useful position) and nothing
/// after the reader has to cope with them.
enum CharacterChecks {
    /// Unicode's stream-safe text format: at most 30 combining marks in a row (UAX #15).
    static let maximumCombiningMarks = 30

    /// The first raw control character or over-long run of combining marks, if any. Either stops
    /// the file from being read.
    static func firstProblem(_ source: SourceText) -> Diagnostic? {
        let bytes = source.bytes
        var i = 0
        var marks = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                marks = 0
                // Tab, line feed and carriage return are YAML's; every other C0 control and DEL is not.
                if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F {
                    return control(UInt32(b), at: i, length: 1, in: source)
                }
                i += 1
                continue
            }
            let length = SourceText.sequenceLength(b)
            guard let scalar = decode(bytes, at: i, length: length) else {
                i += 1
                continue
            }
            // C1 controls, but NEL (U+0085), which YAML reads as a line break.
            if scalar.value >= 0x80 && scalar.value <= 0x9F && scalar.value != 0x85 {
                return control(scalar.value, at: i, length: length, in: source)
            }
            if isCombining(scalar) {
                marks += 1
                if marks > maximumCombiningMarks {
                    return Diagnostic(
                        .combiningMarks,
                        ReaderMessage.tooManyCombiningMarks(limit: maximumCombiningMarks),
                        at: source.range(fromOffset: i, to: i + length))
                }
            } else {
                marks = 0
            }
            i += length
        }
        return nil
    }

    private static func control(_ value: UInt32, at offset: Int, length: Int, in source: SourceText) -> Diagnostic {
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return Diagnostic(
            .controlCharacter, ReaderMessage.controlCharacter(codePoint: code),
            at: source.range(fromOffset: offset, to: offset + length))
    }

    /// A non-starter (canonical combining class ≠ 0). Latin and Vietnamese letters (below U+0300,
    /// U+1E00–U+1EFF) are looked past without asking Unicode's tables.
    private static func isCombining(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x300 || (0x1E00...0x1EFF).contains(s.value) { return false }
        return s.properties.canonicalCombiningClass != .notReordered
    }

    /// The scalar of a well-formed sequence (the bytes were checked as UTF-8 before).
    private static func decode(_ bytes: [UInt8], at i: Int, length: Int) -> Unicode.Scalar? {
        guard i + length <= bytes.count else { return nil }
        var value: UInt32
        switch length {
        case 2: value = UInt32(bytes[i] & 0x1F)
        case 3: value = UInt32(bytes[i] & 0x0F)
        case 4: value = UInt32(bytes[i] & 0x07)
        default: return nil
        }
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value)
    }
}
