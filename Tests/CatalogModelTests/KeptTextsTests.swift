import Diagnostics
import Testing
import YAMLReader

@testable import CatalogModel

/// The loader keeps one copy of each long text it meets, found by its bytes: texts written the
/// same are one, texts written otherwise stay as written (a decomposed "ệ" is not the precomposed
/// one here, though Swift's String calls them equal).
struct KeptTextsTests {
    @Test func aTextWrittenTheSameIsKeptOnce() {
        let context = LoadContext()
        let first = context.kept("Văn bản ủy quyền (nếu nộp thay)")
        let second = context.kept(String(decoding: Array("Văn bản ủy quyền (nếu nộp thay)".utf8), as: UTF8.self))
        #expect(first == second)
        #expect(Self.storage(first) == Self.storage(second))
    }

    @Test func textsWrittenOtherwiseStayAsWritten() {
        let context = LoadContext()
        let precomposed = "Giấy chứng nhận đăng ký kinh doanh"
        let decomposed = precomposed.decomposedStringWithCanonicalMappingForTest
        #expect(precomposed == decomposed)  // Swift's equality
        #expect(Array(context.kept(precomposed).utf8) == Array(precomposed.utf8))
        #expect(Array(context.kept(decomposed).utf8) == Array(decomposed.utf8))
        #expect(Array(context.kept("Thủ tục đăng ký khai tử!").utf8) == Array("Thủ tục đăng ký khai tử!".utf8))
        #expect(Array(context.kept("Thủ tục đăng ký khai sinh").utf8) == Array("Thủ tục đăng ký khai sinh".utf8))
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
        #expect(Self.storage(context.kept(name)) == Self.storage(a))
    }

    /// Where a String's bytes are: one copy kept is one address.
    static func storage(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func shortTextsAreNotLookedUp() {
        #expect(LoadContext().kept("ho-tich") == "ho-tich")
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
