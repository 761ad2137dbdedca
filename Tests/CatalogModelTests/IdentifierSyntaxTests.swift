import Testing

@testable import CatalogModel

/// Ids, fact ids and dotted references are checked byte by byte in one loop; these are the
/// shapes a policy officer writes, right and wrong.
struct IdentifierSyntaxTests {
    @Test(arguments: [
        ("so-tu-phap", true), ("a1", true), ("ubnd-xa", true),
        ("", false), ("-a", false), ("a-", false), ("a--b", false), ("A", false), ("a_b", false),
        ("a.b", false), ("ngày", false), ("a b", false),
    ])
    func identifiers(_ text: String, _ valid: Bool) {
        #expect(LoadContext.isIdentifier(text) == valid, "\(text)")
    }

    @Test(arguments: [
        ("needs_verification", true), ("a_b-c", true),
        ("_a", false), ("a_", false), ("a_-b", false), ("a__b", false), ("a.b", false),
    ])
    func factIdentifiers(_ text: String, _ valid: Bool) {
        #expect(LoadContext.isIdentifier(text, underscoreIsDash: true) == valid, "\(text)")
    }

    @Test(arguments: [
        ("so-tu-phap.phong-ho-tich", true), ("a", true), ("a.b.c", true),
        ("", false), (".a", false), ("a.", false), ("a..b", false), ("a-.b", false), ("a.-b", false),
        ("a_b.c", false), ("a.B", false),
    ])
    func dottedReferences(_ text: String, _ valid: Bool) {
        #expect(LoadContext.isIdentifier(text.utf8, dotted: true) == valid, "\(text)")
    }
}
