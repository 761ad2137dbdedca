/// A path pattern of configuration overrides: `*` any characters within one folder name, `?` one
/// character, `**` any number of folders. Matched against paths relative to the catalog root.
///
/// Matching is iterative (no recursion over the pattern, which comes from `.tthc-lint.yml`) and
/// takes at most O(pattern × path) steps at either level, whatever the number of `*` or `**`:
/// the classic wildcard match that only ever backtracks to the last star.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let segments: [[Unicode.Scalar]]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map {
            Self.collapsingStars(Array($0.unicodeScalars))
        }
    }

    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        return Self.wildcard(
            segments, parts, isStar: { $0 == Self.doubleStar },
            matchesOne: { Self.wildcard($0, $1, isStar: { $0 == "*" }, matchesOne: Self.sameOrQuestion) })
    }

    private static let doubleStar: [Unicode.Scalar] = ["*", "*"]

    private static func sameOrQuestion(_ p: Unicode.Scalar, _ c: Unicode.Scalar) -> Bool { p == "?" || p == c }

    /// `a***b` means `a*b`: runs of stars in a segment are one star (but `**` alone stays the folder star).
    private static func collapsingStars(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        if s == doubleStar { return s }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        for c in s where !(c == "*" && out.last == "*") { out.append(c) }
        return out
    }

    /// Matches `items` against `pattern`, where a star element takes any run of items (none included)
    /// and any other element must match exactly one item.
    private static func wildcard<P, T>(_ pattern: [P], _ items: [T], isStar: (P) -> Bool, matchesOne: (P, T) -> Bool)
        -> Bool
    {
        var p = 0
        var i = 0
        var star: Int? = nil
        var resume = 0
        while i < items.count {
            if p < pattern.count, isStar(pattern[p]) {
                star = p
                resume = i
                p += 1
            } else if p < pattern.count, matchesOne(pattern[p], items[i]) {
                p += 1
                i += 1
            } else if let s = star {
                // Let the last star take one more item and retry from there.
                p = s + 1
                resume += 1
                i = resume
            } else {
                return false
            }
        }
        while p < pattern.count, isStar(pattern[p]) { p += 1 }
        return p == pattern.count
    }
}
