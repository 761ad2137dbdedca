/// Catalog and case text made safe to place in HTML and SVG, before Mustache escapes `<`, `&`
/// and quotes: control characters (which XML forbids and which break lines) become their visible
/// Control Pictures (U+2400…), and invisible direction overrides become U+FFFD, so a name cannot
/// reorder what a form shows.
public enum SafeText {
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCare) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + s.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: out.append("\u{FFFD}")
            default: out.append(s)
            }
        }
        return String(out)
    }

    static func needsCare(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x061C || s.value == 0x200E || s.value == 0x200F
            || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }

    /// Every string in a Mustache context, cleaned (nested arrays and dictionaries too); values
    /// marked raw (charts already built from cleaned text) are left alone by the caller.
    public static func context(_ value: Any) -> Any {
        switch value {
        case let s as String: return clean(s)
        case let d as [String: Any]: return d.mapValues(context)
        case let a as [[String: Any]]: return a.map { $0.mapValues(context) }
        case let a as [Any]: return a.map(context)
        default: return value
        }
    }
}
