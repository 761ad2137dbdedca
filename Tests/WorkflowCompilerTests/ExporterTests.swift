import CatalogModel
import Exporters
import Foundation
import GoldenFiles
import TestSupport
import Testing
import WorkflowCompiler

@Suite struct ExporterTests {
    @Test(arguments: ["dot", "mermaid"])
    func graphOfTheBaseProcedureMatchesGolden(_ format: String) throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let artifact = WorkflowCompiler().compile(fixture.load().catalog).artifact
        let procedure = try #require(artifact.procedure("1.001193"))
        let actual = format == "dot" ? GraphExporter.dot(procedure) : GraphExporter.mermaid(procedure)
        Golden.expect(actual, matches: "Fixtures/graph-1.001193.\(format)")
    }
}

/// Graphs for people (issue 19): labels are step titles and performer names in Vietnamese or
/// English, and the SVG drawing escapes whatever the catalog's text holds.
@Suite struct PeopleGraphTests {
    static func artifact() throws -> (CompiledCatalog, FixtureCatalog) {
        let fixture = try FixtureCatalog(overlay: nil)
        return (WorkflowCompiler().compile(fixture.load().catalog).artifact, fixture)
    }

    @Test(arguments: ["vi", "en"])
    func labelledGraphsMatchGolden(_ language: String) throws {
        let (artifact, fixture) = try Self.artifact()
        defer { fixture.remove() }
        let procedure = try #require(artifact.procedure("1.001193"))
        let names = GraphNames(artifact, language: language == "en" ? .en : .vi)
        Golden.expect(
            GraphExporter.mermaid(procedure, names: names), matches: "Fixtures/graph-1.001193.\(language).mermaid")
        Golden.expect(try GraphSVG.render(procedure, names: names), matches: "Fixtures/graph-1.001193.\(language).svg")
        #expect(!GraphExporter.mermaid(procedure, names: names).contains("commune.pasc"), "no ids in labels")
    }

    @Test func hostileTextIsEscapedInTheSVG() throws {
        var (artifact, fixture) = try Self.artifact()
        defer { fixture.remove() }
        let hostile = "<script>alert(\"x\")</script> & 'q' \u{07}\u{202E}"
        for p in artifact.procedures.indices {
            artifact.procedures[p].name = hostile
            for s in artifact.procedures[p].graph.steps.indices {
                artifact.procedures[p].graph.steps[s].title = hostile
            }
        }
        for u in artifact.units.indices { artifact.units[u].name = hostile }
        let svg = try GraphSVG.render(
            try #require(artifact.procedure("1.001193")), names: GraphNames(artifact, language: .vi))
        #expect(!svg.contains("<script>") && svg.contains("&lt;script&gt;"))
        #expect(!svg.contains("\u{07}") && !svg.contains("\u{202E}") && !svg.contains("\"x\"") && !svg.contains(" & "))
        let mermaid = GraphExporter.mermaid(
            try #require(artifact.procedure("1.001193")), names: GraphNames(artifact, language: .vi))
        #expect(!mermaid.contains("<script>"))
    }
}
