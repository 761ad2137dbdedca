import Diagnostics
import Testing

@testable import YAMLReader

@Suite struct PositionTests {
    func read(_ text: String) -> YAMLReader.Result {
        YAMLReader().read(SourceText(path: "t.yaml", bytes: Array(text.utf8)))
    }

    @Test func blockKeysAndValuesCarryExactRanges() throws {
        let result = read("code: 1.001193\nname: Đăng ký khai sinh\n")
        #expect(result.diagnostics.isEmpty)
        let pairs = try #require(result.root?.mapping)
        #expect(pairs[1].key.range.start == SourceLocation(line: 2, column: 1, offset: 15))
        let value = pairs[1].value
        #expect(value.scalar == "Đăng ký khai sinh")
        #expect(value.range.start == SourceLocation(line: 2, column: 7, offset: 21))
        // 17 code points, 24 bytes: columns count characters, offsets count bytes.
        #expect(value.range.end.column == 24)
        #expect(value.range.end.offset == 21 + "Đăng ký khai sinh".utf8.count)
    }

    @Test func columnsAfterVietnameseTextOnTheSameLineCountCharacters() throws {
        let result = read("m: { tên: \"Hộ tịch\", mã: ho-tich }\n")
        #expect(result.diagnostics.isEmpty)
        let inner = try #require(result.root?["m"]?.mapping)
        let code = inner[1].value
        #expect(code.scalar == "ho-tich")
        #expect(code.range.start.column == 26)  // the prefix is 25 characters (33 bytes)
        let prefix = "m: { tên: \"Hộ tịch\", mã: "
        #expect(code.range.start.offset == prefix.utf8.count)
    }

    /// Offsets follow libyaml's code-point marks eight bytes at a time where they can: a
    /// character at every position around a chunk's edge still lands every offset on its byte.
    @Test(arguments: 0..<20)
    func offsetsAroundMultiByteCharactersAtEveryPosition(_ k: Int) throws {
        let value = String(repeating: "x", count: k) + "ệ" + String(repeating: "y", count: 19 - k) + "đ"
        let text = "a: " + value + "\nb: c\n"
        let result = read(text)
        #expect(result.diagnostics.isEmpty)
        let pairs = try #require(result.root?.mapping)
        #expect(pairs[0].value.range.start.offset == 3)
        #expect(pairs[0].value.range.end.offset == 3 + value.utf8.count)
        #expect(pairs[0].value.range.end.column == 4 + value.count)
        #expect(pairs[1].key.range.start == SourceLocation(line: 2, column: 1, offset: 4 + value.utf8.count))
    }

    /// libyaml counts a lone carriage return, NEL, LS and PS as line breaks, where a file's
    /// line index counts only line feeds: a node after one keeps its own byte offset (not the
    /// start of the line libyaml numbers, which an ASCII line's shortcut would give).
    @Test(arguments: ["\r", "\u{85}", "\u{2028}", "\u{2029}"])
    func offsetsAfterBreaksThatAreNotLineFeeds(_ lineBreak: String) throws {
        let text = "a: \"x" + lineBreak + "y\"\nb: 1\nc: 2\n"
        let result = read(text)
        let pairs = try #require(result.root?.mapping)
        let prefix = "a: \"x" + lineBreak + "y\"\n"
        #expect(pairs[1].key.range.start.offset == prefix.utf8.count)
        #expect(pairs[2].value.range.start.offset == (prefix + "b: 1\nc: ").utf8.count)
    }

    /// Every node's offsets against `SourceText`'s own reading of its line and column, in files
    /// of one- to four-byte characters in every mix (a fixed seed: the same files each run).
    @Test func offsetsAgreeWithLinesAndColumnsInMixedText() throws {
        let letters = ["a", "7", "ệ", "đ", "Ư", "中", "𝔸", "🙂", " "]
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: seed >> 33) % bound
        }
        for _ in 0..<200 {
            var text = ""
            for key in 0..<(1 + next(6)) {
                let value = (0..<(1 + next(40))).map { _ in letters[next(letters.count)] }.joined()
                text += "k\(key): \"x\(value)\"\n"
            }
            let source = SourceText(path: "t.yaml", bytes: Array(text.utf8))
            let result = YAMLReader().read(source)
            #expect(result.diagnostics.isEmpty)
            for pair in try #require(result.root?.mapping) {
                for location in [pair.key.range.start, pair.value.range.start, pair.value.range.end] {
                    #expect(location.offset == source.offset(line: location.line, column: location.column))
                }
            }
        }
    }

    /// Printable ASCII is passed eight bytes at a time before libyaml reads the file: a control
    /// character at any position of such a run is still found, at its own column.
    @Test(arguments: 0..<20, ["\u{7F}", "\u{01}", "\u{1B}"])
    func controlCharactersInsideASCIIRunsAreFound(_ k: Int, _ control: String) throws {
        let text = "a: " + String(repeating: "x", count: k) + control + "yyyyyyyyyyyy\n"
        let result = read(text)
        let found = try #require(result.diagnostics.first { $0.code == .controlCharacter })
        #expect(found.range.start == SourceLocation(line: 1, column: 4 + k, offset: 3 + k))
    }

    @Test func flowSequenceItemsHaveRanges() throws {
        let result = read("channels: [in-person, online, postal]\n")
        let items = try #require(result.root?["channels"]?.sequence)
        #expect(items.map(\.range.start.column) == [12, 23, 31])
        #expect(items[2].range.end.column == 37)
    }

    @Test func multiLineScalarsSpanTheirLines() throws {
        let text = "text: |\n  Dòng một\n  Dòng hai\nnext: x\n"
        let result = read(text)
        let block = try #require(result.root?["text"])
        #expect(block.scalar == "Dòng một\nDòng hai\n")
        #expect(block.scalarStyle == .literal)
        #expect(block.range.start.line == 1)
        #expect(block.range.end.line == 4)
        let next = try #require(result.root?.mapping?[1].key)
        #expect(next.range.start == SourceLocation(line: 4, column: 1, offset: text.utf8.count - 8))
    }

    @Test func quotedAndPlainStylesAreKept() throws {
        let result = read("a: no\nb: \"no\"\nc: 'on'\n")
        let pairs = try #require(result.root?.mapping)
        #expect(pairs.map { $0.value.scalarStyle } == [.plain, .doubleQuoted, .singleQuoted])
        #expect(pairs.map { $0.value.scalar } == ["no", "no", "on"])
    }

    @Test func sourceTextMapsOffsetsBackToColumns() {
        let source = SourceText(path: "t", bytes: Array("ab\nĐăng x\n".utf8))
        let offset = source.offset(line: 2, column: 6)
        #expect(offset == 3 + "Đăng ".utf8.count)
        #expect(source.location(ofOffset: offset) == SourceLocation(line: 2, column: 6, offset: offset))
    }
}

/// The reader turns libyaml's code-point positions into byte offsets by following its marks;
/// every node's offset must be where its line and column say, whatever the file holds.
@Suite struct OffsetAgreementTests {
    @Test(arguments: [
        "a: 1\nb: Đăng ký\n",
        "\u{FEFF}tên: Hộ tịch\nmã: ho-tich\n",
        "a: Hộ\r\nb: [x, \"ý\", { c: ư }]\r\n",
        "m:\n  - { tên: \"Hộ tịch\", mã: ho-tich }\n  - |\n    Dòng một\n    Dòng hai\nz: 'đ'\n",
    ])
    func everyNodeIsWhereItsLineAndColumnSay(_ text: String) throws {
        let source = SourceText(path: "t.yaml", bytes: Array(text.utf8))
        let root = try #require(YAMLReader().read(source).root)
        var nodes = [root]
        var checked = 0
        while let node = nodes.popLast() {
            for location in [node.range.start, node.range.end] {
                #expect(
                    source.offset(line: location.line, column: location.column) == location.offset,
                    "\(location) in \(text.debugDescription)")
                checked += 1
            }
            switch node.content {
            case .scalar: break
            case .sequence(let items): nodes += items
            case .mapping(let pairs): nodes += pairs.flatMap { [$0.key, $0.value] }
            }
        }
        #expect(checked > 4)
    }
}
