import Diagnostics
import Foundation
import Testing
import YAMLReader

/// Every YAML-stage diagnostic of the golden files reads differently in Vietnamese (`--lang vi`).
@Suite struct VietnameseMessageTests {
    @Test(arguments: GoldenReaderTests.names)
    func everyDiagnosticOfAFileHasAVietnameseMessage(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: GoldenReaderTests.directory.appendingPathComponent("\(name).yaml")))
        let result = YAMLReader().read(SourceText(path: "\(name).yaml", bytes: bytes))
        #expect(!result.diagnostics.isEmpty)
        for d in result.diagnostics {
            let vi = d.localized(.vi)
            #expect(vi.message != d.message, "\(d.label) is not in Vietnamese: \(d.message)")
            #expect(
                zip(vi.notes, d.notes).allSatisfy { $0.message != $1.message },
                "a note of \(d.label) is not in Vietnamese")
        }
    }
}
