import CatalogModel
import Diagnostics
import Foundation
import GoldenFiles
import TestSupport
import Testing

/// Every loader and reference diagnostic of the golden cases reads differently in Vietnamese (`--lang vi`).
@Suite struct VietnameseMessageTests {
    @Test(arguments: GoldenDiagnosticsTests.cases)
    func everyDiagnosticOfACaseHasAVietnameseMessage(_ name: String) throws {
        let fixture = try FixtureCatalog(overlay: Golden.url("Fixtures/cases/\(name)"))
        defer { fixture.remove() }
        expectEveryMessageInVietnamese(fixture.load().diagnostics)
    }
}
