import CatalogModel
import Diagnostics

/// "did you mean" for rule ids and configuration keys.
enum NearestName {
    static func suggestion(for name: String, in candidates: [String]) -> String? {
        // A shortened id ("tone-mark" for "tone-mark-style") is the likeliest slip.
        if name.count >= 4, let longer = candidates.filter({ $0.hasPrefix(name) }).min(by: { $0.count < $1.count }) {
            return longer
        }
        let limit = max(2, name.count / 3)
        let scored = candidates.map { ($0, distance(name, $0)) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        Suggestions.editDistance(Array(a), Array(b))
    }
}
