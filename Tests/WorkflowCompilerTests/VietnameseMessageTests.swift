import CatalogModel
import Diagnostics
import Foundation
import GoldenFiles
import TestSupport
import Testing
import WorkflowCompiler

/// `--lang vi` covers the loader's and the compiler's messages, not only the lint rules'.
@Suite struct VietnameseMessageTests {
    static func diagnostics(_ fixture: FixtureCatalog) -> (diagnostics: [Diagnostic], sources: [String: SourceText]) {
        let check = CatalogCheck.run(fixture.load())
        return (check.diagnostics, check.catalog.sources)
    }

    @Test(arguments: CompilerGoldenTests.cases)
    func everyDiagnosticOfACaseHasAVietnameseMessage(_ name: String) throws {
        let fixture = try FixtureCatalog(overlay: Golden.url("Fixtures/cases/\(name)"))
        defer { fixture.remove() }
        expectEveryMessageInVietnamese(Self.diagnostics(fixture).diagnostics)
    }

    /// Two compiler cases in Vietnamese: a note at the procedure that uses a template, and a
    /// budget in working days.
    @Test(arguments: ["template-unreachable-step", "deadline-budget"])
    func aCompilerCaseInVietnameseMatchesItsGoldenReport(_ name: String) throws {
        let fixture = try FixtureCatalog(overlay: Golden.url("Fixtures/cases/\(name)"))
        defer { fixture.remove() }
        let (found, sources) = Self.diagnostics(fixture)
        let actual = fixture.render(found.localized(.vi), sources: sources)
        #expect(!actual.isEmpty)
        Golden.expect(actual, matches: "Fixtures/vi/\(name).out")
    }

    @Test func englishIsUnchangedByLocalizingToEnglish() throws {
        let fixture = try FixtureCatalog(overlay: Golden.url("Fixtures/cases/deadline-budget"))
        defer { fixture.remove() }
        let found = Self.diagnostics(fixture).diagnostics
        #expect(found.localized(.en) == found)
    }
}
