import Diagnostics

/// A file's scalar values (not keys) in document order, each with the key that holds it, and
/// where its first key is: what readers of a file's text need after its load (lint's text
/// rules). Kept instead of the file's nodes, which are several times their size.
public struct YAMLValues: Sendable {
    /// A scalar value and where it sits: `name`, `fees[].name`, `deadline.text`.
    public struct Value: Sendable {
        /// The nearest mapping key above the value (for a list item, the list's key).
        public var key: String?
        public var text: String
        public var range: SourceRange
        public var style: ScalarStyle
        /// What the reader's `Marker` found in the value, worked out once while the file's bytes
        /// are at hand (lint's `TextTraits`).
        public var marks: UInt8
    }

    /// Marks a value from its text and the bytes it was written with (quotes included).
    public typealias Marker = @Sendable (_ text: String, _ raw: UnsafeBufferPointer<UInt8>) -> UInt8

    public var values: [Value]
    /// The range of the top-level mapping's first key (`code:` of a procedure).
    public var firstKey: SourceRange?

    /// Collected from a file's root (none for a file that did not parse); `bytes` are the file's,
    /// which the ranges index. `text` makes a scalar's String: a loader passes its table of kept
    /// texts, so a value the model keeps too is one copy, not two. An iterative walk, so depth
    /// costs no stack.
    public init(
        _ root: YAMLNode?, file bytes: UnsafeBufferPointer<UInt8>, marking marker: Marker,
        text: (YAMLNode) -> String = { $0.scalar ?? "" }
    ) {
        var values: [Value] = []
        var pending: [(YAMLNode, String?)] = root.map { [($0, nil)] } ?? []
        while let (node, key) = pending.popLast() {
            if let style = node.scalarStyle {
                let text = text(node)
                let range = node.range
                let start = max(0, min(range.start.offset, bytes.count))
                let end = max(start, min(range.end.offset, bytes.count))
                values.append(
                    Value(
                        key: key, text: text, range: range, style: style,
                        marks: marker(text, UnsafeBufferPointer(rebasing: bytes[start..<end]))))
            } else if let items = node.sequence {
                for item in items.reversed() { pending.append((item, key)) }
            } else if let pairs = node.mapping {
                for pair in pairs.reversed() { pending.append((pair.value, pair.key.scalar)) }
            }
        }
        self.values = values.exactlySized()
        self.firstKey = root?.mapping?.first?.key.range
    }
}
