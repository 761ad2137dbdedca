import CatalogModel
import Diagnostics
import Foundation
import GoldenFiles
import TestSupport
import Testing

/// actionlint-style: each case is a small broken catalog and the exact report it must give.
@Suite struct GoldenDiagnosticsTests {
    static let cases: [String] = {
        let dir = Golden.url("Fixtures/cases")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasSuffix(".out") }.sorted()
    }()

    @Test func theBaseCatalogIsClean() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let result = fixture.load()
        #expect(result.diagnostics.isEmpty, "\(fixture.report())")
        #expect(result.catalog.procedures.count == 1)
        #expect(result.catalog.workflows["1.001193"]?.steps.count == 6)
    }

    @Test(arguments: cases)
    func caseMatchesItsGoldenReport(_ name: String) throws {
        let fixture = try FixtureCatalog(overlay: Golden.url("Fixtures/cases/\(name)"))
        defer { fixture.remove() }
        let actual = fixture.report()
        #expect(!actual.isEmpty, "case \(name) produced no diagnostic")
        Golden.expect(actual, matches: "Fixtures/cases/\(name).out")
    }

    @Test func everyCatalogCodeHasAGoldenCase() throws {
        let dir = Golden.url("Fixtures/cases")
        var seen = ""
        for name in Self.cases {
            seen += (try? String(contentsOf: dir.appendingPathComponent("\(name).out"), encoding: .utf8)) ?? ""
        }
        let covered = DiagnosticCode.allCases.filter { $0.rawValue.hasPrefix("L") || $0.rawValue.hasPrefix("R") }
        for code in covered {
            #expect(seen.contains("[\(code.rawValue)]"), "no golden case shows \(code.rawValue) (\(code.name))")
        }
    }
}
