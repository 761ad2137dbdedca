import Diagnostics
import Testing
import YAMLReader

@testable import CatalogModel

/// A mapping's keys are found by scanning when it is small and through an index when it is
/// large; both give the first pair of a key, and the same reports.
struct MappingViewTests {
    @Test(arguments: [2, 64, 65, 300])
    func keysAreFoundInMappingsOfAnySize(_ size: Int) throws {
        var text = ""
        for i in 0..<size { text += "k\(i): v\(i)\n" }
        text += "k0: later\nstray: x\n"
        let root = try #require(YAMLReader().read(SourceText(path: "t.yaml", bytes: Array(text.utf8))).root)
        let context = LoadContext()
        let allowed = (0..<size).map { "k\($0)" } + ["required-one"]
        let shape = MappingShape(
            "test", Localized("A test mapping.", vi: "Ánh xạ thử."),
            keys: allowed.map {
                KeyShape($0, .text, required: $0 == "k0" || $0 == "required-one", Localized("A key.", vi: "Một khóa."))
            })
        let view = try #require(MappingView(root, shape: shape, what: .key("test"), in: context))
        #expect(view["k0"]?.scalar == "v0", "the first pair of a repeated key")
        #expect(view["k\(size - 1)"]?.scalar == "v\(size - 1)")
        #expect(view["absent"] == nil)
        #expect(view.keyRange("k0")?.start.line == 1)
        #expect(view.keyRange("stray")?.start.line == size + 2)
        #expect(context.diagnostics.map(\.code) == [.unknownKey, .missingKey])
    }
}
