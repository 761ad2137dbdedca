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

/// A scalar value and where it sits: `name`, `fees[].name`, `deadline.text`. What the rules read
/// of its node, copied out of the tree once: a copy of a node costs reference counting.
public struct ScalarValue: Sendable {
    /// The nearest mapping key above the value (for a list item, the list's key).
    public var key: String?
    public var text: String
    public var range: SourceRange
    public var style: ScalarStyle
    /// What the character rules look for in the value (`TextTraits`), found once.
    var traits: TextTraits

    init(key: String?, text: String, style: ScalarStyle, range: SourceRange, file bytes: UnsafeBufferPointer<UInt8>) {
        self.key = key
        self.text = text
        self.range = range
        self.style = style
        let start = max(0, min(range.start.offset, bytes.count))
        let end = max(start, min(range.end.offset, bytes.count))
        self.traits = TextTraits(text: text, raw: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// Iterative walk, so depth costs no stack. `bytes` are the file's, which the ranges index.
    static func collect(_ root: YAMLNode, bytes: UnsafeBufferPointer<UInt8>) -> [ScalarValue] {
        var result: [ScalarValue] = []
        var pending: [(YAMLNode, String?)] = [(root, nil)]
        while let (node, key) = pending.popLast() {
            switch node.content {
            case .scalar(let text, let style):
                result.append(ScalarValue(key: key, text: text, style: style, range: node.range, file: bytes))
            case .sequence(let items):
                for item in items.reversed() { pending.append((item, key)) }
            case .mapping(let pairs):
                for pair in pairs.reversed() { pending.append((pair.value, pair.key.scalar)) }
            }
        }
        return result.exactlySized()
    }
}

extension ScalarStyle {
    /// `|` and `>` scalars, whose lines are kept as written.
    var isBlock: Bool { self == .literal || self == .folded }
}
