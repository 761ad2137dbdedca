import Diagnostics
import Testing

@testable import YAMLReader

/// The flat document behind every node: keys found as bytes, texts made when read, an alias the
/// same node as its anchor, a mapping's children in the order written.
@Suite struct YAMLDocumentTests {
    func read(_ text: String) -> YAMLReader.Result {
        YAMLReader().read(SourceText(path: "t.yaml", bytes: Array(text.utf8)))
    }

    @Test func keysAreFoundByTheirBytesWhateverTheirLength() throws {
        let root = try #require(read("a: 1\nlong_key_name: [x, y]\n\"ế\": \"\"\n'': empty\n").root)
        let pairs = try #require(root.mapping)
        #expect(pairs.map { $0.key.scalar } == ["a", "long_key_name", "ế", ""])
        #expect(pairs.firstIndex(ofKey: "ế") == 2)
        #expect(pairs.firstIndex(ofKey: "") == 3)
        #expect(pairs.firstIndex(ofKey: "e") == nil)
        #expect(pairs.firstIndex(ofKey: "long_key_nam") == nil)
        #expect(root["long_key_name"]?.sequence?.map(\.scalar) == ["x", "y"])
        #expect(root["ế"]?.scalar == "")
        #expect(pairs[1].key.scalarPosition(in: KeyTable(["b", "long_key_name"])) == .at(1))
        #expect(pairs[2].key.scalarPosition(in: KeyTable(["e", "ế", "ế"])) == .at(1))
        #expect(pairs[1].key.scalarPosition(in: KeyTable(["long_key_namE", "a"])) == .absent)
        #expect(pairs[1].value.scalarPosition(in: KeyTable(["x"])) == .notScalar)
        #expect(pairs[3].key.scalarPosition(in: KeyTable(["a", ""])) == .at(1))
        #expect(pairs[0].key.scalarPosition(in: KeyTable([])) == .absent)
    }

    /// A decoder's key table: each key found by its bytes or its String, amongst those of its
    /// length, the first of two equal keys winning; no other key found.
    @Test func aKeyTableFindsEachKeyAmongstThoseOfItsLength() {
        let keys = ["name", "code", "ế", "level", "", "a", "deadline", "code", "names_en", "e"]
        let table = KeyTable(keys)
        for (slot, key) in keys.enumerated() where keys.firstIndex(of: key) == slot {
            #expect(table.slot(of: key) == slot)
            #expect(Array(key.utf8).withUnsafeBufferPointer { table.slot(ofBytes: $0) } == slot)
        }
        for absent in ["nam", "Name", "names", "deadlines", "e\u{301}", "a long key that no table has"] {
            #expect(table.slot(of: absent) == nil)
            #expect(Array(absent.utf8).withUnsafeBufferPointer { table.slot(ofBytes: $0) } == nil)
        }
    }

    @Test func aScalarKeepsItsTextStyleAndRange() throws {
        let root = try #require(read("k: \"a\\tb\"\nl: |\n  line\n").root)
        let quoted = try #require(root["k"])
        #expect(quoted.scalar == "a\tb")
        #expect(quoted.scalarStyle == .doubleQuoted)
        #expect(quoted.range.start.line == 1 && quoted.range.start.column == 4 && quoted.range.end.column == 10)
        #expect(root["l"]?.scalar == "line\n")
        #expect(root["l"]?.scalarStyle == .literal)
        #expect(root.kind == .mapping && root.scalar == nil && root.sequence == nil)
    }

    @Test func anAliasIsItsAnchorsNode() throws {
        let result = read("x: &a {k: v, n: [1, 2]}\ny: *a\n")
        let root = try #require(result.root)
        let alias = try #require(root["y"])
        #expect(alias["k"]?.scalar == "v")
        #expect(alias["n"]?.sequence?.map(\.scalar) == ["1", "2"])
        #expect(alias.range == root["x"]?.range)
    }

    @Test func nestedCollectionsKeepTheirOwnChildren() throws {
        let root = try #require(read("a:\n  - {p: 1, q: [2, {r: 3}]}\n  - s\nb: t\n").root)
        let items = try #require(root["a"]?.sequence)
        #expect(items.count == 2)
        #expect(items[0]["q"]?.sequence?[1]["r"]?.scalar == "3")
        #expect(items[1].scalar == "s")
        #expect(root["b"]?.scalar == "t")
    }

    @Test func aDuplicateKeyInALargeMappingIsFoundThroughItsIndex() {
        let keys = (0..<80).map { "key\($0): \($0)" }.joined(separator: "\n")
        let result = read(keys + "\nkey3: again\n")
        #expect(result.diagnostics.map(\.code) == [.duplicateKey])
        #expect(result.diagnostics.first?.notes.first?.range?.start.line == 4)
    }
}

/// What a file keeps of its parse for lint: every value with its key, in document order, marked.
@Suite struct YAMLValuesTests {
    @Test func valuesKeepTheirKeysOrderAndMarks() throws {
        let source = SourceText(
            path: "t.yaml", bytes: Array("code: '1'\nfees:\n  - { name: Lệ phí, amount: 5 }\n".utf8))
        let root = YAMLReader().read(source).root
        let values = source.bytes.withUnsafeBufferPointer {
            YAMLValues(
                root, file: $0, marking: { text, raw in UInt8(truncatingIfNeeded: raw.count * 10 + text.utf8.count) })
        }
        #expect(values.values.map(\.key) == ["code", "name", "amount"])
        #expect(values.values.map(\.text) == ["1", "Lệ phí", "5"])
        #expect(values.values[0].style == .singleQuoted)
        #expect(values.values.map(\.marks) == [31, 99, 11])  // the quotes are in the raw bytes
        #expect(values.firstKey?.start.line == 1 && values.firstKey?.end.column == 5)
        #expect(
            source.bytes.withUnsafeBufferPointer { YAMLValues(nil, file: $0, marking: { _, _ in 1 }) }.values.isEmpty)
    }
}
