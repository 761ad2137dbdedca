import Diagnostics

/// One parsed file's nodes, stored flat: a record per node, the children of every collection in
/// one index array, every scalar's text in one byte buffer. A `YAMLNode` is a position in it.
/// A tree of Strings and arrays cost an allocation per scalar and per collection to build and
/// as many to free; this is three arrays however large the file (issue 16).
public final class YAMLDocument: Sendable {
    /// A node: its kind, and either its text's bytes in `text` or its children in `children`.
    struct Record: Sendable {
        var kind: YAMLNode.Kind
        var style: ScalarStyle
        /// Where the text or the children start, and the text's length in bytes or the number of
        /// children (a mapping's: keys and values).
        var start, count: UInt32
        var from, to: SourceLocation
    }

    let records: [Record]
    /// A mapping's children alternate key, value; an alias is its anchor's index again.
    let children: [UInt32]
    let text: [UInt8]
    let file: SourcePaths.Number

    init(records: [Record], children: [UInt32], text: [UInt8], file: SourcePaths.Number) {
        self.records = records
        self.children = children
        self.text = text
        self.file = file
    }

    func range(_ index: Int) -> SourceRange {
        let record = records[index]
        return SourceRange(file: file, start: record.from, end: record.to)
    }

    /// A scalar's text as a String (made on each call: keep it where it is read often).
    func string(_ index: Int) -> String {
        withText(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// A scalar's text as its UTF-8 bytes, in place.
    func withText<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let record = records[index]
        return try text.withUnsafeBufferPointer { try body(Self.text(of: record, in: $0)) }
    }

    /// A scalar record's bytes in `bytes` (the document's text, or the reader's while it builds).
    static func text(of record: Record, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(record.start)..<Int(record.start + record.count)])
    }

    /// The slot in `table` of node `index`'s text, if it is a scalar: one look at the node, and
    /// a comparison with each allowed key of its length.
    func scalarPosition(_ index: Int, in table: KeyTable) -> YAMLNode.Position {
        let record = records[index]
        guard record.kind == .scalar else { return .notScalar }
        return text.withUnsafeBufferPointer { bytes in
            table.slot(ofBytes: Self.text(of: record, in: bytes)).map { .at($0) } ?? .absent
        }
    }

    /// The position of the first of `pairs` pairs from `children[start]` whose key is `key`.
    func firstPair(from start: Int, pairs: Int, key: String) -> Int? {
        // The three arrays read in place, a pair's key told by its length before its bytes: every
        // value a decoder reads is found here.
        withBytes(of: key) { key in
            records.withUnsafeBufferPointer { records in
                children.withUnsafeBufferPointer { children in
                    text.withUnsafeBufferPointer { bytes in
                        let length = UInt32(key.count)
                        var at = start
                        for position in 0..<pairs {
                            let record = records[Int(children[at])]
                            if record.count == length, record.kind == .scalar,
                                Self.text(of: record, in: bytes).hasSameBytes(as: key)
                            {
                                return position
                            }
                            at += 2
                        }
                        return nil
                    }
                }
            }
        }
    }

    /// A key's UTF-8 bytes in place (a decoder's keys are native Strings), else copied.
    @inline(__always)
    private func withBytes<R>(of key: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = key.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(key.utf8).withUnsafeBufferPointer(body)
    }
}
