/// "Did you mean" for unknown keys and references: the nearest candidate by edit distance,
/// if it is near enough to be a plausible typo.
public enum Suggestions {
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        if isCode(word) { return nearestCode(to: word, in: candidates) }
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

    /// Procedure codes (`1.001193`) are dense numbers: any two differ by a digit or two, so edit
    /// distance finds an unrelated procedure as often as a typo. Only one slip (a digit changed,
    /// added or dropped, two neighbours swapped) is suggested, and only when one code alone is
    /// that close.
    static func nearestCode(to code: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(code.unicodeScalars)
        var found: String?
        for candidate in candidates where isCode(candidate) {
            let other = Array(candidate.unicodeScalars)
            guard abs(other.count - target.count) <= 1, isOneSlip(target, other) else { continue }
            if found != nil { return nil }
            found = candidate
        }
        return found
    }

    static func isCode(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }
            && word.utf8.contains { $0 != 0x2E }
    }

    private static func isOneSlip(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a == b { return false }
        if a.count == b.count {
            let differing = a.indices.filter { a[$0] != b[$0] }
            if differing.count == 1 { return true }
            return differing.count == 2 && differing[1] == differing[0] + 1
                && a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]]
        }
        return editDistance(a, b) == 1
    }

    /// Levenshtein distance: the fewest insertions, deletions and substitutions from `a` to `b`
    /// (also the linter's, over characters: `NearestName`).
    package static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
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
}
