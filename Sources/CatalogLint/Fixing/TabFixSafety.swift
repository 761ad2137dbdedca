import Diagnostics
import YAMLReader

/// A tab in YAML indentation is an error and its width is a guess: replacing it is safe only when
/// every plausible width (2, 4 or 8 columns) gives the same tree, and, if the file parsed with its
/// tabs, the tree it had. Tabs inside a line become one space, which changes no value only where
/// the tab separated tokens; the tree comparison catches the rest.
enum TabFixSafety {
    static func isSafe(_ fixes: [FixIt], in source: SourceText) -> Bool {
        let reader = YAMLReader(limits: .catalog)
        let original = reader.read(source)
        // The BOM, CRLF and tab findings are fixed together; only what else is wrong counts.
        func broken(_ read: YAMLReader.Result) -> Bool {
            read.diagnostics.contains { $0.severity == .error && !AutomaticFixes.checkCodes.contains($0.label) }
        }
        let originalTree = broken(original) ? nil : original.root
        var trees: [YAMLNode] = []
        for width in [2, 4, 8] {
            let widened = fixes.map { fix in
                var f = fix
                if f.replacement.count > 1 { f.replacement = String(repeating: " ", count: width) }
                return f
            }
            let bytes = FixApplier.apply(widened, to: source.bytes).0
            let read = reader.read(SourceText(path: source.path, bytes: bytes))
            guard let root = read.root, !broken(read) else { return false }
            trees.append(root)
        }
        guard trees.allSatisfy({ $0.sameTree(as: trees[0]) }) else { return false }
        return originalTree.map { $0.sameTree(as: trees[0]) } ?? true
    }
}

extension YAMLNode {
    /// The same structure and values, wherever they sit in the file.
    func sameTree(as other: YAMLNode) -> Bool {
        switch (content, other.content) {
        case (.scalar(let a, _), .scalar(let b, _)):
            return a == b
        case (.sequence(let a), .sequence(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.sameTree(as: $1) }
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count
                && zip(a, b).allSatisfy { $0.key.sameTree(as: $1.key) && $0.value.sameTree(as: $1.value) }
        default:
            return false
        }
    }
}
