import CatalogModel
import Diagnostics
import TestSupport
import Testing

/// A large file written out in full is legitimate: the reader's alias budget counts only what
/// aliases add, so it does not reject a long flat workflow (issue 21).
@Suite struct LargeFileTests {
    @Test func aFiveThousandStepWorkflowLoadsWithoutAReaderError() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let path = "procedures/commune/ho-tich/1.001193.yaml"
        let original = try String(contentsOf: fixture.root.appendingPathComponent(path), encoding: .utf8)
        let head = original.components(separatedBy: "workflow:")[0]
        var workflow = "workflow:\n  start: s1\n  steps:\n"
        for i in 1..<5_000 {
            workflow +=
                "    s\(i): { title: \"Bước \(i)\", by: commune.pasc, takes: 1 working hour, next: s\(i + 1), may: { refuse: refused } }\n"
        }
        workflow += "    s5000: { by: commune.pasc, end: issued }\n    refused: { by: commune.pasc, end: refused }\n"
        try fixture.write(head + workflow, to: path)

        let result = fixture.load()
        let readerCodes = result.diagnostics.compactMap(\.code).filter { $0.rawValue.hasPrefix("Y") }
        #expect(readerCodes.isEmpty)
        #expect(result.catalog.workflows["1.001193"]?.steps.count == 5_001)
    }
}
