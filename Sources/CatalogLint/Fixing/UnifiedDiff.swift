/// A unified diff (`--fix --dry-run`) of one file's lines before and after the fixes, with three
/// lines of context, as `diff -u` and `git apply` read it.
public enum UnifiedDiff {
    public static func render(old: String, new: String, path: String, context: Int = 3) -> String {
        let a = lines(old)
        let b = lines(new)
        let script = edits(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        // Changes closer than twice the context share a hunk.
        let changes = script.indices.filter { script[$0].kind != .same }
        var groups: [[Int]] = []
        for index in changes {
            if let last = groups.last?.last, index - last <= 2 * context {
                groups[groups.count - 1].append(index)
            } else {
                groups.append([index])
            }
        }
        for group in groups {
            let start = max(0, group[0] - context)
            let end = min(script.count, group[group.count - 1] + context + 1)
            let before = script[..<start]
            let hunk = script[start..<end]
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            // diff -u numbers an empty side by the line before it.
            let oldStart = before.filter { $0.kind != .insert }.count + (oldCount > 0 ? 1 : 0)
            let newStart = before.filter { $0.kind != .delete }.count + (newCount > 0 ? 1 : 0)
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for edit in hunk {
                switch edit.kind {
                case .same: out += " " + a[edit.oldLine] + "\n"
                case .delete: out += "-" + a[edit.oldLine] + "\n"
                case .insert: out += "+" + b[edit.newLine] + "\n"
                }
            }
        }
        return out
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var oldLine: Int
        var newLine: Int
    }

    /// Byte equality: Swift's `==` treats NFC and decomposed text as equal, and an NFC fix is
    /// exactly such a change.
    static func same(_ a: String, _ b: String) -> Bool { a.utf8.elementsEqual(b.utf8) }

    static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" { result.removeLast() }
        return result
    }

    /// Longest common subsequence of lines. Fixes change few lines of small files, so the
    /// common prefix and suffix are trimmed first and the table stays small.
    static func edits(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, same(a[prefix], b[prefix]) { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
            same(a[a.count - 1 - suffix], b[b.count - 1 - suffix])
        { suffix += 1 }
        let x = Array(a[prefix..<(a.count - suffix)])
        let y = Array(b[prefix..<(b.count - suffix)])
        var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = same(x[i], y[j]) ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var script = (0..<prefix).map { Edit(kind: .same, oldLine: $0, newLine: $0) }
        var i = 0
        var j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, same(x[i], y[j]) {
                script.append(Edit(kind: .same, oldLine: prefix + i, newLine: prefix + j))
                i += 1
                j += 1
            } else if i < x.count, j == y.count || table[i + 1][j] >= table[i][j + 1] {
                // Deletions before insertions, as diff -u prints them.
                script.append(Edit(kind: .delete, oldLine: prefix + i, newLine: prefix + j))
                i += 1
            } else {
                script.append(Edit(kind: .insert, oldLine: prefix + i, newLine: prefix + j))
                j += 1
            }
        }
        for k in 0..<suffix {
            script.append(Edit(kind: .same, oldLine: a.count - suffix + k, newLine: b.count - suffix + k))
        }
        return script
    }
}
