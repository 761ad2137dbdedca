/// "Did you mean" for unknown keys and references: the nearest candidate by edit distance,
/// if it is near enough to be a plausible typo.
public enum Suggestions {
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) {
                best = (candidate, distance)
            }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(2, min(target.count, candidate.unicodeScalars.count) / 3)
        return distance <= limit ? candidate : nil
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// "; did you mean \"name\"?" or "".
    static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        nearest(to: word, in: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
    }

    /// Joins a hint and a following sentence: "…; did you mean "x"? Allowed: …" or "…; allowed: …".
    static func hint(for word: String, in candidates: [String], then list: String) -> String {
        let h = hint(for: word, in: candidates)
        guard let first = list.first else { return h }
        return h.isEmpty ? "; " + list : h + " " + first.uppercased() + list.dropFirst()
    }
}
