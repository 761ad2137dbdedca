/// Text from a catalog, a file name or a request field made safe for a terminal or a plain-text log.
///
/// Control characters (C0, DEL, C1), line and paragraph separators and the bidirectional controls
/// are shown as visible escapes (`\n`, `\u{1B}`, `\u{202E}`): an escape sequence cannot drive the
/// terminal, right-to-left overrides cannot reorder what a reviewer reads (Trojan source), and no
/// catalog text can start a line of its own (a GitHub runner reads `::error …` at a line start as a
/// command).
public enum VisibleText {
    /// Whether `scalar` is shown as an escape. Tab is, except where a caller keeps it (an excerpt
    /// keeps the source's tabs so the caret lines up).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029: return true
        default: return isBidiControl(scalar)
        }
    }

    /// The bidirectional formatting characters (Unicode's Bidi_Control property).
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// How one character needing an escape is shown.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }

    /// `text` with every character that needs it escaped, but those in `keeping` (which the caller
    /// escapes its own way); the same string when none does (the common case costs one scan).
    public static func neutralised(_ text: String, keeping: Set<Unicode.Scalar> = []) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) && !keeping.contains($0) }) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 16)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) && !keeping.contains(scalar) {
                out += escape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
