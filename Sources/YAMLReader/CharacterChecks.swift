import Diagnostics

/// Bytes no catalog file holds raw, found before libyaml sees them, so each is reported at its
/// own line and column (libyaml's reader error has no useful position) and nothing after the
/// reader has to cope with them: malformed UTF-8, control characters, over-long runs of
/// combining marks. One pass finds them all, and notes the tabs and carriage returns that
/// `TextChecks` reports.
struct CharacterChecks {
    /// Unicode's stream-safe text format: at most 30 combining marks in a row (UAX #15).
    static let maximumCombiningMarks = 30

    enum Problem {
        case control(UInt32, offset: Int, length: Int)
        case combiningMarks(offset: Int, length: Int)
    }

    /// Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong
    /// forms, surrogates and code points above U+10FFFF included). It stops the scan, and the file.
    private(set) var invalidUTF8: Int?
    /// The first raw control character or over-long run of combining marks. It stops the file
    /// from being read, after a malformed byte (which is said first, wherever it is).
    private(set) var problem: Problem?
    /// Offsets of every tab and carriage return.
    private(set) var tabsAndReturns: [Int] = []
    /// Whether every line break is a line feed (CRLF included): no lone or paired carriage
    /// return, NEL, LS or PS, which libyaml also counts as line breaks. Then libyaml's line
    /// numbers are `SourceText`'s, and a mark on an ASCII line is found from its line's start.
    private(set) var breaksOnlyAtLineFeeds = true

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        var i = 0
        var marks = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                marks = 0
                i += 1
                if b >= 0x20 && b != 0x7F {
                    // Printable ASCII runs (keys, indentation, codes) are passed eight bytes at a time.
                    while i + 8 <= n, ByteWord.isPrintableASCII(ByteWord.load(bytes, at: i)) { i += 8 }
                    continue
                }
                // Tab, line feed and carriage return are YAML's; every other C0 control and DEL is not.
                if b == 0x09 || b == 0x0D {
                    tabsAndReturns.append(i - 1)
                    if b == 0x0D { breaksOnlyAtLineFeeds = false }
                } else if b != 0x0A && problem == nil {
                    problem = .control(UInt32(b), offset: i - 1, length: 1)
                }
                continue
            }
            // A Vietnamese letter (U+00C0–U+02FF, U+1E00–U+1EFF), well formed: no control and
            // no combining mark, so nothing to decode (most of a catalog's non-ASCII bytes).
            if let length = Self.vietnameseLetter(bytes, at: i) {
                marks = 0
                i += length
                continue
            }
            guard let (value, length) = Self.decode(bytes, at: i) else {
                invalidUTF8 = i
                return
            }
            if value == 0x85 || value == 0x2028 || value == 0x2029 { breaksOnlyAtLineFeeds = false }
            if problem == nil {
                // C1 controls, but NEL (U+0085), which YAML reads as a line break.
                if value >= 0x80 && value <= 0x9F && value != 0x85 {
                    problem = .control(value, offset: i, length: length)
                } else if Self.isCombining(value) {
                    marks += 1
                    if marks > Self.maximumCombiningMarks { problem = .combiningMarks(offset: i, length: length) }
                } else {
                    marks = 0
                }
            }
            i += length
        }
    }

    /// The length of the well-formed sequence at `i` when it encodes U+00C0–U+02FF (lead bytes
    /// C3–CB) or U+1E00–U+1EFF (E1 B8–BB), the letters Vietnamese is written with; else nil.
    @inline(__always)
    private static func vietnameseLetter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let lead = bytes[i]
        func isContinuation(_ k: Int) -> Bool { i + k < bytes.count && bytes[i + k] & 0xC0 == 0x80 }
        if lead >= 0xC3 && lead <= 0xCB { return isContinuation(1) ? 2 : nil }
        if lead == 0xE1, i + 1 < bytes.count, bytes[i + 1] >= 0xB8 && bytes[i + 1] <= 0xBB {
            return isContinuation(2) ? 3 : nil
        }
        return nil
    }

    /// The scalar value and length of the well-formed sequence at `i`, or nil.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let b = bytes[i]
        var need = 0
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        var value: UInt32
        switch b {
        case 0xC2...0xDF:
            need = 1
            value = UInt32(b & 0x1F)
        case 0xE0...0xEF:
            need = 2
            value = UInt32(b & 0x0F)
            if b == 0xE0 { lower = 0xA0 }
            if b == 0xED { upper = 0x9F }
        case 0xF0...0xF4:
            need = 3
            value = UInt32(b & 0x07)
            if b == 0xF0 { lower = 0x90 }
            if b == 0xF4 { upper = 0x8F }
        default: return nil
        }
        guard i + need < bytes.count else { return nil }
        for k in 1...need {
            let c = bytes[i + k]
            if c < (k == 1 ? lower : 0x80) || c > (k == 1 ? upper : 0xBF) { return nil }
            value = value << 6 | UInt32(c & 0x3F)
        }
        return (value, need + 1)
    }

    /// A non-starter (canonical combining class ≠ 0). Latin and Vietnamese letters (below U+0300,
    /// U+1E00–U+1EFF) are looked past without asking Unicode's tables.
    private static func isCombining(_ value: UInt32) -> Bool {
        if value < 0x300 || (0x1E00...0x1EFF).contains(value) { return false }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.canonicalCombiningClass != .notReordered
    }

    /// The problem as the reader reports it.
    static func diagnostic(_ problem: Problem, in source: SourceText) -> Diagnostic {
        switch problem {
        case .control(let value, let offset, let length):
            let hex = String(value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return Diagnostic(
                .controlCharacter, ReaderMessage.controlCharacter(codePoint: code),
                at: source.range(fromOffset: offset, to: offset + length))
        case .combiningMarks(let offset, let length):
            return Diagnostic(
                .combiningMarks,
                ReaderMessage.tooManyCombiningMarks(limit: maximumCombiningMarks),
                at: source.range(fromOffset: offset, to: offset + length))
        }
    }
}
