import Diagnostics
import Testing

@testable import YAMLReader

/// Hostile or broken files: each gets a diagnostic with a position, never a crash or a hang.
@Suite struct AdversarialInputTests {
    func read(_ bytes: [UInt8]) -> YAMLReader.Result {
        YAMLReader().read(SourceText(path: "t.yaml", bytes: bytes))
    }

    func codes(_ result: YAMLReader.Result) -> [DiagnosticCode] { result.diagnostics.compactMap(\.code) }

    @Test func billionLaughsIsRejectedFromTheArithmeticAlone() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...30 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let result = read(Array(text.utf8))
        #expect(codes(result).contains(.aliasBudgetExceeded))
        #expect(result.root == nil)
    }

    @Test func tenThousandDeepNestingIsACleanError() {
        let flow = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let result = read(Array("k: \(flow)\n".utf8))
        #expect(codes(result) == [.nestingTooDeep])
        #expect(result.diagnostics[0].range.start.line == 1)

        // Block style: "- - - … x" nests 10,000 block sequences on one line.
        let block = String(repeating: "- ", count: 10_000) + "x\n"
        let blockResult = read(Array(("k:\n  " + block).utf8))
        #expect(codes(blockResult) == [.nestingTooDeep])
    }

    @Test func everyDuplicateKeyIsReportedWithTheFirstOccurrence() throws {
        let result = read(Array("name: a\ncode: b\nname: c\nname: d\n".utf8))
        let duplicates = result.diagnostics.filter { $0.code == .duplicateKey }
        #expect(duplicates.map(\.range.start.line) == [3, 4])
        #expect(duplicates.allSatisfy { $0.notes.first?.range?.start.line == 1 })
    }

    /// Small mappings scan their keys, large ones index them: both report the same duplicates,
    /// including a key first seen before the mapping grew large, or a key whose value is a mapping.
    @Test(arguments: [3, 15, 63, 64, 65, 100, 2_000])
    func duplicatesAreFoundInMappingsOfAnySize(_ size: Int) throws {
        var text = "first:\n  inner: 1\n"
        for i in 0..<size { text += "k\(i): \(i)\n" }
        text += "first: again\nk0: again\nk\(size - 1): again\n"
        let result = read(Array(text.utf8))
        let duplicates = result.diagnostics.filter { $0.code == .duplicateKey }
        #expect(duplicates.map(\.range.start.line) == [size + 3, size + 4, size + 5])
        #expect(duplicates.map { $0.notes.first?.range?.start.line } == [1, 3, size + 2])
        #expect(result.diagnostics.count == 3)
    }

    @Test func recursiveAndUndefinedAliasesAndUnusedAnchors() {
        #expect(codes(read(Array("a: &x [1, *x]\n".utf8))).contains(.recursiveAlias))
        #expect(codes(read(Array("a: *nope\n".utf8))) == [.undefinedAlias])
        let unused = read(Array("a: &u 1\nb: 2\n".utf8))
        #expect(codes(unused) == [.unusedAnchor])
        #expect(unused.diagnostics[0].severity == .warning)
        let used = read(Array("a: &u [1]\nb: *u\n".utf8))
        #expect(used.diagnostics.isEmpty)
        #expect(used.root?["b"]?.sequence?.first?.scalar == "1")
    }

    @Test func invalidUTF8StopsWithThePosition() {
        var bytes = Array("name: ab\ncode: ".utf8)
        bytes += [0xC3, 0x28]
        let result = read(bytes)
        #expect(codes(result) == [.invalidUTF8])
        #expect(result.diagnostics[0].range.start.line == 2)
        #expect(result.diagnostics[0].range.start.column == 7)
        // overlong encoding and a lone continuation byte
        #expect(codes(read([0x61, 0x3A, 0x20, 0xC0, 0xAF])) == [.invalidUTF8])
        #expect(codes(read([0x61, 0x3A, 0x20, 0x80])) == [.invalidUTF8])
        #expect(codes(read([0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80])) == [.invalidUTF8])
    }

    @Test func byteOrderMarkTabsAndCRLFAreReportedWithFixes() throws {
        let bom = read([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8))
        #expect(codes(bom) == [.byteOrderMark])
        #expect(bom.diagnostics[0].fixIts.first?.endOffset == 3)
        #expect(bom.root?["a"]?.scalar == "1")

        let tabs = read(Array("a:\n\tb: 1\n".utf8))
        #expect(codes(tabs) == [.tabCharacter])
        #expect(tabs.diagnostics[0].range.start == SourceLocation(line: 2, column: 1, offset: 3))

        let crlf = read(Array("a: 1\r\nb: 2\r\n".utf8))
        #expect(codes(crlf) == [.crlfLineEnd])
        #expect(crlf.diagnostics[0].fixIts.count == 2)
        #expect(crlf.root?["b"]?.scalar == "2")
    }

    @Test func emptyFilesAndNonMappingTopLevels() {
        #expect(codes(read([])) == [.emptyFile])
        #expect(codes(read(Array("# only a comment\n\n".utf8))) == [.emptyFile])
        #expect(codes(read(Array("- a\n- b\n".utf8))) == [.topLevelNotMapping])
        #expect(codes(read(Array("just text\n".utf8))) == [.topLevelNotMapping])
        #expect(codes(read(Array("a: 1\n---\nb: 2\n".utf8))) == [.multipleDocuments])
    }

    @Test func libyamlErrorsComeAtTheProblemMark() throws {
        let result = read(Array("name: a\nresult: x: y\n".utf8))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == .yamlSyntax)
        #expect(diagnostic.range.start.line == 2)
        #expect(diagnostic.range.start.column == 10)
        #expect(diagnostic.message.contains("mapping values are not allowed"))

        let unclosed = read(Array("a: [1, 2\nb: 3\n".utf8))
        #expect(codes(unclosed) == [.yamlSyntax])
    }

    @Test func tagsAndComplexKeysAreRejected() {
        #expect(codes(read(Array("a: !!str 1\n".utf8))) == [.unsupportedTag])
        #expect(codes(read(Array("? [a]\n: 1\n".utf8))) == [.nonScalarKey])
    }

    @Test func oversizedFilesAreRefusedBeforeParsing() {
        let reader = YAMLReader(limits: ReaderLimits(maxFileBytes: 10))
        let result = reader.read(SourceText(path: "t", bytes: Array("a: 12345678901\n".utf8)))
        #expect(result.diagnostics.map(\.code) == [.fileTooLarge])
    }
}
