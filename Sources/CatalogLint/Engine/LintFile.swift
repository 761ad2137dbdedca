import CatalogModel
import Diagnostics
import YAMLReader

/// One file of the catalog as the text rules see it: its bytes and its scalar values with their
/// ranges, both as the loader read them (the file is parsed once).
public struct LintFile: Sendable {
    /// As diagnostics name it: the catalog root joined with `relativePath`.
    public var path: String
    /// Relative to the catalog root, with `/`: what configuration globs and baselines use.
    public var relativePath: String
    public var kind: CatalogFileKind?
    public var source: SourceText
    /// Every scalar value (not key) in document order, with the key that holds it.
    public let scalars: [ScalarValue]
    /// The range of the file's first key (`code:` of a procedure).
    public let firstKey: SourceRange?

    init(path: String, relativePath: String, source: SourceText, values: YAMLValues) {
        self.path = path
        self.relativePath = relativePath
        self.kind = CatalogFileKind.classify(relativePath)
        self.source = source
        self.scalars = values.values
        self.firstKey = values.firstKey
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

/// A scalar value and where it sits: `name`, `fees[].name`, `deadline.text`, as the loader kept
/// it, marked with what the character rules look for in it (`TextTraits`).
public typealias ScalarValue = YAMLValues.Value

extension YAMLValues.Value {
    /// How the loader marks the values it keeps for lint: their text traits, found once.
    static let marker: YAMLValues.Marker = { text, raw in TextTraits(text: text, raw: raw).rawValue }

    var traits: TextTraits { TextTraits(rawValue: marks) }
}

extension ScalarStyle {
    /// `|` and `>` scalars, whose lines are kept as written.
    var isBlock: Bool { self == .literal || self == .folded }
}
