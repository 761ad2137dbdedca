import Diagnostics

/// How a scalar was written. The loader needs it: a plain `no` may be a YAML 1.1 boolean, a
/// quoted `"no"` is always text.
public enum ScalarStyle: Sendable, Equatable {
    case plain, singleQuoted, doubleQuoted, literal, folded

    public var isPlain: Bool { self == .plain }
}

/// A node of the YAML tree: a position in its file's `YAMLDocument`. Every node, key and value
/// carries its exact source range.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case mapping(YAMLPairs)
        case sequence(YAMLNodes)
    }

    let document: YAMLDocument
    let index: Int

    init(_ document: YAMLDocument, _ index: Int) {
        self.document = document
        self.index = index
    }

    private var record: YAMLDocument.Record { document.records[index] }

    public var content: Content {
        let record = record
        switch record.kind {
        case .scalar: return .scalar(document.string(index), record.style)
        case .mapping: return .mapping(YAMLPairs(document, record))
        case .sequence: return .sequence(YAMLNodes(document, record))
        }
    }

    public var range: SourceRange { document.range(index) }

    /// The scalar's text, or nil for a mapping or sequence. Made on each read.
    public var scalar: String? {
        record.kind == .scalar ? document.string(index) : nil
    }

    /// A scalar's text as its UTF-8 bytes, in place (nil for a mapping or sequence): for a
    /// reader that finds the text it already has before making another String of it.
    public func withScalarBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        record.kind == .scalar ? try document.withText(index, body) : nil
    }

    /// Where a scalar's text stands in a list of texts (a decoder's allowed keys).
    public enum Position: Equatable, Sendable {
        case at(Int)
        case absent
        case notScalar
    }

    /// Where in `table` this scalar's text stands, compared as bytes with the keys of its length.
    public func scalarPosition(in table: KeyTable) -> Position { document.scalarPosition(index, in: table) }

    public var scalarStyle: ScalarStyle? {
        let record = record
        return record.kind == .scalar ? record.style : nil
    }

    public var mapping: YAMLPairs? {
        let record = record
        return record.kind == .mapping ? YAMLPairs(document, record) : nil
    }

    public var sequence: YAMLNodes? {
        let record = record
        return record.kind == .sequence ? YAMLNodes(document, record) : nil
    }

    /// A node's kind, which messages name ("not a list").
    public enum Kind: UInt8, Sendable {
        case scalar, mapping, sequence

        /// "a mapping", "a list", "a text" — for messages a policy officer reads.
        public var kindDescription: String {
            switch self {
            case .scalar: "a single value"
            case .mapping: "a mapping (key: value lines)"
            case .sequence: "a list"
            }
        }

        /// `kindDescription` in Vietnamese.
        public var kindDescriptionVi: String {
            switch self {
            case .scalar: "một giá trị đơn"
            case .mapping: "một ánh xạ (các dòng khóa: giá trị)"
            case .sequence: "một danh sách"
            }
        }
    }

    public var kind: Kind { record.kind }

    /// The value for `key` in a mapping, if present (the first, duplicates are diagnosed by the reader).
    public subscript(key: String) -> YAMLNode? {
        mapping.flatMap { pairs in pairs.firstIndex(ofKey: key).map { pairs[$0].value } }
    }
}

/// A mapping's pairs, in the order written.
public struct YAMLPairs: RandomAccessCollection, Sendable {
    let document: YAMLDocument
    let start: Int
    public let count: Int

    init(_ document: YAMLDocument, _ record: YAMLDocument.Record) {
        self.document = document
        self.start = Int(record.start)
        self.count = Int(record.count) / 2
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> YAMLPair {
        let at = start + 2 * position
        return YAMLPair(
            key: YAMLNode(document, Int(document.children[at])),
            value: YAMLNode(document, Int(document.children[at + 1])))
    }

    /// The key of the pair at `position` (its value not read).
    public func key(at position: Int) -> YAMLNode {
        YAMLNode(document, Int(document.children[start + 2 * position]))
    }

    /// Up to this many pairs, a mapping's keys are found by scanning (`firstIndex(ofKey:)`):
    /// cheaper than building a table for every mapping read. Past it, readers index the keys,
    /// so a mapping with very many keys stays linear.
    public static var keyScanLimit: Int { 64 }

    /// The position of the first pair whose key is the scalar `key`, compared as bytes: every
    /// value a decoder reads is found this way.
    public func firstIndex(ofKey key: String) -> Int? {
        document.firstPair(from: start, pairs: count, key: key)
    }
}

/// A sequence's items, in the order written.
public struct YAMLNodes: RandomAccessCollection, Sendable {
    let document: YAMLDocument?
    let start: Int
    public let count: Int

    init(_ document: YAMLDocument, _ record: YAMLDocument.Record) {
        self.document = document
        self.start = Int(record.start)
        self.count = Int(record.count)
    }

    /// No items (what a reader gives for a value that is not a list).
    public init() {
        document = nil
        start = 0
        count = 0
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> YAMLNode {
        YAMLNode(document!, Int(document!.children[start + position]))
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
