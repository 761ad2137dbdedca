import GoldenFiles
import CatalogModel
import Exporters
import Foundation
import Testing
import TestSupport
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
