import CatalogModel
import Diagnostics
import Foundation
import GoldenFiles
import TestSupport
import Testing
import WorkflowCompiler

/// One small failing catalog per compiler check and the exact report it gives.
@Suite struct CompilerGoldenTests {
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Golden.url("Fixtures/cases").path)) ?? []
        return names.filter { !$0.hasSuffix(".out") }.sorted()
    }()

    static func compileReport(_ fixture: FixtureCatalog) -> String {
        let check = CatalogCheck.run(fixture.load())
        return fixture.render(check.diagnostics, sources: check.catalog.sources)
    }

    @Test func theBaseCatalogCompilesClean() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        #expect(Self.compileReport(fixture) == "")
    }

    @Test(arguments: cases)
    func caseMatchesItsGoldenReport(_ name: String) throws {
        let fixture = try FixtureCatalog(overlay: Golden.url("Fixtures/cases/\(name)"))
        defer { fixture.remove() }
        let actual = Self.compileReport(fixture)
        #expect(!actual.isEmpty)
        Golden.expect(actual, matches: "Fixtures/cases/\(name).out")
    }

    @Test func everyCompilerCodeHasAGoldenCase() throws {
        var seen = ""
        for name in Self.cases {
            seen += (try? String(contentsOf: Golden.url("Fixtures/cases/\(name).out"), encoding: .utf8)) ?? ""
        }
        for code in DiagnosticCode.allCases where code.rawValue.hasPrefix("C") || code.rawValue.hasPrefix("T") {
            #expect(seen.contains("[\(code.rawValue)]"), "no golden case shows \(code.rawValue) (\(code.name))")
        }
    }

    @Test func aTemplateProblemIsReportedOnceWithTheProcedureAsANote() throws {
        let fixture = try FixtureCatalog(overlay: Golden.url("Fixtures/cases/template-unreachable-step"))
        defer { fixture.remove() }
        try fixture.write(
            String(
                contentsOf: fixture.root.appendingPathComponent("procedures/commune/ho-tich/1.001193.yaml"),
                encoding: .utf8
            )
            .replacingOccurrences(of: "code: 1.001193", with: "code: 1.001194"),
            to: "procedures/commune/ho-tich/1.001194.yaml")
        let loaded = fixture.load()
        let result = WorkflowCompiler().compile(loaded.catalog)
        let unreachable = result.diagnostics.filter { $0.code == .unreachableStep }
        #expect(unreachable.count == 1)
        #expect(unreachable.first?.range.file.hasSuffix("templates/commune-same-day.yaml") == true)
        #expect(unreachable.first?.notes.count == 2)
        #expect(unreachable.first?.notes.allSatisfy { $0.message.contains("uses template commune-same-day") } == true)
    }
}
