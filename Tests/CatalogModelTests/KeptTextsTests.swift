import Diagnostics
import TestSupport
import Testing
import YAMLReader

@testable import CatalogModel

/// The loader keeps one copy of each long text it meets, found by its bytes: texts written the
/// same are one, texts written otherwise stay as written (a decomposed "ệ" is not the precomposed
/// one here, though Swift's String calls them equal).
struct KeptTextsTests {
    /// `text` read as a quoted value of a file and kept by `context`.
    static func kept(_ text: String, by context: LoadContext) throws -> String {
        let read = YAMLReader().read(SourceText(path: "t.yaml", bytes: Array("v: \"\(text)\"\n".utf8)))
        let node = try #require(read.root?["v"])
        return try #require(context.kept(node))
    }

    @Test func aTextWrittenTheSameIsKeptOnce() throws {
        let context = LoadContext()
        let first = try Self.kept("Văn bản ủy quyền (nếu nộp thay)", by: context)
        let second = try Self.kept(
            String(decoding: Array("Văn bản ủy quyền (nếu nộp thay)".utf8), as: UTF8.self), by: context)
        #expect(first == second)
        #expect(Self.storage(first) == Self.storage(second))
    }

    @Test func textsWrittenOtherwiseStayAsWritten() throws {
        let context = LoadContext()
        let precomposed = "Giấy chứng nhận đăng ký kinh doanh"
        let decomposed = precomposed.decomposedStringWithCanonicalMappingForTest
        #expect(precomposed == decomposed)  // Swift's equality
        #expect(Array(try Self.kept(precomposed, by: context).utf8) == Array(precomposed.utf8))
        #expect(Array(try Self.kept(decomposed, by: context).utf8) == Array(decomposed.utf8))
        #expect(
            Array(try Self.kept("Thủ tục đăng ký khai tử!", by: context).utf8) == Array("Thủ tục đăng ký khai tử!".utf8)
        )
        #expect(
            Array(try Self.kept("Thủ tục đăng ký khai sinh", by: context).utf8)
                == Array("Thủ tục đăng ký khai sinh".utf8))
    }

    @Test func aScalarsTextIsLookedUpBeforeAStringIsMade() throws {
        let context = LoadContext()
        let name = "Bản sao giấy tờ tùy thân của người đề nghị"
        let root = try #require(
            YAMLReader().read(SourceText(path: "t.yaml", bytes: Array("a: \(name)\nb: \(name)\n".utf8))).root)
        let nodeA = try #require(root["a"])
        let nodeB = try #require(root["b"])
        let a = try #require(context.kept(nodeA))
        let b = try #require(context.kept(nodeB))
        #expect(a == name && b == name)
        #expect(Self.storage(a) == Self.storage(b))
        #expect(Self.storage(try Self.kept(name, by: context)) == Self.storage(a))
    }

    @Test func aValueKeptForLintIsTheModelsOwnText() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let loaded = CatalogLoader(keepsValues: { _, _ in 0 }).load(root: fixture.root.path)
        let procedure = try #require(loaded.catalog.procedures["1.001193"])
        let values = try #require(loaded.catalog.values[procedure.file])
        let name = try #require(values.values.first { $0.key == "name" })
        #expect(name.text == procedure.name.value)
        #expect(Self.storage(name.text) == Self.storage(procedure.name.value))
    }

    /// Where a String's bytes are: one copy kept is one address.
    static func storage(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    /// Past the table's first size: every text is still found again, its one copy returned.
    @Test func manyTextsAreEachKeptOnce() {
        var table = KeptTexts()
        let written = (0..<5_000).map { "Văn bản số \($0) của hồ sơ đề nghị" }
        let first = written.map { text in Array(text.utf8).withUnsafeBufferPointer { table.text($0) } }
        let again = written.map { text in Array(text.utf8).withUnsafeBufferPointer { table.text($0) } }
        #expect(first == written)
        #expect(zip(first, again).allSatisfy { Self.storage($0) == Self.storage($1) })
    }

    @Test func shortTextsAreNotLookedUp() throws {
        #expect(try Self.kept("ho-tich", by: LoadContext()) == "ho-tich")
    }
}

extension String {
    /// NFD by Unicode's own decomposition, scalar by scalar (no Foundation in the test's path).
    fileprivate var decomposedStringWithCanonicalMappingForTest: String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar {
            case "ấ": out.append(contentsOf: ["a", "\u{0302}", "\u{0301}"] as [Unicode.Scalar])
            case "đ": out.append(scalar)
            case "ậ": out.append(contentsOf: ["a", "\u{0323}", "\u{0302}"] as [Unicode.Scalar])
            case "ý": out.append(contentsOf: ["y", "\u{0301}"] as [Unicode.Scalar])
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
