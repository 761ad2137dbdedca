/// The Vietnamese words of the loader's messages (`--lang vi`). Key names, ids, codes and quoted
/// values stay as written; only the English phrases around them are translated. (What a value
/// is, `Subject`, carries its own Vietnamese.)
enum Vietnamese {
    /// `Suggestions.hint` in Vietnamese: "; có phải ý bạn là "x"?" or "".
    static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        Suggestions.nearest(to: word, in: candidates).map { "; có phải ý bạn là \"\($0)\"?" } ?? ""
    }

    /// `Suggestions.hint(for:in:then:)` in Vietnamese.
    static func hint(for word: String, in candidates: [String], then list: String) -> String {
        let h = hint(for: word, in: candidates)
        guard let first = list.first else { return h }
        return h.isEmpty ? "; " + list : h + " " + first.uppercased() + list.dropFirst()
    }
}
