import CatalogModel
import Diagnostics
import YAMLReader

/// One file of the catalog as the text rules see it: its bytes and its YAML tree with ranges,
/// both as the loader read them (the file is parsed once).
public struct LintFile: Sendable {
    /// As diagnostics name it: the catalog root joined with `relativePath`.
    public var path: String
    /// Relative to the catalog root, with `/`: what configuration globs and baselines use.
    public var relativePath: String
    public var kind: CatalogFileKind?
    public var source: SourceText
    public var root: YAMLNode?
    /// Every scalar value (not key) in document order, with the key that holds it.
    public var scalars: [ScalarValue]

    init(path: String, relativePath: String, source: SourceText, root: YAMLNode?) {
        self.path = path
        self.relativePath = relativePath
        self.kind = CatalogFileKind.classify(relativePath)
        self.source = source
        self.root = root
        self.scalars =
            root.map { root in source.bytes.withUnsafeBufferPointer { ScalarValue.collect(root, bytes: $0) } }
            ?? []
    }

    /// The bytes a node was written with (quotes included), as text.
    public func raw(_ range: SourceRange) -> String {
        String(decoding: rawBytes(range), as: UTF8.self)
    }

    /// The bytes a node was written with (quotes included): for tests on bytes before any text is made.
    public func rawBytes(_ range: SourceRange) -> ArraySlice<UInt8> {
        let start = max(0, min(range.start.offset, source.bytes.count))
        let end = max(start, min(range.end.offset, source.bytes.count))
        return source.bytes[start..<end]
    }
}

/// A scalar value and where it sits: `name`, `fees[].name`, `deadline.text`.
public struct ScalarValue: Sendable {
    /// The nearest mapping key above the value (for a list item, the list's key).
    public var key: String?
    public var node: YAMLNode
    public var text: String { node.scalar ?? "" }
    public var style: ScalarStyle { node.scalarStyle ?? .plain }
    /// What the character rules look for in the value (`TextTraits`), found once.
    var traits: TextTraits = []

    init(key: String?, node: YAMLNode, file bytes: UnsafeBufferPointer<UInt8>) {
        self.key = key
        self.node = node
        let start = max(0, min(node.range.start.offset, bytes.count))
        let end = max(start, min(node.range.end.offset, bytes.count))
        self.traits = TextTraits(text: text, raw: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// Iterative walk, so depth costs no stack. `bytes` are the file's, which the ranges index.
    static func collect(_ root: YAMLNode, bytes: UnsafeBufferPointer<UInt8>) -> [ScalarValue] {
        var result: [ScalarValue] = []
        var pending: [(YAMLNode, String?)] = [(root, nil)]
        while let (node, key) = pending.popLast() {
            switch node.content {
            case .scalar:
                result.append(ScalarValue(key: key, node: node, file: bytes))
            case .sequence(let items):
                pending.append(contentsOf: items.reversed().map { ($0, key) })
            case .mapping(let pairs):
                pending.append(contentsOf: pairs.reversed().map { ($0.value, $0.key.scalar) })
            }
        }
        return result
    }
}

extension ScalarStyle {
    /// `|` and `>` scalars, whose lines are kept as written.
    var isBlock: Bool { self == .literal || self == .folded }
}
