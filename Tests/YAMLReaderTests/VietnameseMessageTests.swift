import Diagnostics
import Foundation
import TestSupport
import Testing
import YAMLReader

/// Every YAML-stage diagnostic of the golden files reads differently in Vietnamese (`--lang vi`).
@Suite struct VietnameseMessageTests {
    @Test(arguments: GoldenReaderTests.names)
    func everyDiagnosticOfAFileHasAVietnameseMessage(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: GoldenReaderTests.directory.appendingPathComponent("\(name).yaml")))
        let result = YAMLReader().read(SourceText(path: "\(name).yaml", bytes: bytes))
        expectEveryMessageInVietnamese(result.diagnostics)
    }
}
