import Diagnostics
import Foundation
import Testing
import YAMLReader

/// Every YAML-stage diagnostic of the golden files has a Vietnamese text (`--lang vi`).
@Suite struct VietnameseMessageTests {
    @Test(arguments: GoldenReaderTests.names)
    func everyDiagnosticOfAFileHasAVietnameseMessage(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: GoldenReaderTests.directory.appendingPathComponent("\(name).yaml")))
        let result = YAMLReader().read(SourceText(path: "\(name).yaml", bytes: bytes))
        #expect(!result.diagnostics.isEmpty)
        for d in result.diagnostics {
            #expect(d.hasVietnamese, "\(name): \(d.code.rawValue) has no Vietnamese text: \(d.message)")
        }
    }
}
