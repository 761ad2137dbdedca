import Diagnostics

/// How a scalar was written. The loader needs it: a plain `no` may be a YAML 1.1 boolean, a
/// quoted `"no"` is always text.
public enum ScalarStyle: Sendable, Equatable {
    case plain, singleQuoted, doubleQuoted, literal, folded

    public var isPlain: Bool { self == .plain }
}

/// A node of the YAML tree. Every node, key and value carries its exact source range.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public var content: Content
    public var range: SourceRange

    public init(_ content: Content, range: SourceRange) {
        self.content = content
        self.range = range
    }

    /// The scalar's text, or nil for a mapping or sequence.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// Whether two key texts are the same key. Keys of other lengths are told apart before the
    /// String comparison: mappings are scanned for their keys many times per file.
    @inline(__always)
    public static func sameKey(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    /// "a mapping", "a list", "a text" — for messages a policy officer reads.
    public var kindDescription: String {
        switch content {
        case .scalar: "a single value"
        case .mapping: "a mapping (key: value lines)"
        case .sequence: "a list"
        }
    }

    /// `kindDescription` in Vietnamese.
    public var kindDescriptionVi: String {
        switch content {
        case .scalar: "một giá trị đơn"
        case .mapping: "một ánh xạ (các dòng khóa: giá trị)"
        case .sequence: "một danh sách"
        }
    }

    /// The value for `key` in a mapping, if present (the first, duplicates are diagnosed by the reader).
    public subscript(key: String) -> YAMLNode? {
        mapping.flatMap { pairs in pairs.firstIndex(ofKey: key).map { pairs[$0].value } }
    }
}

extension Array where Element == YAMLPair {
    /// Up to this many pairs, a mapping's keys are found by scanning (`firstIndex(ofKey:)`):
    /// cheaper than building a table for every mapping read. Past it, readers index the keys,
    /// so a mapping with very many keys stays linear.
    public static var keyScanLimit: Int { 64 }

    /// The position of the first pair whose key is the scalar `key`. A plain loop over the
    /// buffer, the key's length taken once: every value a decoder reads is found this way.
    public func firstIndex(ofKey key: String) -> Int? {
        let length = key.utf8.count
        return withUnsafeBufferPointer { pairs in
            for i in pairs.indices {
                if case .scalar(let text, _) = pairs[i].key.content, text.utf8.count == length, text == key {
                    return i
                }
            }
            return nil
        }
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
